package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.devnet.Devnet;
import dev.stickerplatform.adapters.algorand.devnet.DevnetFaucet;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * One tip followed through the JSON logs of separate processes of the built jar: {@code devnet}, {@code serve}
 * (API and listener, no workers) and one {@code worker} (mint workers only), sharing a fresh PostgreSQL schema. A
 * fan tips; serve's listener logs "tip … recorded" with the tip's {@code tipTxId} and its sticker's {@code jobId},
 * and the worker's lines for that job — mint, and delivery once the fan opts in — carry the same two fields.
 */
class TipTraceProcessesIT {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Duration DEADLINE = Duration.ofSeconds(40);

    @TempDir
    Path work;
    private final List<Process> processes = new ArrayList<>();
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    @AfterEach
    void stop() throws Exception {
        for (Process process : processes) {
            process.destroyForcibly().waitFor();
        }
    }

    @Test
    void aTipIsFollowedFromServesListenerToTheWorkersDeliveryByItsTxIdAndJobId() throws Exception {
        Path jar = Path.of("target", "sticker-platform.jar");
        assertThat(jar).exists();
        DevWallet deployer = DevWallet.generate();
        DevWallet minter = DevWallet.generate();
        DevWallet admin = DevWallet.generate();
        DevWallet funder = DevWallet.generate();
        DevWallet creator = DevWallet.generate();
        DevWallet fan = DevWallet.generate();
        String algod = "http://127.0.0.1:" + freePort();
        int serverPort = freePort();
        String server = "http://127.0.0.1:" + serverPort;

        Path devnetData = work.resolve("devnet-data");
        start(jar, "devnet", List.of("--data", devnetData.toString(), "--port", algod.substring(algod.lastIndexOf(':')
                + 1), "--block-time", "200ms"), Map.of());
        await("devnet answers", () -> healthy(algod + "/v2/status"), ok -> ok);
        Map<String, Long> funding = new LinkedHashMap<>();
        for (DevWallet role : List.of(deployer, minter, admin, funder)) {
            funding.put(role.address().value(), 10_000_000_000L);
        }
        funding.put(creator.address().value(), 1_000_000L);
        funding.put(fan.address().value(), 100_000_000L);
        DevnetFaucet.fundAll(URI.create(algod), Devnet.TOKEN, Devnet.dispenserMnemonic(devnetData), funding,
                DEADLINE);

        Map<String, String> env = new LinkedHashMap<>();
        env.put("NETWORK", "localnet");
        env.put("ALGOD_URL", algod);
        env.put("ALGOD_TOKEN", Devnet.TOKEN);
        env.put("DATABASE_URL", postgres.config().url());
        env.put("DATABASE_SCHEMA", postgres.config().schema());
        env.put("DATABASE_USER", postgres.config().user());
        if (postgres.config().password() != null) {
            env.put("DATABASE_PASSWORD", postgres.config().password());
        }
        env.put("DATABASE_POOL_SIZE", "4");
        for (var role : Map.of("DEPLOYER", deployer, "MINTER", minter, "ADMIN", admin, "FUNDER", funder).entrySet()) {
            env.put(role.getKey() + "_SIGNER", "mnemonic");
            env.put(role.getKey() + "_MNEMONIC", role.getValue().mnemonic());
        }
        byte[] jwtKey = new byte[32];
        new SecureRandom().nextBytes(jwtKey);
        env.put("JWT_SIGNING_KEY", Base64.getEncoder().encodeToString(jwtKey));
        env.put("SIM_BLOCK_TIME_MS", "200");
        env.put("LISTENER_POLL_TIMEOUT_MS", "1000");
        env.put("JOB_RETRY_BASE_MS", "200");
        env.put("JOB_RETRY_CAP_MS", "1000");
        env.put("PUBLIC_BASE_URL", server);
        env.put("LOG_FORMAT", "json");
        env.put("LOG_LEVEL", "info");
        Map<String, String> serveEnv = new LinkedHashMap<>(env);
        serveEnv.putAll(Map.of("PORT", Integer.toString(serverPort), "HOST", "127.0.0.1", "WORKERS", "0"));
        Path serveLog = start(jar, "serve", List.of(), serveEnv);
        Map<String, String> workerEnv = new LinkedHashMap<>(env);
        workerEnv.putAll(Map.of("WORKERS", "1", "WORKER_LISTENER", "false"));
        Path workerLog = start(jar, "worker", List.of(), workerEnv);
        await("serve answers", () -> healthy(server + "/params"), ok -> ok);

        Api api = new Api(server);
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        // 201 when the deployment confirms within the request's wait, 202 when the machine is slow: either way the
        // tip jar becomes active without another request
        assertThat(registered.status()).as(registered.body().toString()).isIn(201, 202);
        JsonNode contract = await("the tip jar is active", () -> api.get("/creator/" + creator.address() + "/contract"),
                reply -> reply.status() == 200 && reply.body().path("status").asText().equals("active")).body();
        AppId app = AppId.of(contract.get("appId").asLong());
        Api.Reply template = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG);
        assertThat(template.status()).as(template.body().toString()).isEqualTo(201);

        List<String> group = fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), "trace me", params(api))
                .stream().map(Base64.getEncoder()::encodeToString).toList();
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns", group));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
        List<String> groupTxIds = new ArrayList<>();
        submitted.body().path("txIds").forEach(id -> groupTxIds.add(id.asText()));

        // serve's listener: "tip <txid> recorded", tagged with the tip's txid and its job
        JsonNode recorded = awaitLine(serveLog, line -> line.path("message").asText().contains(" recorded")
                && groupTxIds.contains(line.path("tipTxId").asText()) && !line.path("jobId").asText().isEmpty());
        String tipTxId = recorded.get("tipTxId").asText();
        String jobId = recorded.get("jobId").asText();
        assertThat(recorded.get("message").asText()).startsWith("tip " + tipTxId + " recorded");
        assertThat(recorded.get("level").asText()).isEqualTo("INFO");

        // the worker mints it; the fan opts in (the listener re-queues the job) and the worker delivers it
        JsonNode minted = awaitLine(workerLog, line -> jobId.equals(line.path("jobId").asText())
                && line.path("message").asText().contains("-> PENDING_OPTIN"));
        assertThat(minted.path("tipTxId").asText()).isEqualTo(tipTxId);
        long assetId = Long.parseLong(minted.get("message").asText().replaceAll(".*\\(asset (\\d+)\\).*", "$1"));
        Api.Reply prepared = api.as(fan).post("/nft/optin", Map.of("assetId", assetId,
                "fanWallet", fan.address().value()));
        assertThat(prepared.status()).as(prepared.body().toString()).isEqualTo(200);
        byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.body().get("unsignedTxn").asText()));
        Api.Reply optIn = api.post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        assertThat(optIn.status()).as(optIn.body().toString()).isEqualTo(200);
        JsonNode delivered = awaitLine(workerLog, line -> jobId.equals(line.path("jobId").asText())
                && line.path("message").asText().contains("-> DELIVERED"));
        assertThat(delivered.path("tipTxId").asText()).isEqualTo(tipTxId);
        assertThat(delivered.path("txId").asText()).isNotBlank();
    }

    /** Starts {@code java -jar <jar> <command> <args>} with {@code env}; its output goes to {@code <command>.log}. */
    private Path start(Path jar, String command, List<String> args, Map<String, String> env) throws IOException {
        List<String> line = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx256m", "-jar", jar.toString(), command));
        line.addAll(args);
        Path log = work.resolve(command + ".log");
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        processes.add(builder.start());
        return log;
    }

    /** The first JSON line of {@code log} that matches, once it is there (the processes work asynchronously). */
    private JsonNode awaitLine(Path log, Predicate<JsonNode> match) {
        return await("a matching line in " + log.getFileName(), () -> jsonLines(log).stream().filter(match)
                .findFirst(), Optional::isPresent).orElseThrow();
    }

    private <T> T await(String what, Supplier<T> read, Predicate<T> done) {
        long deadline = System.nanoTime() + DEADLINE.toNanos();
        T value = read.get();
        while (!done.test(value)) {
            for (Process process : processes) {
                assertThat(process.isAlive()).as("a process exited early; logs:\n" + logs()).isTrue();
            }
            assertThat(System.nanoTime() < deadline).as(what + " within " + DEADLINE.toSeconds() + " s; logs:\n"
                    + logs()).isTrue();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted", e);
            }
            value = read.get();
        }
        return value;
    }

    private static List<JsonNode> jsonLines(Path log) {
        List<JsonNode> lines = new ArrayList<>();
        try {
            for (String line : Files.readAllLines(log)) {
                if (line.startsWith("{")) {
                    try {
                        lines.add(JSON.readTree(line));
                    } catch (IOException partialLine) {
                        // the process is still writing it
                    }
                }
            }
        } catch (IOException e) {
            return List.of();
        }
        return lines;
    }

    private String logs() {
        StringBuilder all = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".log")).toList()) {
                all.append("== ").append(file.getFileName()).append('\n').append(Files.readString(file));
            }
        } catch (IOException e) {
            all.append(e);
        }
        return all.toString();
    }

    private static TxParams params(Api api) {
        JsonNode p = api.get("/params").body();
        return new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0, Round.of(p.get("firstValidRound").asLong()),
                Round.of(p.get("lastValidRound").asLong()), p.get("genesisId").asText(), p.get("genesisHash").asText());
    }

    private static boolean healthy(String url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2))
                    .header("X-Algo-API-Token", Devnet.TOKEN).build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
