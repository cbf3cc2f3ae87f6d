package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tip pipeline's rules on the embedded platform, with the chain follower driven by the test so that every
 * round is processed exactly when the test says: exactly-once under re-scans, and the tips that earn nothing.
 */
class PipelineScenariosTest {
    Platform platform;
    Api api;
    FollowChainService follow;
    Store store;
    DevWallet creator;
    DevWallet fan;
    AppId app;

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withListener(false)
                .withBlockTime(Duration.ofMillis(50)));
        api = new Api(platform.baseUrl());
        follow = platform.services().followChain();
        store = platform.services().ports().store();
        store.listenerCursor().advance(platform.ledger().currentRound());
        creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        app = AppId.of(registered.body().get("appId").asLong());
        fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(100));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theSameTipSeenTwiceProducesOneSticker() {
        template("Thanks", "soulbound", "tip", "1");
        Round tipRound = tip(MicroAlgos.ofAlgo(2), "hello");
        catchUp();
        awaitJobStage(JobStage.PENDING_OPTIN);

        store.listenerCursor().advance(Round.of(tipRound.value() - 3));
        catchUp();

        assertThat(store.tips().fanTotals(fan.address()).count()).isEqualTo(1);
        assertThat(store.mintJobs().list(null, false, PageRequest.first(100))).hasSize(1);
        assertThat(store.stickers().countByOwner(fan.address(), null)).isEqualTo(1);
    }

    @Test
    void aTipBelowEveryThresholdEarnsNothing() {
        template("Big", "soulbound", "tip", "5");
        tip(MicroAlgos.ofAlgo(2), "");
        catchUp();

        assertThat(store.tips().fanTotals(fan.address()).count()).isEqualTo(1);
        assertThat(store.mintJobs().list(null, false, PageRequest.first(100))).isEmpty();
    }

    @Test
    void aMembershipMemoBelowItsTierEarnsNothingAndNoFallback() {
        template("Regular", "soulbound", "tip", "1");
        template("Silver club", "soulbound", "membership_silver", "1");
        tip(MicroAlgos.ofAlgo(11), "MEMBERSHIP:SILVER");
        catchUp();

        assertThat(store.tips().fanTotals(fan.address()).count()).isEqualTo(1);
        assertThat(store.mintJobs().list(null, false, PageRequest.first(100))).isEmpty();
    }

    @Test
    void aMembershipMemoAtItsTierEarnsTheMembershipStickerWithExpiry() {
        template("Silver club", "soulbound", "membership_silver", "1");
        tip(MicroAlgos.ofAlgo(12), "membership:silver");
        catchUp();

        var jobs = store.mintJobs().list(null, false, PageRequest.first(100));
        assertThat(jobs).singleElement().satisfies(job -> {
            assertThat(job.category().wireName()).isEqualTo("membership_silver");
            assertThat(job.expiresAt()).isAfter(Instant.now().plus(Duration.ofDays(89)));
        });
    }

    @Test
    void aPausedContractRefusesTipsSoNothingIsEarned() {
        template("Thanks", "soulbound", "tip", "1");
        Api.Reply prepared = api.as(creator).post("/creator/" + creator.address() + "/pause-contract", Map.of());
        assertThat(prepared.status()).as(prepared.body().toString()).isEqualTo(200);
        byte[] signed = creator.signPrepared(Base64.getDecoder().decode(prepared.body().get("unsignedTxn").asText()));
        platform.ledger().fund(creator.address(), MicroAlgos.ofAlgo(1));
        Api.Reply paused = api.post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        assertThat(paused.status()).as(paused.body().toString()).isEqualTo(200);
        awaitStats(stats -> stats.get("paused").asBoolean());

        Api.Reply refused = submitTip(MicroAlgos.ofAlgo(2), "hi");

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("detail").asText()).contains("PAUSED");
        catchUp();
        assertThat(store.tips().fanTotals(fan.address()).count()).isZero();
        assertThat(store.mintJobs().list(null, false, PageRequest.first(100))).isEmpty();
    }

    private void template(String name, String type, String category, String threshold) {
        Api.Reply created = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", name, "sticker_type", type, "category", category, "tip_threshold", threshold),
                TipToStickerFlow.PNG);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
    }

    /** Submits a tip and waits until it is in a block; returns that round. */
    private Round tip(MicroAlgos amount, String memo) {
        Api.Reply submitted = submitTip(amount, memo);
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        var txId = dev.stickerplatform.domain.model.TxId.of(submitted.body().get("txIds").get(1).asText());
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            var confirmation = platform.ledger().confirmation(txId);
            if (confirmation.isPresent()) {
                return confirmation.get().round();
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("tip not confirmed");
    }

    private Api.Reply submitTip(MicroAlgos amount, String memo) {
        JsonNode p = api.get("/params").body();
        var params = new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound").asLong()),
                Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(), p.get("genesisHash").asText());
        List<String> group = fan.signTip(app, creator.address(), amount, memo, params).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        return api.post("/submit-group", Map.of("signedTxns", group));
    }

    /** Processes every produced round, then one more once it exists. */
    private void catchUp() {
        Round target = platform.ledger().currentRound().next();
        platform.ledger().awaitRoundAfter(target, Duration.ofSeconds(5));
        while (!follow.nextRound().isAfter(target)) {
            if (follow.processNext() instanceof FollowChainService.Step.NotYet) {
                platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
            }
        }
    }

    private void awaitJobStage(JobStage stage) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            if (!store.mintJobs().list(stage, false, PageRequest.first(10)).isEmpty()) {
                return;
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no job reached " + stage);
    }

    private void awaitStats(java.util.function.Predicate<JsonNode> condition) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (Instant.now().isBefore(deadline)) {
            JsonNode stats = api.get("/creator/" + creator.address() + "/contract/stats").body();
            if (condition.test(stats)) {
                return;
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("contract state never matched");
    }

}
