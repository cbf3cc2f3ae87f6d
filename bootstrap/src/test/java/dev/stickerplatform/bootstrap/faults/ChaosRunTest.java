package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.application.listener.FollowChainService;
import dev.stickerplatform.application.listener.ListenerLoop;
import dev.stickerplatform.application.minting.MintPipeline;
import dev.stickerplatform.application.minting.MintWorker;
import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.application.tipjar.RegisterCreatorService;
import dev.stickerplatform.application.tipjar.TipJarDeployer;
import dev.stickerplatform.bootstrap.support.LedgerRuns;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.policy.RetryPolicy;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Chaos run on the real database: 2,000 tips flow through the listener and mint workers while workers are
 * killed at random — right after a submit, right before one, or while asking the chain — and replaced. It must
 * end with every tip DELIVERED or PENDING_OPTIN, one ASA per tip on the ledger, and no job lost.
 */
class ChaosRunTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    static final int TIPS = 2_000;
    static final int FANS = 200;
    static final int WORKERS = 6;

    /** Not an exception a worker handles: the thread dies where it stands, like a killed process. */
    static final class Killed extends Error {
        Killed() {
            super("worker killed by the chaos run");
        }
    }

    /** How the workers run; the batched variant claims several jobs at a time and submits groups. */
    PipelineConfig configure(PipelineConfig config) {
        return config;
    }

    @Test
    void killedWorkersLoseNothingAndMintNothingTwice() throws Exception {
        Clock clock = Clock.systemUTC();
        try (SimulatedLedger ledger = new SimulatedLedger(
                SimulatedLedger.Config.manualBlocks().withBlockTime(Duration.ofMillis(100)))) {
            Chain chain = new SimulatedChain(ledger);
            Store store = postgres.database().store();
            MintQueue queue = postgres.database().mintQueue(clock);
            var signers = StaticSigners.generateDev(new SecureRandom());
            for (SignerRole role : SignerRole.values()) {
                ledger.fund(signers.forRole(role).address(), MicroAlgos.ofAlgo(1_000_000));
            }
            DevWallet creator = DevWallet.generate();
            var deployment = new DeploymentConfig(MicroAlgos.of(100_000), 20, Duration.ofSeconds(2));
            AppId app = new RegisterCreatorService(store, chain, new TipJarDeployer(chain, store, signers, clock,
                    deployment), new SeededRandomness(1), clock, deployment)
                    .register(new RegisterCreatorService.Command(creator.address(), null, MicroAlgos.ofAlgo(1)))
                    .tipJar().appId();
            store.templates().insert(LedgerRuns.tipTemplate(creator.address(), "Chaos", clock));
            Map<Address, DevWallet> fans = new HashMap<>();
            for (int i = 0; i < FANS; i++) {
                DevWallet fan = DevWallet.generate();
                ledger.fund(fan.address(), MicroAlgos.ofAlgo(100));
                fans.put(fan.address(), fan);
            }

            var listener = new ListenerLoop(new FollowChainService(chain, store, clock, ledger.currentRound(),
                    signers.forRole(SignerRole.ADMIN).address()), chain, clock, Duration.ofMillis(500),
                    Leadership.alone());
            Thread listenerThread = Thread.ofPlatform().daemon().start(listener);
            var config = configure(new PipelineConfig(Duration.ofSeconds(2), Duration.ofMillis(60),
                    Duration.ofMillis(200), new RetryPolicy(50, Duration.ofMillis(50), Duration.ofMillis(500)), 6,
                    Duration.ofSeconds(2), false));
            Random chaos = new Random(42);
            AtomicInteger kills = new AtomicInteger();
            List<Thread> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                workers.add(startWorker("w" + i, chain, store, queue, signers, clock, config, chaos, kills));
            }

            List<DevWallet> fanList = new ArrayList<>(fans.values());
            for (int i = 0; i < TIPS; i++) {
                DevWallet fan = fanList.get(i % FANS);
                chain.submitSigned(fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(1), "chaos " + i,
                        chain.suggestedParams()));
            }

            Set<UUID> optedIn = new HashSet<>();
            Instant deadline = Instant.now().plusSeconds(240);
            int generation = WORKERS;
            Set<Address> evenFans = new HashSet<>();
            for (int i = 0; i < FANS; i += 2) {
                evenFans.add(fanList.get(i).address());
            }
            while (Instant.now().isBefore(deadline) && !settled(store, evenFans)) {
                for (int i = 0; i < workers.size(); i++) {
                    if (!workers.get(i).isAlive()) {
                        workers.set(i, startWorker("w" + generation++, chain, store, queue, signers, clock, config,
                                chaos, kills));
                    }
                }
                optInEvenFans(store, chain, fans, evenFans, optedIn);
                Thread.sleep(100);
            }
            listener.stop();
            listenerThread.interrupt();
            workers.forEach(Thread::interrupt);

            Map<JobStage, Long> stages = store.mintJobs().countByStage();
            System.out.printf("chaos run: %d tips, %d worker kills, jobs by stage %s, %d ASAs created%n", TIPS,
                    kills.get(), stages, LedgerRuns.assetsCreated(ledger));
            assertThat(store.mintJobs().countDead()).as("dead jobs").isZero();
            assertThat(stages.getOrDefault(JobStage.DELIVERED, 0L) + stages.getOrDefault(JobStage.PENDING_OPTIN, 0L))
                    .as("jobs at rest, by stage %s", stages).isEqualTo(TIPS);
            assertThat(stages.getOrDefault(JobStage.DELIVERED, 0L)).as("delivered to the fans who opted in")
                    .isEqualTo(TIPS / 2);
            assertThat(store.tips().creatorTotals(creator.address()).count()).isEqualTo(TIPS);
            assertThat(LedgerRuns.assetsCreated(ledger)).as("ASAs on the ledger").isEqualTo(TIPS);
            assertThat(kills.get()).as("workers killed").isGreaterThan(10);
            long delivered = fanList.stream().mapToLong(fan -> ledger.account(fan.address()).assets().values().stream()
                    .filter(holding -> holding.amount() == 1).count()).sum();
            assertThat(delivered).isEqualTo(stages.getOrDefault(JobStage.DELIVERED, 0L));
        }
    }

    private static Thread startWorker(String name, Chain chain, Store store, MintQueue queue, StaticSigners signers,
                                      Clock clock, PipelineConfig config, Random chaos, AtomicInteger kills) {
        Chain dying = new KillingChain(chain, chaos, kills);
        MintWorker worker = new MintWorker(name, queue, store, new MintPipeline(dying, store, signers, clock),
                new SeededRandomness(name.hashCode()), clock, config);
        return Thread.ofPlatform().name(name).daemon().start(worker);
    }

    /** The wallets of the even fans opt in once their sticker waits; the odd fans never do. */
    private static void optInEvenFans(Store store, Chain chain, Map<Address, DevWallet> fans, Set<Address> evenFans,
                                      Set<UUID> optedIn) {
        for (MintJob job : LedgerRuns.jobsAt(store, JobStage.PENDING_OPTIN)) {
            if (evenFans.contains(job.fan()) && optedIn.add(job.id())) {
                DevWallet fan = fans.get(job.fan());
                chain.submitSigned(List.of(fan.signPrepared(
                        chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(job.fan(), job.assetId())))));
            }
        }
    }

    /** Done when every tip's job is at rest and only fans who never opt in still have parked stickers. */
    private static boolean settled(Store store, Set<Address> evenFans) {
        Map<JobStage, Long> stages = store.mintJobs().countByStage();
        long atRest = stages.getOrDefault(JobStage.DELIVERED, 0L) + stages.getOrDefault(JobStage.PENDING_OPTIN, 0L);
        return atRest == TIPS && LedgerRuns.jobsAt(store, JobStage.PENDING_OPTIN).stream()
                .noneMatch(job -> evenFans.contains(job.fan()));
    }
}
