package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipEvent;

import dev.stickerplatform.domain.model.TxId;

import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.SignerRole;

import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform fee and the self-tip rule end to end, through HTTP on the embedded platform and its simulated ledger:
 * a tip splits between creator and treasury exactly as the event says, the platform tips on a fan's behalf
 * (tip_for) and the fan gets the sticker, a creator's tip to their own jar is refused by the contract — and one to a
 * version 1 app, which still accepts it, is ignored by the listener. The same split runs on the AVM emulator in the
 * contract vectors ({@code tip_with_memo}, {@code tip_fee_percentage_above_floor}, {@code tip_for_by_platform}).
 */
class PlatformFeeEndToEndTest {
    private static final PlatformFee FEE = new PlatformFee(500, MicroAlgos.of(102_000));
    private static final MicroAlgos TREASURY_START = MicroAlgos.of(100_000);

    private final Address treasury = TestKeys.newAddress();
    private Platform platform;
    private Api api;
    private TipToStickerFlow flow;

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withPlatformFee(FEE, treasury));
        platform.ledger().fund(treasury, TREASURY_START);
        api = new Api(platform.baseUrl());
        flow = new TipToStickerFlow(platform);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aTipWithFeesPaysCreatorAndTreasuryExactlyWhatTheEventSays() {
        JsonNode terms = api.get("/contract/info?name=tip_proxy").body().get("newDeployments");
        assertThat(terms.get("contractVersion").asInt()).isEqualTo(2);
        assertThat(terms.get("platformFee").get("basisPoints").asInt()).isEqualTo(500);
        assertThat(terms.get("platformFee").get("floorMicroAlgos").asLong()).isEqualTo(102_000);
        assertThat(terms.get("platformFee").get("treasury").asText()).isEqualTo(treasury.value());
        DevWallet creator = DevWallet.generate();
        AppId app = register(creator);
        DevWallet fan = fundedFan();

        List<TxId> tip = submit(fan.signTip(app, creator.address(),
                new Address(terms.get("platformFee").get("treasury").asText()), MicroAlgos.of(3_000_000), "split",
                params()));

        flow.awaitSticker(fan, sticker -> true);
        assertThat(event(tip)).isEqualTo(TipEvent.withFee(fan.address(), MicroAlgos.of(3_000_000),
                MicroAlgos.of(150_000), "split"));
        assertThat(balance(creator.address())).isEqualTo(MicroAlgos.of(2_850_000));
        assertThat(balance(treasury)).isEqualTo(TREASURY_START.plus(MicroAlgos.of(150_000)));
        assertThat(balance(fan.address())).isEqualTo(MicroAlgos.ofAlgo(10).minus(MicroAlgos.of(3_000_000 + 4_000)));
        JsonNode onChain = api.get("/creator/" + creator.address() + "/contract/stats").body();
        assertThat(onChain.get("totalAmountMicroAlgos").asLong()).isEqualTo(3_000_000);
        assertThat(onChain.get("feeBasisPoints").asInt()).isEqualTo(500);
        assertThat(onChain.get("feeFloorMicroAlgos").asLong()).isEqualTo(102_000);
        assertThat(onChain.get("treasuryAddress").asText()).isEqualTo(treasury.value());
        assertThat(onChain.get("contractVersion").asLong()).isEqualTo(2);
        JsonNode stats = api.get("/fan/" + fan.address() + "/stats").body();
        assertThat(stats.get("totalTips").asLong()).isEqualTo(1);
    }

    @Test
    void aMinimumTipNotAboveTheFeeFloorIsRefusedAtRegistration() {
        DevWallet creator = DevWallet.generate();

        Api.Reply refused = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "0.1"));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("above the platform fee floor of 0.102 ALGO");
        assertThat(api.get("/creator/" + creator.address() + "/contract").status()).isEqualTo(404);
    }

    @Test
    void thePlatformTipsOnAFansBehalfAndTheFanGetsTheSticker() {
        DevWallet creator = DevWallet.generate();
        AppId app = register(creator);
        DevWallet fan = DevWallet.generate();
        var admin = platform.services().ports().signers().forRole(SignerRole.ADMIN);

        List<TxId> tip = platform.services().ports().chain().submitSigned(PlatformTipFor.sign(admin, app,
                creator.address(), treasury, fan.address(), MicroAlgos.of(2_000_000), "paid by card", params()));

        JsonNode sticker = flow.awaitSticker(fan, s -> true);
        assertThat(sticker.get("deliveryStatus").asText()).isEqualTo("pending_optin");
        assertThat(event(tip)).isEqualTo(TipEvent.withFee(fan.address(), MicroAlgos.of(2_000_000),
                MicroAlgos.of(102_000), "paid by card"));
        assertThat(balance(creator.address())).isEqualTo(MicroAlgos.of(1_898_000));
        assertThat(balance(treasury)).isEqualTo(TREASURY_START.plus(MicroAlgos.of(102_000)));
        assertThat(balance(fan.address())).as("the fan paid nothing on chain").isEqualTo(MicroAlgos.ZERO);
    }

    @Test
    void aCreatorsTipToTheirOwnJarIsRefusedByTheContractAndMintsNothing() {
        DevWallet creator = DevWallet.generate();
        AppId app = register(creator);
        platform.ledger().fund(creator.address(), MicroAlgos.ofAlgo(10));

        Api.Reply refused = api.post("/submit-group", Map.of("signedTxns", base64(creator.signTip(app,
                creator.address(), treasury, MicroAlgos.ofAlgo(2), "to myself", params()))));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().toString()).contains("SELF_TIP");
        DevWallet fan = fundedFan();
        submit(fan.signTip(app, creator.address(), treasury, MicroAlgos.ofAlgo(2), "after", params()));
        flow.awaitSticker(fan, s -> true);
        assertThat(api.get("/fan/" + creator.address() + "/inventory").body().get("totalCount").asLong()).isZero();
        assertThat(api.get("/fan/" + creator.address() + "/stats").body().get("totalTips").asLong()).isZero();
    }

    @Test
    void aSelfTipToAVersion1AppIsAcceptedOnChainButIgnoredByTheListener() {
        DevWallet creator = DevWallet.generate();
        AppId app = version1TipJar(creator.address(), MicroAlgos.ofAlgo(1));
        assertThat(template(creator).status()).isEqualTo(201);
        platform.ledger().fund(creator.address(), MicroAlgos.ofAlgo(10));

        List<TxId> selfTip = submit(creator.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), "to myself",
                params()));
        assertThat(event(selfTip)).as("version 1 accepts it").isEqualTo(TipEvent.version1(creator.address(),
                MicroAlgos.ofAlgo(2), "to myself"));
        DevWallet fan = fundedFan();
        List<TxId> fanTip = submit(fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), "old app", params()));

        flow.awaitSticker(fan, s -> true);
        assertThat(event(fanTip).fee()).isEqualTo(MicroAlgos.ZERO);
        assertThat(api.get("/fan/" + creator.address() + "/inventory").body().get("totalCount").asLong()).isZero();
        assertThat(api.get("/fan/" + creator.address() + "/stats").body().get("totalTips").asLong()).isZero();
        assertThat(platform.services().ports().store().tips().find(selfTip.get(1))).isEmpty();
    }

    @Test
    void upgradingAVersion1JarDeploysVersion2AndRaisesAMinimumTipTheFeeWouldSwallow() {
        DevWallet creator = DevWallet.generate();
        AppId old = version1TipJar(creator.address(), MicroAlgos.of(100_000));

        Api.Reply upgraded = api.as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());

        assertThat(upgraded.status()).as(upgraded.body().toString()).isEqualTo(200);
        assertThat(upgraded.body().get("oldAppId").asLong()).isEqualTo(old.value());
        JsonNode stats = api.get("/creator/" + creator.address() + "/contract/stats").body();
        assertThat(stats.get("appId").asLong()).isEqualTo(upgraded.body().get("newAppId").asLong());
        assertThat(stats.get("contractVersion").asLong()).isEqualTo(2);
        assertThat(stats.get("minTipMicroAlgos").asLong()).as("just above the 102000 floor").isEqualTo(102_001);
        assertThat(stats.get("feeBasisPoints").asInt()).isEqualTo(500);
        assertThat(stats.get("treasuryAddress").asText()).isEqualTo(treasury.value());
    }

    /** Registers through the API (minimum tip 1 ALGO) and adds a soulbound template for tips of 1 ALGO. */
    private AppId register(DevWallet creator) {
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        assertThat(template(creator).status()).isEqualTo(201);
        return AppId.of(registered.body().get("appId").asLong());
    }

    private Api.Reply template(DevWallet creator) {
        return api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG);
    }

    private AppId version1TipJar(Address creator, MicroAlgos minTip) {
        return Version1TipJars.install(platform, creator, minTip);
    }

    private DevWallet fundedFan() {
        DevWallet fan = DevWallet.generate();
        platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(10));
        return fan;
    }

    private List<TxId> submit(List<byte[]> group) {
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns", base64(group)));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        List<TxId> txIds = new java.util.ArrayList<>();
        submitted.body().get("txIds").forEach(id -> txIds.add(TxId.of(id.asText())));
        return txIds;
    }

    /** The event the app call of a [pay, appl] group logged, once it is confirmed. */
    private TipEvent event(List<TxId> group) {
        TxId call = group.get(1);
        Instant deadline = Instant.now().plusSeconds(10);
        while (platform.ledger().appCall(call).isEmpty() && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        byte[] log = platform.ledger().appCall(call).orElseThrow().logs().get(0);
        return TipEvent.decode(log).orElseThrow();
    }

    private MicroAlgos balance(Address account) {
        return platform.ledger().account(account).balance();
    }

    private static List<String> base64(List<byte[]> group) {
        return group.stream().map(Base64.getEncoder()::encodeToString).toList();
    }

    private TxParams params() {
        return flow.params();
    }
}
