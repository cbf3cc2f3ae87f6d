package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The listener hangs on purpose (a block read that never returns and ignores interrupts): readiness turns 503
 * once the heartbeat is older than twice the poll interval, the watchdog replaces the listener, readiness is
 * 200 again, and the tip made while it hung still becomes a sticker.
 */
class ListenerHangTest {
    /** How long a wait for an answer may take. */
    private static final Duration WAIT = Duration.ofSeconds(20);
    private static final Duration POLL = Duration.ofMillis(300);
    private HangingChain chain;
    private Platform platform;
    private Api api;

    @BeforeEach
    void start() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withListenerPollTimeout(POLL);
        platform = Platform.start(config, Clock.systemUTC(), real -> chain = new HangingChain(real));
        api = new Api(platform.baseUrl());
    }

    @AfterEach
    void stop() {
        chain.release();
        platform.close();
    }

    @Test
    void aHungListenerIsReportedRestartedAndLosesNoTip() throws Exception {
        DevWallet creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        AppId app = AppId.of(registered.body().get("appId").asLong());
        assertThat(api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG).status()).isEqualTo(201);
        DevWallet fan = DevWallet.generate();
        assertThat(api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "10")).status()).isEqualTo(200);
        tip(fan, app, creator, "before the hang");
        awaitStickers(fan, 1);
        assertThat(api.get("/health/ready").status()).isEqualTo(200);

        chain.hangNextBlockRead();
        assertThat(chain.awaitHanging(10)).as("the listener's next block read hangs").isTrue();
        Instant hungAt = Instant.now();
        tip(fan, app, creator, "while it hangs");

        Api.Reply notReady = Api.await(() -> api.get("/health/ready"),
                reply -> reply.status() == 503, "readiness 503", WAIT);
        assertThat(Duration.between(hungAt, Instant.now())).as("503 within 2 × poll interval of the last heartbeat")
                .isLessThan(POLL.multipliedBy(3));
        assertThat(notReady.body().path("checks").path("listener").asText()).isEqualTo("stale heartbeat");

        Api.await(() -> api.get("/listener/status"), reply -> reply.body().path("restarts").asLong() == 1,
                "the watchdog to restart the listener", WAIT);
        Api.await(() -> api.get("/health/ready"), reply -> reply.status() == 200, "readiness 200 again", WAIT);
        JsonNode status = api.get("/listener/status").body();
        assertThat(status.path("running").asBoolean()).isTrue();
        assertThat(status.path("healthy").asBoolean()).isTrue();

        awaitStickers(fan, 2);
        assertThat(api.get("/fan/" + fan.address() + "/stats").body().path("totalTips").asLong())
                .as("no tip lost").isEqualTo(2);
    }

    private void tip(DevWallet fan, AppId app, DevWallet creator, String memo) {
        JsonNode p = api.get("/params").body();
        var params = new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound")
                .asLong()), Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(),
                p.get("genesisHash").asText());
        List<String> group = fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), memo, params).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns", group));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    private void awaitStickers(DevWallet fan, int count) {
        Api.await(() -> api.get("/fan/" + fan.address() + "/inventory"),
                reply -> reply.body().path("totalCount").asLong() == count, count + " stickers", WAIT);
    }
}
