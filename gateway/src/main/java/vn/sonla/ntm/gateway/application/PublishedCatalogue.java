package vn.sonla.ntm.gateway.application;

import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.cache.Cache;
import io.quarkus.cache.CacheName;
import io.quarkus.cache.CaffeineCache;
import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.gateway.client.CatalogueVersion;
import vn.sonla.ntm.gateway.client.CriteriaClient;

/**
 * Criteria-set versions, with the published ones kept: a PUBLISHED version never changes its content (criteria-service
 * refuses every edit with 409), so its answer is replayed byte for byte, ETag included. Drafts change under the
 * coordinator's hands and are never kept. Publication is not the end of a version's life: it can be retired, so an
 * entry is forgotten when a write to that version passes through the gateway, and expires after a while anyway
 * (another gateway instance, or a write sent to criteria-service directly). Every caller with a role of the realm may
 * read a published version, so one entry serves them all.
 */
@ApplicationScoped
public class PublishedCatalogue {

    @Inject
    @CacheName("published-criteria-versions")
    Cache cache;

    @Inject
    CriteriaClient criteria;

    public Uni<CatalogueVersion> version(String authorization, String code, String version) {
        String key = key(code, version);
        CompletableFuture<Object> kept = caffeine().getIfPresent(key);
        if (kept != null) {
            return Uni.createFrom().completionStage(kept).map(CatalogueVersion.class::cast);
        }
        return criteria.version(authorization, code, version).invoke(answer -> {
            if (answer.published()) {
                caffeine().put(key, CompletableFuture.completedFuture(answer));
            }
        });
    }

    /** Forgets a version after a write to it (publish, retire, edit) went through. */
    public void forget(String code, String version) {
        caffeine().invalidate(key(code, version)).subscribe().with(ignored -> {
        });
    }

    private CaffeineCache caffeine() {
        return cache.as(CaffeineCache.class);
    }

    private static String key(String code, String version) {
        return code + "\u0000" + version;
    }
}
