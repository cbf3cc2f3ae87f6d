package dev.stickerplatform.adapters.http.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.http.problem.FieldError;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.server.Params.Base64Form;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The one rule for Ed25519 signature fields, in the two base64 forms its callers accept. */
class ParamsTest {
    /** 64 bytes whose base64 has both characters the two alphabets differ in ({@code +/} against {@code -_}). */
    private static final byte[] SIGNATURE = signatureBytes();
    private static final String STANDARD = Base64.getEncoder().encodeToString(SIGNATURE);
    private static final String URL_SAFE = Base64.getUrlEncoder().encodeToString(SIGNATURE);

    @ParameterizedTest
    @EnumSource(Base64Form.class)
    void standardBase64OfSixtyFourBytesIsASignatureInEitherForm(Base64Form form) {
        assertThat(Params.signature("sig", STANDARD, form)).isEqualTo(SIGNATURE);
        assertThat(Params.signature("sig", STANDARD.replace("=", ""), form)).isEqualTo(SIGNATURE);
    }

    @Test
    void urlSafeBase64AndSurroundingSpaceOnlyWhereTheCallerAllowsThem() {
        assertThat(STANDARD).containsAnyOf("+", "/");
        assertThat(URL_SAFE).containsAnyOf("-", "_");
        assertThat(Params.signature("sig", URL_SAFE, Base64Form.STANDARD_OR_URL_SAFE)).isEqualTo(SIGNATURE);
        assertThat(Params.signature("sig", " " + STANDARD + "\n", Base64Form.STANDARD_OR_URL_SAFE))
                .isEqualTo(SIGNATURE);
        assertInvalid(() -> Params.signature("sig", URL_SAFE, Base64Form.STANDARD), "sig",
                "must be base64 of the 64-byte Ed25519 signature");
        assertInvalid(() -> Params.signature("sig", " " + STANDARD, Base64Form.STANDARD), "sig",
                "must be base64 of the 64-byte Ed25519 signature");
    }

    @ParameterizedTest
    @EnumSource(Base64Form.class)
    void anythingElseIsA400NamingTheField(Base64Form form) {
        String shorter = Base64.getEncoder().encodeToString(new byte[63]);
        String longer = Base64.getEncoder().encodeToString(new byte[65]);
        for (String bad : new String[] {shorter, longer, "not base64!", STANDARD + "#"}) {
            assertInvalid(() -> Params.signature("signature", bad, form), "signature",
                    "must be base64 of the 64-byte Ed25519 signature");
        }
        for (String absent : new String[] {null, "", "  "}) {
            assertInvalid(() -> Params.signature("signature", absent, form), "signature",
                    "is required (base64 of the 64-byte Ed25519 signature)");
        }
    }

    @Test
    void otherBase64FieldsSayWhatTheyHold() {
        assertThat(Params.base64("data", "e30", Base64Form.STANDARD_OR_URL_SAFE, "base64 of JSON"))
                .isEqualTo("{}".getBytes());
        assertInvalid(() -> Params.base64("data", "%%", Base64Form.STANDARD_OR_URL_SAFE, "base64 of JSON"), "data",
                "must be base64 of JSON");
    }

    private static void assertInvalid(Runnable call, String field, String message) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).containsExactly(new FieldError(field, message));
        });
    }

    private static byte[] signatureBytes() {
        byte[] bytes = new byte[64];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (0xF8 + i % 8);
        }
        return bytes;
    }
}
