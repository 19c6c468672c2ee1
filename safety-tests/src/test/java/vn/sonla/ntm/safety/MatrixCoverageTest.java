package vn.sonla.ntm.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.sonla.ntm.safety.Matrix.Row;

/**
 * Without a stack (runs in every {@code ./mvnw verify}): the authorization matrix file is readable, every expectation
 * names a known caller class and a status, and the coverage check that AuthorizationMatrixSafetyIT applies to the live
 * documents does fail for an operation without a row and for a row without an operation.
 */
class MatrixCoverageTest {

    private static final Map<String, List<Row>> MATRIX = Matrix.load();

    @Test
    void theFileHasTheFourSectionsAndEveryRowAnExpectationForEveryCaller() {
        assertThat(MATRIX).containsOnlyKeys("criteria", "assessment", "funding", "gateway");
        for (List<Row> rows : MATRIX.values()) {
            for (Row r : rows) {
                for (Matrix.Variant v : r.variants()) {
                    for (Callers c : Callers.values()) {
                        assertThat(v.expected(c, false)).as("%s as %s", r.key(), c.key).isBetween(200, 599);
                        assertThat(v.expected(c, true)).as("%s as %s through the gateway", r.key(), c.key).isBetween(200, 599);
                    }
                }
            }
        }
    }

    @Test
    void anOperationWithoutARowFailsAndSoDoesARowWithoutAnOperation() {
        List<Row> rows = MATRIX.get("funding");
        List<String> documented = new ArrayList<>(rows.stream().map(Row::key).distinct().toList());
        assertThat(Matrix.coverage("funding-service", documented, rows)).isEmpty();

        documented.add("POST /api/v1/capital-plans/{id}/shred");
        assertThat(Matrix.coverage("funding-service", documented, rows))
                .containsExactly("funding-service: POST /api/v1/capital-plans/{id}/shred has no row in " + Matrix.FILE);

        documented.remove("POST /api/v1/capital-plans/{id}/shred");
        documented.remove("DELETE /api/v1/capital-plans/{id}");
        assertThat(Matrix.coverage("funding-service", documented, rows))
                .containsExactly("funding-service: row DELETE /api/v1/capital-plans/{id} names no operation of the service's document");
    }
}
