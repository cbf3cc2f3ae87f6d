package dev.stickerplatform.application.auth;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.port.TestData;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The sign-in message: its text and parse are inverses, and nothing else parses. */
class SignInMessageTest {
    static final Instant ISSUED = Instant.parse("2030-05-06T07:08:09Z");
    static final SignInMessage MESSAGE = new SignInMessage("app.example", TestData.FAN, "https://api.example",
            "SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI=", "ab".repeat(32), ISSUED, ISSUED.plusSeconds(300));

    @Test
    void theTextParsesBackToTheSameMessage() {
        assertThat(SignInMessage.parse(MESSAGE.text())).contains(MESSAGE);
        assertThat(MESSAGE.text()).startsWith("app.example wants you to sign in with your Algorand account:\n"
                + TestData.FAN.value() + "\n");
    }

    @Test
    void alteredTextDoesNotParse() {
        String text = MESSAGE.text();
        for (String altered : new String[] {text + "\n", text.replace("Version: 1", "Version: 2"),
                text.replace("URI: ", "URI:"), text.replace("2030-05-06T07:08:09Z", "2030-05-06T07:08:09.000Z"),
                text.replace("\n\n", "\n"), "", text.replace(TestData.FAN.value(), "NOT-A-WALLET")}) {
            assertThat(SignInMessage.parse(altered)).as(altered).isEmpty();
        }
    }

    @Test
    void theChainIdIsTheCaip2IdOfTheGenesisHash() {
        assertThat(SignInMessage.chainId("wGHE2Pwdvd7S12BL5FaOP20EGYesN73ktiC1qzkkit8="))
                .isEqualTo("algorand:wGHE2Pwdvd7S12BL5FaOP20EGYesN73k");
        assertThat(MESSAGE.chainId()).isEqualTo("algorand:SGO1GKSzyE7IEPItTxCByw9x8FmnrCDe");
    }

    @Test
    void aCaip122RequestNamesTheMessageOnlyWhenEveryFieldMatches() {
        Map<String, String> request = new HashMap<>(Map.of("domain", "app.example",
                "account_address", TestData.FAN.value(), "uri", "https://api.example", "chain_id", MESSAGE.chainId(),
                "nonce", MESSAGE.nonce(), "issued-at", "2030-05-06T07:08:09.000Z",
                "expiration-time", "2030-05-06T07:13:09Z", "type", "ed25519"));
        assertThat(MESSAGE.isNamedBy(request)).isTrue();

        for (String field : request.keySet()) {
            Map<String, String> changed = new HashMap<>(request);
            changed.put(field, "2031-01-01T00:00:00Z");
            assertThat(MESSAGE.isNamedBy(changed)).as(field).isFalse();
            changed.remove(field);
            assertThat(MESSAGE.isNamedBy(changed)).as("without " + field).isEqualTo(field.equals("type"));
        }
    }
}
