package vn.sonla.ntm.gateway.client;

/** The three services behind the gateway; {@link #part()} is the name a degraded answer lists. */
public enum Downstream {
    CRITERIA("criteria", "criteria-service"),
    ASSESSMENT("assessment", "assessment-service"),
    FUNDING("funding", "funding-service");

    private final String part;
    private final String service;

    Downstream(String part, String service) {
        this.part = part;
        this.service = service;
    }

    public String part() {
        return part;
    }

    public String service() {
        return service;
    }
}
