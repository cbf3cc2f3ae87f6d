package dev.stickerplatform.adapters.kms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.domain.port.SigningEvent;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.SignerRole;
import java.lang.System.Logger.Level;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

class SigningEventTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] DIGEST = Hashes.sha512_256("TX tx".getBytes());

    private static SigningEvent event(String purpose, TxId txId, SigningEvent.Outcome outcome, String failure) {
        return new SigningEvent(Instant.parse("2025-03-01T12:00:00Z"), SignerRole.DEPLOYER,
                LocalKeySigner.generate(new SecureRandom()).address(), "vault:transit/deployer:v1", purpose,
                HexFormat.of().formatHex(DIGEST), txId, 5, outcome, failure);
    }

    @Test
    void aSuccessIsOneJsonLineWithStableFieldNames() throws Exception {
        SigningEvent event = event("deploy tip jar 12", TxId.fromHash(DIGEST), SigningEvent.Outcome.OK, null);
        String line = event.toJson();
        assertThat(line).doesNotContain("\n");
        JsonNode json = JSON.readTree(line);
        assertThat(json.get("ts").asText()).isEqualTo("2025-03-01T12:00:00Z");
        assertThat(json.get("event").asText()).isEqualTo("sign");
        assertThat(json.get("role").asText()).isEqualTo("DEPLOYER");
        assertThat(json.get("address").asText()).isEqualTo(event.address().value());
        assertThat(json.get("key").asText()).isEqualTo("vault:transit/deployer:v1");
        assertThat(json.get("purpose").asText()).isEqualTo("deploy tip jar 12");
        assertThat(json.get("sha512_256").asText()).isEqualTo(event.sha512256());
        assertThat(json.get("txid").asText()).isEqualTo(TxId.fromHash(DIGEST).value());
        assertThat(json.get("bytes").asInt()).isEqualTo(5);
        assertThat(json.get("outcome").asText()).isEqualTo("ok");
        assertThat(json.has("error")).isFalse();
    }

    @Test
    void aKeySigningForARekeyedAccountNamesTheAccountToo() throws Exception {
        SigningEvent own = event("p", null, SigningEvent.Outcome.OK, null);
        var account = LocalKeySigner.generate(new SecureRandom()).address();
        SigningEvent rekeyed = new SigningEvent(own.at(), own.role(), own.address(), own.keyId(), own.purpose(),
                own.sha512256(), null, own.length(), own.outcome(), null, account);

        assertThat(JSON.readTree(rekeyed.toJson()).get("account").asText()).isEqualTo(account.value());
        assertThat(JSON.readTree(own.toJson()).has("account")).isFalse();
    }

    @Test
    void aFailureNamesTheErrorAndOmitsTheMissingTxid() throws Exception {
        JsonNode json = JSON.readTree(event("x", null, SigningEvent.Outcome.FAILED, "SignerUnavailableException")
                .toJson());
        assertThat(json.get("outcome").asText()).isEqualTo("failed");
        assertThat(json.get("error").asText()).isEqualTo("SignerUnavailableException");
        assertThat(json.has("txid")).isFalse();
    }

    @Test
    void aPurposeCannotBreakTheLineOrTheJson() throws Exception {
        String hostile = "quote \" backslash \\ newline \n tab \t bell \u0007 separator \u2028 end";
        String line = event(hostile, null, SigningEvent.Outcome.OK, null).toJson();
        assertThat(line).doesNotContain("\n").doesNotContain("\u2028");
        assertThat(JSON.readTree(line).get("purpose").asText()).isEqualTo(hostile);
    }

    @Test
    void theSystemLoggerAuditLogWritesTheJsonLineAtInfo() {
        List<String> lines = new ArrayList<>();
        SystemLoggerAuditLog audit = new SystemLoggerAuditLog(new CapturingLogger(lines));
        SigningEvent event = event("p", null, SigningEvent.Outcome.OK, null);
        audit.record(event);
        assertThat(lines).containsExactly("INFO " + event.toJson());
    }

    private record CapturingLogger(List<String> lines) implements System.Logger {
        @Override
        public String getName() {
            return "audit";
        }

        @Override
        public boolean isLoggable(Level level) {
            return true;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String message, Throwable thrown) {
            lines.add(level + " " + message);
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            lines.add(level + " " + format);
        }
    }
}
