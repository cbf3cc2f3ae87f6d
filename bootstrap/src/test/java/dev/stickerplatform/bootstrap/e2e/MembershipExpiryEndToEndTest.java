package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.Platform;
import dev.stickerplatform.bootstrap.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Through HTTP on the embedded platform: a membership sticker past its expiry stays in the fan's wallet and is marked
 * expired in every view that shows it — the inventory, the sticker by asset, the fan's stats and the creator's
 * leaderboard — at the server's clock.
 */
class MembershipExpiryEndToEndTest {
    final StickerExpiryEndToEndTest.JumpingClock clock = new StickerExpiryEndToEndTest.JumpingClock();
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
    void anExpiredMembershipIsMarkedExpiredInEveryView() {
        Api api = new Api(platform.baseUrl());
        var flow = new TipToStickerFlow(platform);
        DevWallet creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(api.as(creator).upload("/creator/" + creator.address() + "/sticker-template", Map.of("name",
                "Silver club", "sticker_type", "soulbound", "category", "membership_silver", "tip_threshold", "1"),
                TipToStickerFlow.PNG).status()).isEqualTo(201);
        DevWallet fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(20));
        flow.submitTip(fan, AppId.of(registered.body().get("appId").asLong()), creator.address(),
                MicroAlgos.ofAlgo(12), "MEMBERSHIP:SILVER");
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
