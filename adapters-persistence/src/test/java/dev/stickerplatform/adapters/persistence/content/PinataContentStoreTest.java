package dev.stickerplatform.adapters.persistence.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.LocalContentStore;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentIntegrityException;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreContractTest;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The Pinata pinning in front of a durable store, against {@link PinataDouble}. */
class PinataContentStoreTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";
    private static final String JWT = "eyJhbGciOiJIUzI1NiJ9.test.signature";

    private PinataDouble pinata;
    private LocalContentStore durable;

    @Override
    protected ContentStore newStore(long maxBytesPerOwner) {
        if (pinata == null) {
            pinata = new PinataDouble(JWT);
        }
        durable = new LocalContentStore(GATEWAY, null, LocalContentStore.DEFAULT_MAX_BYTES, maxBytesPerOwner);
        return new PinnedContentStore(durable, pinning(JWT));
    }

    private PinataPinning pinning(String jwt) {
        return new PinataPinning(pinata.url(), jwt, pinata.url(), Duration.ofSeconds(5));
    }

    @AfterEach
    void stopPinata() {
        pinata.close();
    }

    @Test
    void filesArePinnedAsCidV1WithTheirName() {
        ContentRef ref = store.pin(A, unique(), "ABCDEFGH-Gold star", "image/png");

        assertThat(pinata.requests()).containsExactly("POST /pinning/pinFileToIPFS");
        assertThat(pinata.isPinned(ref.cid())).isTrue();
        assertThat(pinata.nameOf(ref.cid())).isEqualTo("ABCDEFGH-Gold star");
    }

    @Test
    void compactJsonIsPinnedThroughPinJsonWithTheSameCid() {
        byte[] metadata = ("{\"name\":\"Gold ★ " + UUID.randomUUID() + "\",\"properties\":{\"tip\":1000000}}")
                .getBytes(StandardCharsets.UTF_8);

        ContentRef ref = store.pin(A, metadata, "metadata", "application/json");

        assertThat(pinata.requests()).containsExactly("POST /pinning/pinJSONToIPFS");
        assertThat(ref.cid()).isEqualTo(UnixFsCid.of(metadata));
        assertThat(pinata.isPinned(ref.cid())).isTrue();
    }

    @Test
    void jsonPinataWouldStoreDifferentlyIsACidMismatchAndNothingIsRecorded() {
        byte[] spaced = ("{ \"name\": \"" + UUID.randomUUID() + "\" }").getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> store.pin(A, spaced, "metadata", "application/json"))
                .isInstanceOf(ContentIntegrityException.class);

        assertThat(durable.fetch(UnixFsCid.of(spaced))).isEmpty();
        assertThat(pinata.requests()).last().asString().startsWith("DELETE /pinning/unpin/");
    }

    @Test
    void theLastReleaseUnpins() {
        ContentRef ref = store.pin(A, unique(), "a", "image/png");

        store.unpin(A, ref.cid());

        assertThat(pinata.isPinned(ref.cid())).isFalse();
        assertThat(pinata.requests()).last().isEqualTo("DELETE /pinning/unpin/" + ref.cid());
    }

    @Test
    void aRejectedJwtIsUnavailableSayingSoAndNothingIsRecorded() {
        ContentStore wrong = new PinnedContentStore(durable, pinning("expired"));
        byte[] content = unique();

        assertThatThrownBy(() -> wrong.pin(A, content, "a", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class)
                .hasMessageContaining("HTTP 401").hasMessageContaining("INVALID_CREDENTIALS");
        assertThat(durable.fetch(UnixFsCid.of(content))).isEmpty();
    }

    @Test
    void aRateLimitIsUnavailable() {
        pinata.rateLimited(true);

        assertThatThrownBy(() -> store.pin(A, unique(), "a", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class).hasMessageContaining("HTTP 429");
    }

    @Test
    void anOutageIsUnavailableWhileStoredContentStillReads() {
        ContentRef stored = store.pin(A, unique(), "kept", "image/png");
        pinata.down(true);

        assertThatThrownBy(() -> store.pin(A, unique(), "a", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class);
        assertThat(store.fetch(stored.cid())).isPresent();
    }

    @Test
    void aCidMismatchIsAClearError() {
        pinata.answerPinsWith(UnixFsCid.of("other".getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> store.pin(A, unique(), "a", "image/png"))
                .isInstanceOf(ContentIntegrityException.class).hasMessageContaining("pinata");
    }

    @Test
    void contentTheDurableStoreLacksIsReadThroughTheGateway() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "a", "image/png");
        ContentStore elsewhere = new PinnedContentStore(new LocalContentStore(GATEWAY), pinning(JWT));

        assertThat(elsewhere.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(content);
    }

    private static byte[] unique() {
        return ("pinata content " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
