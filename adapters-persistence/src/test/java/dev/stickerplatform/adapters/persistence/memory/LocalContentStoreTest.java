package dev.stickerplatform.adapters.persistence.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreContractTest;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LocalContentStoreTest extends ContentStoreContractTest {
    private static final String GATEWAY = "http://localhost:8000/ipfs";

    @Override
    protected ContentStore newStore() {
        return new LocalContentStore(GATEWAY);
    }

    @Test
    void theCidOfHelloWorldIsTheOneIpfsComputes() {
        // `ipfs add --cid-version 1 --raw-leaves` of the 11 bytes "hello world" (no newline)
        assertThat(CidV1.rawSha256("hello world".getBytes(StandardCharsets.US_ASCII)))
                .isEqualTo("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
    }

    @Test
    void theGatewayUrlIsTheConfiguredBasePlusTheCid() {
        String cid = CidV1.rawSha256(new byte[] {1});

        assertThat(new LocalContentStore(GATEWAY + "/").pin(new byte[] {1}, "x", "image/png").gatewayUrl())
                .isEqualTo(GATEWAY + "/" + cid);
    }

    @Test
    void aPinThatDoesNotFitIsRefusedAndUnpinningMakesRoom() {
        LocalContentStore small = new LocalContentStore(GATEWAY, null, 10);
        String cid = small.pin(new byte[6], "a", "image/png").cid();

        assertThatThrownBy(() -> small.pin(new byte[5], "b", "image/png"))
                .isInstanceOf(ContentStoreUnavailableException.class);
        small.pin(new byte[6], "same bytes again", "image/png");
        small.unpin(cid);
        small.pin(new byte[5], "b", "image/png");

        assertThat(small.totalBytes()).isEqualTo(5);
    }

    @Test
    void aMalformedCidIsNeverFound() {
        assertThat(new LocalContentStore(GATEWAY).fetch("../../etc/passwd")).isEmpty();
    }
}
