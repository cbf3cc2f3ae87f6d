package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Ownership as the chain has it: a golden sticker the fan sells to a second wallet (a plain ASA transfer, outside
 * the platform) leaves the fan's inventory, stats and leaderboard entry and shows in the buyer's; a sticker still
 * waiting for opt-in is listed as pending but not counted as owned; a holder who opts out closing to another
 * wallet hands the sticker on.
 */
class StickerChangesHandsTest {
    Platform platform;
    Api api;
    TipToStickerFlow flow;
    final DevWallet creator = DevWallet.generate();
    final DevWallet fan = DevWallet.generate();
    final DevWallet buyer = DevWallet.generate();

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100)));
        api = new Api(platform.baseUrl());
        flow = new TipToStickerFlow(platform);
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(20));
        platform.ledger().fund(buyer.address(), MicroAlgos.ofAlgo(5));
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aGoldenStickerSoldToASecondWalletMovesInInventoryAndLeaderboard() throws Exception {
        AppId app = registerWithGoldenTemplate();
        flow.submitTip(fan, app, creator.address(), MicroAlgos.ofAlgo(6), "");
        JsonNode golden = flow.awaitSticker(fan, s -> s.get("stickerType").asText().equals("golden"));
        long asset = golden.get("assetId").asLong();

        // waiting for opt-in: listed as pending, not owned
        assertThat(golden.get("deliveryStatus").asText()).isEqualTo("pending_optin");
        assertThat(api.get("/fan/" + fan.address() + "/stats").body().get("totalGolden").asLong()).isZero();
        assertThat(fanEntry().get("nftCount").asLong()).isZero();

        flow.optIn(fan, asset);
        assertThat(api.as(fan).post("/fan/" + fan.address() + "/claim/" + golden.get("id").asLong(), Map.of())
                .status()).isEqualTo(200);
        assertThat(api.get("/fan/" + fan.address() + "/stats").body().get("totalGolden").asLong()).isEqualTo(1);
        assertThat(fanEntry().get("nftCount").asLong()).isEqualTo(1);

        flow.optIn(buyer, asset);
        sell(asset);

        awaitInventory(buyer, nfts -> contains(nfts, asset));
        awaitInventory(fan, nfts -> !contains(nfts, asset));
        assertThat(api.get("/nft/" + asset).body().toString()).contains(buyer.address().value());
        assertThat(fanEntry().get("nftCount").asLong()).isZero();
        assertThat(api.get("/fan/" + fan.address() + "/stats").body().get("totalGolden").asLong()).isZero();
        assertThat(api.get("/fan/" + buyer.address() + "/stats").body().get("totalGolden").asLong()).isEqualTo(1);

        // the buyer opts out, closing the holding to a collector: the close-out hands the sticker on
        DevWallet collector = DevWallet.generate();
        platform.ledger().fund(collector.address(), MicroAlgos.ofAlgo(5));
        flow.optIn(collector, asset);
        send(buyer, collector, asset, 0, collector);

        awaitInventory(collector, nfts -> contains(nfts, asset));
        awaitInventory(buyer, nfts -> !contains(nfts, asset));
        assertThat(api.get("/fan/" + buyer.address() + "/stats").body().get("totalGolden").asLong()).isZero();
        assertThat(api.get("/fan/" + collector.address() + "/stats").body().get("totalGolden").asLong())
                .isEqualTo(1);
        assertThat(platform.ledger().account(buyer.address()).assets()).doesNotContainKey(
                dev.stickerplatform.domain.model.AssetId.of(asset));
    }

    private AppId registerWithGoldenTemplate() {
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(api.as(creator).upload("/creator/" + creator.address() + "/sticker-template", Map.of("name",
                "Shiny", "sticker_type", "golden", "category", "tip", "tip_threshold", "5"), TipToStickerFlow.PNG)
                .status()).isEqualTo(201);
        return AppId.of(registered.body().get("appId").asLong());
    }

    /** The fan sends the sticker's unit to the buyer with a plain asset transfer signed by the fan's wallet. */
    private void sell(long asset) throws Exception {
        send(fan, buyer, asset, 1, null);
    }

    /** A plain asset transfer signed by {@code from}'s wallet, closing its holding to {@code closeTo} if set. */
    private void send(DevWallet from, DevWallet to, long asset, long amount, DevWallet closeTo) throws Exception {
        var params = flow.params();
        var builder = Transaction.AssetTransferTransactionBuilder();
        if (closeTo != null) {
            builder.assetCloseTo(new com.algorand.algosdk.crypto.Address(closeTo.address().publicKey()));
        }
        Transaction txn = builder
                .sender(new com.algorand.algosdk.crypto.Address(from.address().publicKey()))
                .assetReceiver(new com.algorand.algosdk.crypto.Address(to.address().publicKey()))
                .assetIndex(asset).assetAmount(amount)
                .flatFee(params.minFee().value())
                .firstValid(params.firstValid().value()).lastValid(params.lastValid().value())
                .genesisID(params.genesisId())
                .genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())))
                .build();
        byte[] signed = from.signPrepared(Encoder.encodeToMsgPack(txn));
        Api.Reply submitted = api.post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    private JsonNode fanEntry() {
        JsonNode board = api.get("/leaderboard/" + creator.address()).body();
        return StreamSupport.stream(board.get("leaderboard").spliterator(), false)
                .filter(entry -> entry.get("fanWallet").asText().equals(fan.address().value()))
                .findFirst().orElseThrow(() -> new AssertionError("fan not on the leaderboard: " + board));
    }

    private void awaitInventory(DevWallet wallet, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode nfts = api.get("/fan/" + wallet.address() + "/inventory").body().get("nfts");
        while (!done.test(nfts) && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
            nfts = api.get("/fan/" + wallet.address() + "/inventory").body().get("nfts");
        }
        assertThat(done).as(nfts.toString()).accepts(nfts);
    }

    private static boolean contains(JsonNode nfts, long asset) {
        return StreamSupport.stream(nfts.spliterator(), false).anyMatch(n -> n.get("assetId").asLong() == asset);
    }
}
