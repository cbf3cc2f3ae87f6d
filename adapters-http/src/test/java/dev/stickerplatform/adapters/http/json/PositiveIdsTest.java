package dev.stickerplatform.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PositiveIdsTest {
    @ParameterizedTest
    @CsvSource({"1, 1", "42, 42", "0000000000000000007, 7", "9223372036854775807, 9223372036854775807"})
    void digitsWithinTheLimitAreIds(String text, long id) {
        assertThat(PositiveIds.parse(text, 19)).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0000", "", "-1", "+1", " 1", "1 ", "1.0", "1e3", "0x10", "twelve",
            "00000000000000000007"})
    void anythingElseIsNotAPositiveInteger(String text) {
        assertThatThrownBy(() -> PositiveIds.parse(text, 19)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("must be a positive integer");
    }

    @Test
    void theDigitLimitIsTheCallers() {
        String padded = "0".repeat(63) + "7";
        assertThat(PositiveIds.parse(padded, 64)).isEqualTo(7);
        assertThatThrownBy(() -> PositiveIds.parse("0" + padded, 64)).hasMessage("must be a positive integer");
        assertThatThrownBy(() -> PositiveIds.parse(null, 64)).hasMessage("must be a positive integer");
    }

    @Test
    void beyondASigned64BitIntegerIsRefusedWithTheMaximum() {
        assertThatThrownBy(() -> PositiveIds.parse("9223372036854775808", 19))
                .hasMessage("must be at most 9223372036854775807");
        assertThatThrownBy(() -> PositiveIds.of(BigInteger.TWO.pow(70)))
                .hasMessage("must be at most 9223372036854775807");
    }

    @Test
    void zeroAndNegativeIntegersAreNotIds() {
        assertThat(PositiveIds.of(BigInteger.ONE)).isEqualTo(1);
        assertThatThrownBy(() -> PositiveIds.of(BigInteger.ZERO)).hasMessage("must be a positive integer");
        assertThatThrownBy(() -> PositiveIds.of(BigInteger.valueOf(-5))).hasMessage("must be a positive integer");
        assertThatThrownBy(() -> PositiveIds.of(BigInteger.TWO.pow(70).negate()))
                .hasMessage("must be a positive integer");
    }
}
