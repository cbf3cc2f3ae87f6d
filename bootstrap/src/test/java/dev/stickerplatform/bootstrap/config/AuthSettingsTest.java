package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.auth.SigningKeys;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Sign-in configuration from the environment: defaults follow {@code PUBLIC_BASE_URL}, keys are accepted in the
 * forms operators have at hand (PEM, base64 of DER or raw bytes, hex), and every bad value stops start-up with a
 * message naming the variable.
 */
class AuthSettingsTest {
    static final byte[] SEED = HexFormat.of()
            .parseHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
    static final byte[] PKCS8 = HexFormat.of().parseHex("302e020100300506032b657004220420"
            + "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");

    @Test
    void theEmbeddedDefaultGeneratesItsKeyAndNamesThePublicUrl() {
        AuthSettings auth = PlatformConfig.embedded().auth();

        assertThat(auth.generatesKey()).isTrue();
        assertThat(auth.domain()).isEqualTo("localhost:8000");
        assertThat(auth.uri()).isEqualTo("http://localhost:8000");
        assertThat(auth.issuer()).isEqualTo("http://localhost:8000");
        assertThat(auth.audience()).isEqualTo("sticker-platform-api");
        assertThat(auth.admins()).isEmpty();
        assertThat(auth.signingKeys().currentId()).isNotEqualTo(auth.signingKeys().currentId());
    }

    @Test
    void everySettingCanBeConfigured() {
        String admin = DevWallet.generate().address().value();
        AuthSettings auth = settings(Map.of("PUBLIC_BASE_URL", "https://api.example", "AUTH_DOMAIN", "app.example",
                "JWT_ISSUER", "https://issuer.example", "JWT_AUDIENCE", "stickers", "ADMIN_WALLETS", " " + admin + " ,",
                "JWT_SIGNING_KEY", HexFormat.of().formatHex(SEED), "JWT_SIGNING_KEY_ID", "2025-01"));

        assertThat(auth.domain()).isEqualTo("app.example");
        assertThat(auth.uri()).isEqualTo("https://api.example");
        assertThat(auth.issuer()).isEqualTo("https://issuer.example");
        assertThat(auth.audience()).isEqualTo("stickers");
        assertThat(auth.admins()).extracting(Object::toString).containsExactly(admin);
        assertThat(auth.generatesKey()).isFalse();
        assertThat(auth.signingKeys().currentId()).isEqualTo("2025-01");
    }

    @Test
    void theSigningKeyIsAcceptedAsPemBase64DerRawBase64OrHex() {
        String pem = "-----BEGIN PRIVATE KEY-----\n" + Base64.getEncoder().encodeToString(PKCS8)
                + "\n-----END PRIVATE KEY-----\n";
        for (String form : new String[] {pem, Base64.getEncoder().encodeToString(PKCS8),
                Base64.getEncoder().encodeToString(SEED), Base64.getUrlEncoder().withoutPadding().encodeToString(SEED),
                HexFormat.of().formatHex(SEED)}) {
            assertThat(settings(Map.of("JWT_SIGNING_KEY", form)).signingKey()).as(form).isEqualTo(SEED);
        }
    }

    @Test
    void withoutAKeyIdTheKeyIsNamedByItsThumbprintTheSameEverywhere() {
        AuthSettings auth = settings(Map.of("JWT_SIGNING_KEY", HexFormat.of().formatHex(SEED)));
        byte[] publicKey = DevWallet.fromSeed(SEED).address().publicKey();

        assertThat(auth.signingKeys().currentId()).isEqualTo(SigningKeys.thumbprint(publicKey))
                .isEqualTo(auth.signingKeys().currentId());
    }

    @Test
    void thePreviousKeyIsAPublicKeyThatJoinsTheJwks() {
        byte[] previous = DevWallet.fromSeed(filled(7)).address().publicKey();
        AuthSettings auth = settings(Map.of("JWT_SIGNING_KEY", HexFormat.of().formatHex(SEED),
                "JWT_PREVIOUS_PUBLIC_KEY", Base64.getUrlEncoder().withoutPadding().encodeToString(previous),
                "JWT_PREVIOUS_KEY_ID", "2024-12"));

        assertThat(auth.previousPublicKey()).isEqualTo(previous);
        assertThat(auth.signingKeys().jwks().toString()).contains("2024-12");
    }

    @Test
    void badValuesNameTheVariable() {
        assertThatThrownBy(() -> settings(Map.of("JWT_SIGNING_KEY", "not a key!")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JWT_SIGNING_KEY");
        assertThatThrownBy(() -> settings(Map.of("JWT_SIGNING_KEY", Base64.getEncoder().encodeToString(new byte[31]))))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JWT_SIGNING_KEY").hasMessageContaining("32");
        assertThatThrownBy(() -> settings(Map.of("JWT_PREVIOUS_PUBLIC_KEY", "AAAA")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JWT_PREVIOUS_PUBLIC_KEY");
        assertThatThrownBy(() -> settings(Map.of("ADMIN_WALLETS", "NOT-AN-ADDRESS")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("ADMIN_WALLETS");
        assertThatThrownBy(() -> settings(Map.of("JWT_SIGNING_KEY_ID", "key id with spaces")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("JWT_SIGNING_KEY_ID");
    }

    @Test
    void theSettingsNeverShowKeyMaterial() {
        String text = settings(Map.of("JWT_SIGNING_KEY", HexFormat.of().formatHex(SEED))).toString();

        assertThat(text).doesNotContain(HexFormat.of().formatHex(SEED)).doesNotContain(Arrays.toString(SEED))
                .contains("configured");
    }

    private static AuthSettings settings(Map<String, String> env) {
        return PlatformConfig.fromEnv(new Env(env)).auth();
    }

    private static byte[] filled(int value) {
        byte[] bytes = new byte[32];
        Arrays.fill(bytes, (byte) value);
        return bytes;
    }
}
