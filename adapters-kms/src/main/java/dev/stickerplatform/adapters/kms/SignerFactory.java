package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.AuditLog;
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
 * {@code vault} | {@code aws-kms} | {@code gcp-kms} | {@code multisig} (ADMIN and FUNDER only), plus that kind's own settings; {@code <ROLE>_ACCOUNT}
 * when the account was rekeyed to that key; and during a rotation the next key under {@code NEXT_<ROLE>_...} (see
 * {@link RoleSignerConfig}).
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
        return create(settings, Map.of());
    }

    /**
     * Like {@link #create(Map)}, but the roles in {@code provided} sign with the given signer (an embedding
     * application's, see {@link SignerConfig.Provided}), audited as every other; their settings are not read.
     */
    public ConfiguredSigners create(Map<String, String> settings, Map<SignerRole, ? extends Signer> provided) {
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(provided, "provided");
        Map<SignerRole, RoleSignerConfig> configs = new EnumMap<>(SignerRole.class);
        for (SignerRole role : SignerRole.values()) {
            Signer given = provided.get(role);
            configs.put(role, given != null ? new RoleSignerConfig(role, new SignerConfig.Provided(given), null, null)
                    : RoleSignerConfig.read(role, settings));
        }
        Map<SignerRole, RoleKeys> roles = new EnumMap<>(SignerRole.class);
        try {
            configs.forEach((role, config) -> roles.put(role, open(config)));
        } catch (RuntimeException e) {
            roles.values().forEach(keys -> closeQuietly(keys, e));
            throw e;
        }
        return new ConfiguredSigners(roles);
    }

    /** One role's keys from {@code settings}, without opening the other roles' (the {@code keys} command). */
    public RoleKeys open(SignerRole role, Map<String, String> settings) {
        return open(RoleSignerConfig.read(role, Objects.requireNonNull(settings, "settings")));
    }

    /** One role's keys: the current one and, during a rotation, the next one, both acting for the role's account. */
    public RoleKeys open(RoleSignerConfig config) {
        AuditingSigner current = audited(config.role(), config.key(), config.account());
        AuditingSigner next = null;
        try {
            if (config.rotating()) {
                next = audited(config.role(), config.next(), current.address());
            }
            return new RoleKeys(config, current, next);
        } catch (RuntimeException e) {
            closeQuietly(current, e);
            if (next != null) {
                closeQuietly(next, e);
            }
            throw e;
        }
    }

    /**
     * An approver's own key, configured like a role's key under {@code APPROVER_} ({@code APPROVER_SIGNER} and that
     * kind's settings); its signatures are audited under {@code role}, the role whose operation it approves.
     */
    public AuditingSigner openApprover(SignerRole role, Map<String, String> settings) {
        SignerConfig config = SignerSettings.parse("APPROVER_", Objects.requireNonNull(settings, "settings"));
        return new AuditingSigner(open(config), role, "approver:" + config.keyId(), auditLog, clock);
    }

    /** One role's audited signer. */
    public AuditingSigner create(SignerRole role, SignerConfig config) {
        return audited(role, config, null);
    }

    /** The key of {@code config}, acting for {@code account} when that is not the key's own (null: its own). */
    private AuditingSigner audited(SignerRole role, SignerConfig config, Address account) {
        return new AuditingSigner(RekeyedSigner.of(account, open(config)), role, config.keyId(), auditLog, clock);
    }

    private Signer open(SignerConfig config) {
        return switch (config) {
            case SignerConfig.LocalKey local when local.seedHex() == null -> LocalKeySigner.generate(random);
            case SignerConfig.LocalKey local -> fromSeed(local.seedHex());
            case SignerConfig.Mnemonic mnemonic -> LocalKeySigner.fromMnemonic(mnemonic.words().reveal());
            case SignerConfig.Multisig multisig -> new MultisigAccountSigner(multisig.account());
            case SignerConfig.Provided provided -> new Borrowed(provided.signer());
            case Pkcs11Config pkcs11 -> Pkcs11Signer.open(pkcs11);
            case VaultTransitConfig vault -> VaultTransitSigner.connect(vault);
            case AwsKmsConfig aws -> AwsKmsSigner.connect(aws);
            case GcpKmsConfig gcp -> GcpKmsSigner.connect(gcp);
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

    private static void closeQuietly(AutoCloseable signer, RuntimeException cause) {
        try {
            signer.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    /** A provided signer, not closed with the platform's signers: its owner closes it. */
    private record Borrowed(Signer signer) implements Signer {
        @Override
        public Address address() {
            return signer.address();
        }

        @Override
        public Address authAddress() {
            return signer.authAddress();
        }

        @Override
        public byte[] sign(byte[] bytesToSign) {
            return signer.sign(bytesToSign);
        }
    }
}
