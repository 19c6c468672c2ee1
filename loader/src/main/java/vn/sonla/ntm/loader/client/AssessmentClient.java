package vn.sonla.ntm.loader.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.http.JsonHttp;
import vn.sonla.ntm.loader.http.Reply;
import vn.sonla.ntm.loader.http.TokenCache;

/** assessment-service (8082): units, assessments and their workflow, roadmaps, obstacles. */
public final class AssessmentClient extends ServiceClient {

    public AssessmentClient(JsonHttp http, String baseUrl, TokenCache tokens) {
        super(http, baseUrl, tokens);
    }

    // ---- units

    public JsonNode unit(String as, String code, String at) {
        return get(as, "/api/v1/units/" + JsonHttp.enc(code), "at", at).body();
    }

    public List<JsonNode> units(String as, String level, String parentCode, String at) {
        return all(as, "/api/v1/units", "level", level, "parentCode", parentCode, "at", at);
    }

    // ---- assessments

    /** The assessment of a commune × set × year, if one exists (there is at most one per set version). */
    public Optional<JsonNode> findAssessment(String as, String unitCode, int year, String setCode, int setVersion) {
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode a : all(as, "/api/v1/assessments", "unitCode", unitCode, "year", year, "criteriaSetCode", setCode)) {
            if (a.path("criteriaSetVersion").asInt() == setVersion) {
                found.add(a);
            }
        }
        return found.stream().findFirst();
    }

    public Reply assessment(String as, long id) {
        return get(as, "/api/v1/assessments/" + id);
    }

    public Reply open(String as, String unitCode, int year, String setCode, int setVersion) {
        return post(as, "/api/v1/assessments",
                Map.of("unitCode", unitCode, "year", year, "criteriaSetCode", setCode, "criteriaSetVersion", setVersion));
    }

    /** Replaces the whole values map: {indicatorCode: {value, note, dataSource}}. */
    public Reply replaceValues(String as, long id, String ifMatch, Map<String, ?> values) {
        return put(as, "/api/v1/assessments/" + id, Map.of("values", values), ifMatch);
    }

    public Reply submit(String as, long id, String ifMatch) {
        return post(as, "/api/v1/assessments/" + id + "/submit", null, ifMatch);
    }

    public Reply appraise(String as, long id, String criterionCode, String verdict, String comment) {
        Map<String, Object> body = new java.util.LinkedHashMap<>();
        body.put("criterionCode", criterionCode);
        body.put("verdict", verdict);
        if (comment != null) {
            body.put("comment", comment);
        }
        return post(as, "/api/v1/assessments/" + id + "/appraisals", body);
    }

    public Reply returnForCorrection(String as, long id, String ifMatch, String reason) {
        return post(as, "/api/v1/assessments/" + id + "/return", Map.of("reason", reason), ifMatch);
    }

    public Reply recognise(String as, long id, String ifMatch, String decisionNumber, String decisionDate, String issuingBody) {
        return post(as, "/api/v1/assessments/" + id + "/recognise",
                Map.of("decisionNumber", decisionNumber, "decisionDate", decisionDate, "issuingBody", issuingBody), ifMatch);
    }

    // ---- batches (ADR 0071)

    /** POST of a batch body to one of the batch endpoints (units, assessments and their transitions). */
    public Reply batch(String as, String path, Object body) {
        return post(as, path, body);
    }

    /** One page of a list (the bench reads counts and first rows only). */
    public JsonNode page(String as, String path, Object... query) {
        return get(as, path, query).body();
    }

    // ---- roadmaps

    public List<JsonNode> roadmapsOfUnit(String as, String unitCode) {
        List<JsonNode> list = new ArrayList<>();
        get(as, "/api/v1/roadmaps", "unitCode", unitCode).body().forEach(list::add);
        return list;
    }

    /** Creates a roadmap (no If-Match: it must not exist yet). */
    public Reply writeRoadmap(String as, String unitCode, String targetLevel, Map<String, ?> body) {
        return put(as, "/api/v1/roadmaps/" + JsonHttp.enc(unitCode) + "/" + targetLevel, body, null);
    }

    // ---- obstacles

    public List<JsonNode> obstacles(String as, String unitCode) {
        return all(as, "/api/v1/obstacles", "unitCode", unitCode);
    }

    public Reply raiseObstacle(String as, Map<String, ?> body) {
        return post(as, "/api/v1/obstacles", body);
    }

    public Reply answerObstacle(String as, long id, String ifMatch, String answer) {
        return post(as, "/api/v1/obstacles/" + id + "/answer", Map.of("answer", answer), ifMatch);
    }

    public Reply closeObstacle(String as, long id, String ifMatch) {
        return post(as, "/api/v1/obstacles/" + id + "/close", null, ifMatch);
    }
}
