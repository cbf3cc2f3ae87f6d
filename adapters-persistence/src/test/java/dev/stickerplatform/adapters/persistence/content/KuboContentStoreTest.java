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

/** The Kubo RPC pinning in front of a durable store, against {@link KuboRpcDouble}. */
class KuboContentStoreTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";
    private static final String AUTH = "Bearer cluster-proxy-token";

    private KuboRpcDouble kubo;
    private LocalContentStore durable;

    @Override
    protected ContentStore newStore(long maxBytesPerOwner) {
        if (kubo == null) {
            kubo = new KuboRpcDouble().requireAuthorization(AUTH);
        }
        durable = new LocalContentStore(GATEWAY, null, LocalContentStore.DEFAULT_MAX_BYTES, maxBytesPerOwner);
        return new PinnedContentStore(durable, new KuboRpcPinning(kubo.url(), AUTH, Duration.ofSeconds(5)));
    }

    @AfterEach
    void stopKubo() {
        kubo.close();
    }

    @Test
    void addsAsCidV1RawLeavesThenPinsTheCid() {
        ContentRef ref = store.pin(A, unique(), "sticker.png", "image/png");

        assertThat(kubo.requests()).containsExactly(
                "POST /api/v0/add?cid-version=1&raw-leaves=true&pin=false&quieter=true",
                "POST /api/v0/pin/add?arg=" + ref.cid());
        assertThat(kubo.isPinned(ref.cid())).isTrue();
    }

    @Test
    void theNodesPinGoesWithTheLastReference() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "a", "image/png");
        store.pin(B, content, "b", "image/png");

        store.unpin(A, ref.cid());
        assertThat(kubo.isPinned(ref.cid())).isTrue();
        store.unpin(B, ref.cid());

        assertThat(kubo.isPinned(ref.cid())).isFalse();
        assertThat(kubo.requests()).last().isEqualTo("POST /api/v0/pin/rm?arg=" + ref.cid());
    }

    @Test
    void aCidMismatchIsAClearErrorAndNothingIsRecorded() {
        byte[] content = unique();
        String other = UnixFsCid.of("something else".getBytes(StandardCharsets.UTF_8));
        kubo.answerAddWith(other);

        assertThatThrownBy(() -> store.pin(A, content, "a", "image/png"))
                .isInstanceOf(ContentIntegrityException.class)
                .hasMessageContaining(other).hasMessageContaining(UnixFsCid.of(content));

        assertThat(durable.fetch(UnixFsCid.of(content))).isEmpty();
        assertThat(kubo.pinCount()).isZero();
    }

    @Test
    void anOutageIsUnavailableAndNothingIsRecordedWhileStoredContentStillReads() {
        ContentRef stored = store.pin(A, unique(), "kept", "image/png");
        kubo.down(true);
        byte[] content = unique();

        assertThatThrownBy(() -> store.pin(A, content, "a", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class);

        assertThat(durable.fetch(UnixFsCid.of(content))).isEmpty();
        assertThat(store.fetch(stored.cid())).isPresent();
    }

    @Test
    void aRefusedTokenIsUnavailableSayingSo() {
        ContentStore wrongToken = new PinnedContentStore(durable,
                new KuboRpcPinning(kubo.url(), "Bearer wrong", Duration.ofSeconds(5)));

        assertThatThrownBy(() -> wrongToken.pin(A, unique(), "a", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class).hasMessageContaining("HTTP 401");
    }

    @Test
    void contentTheDurableStoreLacksIsReadFromTheNodeAndChecked() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "a", "image/png");
        ContentStore elsewhere = new PinnedContentStore(new LocalContentStore(GATEWAY),
                new KuboRpcPinning(kubo.url(), AUTH, Duration.ofSeconds(5)));

        assertThat(elsewhere.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(content);
        assertThat(elsewhere.fetch(UnixFsCid.of(unique()))).isEmpty();
    }

    private static byte[] unique() {
        return ("kubo content " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }
}
