package vn.sonla.ntm.gateway.api;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.OptionalLong;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.core.Context;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.smallrye.mutiny.Uni;
import vn.sonla.ntm.common.Problem;
import vn.sonla.ntm.common.Roles;
import vn.sonla.ntm.gateway.application.RateLimits;
import vn.sonla.ntm.gateway.application.StatusFeed;

/**
 * The published status API for other systems (client credentials, role external-system). Every answer carries a strong
 * ETag over its exact bytes, so a poller sending If-None-Match gets 304 without a body when nothing changed; each
 * client (the token's {@code azp}) has its own request budget, and past it gets 429 with Retry-After.
 */
@Path("/api/v1/status/communes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "gateway / published status", description = "For other systems: the published status of communes, with a change feed")
@RolesAllowed({Roles.EXTERNAL_SYSTEM, Roles.COORDINATOR, Roles.OBSERVER})
public class StatusResource {

    @Inject
    StatusFeed feed;

    @Inject
    RateLimits limits;

    @Inject
    JsonWebToken token;

    @Inject
    ObjectMapper json;

    @Context
    UriInfo uri;

    @GET
    @Operation(summary = "Communes' published status, paged, or the changes since an instant", description = "Without updatedSince: "
            + "every commune-level unit record (2019 and 2025 periods) by code. With updatedSince: only those whose published facts "
            + "changed after it, oldest change first; poll with the largest lastChanged seen, minus a minute of overlap, and "
            + "If-None-Match with the last ETag.")
    @APIResponse(responseCode = "200", description = "A page", headers = @Header(name = "ETag", description = "strong, over the body"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedStatus.Page.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Bad updatedSince or paging", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client", headers = @Header(name = "Retry-After",
            description = "seconds"), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "assessment-service did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> list(
            @QueryParam("updatedSince") @Parameter(description = "ISO-8601 instant, e.g. 2026-11-28T00:00:00Z") String updatedSince,
            @QueryParam("page") @Parameter(description = "from 0", example = "0") String page,
            @QueryParam("size") @Parameter(description = "1 to 500, default 50", example = "50") String size,
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "ETag of the answer you hold") String ifNoneMatch,
            @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        Response tooMany = limited();
        if (tooMany != null) {
            return Uni.createFrom().item(tooMany);
        }
        return feed.page(authorization, updatedSince, page, size).map(body -> answer(body, ifNoneMatch));
    }

    @GET
    @Path("/{code}")
    @Operation(summary = "One commune's published status", description = "The unit carrying that code today (or its last record).")
    @APIResponse(responseCode = "200", description = "The status", headers = @Header(name = "ETag", description = "strong, over the body"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishedStatus.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Not a 5-digit code", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No commune-level unit with that code", content = @Content(
            mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client", headers = @Header(name = "Retry-After",
            description = "seconds"), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "assessment-service did not answer", content = @Content(mediaType = Problem.MEDIA_TYPE,
            schema = @Schema(implementation = Problem.class)))
    public Uni<Response> one(@PathParam("code") @Parameter(example = "04120") String code,
                             @HeaderParam(HttpHeaders.IF_NONE_MATCH) @Parameter(description = "ETag of the answer you hold") String ifNoneMatch,
                             @HeaderParam(HttpHeaders.AUTHORIZATION) @Parameter(hidden = true) String authorization) {
        Response tooMany = limited();
        if (tooMany != null) {
            return Uni.createFrom().item(tooMany);
        }
        return feed.one(authorization, code).map(body -> answer(body, ifNoneMatch));
    }

    private Response limited() {
        OptionalLong wait = limits.take(RateLimits.clientOf(token));
        if (wait.isEmpty()) {
            return null;
        }
        return Response.status(429).type(Problem.MEDIA_TYPE).header("Retry-After", Long.toString(wait.getAsLong()))
                .entity(new Problem("/problems/rate-limited", "Too many requests", 429,
                        "This client has used its request budget; try again in " + wait.getAsLong() + " s", uri.getPath(), null))
                .build();
    }

    private Response answer(Object body, String ifNoneMatch) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        String etag = etag(bytes);
        if (matches(ifNoneMatch, etag)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
        }
        return Response.ok(bytes, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag)
                .header(HttpHeaders.CACHE_CONTROL, "no-cache").build();
    }

    static String etag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return '"' + Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 18)) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 If-None-Match: "*" or a list of tags, compared weakly (a W/ prefix is ignored). */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*") || tag.replaceFirst("^W/", "").equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
