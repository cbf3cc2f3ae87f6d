package dev.stickerplatform.adapters.persistence.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreContractTest;
import dev.stickerplatform.domain.port.Race;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class PostgresContentStoreTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";
    @RegisterExtension
    static final PostgresExtension db = new PostgresExtension();

    @Override
    protected ContentStore newStore(long maxBytesPerOwner) {
        db.truncate();
        return db.database().contentStore(GATEWAY, maxBytesPerOwner);
    }

    @Test
    void contentIsStoredOnceWhoeverPinsIt() {
        byte[] content = ("shared " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ContentRef ref = store.pin(A, content, "a", "image/png");
        store.pin(B, content, "b", "image/png");

        assertThat(count("content_blobs WHERE cid = '" + ref.cid() + "'")).isEqualTo(1);
        assertThat(count("content_refs WHERE cid = '" + ref.cid() + "'")).isEqualTo(2);
    }

    @Test
    void anotherProcessSeesTheContent() {
        ContentRef ref = store.pin(A, "seen elsewhere".getBytes(StandardCharsets.UTF_8), "x", "text/plain");

        ContentStore other = new PostgresContentStore(db.newDataSource(), GATEWAY, QUOTA);

        assertThat(other.fetch(ref.cid()).orElseThrow().mimeType()).isEqualTo("text/plain");
    }

    @Test
    void concurrentPinsOfOneOwnerNeverGoPastTheQuota() {
        String run = UUID.randomUUID().toString();
        List<Boolean> pinned = Race.run(6, i -> {
            try {
                store.pin(B, (i + run).repeat(60).substring(0, 1500).getBytes(StandardCharsets.UTF_8), "x",
                        "image/png");
                return true;
            } catch (ContentQuotaExceededException e) {
                return false;
            }
        });

        assertThat(pinned.stream().filter(p -> p).count()).isEqualTo(QUOTA / 1500);
    }

    @Test
    void concurrentPinsAndUnpinsOfOneCidLeaveItExactlyWhileReferenced() {
        byte[] content = ("raced " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        ContentRef ref = store.pin(A, content, "a", "image/png");

        Race.run(2, i -> i == 0 ? store.unpin(A, ref.cid()) : store.pin(B, content, "b", "image/png"));

        assertThat(store.fetch(ref.cid())).isPresent();
        assertThat(store.unpin(B, ref.cid())).isTrue();
        assertThat(store.fetch(ref.cid())).isEmpty();
    }

    private long count(String from) {
        try (var connection = db.newDataSource().getConnection();
             var statement = connection.createStatement();
             var rs = statement.executeQuery("SELECT count(*) FROM " + from)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
