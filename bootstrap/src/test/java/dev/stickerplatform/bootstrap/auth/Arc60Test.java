package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.auth.WalletSignatures;
import dev.stickerplatform.bootstrap.auth.AuthPlatform.Reply;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Ed25519;
import dev.stickerplatform.domain.model.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The ARC-60 AUTH form: the test vectors of the ARCs repository ({@code assets/arc-0060/test-vectors.json},
 * transcribed to hex in {@code arc-0060-vectors.json}) verify with the platform's own verification, and a wallet
 * holding the vectors' key signs in through HTTP with a CAIP-122 request built from the challenge — while data or
 * authenticator data that do not name this challenge and domain are refused.
 */
class Arc60Test {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HexFormat HEX = HexFormat.of();
    private static JsonNode vectors;

    AuthPlatform auth;
    DevWallet wallet;

    @BeforeAll
    static void loadVectors() throws IOException {
        try (InputStream in = Arc60Test.class.getResourceAsStream("arc-0060-vectors.json")) {
            vectors = JSON.readTree(in);
        }
    }

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
        wallet = DevWallet.fromSeed(HEX.parseHex(vectors.get("seed").asText()));
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void theVectorsKeyIsAnAlgorandAccount() {
        byte[] publicKey = HEX.parseHex(vectors.get("publicKey").asText());

        assertThat(wallet.address().publicKey()).isEqualTo(publicKey);
        assertThat(wallet.address())
                .isEqualTo(new Address("BYVBFXCGJLDU5Q7POFA2G4CLAGUBWRU3TOKDPNQG57D44KW6CVY3FPIXRM"));
    }

    @Test
    void theRawSigningVectorVerifies() {
        JsonNode raw = vectors.get("rawSign");

        assertThat(Ed25519.verify(HEX.parseHex(vectors.get("publicKey").asText()),
                HEX.parseHex(raw.get("data").asText()), HEX.parseHex(raw.get("signature").asText()))).isTrue();
    }

    @Test
    void everyAuthVectorVerifiesAndNamesItsDomain() {
        List<String> verified = new ArrayList<>();
        for (JsonNode vector : vectors.get("auth")) {
            byte[] data = Base64.getDecoder().decode(vector.get("data").asText());
            byte[] authenticatorData = HEX.parseHex(vector.get("authenticatorData").asText());
            byte[] signer = HEX.parseHex(vector.get("signer").asText());
            byte[] signature = HEX.parseHex(vector.get("signature").asText());
            String domain = vector.get("domain").asText();

            assertThat(WalletSignatures.arc60NamesDomain(authenticatorData, domain)).as(vector.get("name").asText())
                    .isTrue();
            assertThat(Ed25519.verify(signer, WalletSignatures.arc60Payload(data, authenticatorData),
                    signature)).as(vector.get("name").asText()).isTrue();
            assertThat(WalletSignatures.arc60NamesDomain(authenticatorData, "evil." + domain)).isFalse();
            assertThat(Ed25519.verify(signer, WalletSignatures.arc60Payload(flipped(data), authenticatorData),
                    signature)).isFalse();
            assertThat(Ed25519.verify(signer, WalletSignatures.arc60Payload(data,
                    flipped(authenticatorData)), signature)).isFalse();
            verified.add(vector.get("name").asText());
        }
        assertThat(verified).containsExactly("caip122", "fido2", "create1", "create2");
    }

    @Test
    void aWalletSignsInWithAnArc60RequestBuiltFromTheChallenge() throws Exception {
        JsonNode challenge = auth.challenge(wallet.address().value());

        Reply reply = verify(challenge, caip122(challenge, UnaryOperator.identity()),
                authenticatorData(challenge.get("domain").asText()));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        assertThat(reply.body().get("walletAddress").asText()).isEqualTo(wallet.address().value());
        assertThat(Tokens.claims(reply.body().get("accessToken").asText()).get("sub").asText())
                .isEqualTo(wallet.address().value());
    }

    @Test
    void authenticatorDataOfAnotherDomainIsRefused() throws Exception {
        JsonNode challenge = auth.challenge(wallet.address().value());

        Reply reply = verify(challenge, caip122(challenge, UnaryOperator.identity()),
                authenticatorData("evil.example"));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.detail()).contains("does not match the challenge");
    }

    @Test
    void dataThatDoesNotNameTheChallengeIsRefused() throws Exception {
        Map<String, UnaryOperator<Map<String, Object>>> changes = new LinkedHashMap<>();
        changes.put("another nonce", data -> with(data, "nonce", "00".repeat(32)));
        changes.put("another network", data -> with(data, "chain_id", "algorand:wGHE2Pwdvd7S12BL5FaOP20EGYesN73k"));
        changes.put("another domain", data -> with(data, "domain", "evil.example"));
        changes.put("another uri", data -> with(data, "uri", "https://evil.example"));
        changes.put("another account", data -> with(data, "account_address", DevWallet.generate().address().value()));
        changes.put("a later expiry", data -> with(data, "expiration-time", "2099-01-01T00:00:00Z"));
        changes.put("no issued-at", data -> {
            data.remove("issued-at");
            return data;
        });
        for (var change : changes.entrySet()) {
            JsonNode challenge = auth.challenge(wallet.address().value());
            Reply reply = verify(challenge, caip122(challenge, change.getValue()),
                    authenticatorData(challenge.get("domain").asText()));
            assertThat(reply.status()).as(change.getKey() + ": " + reply).isEqualTo(401);
        }
    }

    @Test
    void anArc60SignatureByAnotherKeyIsRefused() throws Exception {
        JsonNode challenge = auth.challenge(wallet.address().value());
        Map<String, Object> data = caip122(challenge, UnaryOperator.identity());
        byte[] authenticatorData = authenticatorData(challenge.get("domain").asText());
        byte[] signature = sign(AuthPlatform.filled(0x44), WalletSignatures.arc60Payload(canonical(data),
                authenticatorData));

        Reply reply = auth.post("/auth/verify", body(challenge, data, authenticatorData, signature), null);

        assertThat(reply.status()).as(reply.toString()).isEqualTo(401);
        assertThat(reply.detail()).contains("not valid");
    }

    /** A CAIP-122 request naming the challenge, as a wallet app would build it, changed by {@code change}. */
    private Map<String, Object> caip122(JsonNode challenge, UnaryOperator<Map<String, Object>> change) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("version", "1");
        data.put("uri", challenge.get("uri").asText());
        data.put("type", "ed25519");
        data.put("statement", "Sign in to Sticker Platform");
        data.put("nonce", challenge.get("nonce").asText());
        data.put("issued-at", challenge.get("issuedAt").asText());
        data.put("expiration-time", challenge.get("expiresAt").asText());
        data.put("domain", challenge.get("domain").asText());
        data.put("chain_id", challenge.get("chainId").asText());
        data.put("account_address", wallet.address().value());
        data.put("resources", List.of("auth"));
        return change.apply(data);
    }

    /**
     * Signs like the ARC-60 reference wallet — over the canonical JSON — but sends the data pretty-printed and in
     * another member order, so the server must canonicalise it too.
     */
    private Reply verify(JsonNode challenge, Map<String, Object> data, byte[] authenticatorData) throws Exception {
        byte[] signature = sign(HEX.parseHex(vectors.get("seed").asText()),
                WalletSignatures.arc60Payload(canonical(data), authenticatorData));
        return auth.post("/auth/verify", body(challenge, data, authenticatorData, signature), null);
    }

    private Map<String, Object> body(JsonNode challenge, Map<String, Object> data, byte[] authenticatorData,
                                     byte[] signature) throws IOException {
        byte[] sent = JSON.copy().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsBytes(data);
        return Map.of("walletAddress", wallet.address().value(), "nonce", challenge.get("nonce").asText(),
                "scheme", "arc60", "data", Base64.getEncoder().encodeToString(sent),
                "authenticatorData", Base64.getEncoder().encodeToString(authenticatorData),
                "signature", Base64.getEncoder().encodeToString(signature));
    }

    /** RFC 8785 for this data (strings and a list of strings): sorted members, no whitespace. */
    private static byte[] canonical(Map<String, Object> data) throws IOException {
        return JSON.writeValueAsBytes(new TreeMap<>(data));
    }

    /** {@code sha256(domain)}, then flags (user present, verified) and a signature counter, as WebAuthn lays out. */
    private static byte[] authenticatorData(String domain) {
        byte[] data = Arrays.copyOf(Hashes.sha256(AuthPlatform.utf8(domain)), 37);
        data[32] = 0x05;
        data[36] = 1;
        return data;
    }

    private static byte[] sign(byte[] seed, byte[] payload) throws Exception {
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(Tokens.privateKey(seed));
        signer.update(payload);
        return signer.sign();
    }

    private static Map<String, Object> with(Map<String, Object> data, String name, Object value) {
        data.put(name, value);
        return data;
    }

    private static byte[] flipped(byte[] bytes) {
        byte[] copy = bytes.clone();
        copy[copy.length - 1] ^= 1;
        return copy;
    }
}
