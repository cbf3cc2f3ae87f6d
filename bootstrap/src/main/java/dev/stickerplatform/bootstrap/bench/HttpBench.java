package dev.stickerplatform.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.bootstrap.cli.CliOptions;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.TxnRequest;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench http [--store postgres|memory] [--connections 64] [--seconds 10] [--fans 20] [--tips-per-fan 3]
 * [--logins 4000]}: the read table of issue 21 on the production configuration. It starts a platform on PostgreSQL
 * ({@code DATABASE_URL}, default the local {@code test} database, in a fresh schema dropped afterwards) with the
 * Redis limiter ({@code REDIS_URL}, default {@code redis://127.0.0.1:6379}, a fresh key prefix) and rate limits
 * lifted by configuration, seeds one creator, two templates and fans whose tips went the whole way (tip → listener
 * → mint → opt-in → delivered), then drives each endpoint with C concurrent keep-alive connections of an in-JVM
 * client for S seconds and prints requests/s, p50 and p99. Sign-in (challenge + verify) is driven the same way
 * with every signature made before the timed part. With {@code wrk} on the PATH the reads are driven by
 * {@code wrk -t2 -cC -dSs --latency URL} (the reference; {@code --client java} uses the in-JVM client instead);
 * {@code --hold} prints the URLs and keeps the platform up for other tools.
 */
final class HttpBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Policy UNLIMITED = new Policy("bench", Integer.MAX_VALUE, Duration.ofSeconds(1));

    private HttpBench() {
    }

    record Row(String name, double perSecond, double p50Millis, double p99Millis, long errors) {
    }

    /** Transaction ids the database server handed out (write transactions, any database) while a row ran. */
    private static long writeTransactions(PlatformConfig config) {
        var db = config.database();
        if (db == null) {
            return 0;
        }
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint")) {
            rows.next();
            return rows.getLong(1);
        } catch (java.sql.SQLException e) {
            return 0;
        }
    }

    static void run(CliOptions options, PrintStream out) throws Exception {
        int connections = options.number("connections", 64);
        int seconds = options.number("seconds", 10);
        int fans = options.number("fans", 20);
        int tipsPerFan = options.number("tips-per-fan", 3);
        int logins = options.number("logins", 20000);
        String store = options.get("store", "postgres");
        String schema = "bench_http_" + System.currentTimeMillis();
        Map<String, String> env = new HashMap<>(Map.of("HOST", "127.0.0.1", "PORT", "0", "SIM_BLOCK_TIME_MS", "300"));
        if (store.equals("postgres")) {
            env.put("DATABASE_URL", System.getenv().getOrDefault("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5432/test"));
            env.put("DATABASE_USER", System.getenv().getOrDefault("DATABASE_USER", "postgres"));
            env.put("DATABASE_SCHEMA", schema);
            env.put("DATABASE_POOL_SIZE", System.getenv().getOrDefault("DATABASE_POOL_SIZE", "16"));
            env.put("REDIS_URL", System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379"));
            env.put("REDIS_KEY_PREFIX", schema + ":");
            env.put("REDIS_POOL_SIZE", System.getenv().getOrDefault("REDIS_POOL_SIZE", "64"));
        }
        PlatformConfig base = PlatformConfig.fromEnv(new Env(env));
        PlatformConfig config = base.withOperations(base.operations().withRateLimits(
                new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED)));
        out.printf("bench http: %d connections, %d s per endpoint, %d fans × %d tips, %d cores%n", connections,
                seconds, fans, tipsPerFan, Runtime.getRuntime().availableProcessors());
        try (Platform platform = Platform.start(config)) {
            out.println("store: " + platform.storeDescription() + "; rate limiter: "
                    + platform.rateLimiterDescription());
            Seeded seeded = seed(platform, fans, tipsPerFan, out);
            String base64 = platform.baseUrl();
            Map<String, String> urls = new java.util.LinkedHashMap<>();
            urls.put("GET /fan/{w}/inventory", base64 + "/fan/" + seeded.fan() + "/inventory");
            urls.put("GET /leaderboard/{creator}", base64 + "/leaderboard/" + seeded.creator());
            urls.put("GET /creator/{w}/dashboard", base64 + "/creator/" + seeded.creator() + "/dashboard");
            urls.put("GET /health/live", base64 + "/health/live");
            if (options.has("hold")) {
                urls.forEach((name, url) -> out.println(name + ": " + url));
                out.println("holding the platform up; press Ctrl-C to stop");
                Thread.sleep(Long.MAX_VALUE);
            }
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .executor(Executors.newVirtualThreadPerTaskExecutor()).build();
            List<Row> rows = new ArrayList<>();
            boolean wrk = !options.get("client", "wrk").equals("java") && wrkInstalled();
            out.println("load: " + (wrk ? "wrk -t2 -c" + connections + " -d" + seconds + "s --latency URL"
                    : "in-JVM HttpClient, " + connections + " connections"));
            if (options.has("sign-in-only")) {
                urls.clear();
            }
            Map<String, Double> writesPerSecond = new HashMap<>();
            if (wrk) {
                // the JIT compiles every path before anything is timed (the first endpoint ran cold otherwise)
                for (int round = 0; round < 2; round++) {
                    for (String url : urls.values()) {
                        wrk("warm-up", url, connections, 3);
                    }
                }
            }
            for (var entry : urls.entrySet()) {
                if (wrk) {
                    long before = writeTransactions(config);
                    rows.add(wrk(entry.getKey(), entry.getValue(), connections, seconds));
                    writesPerSecond.put(entry.getKey(), (writeTransactions(config) - before) / (double) seconds);
                    continue;
                }
                HttpRequest request = HttpRequest.newBuilder(URI.create(entry.getValue())).GET().build();
                drive(connections, Duration.ofSeconds(1), () -> http.send(request,
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode());
                rows.add(drive(entry.getKey(), connections, Duration.ofSeconds(seconds), () -> http.send(request,
                        HttpResponse.BodyHandlers.ofByteArray()).statusCode()));
            }
            rows.add(signIns(http, platform.baseUrl(), logins, connections, wrk, seconds));
            out.println();
            out.println("| endpoint | req/s | p50 | p99 | errors | server write transactions/s meanwhile |");
            out.println("|---|---|---|---|---|---|");
            for (Row row : rows) {
                Double writes = writesPerSecond.get(row.name());
                out.printf("| `%s` | %,.0f | %.1f ms | %.1f ms | %d | %s |%n", row.name(), row.perSecond(),
                        row.p50Millis(), row.p99Millis(), row.errors(),
                        writes == null ? "" : String.format("%.0f", writes));
            }
        } finally {
            if (store.equals("postgres")) {
                dropSchema(config, schema);
            }
        }
    }

    record Seeded(String creator, String fan) {
    }

    /** One creator, two templates, and {@code fans} fans whose tips were delivered through the whole pipeline. */
    private static Seeded seed(Platform platform, int fanCount, int tipsPerFan, PrintStream out)
            throws InterruptedException {
        var useCases = platform.services().useCases(null);
        Chain chain = platform.services().ports().chain();
        DevWallet creator = DevWallet.generate();
        AppId app = useCases.registerCreator().register(new RegisterCreatorService.Command(creator.address(),
                "bench", MicroAlgos.ofAlgo(1))).tipJar().appId();
        useCases.createTemplate().create(new CreateTemplateService.Command(creator.address(), "Thanks",
                StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), BenchStores.PNG));
        useCases.createTemplate().create(new CreateTemplateService.Command(creator.address(), "Shiny",
                StickerType.GOLDEN, TemplateCategory.TIP, MicroAlgos.ofAlgo(5), BenchStores.PNG));
        Map<dev.stickerplatform.domain.model.Address, DevWallet> fans = new HashMap<>();
        for (int i = 0; i < fanCount; i++) {
            DevWallet fan = DevWallet.generate();
            platform.ledger().fund(fan.address(), MicroAlgos.ofAlgo(100));
            fans.put(fan.address(), fan);
        }
        int tips = 0;
        for (DevWallet fan : fans.values()) {
            for (int t = 0; t < tipsPerFan; t++) {
                chain.submitSigned(fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(t % 2 == 0 ? 2 : 6),
                        "bench " + tips++, chain.suggestedParams()));
            }
        }
        Set<UUID> optedIn = new HashSet<>();
        var store = platform.services().ports().store();
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        while (store.mintJobs().countByStage().getOrDefault(JobStage.DELIVERED, 0L) < tips) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the seeding tips were not delivered within 5 minutes");
            }
            for (MintJob job : store.mintJobs().list(JobStage.PENDING_OPTIN, false,
                    new PageRequest(PageRequest.MAX_LIMIT, 0))) {
                if (optedIn.add(job.id())) {
                    byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(job.fan(), job.assetId()));
                    chain.submitSigned(List.of(fans.get(job.fan()).signPrepared(unsigned)));
                }
            }
            Thread.sleep(100);
        }
        out.printf("seeded: 1 creator, 2 templates, %d fans, %d tips delivered as stickers%n", fanCount, tips);
        return new Seeded(creator.address().value(), fans.keySet().iterator().next().value());
    }

    @FunctionalInterface
    interface Call {
        /** One request; answers its status. */
        int send() throws Exception;
    }

    private static void drive(int connections, Duration duration, Call call) throws Exception {
        drive("warm-up", connections, duration, call);
    }

    /** {@code connections} loops each sending one request after the other for {@code duration}. */
    static Row drive(String name, int connections, Duration duration, Call call) throws Exception {
        long end = System.nanoTime() + duration.toNanos();
        List<long[]> latencies = new ArrayList<>();
        AtomicInteger errors = new AtomicInteger();
        long started = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<long[]>> running = new ArrayList<>();
            for (int c = 0; c < connections; c++) {
                running.add(pool.submit(() -> {
                    long[] mine = new long[1024];
                    int n = 0;
                    long now;
                    while ((now = System.nanoTime()) < end) {
                        int status;
                        try {
                            status = call.send();
                        } catch (Done done) {
                            break;
                        }
                        if (status != 200) {
                            errors.incrementAndGet();
                        }
                        if (n == mine.length) {
                            mine = Arrays.copyOf(mine, n * 2);
                        }
                        mine[n++] = System.nanoTime() - now;
                    }
                    return Arrays.copyOf(mine, n);
                }));
            }
            for (Future<long[]> f : running) {
                latencies.add(f.get());
            }
        }
        double elapsed = (System.nanoTime() - started) / 1e9;
        long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Row(name, all.length / elapsed, percentile(all, 50), percentile(all, 99), errors.get());
    }

    private static boolean wrkInstalled() {
        try {
            return new ProcessBuilder("wrk", "--version").redirectErrorStream(true).start().waitFor() >= 0;
        } catch (java.io.IOException | InterruptedException e) {
            return false;
        }
    }

    /** {@code wrk -t2 -cC -dSs --latency url}, its requests/s, p50 and p99 read from its report. */
    static Row wrk(String name, String url, int connections, int seconds) throws Exception {
        Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", url)
                .redirectErrorStream(true).start();
        String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor();
        return parseWrk(name, report);
    }

    static Row parseWrk(String name, String report) {
        double perSecond = 0;
        double p50 = 0;
        double p99 = 0;
        long errors = 0;
        for (String line : report.split("\n")) {
            String[] words = line.strip().split("\\s+");
            if (line.strip().startsWith("Requests/sec:")) {
                perSecond = Double.parseDouble(words[1]);
            } else if (words.length == 2 && words[0].equals("50%")) {
                p50 = millis(words[1]);
            } else if (words.length == 2 && words[0].equals("99%")) {
                p99 = millis(words[1]);
            } else if (line.strip().startsWith("Non-2xx or 3xx responses:")) {
                errors += Long.parseLong(words[words.length - 1]);
            } else if (line.strip().startsWith("Socket errors:")) {
                for (int i = 2; i + 1 < words.length; i += 2) {
                    errors += Long.parseLong(words[i + 1].replace(",", ""));
                }
            }
        }
        return new Row(name, perSecond, p50, p99, errors);
    }

    private static double millis(String text) {
        if (text.endsWith("us")) {
            return Double.parseDouble(text.substring(0, text.length() - 2)) / 1000;
        }
        if (text.endsWith("ms")) {
            return Double.parseDouble(text.substring(0, text.length() - 2));
        }
        if (text.endsWith("m")) {
            return Double.parseDouble(text.substring(0, text.length() - 1)) * 60_000;
        }
        return Double.parseDouble(text.substring(0, text.length() - 1)) * 1000;
    }

    /**
     * Challenge + verify over HTTP. Untimed: {@code logins} challenges are issued and signed by the wallets (as
     * wallets would, on their own machines). Timed: each login asks a fresh challenge and verifies one signed
     * beforehand. With wrk, a Lua script sends the pairs ({@code logins} must outlast the run: unused nonces stay
     * unused, reused ones would be refused and counted as errors); without, the in-JVM client.
     */
    private static Row signIns(HttpClient http, String baseUrl, int logins, int connections, boolean wrk,
                               int seconds) throws Exception {
        List<DevWallet> wallets = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            wallets.add(DevWallet.generate());
        }
        String[][] pairs = new String[logins][];
        AtomicInteger prepared = new AtomicInteger();
        drive("prepare", connections, Duration.ofDays(1), () -> {
            int i = prepared.getAndIncrement();
            if (i >= logins) {
                throw new Done();
            }
            DevWallet wallet = wallets.get(i % wallets.size());
            String ask = JSON.writeValueAsString(Map.of("walletAddress", wallet.address().value()));
            JsonNode challenge = post(http, baseUrl + "/auth/challenge", ask).body();
            byte[] signature = wallet.signData(challenge.get("message").asText().getBytes(StandardCharsets.UTF_8));
            pairs[i] = new String[] {ask, JSON.writeValueAsString(Map.of("walletAddress", wallet.address().value(),
                    "nonce", challenge.get("nonce").asText(),
                    "signature", Base64.getEncoder().encodeToString(signature)))};
            return 200;
        });
        String name = "POST /auth/challenge + /auth/verify";
        if (wrk) {
            java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("bench-signin");
            java.nio.file.Path bodies = dir.resolve("bodies.txt");
            java.nio.file.Path script = dir.resolve("signin.lua");
            java.nio.file.Files.write(bodies, Arrays.stream(pairs).map(p -> p[0] + "\t" + p[1]).toList());
            java.nio.file.Files.writeString(script, SIGN_IN_LUA);
            try {
                Process process = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s",
                        "--latency", "-s", script.toString(), baseUrl, "--", bodies.toString(), "2")
                        .redirectErrorStream(true).start();
                String report = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                process.waitFor();
                Row requests = parseWrk(name, report);
                // two requests per login; the latencies are per request
                return new Row(name + " (wrk + Lua; per request, logins/s = req/s ÷ 2)", requests.perSecond(),
                        requests.p50Millis(), requests.p99Millis(), requests.errors());
            } finally {
                java.nio.file.Files.deleteIfExists(bodies);
                java.nio.file.Files.deleteIfExists(script);
                java.nio.file.Files.deleteIfExists(dir);
            }
        }
        AtomicInteger next = new AtomicInteger();
        return drive(name + " (logins)", connections, Duration.ofDays(1), () -> {
            int i = next.getAndIncrement();
            if (i >= logins) {
                throw new Done();
            }
            int challenged = post(http, baseUrl + "/auth/challenge", pairs[i][0]).status();
            int verified = post(http, baseUrl + "/auth/verify", pairs[i][1]).status();
            return challenged == 200 ? verified : challenged;
        });
    }

    /**
     * wrk script: each wrk thread takes every n-th line ({@code challenge body TAB verify body}) of the file and
     * alternates POST /auth/challenge and POST /auth/verify through its lines.
     */
    private static final String SIGN_IN_LUA = """
            local counter = 0
            function setup(thread)
              thread:set("id", counter)
              counter = counter + 1
            end
            function init(args)
              asks, verifies = {}, {}
              local n = 0
              for line in io.lines(args[1]) do
                if n % tonumber(args[2]) == id then
                  local tab = string.find(line, "\t", 1, true)
                  table.insert(asks, string.sub(line, 1, tab - 1))
                  table.insert(verifies, string.sub(line, tab + 1))
                end
                n = n + 1
              end
              i, verify = 1, false
              headers = {["Content-Type"] = "application/json"}
            end
            function request()
              if verify then
                verify = false
                local body = verifies[i]
                i = i + 1
                if i > #verifies then i = 1 end
                return wrk.format("POST", "/auth/verify", headers, body)
              end
              verify = true
              return wrk.format("POST", "/auth/challenge", headers, asks[i])
            end
            """;

    /** Ends a driving loop when the work runs out. */
    static final class Done extends RuntimeException {
        Done() {
            super(null, null, false, false);
        }
    }

    record Reply(int status, JsonNode body) {
    }

    private static Reply post(HttpClient http, String url, String body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), JSON.readTree(response.body()));
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(sorted.length * p / 100.0) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    private static void dropSchema(PlatformConfig config, String schema) {
        var db = config.database();
        if (db == null) {
            return;
        }
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (java.sql.SQLException e) {
            System.err.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }
}
