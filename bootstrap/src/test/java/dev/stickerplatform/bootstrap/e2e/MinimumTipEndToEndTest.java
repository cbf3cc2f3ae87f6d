package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A creator changes the minimum tip through the API: the platform prepares {@code update_min_tip}, the creator's
 * wallet signs and submits it, and the stored minimum follows the chain. Template thresholds below the minimum, and
 * a minimum above a template's threshold, are refused naming the field.
 */
class MinimumTipEndToEndTest {
    Platform platform;
    Api api;
    final DevWallet creator = DevWallet.generate();

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100)));
        api = new Api(platform.baseUrl());
        platform.ledger().fund(creator.address(), MicroAlgos.ofAlgo(5));
        assertThat(api.as(creator).post("/creator/register", Map.of("walletAddress", creator.address().value(),
                "minTipAlgo", "1")).status()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theCreatorSignsAnUpdateAndTheStoredMinimumFollowsTheChain() {
        assertThat(template("Five", "5").status()).isEqualTo(201);

        Api.Reply tooHigh = api.as(creator).post(path(), Map.of("minTipAlgo", "6"));
        assertThat(tooHigh.status()).as(tooHigh.body().toString()).isEqualTo(400);
        assertThat(tooHigh.body().toString()).contains("minTipAlgo").contains("Five");

        Api.Reply prepared = api.as(creator).post(path(), Map.of("minTipAlgo", "2"));
        assertThat(prepared.status()).as(prepared.body().toString()).isEqualTo(200);
        assertThat(prepared.body().get("minTipMicroAlgos").asLong()).isEqualTo(2_000_000);
        byte[] signed = creator.signPrepared(Base64.getDecoder().decode(prepared.body().get("unsignedTxn").asText()));
        Api.Reply submitted = api.post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);

        Instant deadline = Instant.now().plusSeconds(20);
        long stored = 0;
        while (stored != 2_000_000 && Instant.now().isBefore(deadline)) {
            stored = api.get("/creator/" + creator.address() + "/contract").body().get("minTipMicroAlgos").asLong();
            pause();
        }
        assertThat(stored).isEqualTo(2_000_000);

        Api.Reply below = template("Cheap", "1.5");
        assertThat(below.status()).as(below.body().toString()).isEqualTo(400);
        assertThat(below.body().toString()).contains("tip_threshold").contains("minimum tip");
    }

    @Test
    void aBadOrMissingMinimumIs400NamingTheField() {
        Api.Reply missing = api.as(creator).post(path(), Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().toString()).contains("minTipAlgo");
        Api.Reply tiny = api.as(creator).post(path(), Map.of("minTipAlgo", "0.01"));
        assertThat(tiny.status()).isEqualTo(400);
        assertThat(tiny.body().toString()).contains("minTipAlgo");
    }

    private String path() {
        return "/creator/" + creator.address() + "/update-min-tip";
    }

    private Api.Reply template(String name, String threshold) {
        return api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", name, "tip_threshold", threshold), TipToStickerFlow.PNG);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
