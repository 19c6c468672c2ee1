package vn.sonla.ntm.gateway.application;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.common.PageRequest;
import vn.sonla.ntm.common.ProblemException;
import vn.sonla.ntm.gateway.api.PublishedStatus;
import vn.sonla.ntm.gateway.client.AssessmentClient;
import vn.sonla.ntm.gateway.client.Downstream;
import vn.sonla.ntm.gateway.client.DownstreamRefusal;

/**
 * The published status API over assessment-service's commune-status read model, translated into the gateway's own
 * stable shape. Parameters are checked here first, so a bad request costs assessment-service nothing.
 */
@ApplicationScoped
public class StatusFeed {

    @Inject
    AssessmentClient assessment;

    public Uni<PublishedStatus.Page> page(String authorization, String updatedSince, String page, String size) {
        PageRequest request = PageRequest.parse(page, size);
        String since = null;
        if (updatedSince != null && !updatedSince.isBlank()) {
            try {
                since = OffsetDateTime.parse(updatedSince.trim()).toString();
            } catch (DateTimeParseException e) {
                throw ProblemException.invalidField("updatedSince", "must be an ISO-8601 instant such as 2026-11-28T00:00:00Z");
            }
        }
        return guard(assessment.communeStatuses(authorization, since, request.page(), request.size())
                .map(p -> new PublishedStatus.Page(p.items().stream().map(PublishedStatus::of).toList(), p.page(), p.size(), p.total())));
    }

    public Uni<PublishedStatus> one(String authorization, String code) {
        if (code == null || !code.matches("\\d{5}")) {
            throw ProblemException.invalidField("code", "must be a 5-digit GSO commune code");
        }
        return guard(assessment.communeStatus(authorization, code).map(PublishedStatus::of));
    }

    private static <T> Uni<T> guard(Uni<T> call) {
        return call.onFailure(e -> !(e instanceof DownstreamRefusal)).transform(e -> new ServiceUnavailable(Downstream.ASSESSMENT, e));
    }
}
