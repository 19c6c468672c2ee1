package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VersionsTest {

    @Test
    void aChangeWithoutIfMatchIsRefusedWith428() {
        assertThatThrownBy(() -> Versions.requireMatch(null, 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
        assertThatThrownBy(() -> Versions.requireMatch("  ", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(428));
    }

    @Test
    void aChangeBasedOnAnOlderVersionIsRefusedWith412() {
        assertThatThrownBy(() -> Versions.requireMatch("\"2\"", 3))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(412);
                    assertThat(e.problem().detail()).contains("current version is 3");
                });
    }

    @Test
    void theCurrentVersionPassesInStrongWeakOrListedForm() {
        assertThatCode(() -> Versions.requireMatch("\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("W/\"3\"", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Versions.requireMatch("\"1\", \"3\"", 3)).doesNotThrowAnyException();
    }

    @Test
    void aWildcardIsNotAVersion() {
        assertThatThrownBy(() -> Versions.requireMatch("*", 3)).isInstanceOf(ProblemException.class);
    }

    @Test
    void theEtagIsTheVersion() {
        assertThat(Versions.etag(7).getValue()).isEqualTo("7");
    }
}
