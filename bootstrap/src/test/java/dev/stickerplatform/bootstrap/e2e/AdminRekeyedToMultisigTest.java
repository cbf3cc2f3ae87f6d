package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TestKeys;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A running platform puts its existing ADMIN account under a 2-of-3 multisig by rekeying it ({@code keys rotate
 * --role ADMIN --to multisig}): the account keeps its address — the platform co-admin every TipProxy already
 * stores — and from then on deleting a TipProxy deployed before the rotation needs two member signatures.
 */
class AdminRekeyedToMultisigTest {
    private final byte[] adminSeed = new byte[32];
    private final Signer first = TestKeys.newSigner();
    private final Signer second = TestKeys.newSigner();
    private final Signer third = TestKeys.newSigner();
    private final MultisigAccount members = new MultisigAccount(2, List.of(first.address(), second.address(),
            third.address()));
    private final DevWallet operator = DevWallet.generate();
    private Map<String, String> settings;
    private Platform platform;

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void theAdminAccountKeepsItsAddressAndItsDeletionsThenNeedTwoMembers() {
        new SecureRandom().nextBytes(adminSeed);
        Address admin = LocalKeySigner.fromSeed(adminSeed).address();
        settings = Map.of("ADMIN_SIGNER", "local", "ADMIN_SEED_HEX", HexFormat.of().formatHex(adminSeed),
                "NEXT_ADMIN_SIGNER", "multisig", "NEXT_ADMIN_MULTISIG_THRESHOLD", "2",
                "NEXT_ADMIN_MULTISIG_MEMBERS", first.address() + "," + second.address() + "," + third.address());
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        platform = Platform.start(config.withAuth(config.auth().withAdmins(Set.of(operator.address())))
                .withOperations(config.operations().withSignerSettings(settings)));
        Api api = new Api(platform.baseUrl());
        DevWallet creator = DevWallet.generate();
        // a version 1 jar, so that the upgrade deploys another program (the same one would be refused)
        AppId before = Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1));

        String printed = KeyRotationEndToEndTest.rotate(platform, SignerRole.ADMIN, settings);

        assertThat(printed).contains("rotated: the rekey", "ADMIN_SIGNER=multisig", "ADMIN_ACCOUNT=" + admin);
        assertThat(platform.ledger().account(admin).authAddress()).isEqualTo(members.address());
        Api.Reply upgraded = api.as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());
        assertThat(upgraded.status()).as(upgraded.body().toString()).isEqualTo(200);
        String path = "/admin/approvals/" + upgraded.body().get("oldAppDeletion").get("approvalId").asText();
        Api operatorApi = api.as(operator);
        JsonNode approval = operatorApi.get(path).body();
        assertThat(approval.get("account").asText()).isEqualTo(admin.value());
        assertThat(approval.get("threshold").asInt()).isEqualTo(2);
        byte[] bytesToSign = Base64.getDecoder().decode(approval.get("bytesToSign").asText());

        assertThat(operatorApi.post(path + "/signatures", ApprovalsEndToEndTest.signature(second, bytesToSign)).body().get("state")
                .asText()).isEqualTo("PENDING");
        assertThat(platform.ledger().appGlobalState(before)).isPresent();
        operatorApi.post(path + "/signatures", ApprovalsEndToEndTest.signature(third, bytesToSign));

        JsonNode done = ApprovalsEndToEndTest.awaitState(operatorApi, path, "CONFIRMED");
        assertThat(done.get("lastError").isNull()).as(done.toString()).isTrue();
        assertThat(platform.ledger().appGlobalState(before)).isEmpty();
    }
}
