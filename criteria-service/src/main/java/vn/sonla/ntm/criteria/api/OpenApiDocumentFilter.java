package vn.sonla.ntm.criteria.api;

import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Describes in the OpenAPI document what the plain-Java exchange records of criteria-rules cannot carry as annotations:
 * the allowed symbols and statuses.
 */
public class OpenApiDocumentFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Schema threshold = schemas.get("ThresholdDocument");
        if (threshold != null) {
            threshold.description("A threshold for one commune class (communeClass null = every class). A null comparator means"
                    + " 'not known yet': kept with its provenance, it judges nothing and stops publication.");
            describe(threshold, "comparator", "How a value is compared: >=, <=, = and between need value (between also upperValue);"
                    + " achieved (Đạt) and none (Không) need no number", List.of(">=", "<=", "=", "between", "achieved", "none"));
        }
        Schema document = schemas.get("CriteriaSetDocument");
        if (document != null) {
            document.description("One version of a criteria set in the exchange format: what GET answers, export writes and import"
                    + " reads, and what assessment-service snapshots. code, version and status are the catalogue's (ignored on import).");
            describe(document, "level", "BASIC (đạt chuẩn NTM), ADVANCED (NTM nâng cao), MODEL (NTM kiểu mẫu)",
                    List.of("BASIC", "ADVANCED", "MODEL"));
            describe(document, "status", "DRAFT → PUBLISHED (never changes again) → RETIRED", List.of("DRAFT", "PUBLISHED", "RETIRED"));
            describe(document, "provenance", "Provenance of the set-level values that have none of their own (recognition rule,"
                    + " structure); the legal basis carries its own source", null);
        }
        Schema evaluation = schemas.get("EvaluationRequest");
        if (evaluation != null && evaluation.getProperties() != null && evaluation.getProperties().get("values") != null) {
            evaluation.getProperties().get("values").additionalPropertiesSchema(OASFactory.createSchema()
                    .oneOf(List.of(OASFactory.createSchema().addType(Schema.SchemaType.BOOLEAN),
                            OASFactory.createSchema().addType(Schema.SchemaType.NUMBER))));
            openAPI.getComponents().removeSchema("JsonNode");
            openAPI.getComponents().removeSchema("JsonNodeType");
        }
    }

    private static void describe(Schema schema, String property, String description, List<Object> values) {
        Schema p = schema.getProperties() == null ? null : schema.getProperties().get(property);
        if (p == null) {
            return;
        }
        if (p.getRef() != null) {
            // a $ref cannot carry siblings in OpenAPI 3.0: wrap it
            schema.addProperty(property, OASFactory.createSchema().description(description).allOf(List.of(p)));
            return;
        }
        p.description(description);
        if (values != null) {
            p.enumeration(values);
        }
    }
}
