package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.SignerRole;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through HTTP on the embedded platform: a sticker nobody claims within {@code PENDING_OPTIN_EXPIRY} is destroyed,
 * the MINTER's minimum balance drops by its 0.1 ALGO, the fan's inventory says {@code expired}, and a claim is 410.
 */
class StickerExpiryEndToEndTest {
    /** The system clock, plus whatever the test jumps ahead (the pipeline needs time to pass between its looks). */
    final JumpingClock clock = new JumpingClock();
    Platform platform;

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100)),
                clock);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aStickerNobodyClaimsIsDestroyedAndAClaimAfterThatIsGone() {
        Api api = new Api(platform.baseUrl());
        var flow = new TipToStickerFlow(platform);
        DevWallet creator = DevWallet.generate();
        AppId app = flow.registerWithSoulboundTemplate(creator, "Thanks", "tip");
        DevWallet fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(10));
        flow.submitTip(fan, app, creator.address(),
                MicroAlgos.ofAlgo(2), "");
        JsonNode pending = flow.awaitSticker(fan, s -> s.get("deliveryStatus").asText().equals("pending_optin"));
        var minter = platform.services().ports().signers().forRole(SignerRole.MINTER).address();
        long minBalance = platform.ledger().account(minter).minBalance().value();

        clock.advance(Duration.ofDays(30).plusMinutes(1));
        assertThat(platform.services().expirePendingStickers().sweep()).isEqualTo(1);

        flow.awaitSticker(fan, s -> s.get("id").asLong() == pending.get("id").asLong()
                && s.get("deliveryStatus").asText().equals("expired"));
        assertThat(platform.ledger().asset(AssetId.of(pending.get("assetId").asLong()))).isEmpty();
        assertThat(platform.ledger().account(minter).minBalance().value()).isEqualTo(minBalance - 100_000);
        assertThat(platform.services().expirePendingStickers().sweep()).isZero();

        Api.Reply claim = new Api(platform.baseUrl()).as(fan).post("/fan/" + fan.address() + "/claim/"
                + pending.get("id").asLong(), Map.of());
        assertThat(claim.status()).as(claim.body().toString()).isEqualTo(410);
        assertThat(claim.body().get("type").asText()).endsWith("/sticker-expired");
        assertThat(claim.body().get("detail").asText()).contains("was destroyed and can no longer be delivered");
        assertThat(claim.body().get("assetId").asLong()).isEqualTo(pending.get("assetId").asLong());
    }

    static final class JumpingClock extends java.time.Clock {
        private final AtomicReference<Duration> ahead = new AtomicReference<>(Duration.ZERO);

        void advance(Duration by) {
            ahead.updateAndGet(d -> d.plus(by));
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(ahead.get());
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(ZoneId zone) {
            return this;
        }
    }

    /**
     * A membership sticker past its expiry stays in the fan's wallet and is marked expired in every view that shows
     * it — the inventory, the sticker by asset, the fan's stats and the creator's leaderboard — at the server's clock.
     */
    @Test
    void anExpiredMembershipIsMarkedExpiredInEveryView() {
        Api api = new Api(platform.baseUrl());
        var flow = new TipToStickerFlow(platform);
        DevWallet creator = DevWallet.generate();
        AppId app = flow.registerWithSoulboundTemplate(creator, "Silver club", "membership_silver");
        DevWallet fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(20));
        flow.submitTip(fan, app, creator.address(), MicroAlgos.ofAlgo(12), "MEMBERSHIP:SILVER");
        JsonNode pending = flow.awaitSticker(fan, s -> s.get("category").asText().equals("membership_silver"));
        long asset = pending.get("assetId").asLong();
        flow.optIn(fan, asset);
        assertThat(api.as(fan).post("/fan/" + fan.address() + "/claim/" + pending.get("id").asLong(), Map.of())
                .status()).isEqualTo(200);
        JsonNode member = flow.awaitSticker(fan, s -> s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(member.get("expired").asBoolean()).isFalse();
        assertThat(stats(api, fan).get("expiredMemberships").asLong()).isZero();
        assertThat(fanEntry(api, creator, fan).get("expiredMemberships").asLong()).isZero();

        clock.advance(Duration.ofDays(91));

        JsonNode expired = flow.awaitSticker(fan, s -> s.get("assetId").asLong() == asset);
        assertThat(expired.get("expired").asBoolean()).as("inventory: %s", expired).isTrue();
        assertThat(expired.get("deliveryStatus").asText()).as("still in the wallet").isEqualTo("delivered");
        assertThat(api.get("/nft/" + asset).body().get("expired").asBoolean()).as("sticker by asset").isTrue();
        JsonNode stats = stats(api, fan);
        assertThat(stats.get("totalNfts").asLong()).as("still owned").isEqualTo(1);
        assertThat(stats.get("expiredMemberships").asLong()).isEqualTo(1);
        JsonNode entry = fanEntry(api, creator, fan);
        assertThat(entry.get("nftCount").asLong()).isEqualTo(1);
        assertThat(entry.get("expiredMemberships").asLong()).isEqualTo(1);
    }

    private static JsonNode stats(Api api, DevWallet fan) {
        return api.get("/fan/" + fan.address() + "/stats").body();
    }

    private static JsonNode fanEntry(Api api, DevWallet creator, DevWallet fan) {
        JsonNode board = api.get("/leaderboard/" + creator.address()).body();
        return StreamSupport.stream(board.get("leaderboard").spliterator(), false)
                .filter(e -> e.get("fanWallet").asText().equals(fan.address().value()))
                .findFirst().orElseThrow(() -> new AssertionError("fan not on the leaderboard: " + board));
    }
}
