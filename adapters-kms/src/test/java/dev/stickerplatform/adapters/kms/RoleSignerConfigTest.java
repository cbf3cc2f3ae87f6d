package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A role's key, its rekeyed account ({@code <ROLE>_ACCOUNT}) and the next key of a rotation ({@code NEXT_<ROLE>_}). */
class RoleSignerConfigTest {
    private static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String NEXT_SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    /** An account rekeyed to the key of {@code SEED}. */
    private static final String ACCOUNT = LocalKeySigner.generate(new java.security.SecureRandom()).address().value();

    private static RoleSignerConfig minter(Map<String, String> settings) {
        return RoleSignerConfig.read(SignerRole.MINTER, settings);
    }

    @Test
    void theDeployerMayBeAMultisigButTheMinterMayNot() {
        String members = LocalKeySigner.generate(new java.security.SecureRandom()).address() + ","
                + LocalKeySigner.generate(new java.security.SecureRandom()).address();
        RoleSignerConfig deployer = RoleSignerConfig.read(SignerRole.DEPLOYER, Map.of("DEPLOYER_SIGNER", "multisig",
                "DEPLOYER_MULTISIG_THRESHOLD", "2", "DEPLOYER_MULTISIG_MEMBERS", members));
        assertThat(deployer.key()).isInstanceOf(SignerConfig.Multisig.class);

        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "multisig", "MINTER_MULTISIG_THRESHOLD", "2",
                "MINTER_MULTISIG_MEMBERS", members)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("MINTER_SIGNER=multisig")
                .hasMessageContaining("MINTER signs automatically");
    }

    @Test
    void withoutRotationSettingsARoleHasOneKeyForItsOwnAccount() {
        RoleSignerConfig config = minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED));

        assertThat(config.account()).isNull();
        assertThat(config.next()).isNull();
        assertThat(config.rotating()).isFalse();
    }

    @Test
    void theNextKeyIsReadFromTheSameSettingsUnderTheNextPrefix() {
        RoleSignerConfig config = minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "NEXT_MINTER_SIGNER", "vault", "NEXT_MINTER_VAULT_ADDR", "https://vault.internal:8200",
                "NEXT_MINTER_VAULT_TOKEN", "hvs.secret", "NEXT_MINTER_VAULT_KEY", "minter-2"));

        assertThat(config.rotating()).isTrue();
        assertThat(config.next()).isInstanceOf(VaultTransitConfig.class);
        assertThat(config.next().keyId()).isEqualTo("vault:transit/minter-2");
        assertThat(config.next().isDevelopmentOnly()).isFalse();
        assertThat(config.isDevelopmentOnly()).isTrue();
    }

    @Test
    void aDevelopmentNextKeyMakesTheRoleDevelopmentOnly() {
        Map<String, String> settings = new HashMap<>(Map.of("MINTER_SIGNER", "vault",
                "MINTER_VAULT_ADDR", "https://vault.internal:8200", "MINTER_VAULT_TOKEN", "hvs.secret",
                "MINTER_VAULT_KEY", "minter"));
        assertThat(minter(settings).isDevelopmentOnly()).isFalse();

        settings.putAll(Map.of("NEXT_MINTER_SIGNER", "local", "NEXT_MINTER_SEED_HEX", NEXT_SEED));

        assertThat(minter(settings).isDevelopmentOnly()).isTrue();
    }

    @Test
    void aWrongNextSettingIsNamedWithItsPrefixAndWithoutItsValue() {
        assertThatThrownBy(() -> minter(Map.of("NEXT_MINTER_SIGNER", "pkcs11",
                "NEXT_MINTER_PKCS11_LIBRARY", "/l.so", "NEXT_MINTER_PKCS11_TOKEN_LABEL", "t",
                "NEXT_MINTER_PKCS11_KEY_LABEL", "k")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEXT_MINTER_SIGNER=pkcs11")
                .hasMessageContaining("NEXT_MINTER_PKCS11_PIN is required");
        assertThatThrownBy(() -> minter(Map.of("NEXT_MINTER_SIGNER", "yubikey")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEXT_MINTER_SIGNER must be one of");
    }

    @Test
    void aNextKeyGeneratedAtStartUpIsRefused() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "NEXT_MINTER_SIGNER", "local")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("NEXT_MINTER_SEED_HEX");
    }

    @Test
    void theAccountOfARekeyedKeyIsAnAddress() {
        RoleSignerConfig config = minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "MINTER_ACCOUNT", ACCOUNT));

        assertThat(config.account()).isEqualTo(new Address(ACCOUNT));
    }

    @Test
    void aMistypedAccountIsRefusedWithoutEchoingIt() {
        // one character in the middle changed (the last one carries padding bits, and could even be unchanged)
        String typo = ACCOUNT.substring(0, 20) + (ACCOUNT.charAt(20) == 'A' ? 'B' : 'A') + ACCOUNT.substring(21);
        assertThatThrownBy(() -> minter(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "MINTER_ACCOUNT", typo)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_ACCOUNT is not an Algorand")
                .hasMessageNotContaining(typo);
    }

    @Test
    void aRekeyedAccountCannotBeSignedForByAGeneratedKey() {
        assertThatThrownBy(() -> minter(Map.of("MINTER_ACCOUNT", ACCOUNT)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("MINTER_SEED_HEX");
    }
}
