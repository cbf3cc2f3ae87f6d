package dev.stickerplatform.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.bootstrap.config.Env;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code config check} prints one line per setting, and never a content store's credentials. */
class ConfigCheckSecretsTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private String check(Map<String, String> env) {
        ConfigCommand.run(new String[] {"check"}, new Env(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachSettingHasItsOwnLineNamedByItsRecord() {
        assertThat(check(Map.of("FAUCET_APPROVAL_ABOVE_ALGO", "2"))).contains("  http.port = 8000\n")
                .contains("  faucet.approvalAbove = 2000000 µALGO\n").contains("  listener.pollTimeout = PT5S\n");
    }

    @Test
    void thePinataJwtAndTheKuboAuthorizationAreMasked() {
        String output = check(Map.of("CONTENT_STORE", "pinata", "PINATA_JWT", "pinata-jwt-s3cret",
                "KUBO_AUTHORIZATION", "Basic a3Vibzpz3cret"));

        assertThat(output).doesNotContain("pinata-jwt-s3cret").doesNotContain("a3Vibzpz3cret")
                .contains("pinataJwt=set");
    }
}
