package vn.sonla.ntm.common;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every failure into problem+json. Bodies name the refused fields and never contain stack traces, class names
 * or SQL; unexpected failures are logged with an id that the answer repeats, so support can find them.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    /** The problem type of a write whose commit lost its database connection: it may or may not be saved. */
    public static final String OUTCOME_UNKNOWN = "/problems/outcome-unknown";

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        if (e.status() == 403) {
            DeniedAccess.log(uri, e.problem().detail());
        }
        return answer(e.problem(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> v : e.getConstraintViolations()) {
            errors.add(new Problem.FieldError(fieldOf(v.getPropertyPath()), v.getMessage()));
        }
        errors.sort(java.util.Comparator.comparing(Problem.FieldError::field));
        String detail = errors.size() == 1 ? errors.get(0).field() + " " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return answer(new Problem("/problems/validation", "Invalid request", 400, detail, null, errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException e, UriInfo uri) {
        return answer(unreadableBody(e), uri);
    }

    /**
     * Quarkus REST ships a mapper for exactly this type (an unknown field, a wrong type): being more specific than
     * {@link JsonProcessingException} it would win, answering a body of its own in dev/test and an empty 400 in prod.
     */
    @ServerExceptionMapper
    public Response mismatched(MismatchedInputException e, UriInfo uri) {
        return answer(unreadableBody(e), uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        DeniedAccess.log(uri, "role not allowed");
        return answer(new Problem("/problems/forbidden", "Forbidden", 403,
                "Your role does not allow this operation", null, null), uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        Throwable cause = e.getCause();
        if (cause instanceof JsonProcessingException json) {
            return answer(unreadableBody(json), uri);
        }
        int status = e.getResponse() == null ? 500 : e.getResponse().getStatus();
        if (status == 404 && cause != null) {
            // a typed path or query parameter could not be converted: the caller sent a bad value, not a bad URL
            return answer(new Problem("/problems/validation", "Invalid request", 400,
                    "A path or query parameter has the wrong format or an unknown value", null, null), uri);
        }
        if (status >= 500) {
            return unexpected(e, uri);
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known == null ? "Request refused" : known.getReasonPhrase();
        String detail = switch (status) {
            case 404 -> "No resource at " + uri.getPath();
            case 405 -> "This method is not allowed on " + uri.getPath();
            case 406 -> "This resource cannot answer in the media type asked for";
            case 415 -> "Send the body as application/json";
            case 400 -> "The request could not be read: check parameter types and the JSON body";
            default -> title;
        };
        Response.ResponseBuilder builder = Response.status(status).type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", title, status, detail, uri.getPath(), null));
        if (e.getResponse() != null && e.getResponse().getHeaderString(HttpHeaders.ALLOW) != null) {
            builder.header(HttpHeaders.ALLOW, e.getResponse().getHeaderString(HttpHeaders.ALLOW));
        }
        return builder.build();
    }

    @ServerExceptionMapper
    public Response stale(OptimisticLockException e, UriInfo uri) {
        return answer(ProblemException.preconditionFailed(
                "The resource was changed by someone else meanwhile. Reload and apply your change again.").problem(), uri);
    }

    @ServerExceptionMapper
    public Response persistence(PersistenceException e, UriInfo uri) {
        // the same classification as a failure wrapped at commit: one place decides (unexpected, below)
        return unexpected(e, uri);
    }

    /**
     * What the database's SQLState says of a failure, wherever in the chain it is: a constraint or a concurrent change
     * (409), data that cannot be stored (400), the database gone (503). Null when the state says nothing a caller can
     * act on. A flush at commit (Hibernate's before-completion) fails inside the transaction manager's
     * {@code RollbackException}, not as a bare {@code PersistenceException}: the same states answer the same there.
     */
    private static Response knownState(Throwable e, UriInfo uri) {
        String state = sqlStateOf(e);
        if (state != null && (state.equals("23505") || state.equals("23503") || state.equals("23P01"))) {
            return answer(ProblemException.conflict(state.equals("23503")
                    ? "The change refers to something that does not exist or is still referred to"
                    : "The change conflicts with an existing record (duplicate)").problem(), uri);
        }
        DatabaseOutage.Kind outage = DatabaseOutage.of(e);
        if (outage != DatabaseOutage.Kind.NONE) {
            return databaseUnavailable(outage, e, uri);
        }
        if ("40001".equals(state) || "40P01".equals(state)) {
            return answer(ProblemException.conflict("A concurrent change got in the way; try again").problem(), uri);
        }
        if (state != null && state.startsWith("22")) {
            // SQL data exceptions (a text longer than its column, a NUL byte, a number out of range, a malformed value in a
            // parameter): what the caller sent cannot be stored. The transaction rolled back; the caller's request is at fault.
            LOG.debugf("data refused by the database on %s: SQLState %s", uri == null ? "?" : uri.getPath(), state);
            return answer(new Problem("/problems/validation", "Invalid request", 400,
                    "A value cannot be stored as sent: it is too long, out of range, or contains characters that are not text",
                    null, null), uri);
        }
        return null;
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response unexpected(Throwable e, UriInfo uri) {
        OptimisticLockException lock = findCause(e, OptimisticLockException.class);
        if (lock != null) {
            return stale(lock, uri);
        }
        Response known = knownState(e, uri);
        if (known != null) {
            return known;
        }
        String id = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure %s on %s", id, uri == null ? "?" : uri.getPath());
        return answer(new Problem("/problems/internal", "Internal error", 500,
                "Something went wrong on our side; the incident id is " + id, null, null), uri);
    }

    /**
     * The database went away (restarted, unreachable, shutting down, refusing connections). Before the commit nothing
     * was changed: 503 with Retry-After, the caller may simply try again (docs/decisions/0082-database-outage-is-503.md).
     * During the commit nobody can tell whether the change was saved: 503 of type {@code /problems/outcome-unknown}
     * without Retry-After, saying so, so that the caller looks before sending it again
     * (docs/decisions/0083-outcome-unknown.md).
     */
    private static Response databaseUnavailable(DatabaseOutage.Kind outage, Throwable e, UriInfo uri) {
        boolean unknown = outage == DatabaseOutage.Kind.OUTCOME_UNKNOWN;
        Problem problem = unknown
                ? new Problem(OUTCOME_UNKNOWN, "Outcome unknown", 503,
                        "The connection to the database was lost while this change was being saved: it may or may not have "
                                + "been saved. Look it up before sending it again.", null, null)
                : new Problem("/problems/unavailable", "Service unavailable", 503,
                        "The database is unavailable for a moment; nothing was changed. Try again shortly.", null, null);
        Problem located = uri == null ? problem : problem.at(uri.getPath());
        if (unknown) {
            LOG.errorf("database connection lost during a commit on %s, outcome unknown: %s", uri == null ? "?" : uri.getPath(), e.toString());
            return Response.status(503).type(Problem.MEDIA_TYPE).entity(located).build();
        }
        LOG.warnf("database unavailable on %s: %s", uri == null ? "?" : uri.getPath(), e.toString());
        return Response.status(503).type(Problem.MEDIA_TYPE).header("Retry-After", "5").entity(located).build();
    }

    private static Response unauthenticated(UriInfo uri) {
        return Response.status(401).type(Problem.MEDIA_TYPE).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .entity(new Problem("/problems/unauthenticated", "Unauthenticated", 401,
                        "Send a valid bearer access token", uri.getPath(), null))
                .build();
    }

    static Response answer(Problem problem, UriInfo uri) {
        Problem located = problem.instance() == null && uri != null ? problem.at(uri.getPath()) : problem;
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(located).build();
    }

    static Problem unreadableBody(JsonProcessingException e) {
        if (e instanceof JsonParseException) {
            return new Problem("/problems/malformed-json", "Malformed JSON", 400,
                    "The body is not valid JSON (line " + lineOf(e) + ")", null, null);
        }
        if (e instanceof JsonMappingException mapping) {
            String field = jsonPath(mapping);
            String message;
            if (e instanceof UnrecognizedPropertyException) {
                message = "is not a known field";
            } else if (e instanceof InvalidFormatException format) {
                message = "has the wrong format or type: " + describe(format.getValue());
            } else if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
                message = "must be " + typeName(mismatch.getTargetType());
            } else {
                message = "cannot be read";
            }
            String name = field.isEmpty() ? "body" : field;
            return new Problem("/problems/validation", "Invalid request", 400, name + " " + message, null,
                    List.of(new Problem.FieldError(name, message)));
        }
        return new Problem("/problems/malformed-json", "Malformed JSON", 400, "The body could not be read", null, null);
    }

    private static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        String text = value.toString();
        return text.length() > 40 ? "'" + text.substring(0, 40) + "…'" : "'" + text + "'";
    }

    private static String typeName(Class<?> type) {
        if (type == String.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type.isEnum()) {
            return "one of " + java.util.Arrays.toString(type.getEnumConstants());
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 date";
        }
        return "an object";
    }

    private static int lineOf(JsonProcessingException e) {
        return e.getLocation() == null ? 0 : e.getLocation().getLineNr();
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** Drops the resource method and parameter nodes, keeping the field path the client knows. */
    static String fieldOf(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.CONSTRUCTOR) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getName() == null) {
                continue;
            }
            if (node.getIndex() != null && !field.isEmpty()) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
        }
        if (field.isEmpty()) {
            return parameter == null ? "body" : parameter;
        }
        return field.toString();
    }

    private static <T extends Throwable> T findCause(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private static String sqlStateOf(Throwable e) {
        for (Throwable t : DatabaseOutage.everything(e)) {
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
        }
        return null;
    }
}
