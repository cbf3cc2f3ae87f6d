package dev.stickerplatform.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.LoggingEvent;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLineEncoderTest {
    private final LoggerContext context = new LoggerContext();
    private final JsonLineEncoder encoder = new JsonLineEncoder();

    JsonLineEncoderTest() {
        encoder.setContext(context);
        encoder.start();
    }

    @Test
    void aLineIsOneJsonObjectWithTheFixedFieldsAndTheDiagnosticContext() throws Exception {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("dev.stickerplatform.Pipeline"), Level.INFO,
                "minted {} for \"{}\"", null, new Object[] {1042, "ada\nline"});
        event.setThreadName("mint-worker-1");
        event.setTimeStamp(1_700_000_000_123L);
        event.setMDCPropertyMap(Map.of("jobId", "j-1", "tipTxId", "TX1", "level", "must not replace the level"));

        String line = new String(encoder.encode(event), StandardCharsets.UTF_8);

        assertThat(line).endsWith("\n").doesNotContain("\n{").hasLineCount(1);
        JsonNode json = new ObjectMapper().readTree(line);
        assertThat(json.get("timestamp").asText()).isEqualTo("2023-11-14T22:13:20.123Z");
        assertThat(json.get("level").asText()).isEqualTo("INFO");
        assertThat(json.get("logger").asText()).isEqualTo("dev.stickerplatform.Pipeline");
        assertThat(json.get("thread").asText()).isEqualTo("mint-worker-1");
        assertThat(json.get("message").asText()).isEqualTo("minted 1042 for \"ada\nline\"");
        assertThat(json.get("jobId").asText()).isEqualTo("j-1");
        assertThat(json.get("tipTxId").asText()).isEqualTo("TX1");
    }

    @Test
    void anExceptionTravelsAsItsStackTrace() throws Exception {
        LoggingEvent event = new LoggingEvent("x", context.getLogger("a"), Level.WARN, "failed",
                new IllegalStateException("boom"), null);
        event.setMDCPropertyMap(Map.of());

        JsonNode json = new ObjectMapper().readTree(encoder.encode(event));

        assertThat(json.get("exception").asText()).contains("IllegalStateException: boom").contains("\tat ");
    }
}
