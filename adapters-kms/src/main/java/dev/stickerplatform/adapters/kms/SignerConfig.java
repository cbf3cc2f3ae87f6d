package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.Map;
import java.util.Objects;

/**
 * How one role's signer is built. Records hold no behaviour beyond validation; {@link SignerFactory} opens them.
 * Secrets are {@link Secret}s, so no config record prints one.
 */
public sealed interface SignerConfig permits SignerConfig.LocalKey, SignerConfig.Mnemonic, SignerConfig.Multisig,
        SignerConfig.Provided, Pkcs11Config, VaultTransitConfig, AwsKmsConfig, GcpKmsConfig {

    /** True when the key lives in process memory: acceptable for development, refused on mainnet. */
    boolean isDevelopmentOnly();

    /** A non-secret name of the key for the audit log (e.g. {@code pkcs11:platform/minter}). */
    String keyId();

    /** Every {@code <ROLE>_SIGNER} kind, in the order the documentation lists them. */
    java.util.List<String> KINDS = java.util.List.of(SignerSettings.LOCAL, SignerSettings.MNEMONIC,
            SignerSettings.PKCS11, SignerSettings.VAULT, SignerSettings.AWS_KMS, SignerSettings.GCP_KMS,
            SignerSettings.MULTISIG);

    /** Reads the configuration of {@code role} from flat settings (environment variables); see the README. */
    static SignerConfig forRole(SignerRole role, Map<String, String> settings) {
        return SignerSettings.parse(role, settings);
    }

    /** An in-memory Ed25519 key: from a 32-byte hex seed, or freshly generated when {@code seedHex} is null. */
    record LocalKey(Secret seedHex) implements SignerConfig {
        public LocalKey {
            if (seedHex != null && !seedHex.reveal().matches("[0-9a-fA-F]{64}")) {
                throw new IllegalArgumentException("a local seed must be 64 hex digits (32 bytes)");
            }
        }

        /** A key generated at start-up, different in every process. */
        public static LocalKey generated() {
            return new LocalKey(null);
        }

        @Override
        public boolean isDevelopmentOnly() {
            return true;
        }

        @Override
        public String keyId() {
            return seedHex == null ? "local:generated" : "local:seed";
        }

        @Override
        public String toString() {
            return "LocalKey[" + keyId() + "]";
        }
    }

    /** An in-memory key from a 25-word Algorand mnemonic (as printed by goal, Pera or the SDKs). */
    record Mnemonic(Secret words) implements SignerConfig {
        public Mnemonic {
            Objects.requireNonNull(words, "mnemonic");
        }

        @Override
        public boolean isDevelopmentOnly() {
            return true;
        }

        @Override
        public String keyId() {
            return "mnemonic";
        }

        @Override
        public String toString() {
            return "Mnemonic[redacted]";
        }
    }

    /**
     * An Algorand multisig account whose member keys are held by approvers outside the platform: the platform
     * signs nothing for it; its transactions wait for the members' signatures (approvals).
     */
    record Multisig(MultisigAccount account) implements SignerConfig {
        public Multisig {
            Objects.requireNonNull(account, "account");
        }

        @Override
        public boolean isDevelopmentOnly() {
            return false;
        }

        @Override
        public String keyId() {
            return "multisig:" + account.threshold() + "-of-" + account.members().size();
        }
    }

    /**
     * A signer handed over in code by an application that embeds the platform, not read from settings. Its keys are
     * that application's responsibility: the platform neither opens nor closes it, and does not count it as
     * development-only (whatever it holds its key in). Its signatures are audited like any other's.
     */
    record Provided(Signer signer) implements SignerConfig {
        public Provided {
            Objects.requireNonNull(signer, "signer");
        }

        @Override
        public boolean isDevelopmentOnly() {
            return false;
        }

        @Override
        public String keyId() {
            return "provided";
        }

        @Override
        public String toString() {
            return "Provided[" + signer.getClass().getName() + "]";
        }
    }
}
