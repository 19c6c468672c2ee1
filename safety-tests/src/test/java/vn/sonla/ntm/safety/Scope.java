package vn.sonla.ntm.safety;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Whether a list answered to a district or commune officer holds only its own records: a 200 is not enough, a list
 * that forgot to narrow would leak other districts' drafts with a 200. Items are judged by the unit and district
 * fields the services' list items carry ({@code unitCode}/{@code districtCode}, {@code unit.code}/{@code
 * unit.districtCode}, {@code recipientCode}/{@code recipientDistrictCode}).
 */
final class Scope {

    private Scope() {
    }

    static List<String> leaks(Callers caller, JsonNode page) {
        String district = switch (caller) {
            case DISTRICT_IN -> "125";
            case DISTRICT_OUT -> "116";
            default -> null;
        };
        String commune = switch (caller) {
            case COMMUNE_OWN -> "04120";
            case COMMUNE_OTHER -> "04105";
            default -> null;
        };
        List<String> leaks = new ArrayList<>();
        if (district == null && commune == null) {
            return leaks;
        }
        JsonNode items = page.isArray() ? page : page.path("items");
        for (JsonNode item : items) {
            String unit = first(item, "unitCode", "unit.code", "recipientCode");
            String itemDistrict = first(item, "districtCode", "unit.districtCode", "recipientDistrictCode");
            boolean inScope = district != null ? district.equals(itemDistrict) || district.equals(unit) : commune.equals(unit);
            if (!inScope) {
                leaks.add("id " + item.path("id").asText() + " of unit " + unit + " (district " + itemDistrict + ")");
            }
        }
        return leaks;
    }

    private static String first(JsonNode item, String... paths) {
        for (String p : paths) {
            JsonNode n = item;
            for (String part : p.split("\\.")) {
                n = n.path(part);
            }
            if (n.isTextual()) {
                return n.asText();
            }
        }
        return null;
    }
}
