package vn.sonla.ntm.loader.client;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.http.JsonHttp;
import vn.sonla.ntm.loader.http.TokenCache;

/** criteria-service (8081): the catalogue, read only. */
public final class CriteriaClient extends ServiceClient {

    public CriteriaClient(JsonHttp http, String baseUrl, TokenCache tokens) {
        super(http, baseUrl, tokens);
    }

    /** The exchange document of one version (groups → criteria → indicators → thresholds, with departmentCode). */
    public JsonNode version(String as, String setCode, int version) {
        return get(as, "/api/v1/criteria-sets/" + JsonHttp.enc(setCode) + "/versions/" + version).body();
    }
}
