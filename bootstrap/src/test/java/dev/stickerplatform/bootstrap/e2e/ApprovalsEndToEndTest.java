package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.bootstrap.cli.ApprovalsCommand;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.auth.WalletLogin;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * High-value operations through HTTP on the embedded platform: the platform admin account is a 2-of-3 multisig
 * whose keys the approvers hold, so deleting a retired TipProxy waits at one signature and executes at two; a
 * large faucet payment from the single-key FUNDER waits for one administrator's approval.
 */
class ApprovalsEndToEndTest {
    final byte[] secondSeed = seed(2);
    final Signer first = TestKeys.newSigner();
    final Signer second = LocalKeySigner.fromSeed(secondSeed);
    final Signer third = TestKeys.newSigner();
    final MultisigAccount admins = new MultisigAccount(2, List.of(first.address(), second.address(),
            third.address()));
    final DevWallet operator = DevWallet.generate();
    Platform platform;
    Api api;

    /** The embedded platform; {@link PostgresApprovalsEndToEndTest} runs the same on PostgreSQL. */
    PlatformConfig base() {
        return PlatformConfig.embedded();
    }

    @BeforeEach
    void start() {
        PlatformConfig config = base().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withFaucetApprovalAbove(MicroAlgos.ofAlgo(5));
        platform = Platform.start(config
                .withAuth(config.auth().withAdmins(Set.of(operator.address())))
                .withOperations(config.operations().withSignerSettings(Map.of("ADMIN_SIGNER", "multisig",
                        "ADMIN_MULTISIG_THRESHOLD", "2", "ADMIN_MULTISIG_MEMBERS", first.address() + ", "
                                + second.address() + "," + third.address()))));
        api = new Api(platform.baseUrl());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void deletingARetiredTipProxyWaitsAtOneSignatureAndExecutesAtTwo() {
        DevWallet creator = DevWallet.generate();
        // a version 1 jar, so that the upgrade deploys another program (the same one would be refused)
        AppId oldApp = Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1));

        Api.Reply upgraded = api.as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());
        assertThat(upgraded.status()).as(upgraded.body().toString()).isEqualTo(200);
        JsonNode deletion = upgraded.body().get("oldAppDeletion");
        assertThat(deletion.get("state").asText()).isEqualTo("PENDING");
        assertThat(deletion.get("signaturesNeeded").asInt()).isEqualTo(2);
        String path = "/admin/approvals/" + deletion.get("approvalId").asText();

        Api admin = api.as(operator);
        JsonNode approval = admin.get(path).body();
        assertThat(approval.get("account").asText()).isEqualTo(admins.address().value());
        assertThat(approval.get("kind").asText()).isEqualTo("DELETE_TIP_JAR");
        assertThat(approval.get("members")).hasSize(3);
        byte[] bytesToSign = Base64.getDecoder().decode(approval.get("bytesToSign").asText());

        // k - 1 = 1 signature: still pending, the app still exists
        Api.Reply one = admin.post(path + "/signatures", signature(first, bytesToSign));
        assertThat(one.status()).as(one.body().toString()).isEqualTo(200);
        assertThat(one.body().get("state").asText()).isEqualTo("PENDING");
        assertThat(one.body().get("signatureCount").asInt()).isEqualTo(1);
        awaitRounds(3);
        assertThat(platform.ledger().appGlobalState(oldApp)).isPresent();
        assertThat(admin.get(path).body().get("state").asText()).isEqualTo("PENDING");

        // handing in the same signature again changes nothing; a stranger's or a forged one is refused
        assertThat(admin.post(path + "/signatures", signature(first, bytesToSign)).body().get("signatureCount")
                .asInt()).isEqualTo(1);
        Signer stranger = TestKeys.newSigner();
        assertThat(admin.post(path + "/signatures", signature(stranger, bytesToSign)).status()).isEqualTo(400);
        assertThat(admin.post(path + "/signatures", Map.of("signer", third.address().value(), "signature",
                Base64.getEncoder().encodeToString(second.sign(bytesToSign)))).status()).isEqualTo(400);
        assertThat(admin.post(path + "/signatures", Map.of()).status()).isEqualTo(400);
        assertThat(api.as(creator).post(path + "/signatures", signature(third, bytesToSign)).status())
                .isEqualTo(403);

        // k = 2 signatures: submitted, confirmed, the app is gone
        Api.Reply two = admin.post(path + "/signatures", signature(third, bytesToSign));
        assertThat(two.status()).as(two.body().toString()).isEqualTo(200);
        assertThat(two.body().get("state").asText()).isIn("SUBMITTED", "CONFIRMED");
        JsonNode confirmed = awaitState(admin, path, "CONFIRMED");
        assertThat(confirmed.get("confirmedRound").asLong()).isPositive();
        assertThat(platform.ledger().appGlobalState(oldApp)).isEmpty();
        assertThat(admin.post(path + "/signatures", signature(second, bytesToSign)).status()).isEqualTo(409);
        assertThat(admin.get("/admin/approvals?state=CONFIRMED").body().get("approvals")).hasSize(1);
    }

    @Test
    void aFaucetPaymentAboveTheLimitWaitsForAnAdministratorsApproval() {
        DevWallet fan = DevWallet.generate();
        Api.Reply small = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "2"));
        assertThat(small.status()).as(small.body().toString()).isEqualTo(200);

        Api.Reply large = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "8"));
        assertThat(large.status()).as(large.body().toString()).isEqualTo(202);
        assertThat(large.body().get("status").asText()).isEqualTo("awaiting_approval");
        assertThat(large.body().get("signaturesNeeded").asInt()).isEqualTo(1);
        String path = "/admin/approvals/" + large.body().get("approvalId").asText();
        awaitRounds(3);
        assertThat(platform.ledger().account(fan.address()).balance()).isEqualTo(MicroAlgos.ofAlgo(2));
        assertThat(metrics()).contains("approvals{state=\"pending\"} 1.0");

        Api admin = api.as(operator);
        assertThat(admin.post(path + "/signatures", signature(first, new byte[] {1})).status()).isEqualTo(400);
        Api.Reply approved = admin.post(path + "/signatures", Map.of());
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(200);
        awaitState(admin, path, "CONFIRMED");
        assertThat(platform.ledger().account(fan.address()).balance()).isEqualTo(MicroAlgos.ofAlgo(10));
        assertThat(admin.get("/admin/approvals/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void anApproverSignsWithTheCommandLineToolAndItsOwnKey() throws Exception {
        DevWallet creator = DevWallet.generate();
        Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1));
        String id = api.as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of()).body()
                .get("oldAppDeletion").get("approvalId").asText();
        String path = "/admin/approvals/" + id;
        Api admin = api.as(operator);
        byte[] bytesToSign = Base64.getDecoder().decode(admin.get(path).body().get("bytesToSign").asText());
        admin.post(path + "/signatures", signature(first, bytesToSign));
        String token = WalletLogin.accessToken(platform.baseUrl(), operator);
        var printed = new java.io.ByteArrayOutputStream();

        Map<String, String> approverKey = Map.of("APPROVER_SIGNER", "local", "APPROVER_SEED_HEX",
                HexFormat.of().formatHex(secondSeed));

        // not confirmed: nothing is signed
        assertThatThrownBy(() -> ApprovalsCommand.run(new String[] {"sign", "--id", id, "--server",
                platform.baseUrl(), "--token", token}, approverKey, typed("no"), printTo(printed)))
                .hasMessageContaining("not confirmed, nothing was signed");
        assertThat(printed.toString(java.nio.charset.StandardCharsets.UTF_8))
                .contains("decoded: type appl, sender " + admins.address() + ", amount 0 ALGO")
                .contains("rekey-to none, close-to none, asset close-to none")
                .contains("Sign this transaction? Type yes to continue");
        assertThat(admin.get(path).body().get("signatureCount").asInt()).isEqualTo(1);

        printed.reset();
        ApprovalsCommand.run(new String[] {"sign", "--id", id, "--server", platform.baseUrl(), "--token", token},
                approverKey, typed("yes"), printTo(printed));

        String output = printed.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(output).contains("DELETE application").contains("signing as " + second.address())
                .containsPattern("state (SUBMITTED|CONFIRMED), 2 of 2 signatures");
        awaitState(admin, path, "CONFIRMED");
    }

    @Test
    void theApproveCommandRefusesAPaymentAboveItsKindsLimitUnlessTheApproverNamesIt() throws Exception {
        DevWallet fan = DevWallet.generate();
        Api.Reply large = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "8"));
        assertThat(large.status()).as(large.body().toString()).isEqualTo(202);
        String id = large.body().get("approvalId").asText();
        String token = WalletLogin.accessToken(platform.baseUrl(), operator);
        String[] approve = {"approve", "--id", id, "--server", platform.baseUrl(), "--token", token, "--yes"};
        Map<String, String> limit = Map.of("APPROVAL_LIMIT_FAUCET_PAYMENT_MICROALGOS", "5000000");
        var printed = new java.io.ByteArrayOutputStream();

        assertThatThrownBy(() -> ApprovalsCommand.run(approve, limit, typed(""), printTo(printed)))
                .hasMessageContaining("refusing to sign " + id)
                .hasMessageContaining("it pays 8 ALGO, above the 5 ALGO limit for FAUCET_PAYMENT")
                .hasMessageContaining("--allow-amount-above");
        assertThat(api.as(operator).get("/admin/approvals/" + id).body().get("signatureCount").asInt()).isZero();

        String[] allowed = java.util.Arrays.copyOf(approve, approve.length + 1);
        allowed[approve.length] = "--allow-amount-above";
        ApprovalsCommand.run(allowed, limit, typed(""), printTo(printed));

        awaitState(api.as(operator), "/admin/approvals/" + id, "CONFIRMED");
        assertThat(platform.ledger().account(fan.address()).balance()).isEqualTo(MicroAlgos.ofAlgo(8));
    }

    @Test
    void theRejectCommandRefusesAPendingPaymentForGood() throws Exception {
        DevWallet fan = DevWallet.generate();
        Api.Reply large = api.as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", fan.address().value(), "amountAlgo", "8"));
        assertThat(large.status()).as(large.body().toString()).isEqualTo(202);
        String id = large.body().get("approvalId").asText();
        String token = WalletLogin.accessToken(platform.baseUrl(), operator);
        var printed = new java.io.ByteArrayOutputStream();

        ApprovalsCommand.run(new String[] {"reject", "--id", id, "--reason", "not this week", "--server",
                platform.baseUrl(), "--token", token}, Map.of(), typed(""), printTo(printed));

        JsonNode rejected = api.as(operator).get("/admin/approvals/" + id).body();
        assertThat(rejected.get("state").asText()).isEqualTo("REJECTED");
        assertThat(rejected.get("lastError").asText()).contains("not this week").contains(operator.address().value());
        assertThat(api.as(operator).post("/admin/approvals/" + id + "/signatures", Map.of()).status())
                .isEqualTo(409);
        assertThat(api.as(operator).get("/admin/approvals?state=REJECTED").body().toString()).contains(id);
        assertThat(platform.ledger().account(fan.address()).balance()).isEqualTo(MicroAlgos.ZERO);
    }

    private static java.io.BufferedReader typed(String line) {
        return new java.io.BufferedReader(new java.io.StringReader(line + "\n"));
    }

    private static java.io.PrintStream printTo(java.io.ByteArrayOutputStream out) {
        return new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
    }

    private static byte[] seed(int fill) {
        byte[] seed = new byte[32];
        new java.security.SecureRandom().nextBytes(seed);
        seed[0] = (byte) fill;
        return seed;
    }

    private String metrics() {
        try {
            return java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(platform.baseUrl() + "/metrics")).GET().build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString()).body();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The body that hands in {@code member}'s signature of {@code bytesToSign}. */
    static Map<String, String> signature(Signer member, byte[] bytesToSign) {
        return Map.of("signer", member.address().value(),
                "signature", Base64.getEncoder().encodeToString(member.sign(bytesToSign)));
    }

    private void awaitRounds(int rounds) {
        long target = platform.ledger().currentRound().value() + rounds;
        while (platform.ledger().currentRound().value() < target) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(2));
        }
    }

    /** Polls the approval at {@code path} until it is in {@code state} (20 s at most). */
    static JsonNode awaitState(Api admin, String path, String state) {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode approval = admin.get(path).body();
        while (!approval.get("state").asText().equals(state) && Instant.now().isBefore(deadline)) {
            sleep();
            approval = admin.get(path).body();
        }
        assertThat(approval.get("state").asText()).as(approval.toString()).isEqualTo(state);
        return approval;
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
