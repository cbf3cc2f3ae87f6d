package dev.stickerplatform.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.MicroAlgos;
import org.junit.jupiter.api.Test;

class MinTipPolicyTest {
    @Test
    void acceptsATenthOfAnAlgo() {
        assertThat(MinTipPolicy.check(MicroAlgos.of(100_000))).isEqualTo(MicroAlgos.of(100_000));
    }

    @Test
    void acceptsAThousandAlgo() {
        assertThat(MinTipPolicy.check(MicroAlgos.ofAlgo(1000))).isEqualTo(MicroAlgos.ofAlgo(1000));
    }

    @Test
    void rejectsJustBelowATenthOfAnAlgo() {
        assertThatThrownBy(() -> MinTipPolicy.check(MicroAlgos.of(99_999)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0.1 and 1000 ALGO");
    }

    @Test
    void rejectsJustAboveAThousandAlgo() {
        assertThatThrownBy(() -> MinTipPolicy.check(MicroAlgos.of(1_000_000_001)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaultsToOneAlgo() {
        assertThat(MinTipPolicy.DEFAULT).isEqualTo(MicroAlgos.ofAlgo(1));
    }
}
