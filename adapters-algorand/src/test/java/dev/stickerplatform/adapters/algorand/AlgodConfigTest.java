package dev.stickerplatform.adapters.algorand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class AlgodConfigTest {
    @Test
    void localnetIsAlgoKitsDefaultAlgod() {
        AlgodConfig localnet = AlgodConfig.localnet();

        assertThat(localnet.url()).isEqualTo(URI.create("http://localhost:4001"));
        assertThat(localnet.token()).isEqualTo("a".repeat(64));
        assertThat(localnet.tokenHeader()).isEqualTo("X-Algo-API-Token");
        assertThat(localnet.port()).isEqualTo(4001);
        assertThat(localnet.retryAttempts()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void theTokenNeverAppearsInText() {
        assertThat(AlgodConfig.localnet().toString()).doesNotContain("aaaa").contains("****");
        assertThat(AlgodConfig.of("https://testnet-api.4160.nodely.dev", "").toString()).contains("token=none");
    }

    @Test
    void credentialsInTheUrlNeverAppearInText() {
        AlgodConfig gateway = AlgodConfig.of("https://user:secret@node.example.test:8443/algod?api_key=secret", "");

        assertThat(gateway.endpoint()).isEqualTo("https://node.example.test:8443/algod");
        assertThat(gateway.toString()).doesNotContain("secret");
    }

    @Test
    void aPublicEndpointSendsNoTokenAndUsesTheSchemesPort() {
        AlgodConfig nodely = AlgodConfig.of("https://testnet-api.4160.nodely.dev", "");

        assertThat(nodely.sendsToken()).isFalse();
        assertThat(nodely.port()).isEqualTo(443);
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> AlgodConfig.of("localhost:4001", "t")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlgodConfig.localnet().withRetries(0, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlgodConfig.localnet().withRequestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlgodConfig.localnet().withTokenHeader(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
