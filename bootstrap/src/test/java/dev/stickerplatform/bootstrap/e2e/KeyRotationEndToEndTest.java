package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.kms.InMemoryAuditLog;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.kms.RoleKeys;
import dev.stickerplatform.adapters.kms.SignerFactory;
import dev.stickerplatform.application.keys.RotateSignerService;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.SignerKeys;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.NotAuthorizedException;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.SwitchingSigner;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 7 item 4's acceptance: the MINTER key is rotated by rekeying while the embedded platform runs. A sticker
 * minted with the old key is delivered after the rotation, a sticker minted after it is delivered too, the account
 * and every sticker's clawback stay the same, the ledger refuses the old key and accepts the new one — and the
 * platform switched keys without a restart.
 */
class KeyRotationEndToEndTest {
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] currentSeed = seed();
    private final byte[] nextSeed = seed();
    private final Map<String, String> settings = Map.of("MINTER_SIGNER", "local",
            "MINTER_SEED_HEX", HexFormat.of().formatHex(currentSeed), "NEXT_MINTER_SIGNER", "local",
            "NEXT_MINTER_SEED_HEX", HexFormat.of().formatHex(nextSeed));
    private final Address account = LocalKeySigner.fromSeed(currentSeed).address();
    private final Address newKey = LocalKeySigner.fromSeed(nextSeed).address();
    private Platform platform;
    private Api api;

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
    }

    @Test
    void theMinterKeyIsRotatedWhileThePlatformRunsAndStickersKeepComing() {
        start(settings);
        Signer minter = platform.services().ports().signers().forRole(SignerRole.MINTER);
        assertThat(minter).isInstanceOf(SwitchingSigner.class);
        assertThat(minter.address()).isEqualTo(account);
        assertThat(minter.authAddress()).isEqualTo(account);
        DevWallet creator = DevWallet.generate();
        AppId app = register(creator);
        DevWallet fan = fundedFan();

        tip(fan, app, creator.address(), "before the rotation");
        JsonNode before = awaitSticker(fan, s -> true);
        AssetId mintedBefore = AssetId.of(before.get("assetId").asLong());
        assertThat(platform.ledger().asset(mintedBefore).orElseThrow().clawback()).isEqualTo(account);

        String printed = rotateMinter();

        assertThat(printed).contains("rotated: the rekey", "MINTER_SIGNER=local",
                "MINTER_SEED_HEX=<the value of NEXT_MINTER_SEED_HEX>", "MINTER_ACCOUNT=" + account)
                .doesNotContain(HexFormat.of().formatHex(currentSeed)).doesNotContain(HexFormat.of().formatHex(nextSeed));
        assertThat(platform.ledger().account(account).authAddress()).isEqualTo(newKey);
        assertThat(platform.ledger().asset(mintedBefore).orElseThrow().clawback()).isEqualTo(account);
        assertThat(platform.ledger().asset(mintedBefore).orElseThrow().manager()).isEqualTo(account);

        // the sticker minted with the old key is clawed back to the fan, now signed by the new key
        optIn(fan, mintedBefore);
        awaitSticker(fan, s -> s.get("assetId").asLong() == mintedBefore.value()
                && s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(minter.authAddress()).isEqualTo(newKey);

        // a sticker minted after the rotation: same account, same clawback, delivered
        tip(fan, app, creator.address(), "after the rotation");
        JsonNode after = awaitSticker(fan, s -> s.get("assetId").asLong() != mintedBefore.value());
        AssetId mintedAfter = AssetId.of(after.get("assetId").asLong());
        assertThat(platform.ledger().asset(mintedAfter).orElseThrow().clawback()).isEqualTo(account);
        assertThat(platform.ledger().asset(mintedAfter).orElseThrow().creator()).isEqualTo(account);
        optIn(fan, mintedAfter);
        awaitSticker(fan, s -> s.get("assetId").asLong() == mintedAfter.value()
                && s.get("deliveryStatus").asText().equals("delivered"));
        assertThat(platform.ledger().account(fan.address()).assets().get(mintedAfter).amount()).isEqualTo(1);
    }

    @Test
    void afterTheRotationTheLedgerRefusesTheOldKeyAndAcceptsTheNewOne() {
        start(settings);
        rotateMinter();
        Chain chain = new SimulatedChain(platform.ledger());
        Signer oldKey = LocalKeySigner.fromSeed(currentSeed);
        Signer rekeyed = TestKeys.rekeyed(account, LocalKeySigner.fromSeed(nextSeed));
        Address receiver = fundedFan().address();

        ChainWrite byOldKey = chain.sign(payment(receiver), oldKey);
        assertThatThrownBy(() -> chain.submit(byOldKey)).isInstanceOfSatisfying(NotAuthorizedException.class,
                e -> assertThat(e.reason()).contains("not authorized"));

        ChainWrite byNewKey = chain.sign(payment(receiver), rekeyed);
        chain.submit(byNewKey);
        Round start = chain.currentRound();
        chain.awaitRoundAfter(start, Duration.ofSeconds(5));
        assertThat(chain.status(byNewKey.txId(), byNewKey.lastValid())).isInstanceOf(TxStatus.Confirmed.class);
    }

    @Test
    void aPlatformWhoseAccountIsSignedForByNeitherKeyRefusesToStart() {
        Address stranger = TestKeys.newAddress();
        Map<String, String> wrongAccount = new HashMap<>(settings);
        wrongAccount.put("MINTER_ACCOUNT", stranger.value());

        assertThatThrownBy(() -> start(wrongAccount)).hasMessageContaining("MINTER: account " + stranger)
                .hasMessageContaining(account.value()).hasMessageContaining(newKey.value());
    }

    private void start(Map<String, String> signerSettings) {
        PlatformConfig embedded = PlatformConfig.embedded();
        platform = Platform.start(embedded.withPort(0).withBlockTime(Duration.ofMillis(100))
                .withOperations(embedded.operations().withSignerSettings(signerSettings)));
        api = new Api(platform.baseUrl());
    }

    private String rotateMinter() {
        return rotate(platform, SignerRole.MINTER, settings);
    }

    /**
     * What {@code keys rotate --role <role>} does, with its own signer factory as in its own process, against the
     * platform's simulated ledger; fails unless the account ends on the new key. Returns what it printed.
     */
    static String rotate(Platform platform, SignerRole role, Map<String, String> settings) {
        var out = new ByteArrayOutputStream();
        try (RoleKeys keys = new SignerFactory(new InMemoryAuditLog(), Clock.systemUTC(), RANDOM)
                .open(role, settings)) {
            int exit = SignerKeys.rotate(new SimulatedChain(platform.ledger()), keys, settings,
                    new RotateSignerService.Config(10, Duration.ofSeconds(2)),
                    new PrintStream(out, true, StandardCharsets.UTF_8));
            assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    private AppId register(DevWallet creator) {
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        Api.Reply template = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG);
        assertThat(template.status()).as(template.body().toString()).isEqualTo(201);
        return AppId.of(registered.body().get("appId").asLong());
    }

    private DevWallet fundedFan() {
        DevWallet fan = DevWallet.generate();
        Api.Reply funded = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "10"));
        assertThat(funded.status()).as(funded.body().toString()).isEqualTo(200);
        return fan;
    }

    private void tip(DevWallet fan, AppId app, Address creator, String memo) {
        new TipToStickerFlow(platform).submitTip(fan, app, creator, MicroAlgos.ofAlgo(2), memo);
    }

    private void optIn(DevWallet fan, AssetId asset) {
        new TipToStickerFlow(platform).optIn(fan, asset.value());
    }

    private TxnRequest payment(Address receiver) {
        return new TxnRequest.Payment(account, receiver, MicroAlgos.of(1_000), null, null);
    }

    private JsonNode awaitSticker(DevWallet fan, Predicate<JsonNode> match) {
        return new TipToStickerFlow(platform).awaitSticker(fan, match);
    }

    private static byte[] seed() {
        byte[] seed = new byte[32];
        RANDOM.nextBytes(seed);
        return seed;
    }
}
