package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.SignerRole;
import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading each role's signer configuration from {@code <ROLE>_...} settings. */
class SignerConfigTest {
    private static final String PIN = "pin-4711-secret";
    private static final String TOKEN = "hvs.secret-vault-token";
    private static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";

    private static SignerConfig minter(Map<String, String> settings) {
        return SignerConfig.forRole(SignerRole.MINTER, settings);
    }

    @Test
    void withoutSettingsARoleGetsAGeneratedDevelopmentKey() {
        assertThat(minter(Map.of())).isEqualTo(SignerConfig.LocalKey.generated());
        assertThat(minter(Map.of()).isDevelopmentOnly()).isTrue();
    }

    @Test
    void aLocalKeyMayComeFromAHexSeed() {
        SignerConfig config = minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED));
        assertThat(config).isInstanceOf(SignerConfig.LocalKey.class);
        assertThat(((SignerConfig.LocalKey) config).seedHex().reveal()).isEqualTo(SEED);
        assertThat(config.toString()).doesNotContain(SEED);
    }

    @Test
    void aBadSeedIsRefusedWithoutEchoingIt() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_SEED_HEX", "zz" + SEED.substring(2))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_SIGNER=local")
                .hasMessageNotContaining(SEED.substring(2));
    }

    @Test
    void aMnemonicIsDevelopmentOnlyAndNeverPrinted() {
        String words = AlgorandMnemonic.fromSeed(java.util.HexFormat.of().parseHex(SEED));
        SignerConfig config = minter(Map.of("MINTER_SIGNER", "mnemonic", "MINTER_MNEMONIC", words));
        assertThat(config.isDevelopmentOnly()).isTrue();
        assertThat(config.toString()).doesNotContain(words.split(" ")[0]);
    }

    @Test
    void aMnemonicSignerNeedsTheMnemonic() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "mnemonic")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_MNEMONIC is required");
    }

    @Test
    void readsAPkcs11SignerByTokenLabel() {
        SignerConfig config = minter(Map.of("MINTER_SIGNER", "PKCS11", "MINTER_PKCS11_LIBRARY", "/usr/lib/hsm.so",
                "MINTER_PKCS11_TOKEN_LABEL", "platform", "MINTER_PKCS11_PIN", PIN,
                "MINTER_PKCS11_KEY_LABEL", "minter", "MINTER_PKCS11_KEY_ID", "0A", "MINTER_PKCS11_SESSIONS", "8"));
        assertThat(config).isEqualTo(new Pkcs11Config("/usr/lib/hsm.so", "platform", null,
                ((Pkcs11Config) config).pin(), "minter", "0A", 8));
        assertThat(((Pkcs11Config) config).pin().reveal()).isEqualTo(PIN);
        assertThat(config.isDevelopmentOnly()).isFalse();
        assertThat(config.keyId()).isEqualTo("pkcs11:platform/minter");
        assertThat(config.toString()).doesNotContain(PIN);
    }

    @Test
    void readsAPkcs11SignerBySlotAndKeyIdWithDefaultSessions() {
        Pkcs11Config config = (Pkcs11Config) minter(Map.of("MINTER_SIGNER", "pkcs11",
                "MINTER_PKCS11_LIBRARY", "/usr/lib/hsm.so", "MINTER_PKCS11_SLOT", "3000000000",
                "MINTER_PKCS11_PIN", PIN, "MINTER_PKCS11_KEY_ID", "01"));
        assertThat(config.slotId()).isEqualTo(3_000_000_000L);
        assertThat(config.maxSessions()).isEqualTo(Pkcs11Config.DEFAULT_MAX_SESSIONS);
        assertThat(config.keyId()).isEqualTo("pkcs11:slot-3000000000/id-01");
    }

    @Test
    void aPkcs11SignerNeedsExactlyOneOfTokenLabelAndSlot() {
        Map<String, String> both = Map.of("MINTER_SIGNER", "pkcs11", "MINTER_PKCS11_LIBRARY", "/l.so",
                "MINTER_PKCS11_TOKEN_LABEL", "t", "MINTER_PKCS11_SLOT", "1", "MINTER_PKCS11_PIN", PIN,
                "MINTER_PKCS11_KEY_LABEL", "k");
        assertThatThrownBy(() -> minter(both)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MINTER_PKCS11_TOKEN_LABEL").hasMessageContaining("MINTER_PKCS11_SLOT");
    }

    @Test
    void aPkcs11SignerNeedsThePinAndAKey() {
        Map<String, String> noPin = Map.of("MINTER_SIGNER", "pkcs11", "MINTER_PKCS11_LIBRARY", "/l.so",
                "MINTER_PKCS11_TOKEN_LABEL", "t", "MINTER_PKCS11_KEY_LABEL", "k");
        assertThatThrownBy(() -> minter(noPin)).hasMessageContaining("MINTER_PKCS11_PIN is required");
        Map<String, String> noKey = Map.of("MINTER_SIGNER", "pkcs11", "MINTER_PKCS11_LIBRARY", "/l.so",
                "MINTER_PKCS11_TOKEN_LABEL", "t", "MINTER_PKCS11_PIN", PIN);
        assertThatThrownBy(() -> minter(noKey)).hasMessageContaining("key label").hasMessageNotContaining(PIN);
    }

    @Test
    void readsAVaultSignerWithDefaults() {
        SignerConfig config = SignerConfig.forRole(SignerRole.DEPLOYER, Map.of("DEPLOYER_SIGNER", "vault",
                "DEPLOYER_VAULT_ADDR", "https://vault.internal:8200", "DEPLOYER_VAULT_TOKEN", TOKEN,
                "DEPLOYER_VAULT_KEY", "deployer"));
        assertThat(config).isEqualTo(new VaultTransitConfig(URI.create("https://vault.internal:8200"),
                ((VaultTransitConfig) config).token(), "transit", "deployer", 0, null, Duration.ofSeconds(5)));
        assertThat(config.isDevelopmentOnly()).isFalse();
        assertThat(config.toString()).doesNotContain(TOKEN);
    }

    @Test
    void readsEveryVaultSetting() {
        VaultTransitConfig config = (VaultTransitConfig) SignerConfig.forRole(SignerRole.ADMIN, Map.of(
                "ADMIN_SIGNER", "vault", "ADMIN_VAULT_ADDR", "https://vault.internal:8200/",
                "ADMIN_VAULT_TOKEN", TOKEN, "ADMIN_VAULT_KEY", "admin", "ADMIN_VAULT_MOUNT", "/kms/transit/",
                "ADMIN_VAULT_KEY_VERSION", "3", "ADMIN_VAULT_NAMESPACE", "admin", "ADMIN_VAULT_TIMEOUT_MS", "1500"));
        assertThat(config.mount()).isEqualTo("kms/transit");
        assertThat(config.keyVersion()).isEqualTo(3);
        assertThat(config.namespace()).isEqualTo("admin");
        assertThat(config.timeout()).isEqualTo(Duration.ofMillis(1500));
        assertThat(config.keyId()).isEqualTo("vault:kms/transit/admin:v3");
    }

    @Test
    void aVaultKeyNameCannotEscapeItsPath() {
        Map<String, String> settings = Map.of("ADMIN_SIGNER", "vault", "ADMIN_VAULT_ADDR", "https://v:8200",
                "ADMIN_VAULT_TOKEN", TOKEN, "ADMIN_VAULT_KEY", "../sys/seal");
        assertThatThrownBy(() -> SignerConfig.forRole(SignerRole.ADMIN, settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ADMIN_SIGNER=vault");
    }

    @Test
    void aVaultAddressMayNotCarryCredentials() {
        Map<String, String> settings = Map.of("ADMIN_SIGNER", "vault", "ADMIN_VAULT_ADDR", "https://u:pw@v:8200",
                "ADMIN_VAULT_TOKEN", TOKEN, "ADMIN_VAULT_KEY", "admin");
        assertThatThrownBy(() -> SignerConfig.forRole(SignerRole.ADMIN, settings))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining("pw");
    }

    @Test
    void aNonNumericSettingIsNamed() {
        Map<String, String> settings = Map.of("FUNDER_SIGNER", "vault", "FUNDER_VAULT_ADDR", "https://v:8200",
                "FUNDER_VAULT_TOKEN", TOKEN, "FUNDER_VAULT_KEY", "funder", "FUNDER_VAULT_TIMEOUT_MS", "soon");
        assertThatThrownBy(() -> SignerConfig.forRole(SignerRole.FUNDER, settings))
                .hasMessageContaining("FUNDER_VAULT_TIMEOUT_MS must be a whole number");
    }

    @Test
    void anUnknownSignerKindIsRefusedWithoutEchoingTheValue() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "abandon ability able")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_SIGNER must be one of")
                .hasMessageNotContaining("abandon");
    }

    @Test
    void rolesAreConfiguredIndependently() {
        Map<String, String> settings = Map.of("ADMIN_SIGNER", "mnemonic", "ADMIN_MNEMONIC", "irrelevant here");
        assertThat(minter(settings)).isInstanceOf(SignerConfig.LocalKey.class);
        assertThat(SignerConfig.forRole(SignerRole.ADMIN, settings)).isInstanceOf(SignerConfig.Mnemonic.class);
    }

    @Test
    void anAwsKmsKeyIsReadWithItsRegionEndpointAndTimeout() {
        SignerConfig config = minter(Map.of("MINTER_SIGNER", "aws-kms", "MINTER_AWS_KMS_KEY_ID", "alias/minter",
                "MINTER_AWS_KMS_REGION", "eu-central-1", "MINTER_AWS_KMS_ENDPOINT", "https://kms-fips.example:443",
                "MINTER_AWS_KMS_TIMEOUT_MS", "2500"));
        assertThat(config).isEqualTo(new AwsKmsConfig("alias/minter", "eu-central-1",
                URI.create("https://kms-fips.example:443"), Duration.ofMillis(2500)));
        assertThat(config.isDevelopmentOnly()).as("allowed on mainnet").isFalse();
        assertThat(config.keyId()).isEqualTo("aws-kms:eu-central-1:alias/minter");
    }

    @Test
    void anAwsKmsKeyNeedsAKeyId() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "aws-kms", "MINTER_AWS_KMS_REGION", "eu-west-1")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_AWS_KMS_KEY_ID is required");
    }

    @Test
    void aGcpKmsKeyVersionIsReadWithThePublicEndpointByDefault() {
        String version = "projects/p/locations/europe-west1/keyRings/platform/cryptoKeys/deployer/cryptoKeyVersions/3";
        SignerConfig config = SignerConfig.forRole(SignerRole.DEPLOYER, Map.of("DEPLOYER_SIGNER", "GCP-KMS",
                "DEPLOYER_GCP_KMS_KEY_VERSION", version));
        assertThat(config).isEqualTo(GcpKmsConfig.of(version));
        assertThat(config.isDevelopmentOnly()).as("allowed on mainnet").isFalse();
        assertThat(config.keyId()).isEqualTo("gcp-kms:" + version);
    }

    @Test
    void aGcpKmsKeyMustNameAVersion() {
        assertThatThrownBy(() -> SignerConfig.forRole(SignerRole.DEPLOYER, Map.of("DEPLOYER_SIGNER", "gcp-kms",
                "DEPLOYER_GCP_KMS_KEY_VERSION", "projects/p/locations/l/keyRings/r/cryptoKeys/k")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DEPLOYER_SIGNER=gcp-kms")
                .hasMessageContaining("cryptoKeyVersions");
    }
}
