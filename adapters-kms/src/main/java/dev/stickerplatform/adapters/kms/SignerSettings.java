package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MultisigAccount;
import dev.stickerplatform.domain.port.SignerRole;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Reads one role's {@link SignerConfig} from flat settings named {@code <ROLE>_...} (documented in the module
 * README), or a key's settings under any other prefix (the next key of a rotation: {@code NEXT_<ROLE>_...}). Error
 * messages name the setting, never its value.
 */
final class SignerSettings {
    static final String LOCAL = "local";
    static final String MNEMONIC = "mnemonic";
    static final String PKCS11 = "pkcs11";
    static final String VAULT = "vault";
    static final String MULTISIG = "multisig";
    static final String AWS_KMS = "aws-kms";
    static final String GCP_KMS = "gcp-kms";
    /**
     * The only prefixes a multisig account may be configured under (ADMIN, FUNDER and DEPLOYER, or their next key: an
     * account rekeyed to a multisig keeps its address). MINTER signs automatically (every sticker) and cannot wait for
     * approvers; DEPLOYER can only with registration by approval (checked with the other settings at start-up); an
     * approver's own key is one key.
     */
    private static final java.util.Set<String> MULTISIG_PREFIXES = java.util.Set.of("ADMIN_", "FUNDER_",
            "DEPLOYER_", "NEXT_ADMIN_", "NEXT_FUNDER_", "NEXT_DEPLOYER_");

    private final String prefix;
    private final Map<String, String> settings;

    private SignerSettings(String prefix, Map<String, String> settings) {
        this.prefix = prefix;
        this.settings = settings;
    }

    static SignerConfig parse(SignerRole role, Map<String, String> settings) {
        return parse(role.name() + "_", settings);
    }

    /** The key configured by {@code <prefix>SIGNER} and that kind's settings under the same prefix. */
    static SignerConfig parse(String prefix, Map<String, String> settings) {
        return new SignerSettings(prefix, settings).parse();
    }

    /** Whether {@code <prefix>SIGNER} is set at all (a next key is configured only when it is). */
    static boolean isSet(String prefix, Map<String, String> settings) {
        return new SignerSettings(prefix, settings).optional("SIGNER") != null;
    }

    /** The address in {@code <prefix><name>}, or null when it is not set. */
    static Address address(String prefix, String name, Map<String, String> settings) {
        String value = new SignerSettings(prefix, settings).optional(name);
        if (value == null) {
            return null;
        }
        try {
            return new Address(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(prefix + name + " is not an Algorand address (58 characters with a"
                    + " valid checksum)");
        }
    }

    private SignerConfig parse() {
        String kind = optional("SIGNER");
        kind = kind == null ? LOCAL : kind.toLowerCase(Locale.ROOT);
        if (!SignerConfig.KINDS.contains(kind)) {
            throw new IllegalArgumentException(prefix + "SIGNER must be one of " + String.join(", ",
                    SignerConfig.KINDS));
        }
        if (kind.equals(MULTISIG) && !MULTISIG_PREFIXES.contains(prefix)) {
            throw new IllegalArgumentException(prefix + "SIGNER=multisig: only ADMIN, FUNDER and DEPLOYER (with "
                    + "REGISTRATION_MODE=approval) can be multisig accounts (MINTER signs automatically for every "
                    + "sticker and cannot wait for approvers)");
        }
        try {
            return switch (kind) {
                case LOCAL -> new SignerConfig.LocalKey(secretOrNull("SEED_HEX"));
                case MNEMONIC -> new SignerConfig.Mnemonic(secret("MNEMONIC"));
                case PKCS11 -> pkcs11();
                case VAULT -> vault();
                case AWS_KMS -> new AwsKmsConfig(required("AWS_KMS_KEY_ID"), optional("AWS_KMS_REGION"),
                        uriOrNull("AWS_KMS_ENDPOINT"), timeout("AWS_KMS_TIMEOUT_MS", AwsKmsConfig.DEFAULT_TIMEOUT));
                case GCP_KMS -> new GcpKmsConfig(required("GCP_KMS_KEY_VERSION"), uriOrNull("GCP_KMS_ENDPOINT"),
                        timeout("GCP_KMS_TIMEOUT_MS", GcpKmsConfig.DEFAULT_TIMEOUT));
                case MULTISIG -> multisig();
                default -> throw new IllegalStateException("unreachable: " + kind);
            };
        } catch (IllegalArgumentException | NullPointerException e) {
            // record validation speaks of "the PKCS#11 key id" etc.: say which role's settings are wrong
            throw new IllegalArgumentException(prefix + "SIGNER=" + kind + ": " + e.getMessage(), e);
        }
    }

    /** {@code <ROLE>_MULTISIG_THRESHOLD} and {@code <ROLE>_MULTISIG_MEMBERS} (addresses, comma-separated, in order). */
    private SignerConfig.Multisig multisig() {
        String members = required("MULTISIG_MEMBERS");
        int threshold = (int) number("MULTISIG_THRESHOLD", required("MULTISIG_THRESHOLD"), 255);
        java.util.List<Address> keys = new java.util.ArrayList<>();
        for (String member : members.split(",")) {
            try {
                keys.add(new Address(member.strip()));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(prefix + "MULTISIG_MEMBERS must be Algorand addresses separated "
                        + "by commas; entry " + (keys.size() + 1) + " is not one");
            }
        }
        return new SignerConfig.Multisig(new MultisigAccount(threshold, keys));
    }

    private Pkcs11Config pkcs11() {
        String tokenLabel = optional("PKCS11_TOKEN_LABEL");
        String slot = optional("PKCS11_SLOT");
        if ((tokenLabel == null) == (slot == null)) {
            throw new IllegalArgumentException("set exactly one of " + prefix + "PKCS11_TOKEN_LABEL and " + prefix
                    + "PKCS11_SLOT");
        }
        Long slotId = slot == null ? null : number("PKCS11_SLOT", slot, Long.MAX_VALUE);
        return new Pkcs11Config(required("PKCS11_LIBRARY"), tokenLabel, slotId, secret("PKCS11_PIN"),
                optional("PKCS11_KEY_LABEL"), optional("PKCS11_KEY_ID"),
                intOr("PKCS11_SESSIONS", Pkcs11Config.DEFAULT_MAX_SESSIONS));
    }

    private VaultTransitConfig vault() {
        return new VaultTransitConfig(uri("VAULT_ADDR"), secret("VAULT_TOKEN"), optional("VAULT_MOUNT"),
                required("VAULT_KEY"), intOr("VAULT_KEY_VERSION", 0), optional("VAULT_NAMESPACE"),
                timeout("VAULT_TIMEOUT_MS", VaultTransitConfig.DEFAULT_TIMEOUT));
    }

    private URI uri(String name) {
        required(name);
        return uriOrNull(name);
    }

    private URI uriOrNull(String name) {
        String value = optional(name);
        try {
            return value == null ? null : new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(prefix + name + " is not a URL");
        }
    }

    private Duration timeout(String name, Duration fallback) {
        return Duration.ofMillis(intOr(name, (int) fallback.toMillis()));
    }

    private String optional(String name) {
        String value = settings.get(prefix + name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    private String required(String name) {
        String value = optional(name);
        if (value == null) {
            throw new IllegalArgumentException(prefix + name + " is required");
        }
        return value;
    }

    private Secret secret(String name) {
        return Secret.of(required(name));
    }

    private Secret secretOrNull(String name) {
        String value = optional(name);
        return value == null ? null : Secret.of(value);
    }

    private int intOr(String name, int fallback) {
        String value = optional(name);
        return value == null ? fallback : (int) number(name, value, Integer.MAX_VALUE);
    }

    private long number(String name, String value, long max) {
        try {
            long number = Long.parseLong(value);
            if (number < 0 || number > max) {
                throw new NumberFormatException();
            }
            return number;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(prefix + name + " must be a whole number up to " + max);
        }
    }
}
