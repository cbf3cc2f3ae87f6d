package dev.stickerplatform.application.auth;

import dev.stickerplatform.domain.model.Address;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The text a wallet signs to sign in, in the Sign-In-With-Ethereum (EIP-4361) layout adapted to Algorand: it binds
 * the server's domain and URI, the wallet, the network (genesis hash), the nonce, and when it was issued and
 * expires. {@link #text()} and {@link #parse} are exact inverses, so the stored message can be checked field by
 * field when it is answered.
 */
public record SignInMessage(String domain, Address wallet, String uri, String genesisHash, String nonce,
                            Instant issuedAt, Instant expiresAt) {
    static final String HEADER = " wants you to sign in with your Algorand account:";
    static final String STATEMENT = "Sign in to Sticker Platform. Signing sends no transaction and costs no fee.";

    public SignInMessage {
        Objects.requireNonNull(wallet, "wallet");
        for (String field : new String[] {domain, uri, genesisHash, nonce}) {
            if (field == null || field.isBlank() || field.contains("\n") || field.contains("\r")) {
                throw new IllegalArgumentException("message fields must be non-blank single lines");
            }
        }
        issuedAt = Objects.requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
        expiresAt = Objects.requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
    }

    public String text() {
        return domain + HEADER + "\n"
                + wallet.value() + "\n"
                + "\n"
                + STATEMENT + "\n"
                + "\n"
                + "URI: " + uri + "\n"
                + "Version: 1\n"
                + "Genesis Hash: " + genesisHash + "\n"
                + "Nonce: " + nonce + "\n"
                + "Issued At: " + issuedAt + "\n"
                + "Expiration Time: " + expiresAt;
    }

    /** The message {@code text} spells, or empty when it is not exactly in this layout. */
    public static Optional<SignInMessage> parse(String text) {
        String[] lines = text.split("\n", -1);
        if (lines.length != 11 || !lines[0].endsWith(HEADER) || !lines[2].isEmpty() || !lines[3].equals(STATEMENT)
                || !lines[4].isEmpty() || !lines[6].equals("Version: 1")) {
            return Optional.empty();
        }
        try {
            SignInMessage message = new SignInMessage(lines[0].substring(0, lines[0].length() - HEADER.length()),
                    new Address(lines[1]), value(lines[5], "URI: "), value(lines[7], "Genesis Hash: "),
                    value(lines[8], "Nonce: "), Instant.parse(value(lines[9], "Issued At: ")),
                    Instant.parse(value(lines[10], "Expiration Time: ")));
            return message.text().equals(text) ? Optional.of(message) : Optional.empty();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether a CAIP-122 sign-in request (ARC-60 {@code data}) names exactly this message: {@code domain},
     * {@code account_address}, {@code uri}, {@code chain_id} ({@link #chainId()}), {@code nonce},
     * {@code issued-at} and {@code expiration-time}; a {@code type}, when present, is {@code ed25519}.
     */
    public boolean isNamedBy(Map<String, String> caip122) {
        return domain.equals(caip122.get("domain"))
                && wallet.value().equals(caip122.get("account_address"))
                && uri.equals(caip122.get("uri"))
                && chainId().equals(caip122.get("chain_id"))
                && nonce.equals(caip122.get("nonce"))
                && sameInstant(issuedAt, caip122.get("issued-at"))
                && sameInstant(expiresAt, caip122.get("expiration-time"))
                && caip122.getOrDefault("type", "ed25519").equals("ed25519");
    }

    /**
     * The network as a CAIP-2 chain id, {@code algorand:} and the first 32 characters of the base64url genesis
     * hash: what an ARC-60 (CAIP-122) sign-in names as {@code chain_id}.
     */
    public String chainId() {
        return chainId(genesisHash);
    }

    public static String chainId(String genesisHash) {
        String url = Base64.getUrlEncoder().withoutPadding().encodeToString(Base64.getDecoder().decode(genesisHash));
        return "algorand:" + url.substring(0, Math.min(32, url.length()));
    }

    private static boolean sameInstant(Instant expected, String text) {
        try {
            return text != null && expected.equals(Instant.parse(text));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String value(String line, String label) {
        if (!line.startsWith(label)) {
            throw new IllegalArgumentException("expected " + label);
        }
        return line.substring(label.length());
    }
}
