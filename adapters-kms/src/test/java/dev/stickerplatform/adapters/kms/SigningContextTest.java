package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class SigningContextTest {
    @Test
    void hasNoPurposeOutsideAScope() {
        assertThat(SigningContext.current()).isEmpty();
    }

    @Test
    void closingTheLastScopeClearsThePurpose() {
        try (var scope = SigningContext.purpose("a")) {
            assertThat(SigningContext.current()).contains("a");
        }
        assertThat(SigningContext.current()).isEmpty();
    }

    @Test
    void aPurposeStaysOnItsThread() throws Exception {
        try (var scope = SigningContext.purpose("here")) {
            assertThat(CompletableFuture.supplyAsync(SigningContext::current).get()).isEmpty();
        }
    }

    @Test
    void aVeryLongPurposeIsCut() {
        try (var scope = SigningContext.purpose("x".repeat(10_000))) {
            assertThat(SigningContext.current().orElseThrow()).hasSize(SigningContext.MAX_LENGTH);
        }
    }
}
