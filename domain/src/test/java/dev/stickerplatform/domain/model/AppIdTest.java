package dev.stickerplatform.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class AppIdTest {
    @Test
    void appOneHasTheAddressAlgorandDocumentsForIt() {
        // `goal app info --app-id 1` prints this application account in the Algorand developer docs.
        assertThat(AppId.of(1).address().value())
                .isEqualTo("WCS6TVPJRBSARHLN2326LRU5BYVJZUKI2VJ53CAWKYYHDE455ZGKANWMGM");
    }

    @Test
    void addressIsTheHashOfAppIdPrefixAndBigEndianId() {
        long id = 123_456_789L;
        byte[] preimage = ByteBuffer.allocate(13).put("appID".getBytes(StandardCharsets.US_ASCII)).putLong(id).array();
        assertThat(AppId.of(id).address()).isEqualTo(Address.fromPublicKey(Hashes.sha512_256(preimage)));
    }

    @Test
    void differentAppsHaveDifferentAddresses() {
        assertThat(AppId.of(1).address()).isNotEqualTo(AppId.of(2).address());
    }

    @Test
    void rejectsZero() {
        assertThatThrownBy(() -> AppId.of(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsANegativeId() {
        assertThatThrownBy(() -> AppId.of(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
