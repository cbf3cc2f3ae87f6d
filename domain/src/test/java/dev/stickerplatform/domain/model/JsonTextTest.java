package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTextTest {
    private static String quoted(String text) {
        return JsonText.quote(new StringBuilder(), text).toString();
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() {
        assertThat(quoted("a\"b\\c\nd\te\u0001")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\"");
    }

    @Test
    void escapesLineSeparatorsAndUnpairedSurrogatesButKeepsEmoji() {
        assertThat(quoted("\u2028x\ud800y\ud83c\udf1f")).isEqualTo("\"\\u2028x\\ud800y\ud83c\udf1f\"");
    }

    @Test
    void escapesBackspaceAndFormFeedShortAndOtherControlsAsLowerCaseUnicode() {
        assertThat(quoted("\b\f\u001f")).isEqualTo("\"\\b\\f\\u001f\"");
    }
}
