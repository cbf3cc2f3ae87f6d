package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A fan's side of the API on real signed transactions: two tips become two pending stickers; one is claimed
 * after an opt-in prepared by the API, the other is claimed without one. Plus the read endpoints' shapes.
 */
class FanApiTest extends PlatformHttpTest {
    DevWallet creator;
    DevWallet fan;
    Reply tipSubmission;
    List<JsonNode> pending;

    @BeforeAll
    void twoTipsWaitForTheFansOptIn() {
        creator = DevWallet.generate();
        Reply registered = as(creator).post("/creator/register", Map.of("walletAddress", creator.address().value(),
                "minTipAlgo", 1));
        AppId app = AppId.of(registered.body().path("appId").asLong());
        assertThat(as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "tip_threshold", "1"), PNG).status()).isEqualTo(201);
        fan = DevWallet.generate();
        assertThat(as(fan).post("/simulate/fund-wallet", Map.of("walletAddress", fan.address().value(),
                "amountAlgo", 10)).status()).isEqualTo(200);
        tipSubmission = tip(app, "first");
        tip(app, "second");
        pending = awaitPending(2);
    }

    @Test
    void submittingAGroupAnswersEveryTxId() {
        assertThat(tipSubmission.status()).as(tipSubmission.toString()).isEqualTo(200);
        assertThat(tipSubmission.body().path("txIds")).hasSize(2);
        assertThat(tipSubmission.body().path("txId").asText())
                .isEqualTo(tipSubmission.body().path("txIds").get(0).asText());
    }

    @Test
    void claimingWithoutOptInIs400NamingTheAsset() {
        JsonNode sticker = pending.get(1);
        JsonNode problem = assertProblem(as(fan).post(claimPath(sticker), Map.of()), 400, "not-opted-in");
        assertThat(problem.path("assetId").asLong()).isEqualTo(sticker.path("assetId").asLong());
    }

    @Test
    void optInThenClaimDeliversTheSticker() {
        JsonNode sticker = pending.get(0);
        long assetId = sticker.path("assetId").asLong();
        Reply prepared = as(fan).post("/nft/optin", Map.of("asset_id", assetId, "fan_wallet", fan.address().value()));
        assertThat(prepared.status()).as(prepared.toString()).isEqualTo(200);
        assertThat(prepared.body().path("assetId").asLong()).isEqualTo(assetId);
        assertThat(prepared.body().path("fanWallet").asText()).isEqualTo(fan.address().value());

        byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.body().path("unsignedTxn").asText()));
        Reply submitted = post("/submit", Map.of("signed_txn", Base64.getEncoder().encodeToString(signed)));
        assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
        assertThat(submitted.body().path("txId").asText()).hasSize(52);
        awaitOptIn(AssetId.of(assetId));

        Reply claimed = as(fan).post(claimPath(sticker), Map.of());
        assertThat(claimed.status()).as(claimed.toString()).isIn(200, 202);
        assertThat(claimed.body().path("assetId").asLong()).isEqualTo(assetId);
        if (claimed.status() == 200) {
            assertThat(claimed.body().path("status").asText()).isEqualTo("delivered");
            assertThat(claimed.body().path("txId").asText()).hasSize(52);
        } else {
            assertThat(claimed.body().path("status").asText()).isEqualTo("delivering");
        }
    }

    @Test
    void claimsOfUnknownOrSomeoneElsesStickersAre404() {
        assertProblem(as(fan).post("/fan/" + fan.address() + "/claim/999999", Map.of()), 404, "not-found");
        assertProblem(as(STRANGER_WALLET).post("/fan/" + STRANGER + "/claim/" + pending.get(1).path("id").asLong(),
                Map.of()), 404, "not-found");
    }

    @Test
    void optInToAnAssetThatDoesNotExistIs404() {
        assertProblem(as(fan).post("/nft/optin", Map.of("assetId", 987654321, "fanWallet", fan.address().value())),
                404, "not-found");
    }

    @Test
    void transactionsTheChainRefusesAre400WithItsReason() {
        String garbage = Base64.getEncoder().encodeToString(new byte[] {1, 2, 3, 4});
        JsonNode problem = assertProblem(post("/submit", Map.of("signedTxn", garbage)), 400, "transaction-rejected");
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(assertInvalid(post("/submit", Map.of("signedTxn", "***not base64***")), "signedTxn"))
                .contains("base64");
    }

    @Test
    void pendingInventoryAndStickerShapes() {
        JsonNode sticker = pending.get(0);
        assertThat(sticker.path("stickerType").asText()).isEqualTo("soulbound");
        assertThat(sticker.path("category").asText()).isEqualTo("tip");
        assertThat(sticker.path("ownerWallet").asText()).isEqualTo(fan.address().value());
        assertThat(sticker.path("creatorWallet").asText()).isEqualTo(creator.address().value());
        assertThat(sticker.path("templateName").asText()).isEqualTo("Thanks");
        assertThat(sticker.path("mintedAt").asText()).endsWith("Z");

        JsonNode page = get("/fan/" + fan.address() + "/inventory?limit=1").body();
        assertThat(page.path("nfts")).hasSize(1);
        assertThat(page.path("totalCount").asLong()).isEqualTo(2);
        // both are listed, but the one waiting for opt-in is not owned yet
        assertThat(page.path("totalSoulbound").asLong()).isEqualTo(1);
        assertThat(page.path("hasMore").asBoolean()).isTrue();
        JsonNode next = get("/nft/inventory/" + fan.address() + "?limit=1&cursor=" + page.path("nextCursor").asText())
                .body();
        assertThat(next.path("nfts")).hasSize(1);
        assertThat(next.path("nextCursor").isNull()).isTrue();

        Reply byAsset = get("/nft/" + sticker.path("assetId").asLong());
        assertThat(byAsset.status()).isEqualTo(200);
        assertThat(byAsset.body().path("id").asLong()).isEqualTo(sticker.path("id").asLong());
        assertProblem(get("/nft/987654321"), 404, "not-found");
    }

    @Test
    void statsLeaderboardsAndOddsShowTheTips() {
        JsonNode stats = get("/fan/" + fan.address() + "/stats").body();
        assertThat(stats.path("totalTips").asLong()).isEqualTo(2);
        assertThat(stats.path("totalSpentMicroAlgos").asLong()).isEqualTo(4_000_000);
        assertThat(stats.path("totalSpentAlgo").asText()).isEqualTo("4.000000");
        assertThat(stats.path("recentTips")).hasSize(2);

        JsonNode board = get("/leaderboard/" + creator.address()).body();
        assertThat(board.path("totalFans").asLong()).isEqualTo(1);
        assertThat(board.path("leaderboard").get(0).path("fanWallet").asText()).isEqualTo(fan.address().value());
        assertThat(board.path("leaderboard").get(0).path("totalAlgo").asText()).isEqualTo("4.000000");
        JsonNode top = get("/leaderboard/global/top-creators?limit=5").body();
        assertThat(top.path("leaderboard").get(0).path("creatorWallet").asText()).isEqualTo(creator.address().value());

        JsonNode odds = get("/fan/" + fan.address() + "/golden-odds?amount_algo=10&creator=" + creator.address())
                .body();
        assertThat(odds.path("tipAmountMicroAlgos").asLong()).isEqualTo(10_000_000);
        // the creator has only a soulbound template: certainly not golden, and no promise of chance
        assertThat(odds.path("golden").asBoolean()).isFalse();
        assertThat(odds.path("totalBps").asInt()).isZero();
        assertThat(odds.path("triggerInterval").isNull()).isTrue();
        assertThat(odds.path("notice").asText()).contains("No chance");
    }

    private Reply tip(AppId app, String memo) {
        JsonNode p = get("/params").body();
        var params = new TxParams(MicroAlgos.of(p.path("minFee").asLong()), 0, Round.of(p.path("firstValidRound").asLong()),
                Round.of(p.path("lastValidRound").asLong()), p.path("genesisId").asText(), p.path("genesisHash").asText());
        List<String> group = fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), memo, params).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        Reply reply = post("/submit-group", Map.of("signed_txns", group));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        return reply;
    }

    private List<JsonNode> awaitPending(int count) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonNode body = get("/fan/" + fan.address() + "/pending").body();
            if (body.path("pending").size() >= count) {
                List<JsonNode> stickers = new java.util.ArrayList<>();
                body.path("pending").forEach(stickers::add);
                return stickers;
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("stickers not minted in time: " + get("/fan/" + fan.address() + "/pending"));
    }

    private void awaitOptIn(AssetId asset) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!platform.ledger().account(fan.address()).isOptedIn(asset) && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
    }

    private String claimPath(JsonNode sticker) {
        return "/fan/" + fan.address() + "/claim/" + sticker.path("id").asLong();
    }
}
