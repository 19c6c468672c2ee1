package vn.sonla.ntm.loader.http;

/** A service answered with an error status; carries the status and the problem+json body (or whatever it sent). */
public class ApiException extends RuntimeException {

    private final int status;
    private final String body;

    public ApiException(String method, String uri, int status, String body) {
        super(method + " " + uri + " → " + status + (body == null || body.isBlank() ? "" : ": " + abbreviate(body)));
        this.status = status;
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String body() {
        return body;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").trim();
        return one.length() <= 600 ? one : one.substring(0, 600) + "…";
    }
}
