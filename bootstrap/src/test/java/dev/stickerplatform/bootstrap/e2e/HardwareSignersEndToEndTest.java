package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.kms.FakeVault;
import dev.stickerplatform.adapters.kms.SoftHsm;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.SignerRole;
import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The tip → sticker flow with the production kinds of signer: MINTER on PKCS#11 (an Ed25519 key made inside a
 * SoftHSM2 token), DEPLOYER on Vault Transit (the {@link FakeVault} HTTP double); ADMIN and FUNDER stay local.
 * The chain objects must carry those keys: the TipProxy is created by the Vault key, the stickers by the HSM key.
 * Without SoftHSM2 the test fails in CI and is skipped elsewhere (see {@link SoftHsm}).
 */
class HardwareSignersEndToEndTest {
    private static final String PIN = "2468-minter";
    private static final String VAULT_KEY = "sticker-deployer";

    private FakeVault vault;
    private Platform platform;
    private Address hsmKey;
    private Address vaultKey;

    @BeforeEach
    void start() throws IOException {
        SoftHsm hsm = SoftHsm.require();
        SoftHsm.Token token = hsm.newToken(PIN);
        hsm.generateEd25519(token.label(), PIN, "minter", "01");
        hsmKey = Address.fromPublicKey(hsm.publicKey(token.label(), "minter"));
        vault = new FakeVault();
        vaultKey = Address.fromPublicKey(vault.rotate(VAULT_KEY));

        Map<String, String> signers = Map.of(
                "MINTER_SIGNER", "pkcs11", "MINTER_PKCS11_LIBRARY", hsm.library,
                "MINTER_PKCS11_TOKEN_LABEL", token.label(), "MINTER_PKCS11_PIN", PIN,
                "MINTER_PKCS11_KEY_LABEL", "minter",
                "DEPLOYER_SIGNER", "vault", "DEPLOYER_VAULT_ADDR", vault.address().toString(),
                "DEPLOYER_VAULT_TOKEN", FakeVault.TOKEN, "DEPLOYER_VAULT_KEY", VAULT_KEY);
        platform = TipToStickerFlow.startWithSigners(signers);
    }

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (vault != null) {
            vault.close();
        }
    }

    @Test
    void theTipProxyIsDeployedByTheVaultKeyAndTheStickersAreMintedByTheHsmKey() {
        assertThat(signer(SignerRole.MINTER)).as("MINTER signs with the token's key").isEqualTo(hsmKey);
        assertThat(signer(SignerRole.DEPLOYER)).as("DEPLOYER signs with the Vault key").isEqualTo(vaultKey);

        TipToStickerFlow.Outcome outcome = new TipToStickerFlow(platform).runSignedBy(vaultKey, hsmKey);

        AssetInfo golden = platform.ledger().asset(outcome.golden()).orElseThrow();
        assertThat(golden.clawback()).as("golden stickers are freely transferable: no clawback").isNull();
        // the TipProxy's creation and its funding payment, at least
        assertThat(vault.requests().stream().filter(r -> r.method().equals("POST")
                && r.path().equals("/v1/transit/sign/" + VAULT_KEY)).count()).isGreaterThanOrEqualTo(2);
    }

    private Address signer(SignerRole role) {
        return TipToStickerFlow.signer(platform, role);
    }
}
