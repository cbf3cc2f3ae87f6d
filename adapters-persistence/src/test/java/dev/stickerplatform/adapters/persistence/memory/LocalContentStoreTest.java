package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreContractTest;
import dev.stickerplatform.adapters.persistence.content.UnixFsCid;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.Race;
import java.util.List;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalContentStoreTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";

    @Override
    protected ContentStore newStore(long maxBytesPerOwner) {
        return new LocalContentStore(GATEWAY, null, LocalContentStore.DEFAULT_MAX_BYTES, maxBytesPerOwner);
    }

    @Test
    void theCidOfHelloWorldIsTheOneIpfsComputes() {
        // `ipfs add --cid-version 1 --raw-leaves` of the 11 bytes "hello world" (no newline)
        assertThat(UnixFsCid.of("hello world".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
    }

    @Test
    void theGatewayUrlIsTheConfiguredBasePlusTheCid() {
        String cid = UnixFsCid.of(new byte[] {1});

        assertThat(new LocalContentStore(GATEWAY + "/").pin(A, new byte[] {1}, "x", "image/png").gatewayUrl())
                .isEqualTo(GATEWAY + "/" + cid);
    }

    @Test
    void aPinOverTheStoresCapacityIsRefusedNamingItAndUnpinningMakesRoom() {
        LocalContentStore small = new LocalContentStore(GATEWAY, null, 10, 100);
        String cid = small.pin(A, new byte[6], "a", "image/png").cid();

        assertThatThrownBy(() -> small.pin(B, new byte[5], "b", "image/png"))
                .isInstanceOfSatisfying(ContentQuotaExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ContentQuotaExceededException.Limit.STORE_BYTES);
                    assertThat(e.getMessage()).contains("10 bytes");
                });
        small.pin(B, new byte[6], "same bytes again: no more room needed", "image/png");
        small.unpin(A, cid);
        small.unpin(B, cid);
        small.pin(B, new byte[5], "b", "image/png");

        assertThat(small.totalBytes()).isEqualTo(5);
    }

    @Test
    void concurrentPinsNeverGoPastTheQuota() {
        LocalContentStore store = new LocalContentStore(GATEWAY, null, 1_000_000, 100);
        List<Boolean> pinned = Race.run(8, i -> {
            try {
                store.pin(A, new byte[] {(byte) i, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
                        20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39}, "x",
                        "image/png");
                return true;
            } catch (ContentQuotaExceededException e) {
                return false;
            }
        });

        assertThat(pinned.stream().filter(p -> p).count()).isEqualTo(2);
        assertThat(store.totalBytes()).isEqualTo(80);
    }

    @Test
    void aMalformedCidIsNeverFound() {
        assertThat(new LocalContentStore(GATEWAY).fetch("../../etc/passwd")).isEmpty();
    }
}
