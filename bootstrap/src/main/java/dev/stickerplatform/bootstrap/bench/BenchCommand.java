package dev.stickerplatform.bootstrap.bench;

import dev.stickerplatform.bootstrap.cli.CliOptions;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import java.io.PrintStream;
import java.time.Duration;

/**
 * {@code bench pipeline --tips N --workers W [--block-time 2.8s] [--fans F] [--serial [--serial-tips M]]
 * [--store postgres|memory] [--batch B]}: measures the tip → delivered pipeline. With {@code --serial} it then runs the
 * prototype's design (one worker that waits for each confirmation) on M tips and prints the ratio.
 * {@code bench auth …}: sign-ins and token checks per second ({@link AuthBench}).
 * {@code bench http …}: the read and sign-in table on the production configuration ({@link HttpBench}).
 */
public final class BenchCommand {
    private BenchCommand() {
    }

    public static void run(String[] args, PrintStream out) throws Exception {
        if (args.length > 0 && args[0].equals("auth")) {
            AuthBench.run(CliOptions.parse("bench auth", args), out);
            return;
        }
        if (args.length > 0 && args[0].equals("http")) {
            HttpBench.run(CliOptions.parse("bench http", args), out);
            return;
        }
        if (args.length == 0 || !args[0].equals("pipeline")) {
            out.println("usage: bench pipeline --tips N --workers W [--block-time 2.8s] [--fans F] [--serial]"
                    + " [--serial-tips M] [--store postgres|memory] [--batch B]");
            out.println("       bench auth [--logins N] [--checks N] [--clients C] [--threads T]");
            out.println("       bench http [--store postgres|memory] [--connections C] [--seconds S] [--fans F]"
                    + " [--tips-per-fan T] [--logins N] [--client wrk|java] [--sign-in-only] [--hold]");
            return;
        }
        CliOptions options = CliOptions.parse("bench pipeline", args);
        int tips = options.number("tips", 1000);
        int workers = options.number("workers", 8);
        int fans = options.number("fans", Math.min(tips, 500));
        Duration blockTime = CliOptions.duration(options.get("block-time", "2.8s"));
        PlatformConfig config = PlatformConfig.embedded().withBlockTime(blockTime).withWorkers(workers);
        int batch = options.number("batch", config.pipeline().batch());
        config = config.withPipeline(config.pipeline().withBatch(batch));

        out.printf("bench pipeline: %d tips from %d fans, %d workers claiming %d job(s) at a time, %s rounds%n", tips,
                fans, workers, batch, blockTime);
        try (BenchStores.Opened stores = BenchStores.open(options.get("store", "postgres"))) {
            out.println("store: " + stores.description());
            var pipelined = new PipelineBench(config, stores, out).run("pipelined", tips, fans);
            print(out, pipelined);
            if (options.has("serial")) {
                int serialTips = options.number("serial-tips", 20);
                try (BenchStores.Opened serialStores = BenchStores.open(options.get("store", "postgres"))) {
                    var serial = new PipelineBench(config.withPipeline(config.pipeline().withSerial(true)),
                            serialStores, out).run("serial", serialTips, Math.min(fans, serialTips));
                    print(out, serial);
                    out.printf("pipelined / serial throughput: %.1f×%n",
                            pipelined.tipsPerSecond() / serial.tipsPerSecond());
                }
            }
        }
    }

    private static void print(PrintStream out, PipelineBench.Result r) {
        out.printf("%s: %d tips delivered in %.1f s with %d worker(s): %.1f tips/s; confirmed→delivered p50 %.2f s,"
                        + " p99 %.2f s%n", r.label(), r.tips(), r.elapsed().toMillis() / 1000.0, r.workers(),
                r.tipsPerSecond(), r.p50().toMillis() / 1000.0, r.p99().toMillis() / 1000.0);
        double round = Math.max(1, r.blockTime().toMillis());
        var c = r.costs();
        out.printf("  confirmed→delivered in rounds: p50 %.1f, p99 %.1f%n", r.p50().toMillis() / round,
                r.p99().toMillis() / round);
        out.printf("  per delivered tip: CPU platform %.3f ms, harness %.3f ms (fans, simulated ledger), PostgreSQL"
                        + " %.3f ms; platform+database %.3f ms; %.2f statements; algod %.3f POSTs, %.2f reads%n",
                c.platformCpuMs(), c.harnessCpuMs(), c.databaseCpuMs(), c.platformCpuMs() + c.databaseCpuMs(),
                c.statements(), c.posts(), c.reads());
    }
}
