package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import com.algorand.algosdk.account.Account;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.logging.JsonLineEncoder;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * A whole tip → sticker run with every log line captured as the JSON lines {@code LOG_FORMAT=json} writes (at
 * DEBUG): none contains a configured secret (signer mnemonics, the JWT signing key, the metrics token) in any
 * encoding, and the pipeline's lines carry the tip's {@code tipTxId}, so one tip can be followed through them.
 */
class JsonLogsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aFullRunLogsNoSecretAndTagsThePipelineWithTheTip() throws Exception {
        String minterMnemonic = new Account().toMnemonic();
        String funderMnemonic = new Account().toMnemonic();
        byte[] jwtSeed = new byte[32];
        new java.security.SecureRandom().nextBytes(jwtSeed);
        String metricsToken = "metrics-" + HexFormat.of().formatHex(jwtSeed, 0, 12);
        PlatformConfig base = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        PlatformConfig config = base.withAuth(base.auth().withSigningKey(jwtSeed, "log-test"))
                .withOperations(withMetricsToken(base, metricsToken).withSignerSettings(Map.of(
                        "MINTER_SIGNER", "mnemonic", "MINTER_MNEMONIC", minterMnemonic,
                        "FUNDER_SIGNER", "mnemonic", "FUNDER_MNEMONIC", funderMnemonic)));

        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        Level before = root.getLevel();
        OutputStreamAppender<ILoggingEvent> appender = jsonAppender(context, captured);
        root.addAppender(appender);
        root.setLevel(Level.DEBUG);
        TipToStickerFlow.Outcome outcome;
        try (Platform platform = Platform.start(config)) {
            outcome = new TipToStickerFlow(platform).run();
            String tipTxId = new Api(platform.baseUrl()).get("/nft/" + outcome.soulbound().value()).body()
                    .get("tipTxId").asText();
            List<JsonNode> lines = lines(captured);
            assertThat(lines).isNotEmpty();
            assertThat(lines).filteredOn(line -> line.path("tipTxId").asText().equals(tipTxId))
                    .as("pipeline lines of tip " + tipTxId)
                    .anySatisfy(line -> assertThat(line.path("jobId").asText()).isNotBlank())
                    .anySatisfy(line -> assertThat(line.path("txId").asText()).isNotBlank())
                    // the listener's line when it records the tip names the job the workers' lines carry
                    .anySatisfy(line -> assertThat(line.path("message").asText())
                            .startsWith("tip " + tipTxId + " recorded")
                            .contains(line.path("jobId").asText()));
            // the creator's registration signs as DEPLOYER on the request's thread: the audit line names the request
            assertThat(lines).filteredOn(line -> line.path("logger").asText().equals("audit"))
                    .anySatisfy(line -> assertThat(line.path("requestId").asText()).isNotBlank())
                    .anySatisfy(line -> assertThat(line.path("wallet").asText()).isNotBlank());
        } finally {
            root.detachAppender(appender);
            appender.stop();
            root.setLevel(before);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        List<String> secrets = new ArrayList<>(List.of(minterMnemonic, funderMnemonic, metricsToken,
                HexFormat.of().formatHex(jwtSeed), Base64.getEncoder().encodeToString(jwtSeed),
                Base64.getUrlEncoder().withoutPadding().encodeToString(jwtSeed)));
        // a mnemonic's words in a row, however they are joined
        secrets.add(String.join(" ", List.of(minterMnemonic.split(" ")).subList(0, 6)));
        secrets.add(String.join(",", List.of(minterMnemonic.split(" ")).subList(0, 6)));
        for (String secret : secrets) {
            assertThat(text).as("the logs contain a secret").doesNotContain(secret);
        }
        System.out.printf("JSON logs: %d lines captured, %d secrets looked for, none found%n",
                text.lines().count(), secrets.size());
    }

    private static dev.stickerplatform.bootstrap.config.OperationsConfig withMetricsToken(PlatformConfig config,
                                                                                 String token) {
        var ops = config.operations();
        return ops.withMonitoring(ops.monitoring().withMetricsToken(token));
    }

    private static OutputStreamAppender<ILoggingEvent> jsonAppender(LoggerContext context,
                                                                    ByteArrayOutputStream out) {
        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context);
        encoder.start();
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setName("json-capture");
        appender.setEncoder(encoder);
        appender.setOutputStream(out);
        appender.start();
        return appender;
    }

    private static List<JsonNode> lines(ByteArrayOutputStream captured) throws Exception {
        List<JsonNode> lines = new ArrayList<>();
        String text;
        synchronized (captured) {
            text = captured.toString(StandardCharsets.UTF_8);
        }
        for (String line : text.lines().toList()) {
            lines.add(JSON.readTree(line));
        }
        return lines;
    }
}
