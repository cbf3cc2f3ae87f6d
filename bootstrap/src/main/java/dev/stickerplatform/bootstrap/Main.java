package dev.stickerplatform.bootstrap;

import dev.stickerplatform.bootstrap.bench.BenchCommand;
import dev.stickerplatform.bootstrap.bench.ChaosCommand;
import dev.stickerplatform.bootstrap.cli.ApprovalsCommand;
import dev.stickerplatform.bootstrap.cli.ConfigCommand;
import dev.stickerplatform.bootstrap.cli.DevnetCommand;
import dev.stickerplatform.bootstrap.cli.KeysCommand;
import dev.stickerplatform.bootstrap.cli.WalletCommand;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import java.util.Arrays;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Entry point. Sub-commands: {@code serve} (default) runs the API with the listener and workers; {@code worker},
 * {@code devnet}, {@code chaos}, {@code bench}, {@code wallet} and {@code keys} (see the usage text).
 */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    public static void main(String[] args) {
        String command = args.length == 0 ? "serve" : args[0];
        String[] rest = Arrays.copyOfRange(args, Math.min(1, args.length), args.length);
        try {
            switch (command) {
                case "serve" -> serve();
                case "worker" -> worker();
                case "wallet" -> WalletCommand.run(rest);
                case "approvals" -> ApprovalsCommand.run(rest, System.getenv(), new java.io.BufferedReader(
                        new java.io.InputStreamReader(System.in, java.nio.charset.StandardCharsets.UTF_8)), System.out);
                case "bench" -> BenchCommand.run(rest, System.out);
                case "devnet" -> DevnetCommand.run(rest, System.out);
                case "chaos" -> System.exit(ChaosCommand.run(rest, System.out));
                case "keys" -> System.exit(KeysCommand.run(rest, Env.system(), System.out, System.err));
                case "config" -> System.exit(ConfigCommand.run(rest, Env.system(), System.out, System.err));
                case "help", "--help", "-h" -> usage();
                default -> {
                    System.err.println("unknown command: " + command);
                    usage();
                    System.exit(2);
                }
            }
        } catch (ConfigException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(2);
        } catch (java.io.IOException e) {
            System.err.println("error: " + e.getMessage());
            System.exit(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            System.exit(1);
        } catch (Exception e) {
            System.err.println("error: " + e);
            System.exit(1);
        }
    }

    private static void serve() {
        long started = System.nanoTime();
        PlatformConfig config = PlatformConfig.fromEnvironment();
        Platform platform = Platform.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "shutdown"));
        LOG.info("network={} store={} rate limiter={} signers={} listener={} workers={}",
                config.operations().profile(), platform.storeDescription(), platform.rateLimiterDescription(),
                config.operations().signerKinds(), config.listener().enabled(), config.pipeline().workers());
        LOG.info("Sticker Platform listening on {} (http://localhost:{}), started in {} ms; web app at {}/, "
                + "API explorer at {}/docs", config.http().publicBaseUrl(), platform.port(),
                (System.nanoTime() - started) / 1_000_000, config.http().publicBaseUrl(),
                config.http().publicBaseUrl());
    }

    private static void worker() throws InterruptedException {
        PlatformConfig config = PlatformConfig.fromEnvironment();
        Platform platform = Platform.startWorkers(config);
        java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            platform.close();
            stopped.countDown();
        }, "shutdown"));
        LOG.info("worker process: network={} store={} workers={} listener standby={}",
                config.network().name().toLowerCase(java.util.Locale.ROOT), platform.storeDescription(),
                config.pipeline().workers(), config.listener().enabled() || config.topology().workerListener());
        // the workers run on virtual (daemon) threads: without this wait the JVM would exit as soon as main returns
        stopped.await();
    }

    private static void usage() {
        System.out.println("""
                usage: java -jar sticker-platform.jar <command>
                  serve   run the HTTP API, the chain listener and mint workers (default);
                          LISTENER_ENABLED=false / WORKERS=0 leave those to other processes
                  worker  run mint workers only (needs DATABASE_URL and a shared chain: NETWORK=localnet with
                          `devnet`, or a real network); WORKER_LISTENER=true also stands by for the listener
                  devnet  devnet [--data DIR] [--block-time 2.8s | --dev]: a local algod node on 127.0.0.1:4001
                          over the simulated ledger, state kept in DIR; devnet fund ADDRESS MICROALGOS
                  chaos   chaos --tips N --kills K: devnet + PostgreSQL + serve + two workers as processes,
                          SIGKILLs at random, then checks exactly-once (needs DATABASE_URL; chaos help)
                  bench   bench pipeline --tips N --workers W [--block-time 2.8s] [--serial]
                          bench auth [--logins N] [--checks N]   sign-ins and token checks per second
                  wallet  a development wallet for trying the API with curl (wallet help)
                  keys    keys show | keys rotate --role ROLE --to KIND   signing keys on chain, key rotation
                          by rekeying (keys help; runbook in adapters-kms/README.md); keys audit verify
                          checks the signing audit trail's hash chain (needs DATABASE_URL)
                  approvals  list, show, sign and approve high-value operations (approvals help)
                  config  config check: the effective configuration (secrets masked) and every refusal
                          start-up would hit, without starting anything; exit code 2 on a refusal
                  help    this text
                configuration comes from environment variables; see README.md""");
    }
}
