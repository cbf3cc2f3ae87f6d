package dev.stickerplatform.bootstrap.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jsonwebtoken.Jwts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Date;
import java.util.HexFormat;
import java.util.UUID;

/** Reading JWTs, and making the ones an attacker would try: forged, tampered, unsigned. */
final class Tokens {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] PKCS8_PREFIX = HexFormat.of().parseHex("302e020100300506032b657004220420");
    private static final byte[] X509_PREFIX = HexFormat.of().parseHex("302a300506032b6570032100");

    private Tokens() {
    }

    static JsonNode header(String token) {
        return part(token, 0);
    }

    static JsonNode claims(String token) {
        return part(token, 1);
    }

    /** A token signed with the Ed25519 key of {@code seed}: what only the holder of that key can make. */
    static String signed(byte[] seed, String kid, String issuer, String audience, String wallet, String role,
                         Instant issuedAt, Instant expiresAt) {
        return signed(seed, kid, issuer, audience, wallet, role, issuedAt, expiresAt, null);
    }

    /** As above, naming the session {@code sessionId} (claim {@code sid}; none when null). */
    static String signed(byte[] seed, String kid, String issuer, String audience, String wallet, String role,
                         Instant issuedAt, Instant expiresAt, String sessionId) {
        return Jwts.builder().header().keyId(kid).type("JWT").and()
                .issuer(issuer).audience().single(audience)
                .subject(wallet).claim("role", role).claim("sid", sessionId).id(UUID.randomUUID().toString())
                .issuedAt(Date.from(issuedAt)).expiration(Date.from(expiresAt))
                .signWith(privateKey(seed), Jwts.SIG.EdDSA).compact();
    }

    /** {@code token} with its payload replaced by {@code claims} (the signature kept). */
    static String withClaims(String token, String claimsJson) {
        String[] parts = token.split("\\.");
        return parts[0] + "." + encode(claimsJson) + "." + parts[2];
    }

    /** {@code token} with its header replaced (payload and signature kept). */
    static String withHeader(String token, String headerJson) {
        String[] parts = token.split("\\.");
        return encode(headerJson) + "." + parts[1] + "." + parts[2];
    }

    /** {@code token} with one bit of its signature flipped. */
    static String withFlippedSignatureBit(String token) {
        String[] parts = token.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[10] ^= 1;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** An unsigned token ({@code alg: none}) with the claims of {@code token}. */
    static String unsigned(String token) {
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + token.split("\\.")[1] + ".";
    }

    static String encode(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    /** Whether the token's EdDSA signature verifies with the raw Ed25519 public key {@code x} (JWK form). */
    static boolean verifiesWith(String token, byte[] publicKey) throws GeneralSecurityException {
        String[] parts = token.split("\\.");
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey(publicKey));
        verifier.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return verifier.verify(Base64.getUrlDecoder().decode(parts[2]));
    }

    static PrivateKey privateKey(byte[] seed) {
        try {
            byte[] der = Arrays.copyOf(PKCS8_PREFIX, PKCS8_PREFIX.length + 32);
            System.arraycopy(seed, 0, der, PKCS8_PREFIX.length, 32);
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] der = Arrays.copyOf(X509_PREFIX, X509_PREFIX.length + 32);
        System.arraycopy(raw, 0, der, X509_PREFIX.length, 32);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(der));
    }

    private static JsonNode part(String token, int index) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(token.split("\\.")[index]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
