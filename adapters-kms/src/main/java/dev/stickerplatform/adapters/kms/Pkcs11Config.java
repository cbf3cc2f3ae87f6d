package dev.stickerplatform.adapters.kms;

import java.util.HexFormat;
import java.util.Objects;

/**
 * Where a {@link Pkcs11Signer} finds its Ed25519 key: the vendor's PKCS#11 module, the token (by label, or by slot
 * id when {@code tokenLabel} is null), the user PIN, and the key pair (by {@code CKA_LABEL}, {@code CKA_ID} in hex,
 * or both).
 *
 * @param library     path of the vendor's PKCS#11 shared library, e.g. {@code /usr/lib/softhsm/libsofthsm2.so}
 * @param tokenLabel  the token's label; null to select by {@code slotId}
 * @param slotId      the slot id; used only when {@code tokenLabel} is null
 * @param pin         the user (CKU_USER) PIN
 * @param keyLabel    {@code CKA_LABEL} of the key pair; may be null if {@code keyIdHex} is given
 * @param keyIdHex    {@code CKA_ID} of the key pair in hex; may be null if {@code keyLabel} is given
 * @param maxSessions upper bound of the session pool shared by concurrent callers
 */
public record Pkcs11Config(String library, String tokenLabel, Long slotId, Secret pin, String keyLabel,
                           String keyIdHex, int maxSessions) implements SignerConfig {
    public static final int DEFAULT_MAX_SESSIONS = 4;

    public Pkcs11Config {
        tokenLabel = blankToNull(tokenLabel);
        keyLabel = blankToNull(keyLabel);
        keyIdHex = blankToNull(keyIdHex);
        if (library == null || library.isBlank()) {
            throw new IllegalArgumentException("the PKCS#11 module library path is required");
        }
        if ((tokenLabel == null) == (slotId == null)) {
            throw new IllegalArgumentException("give exactly one of a PKCS#11 token label and a slot id");
        }
        Objects.requireNonNull(pin, "the PKCS#11 user PIN is required");
        if (keyLabel == null && keyIdHex == null) {
            throw new IllegalArgumentException("give the PKCS#11 key label, the key id, or both");
        }
        if (keyIdHex != null && !keyIdHex.matches("([0-9a-fA-F]{2})+")) {
            throw new IllegalArgumentException("the PKCS#11 key id must be hex bytes, e.g. 01 or a1b2");
        }
        if (maxSessions < 1 || maxSessions > 64) {
            throw new IllegalArgumentException("PKCS#11 sessions must be between 1 and 64");
        }
    }

    /** The usual case: token and key both found by label, with the default session pool. */
    public static Pkcs11Config byLabels(String library, String tokenLabel, Secret pin, String keyLabel) {
        return new Pkcs11Config(library, tokenLabel, null, pin, keyLabel, null, DEFAULT_MAX_SESSIONS);
    }

    byte[] keyIdBytes() {
        return keyIdHex == null ? null : HexFormat.of().parseHex(keyIdHex);
    }

    /** The token as people name it: its label, or {@code slot-<id>}. */
    String tokenName() {
        return tokenLabel != null ? tokenLabel : "slot-" + slotId;
    }

    /** The key as people name it: its label, else {@code id-<hex>}. */
    String keyName() {
        return keyLabel != null ? keyLabel : "id-" + keyIdHex.toLowerCase(java.util.Locale.ROOT);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    @Override
    public boolean isDevelopmentOnly() {
        return false;
    }

    @Override
    public String keyId() {
        return "pkcs11:" + tokenName() + "/" + keyName();
    }

    @Override
    public String toString() {
        return "Pkcs11Config[library=" + library + ", token=" + tokenName() + ", key=" + keyName()
                + ", maxSessions=" + maxSessions + "]";
    }
}
