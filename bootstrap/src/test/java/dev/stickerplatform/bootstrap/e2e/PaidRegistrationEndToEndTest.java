package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code REGISTRATION_MODE=paid} on the simulated network: the quote, a registration and an upgrade paid by a
 * creator-signed payment checked on chain before anything is deployed, refusals (402) that change nothing, a payment
 * used once (409 for anyone else, idempotent for its own deployment), and 30 paying wallets that leave the DEPLOYER
 * no poorer.
 */
class PaidRegistrationEndToEndTest {
    /** App creation fee + TipProxy minimum balance (7 uints, 3 byte slices) + funding + funding fee. */
    private static final long QUOTE = 1_000 + 449_500 + 100_000 + 1_000;

    Platform platform;
    Api api;
    Address deployer;

    @BeforeEach
    void start() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        RateLimits defaults = RateLimits.defaults();
        platform = Platform.start(config.withMoney(config.money().withRegistrationMode(RegistrationMode.PAID))
                .withOperations(config.operations().withRateLimits(new RateLimits(
                        new Policy("register", 200, Duration.ofHours(1)), defaults.faucet(), defaults.writes(),
                        defaults.reads(), new Policy("auth", 500, Duration.ofMinutes(1))))));
        api = new Api(platform.baseUrl());
        deployer = platform.services().ports().signers().forRole(SignerRole.DEPLOYER).address();
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theQuoteIsWhatADeploymentCostsThePlatform() {
        DevWallet creator = DevWallet.generate();

        Api.Reply quote = api.get("/creator/registration/quote?wallet=" + creator.address());

        assertThat(quote.status()).as(quote.body().toString()).isEqualTo(200);
        assertThat(quote.body().get("mode").asText()).isEqualTo("paid");
        assertThat(quote.body().get("paymentRequired").asBoolean()).isTrue();
        assertThat(quote.body().get("amountMicroAlgos").asLong()).isEqualTo(QUOTE);
        assertThat(quote.body().get("amountAlgo").asText()).isEqualTo("0.551500");
        assertThat(quote.body().get("receiver").asText()).isEqualTo(deployer.value());
        assertThat(quote.body().get("note").asText()).isEqualTo("stickerplatform:deployment:" + creator.address());
        JsonNode breakdown = quote.body().get("breakdown");
        assertThat(breakdown.get("createFeeMicroAlgos").asLong()).isEqualTo(1_000);
        assertThat(breakdown.get("appMinBalanceMicroAlgos").asLong()).isEqualTo(449_500);
        assertThat(breakdown.get("fundingMicroAlgos").asLong()).isEqualTo(100_000);
        assertThat(breakdown.get("fundingFeeMicroAlgos").asLong()).isEqualTo(1_000);
        assertThat(api.get("/creator/registration/quote").status()).isEqualTo(400);
        assertThat(api.get("/creator/registration/quote?wallet=nope").status()).isEqualTo(400);
    }

    @Test
    void aRegistrationWithoutPaymentIs402WithTheQuoteAndDeploysNothing() {
        DevWallet creator = DevWallet.generate();
        MicroAlgos before = balance(deployer);

        Api.Reply refused = register(creator, null);

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(402);
        assertThat(refused.body().get("type").asText())
                .isEqualTo("https://stickerplatform.dev/problems/payment-required");
        assertThat(refused.body().get("detail").asText()).contains("paymentTxId is required");
        assertThat(refused.body().get("quote").get("amountMicroAlgos").asLong()).isEqualTo(QUOTE);
        assertThat(refused.body().get("quote").get("note").asText()).endsWith(creator.address().value());
        assertThat(api.get("/creator/" + creator.address() + "/contract").status()).isEqualTo(404);
        assertThat(balance(deployer)).isEqualTo(before);
    }

    @Test
    void aPaidRegistrationDeploysAndItsPaymentPaysForNothingElse() {
        DevWallet creator = funded();
        TxId payment = pay(creator, deployer, QUOTE, note(creator));

        Api.Reply registered = register(creator, payment);

        assertThat(registered.status()).as(registered.body().toString()).isIn(201, 202);
        JsonNode contract = awaitActive(creator.address());
        AppId app = AppId.of(contract.get("appId").asLong());
        assertThat(platform.ledger().appGlobalState(app)).isPresent();
        var recorded = platform.services().ports().store().deploymentPayments().find(payment).orElseThrow();
        assertThat(recorded.creator()).isEqualTo(creator.address());
        assertThat(recorded.amount()).isEqualTo(MicroAlgos.of(QUOTE));

        // the same request again (a client retry): the same deployment, nothing charged or deployed again
        Api.Reply again = register(creator, payment);
        assertThat(again.status()).as(again.body().toString()).isEqualTo(201);
        assertThat(again.body().get("appId").asLong()).isEqualTo(app.value());

        // another creator presenting the payment: 409, nothing deployed for them
        DevWallet other = funded();
        Api.Reply reused = register(other, payment);
        assertThat(reused.status()).as(reused.body().toString()).isEqualTo(409);
        assertThat(reused.body().get("type").asText())
                .isEqualTo("https://stickerplatform.dev/problems/payment-already-used");
        assertThat(api.get("/creator/" + other.address() + "/contract").status()).isEqualTo(404);
    }

    @Test
    void aPaymentThatIsNotTheQuotedOneIs402AndDeploysNothing() {
        DevWallet creator = funded();
        Address minter = platform.services().ports().signers().forRole(SignerRole.MINTER).address();
        DevWallet stranger = funded();
        Map<String, TxId> payments = new HashMap<>();
        payments.put("less than", pay(creator, deployer, QUOTE - 1, note(creator)));
        payments.put("note", pay(creator, deployer, QUOTE, "stickerplatform:deployment:someone-else"));
        payments.put("DEPLOYER account", pay(creator, minter, QUOTE, note(creator)));
        payments.put("sent by the creator", pay(stranger, deployer, QUOTE, note(creator)));
        MicroAlgos before = balance(deployer);

        payments.forEach((problem, payment) -> {
            Api.Reply refused = register(creator, payment);
            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(402);
            assertThat(refused.body().get("detail").asText()).contains(problem);
        });
        Api.Reply notAPayment = register(creator, dev.stickerplatform.domain.port.TestData.uniqueTxId());
        assertThat(notAPayment.status()).isEqualTo(402);
        assertThat(notAPayment.body().get("detail").asText()).contains("is not a confirmed payment");
        Api.Reply malformed = api.as(creator).post("/creator/register", Map.of("walletAddress",
                creator.address().value(), "minTipAlgo", "1", "paymentTxId", "not-a-txid"));
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().toString()).contains("paymentTxId");

        assertThat(api.get("/creator/" + creator.address() + "/contract").status()).isEqualTo(404);
        assertThat(balance(deployer)).isEqualTo(before);
        payments.values().forEach(payment -> assertThat(platform.services().ports().store().deploymentPayments()
                .find(payment)).isEmpty());
    }

    @Test
    void aPaidUpgradeDeploysOnceAndARepeatAnswersTheSameDeployment() {
        DevWallet creator = funded();
        AppId old = Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1));
        String path = "/creator/" + creator.address() + "/upgrade-contract";

        Api.Reply unpaid = api.as(creator).post(path, Map.of());
        assertThat(unpaid.status()).as(unpaid.body().toString()).isEqualTo(402);
        assertThat(api.get("/creator/" + creator.address() + "/contract").body().get("appId").asLong())
                .isEqualTo(old.value());
        Api.Reply shortPaid = api.as(creator).post(path + "?paymentTxId="
                + pay(creator, deployer, QUOTE - 1_000, note(creator)), Map.of());
        assertThat(shortPaid.status()).as(shortPaid.body().toString()).isEqualTo(402);

        TxId payment = pay(creator, deployer, QUOTE, note(creator));
        Api.Reply upgraded = api.as(creator).post(path + "?paymentTxId=" + payment, Map.of());

        assertThat(upgraded.status()).as(upgraded.body().toString()).isIn(200, 202);
        assertThat(upgraded.body().get("oldAppId").asLong()).isEqualTo(old.value());
        long newApp = upgraded.body().get("newAppId").asLong();
        JsonNode contract = awaitActive(creator.address());
        assertThat(contract.get("appId").asLong()).isEqualTo(newApp);
        Api.Reply repeated = api.as(creator).post(path + "?paymentTxId=" + payment, Map.of());
        assertThat(repeated.status()).as(repeated.body().toString()).isEqualTo(200);
        assertThat(repeated.body().get("newAppId").asLong()).isEqualTo(newApp);
        assertThat(repeated.body().get("status").asText()).isEqualTo("active");

        DevWallet other = funded();
        Version1TipJars.install(platform, other.address(), MicroAlgos.ofAlgo(1));
        Api.Reply reused = api.as(other).post("/creator/" + other.address() + "/upgrade-contract?paymentTxId="
                + payment, Map.of());
        assertThat(reused.status()).as(reused.body().toString()).isEqualTo(409);
    }

    @Test
    void thirtyPayingWalletsLeaveTheDeployerNoPoorer() {
        MicroAlgos before = balance(deployer);
        List<DevWallet> creators = new ArrayList<>();
        List<TxId> payments = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            DevWallet creator = funded();
            creators.add(creator);
            payments.add(submitPayment(creator, deployer, QUOTE, note(creator)));
        }
        payments.forEach(this::awaitConfirmed);

        for (int i = 0; i < creators.size(); i++) {
            Api.Reply reply = register(creators.get(i), payments.get(i));
            assertThat(reply.status()).as(reply.body().toString()).isIn(201, 202);
        }
        creators.forEach(creator -> awaitActive(creator.address()));

        MicroAlgos after = balance(deployer);
        assertThat(after.value()).as("the DEPLOYER received at least what the 30 deployments cost it")
                .isGreaterThanOrEqualTo(before.value());
        assertThat(after.value() - before.value()).as("received 30 quotes, spent 30 × (fees + funding)")
                .isEqualTo(30 * (QUOTE - 102_000));
    }

    private Api.Reply register(DevWallet creator, TxId payment) {
        Map<String, String> body = new HashMap<>(Map.of("walletAddress", creator.address().value(),
                "minTipAlgo", "1"));
        if (payment != null) {
            body.put("paymentTxId", payment.value());
        }
        return api.as(creator).post("/creator/register", body);
    }

    private DevWallet funded() {
        DevWallet wallet = DevWallet.generate();
        platform.ledger().fund(wallet.address(), MicroAlgos.ofAlgo(5));
        return wallet;
    }

    private static String note(DevWallet creator) {
        return "stickerplatform:deployment:" + creator.address();
    }

    private MicroAlgos balance(Address account) {
        return platform.ledger().account(account).balance();
    }

    /** A payment signed by {@code from}'s key, submitted and confirmed. */
    private TxId pay(DevWallet from, Address to, long amount, String note) {
        TxId txId = submitPayment(from, to, amount, note);
        awaitConfirmed(txId);
        return txId;
    }

    private TxId submitPayment(DevWallet from, Address to, long amount, String note) {
        Chain chain = platform.services().ports().chain();
        byte[] unsigned = chain.encodeUnsigned(new TxnRequest.Payment(from.address(), to, MicroAlgos.of(amount),
                note, null));
        return chain.submitSigned(List.of(from.signPrepared(unsigned))).getFirst();
    }

    private void awaitConfirmed(TxId txId) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (platform.ledger().payment(txId).isEmpty() && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        assertThat(platform.ledger().payment(txId)).as("payment " + txId + " confirmed").isPresent();
    }

    private JsonNode awaitActive(Address creator) {
        Instant deadline = Instant.now().plusSeconds(60);
        JsonNode contract = api.get("/creator/" + creator + "/contract").body();
        while (!"active".equals(contract.path("status").asText()) && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
            contract = api.get("/creator/" + creator + "/contract").body();
        }
        assertThat(contract.path("status").asText()).as(contract.toString()).isEqualTo("active");
        return contract;
    }
}
