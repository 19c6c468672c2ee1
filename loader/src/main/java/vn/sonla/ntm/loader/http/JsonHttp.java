package vn.sonla.ntm.loader.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.StringJoiner;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * JSON over HTTP with a bearer token: one client for every service, so the API clients stay declarations of paths.
 * Anything but 2xx becomes an {@link ApiException} with the status and the problem+json body.
 */
public final class JsonHttp {

    public static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client;
    private final Duration timeout;

    public JsonHttp(Duration timeout) {
        this.client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).version(HttpClient.Version.HTTP_1_1).build();
        this.timeout = timeout;
    }

    public Reply get(String uri, String token) {
        return send("GET", uri, token, null, null);
    }

    public Reply post(String uri, String token, Object body) {
        return send("POST", uri, token, body, null);
    }

    public Reply post(String uri, String token, Object body, String ifMatch) {
        return send("POST", uri, token, body, ifMatch);
    }

    public Reply put(String uri, String token, Object body, String ifMatch) {
        return send("PUT", uri, token, body, ifMatch);
    }

    /** A form POST without a token (the token endpoint). */
    public JsonNode postForm(String uri, Map<String, String> form) {
        StringJoiner encoded = new StringJoiner("&");
        form.forEach((k, v) -> encoded.add(enc(k) + "=" + enc(v)));
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout)
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(encoded.toString())).build();
        HttpResponse<String> response = exchange(request);
        if (response.statusCode() / 100 != 2) {
            throw new ApiException("POST", uri, response.statusCode(), response.body());
        }
        return parse(response.body());
    }

    /** Whether a GET of the URI answers 2xx (readiness probes); never throws. */
    public boolean ok(String uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(5)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() / 100 == 2;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Reply send(String method, String uri, String token, Object body, String ifMatch) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(uri)).timeout(timeout).header("Accept", "application/json");
        if (token != null) {
            b.header("Authorization", "Bearer " + token);
        }
        if (ifMatch != null) {
            b.header("If-Match", ifMatch);
        }
        if (body == null) {
            b.method(method, method.equals("GET") ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString("{}"));
            if (!method.equals("GET")) {
                b.header("Content-Type", "application/json");
            }
        } else {
            b.header("Content-Type", "application/json");
            b.method(method, HttpRequest.BodyPublishers.ofByteArray(write(body)));
        }
        HttpResponse<String> response = exchange(b.build());
        if (response.statusCode() / 100 != 2) {
            throw new ApiException(method, uri, response.statusCode(), response.body());
        }
        return new Reply(response.statusCode(), parse(response.body()), response.headers().firstValue("ETag").orElse(null));
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(request.method() + " " + request.uri() + " failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static byte[] write(Object body) {
        try {
            return JSON.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + body, e);
        }
    }

    /** base + path + ?k=v&… (null values left out), values URL-encoded. */
    public static String uri(String base, String path, Object... query) {
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i + 1 < query.length; i += 2) {
            if (query[i + 1] != null) {
                params.put(String.valueOf(query[i]), query[i + 1]);
            }
        }
        StringBuilder s = new StringBuilder(base.replaceAll("/+$", "")).append(path);
        String sep = "?";
        for (Map.Entry<String, Object> e : params.entrySet()) {
            s.append(sep).append(enc(e.getKey())).append('=').append(enc(String.valueOf(e.getValue())));
            sep = "&";
        }
        return s.toString();
    }

    public static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
