package dev.stickerplatform.bootstrap.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.http.auth.Authentication;
import dev.stickerplatform.adapters.persistence.memory.InMemoryChallengeStore;
import dev.stickerplatform.application.auth.SignInProof;
import dev.stickerplatform.application.auth.VerifySignInService;
import dev.stickerplatform.application.metrics.AuthMetrics;
import dev.stickerplatform.bootstrap.cli.CliOptions;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.AuthWiring;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code bench auth [--logins N] [--checks N] [--clients C] [--threads T]}: signing in and checking tokens on this
 * machine, on the embedded platform (simulated ledger, in-memory challenges) with rate limits lifted. Measures
 * (1) challenge + verify logins per second over HTTP with C concurrent clients (each client also signs, as a
 * wallet would, on the same machine), (2) the same logins in process, without HTTP, on T threads, and (3) access
 * token checks (EdDSA signature, issuer, audience, expiry, claims) per second on T threads.
 */
final class AuthBench {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Policy UNLIMITED = new Policy("bench", Integer.MAX_VALUE, Duration.ofSeconds(1));

    private AuthBench() {
    }

    static void run(CliOptions options, PrintStream out) throws Exception {
        int logins = options.number("logins", 2000);
        int checks = options.number("checks", 200000);
        int threads = options.number("threads", Runtime.getRuntime().availableProcessors());
        int clients = options.number("clients", 16);
        PlatformConfig embedded = PlatformConfig.fromEnv(new Env(Map.of("HOST", "127.0.0.1", "PORT", "0",
                "WORKERS", "0", "LISTENER_ENABLED", "false")));
        PlatformConfig config = embedded.withOperations(embedded.operations().withRateLimits(
                new RateLimits(UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED, UNLIMITED)));
        out.printf("bench auth: %d logins, %d token checks; %d cores, %d HTTP clients, %d threads in process%n",
                logins, checks, Runtime.getRuntime().availableProcessors(), clients, threads);
        List<DevWallet> wallets = new ArrayList<>();
        for (int i = 0; i < 256; i++) {
            wallets.add(DevWallet.generate());
        }
        try (Platform platform = Platform.start(config)) {
            httpLogins(platform.baseUrl(), wallets, logins / 10, clients);
            double http = httpLogins(platform.baseUrl(), wallets, logins, clients);
            out.printf("sign-in over HTTP (POST /auth/challenge, wallet signData, POST /auth/verify): %.0f logins/s%n",
                    http);

            Authentication auth = AuthWiring.authentication(platform.services().ports(),
                    new InMemoryChallengeStore(platform.services().ports().clock()), config.auth(), AuthMetrics.NONE);
            inProcessLogins(auth, wallets, logins / 10, threads);
            double inProcess = inProcessLogins(auth, wallets, logins, threads);
            out.printf("sign-in in process (issue challenge, wallet signData, verify, issue token): %.0f logins/s%n",
                    inProcess);

            String token = auth.tokens().issue(wallets.getFirst().address(),
                    dev.stickerplatform.application.auth.Role.FAN).token();
            tokenChecks(auth, token, checks / 10, threads);
            double perSecond = tokenChecks(auth, token, checks, threads);
            double single = tokenChecks(auth, token, checks / 4, 1);
            out.printf("token checks (EdDSA JWT: signature, iss, aud, exp, claims): %.0f checks/s on %d threads,"
                    + " %.0f checks/s on 1 thread (%.1f µs each)%n", perSecond, threads, single, 1e6 / single);
        }
    }

    /** Logins per second through HTTP with {@code clients} concurrent clients. */
    private static double httpLogins(String baseUrl, List<DevWallet> wallets, int logins, int clients)
            throws Exception {
        HttpClient http = HttpClient.newBuilder().executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        AtomicInteger next = new AtomicInteger();
        return timed(logins, clients, () -> {
            int i;
            while ((i = next.getAndIncrement()) < logins) {
                DevWallet wallet = wallets.get(i % wallets.size());
                JsonNode challenge = post(http, baseUrl + "/auth/challenge",
                        Map.of("walletAddress", wallet.address().value()));
                byte[] signature = wallet.signData(challenge.get("message").asText().getBytes(StandardCharsets.UTF_8));
                JsonNode verified = post(http, baseUrl + "/auth/verify", Map.of("walletAddress",
                        wallet.address().value(), "nonce", challenge.get("nonce").asText(),
                        "signature", Base64.getEncoder().encodeToString(signature)));
                if (!verified.has("accessToken")) {
                    throw new IllegalStateException("sign-in refused: " + verified);
                }
            }
        });
    }

    private static double inProcessLogins(Authentication auth, List<DevWallet> wallets, int logins, int threads)
            throws Exception {
        AtomicInteger next = new AtomicInteger();
        return timed(logins, threads, () -> {
            int i;
            while ((i = next.getAndIncrement()) < logins) {
                DevWallet wallet = wallets.get(i % wallets.size());
                var issued = auth.issueChallenge().issue(wallet.address());
                byte[] signature = wallet.signData(issued.challenge().message().getBytes(StandardCharsets.UTF_8));
                var result = auth.verifySignIn().verify(new VerifySignInService.Command(wallet.address(),
                        issued.challenge().nonce(), new SignInProof.SignBytes(signature)));
                if (!(result instanceof VerifySignInService.Result.SignedIn in)) {
                    throw new IllegalStateException("sign-in refused: " + result);
                }
                auth.tokens().issue(in.wallet(), in.role());
            }
        });
    }

    private static double tokenChecks(Authentication auth, String token, int checks, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        return timed(checks, threads, () -> {
            while (next.getAndIncrement() < checks) {
                auth.tokens().verify(token);
            }
        });
    }

    /** Runs {@code work} on {@code threads} threads and answers {@code count} per second of wall time. */
    private static double timed(int count, int threads, Work work) throws Exception {
        try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
            long started = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                running.add(pool.submit(() -> {
                    work.run();
                    return null;
                }));
            }
            for (Future<?> future : running) {
                future.get();
            }
            return count / ((System.nanoTime() - started) / 1e9);
        }
    }

    @FunctionalInterface
    private interface Work {
        void run() throws Exception;
    }

    private static JsonNode post(HttpClient http, String url, Object body) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }
}
