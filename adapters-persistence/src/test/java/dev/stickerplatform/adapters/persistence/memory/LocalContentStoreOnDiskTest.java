package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreContractTest;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalContentStoreOnDiskTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";

    @TempDir
    Path directory;

    @Override
    protected ContentStore newStore(long maxBytesPerOwner) {
        return new LocalContentStore(GATEWAY, directory, LocalContentStore.DEFAULT_MAX_BYTES, maxBytesPerOwner);
    }

    @Test
    void contentSurvivesARestart() {
        byte[] content = "kept on disk".getBytes(StandardCharsets.UTF_8);
        ContentRef ref = store.pin(A, content, "note.txt", "text/plain");

        store.pin(B, content, "note.txt", "text/plain");
        ContentStore restarted = newStore(QUOTA);

        assertThat(restarted.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(content);
        assertThat(restarted.fetch(ref.cid()).orElseThrow().mimeType()).isEqualTo("text/plain");
        assertThat(((LocalContentStore) restarted).totalBytes()).isEqualTo(content.length);
        assertThat(restarted.unpin(A, ref.cid())).isFalse();
        assertThat(restarted.unpin(B, ref.cid())).isTrue();
    }

    @Test
    void corruptContentIsAFailureNotAbsence() throws IOException {
        ContentRef ref = store.pin(A, "original".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain");
        Files.writeString(directory.resolve(ref.cid()), "tampered");

        assertThatThrownBy(() -> store.fetch(ref.cid())).isInstanceOf(ContentStoreUnavailableException.class);
    }

    @Test
    void unpinningRemovesTheFiles() throws IOException {
        ContentRef ref = store.pin(A, "gone soon".getBytes(StandardCharsets.UTF_8), "a.txt", "text/plain");

        store.unpin(A, ref.cid());

        try (var files = Files.list(directory)) {
            assertThat(files).isEmpty();
        }
    }
}
