package vn.sonla.ntm.funding;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.github.tomakehurst.wiremock.WireMockServer;

/**
 * Serves assessment-service's unit answers ({@code GET /api/v1/units/{code}?at=}) from fixtures written from
 * data/units/*.csv: Sơn La (14), Mai Sơn (125) with some of its communes, Thành phố Sơn La (116) with two, and the
 * units of 1 July 2025 — Xã Chiềng Mai (04132) formed from Chiềng Ban, Chiềng Mai, Chiềng Dong, Chiềng Kheo and
 * Chiềng Ve; Phường Tô Hiệu (03646, the code Phường Chiềng Lề carried before); Phường Mộc Châu (03980, new).
 * Answers are only given to requests carrying a bearer token, so a client that forgot to forward it gets nothing.
 * Mai Sơn's units answer in the shape with {@code parent: {code, name}} and {@code provinceCode}; Thành phố Sơn La's
 * with a bare {@code parentCode}: the client must read both.
 */
public final class UnitDirectoryStub {

    /** Dates on which the 2019 units were valid: up to 30 June 2025. */
    static final String BEFORE_MERGER = "(19\\d\\d|200\\d|201\\d|202[0-4])-\\d\\d-\\d\\d|2025-0[1-6]-\\d\\d";
    /** Dates from 1 July 2025 on. */
    static final String AFTER_MERGER = "2025-(0[7-9]|1[0-2])-\\d\\d|(202[6-9]|20[3-9]\\d)-\\d\\d-\\d\\d";
    static final String ANY = "\\d{4}-\\d\\d-\\d\\d";

    private static final Set<Integer> INSTALLED = ConcurrentHashMap.newKeySet();

    private UnitDirectoryStub() {
    }

    public static void install(WireMockServer server) {
        if (!INSTALLED.add(server.port())) {
            return;
        }
        unit(server, "14", ANY, """
                {"code":"14","name":"Tỉnh Sơn La","type":"Tỉnh","level":"PROVINCE","provinceCode":"14","validFrom":null,"validTo":null}""");
        unit(server, "125", BEFORE_MERGER, """
                {"code":"125","name":"Huyện Mai Sơn","type":"Huyện","level":"DISTRICT","provinceCode":"14",
                 "parent":{"code":"14","name":"Tỉnh Sơn La"},"validFrom":null,"validTo":"2025-06-30",
                 "lineage":{"predecessors":[],"successors":[]},"recognitions":[]}""");
        unit(server, "116", BEFORE_MERGER, """
                {"code":"116","name":"Thành phố Sơn La","type":"Thành phố","level":"DISTRICT","parentCode":"14",
                 "validFrom":null,"validTo":"2025-06-30"}""");
        maiSon(server, "04105", "Thị trấn Hát Lót", "Thị trấn");
        maiSon(server, "04120", "Xã Chiềng Ban", "Xã");
        maiSon(server, "04132", "Xã Chiềng Mai", "Xã");
        maiSon(server, "04147", "Xã Chiềng Dong", "Xã");
        unit(server, "03646", BEFORE_MERGER, """
                {"code":"03646","name":"Phường Chiềng Lề","type":"Phường","level":"COMMUNE","parentCode":"116",
                 "validFrom":null,"validTo":"2025-06-30"}""");
        unit(server, "03658", BEFORE_MERGER, """
                {"code":"03658","name":"Xã Chiềng Cọ","type":"Xã","level":"COMMUNE","parentCode":"116",
                 "validFrom":null,"validTo":"2025-06-30"}""");
        unit(server, "04132", AFTER_MERGER, """
                {"code":"04132","name":"Xã Chiềng Mai","type":"Xã","level":"COMMUNE","provinceCode":"14",
                 "parent":{"code":"14","name":"Tỉnh Sơn La"},"validFrom":"2025-07-01","validTo":null,
                 "lineage":{"successors":[],"predecessors":[
                   {"code":"04120","name":"Xã Chiềng Ban","validFrom":null,"validTo":"2025-06-30","kind":"FULL"},
                   {"code":"04132","name":"Xã Chiềng Mai","validFrom":null,"validTo":"2025-06-30","kind":"FULL"},
                   {"code":"04147","name":"Xã Chiềng Dong","validFrom":null,"validTo":"2025-06-30","kind":"FULL"},
                   {"code":"04150","name":"Xã Chiềng Kheo","validFrom":null,"validTo":"2025-06-30","kind":"FULL"},
                   {"code":"04153","name":"Xã Chiềng Ve","validFrom":null,"validTo":"2025-06-30","kind":"FULL"}]}}""");
        unit(server, "03646", AFTER_MERGER, """
                {"code":"03646","name":"Phường Tô Hiệu","type":"Phường","level":"COMMUNE","provinceCode":"14",
                 "parent":{"code":"14","name":"Tỉnh Sơn La"},"validFrom":"2025-07-01","validTo":null,
                 "lineage":{"successors":[],"predecessors":[
                   {"code":"03646","name":"Phường Chiềng Lề","validFrom":null,"validTo":"2025-06-30","kind":"FULL"},
                   {"code":"03649","name":"Phường Tô Hiệu","validFrom":null,"validTo":"2025-06-30","kind":"FULL"}]}}""");
        unit(server, "03980", AFTER_MERGER, """
                {"code":"03980","name":"Phường Mộc Châu","type":"Phường","level":"COMMUNE","provinceCode":"14",
                 "parent":{"code":"14","name":"Tỉnh Sơn La"},"validFrom":"2025-07-01","validTo":null,
                 "lineage":{"successors":[],"predecessors":[
                   {"code":"04012","name":"Xã Chiềng Hắc","validFrom":null,"validTo":"2025-06-30","kind":"PARTIAL"}]}}""");
        // a unit whose lookup fails inside the directory: the service must answer 503 and write nothing
        server.stubFor(get(urlPathMatching(".*/api/v1/units/04999"))
                .willReturn(aResponse().withStatus(500).withBody("boom")));
    }

    private static void maiSon(WireMockServer server, String code, String name, String type) {
        unit(server, code, BEFORE_MERGER, """
                {"code":"%s","name":"%s","type":"%s","level":"COMMUNE","provinceCode":"14",
                 "parent":{"code":"125","name":"Huyện Mai Sơn"},"validFrom":null,"validTo":"2025-06-30",
                 "lineage":{"predecessors":[],"successors":[{"code":"04132","name":"Xã Chiềng Mai","validFrom":"2025-07-01","validTo":null,"kind":"FULL"}]}}"""
                .formatted(code, name, type));
    }

    private static void unit(WireMockServer server, String code, String datePattern, String json) {
        server.stubFor(get(urlPathMatching(".*/api/v1/units/" + code))
                .withQueryParam("at", matching(datePattern))
                .withHeader("Authorization", matching("Bearer .+"))
                .willReturn(okJson(json)));
    }
}
