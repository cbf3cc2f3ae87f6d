package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Stickers that do not come from a fan's tip, through HTTP on the embedded platform: an administrator's grant and a
 * creator's bulk grant (minted and delivered by the pipeline, shown with their origin), and an administrator's
 * transfer of a held golden sticker, redirected at once within the value policy or after an approval above it.
 */
class GrantsAndTransfersEndToEndTest {
    final DevWallet operator = DevWallet.generate();
    final DevWallet creator = DevWallet.generate();
    Platform platform;
    Api api;
    TipToStickerFlow flow;

    @BeforeEach
    void start() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        platform = Platform.start(config.withAuth(config.auth().withAdmins(Set.of(operator.address())))
                .withStickerOrigins(config.stickerOrigins().withTransferApprovalAbove(MicroAlgos.ofAlgo(5))
                        .withCreatorGrantDailyQuota(2)));
        api = new Api(platform.baseUrl());
        flow = new TipToStickerFlow(platform);
        register();
    }

    /** Registers the creator; a 202 (still confirming on a loaded machine) is asked again, as a client would. */
    private void register() {
        Instant deadline = Instant.now().plusSeconds(30);
        Api.Reply registered;
        do {
            registered = api.as(creator).post("/creator/register",
                    Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
            if (registered.status() == 202) {
                platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
            }
        } while (registered.status() == 202 && Instant.now().isBefore(deadline));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anAdministratorsGrantIsMintedDeliveredAndShownWithItsOriginOnce() {
        long golden = template("Launch", "golden", "5");
        DevWallet fan = fundedFan();
        UUID requestId = UUID.randomUUID();
        Map<String, Object> body = Map.of("templateId", golden, "fanWallet", fan.address().value(),
                "reason", "launch gift", "requestId", requestId.toString());

        Api.Reply granted = api.as(operator).post("/nft/mint/golden", body);
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(202);
        assertThat(granted.body().get("results").get(0).get("status").asText()).isEqualTo("queued");
        JsonNode sticker = awaitSticker(fan, s -> s.get("origin").asText().equals("grant"));
        assertThat(sticker.get("grant").get("reason").asText()).isEqualTo("launch gift");
        assertThat(sticker.get("grant").get("kind").asText()).isEqualTo("admin");
        assertThat(sticker.get("grant").get("grantedBy").asText()).isEqualTo(operator.address().value());
        assertThat(sticker.get("tipTxId").isNull()).isTrue();
        assertThat(sticker.get("deliveryStatus").asText()).isEqualTo("pending_optin");

        flow.optIn(fan, sticker.get("assetId").asLong());
        JsonNode delivered = awaitSticker(fan, s -> s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(platform.ledger().account(fan.address()).assets().get(AssetId.of(delivered.get("assetId")
                .asLong())).amount()).isEqualTo(1);
        assertThat(api.get("/nft/" + delivered.get("assetId").asLong()).body().get("origin").asText())
                .isEqualTo("grant");

        // the same request again (a client retry) grants nothing more
        Api.Reply again = api.as(operator).post("/nft/mint/golden", body);
        assertThat(again.body().get("results").get(0).get("status").asText()).isEqualTo("already_granted");
        assertThat(api.get("/fan/" + fan.address() + "/inventory").body().get("totalCount").asLong()).isEqualTo(1);

        // the route's type must be the template's; fans are not administrators
        assertThat(api.as(operator).post("/nft/mint/soulbound", Map.of("templateId", golden,
                "fanWallet", fan.address().value())).status()).isEqualTo(400);
        assertThat(api.as(fan).post("/nft/mint/golden", body).status()).isEqualTo(403);
        assertThat(api.as(operator).post("/nft/mint/golden", Map.of("templateId", 999_999,
                "fanWallet", fan.address().value())).status()).isEqualTo(404);
    }

    @Test
    void aCreatorsBulkGrantReportsEachWalletWithinTheQuota() {
        long soulbound = template("Thanks", "soulbound", "1");
        DevWallet first = fundedFan();
        DevWallet second = fundedFan();
        DevWallet third = fundedFan();

        Api.Reply granted = api.as(creator).post("/creator/" + creator.address() + "/grants", Map.of(
                "templateId", soulbound, "reason", "early supporters", "fanWallets", List.of(
                        first.address().value(), second.address().value(), first.address().value(),
                        third.address().value())));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(202);
        JsonNode results = granted.body().get("results");
        assertThat(results).hasSize(4);
        assertThat(results.get(0).get("status").asText()).isEqualTo("queued");
        assertThat(results.get(1).get("status").asText()).isEqualTo("queued");
        assertThat(results.get(2).get("status").asText()).isEqualTo("already_granted");
        assertThat(results.get(3).get("status").asText()).isEqualTo("refused");
        assertThat(results.get(3).get("reason").asText()).contains("quota");
        assertThat(granted.body().get("queued").asInt()).isEqualTo(2);

        for (DevWallet fan : List.of(first, second)) {
            JsonNode sticker = awaitSticker(fan, s -> s.get("origin").asText().equals("grant"));
            assertThat(sticker.get("grant").get("kind").asText()).isEqualTo("creator");
            assertThat(sticker.get("stickerType").asText()).isEqualTo("soulbound");
        }
        assertThat(api.get("/fan/" + third.address() + "/inventory").body().get("totalCount").asLong()).isZero();

        // another creator's template, or another creator's path, is refused
        DevWallet other = DevWallet.generate();
        assertThat(api.as(other).post("/creator/" + creator.address() + "/grants", Map.of("templateId", soulbound,
                "fanWallet", first.address().value())).status()).isEqualTo(403);
        assertThat(api.as(other).post("/creator/" + other.address() + "/grants", Map.of("templateId", soulbound,
                "fanWallet", first.address().value())).status()).isEqualTo(403);
    }

    @Test
    void anAdministratorTransfersAHeldGoldenStickerWithinThePolicyAtOnce() {
        long golden = template("Shiny", "golden", "5");
        DevWallet first = fundedFan();
        DevWallet second = fundedFan();
        long asset = grantAndAwaitAsset(golden, first);

        Api.Reply notOptedIn = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(notOptedIn.status()).as(notOptedIn.body().toString()).isEqualTo(400);
        assertThat(notOptedIn.body().get("type").asText()).endsWith("/not-opted-in");

        flow.optIn(second, asset);
        Api.Reply moved = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(moved.status()).as(moved.body().toString()).isEqualTo(202);
        assertThat(moved.body().get("status").asText()).isEqualTo("delivering");

        awaitSticker(second, s -> s.get("assetId").asLong() == asset
                && s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(api.get("/fan/" + first.address() + "/inventory").body().get("totalCount").asLong()).isZero();
        assertThat(platform.ledger().account(second.address()).assets().get(AssetId.of(asset)).amount())
                .isEqualTo(1);

        // delivered now: the platform no longer holds it
        assertThat(api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", first.address().value())).status()).isEqualTo(409);
        assertThat(api.as(second).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", first.address().value())).status()).isEqualTo(403);
    }

    @Test
    void aTransferAboveThePolicyWaitsForItsApproval() {
        long golden = template("Rare", "golden", "10");
        DevWallet first = fundedFan();
        DevWallet second = fundedFan();
        long asset = grantAndAwaitAsset(golden, first);
        flow.optIn(second, asset);

        Api.Reply proposed = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(202);
        assertThat(proposed.body().get("status").asText()).isEqualTo("awaiting_approval");
        String path = "/admin/approvals/" + proposed.body().get("approvalId").asText();
        assertThat(api.as(operator).get(path).body().get("kind").asText()).isEqualTo("STICKER_TRANSFER");
        assertThat(platform.ledger().account(second.address()).assets().get(AssetId.of(asset)).amount()).isZero();
        // one transfer of a sticker waits at a time
        Api.Reply again = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(409);
        assertThat(again.body().get("detail").asText()).contains(proposed.body().get("approvalId").asText());

        Api.Reply approved = api.as(operator).post(path + "/signatures", Map.of());
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        awaitSticker(second, s -> s.get("assetId").asLong() == asset
                && s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(platform.ledger().account(second.address()).assets().get(AssetId.of(asset)).amount())
                .isEqualTo(1);
        assertThat(api.get("/fan/" + first.address() + "/inventory").body().get("totalCount").asLong()).isZero();
    }

    @Test
    void aRejectedTransferMovesNothingAndTheStickerCanBeAskedForAgain() {
        long golden = template("Rarer", "golden", "10");
        DevWallet first = fundedFan();
        DevWallet second = fundedFan();
        long asset = grantAndAwaitAsset(golden, first);
        flow.optIn(second, asset);
        Api.Reply proposed = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(proposed.status()).as(proposed.body().toString()).isEqualTo(202);
        String path = "/admin/approvals/" + proposed.body().get("approvalId").asText();

        Api.Reply rejected = api.as(operator).post(path + "/reject", Map.of("reason", "wrong wallet"));
        assertThat(rejected.status()).as(rejected.body().toString()).isEqualTo(200);
        assertThat(rejected.body().get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.body().get("lastError").asText()).contains("wrong wallet");

        // never signed, never submitted: nothing moves, and the sticker is still the platform's to transfer
        assertThat(api.as(operator).post(path + "/signatures", Map.of()).status()).isEqualTo(409);
        assertThat(api.as(operator).post(path + "/reject", Map.of()).status()).isEqualTo(409);
        assertThat(platform.ledger().account(second.address()).assets().get(AssetId.of(asset)).amount()).isZero();
        Api.Reply again = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(again.status()).as(again.body().toString()).isEqualTo(202);
        assertThat(again.body().get("approvalId").asText()).isNotEqualTo(proposed.body().get("approvalId").asText());
        assertThat(api.as(operator).post("/admin/approvals/" + java.util.UUID.randomUUID() + "/reject", Map.of())
                .status()).isEqualTo(404);
        assertThat(api.as(first).post(path + "/reject", Map.of()).status()).isEqualTo(403);
    }

    @Test
    void soulboundStickersAreNeverTransferred() {
        long soulbound = template("Bound", "soulbound", "1");
        DevWallet first = fundedFan();
        DevWallet second = fundedFan();
        long asset = grantAndAwaitAsset(soulbound, first);
        Api.Reply refused = api.as(operator).post("/nft/transfer", Map.of("assetId", asset,
                "receiverWallet", second.address().value()));
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(409);
        assertThat(api.as(operator).post("/nft/transfer", Map.of("assetId", 123_456_789,
                "receiverWallet", second.address().value())).status()).isEqualTo(404);
    }

    private long grantAndAwaitAsset(long templateId, DevWallet fan) {
        Api.Reply granted = api.as(operator).post("/nft/mint/" + (type(templateId)), Map.of("templateId", templateId,
                "fanWallet", fan.address().value(), "reason", "test"));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(202);
        return awaitSticker(fan, s -> s.get("templateId").asLong() == templateId).get("assetId").asLong();
    }

    private String type(long templateId) {
        for (JsonNode t : api.get("/creator/" + creator.address() + "/templates").body().get("templates")) {
            if (t.get("id").asLong() == templateId) {
                return t.get("stickerType").asText();
            }
        }
        throw new AssertionError("no template " + templateId);
    }

    private long template(String name, String type, String threshold) {
        Api.Reply created = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", name, "sticker_type", type, "category", "tip", "tip_threshold", threshold),
                TipToStickerFlow.PNG);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body().get("id").asLong();
    }

    private DevWallet fundedFan() {
        DevWallet fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(5));
        return fan;
    }

    private JsonNode awaitSticker(DevWallet fan, Predicate<JsonNode> match) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sticker : api.get("/fan/" + fan.address() + "/inventory").body().get("nfts")) {
                if (match.test(sticker)) {
                    return sticker;
                }
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no matching sticker within 30 s: "
                + api.get("/fan/" + fan.address() + "/inventory").body());
    }
}
