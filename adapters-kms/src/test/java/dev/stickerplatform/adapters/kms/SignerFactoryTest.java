package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.port.SigningEvent;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.SwitchingSigner;
import dev.stickerplatform.domain.port.SignerUnavailableException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SignerFactoryTest {
    private static final String RFC_MNEMONIC = "crisp sheriff solution ten remove object chair enhance future rather"
            + " biology era myth image swap crash coffee scatter buffalo depart day twist advance about unfair";
    private static final byte[] TRANSACTION = "TX factory".getBytes(StandardCharsets.US_ASCII);
    private static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String NEXT_SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
    /** An account rekeyed to the key of {@code SEED}. */
    private static final String ACCOUNT = LocalKeySigner.generate(new java.security.SecureRandom()).address().value();

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final SignerFactory factory = new SignerFactory(log,
            Clock.fixed(Instant.parse("2025-03-01T12:00:00Z"), ZoneOffset.UTC), new SecureRandom());
    private FakeVault vault;

    @BeforeEach
    void startVault() throws Exception {
        vault = new FakeVault();
        vault.rotate("deployer");
    }

    @AfterEach
    void stopVault() {
        vault.close();
    }

    private Map<String, String> vaultDeployer() {
        Map<String, String> settings = new HashMap<>();
        settings.put("DEPLOYER_SIGNER", "vault");
        settings.put("DEPLOYER_VAULT_ADDR", vault.address().toString());
        settings.put("DEPLOYER_VAULT_TOKEN", FakeVault.TOKEN);
        settings.put("DEPLOYER_VAULT_KEY", "deployer");
        return settings;
    }

    @Test
    void withoutSettingsEveryRoleGetsItsOwnGeneratedDevelopmentKey() {
        try (ConfiguredSigners signers = factory.create(Map.of())) {
            assertThat(Arrays.stream(SignerRole.values()).map(role -> signers.forRole(role).address()))
                    .doesNotHaveDuplicates();
            assertThat(signers.developmentOnlyRoles()).isEqualTo(EnumSet.allOf(SignerRole.class));
            assertThat(signers.isDevelopmentOnly()).isTrue();
        }
    }

    @Test
    void aMnemonicRoleSignsWithTheMnemonicsAccount() {
        try (ConfiguredSigners signers = factory.create(Map.of("ADMIN_SIGNER", "mnemonic",
                "ADMIN_MNEMONIC", RFC_MNEMONIC))) {
            assertThat(signers.forRole(SignerRole.ADMIN).address().value())
                    .isEqualTo("25NJQAMCWEFLPVKL73J4SZAHHIHOC4XT3KTCGJNPAINGR5YHKENMEF5QTE");
            assertThat(signers.config(SignerRole.ADMIN).isDevelopmentOnly()).isTrue();
        }
    }

    @Test
    void everySignatureOfEveryRoleIsAudited() {
        try (ConfiguredSigners signers = factory.create(Map.of())) {
            for (SignerRole role : SignerRole.values()) {
                signers.forRole(role).sign(TRANSACTION);
            }
        }
        assertThat(log.events()).extracting(SigningEvent::role).containsExactly(SignerRole.values());
        assertThat(log.events()).extracting(SigningEvent::keyId).containsOnly("local:generated");
    }

    @Test
    void aVaultRoleIsNotDevelopmentOnlyAndIsAuditedWithItsKey() throws Exception {
        try (ConfiguredSigners signers = factory.create(vaultDeployer())) {
            byte[] signature = signers.forRole(SignerRole.DEPLOYER).sign(TRANSACTION);
            Address deployer = signers.forRole(SignerRole.DEPLOYER).address();
            assertThat(LocalKeySignerTest.verify(deployer, TRANSACTION, signature)).isTrue();
            assertThat(signers.developmentOnlyRoles()).doesNotContain(SignerRole.DEPLOYER).contains(SignerRole.MINTER);
        }
        assertThat(log.events().getFirst().keyId()).isEqualTo("vault:transit/deployer");
    }

    @Test
    void minterOnTheHsmAndDeployerOnVaultAsInProduction() throws Exception {
        SoftHsm hsm = SoftHsm.require();
        SoftHsm.Token token = hsm.newToken("1234-minter");
        hsm.generateEd25519(token.label(), "1234-minter", "minter", "01");
        Map<String, String> settings = vaultDeployer();
        settings.putAll(Map.of("MINTER_SIGNER", "pkcs11", "MINTER_PKCS11_LIBRARY", hsm.library,
                "MINTER_PKCS11_TOKEN_LABEL", token.label(), "MINTER_PKCS11_PIN", "1234-minter",
                "MINTER_PKCS11_KEY_LABEL", "minter"));
        try (ConfiguredSigners signers = factory.create(settings)) {
            Address minter = signers.forRole(SignerRole.MINTER).address();
            assertThat(minter.publicKey()).isEqualTo(hsm.publicKey(token.label(), "minter"));
            assertThat(LocalKeySignerTest.verify(minter, TRANSACTION, signers.forRole(SignerRole.MINTER)
                    .sign(TRANSACTION))).isTrue();
            assertThat(signers.developmentOnlyRoles()).containsExactlyInAnyOrder(SignerRole.ADMIN, SignerRole.FUNDER);
        }
        assertThat(log.events()).singleElement().extracting(SigningEvent::keyId)
                .isEqualTo("pkcs11:" + token.label() + "/minter");
    }

    @Test
    void aRekeyedAccountSignsWithItsKeyAndTheAuditNamesBoth() {
        Address key = LocalKeySigner.fromSeed(HexFormat.of().parseHex(SEED)).address();
        try (ConfiguredSigners signers = factory.create(Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "MINTER_ACCOUNT", ACCOUNT))) {
            Signer minter = signers.forRole(SignerRole.MINTER);
            assertThat(minter.address()).isEqualTo(new Address(ACCOUNT));
            assertThat(minter.authAddress()).isEqualTo(key);
            minter.sign(TRANSACTION);
        }
        SigningEvent event = log.events().getFirst();
        assertThat(event.address()).isEqualTo(key);
        assertThat(event.account()).isEqualTo(new Address(ACCOUNT));
    }

    @Test
    void aRoleWithANextKeySignsWithWhicheverKeyItIsToldTheChainAuthorizes() throws Exception {
        Address current = LocalKeySigner.fromSeed(HexFormat.of().parseHex(SEED)).address();
        Address next = LocalKeySigner.fromSeed(HexFormat.of().parseHex(NEXT_SEED)).address();
        try (ConfiguredSigners signers = factory.create(rotatingMinter())) {
            SwitchingSigner minter = (SwitchingSigner) signers.forRole(SignerRole.MINTER);
            assertThat(minter.address()).isEqualTo(current);
            assertThat(minter.keys()).containsExactly(current, next);
            assertThat(minter.authAddress()).isEqualTo(current);

            assertThat(minter.use(next)).isTrue();
            byte[] signature = minter.sign(TRANSACTION);

            assertThat(LocalKeySignerTest.verify(next, TRANSACTION, signature)).isTrue();
            assertThat(signers.keys(SignerRole.MINTER).next()).isPresent();
        }
        SigningEvent event = log.events().getFirst();
        assertThat(event.address()).isEqualTo(next);
        assertThat(event.account()).isEqualTo(current);
    }

    @Test
    void oneRolesKeysOpenAloneForTheKeysCommand() {
        try (RoleKeys keys = factory.open(SignerRole.MINTER, rotatingMinter())) {
            assertThat(keys.account()).isEqualTo(keys.current().address()).isEqualTo(keys.next().orElseThrow().address());
            assertThat(keys.next().orElseThrow().authAddress())
                    .isEqualTo(LocalKeySigner.fromSeed(HexFormat.of().parseHex(NEXT_SEED)).address());
            assertThat(keys.signer()).isInstanceOf(SwitchingKeySigner.class);
        }
    }

    @Test
    void theNextKeyCannotBeTheKeyInUse() {
        Map<String, String> settings = new HashMap<>(rotatingMinter());
        settings.put("NEXT_MINTER_SEED_HEX", SEED);
        assertThatThrownBy(() -> factory.create(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NEXT_MINTER_* configures the key MINTER already signs with");
    }

    private static Map<String, String> rotatingMinter() {
        return Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED, "NEXT_MINTER_SIGNER", "local",
                "NEXT_MINTER_SEED_HEX", NEXT_SEED);
    }

    @Test
    void aConfigurationErrorIsFoundBeforeAnySignerIsOpened() {
        Map<String, String> settings = vaultDeployer();
        settings.put("FUNDER_SIGNER", "carrier-pigeon");
        assertThatThrownBy(() -> factory.create(settings)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("FUNDER_SIGNER");
        assertThat(vault.requests()).isEmpty();
    }

    @Test
    void aSignerThatCannotStartFailsTheWholeSet() {
        Map<String, String> settings = vaultDeployer();
        settings.put("DEPLOYER_VAULT_TOKEN", "hvs.revoked");
        assertThatThrownBy(() -> factory.create(settings)).isInstanceOf(SignerUnavailableException.class)
                .hasMessageContaining("HTTP 403").hasMessageNotContaining("hvs.revoked");
    }

    @Test
    void aProvidedSignerSignsForItsRoleAuditedAndIsLeftOpenForItsOwner() {
        LocalKeySigner key = LocalKeySigner.generate(new SecureRandom());
        java.util.concurrent.atomic.AtomicBoolean closed = new java.util.concurrent.atomic.AtomicBoolean();
        class OwnSigner implements Signer, AutoCloseable {
            @Override
            public Address address() {
                return key.address();
            }

            @Override
            public byte[] sign(byte[] bytesToSign) {
                return key.sign(bytesToSign);
            }

            @Override
            public void close() {
                closed.set(true);
            }
        }
        ConfiguredSigners signers = factory.create(Map.of("MINTER_SIGNER", "vault"),
                Map.of(SignerRole.MINTER, new OwnSigner()));

        Signer minter = signers.forRole(SignerRole.MINTER);
        assertThat(minter.address()).isEqualTo(key.address());
        assertThat(minter.sign(TRANSACTION)).isEqualTo(key.sign(TRANSACTION));
        assertThat(log.events()).singleElement().satisfies(event -> {
            assertThat(event.role()).isEqualTo(SignerRole.MINTER);
            assertThat(event.keyId()).isEqualTo("provided");
            assertThat(event.address()).isEqualTo(key.address());
        });
        assertThat(signers.config(SignerRole.MINTER)).isInstanceOf(SignerConfig.Provided.class);
        assertThat(signers.developmentOnlyRoles()).doesNotContain(SignerRole.MINTER).contains(SignerRole.ADMIN);
        assertThat(signers.multisig(SignerRole.MINTER)).isEmpty();

        signers.close();
        assertThat(closed).isFalse();
    }
}
