package vn.sonla.ntm.safety;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One HTTP/1.1 client for the whole suite (java.net.http: exact bytes out, exact status and headers back, no
 * framework deciding for us what a body or a header may be).
 */
final class Http {

    static final HttpClient CLIENT = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3))
            .followRedirects(HttpClient.Redirect.NEVER)
            .executor(Executors.newFixedThreadPool(16, r -> {
                Thread t = new Thread(r, "safety-http");
                t.setDaemon(true);
                return t;
            }))
            .build();

    private Http() {
    }

    /** A request being built. */
    static final class Call {
        final String method;
        final String url;
        final Map<String, String> headers = new LinkedHashMap<>();
        byte[] body;
        Duration timeout = Duration.ofSeconds(30);
        boolean streaming;

        Call(String method, String url) {
            this.method = method;
            this.url = url;
            headers.put("Accept", "application/json");
        }

        Call header(String name, String value) {
            if (value == null) {
                headers.remove(name);
            } else {
                headers.put(name, value);
            }
            return this;
        }

        Call auth(String authorization) {
            return header("Authorization", authorization);
        }

        Call bearer(String token) {
            return header("Authorization", token == null ? null : "Bearer " + token);
        }

        Call json(Object body) {
            return body(Json.bytes(body), "application/json");
        }

        Call body(byte[] bytes, String contentType) {
            this.body = bytes;
            return header("Content-Type", contentType);
        }

        /** The body sent chunked, without a Content-Length. */
        Call streaming(byte[] bytes) {
            this.body = bytes;
            this.streaming = true;
            return this;
        }

        Call timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        Reply send() {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(timeout);
            headers.forEach(b::header);
            byte[] bytes = body;
            b.method(method, bytes == null ? HttpRequest.BodyPublishers.noBody()
                    : streaming ? HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(bytes))
                    : HttpRequest.BodyPublishers.ofByteArray(bytes));
            try {
                HttpResponse<byte[]> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
                return new Reply(this, r.statusCode(), r.headers().map(), r.body());
            } catch (IOException e) {
                return Reply.failed(this, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Reply.failed(this, e);
            }
        }

        @Override
        public String toString() {
            return method + " " + url;
        }
    }

    static Call get(String url) {
        return new Call("GET", url);
    }

    static Call post(String url) {
        return new Call("POST", url);
    }

    static Call put(String url) {
        return new Call("PUT", url);
    }

    static Call delete(String url) {
        return new Call("DELETE", url);
    }

    static Call method(String method, String url) {
        return new Call(method, url);
    }

    /** What came back; status 0 when nothing did (connection refused, reset, timeout). */
    record Reply(Call call, int status, Map<String, List<String>> headers, byte[] body, String failure) {

        Reply(Call call, int status, Map<String, List<String>> headers, byte[] body) {
            this(call, status, lower(headers), body, null);
        }

        static Reply failed(Call call, Exception e) {
            return new Reply(call, 0, Map.of(), new byte[0], e.toString());
        }

        private static Map<String, List<String>> lower(Map<String, List<String>> headers) {
            Map<String, List<String>> m = new LinkedHashMap<>();
            headers.forEach((k, v) -> m.computeIfAbsent(k.toLowerCase(Locale.ROOT), x -> new ArrayList<>()).addAll(v));
            return m;
        }

        Optional<String> header(String name) {
            List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
            return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
        }

        String etag() {
            return header("ETag").orElseThrow(() -> new AssertionError("no ETag on " + this));
        }

        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        JsonNode json() {
            return Json.read(body);
        }

        boolean is2xx() {
            return status >= 200 && status < 300;
        }

        String contentType() {
            return header("Content-Type").orElse("");
        }

        boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        Reply expect(int expected) {
            if (status != expected) {
                throw new AssertionError(call + ": expected " + expected + ", got " + this);
            }
            return this;
        }

        Reply expect2xx() {
            if (!is2xx()) {
                throw new AssertionError(call + ": expected 2xx, got " + this);
            }
            return this;
        }

        @Override
        public String toString() {
            if (status == 0) {
                return "no answer (" + failure + ")";
            }
            String t = text();
            return status + " " + contentType() + " " + (t.length() > 400 ? t.substring(0, 400) + "…" : t);
        }
    }
}
