package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** If-None-Match against a strong ETag (RFC 9110 §13.1.2: weak comparison). */
class ViewCacheMatchTest {
    private static final String TAG = ViewCache.etag("{}".getBytes(StandardCharsets.UTF_8));

    @Test
    void matchesTheTagItsWeakFormAnyInAListAndTheWildcard() {
        assertThat(ViewCache.matches(TAG, TAG)).isTrue();
        assertThat(ViewCache.matches("W/" + TAG, TAG)).isTrue();
        assertThat(ViewCache.matches("\"a\", " + TAG, TAG)).isTrue();
        assertThat(ViewCache.matches("*", TAG)).isTrue();
    }

    @Test
    void nothingElseMatches() {
        assertThat(ViewCache.matches(null, TAG)).isFalse();
        assertThat(ViewCache.matches("", TAG)).isFalse();
        assertThat(ViewCache.matches("\"a\"", TAG)).isFalse();
        assertThat(ViewCache.matches(TAG.replace("\"", ""), TAG)).isFalse();
        assertThat(ViewCache.etag("{ }".getBytes(StandardCharsets.UTF_8))).isNotEqualTo(TAG);
    }
}
