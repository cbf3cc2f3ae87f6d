package dev.stickerplatform.bootstrap.bench;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.InMemoryAuditTrail;
import dev.stickerplatform.adapters.persistence.memory.LocalContentStore;
import dev.stickerplatform.adapters.persistence.memory.SecureRandomness;
import dev.stickerplatform.application.listener.ListenerLoop;
import dev.stickerplatform.application.minting.MintWorker;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.wiring.Services;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.TxnRequest;
import java.io.PrintStream;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One benchmark run of the whole pipeline on a simulated ledger with realistic rounds: N real signed tips →
 * listener → queue → W workers → minted → the fans' wallets opt in → delivered. Prints progress and the figures.
 */
final class PipelineBench {
    /** The fan wallets opt in by themselves, as a fan would after seeing the pending sticker; read in pages. */
    private static final int OPT_IN_PAGE = PageRequest.MAX_LIMIT;
    private final PlatformConfig config;
    private final BenchStores.Opened stores;
    private final PrintStream out;

    PipelineBench(PlatformConfig config, BenchStores.Opened stores, PrintStream out) {
        this.config = config;
        this.stores = stores;
        this.out = out;
    }

    record Result(String label, int tips, int workers, Duration elapsed, double tipsPerSecond, Duration p50,
                  Duration p99, Duration blockTime, BenchMeter.Figures costs) {
    }

    Result run(String label, int tipCount, int fanCount) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        Duration blockTime = config.chain().blockTime();
        try (var ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks().withBlockTime(blockTime))) {
            Chain chain = new SimulatedChain(ledger);
            BenchMeter meter = stores.meter();
            var signers = StaticSigners.generateDev(new SecureRandom());
            for (SignerRole role : SignerRole.values()) {
                ledger.fund(signers.forRole(role).address(), MicroAlgos.ofAlgo(10_000_000));
            }
            var ports = new Services.Ports(meter.counting(chain), stores.store(), stores.queue(), signers,
                    new LocalContentStore("http://localhost/ipfs"), new SecureRandomness(), clock,
                    new InMemoryAuditTrail());
            var services = new Services(ports, config);
            var useCases = services.useCases(null);

            DevWallet creator = DevWallet.generate();
            var registered = useCases.registerCreator().register(
                    new RegisterCreatorService.Command(creator.address(), "bench", MicroAlgos.ofAlgo(1)));
            AppId app = registered.tipJar().appId();
            useCases.createTemplate().create(new CreateTemplateService.Command(creator.address(), "Bench sticker",
                    StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), BenchStores.PNG));
            List<DevWallet> fans = new ArrayList<>();
            for (int i = 0; i < fanCount; i++) {
                DevWallet fan = DevWallet.generate();
                ledger.fund(fan.address(), MicroAlgos.ofAlgo(10L + 2L * (tipCount / fanCount + 1)));
                fans.add(fan);
            }

            List<Thread> threads = new ArrayList<>();
            ListenerLoop listener = services.listenerLoop(Leadership.alone());
            threads.add(Thread.ofPlatform().name("bench-listener").daemon().start(listener));
            List<MintWorker> workers = new ArrayList<>();
            int workerCount = config.pipeline().serial() ? 1 : config.pipeline().workers();
            for (int i = 0; i < workerCount; i++) {
                MintWorker worker = services.worker("bench-worker-" + i);
                workers.add(worker);
                // platform threads, so that their CPU time can be read
                threads.add(Thread.ofPlatform().name("bench-worker-" + i).daemon().start(worker));
            }

            // the fans sign their tips before the timed part (valid for 1000 rounds), as a client would
            var params = chain.suggestedParams();
            List<List<byte[]>> signedTips = new ArrayList<>(tipCount);
            for (int i = 0; i < tipCount; i++) {
                signedTips.add(fans.get(i % fans.size()).signTip(app, creator.address(), MicroAlgos.ofAlgo(1),
                        "bench " + i, params));
            }
            Map<Address, DevWallet> fanWallets = new HashMap<>();
            fans.forEach(fan -> fanWallets.put(fan.address(), fan));
            AtomicBoolean finished = new AtomicBoolean();
            meter.start();
            Instant started = Instant.now();
            // the fans' wallets opt in while tips are still arriving, as they would
            Thread fanThread = Thread.ofPlatform().name(BenchMeter.FANS_THREAD).daemon().start(() -> {
                Set<UUID> optedIn = new HashSet<>();
                while (!finished.get()) {
                    optInPending(chain, fanWallets, optedIn);
                    try {
                        Thread.sleep(100);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
            threads.add(fanThread);
            for (List<byte[]> tip : signedTips) {
                chain.submitSigned(tip);
            }
            long delivered = 0;
            Instant lastReport = Instant.EPOCH;
            while (delivered < tipCount) {
                delivered = stores.harnessStore().mintJobs().countByStage().getOrDefault(JobStage.DELIVERED, 0L);
                if (Duration.between(lastReport, Instant.now()).toMillis() >= 1000) {
                    progress(label, delivered, tipCount, started);
                    lastReport = Instant.now();
                }
                Thread.sleep(100);
            }
            Duration elapsed = Duration.between(started, Instant.now());
            BenchMeter.Figures costs = meter.perTip(delivered);
            finished.set(true);
            progress(label, delivered, tipCount, started);
            out.println();
            listener.stop();
            workers.forEach(MintWorker::stop);
            threads.forEach(Thread::interrupt);
            List<Duration> latencies = BenchStores.latencies(stores.harnessStore(), ledger);
            return new Result(label, tipCount, workerCount, elapsed, tipCount * 1000.0 / elapsed.toMillis(),
                    percentile(latencies, 50), percentile(latencies, 99), blockTime, costs);
        }
    }

    /**
     * Every fan whose sticker waits for an opt-in signs and sends one, as their wallet would. All waiting jobs are
     * paged through: the ones already opted in stay PENDING_OPTIN until the opt-in confirms, and must not hide the
     * newer ones behind them (they did, and capped the benchmark at about one page of opt-ins per round).
     */
    private void optInPending(Chain chain, Map<Address, DevWallet> fans, Set<UUID> optedIn) {
        for (int offset = 0; ; offset += OPT_IN_PAGE) {
            List<MintJob> parked = stores.harnessStore().mintJobs().list(JobStage.PENDING_OPTIN, false,
                    new PageRequest(OPT_IN_PAGE, offset));
            for (MintJob job : parked) {
                if (optedIn.add(job.id())) {
                    DevWallet fan = fans.get(job.fan());
                    byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(job.fan(), job.assetId()));
                    chain.submitSigned(List.of(fan.signPrepared(unsigned)));
                }
            }
            if (parked.size() < OPT_IN_PAGE) {
                return;
            }
        }
    }

    private void progress(String label, long done, int total, Instant started) {
        int width = 40;
        int filled = (int) (width * done / Math.max(1, total));
        double seconds = Math.max(0.001, Duration.between(started, Instant.now()).toMillis() / 1000.0);
        out.printf("\r%-9s [%s%s] %6d/%d delivered  %7.1f tips/s  %5.0f s", label, "#".repeat(filled),
                ".".repeat(width - filled), done, total, done / seconds, seconds);
        out.flush();
    }

    static Duration percentile(List<Duration> sorted, int p) {
        if (sorted.isEmpty()) {
            return Duration.ZERO;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
