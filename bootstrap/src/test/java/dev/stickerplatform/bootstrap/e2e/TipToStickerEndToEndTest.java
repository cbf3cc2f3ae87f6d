package dev.stickerplatform.bootstrap.e2e;

import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The whole product through HTTP on the embedded platform with its default (local) signers: see
 * {@link TipToStickerFlow} for the steps.
 */
class TipToStickerEndToEndTest {
    Platform platform;

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100)));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aTipBecomesTheRightStickerInTheFansWallet() {
        new TipToStickerFlow(platform).run();
    }
}
