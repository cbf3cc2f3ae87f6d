package dev.stickerplatform.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.devnet.Devnet;
import dev.stickerplatform.adapters.algorand.devnet.DevnetFaucet;
import dev.stickerplatform.adapters.persistence.postgres.PostgresConfig;
import dev.stickerplatform.bootstrap.bench.ChaosCluster.Member;
import dev.stickerplatform.bootstrap.cli.CliOptions;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.DatabaseSettings;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code chaos}: the production topology with real process kills. Starts a devnet, then one {@code serve} and two
 * {@code worker} processes (each worker also stands by for the listener) sharing PostgreSQL; registers creators and
 * pushes N tips through the public HTTP API as fans' signed transactions, while SIGKILLing workers and the serve at
 * random moments and starting them again. When everything has come to rest it checks exactly-once end to end and
 * prints the figures; exit status 0 when every check holds.
 */
public final class ChaosCommand {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    /** Tips from the threshold up get a sticker; the amounts below stay clear of it, the platform fee included. */
    private static final long THRESHOLD = 2_000_000;
    private static final long[] AMOUNTS = {1_200_000, 3_000_000, 3_500_000, 6_000_000};
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");
    private static final String TOKEN = Devnet.TOKEN;
    /** Fans tipping at the same time. */
    private static final int PUSHERS = 8;

    private final PrintStream out;
    private final Random random;
    private final int tips;
    private final int kills;
    private final int fans;
    private final int creators;
    private final Duration blockTime;
    private final Path work;
    private final boolean keep;
    private final PostgresConfig database;
    private final String schema;
    private final Map<Address, String> tokens = new ConcurrentHashMap<>();
    private final List<String> problems = java.util.Collections.synchronizedList(new ArrayList<>());
    private String algod;
    private String server;
    private ChaosCluster cluster;

    private ChaosCommand(CliOptions options, PrintStream out) throws IOException {
        this.out = out;
        long seed = options.has("seed") ? Long.parseLong(options.get("seed", "0")) : new SecureRandom().nextLong();
        this.random = new Random(seed);
        this.tips = options.number("tips", 300);
        this.kills = options.number("kills", 6);
        this.fans = options.number("fans", 12);
        this.creators = options.number("creators", 3);
        this.blockTime = CliOptions.duration(options.get("block-time", "500ms"));
        this.keep = options.has("keep");
        this.work = options.has("work") ? Path.of(options.get("work", "chaos"))
                : Files.createTempDirectory("sticker-chaos-");
        Files.createDirectories(work);
        this.database = DatabaseSettings.fromEnv(Env.system());
        if (database == null) {
            throw new ConfigException("chaos needs DATABASE_URL (PostgreSQL): every process shares it");
        }
        this.schema = "chaos_" + HexFormat.of().toHexDigits(random.nextInt());
        if (tips < 1 || kills < 0 || fans < 2 || creators < 1) {
            throw new ConfigException("chaos: --tips ≥ 1, --kills ≥ 0, --fans ≥ 2, --creators ≥ 1");
        }
        out.println("chaos: seed " + seed + ", " + tips + " tips, " + kills + " kills, " + fans + " fans, "
                + creators + " creators, blocks every " + blockTime.toMillis() + " ms, schema " + schema
                + ", logs in " + work);
    }

    public static int run(String[] args, PrintStream out) throws Exception {
        String[] withCommand = new String[args.length + 1];
        withCommand[0] = "chaos";
        System.arraycopy(args, 0, withCommand, 1, args.length);
        if (args.length > 0 && (args[0].equals("help") || args[0].equals("--help"))) {
            out.println("""
                    chaos [--tips 300] [--kills 6] [--fans 12] [--creators 3] [--block-time 500ms] [--seed N]
                          [--work DIR] [--keep]
                      devnet + serve + two workers as processes on DATABASE_URL (a fresh schema, dropped after
                      unless --keep); tips through the HTTP API while SIGKILLing workers and the serve; then checks
                      exactly one ASA per tip above the threshold, delivery per opt-in, no lost or dead job, no
                      orphan TipProxy, the listener lease on a live process. Exit status 0 when all hold.""");
            return 0;
        }
        return new ChaosCommand(CliOptions.parse("chaos", withCommand), out).run();
    }

    private int run() throws Exception {
        long started = System.nanoTime();
        DevWallet deployer = DevWallet.generate();
        DevWallet minter = DevWallet.generate();
        DevWallet admin = DevWallet.generate();
        DevWallet funder = DevWallet.generate();
        byte[] jwtKey = new byte[32];
        new SecureRandom().nextBytes(jwtKey);
        int algodPort = ChaosCluster.freePort();
        int serverPort = ChaosCluster.freePort();
        algod = "http://127.0.0.1:" + algodPort;
        server = "http://127.0.0.1:" + serverPort;
        Map<String, String> env = new LinkedHashMap<>();
        env.put("NETWORK", "localnet");
        env.put("ALGOD_URL", algod);
        env.put("ALGOD_TOKEN", TOKEN);
        env.put("DATABASE_SCHEMA", schema);
        if (database.user() != null) {
            env.put("DATABASE_USER", database.user());
        }
        if (database.password() != null) {
            env.put("DATABASE_PASSWORD", database.password());
        }
        env.put("DATABASE_POOL_SIZE", "8");
        for (var role : Map.of("DEPLOYER", deployer, "MINTER", minter, "ADMIN", admin, "FUNDER", funder)
                .entrySet()) {
            env.put(role.getKey() + "_SIGNER", "mnemonic");
            env.put(role.getKey() + "_MNEMONIC", role.getValue().mnemonic());
        }
        env.put("JWT_SIGNING_KEY", Base64.getEncoder().encodeToString(jwtKey));
        env.put("SIM_BLOCK_TIME_MS", Long.toString(blockTime.toMillis()));
        env.put("LISTENER_POLL_TIMEOUT_MS", "2000");
        env.put("JOB_LEASE_MS", "15000");
        env.put("JOB_RETRY_BASE_MS", "500");
        env.put("JOB_RETRY_CAP_MS", "5000");
        env.put("JOB_MAX_ATTEMPTS", "100");
        env.put("PLATFORM_FEE_BPS", "250");
        env.put("PLATFORM_FEE_FLOOR_MICROALGOS", "102000");
        env.put("PUBLIC_BASE_URL", server);
        env.put("RATE_LIMIT_AUTH", "100000/1m");
        env.put("RATE_LIMIT_REGISTER", "100000/1m");
        env.put("RATE_LIMIT_WRITES", "1000000/1m");
        env.put("RATE_LIMIT_READS", "1000000/1m");
        env.put("LOG_LEVEL", "warn");
        String jdbc = database.url();
        Path devnetData = work.resolve("devnet-data");
        cluster = new ChaosCluster(work, env, jdbc);
        try (ChaosCluster closing = cluster) {
            Member devnet = cluster.add("devnet", List.of("devnet", "--data", devnetData.toString(), "--port",
                    Integer.toString(algodPort), "--block-time", blockTime.toMillis() + "ms"), Map.of(),
                    algod + "/v2/status");
            cluster.start(devnet, Duration.ofSeconds(60));
            Map<String, Long> funding = new LinkedHashMap<>();
            funding.put(deployer.address().value(), 100_000_000_000L);
            funding.put(minter.address().value(), 1_000_000_000_000L);
            funding.put(admin.address().value(), 10_000_000_000L);
            funding.put(funder.address().value(), 10_000_000_000L);
            List<DevWallet> creatorWallets = new ArrayList<>();
            for (int i = 0; i < creators; i++) {
                creatorWallets.add(DevWallet.generate());
                funding.put(creatorWallets.get(i).address().value(), 1_000_000L);
            }
            List<DevWallet> fanWallets = new ArrayList<>();
            for (int i = 0; i < fans; i++) {
                fanWallets.add(DevWallet.generate());
                funding.put(fanWallets.get(i).address().value(), 100_000_000_000L);
            }
            DevnetFaucet.fundAll(URI.create(algod), TOKEN, Devnet.dispenserMnemonic(devnetData), funding,
                    Duration.ofSeconds(300));

            Member serve = cluster.add("serve", List.of("serve"), Map.of("PORT", Integer.toString(serverPort),
                    "HOST", "127.0.0.1", "WORKERS", "0", "LISTENER_ENABLED", "true"), server + "/params");
            cluster.start(serve, Duration.ofSeconds(300));
            for (int i = 1; i <= 2; i++) {
                Member worker = cluster.add("worker-" + i, List.of("worker"),
                        Map.of("WORKERS", "2", "WORKER_LISTENER", "true"), null);
                cluster.start(worker, Duration.ofSeconds(60));
            }
            out.println("  devnet on " + algod + ", serve on " + server + ", worker-1 and worker-2 started ("
                    + seconds(started) + " s)");

            Set<Integer> optingFans = new HashSet<>();
            for (int i = 0; i < fans; i += 2) {
                optingFans.add(i);
            }
            AtomicBoolean settling = new AtomicBoolean(false);
            AtomicBoolean stopOptIns = new AtomicBoolean(false);
            AtomicInteger optIns = new AtomicInteger();
            Thread optInThread = Thread.ofVirtual().name("chaos-opt-ins").start(() -> {
                while (!stopOptIns.get()) {
                    for (int i : optingFans) {
                        optIns.addAndGet(optInPending(fanWallets.get(i)));
                    }
                    pause(settling.get() ? 300 : 1000);
                }
            });
            Map<AppId, DevWallet> jars = registerCreators(creatorWallets);
            String treasury = treasury();
            out.println("  " + jars.size() + " creators registered with templates (" + seconds(started) + " s)");
            List<Kill> killLog = new ArrayList<>();
            AtomicBoolean tipsDone = new AtomicBoolean(false);
            Thread killer = Thread.ofVirtual().name("chaos-kills").start(() -> killLoop(killLog, tipsDone));
            Map<String, Long> submitted = new ConcurrentHashMap<>();
            Map<String, Integer> tipFan = new ConcurrentHashMap<>();
            List<AppId> apps = new ArrayList<>(jars.keySet());
            AtomicInteger next = new AtomicInteger();
            AtomicInteger pushed = new AtomicInteger();
            List<Thread> pushers = new ArrayList<>();
            for (int t = 0; t < PUSHERS; t++) {
                long threadSeed = random.nextLong();
                pushers.add(Thread.ofVirtual().name("chaos-tips-" + t).start(() -> {
                    Random own = new Random(threadSeed);
                    TxParams params = null;
                    long paramsAt = 0;
                    try {
                        for (int i = next.getAndIncrement(); i < tips; i = next.getAndIncrement()) {
                            if (params == null || System.nanoTime() - paramsAt > 20_000_000_000L) {
                                params = params();
                                paramsAt = System.nanoTime();
                            }
                            int fanIndex = own.nextInt(fans);
                            AppId app = apps.get(own.nextInt(apps.size()));
                            long amount = AMOUNTS[own.nextInt(AMOUNTS.length)];
                            List<byte[]> group = fanWallets.get(fanIndex).signTip(app, jars.get(app).address(),
                                    new Address(treasury), MicroAlgos.of(amount), "chaos tip " + i, params);
                            String txId = submitTip(group);
                            if (txId != null) {
                                submitted.put(txId, amount);
                                tipFan.put(txId, fanIndex);
                            }
                            int done = pushed.incrementAndGet();
                            if (done % Math.max(1, tips / 10) == 0) {
                                out.println("  " + done + " tips pushed, " + killLog.size() + " kills so far ("
                                        + seconds(started) + " s)");
                            }
                        }
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }));
            }
            for (Thread pusher : pushers) {
                pusher.join();
            }
            tipsDone.set(true);
            killer.join();
            for (Member member : cluster.members()) {
                if (!member.alive()) {
                    cluster.start(member, Duration.ofSeconds(300));
                }
            }
            out.println("  all tips pushed and " + killLog.size() + " kills done; waiting for rest ("
                    + seconds(started) + " s)");
            settling.set(true);
            boolean rested = awaitRest(submitted, tipFan, optingFans, fanWallets,
                    Duration.ofSeconds(180).plusMillis(200L * tips));
            stopOptIns.set(true);
            optInThread.join();
            if (!rested) {
                problems.add("the system did not come to rest in time");
            }
            Figures figures = check(submitted, tipFan, optingFans, fanWallets, minter.address(),
                    deployer.address());
            print(figures, killLog, submitted, optIns.get(), started);
        } finally {
            if (!keep) {
                dropSchema();
            }
        }
        if (problems.isEmpty()) {
            out.println("PASS");
            return 0;
        }
        problems.forEach(p -> out.println("FAIL: " + p));
        out.println("logs: " + work);
        return 1;
    }

    private record Kill(String victim, boolean leader, double at) {
    }

    private void killLoop(List<Kill> log, AtomicBoolean tipsDone) {
        long started = System.nanoTime();
        List<String> victims = List.of("serve", "worker-1", "worker-2");
        try {
            for (int k = 0; k < kills; k++) {
                pause(1500 + random.nextInt(3500));
                // every third kill (and at least one) goes to whoever leads the listener, serve or worker
                String leader = leaseHolder();
                String victim;
                if (k % 3 == 1 && leader != null) {
                    victim = leader;
                } else if (k % 3 == 2) {
                    victim = "serve";
                } else {
                    victim = victims.get(random.nextInt(victims.size()));
                }
                Member member = cluster.member(victim);
                for (Member any : cluster.members()) {
                    if (!any.alive()) {
                        problems.add(any.name + " exited by itself before kill " + (k + 1));
                        cluster.start(any, Duration.ofSeconds(300));
                    }
                }
                boolean wasLeader = victim.equals(leader);
                cluster.kill(member);
                synchronized (log) {
                    log.add(new Kill(victim, wasLeader, (System.nanoTime() - started) / 1e9));
                }
                pause(200 + random.nextInt(2000));
                cluster.start(member, Duration.ofSeconds(300));
            }
        } catch (IOException e) {
            problems.add("a restart failed: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The member whose connection holds the listener's advisory lock now, or null. */
    private String leaseHolder() {
        String name = leaseHolderApplicationName();
        if (name == null) {
            return null;
        }
        for (Member member : cluster.members()) {
            if (name.startsWith("chaos-" + member.name + "-g")) {
                return member.name;
            }
        }
        return name;
    }

    /** The application name of the connection that holds the listener's advisory lock now, or null. */
    private String leaseHolderApplicationName() {
        long key = dev.stickerplatform.adapters.persistence.postgres.PostgresListenerLease.keyFor(schema);
        String sql = "SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid "
                + "WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? "
                + "AND l.objsubid = 1";
        try (Connection c = connect(); var statement = c.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xffffffffL);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? rows.getString(1) : null;
            }
        } catch (SQLException e) {
            return null;
        }
    }

    private Map<AppId, DevWallet> registerCreators(List<DevWallet> creatorWallets) throws InterruptedException {
        Map<AppId, DevWallet> jars = new LinkedHashMap<>();
        for (int i = 0; i < creatorWallets.size(); i++) {
            DevWallet creator = creatorWallets.get(i);
            int index = i;
            JsonNode registered = retry("register creator " + i, () -> {
                JsonNode answer = call(creator, "POST", "/creator/register", Map.of("walletAddress",
                        creator.address().value(), "username", "chaos" + index, "minTipAlgo", "1"), 201, 200, 202);
                if (!answer.path("appId").canConvertToLong() || !"active".equals(answer.path("status").asText())) {
                    throw new IOException("registration not active yet: " + answer);
                }
                return answer;
            });
            jars.put(AppId.of(registered.get("appId").asLong()), creator);
            retry("soulbound template", () -> upload(creator, "Thanks", "soulbound", "2"));
            retry("golden template", () -> upload(creator, "Shiny", "golden", "5"));
        }
        return jars;
    }

    private JsonNode upload(DevWallet creator, String name, String type, String threshold)
            throws IOException, InterruptedException {
        String boundary = "----chaos" + random.nextLong();
        var body = new ByteArrayOutputStream();
        Map<String, String> fields = Map.of("name", name, "sticker_type", type, "category", "tip", "tip_threshold",
                threshold);
        fields.forEach((field, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; "
                + "name=\"" + field + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"s.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(PNG);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(server + "/creator/" + creator.address()
                        + "/sticker-template")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token(creator))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        // 409: the template exists (an earlier attempt went through but its answer was lost in a kill)
        if (response.statusCode() == 201 || response.statusCode() == 409) {
            return JSON.readTree(response.body());
        }
        if (response.statusCode() == 401) {
            tokens.remove(creator.address());
        }
        throw new IOException("template answered " + response.statusCode() + ": " + response.body());
    }

    private String treasury() throws InterruptedException {
        JsonNode info = retry("contract info", () -> get(server + "/contract/info?name=tip_proxy", false));
        return info.get("newDeployments").get("platformFee").get("treasury").asText();
    }

    /** Suggested parameters as a wallet asks algod for them. */
    private TxParams params() throws InterruptedException {
        JsonNode p = retry("params", () -> get(algod + "/v2/transactions/params", true));
        long last = p.get("last-round").asLong();
        return new TxParams(MicroAlgos.of(p.get("min-fee").asLong()), 0, Round.of(last), Round.of(last + 1000),
                p.get("genesis-id").asText(), p.get("genesis-hash").asText());
    }

    /** Submits a tip group through the serve until it is accepted (or known); null when it was refused for good. */
    private String submitTip(List<byte[]> group) throws InterruptedException {
        List<String> encoded = group.stream().map(Base64.getEncoder()::encodeToString).toList();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        // the listener records a tip under the id of its app call, the group's last transaction
        List<dev.stickerplatform.domain.model.TxId> ids = dev.stickerplatform.adapters.algorand.TxIds
                .ofSignedGroup(group);
        String firstTxId = ids.get(ids.size() - 1).value();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server + "/submit-group"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("signedTxns", encoded)))));
                if (response.statusCode() == 200) {
                    return firstTxId;
                }
                if (response.statusCode() >= 400 && response.statusCode() < 500
                        && response.body().contains("already")) {
                    return firstTxId;
                }
                if (response.statusCode() >= 400 && response.statusCode() < 500 && response.statusCode() != 429) {
                    synchronized (problems) {
                        problems.add("a tip was refused: " + response.statusCode() + " " + response.body());
                    }
                    return null;
                }
            } catch (IOException e) {
                // the serve is down (killed): try again in a moment
            }
            pause(200);
        }
        problems.add("a tip could not be submitted within 3 minutes");
        return null;
    }

    /** Opts the fan in to every sticker waiting for it; returns how many opt-ins it sent. */
    private int optInPending(DevWallet fan) {
        int sent = 0;
        try {
            JsonNode pending = get(server + "/fan/" + fan.address() + "/pending", false);
            for (JsonNode asset : pending.findValues("assetId")) {
                long assetId = asset.asLong();
                if (assetId <= 0 || optedIn(fan.address(), assetId)) {
                    continue;
                }
                JsonNode prepared = call(fan, "POST", "/nft/optin", Map.of("assetId", assetId, "fanWallet",
                        fan.address().value()), 200);
                byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.get("unsignedTxn").asText()));
                HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server + "/submit"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
                                Map.of("signedTxn", Base64.getEncoder().encodeToString(signed))))));
                if (response.statusCode() == 200) {
                    sent++;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the serve is down or the answer was lost: the next round of opt-ins tries again
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return sent;
    }

    private boolean optedIn(Address fan, long assetId) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(algod + "/v2/accounts/" + fan
                + "/assets/" + assetId)).header("X-Algo-API-Token", TOKEN).GET());
        return response.statusCode() == 200;
    }

    private boolean awaitRest(Map<String, Long> submitted, Map<String, Integer> tipFan, Set<Integer> optingFans,
                              List<DevWallet> fanWallets, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Set<String> optingAddresses = new HashSet<>();
        optingFans.forEach(i -> optingAddresses.add(fanWallets.get(i).address().value()));
        while (System.nanoTime() < deadline) {
            try (Connection c = connect()) {
                long recorded = count(c, "SELECT count(*) FROM " + schema + ".tips");
                long busy = count(c, "SELECT count(*) FROM " + schema + ".mint_jobs WHERE dead_reason IS NULL "
                        + "AND stage NOT IN ('PENDING_OPTIN', 'DELIVERED')");
                long waitingForOptIn = 0;
                try (var statement = c.prepareStatement("SELECT owner FROM " + schema + ".stickers WHERE status = "
                        + "'PENDING_OPTIN'"); ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        if (optingAddresses.contains(rows.getString(1))) {
                            waitingForOptIn++;
                        }
                    }
                }
                if (recorded >= submitted.size() && busy == 0 && waitingForOptIn == 0) {
                    return true;
                }
            } catch (SQLException e) {
                // try again
            }
            pause(1000);
        }
        return false;
    }

    /** What the checks counted. */
    private record Figures(long above, long below, long stickers, Map<String, Long> stickersByStatus,
                           Map<String, Long> jobsByStage, long dead, long chainAssets, long chainApps,
                           long activeJars, String leaseHolder) {
    }

    private Figures check(Map<String, Long> submitted, Map<String, Integer> tipFan, Set<Integer> optingFans,
                          List<DevWallet> fanWallets, Address minter, Address deployer) throws Exception {
        long above = submitted.values().stream().filter(a -> a >= THRESHOLD).count();
        long below = submitted.size() - above;
        Map<String, Long> stickerByTip = new TreeMap<>();
        Map<Long, String> stickerStatus = new TreeMap<>();
        Map<Long, String> stickerOwner = new TreeMap<>();
        Map<String, Long> stickersByStatus = new TreeMap<>();
        Map<String, Long> jobsByStage = new TreeMap<>();
        Set<Long> activeApps = new HashSet<>();
        long dead;
        long jobsForBelow = 0;
        long unfinishedJars;
        Set<String> recordedTips = new HashSet<>();
        try (Connection c = connect()) {
            try (var s = c.prepareStatement("SELECT tip_tx_id, asset_id, status, owner FROM " + schema
                    + ".stickers"); ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    if (stickerByTip.put(rows.getString(1), rows.getLong(2)) != null) {
                        problems.add("two stickers for tip " + rows.getString(1));
                    }
                    stickerStatus.put(rows.getLong(2), rows.getString(3));
                    stickerOwner.put(rows.getLong(2), rows.getString(4));
                    stickersByStatus.merge(rows.getString(3), 1L, Long::sum);
                }
            }
            try (var s = c.prepareStatement("SELECT tx_id FROM " + schema + ".tips");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    recordedTips.add(rows.getString(1));
                }
            }
            try (var s = c.prepareStatement("SELECT stage, dead_reason IS NOT NULL, tip_tx_id FROM " + schema
                    + ".mint_jobs"); ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    jobsByStage.merge(rows.getBoolean(2) ? "DEAD" : rows.getString(1), 1L, Long::sum);
                    Long amount = submitted.get(rows.getString(3));
                    if (amount != null && amount < THRESHOLD) {
                        jobsForBelow++;
                    }
                }
            }
            dead = jobsByStage.getOrDefault("DEAD", 0L);
            if (dead > 0) {
                try (var s = c.prepareStatement("SELECT dead_reason FROM " + schema + ".mint_jobs WHERE dead_reason "
                        + "IS NOT NULL LIMIT 5"); ResultSet rows = s.executeQuery()) {
                    while (rows.next()) {
                        problems.add("a job is DEAD: " + rows.getString(1));
                    }
                }
            }
            try (var s = c.prepareStatement("SELECT app_id FROM " + schema + ".tip_jars WHERE status = 'ACTIVE'");
                 ResultSet rows = s.executeQuery()) {
                while (rows.next()) {
                    activeApps.add(rows.getLong(1));
                }
            }
            unfinishedJars = count(c, "SELECT count(*) FROM " + schema + ".tip_jars WHERE status <> 'ACTIVE'");
        }
        for (var tip : submitted.entrySet()) {
            if (!recordedTips.contains(tip.getKey())) {
                problems.add("tip " + tip.getKey() + " is on chain but was never recorded");
            }
            boolean hasSticker = stickerByTip.containsKey(tip.getKey());
            if (tip.getValue() >= THRESHOLD && !hasSticker) {
                problems.add("tip " + tip.getKey() + " of " + tip.getValue() + " µALGO has no sticker");
            }
            if (tip.getValue() < THRESHOLD && hasSticker) {
                problems.add("tip " + tip.getKey() + " below the threshold got a sticker");
            }
        }
        if (jobsForBelow > 0) {
            problems.add(jobsForBelow + " mint jobs for tips below the threshold");
        }
        long busy = jobsByStage.entrySet().stream()
                .filter(e -> !Set.of("DELIVERED", "PENDING_OPTIN", "DEAD").contains(e.getKey()))
                .mapToLong(Map.Entry::getValue).sum();
        if (busy > 0) {
            problems.add(busy + " jobs never finished: " + jobsByStage);
        }
        if (unfinishedJars > 0) {
            problems.add(unfinishedJars + " tip jars not ACTIVE");
        }
        // the chain's side: every asset and app, by creator
        long chainAssets = 0;
        long chainApps = 0;
        int misses = 0;
        for (long id = 1001; misses < 50; id++) {
            Created asset = createdBy(algod + "/v2/assets/" + id, minter);
            Created app = asset == Created.NOTHING ? createdBy(algod + "/v2/applications/" + id, deployer)
                    : Created.NOTHING;
            if (asset == Created.NOTHING && app == Created.NOTHING) {
                misses++;
                continue;
            }
            misses = 0;
            if (asset == Created.BY_IT) {
                chainAssets++;
                if (!stickerStatus.containsKey(id)) {
                    problems.add("ASA " + id + " minted on chain but no sticker records it (a duplicate mint)");
                }
            }
            if (app == Created.BY_IT) {
                chainApps++;
                if (!activeApps.contains(id)) {
                    problems.add("orphan TipProxy: app " + id + " on chain, no active tip jar records it");
                }
            }
        }
        if (chainApps != activeApps.size()) {
            problems.add(activeApps.size() + " active tip jars but " + chainApps + " TipProxies on chain");
        }
        if (chainAssets != stickerByTip.size()) {
            problems.add(stickerByTip.size() + " stickers but " + chainAssets + " ASAs minted on chain");
        }
        Set<String> opting = new HashSet<>();
        optingFans.forEach(i -> opting.add(fanWallets.get(i).address().value()));
        for (var sticker : stickerStatus.entrySet()) {
            String owner = stickerOwner.get(sticker.getKey());
            boolean optedIn = optedIn(new Address(owner), sticker.getKey());
            String expected = optedIn ? "DELIVERED" : "PENDING_OPTIN";
            if (!sticker.getValue().equals(expected)) {
                problems.add("sticker " + sticker.getKey() + " is " + sticker.getValue() + " but its fan is "
                        + (optedIn ? "" : "not ") + "opted in");
            }
            if (opting.contains(owner) != optedIn) {
                problems.add("sticker " + sticker.getKey() + ": the fan's opt-in is not what the run did");
            }
            if (optedIn) {
                JsonNode holding = getOrNull(algod + "/v2/accounts/" + owner + "/assets/" + sticker.getKey());
                if (holding == null || holding.get("asset-holding").get("amount").asLong() != 1) {
                    problems.add("sticker " + sticker.getKey() + " DELIVERED but its fan does not hold it");
                }
            }
        }
        for (Member member : cluster.members()) {
            if (!member.alive()) {
                problems.add(member.name + " exited by itself (see " + work.resolve(member.name + ".log") + ")");
            }
        }
        String holder = leaseHolderApplicationName();
        boolean live = cluster.members().stream()
                .anyMatch(m -> m.alive() && m.applicationName().equals(holder));
        if (!live) {
            problems.add("the listener lease is held by " + holder + ", not by a live process");
        }
        return new Figures(above, below, stickerByTip.size(), stickersByStatus, jobsByStage, dead, chainAssets,
                chainApps, activeApps.size(), holder);
    }

    private void print(Figures f, List<Kill> kills, Map<String, Long> submitted, int optIns, long started) {
        Map<String, Long> byVictim = new TreeMap<>();
        kills.forEach(k -> byVictim.merge(k.victim(), 1L, Long::sum));
        long leaderKills = kills.stream().filter(Kill::leader).count();
        out.println("chaos figures:");
        out.println("  tips: " + submitted.size() + " (" + f.above() + " at or above the "
                + THRESHOLD / 1_000_000 + " ALGO threshold, " + f.below() + " below)");
        out.println("  kills: " + kills.size() + " SIGKILLs " + byVictim + ", " + leaderKills
                + " of the listener's leader; every victim restarted");
        out.println("  ASAs minted on chain: " + f.chainAssets() + "; stickers: " + f.stickers() + " "
                + f.stickersByStatus() + "; opt-ins sent: " + optIns);
        out.println("  jobs by stage: " + f.jobsByStage() + "; dead: " + f.dead());
        out.println("  TipProxies on chain: " + f.chainApps() + ", active tip jars: " + f.activeJars());
        out.println("  listener lease: " + f.leaseHolder());
        out.println("  took " + seconds(started) + " s");
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    private void dropSchema() {
        try (Connection c = connect(); var s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            out.println("could not drop schema " + schema + ": " + e.getMessage());
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (var s = c.prepareStatement(sql); ResultSet rows = s.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private interface Step {
        JsonNode run() throws IOException, InterruptedException;
    }

    /** Retries a call through kills and restarts, for up to 3 minutes. */
    private JsonNode retry(String what, Step step) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        IOException last = null;
        while (System.nanoTime() < deadline) {
            try {
                return step.run();
            } catch (IOException e) {
                last = e;
            }
            pause(300);
        }
        throw new IllegalStateException(what + " failed for 3 minutes: " + (last == null ? "" : last.getMessage()));
    }

    private JsonNode call(DevWallet wallet, String method, String path, Object body, int... ok)
            throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(server + path))
                .header("Authorization", "Bearer " + token(wallet)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
        for (int status : ok) {
            if (response.statusCode() == status) {
                return JSON.readTree(response.body());
            }
        }
        if (response.statusCode() == 401) {
            tokens.remove(wallet.address());
        }
        throw new IOException(method + " " + path + " answered " + response.statusCode() + ": " + response.body());
    }

    private String token(DevWallet wallet) throws IOException, InterruptedException {
        String token = tokens.get(wallet.address());
        if (token != null) {
            return token;
        }
        HttpResponse<String> challenge = send(HttpRequest.newBuilder(URI.create(server + "/auth/challenge"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("walletAddress", wallet.address().value())))));
        if (challenge.statusCode() != 200) {
            throw new IOException("challenge answered " + challenge.statusCode());
        }
        JsonNode c = JSON.readTree(challenge.body());
        byte[] signature = wallet.signData(c.get("message").asText().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> verified = send(HttpRequest.newBuilder(URI.create(server + "/auth/verify"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(
                        JSON.writeValueAsString(Map.of("walletAddress", wallet.address().value(), "nonce",
                                c.get("nonce").asText(), "signature",
                                Base64.getEncoder().encodeToString(signature))))));
        if (verified.statusCode() != 200) {
            throw new IOException("verify answered " + verified.statusCode());
        }
        token = JSON.readTree(verified.body()).get("accessToken").asText();
        tokens.put(wallet.address(), token);
        return token;
    }

    private JsonNode get(String url, boolean algodToken) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).GET();
        if (algodToken) {
            request.header("X-Algo-API-Token", TOKEN);
        }
        HttpResponse<String> response = send(request);
        if (response.statusCode() != 200) {
            throw new IOException("GET " + url + " answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    /** Whether an asset or app exists on chain, and if so whether the given account created it. */
    private enum Created { NOTHING, BY_ANOTHER, BY_IT }

    /** What algod says of the asset or app at {@code url} ({@code /v2/assets/…}, {@code /v2/applications/…}). */
    private Created createdBy(String url, Address creator) throws IOException, InterruptedException {
        JsonNode found = getOrNull(url);
        if (found == null) {
            return Created.NOTHING;
        }
        return found.get("params").get("creator").asText().equals(creator.value()) ? Created.BY_IT : Created.BY_ANOTHER;
    }

    private JsonNode getOrNull(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(url))
                .header("X-Algo-API-Token", TOKEN).GET());
        return response.statusCode() == 200 ? JSON.readTree(response.body()) : null;
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HTTP.send(request.timeout(Duration.ofSeconds(20)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String seconds(long startedNanos) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - startedNanos) / 1e9);
    }
}
