package vn.sonla.ntm.loader.client;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

import vn.sonla.ntm.loader.http.JsonHttp;
import vn.sonla.ntm.loader.http.Reply;
import vn.sonla.ntm.loader.http.TokenCache;

/** What every service client shares: the base URL, the token of the acting user, paging through {items,page,size,total}. */
abstract class ServiceClient {

    static final int PAGE_SIZE = 500;

    private final JsonHttp http;
    private final String baseUrl;
    private final TokenCache tokens;

    ServiceClient(JsonHttp http, String baseUrl, TokenCache tokens) {
        this.http = http;
        this.baseUrl = baseUrl.replaceAll("/+$", "");
        this.tokens = tokens;
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** Whether the service answers its readiness probe. */
    public boolean ready() {
        return http.ok(baseUrl + "/q/health/ready");
    }

    Reply get(String as, String path, Object... query) {
        return http.get(JsonHttp.uri(baseUrl, path, query), tokens.of(as));
    }

    Reply post(String as, String path, Object body) {
        return http.post(baseUrl + path, tokens.of(as), body);
    }

    Reply post(String as, String path, Object body, String ifMatch) {
        return http.post(baseUrl + path, tokens.of(as), body, ifMatch);
    }

    Reply put(String as, String path, Object body, String ifMatch) {
        return http.put(baseUrl + path, tokens.of(as), body, ifMatch);
    }

    /** Every item of a paged list, page after page. */
    List<JsonNode> all(String as, String path, Object... query) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 0; ; page++) {
            Object[] q = new Object[query.length + 4];
            System.arraycopy(query, 0, q, 0, query.length);
            q[query.length] = "page";
            q[query.length + 1] = page;
            q[query.length + 2] = "size";
            q[query.length + 3] = PAGE_SIZE;
            JsonNode body = get(as, path, q).body();
            body.path("items").forEach(items::add);
            if (items.size() >= body.path("total").asLong() || body.path("items").isEmpty()) {
                return items;
            }
        }
    }
}
