package vn.sonla.ntm.gateway.application;

import java.util.ArrayList;
import java.util.List;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;
import vn.sonla.ntm.gateway.client.Part;

/** Putting parts together. */
final class Parts {

    private Parts() {
    }

    /** A part the answer can do without when its service refuses this caller (403) or knows no such thing (404). */
    static <T> Uni<Part<T>> secondary(Uni<Part<T>> part) {
        return part.onFailure(DownstreamRefusal.class).recoverWithItem(e -> Part.withheld(((DownstreamRefusal) e).service()));
    }

    static <T> T value(Part<T> part) {
        return part == null ? null : part.value();
    }

    /** The services that did not answer, in a stable order. */
    @SafeVarargs
    static List<String> degraded(Part<?>... parts) {
        List<String> names = new ArrayList<>();
        for (Part<?> p : parts) {
            if (p != null && p.isUnavailable() && !names.contains(p.source().part())) {
                names.add(p.source().part());
            }
        }
        return names;
    }

    static List<String> degraded(List<Part<?>> parts) {
        return degraded(parts.toArray(Part<?>[]::new));
    }
}
