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
 * README). Error messages name the setting, never its value.
 */
final class SignerSettings {
    static final String LOCAL = "local";
    static final String MNEMONIC = "mnemonic";
    static final String PKCS11 = "pkcs11";
    static final String VAULT = "vault";
    static final String MULTISIG = "multisig";
    /** Roles whose transactions are automated (per tip, per registration): they cannot wait for approvers. */
    private static final java.util.Set<SignerRole> AUTOMATED = java.util.EnumSet.of(SignerRole.MINTER,
            SignerRole.DEPLOYER);

    private final SignerRole role;

    private final String prefix;
    private final Map<String, String> settings;

    private SignerSettings(SignerRole role, Map<String, String> settings) {
        this.role = role;
        this.prefix = role.name() + "_";
        this.settings = settings;
    }

    static SignerConfig parse(SignerRole role, Map<String, String> settings) {
        return new SignerSettings(role, settings).parse();
    }

    private SignerConfig parse() {
        String kind = optional("SIGNER");
        kind = kind == null ? LOCAL : kind.toLowerCase(Locale.ROOT);
        if (!java.util.Set.of(LOCAL, MNEMONIC, PKCS11, VAULT, MULTISIG).contains(kind)) {
            throw new IllegalArgumentException(prefix + "SIGNER must be one of local, mnemonic, pkcs11, vault, "
                    + "multisig");
        }
        if (kind.equals(MULTISIG) && AUTOMATED.contains(role)) {
            throw new IllegalArgumentException(prefix + "SIGNER=multisig: " + role + " signs automatically (every "
                    + "sticker, every registration) and cannot wait for approvers; make ADMIN or FUNDER a multisig");
        }
        try {
            return switch (kind) {
                case LOCAL -> new SignerConfig.LocalKey(secretOrNull("SEED_HEX"));
                case MNEMONIC -> new SignerConfig.Mnemonic(secret("MNEMONIC"));
                case PKCS11 -> pkcs11();
                case VAULT -> vault();
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
        URI address;
        try {
            address = new URI(required("VAULT_ADDR"));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(prefix + "VAULT_ADDR is not a URL");
        }
        Duration timeout = Duration.ofMillis(intOr("VAULT_TIMEOUT_MS",
                (int) VaultTransitConfig.DEFAULT_TIMEOUT.toMillis()));
        return new VaultTransitConfig(address, secret("VAULT_TOKEN"), optional("VAULT_MOUNT"),
                required("VAULT_KEY"), intOr("VAULT_KEY_VERSION", 0), optional("VAULT_NAMESPACE"), timeout);
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
