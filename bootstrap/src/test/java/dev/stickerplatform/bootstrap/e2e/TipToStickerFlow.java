package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.simulated.AppCallResult;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.SignerRole;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The whole product through HTTP on a running embedded platform, with real algosdk-signed transactions: a creator
 * registers and uploads templates, a fan tips, the listener records the tip, a worker mints the right sticker,
 * and it reaches the fan after the fan's opt-in — automatically, or through a claim. The end-to-end tests run it
 * on platforms whose signers differ; each step is asserted on the way.
 */
final class TipToStickerFlow {
    static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    private final Platform platform;
    private final Api api;

    TipToStickerFlow(Platform platform) {
        this.platform = platform;
        this.api = new Api(platform.baseUrl());
    }

    /** What the flow left on chain: the creator's TipProxy (and the transaction that created it), both stickers. */
    record Outcome(AppId app, TxId appCreation, AssetId soulbound, AssetId golden) {
    }

    /** An embedded platform (random port, 100 ms blocks) whose signers are configured by {@code signerSettings}. */
    static Platform startWithSigners(Map<String, String> signerSettings) {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        return Platform.start(config.withOperations(config.operations().withSignerSettings(signerSettings)));
    }

    /** The address that signs for {@code role} on {@code platform}. */
    static Address signer(Platform platform, SignerRole role) {
        return platform.services().ports().signers().forRole(role).address();
    }

    /**
     * Runs the flow and checks who signed what: {@code deployer} created the TipProxy, {@code minter} created both
     * stickers and is the soulbound one's clawback.
     */
    Outcome runSignedBy(Address deployer, Address minter) {
        Outcome outcome = run();
        AppCallResult creation = platform.ledger().appCall(outcome.appCreation()).orElseThrow();
        assertThat(creation.app()).isEqualTo(outcome.app());
        assertThat(creation.sender()).as("the TipProxy's creator").isEqualTo(deployer);
        AssetInfo soulbound = platform.ledger().asset(outcome.soulbound()).orElseThrow();
        assertThat(soulbound.creator()).as("the soulbound sticker's creator").isEqualTo(minter);
        assertThat(soulbound.clawback()).as("the soulbound sticker's clawback").isEqualTo(minter);
        AssetInfo golden = platform.ledger().asset(outcome.golden()).orElseThrow();
        assertThat(golden.creator()).as("the golden sticker's creator").isEqualTo(minter);
        return outcome;
    }

    Outcome run() {
        DevWallet creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        AppId app = AppId.of(registered.body().get("appId").asLong());

        assertThat(template(creator, "Thanks", "soulbound", "1").status()).isEqualTo(201);
        assertThat(template(creator, "Shiny", "golden", "5").status()).isEqualTo(201);

        DevWallet fan = DevWallet.generate();
        Api.Reply funded = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "10"));
        assertThat(funded.status()).as(funded.body().toString()).isEqualTo(200);

        // 2 ALGO → the soulbound template (threshold 1); delivered automatically once the fan opts in
        submitTip(fan, app, creator.address(), MicroAlgos.ofAlgo(2), "great stream!");
        JsonNode soulbound = awaitSticker(fan, s -> s.get("stickerType").asText().equals("soulbound"));
        assertThat(soulbound.get("deliveryStatus").asText()).isEqualTo("pending_optin");
        optIn(fan, soulbound.get("assetId").asLong());
        JsonNode delivered = awaitSticker(fan, s -> s.get("assetId").asLong() == soulbound.get("assetId").asLong()
                && s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(delivered.get("txId").isTextual()).isTrue();
        assertThat(platform.ledger().account(fan.address()).assets()).hasEntrySatisfying(
                AssetId.of(soulbound.get("assetId").asLong()),
                holding -> assertThat(holding.amount()).isEqualTo(1));

        // 6 ALGO → the golden template (highest threshold met); the fan claims after opting in
        submitTip(fan, app, creator.address(), MicroAlgos.ofAlgo(6), "");
        JsonNode golden = awaitSticker(fan, s -> s.get("stickerType").asText().equals("golden"));
        optIn(fan, golden.get("assetId").asLong());
        Api.Reply claimed = api.as(fan).post("/fan/" + fan.address() + "/claim/" + golden.get("id").asLong(),
                Map.of());
        assertThat(claimed.status()).as(claimed.body().toString()).isEqualTo(200);
        assertThat(claimed.body().get("status").asText()).isEqualTo("delivered");

        JsonNode inventory = api.get("/fan/" + fan.address() + "/inventory").body();
        assertThat(inventory.get("totalCount").asLong()).isEqualTo(2);
        JsonNode stats = api.get("/fan/" + fan.address() + "/stats").body();
        assertThat(stats.get("totalTips").asLong()).isEqualTo(2);
        assertThat(stats.get("totalNfts").asLong()).isEqualTo(2);
        JsonNode board = api.get("/leaderboard/" + creator.address()).body();
        assertThat(board.get("leaderboard").get(0).get("fanWallet").asText()).isEqualTo(fan.address().value());
        JsonNode dashboard = api.get("/creator/" + creator.address() + "/dashboard").body();
        assertThat(dashboard.get("totalStickersMinted").asLong()).isEqualTo(2);
        assertThat(platform.ledger().account(creator.address()).balance()).isEqualTo(MicroAlgos.ofAlgo(8));
        return new Outcome(app, TxId.of(registered.body().get("txId").asText()),
                AssetId.of(soulbound.get("assetId").asLong()), AssetId.of(golden.get("assetId").asLong()));
    }

    private Api.Reply template(DevWallet creator, String name, String type, String threshold) {
        return template(creator, name, type, "tip", threshold);
    }

    private Api.Reply template(DevWallet creator, String name, String type, String category, String threshold) {
        return api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", name, "sticker_type", type, "category", category, "tip_threshold", threshold), PNG);
    }

    /** Registers {@code creator} (minimum tip 1 ALGO) with one soulbound template from 1 ALGO: its TipProxy. */
    AppId registerWithSoulboundTemplate(DevWallet creator, String templateName, String category) {
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(template(creator, templateName, "soulbound", category, "1").status()).isEqualTo(201);
        return AppId.of(registered.body().get("appId").asLong());
    }

    /** The fan signs a tip group (payment + app call) and submits it through the API. */
    void submitTip(DevWallet fan, AppId app, Address creator, MicroAlgos amount, String memo) {
        List<String> group = fan.signTip(app, creator, amount, memo, params()).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns", group));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    /** The fan opts in to the asset through the API (prepare, sign, submit) and waits for it to confirm. */
    void optIn(DevWallet fan, long assetId) {
        Api.Reply prepared = api.as(fan).post("/nft/optin", Map.of("assetId", assetId, "fanWallet",
                fan.address().value()));
        assertThat(prepared.status()).as(prepared.body().toString()).isEqualTo(200);
        byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.body().get("unsignedTxn").asText()));
        Api.Reply submitted = api.post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        // like a wallet, wait for the opt-in to confirm before going on
        Instant deadline = Instant.now().plusSeconds(10);
        var asset = AssetId.of(assetId);
        while (!platform.ledger().account(fan.address()).isOptedIn(asset) && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
    }

    /** The suggested parameters as a wallet gets them: {@code GET /params}. */
    TxParams params() {
        JsonNode p = api.get("/params").body();
        return new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound").asLong()),
                Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(), p.get("genesisHash").asText());
    }

    /** Polls the fan's inventory until a sticker matches (the pipeline is asynchronous by design). */
    JsonNode awaitSticker(DevWallet fan, Predicate<JsonNode> match) {
        Instant deadline = Instant.now().plusSeconds(20);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sticker : api.get("/fan/" + fan.address() + "/inventory").body().get("nfts")) {
                if (match.test(sticker)) {
                    return sticker;
                }
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no matching sticker within 20 s: "
                + api.get("/fan/" + fan.address() + "/inventory").body());
    }
}
