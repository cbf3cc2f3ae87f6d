package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@link Pkcs11Signer} on a fresh SoftHSM2 token with Ed25519 keys made by {@code pkcs11-tool}. */
class Pkcs11SignerTest extends SignerContractTest {
    private static final String PIN = "4321-user";
    private static final byte[] MESSAGE = "TX pkcs11".getBytes(StandardCharsets.US_ASCII);
    private static SoftHsm hsm;
    private static SoftHsm.Token token;
    private static SoftHsm.Token otherToken;
    private static Pkcs11Signer signer;

    @BeforeAll
    static void createTokensAndKeys() {
        hsm = SoftHsm.require();
        // SoftHSM2 sees new tokens only when the module is (re)initialised: create them all before the first signer
        token = hsm.newToken(PIN);
        hsm.generateEd25519(token.label(), PIN, "minter", "01");
        hsm.generateEd25519(token.label(), PIN, "admin", "02");
        otherToken = hsm.newToken(PIN);
        hsm.generateEd25519(otherToken.label(), PIN, "minter", "01");
        signer = Pkcs11Signer.open(config("minter", null));
    }

    @AfterAll
    static void closeSigner() {
        if (signer != null) {
            signer.close();
        }
    }

    @Override
    protected Signer signer() {
        return signer;
    }

    private static Pkcs11Config config(String keyLabel, String keyIdHex) {
        return new Pkcs11Config(hsm.library, token.label(), null, Secret.of(PIN), keyLabel, keyIdHex, 4);
    }

    @Test
    void theAddressIsTheTokensPublicKey() {
        assertThat(signer.address().publicKey()).isEqualTo(hsm.publicKey(token.label(), "minter"));
    }

    @Test
    void findsTheKeyByIdAlone() {
        try (Pkcs11Signer byId = Pkcs11Signer.open(config(null, "01"))) {
            assertThat(byId.address()).isEqualTo(signer.address());
        }
    }

    @Test
    void findsTheTokenBySlotId() {
        Pkcs11Config bySlot = new Pkcs11Config(hsm.library, null, token.slotId(), Secret.of(PIN), "minter", null, 1);
        try (Pkcs11Signer slotSigner = Pkcs11Signer.open(bySlot)) {
            assertThat(slotSigner.address()).isEqualTo(signer.address());
        }
    }

    @Test
    void eachKeyLabelIsItsOwnAccount() {
        try (Pkcs11Signer admin = Pkcs11Signer.open(config("admin", null))) {
            assertThat(admin.address()).isNotEqualTo(signer.address());
        }
    }

    @Test
    void aWrongPinIsRefusedByTheTokenWithoutBeingEchoed() {
        Pkcs11Config wrong = Pkcs11Config.byLabels(hsm.library, otherToken.label(), Secret.of("9999-wrong"),
                "minter");
        assertThatThrownBy(() -> Pkcs11Signer.open(wrong)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("CKR_PIN_INCORRECT").hasMessageNotContaining("9999-wrong");
    }

    @Test
    void aWrongPinIsRefusedEvenWhileAnotherSignerKeepsTheTokenLoggedIn() throws Exception {
        // C_Login answers "already logged in" to any PIN once one session of the process is logged in
        Pkcs11Config wrong = new Pkcs11Config(hsm.library, token.label(), null, Secret.of("9999-wrong"), "admin",
                null, 1);
        assertThatThrownBy(() -> Pkcs11Signer.open(wrong)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("PIN differs").hasMessageNotContaining("9999-wrong");
        assertThat(LocalKeySignerTest.verify(signer.address(), MESSAGE, signer.sign(MESSAGE))).isTrue();
    }

    @Test
    void anEmptyMessageIsRefusedBeforeReachingTheToken() {
        assertThatThrownBy(() -> signer.sign(new byte[0])).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void anUnknownKeyIsNamed() {
        assertThatThrownBy(() -> Pkcs11Signer.open(config("deployer", null)))
                .isInstanceOf(SignerUnavailableException.class).hasMessageContaining("no Ed25519 private key deployer");
    }

    @Test
    void anUnknownTokenIsNamed() {
        Pkcs11Config config = Pkcs11Config.byLabels(hsm.library, "no-such-token", Secret.of(PIN), "minter");
        assertThatThrownBy(() -> Pkcs11Signer.open(config)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("no PKCS#11 token no-such-token");
    }

    @Test
    void aMissingModuleLibraryIsUnavailable() {
        Pkcs11Config config = Pkcs11Config.byLabels("/nonexistent/libpkcs11.so", token.label(), Secret.of(PIN),
                "minter");
        assertThatThrownBy(() -> Pkcs11Signer.open(config)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("/nonexistent/libpkcs11.so");
    }

    @Test
    void closingOneSignerLeavesTheOthersOnTheSameModuleWorking() throws Exception {
        Pkcs11Signer other = Pkcs11Signer.open(config("admin", null));
        other.close();
        assertThat(LocalKeySignerTest.verify(signer.address(), MESSAGE, signer.sign(MESSAGE))).isTrue();
    }

    @Test
    void aClosedSignerRefusesToSignAndClosesOnlyOnce() {
        Pkcs11Signer closed = Pkcs11Signer.open(config("admin", null));
        closed.close();
        closed.close();
        assertThatThrownBy(() -> closed.sign(MESSAGE)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("closed");
    }

    @Test
    void toStringNamesTheKeyButNotThePin() {
        assertThat(signer.toString()).contains("minter", signer.address().value()).doesNotContain(PIN);
        assertThat(config("minter", null).toString()).doesNotContain(PIN);
    }
}
