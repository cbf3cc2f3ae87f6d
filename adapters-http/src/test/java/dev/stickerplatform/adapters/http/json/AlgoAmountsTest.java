package dev.stickerplatform.adapters.http.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.MicroAlgos;
import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AlgoAmountsTest {
    @ParameterizedTest
    @CsvSource({"2.01, 2010000", "0.1, 100000", "0.000001, 1", "1, 1000000", "1000, 1000000000", "0, 0",
            "10.000000, 10000000", "9223372.036854, 9223372036854"})
    void decimalStringsConvertExactly(String text, long micro) {
        assertThat(AlgoAmounts.parse(text)).isEqualTo(MicroAlgos.of(micro));
    }

    @ParameterizedTest
    @CsvSource({"2.01, 2010000", "1e3, 1000000000", "1.5000000, 1500000", "0.30, 300000"})
    void exactNumbersConvertExactly(String number, long micro) {
        assertThat(AlgoAmounts.of(new BigDecimal(number))).isEqualTo(MicroAlgos.of(micro));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.0000001", "0.0000005", "2.0100001"})
    void moreThanSixDecimalsAreRefused(String text) {
        assertThatThrownBy(() -> AlgoAmounts.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at most 6 decimals");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.5"})
    void negativeAmountsAreRefused(String text) {
        assertThatThrownBy(() -> AlgoAmounts.parse(text)).hasMessageContaining("must not be negative");
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1e3", " 1", "1.", ".5", "0x10", "1,5", "NaN", "Infinity", ""})
    void stringsMustBePlainDecimals(String text) {
        assertThatThrownBy(() -> AlgoAmounts.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e999999999", "99999999999999", "9223372036854.775808"})
    void hugeAmountsAreRefusedWithoutArithmetic(String number) {
        assertThatThrownBy(() -> AlgoAmounts.of(new BigDecimal(number))).hasMessageContaining("too large");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1e-999999999", "1e-7"})
    void tinyFractionsAreRefused(String number) {
        assertThatThrownBy(() -> AlgoAmounts.of(new BigDecimal(number))).hasMessageContaining("6 decimals");
    }
}
