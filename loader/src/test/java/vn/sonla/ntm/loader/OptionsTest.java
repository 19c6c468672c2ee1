package vn.sonla.ntm.loader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class OptionsTest {

    @Test
    void given_then_environment_then_local_default() {
        Options o = Options.parse(List.of("--criteria", "http://criteria:8081", "--funding=http://f:8083"), Set.of(),
                Map.of("NTM_ASSESSMENT_URL", "http://assessment:8082", "NTM_FUNDING_URL", "http://ignored"));
        assertThat(o.get("criteria")).isEqualTo("http://criteria:8081");
        assertThat(o.get("funding")).isEqualTo("http://f:8083");
        assertThat(o.get("assessment")).isEqualTo("http://assessment:8082");
        assertThat(o.get("keycloak")).isEqualTo("http://localhost:8180");
        assertThat(o.integer("wait")).isZero();
    }

    @Test
    void refuses_unknown_options_and_missing_values() {
        assertThatThrownBy(() -> Options.parse(List.of("--communes", "5"), Set.of(), Map.of())).hasMessageContaining("unknown option --communes");
        assertThat(Options.parse(List.of("--communes", "5"), Set.of("communes"), Map.of()).integer("communes")).isEqualTo(5);
        assertThatThrownBy(() -> Options.parse(List.of("--wait"), Set.of(), Map.of())).hasMessageContaining("needs a value");
        assertThatThrownBy(() -> Options.parse(List.of("demo"), Set.of(), Map.of())).hasMessageContaining("unexpected argument");
    }

    @Test
    void usage_without_a_command() {
        assertThat(Main.run(new String[0], Map.of(), new Log(System.out, System.err))).isEqualTo(2);
        assertThat(Main.run(new String[] {"nonsense"}, Map.of(), new Log(System.out, System.err))).isEqualTo(2);
    }
}
