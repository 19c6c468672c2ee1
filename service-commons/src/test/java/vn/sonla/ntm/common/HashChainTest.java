package vn.sonla.ntm.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HashChainTest {

    @Test
    void theSameContentAfterTheSamePredecessorGivesTheSameHash() {
        assertThat(HashChain.link(HashChain.GENESIS, "a")).isEqualTo(HashChain.link(null, "a")).hasSize(64);
    }

    @Test
    void changingThePredecessorOrTheContentChangesTheHash() {
        String first = HashChain.link(HashChain.GENESIS, "submit 1");
        String second = HashChain.link(first, "approve 1");
        assertThat(HashChain.link(first, "approve 2")).isNotEqualTo(second);
        assertThat(HashChain.link(HashChain.link(HashChain.GENESIS, "submit 2"), "approve 1")).isNotEqualTo(second);
    }
}
