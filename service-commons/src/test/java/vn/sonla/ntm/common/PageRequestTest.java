package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class PageRequestTest {

    @Test
    void defaultsToTheFirstPageOfFifty() {
        assertThat(PageRequest.of(null, null)).isEqualTo(new PageRequest(0, 50));
    }

    @Test
    void refusesSizesAboveFiveHundredAndNegativePagesNamingEachParameter() {
        assertThatThrownBy(() -> PageRequest.of(-1, 501))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.problem().errors()).extracting(Problem.FieldError::field).containsExactly("page", "size");
                });
        assertThatThrownBy(() -> PageRequest.of(0, 0)).isInstanceOf(ProblemException.class);
    }

    @Test
    void slicesAListAndKeepsTheTotal() {
        Page<Integer> page = Page.slice(List.of(1, 2, 3, 4, 5), PageRequest.of(1, 2));
        assertThat(page.items()).containsExactly(3, 4);
        assertThat(page.total()).isEqualTo(5);
        assertThat(Page.slice(List.of(1, 2), PageRequest.of(5, 2)).items()).isEmpty();
    }
}
