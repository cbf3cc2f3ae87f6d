package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;

/**
 * Builds each role's signer from configuration and wraps it in an {@link AuditingSigner}. Settings are flat
 * {@code <ROLE>_...} names (environment variables), documented with examples in the module README:
 * {@code <ROLE>_SIGNER} = {@code local} (default, a generated key) | {@code mnemonic} | {@code pkcs11} |
 * {@code vault} | {@code multisig} (ADMIN and FUNDER only), plus that kind's own settings.
 */
public final class SignerFactory {
    private static final HexFormat HEX = HexFormat.of();

    private final AuditLog auditLog;
    private final Clock clock;
    private final SecureRandom random;

    public SignerFactory(AuditLog auditLog, Clock clock, SecureRandom random) {
        this.auditLog = Objects.requireNonNull(auditLog, "auditLog");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.random = Objects.requireNonNull(random, "random");
    }

    /** Every role's signer from {@code settings}; if one cannot be built, those already built are closed. */
    public ConfiguredSigners create(Map<String, String> settings) {
        Objects.requireNonNull(settings, "settings");
        Map<SignerRole, SignerConfig> configs = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            configs.put(role, SignerConfig.forRole(role, settings));
        }
        Map<SignerRole, AuditingSigner> signers = new EnumMap<>(SignerRole.class);
        try {
            configs.forEach((role, config) -> signers.put(role, create(role, config)));
        } catch (RuntimeException e) {
            signers.values().forEach(signer -> closeQuietly(signer, e));
            throw e;
        }
        return new ConfiguredSigners(signers, configs);
    }

    /** One role's audited signer. */
    public AuditingSigner create(SignerRole role, SignerConfig config) {
        return new AuditingSigner(open(config), role, config.keyId(), auditLog, clock);
    }

    private Signer open(SignerConfig config) {
        return switch (config) {
            case SignerConfig.LocalKey local when local.seedHex() == null -> LocalKeySigner.generate(random);
            case SignerConfig.LocalKey local -> fromSeed(local.seedHex());
            case SignerConfig.Mnemonic mnemonic -> LocalKeySigner.fromMnemonic(mnemonic.words().reveal());
            case SignerConfig.Multisig multisig -> new MultisigAccountSigner(multisig.account());
            case Pkcs11Config pkcs11 -> Pkcs11Signer.open(pkcs11);
            case VaultTransitConfig vault -> VaultTransitSigner.connect(vault);
        };
    }

    private static LocalKeySigner fromSeed(Secret seedHex) {
        byte[] seed = HEX.parseHex(seedHex.reveal());
        try {
            return LocalKeySigner.fromSeed(seed);
        } finally {
            java.util.Arrays.fill(seed, (byte) 0);
        }
    }

    private static void closeQuietly(AuditingSigner signer, RuntimeException cause) {
        try {
            signer.close();
        } catch (RuntimeException e) {
            cause.addSuppressed(e);
        }
    }
}
