package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code REGISTRATION_MODE=approval} with the DEPLOYER a 2-of-3 multisig whose keys the approvers hold: a
 * registration waits at one signature and completes after the second — the app created by the multisig account,
 * funded by the MINTER — and nothing happens on chain before.
 */
class RegistrationByApprovalEndToEndTest {
    final Signer first = TestKeys.newSigner();
    final Signer second = TestKeys.newSigner();
    final Signer third = TestKeys.newSigner();
    final MultisigAccount deployers = new MultisigAccount(2, List.of(first.address(), second.address(),
            third.address()));
    final DevWallet operator = DevWallet.generate();
    Platform platform;
    Api api;

    @BeforeEach
    void start() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        platform = Platform.start(config.withMoney(config.money().withRegistrationMode(RegistrationMode.APPROVAL))
                .withAuth(config.auth().withAdmins(Set.of(operator.address())))
                .withOperations(config.operations().withSignerSettings(Map.of("DEPLOYER_SIGNER", "multisig",
                        "DEPLOYER_MULTISIG_THRESHOLD", "2", "DEPLOYER_MULTISIG_MEMBERS", first.address() + ","
                                + second.address() + "," + third.address()))));
        api = new Api(platform.baseUrl());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aRegistrationWithAMultisigDeployerCompletesAfterTheSecondApproval() {
        Address minter = platform.services().ports().signers().forRole(SignerRole.MINTER).address();
        MicroAlgos minterBefore = platform.ledger().account(minter).balance();
        DevWallet creator = DevWallet.generate();
        Map<String, String> body = Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1");

        Api.Reply waiting = api.as(creator).post("/creator/register", body);

        assertThat(waiting.status()).as(waiting.body().toString()).isEqualTo(202);
        assertThat(waiting.body().get("status").asText()).isEqualTo("pending");
        assertThat(waiting.body().get("appId").isNull()).isTrue();
        JsonNode deployment = waiting.body().get("deploymentApproval");
        assertThat(deployment.get("state").asText()).isEqualTo("PENDING");
        assertThat(deployment.get("signaturesNeeded").asInt()).isEqualTo(2);
        String path = "/admin/approvals/" + deployment.get("approvalId").asText();
        Api admin = api.as(operator);
        JsonNode approval = admin.get(path).body();
        assertThat(approval.get("kind").asText()).isEqualTo("DEPLOY_TIP_JAR");
        assertThat(approval.get("account").asText()).isEqualTo(deployers.address().value());
        byte[] bytesToSign = Base64.getDecoder().decode(approval.get("bytesToSign").asText());
        assertThat(api.as(creator).post("/creator/register", body).body().get("deploymentApproval")
                .get("approvalId").asText()).as("registering again waits for the same approval")
                .isEqualTo(deployment.get("approvalId").asText());

        // one signature: still waiting, nothing deployed
        Api.Reply one = admin.post(path + "/signatures", ApprovalsEndToEndTest.signature(first, bytesToSign));
        assertThat(one.body().get("state").asText()).as(one.body().toString()).isEqualTo("PENDING");
        awaitRounds(3);
        assertThat(api.get("/creator/" + creator.address() + "/contract").body().get("status").asText())
                .isNotEqualTo("active");

        // the second: the multisig DEPLOYER creates the app, the MINTER funds it, the registration completes
        Api.Reply two = admin.post(path + "/signatures", ApprovalsEndToEndTest.signature(third, bytesToSign));
        assertThat(two.body().get("state").asText()).as(two.body().toString()).isIn("SUBMITTED", "CONFIRMED");
        // registering again (what the creator's app does while waiting) takes the deployment on at once
        Api.Reply again = api.as(creator).post("/creator/register", body);
        assertThat(again.status()).as(again.body().toString()).isIn(201, 202);
        JsonNode contract = awaitActive(creator.address());
        AppId app = AppId.of(contract.get("appId").asLong());
        assertThat(platform.ledger().appGlobalState(app)).isPresent();
        assertThat(platform.ledger().account(app.address()).balance())
                .isEqualTo(platform.config().deployment().fundAmount());
        assertThat(platform.ledger().account(minter).balance().value())
                .isLessThan(minterBefore.value() - platform.config().deployment().fundAmount().value() + 1);
        assertThat(platform.ledger().account(deployers.address()).balance().value())
                .as("the multisig account (funded with 1,000,000 ALGO on the simulated network) paid the create fee")
                .isLessThan(MicroAlgos.ofAlgo(1_000_000).value());
    }

    /** The periodic follow-up (every 10 s) finishes a deployment nobody asks about. */
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

    private void awaitRounds(int rounds) {
        long target = platform.ledger().currentRound().value() + rounds;
        while (platform.ledger().currentRound().value() < target) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(2));
        }
    }
}
