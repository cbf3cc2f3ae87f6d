package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CursorTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, 50, 12345, 10_000_000})
    void cursorsRoundTrip(int offset) {
        assertThat(Cursor.decode(Cursor.encode(offset))).isEqualTo(offset);
    }

    @Test
    void cursorsAreOpaqueUrlSafeText() {
        assertThat(Cursor.encode(50)).matches("[A-Za-z0-9_-]+");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "!!!!", "bzo1MA===", "a very long cursor that nobody produced"})
    void foreignCursorsAreRefused(String cursor) {
        assertThatThrownBy(() -> Cursor.decode(cursor)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("is not a valid cursor");
    }

    @Test
    void forgedOffsetsAreRefused() {
        for (String text : new String[] {"o:-1", "o:99999999", "x:5", "o:1e3"}) {
            String forged = Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.US_ASCII));
            assertThatThrownBy(() -> Cursor.decode(forged)).as(text).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
