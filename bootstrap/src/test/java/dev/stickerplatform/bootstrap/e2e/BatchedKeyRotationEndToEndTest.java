package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.kms.SwitchingKeySigner;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.application.keys.RekeyAwareChain;
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
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.policy.RetryPolicy;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxStatus;
import dev.stickerplatform.domain.port.ForwardingChain;
import dev.stickerplatform.domain.port.Leadership;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The MINTER key is rotated (its account rekeyed to the next key) while batched workers (16 jobs a claim, atomic
 * groups of up to 16) have groups signed by the old key recorded and still pending: the node lost their
 * submissions, so they are resubmitted only after the rekey, when the chain refuses the old key. Each such group
 * must be re-signed whole by the new key under its recorded txids, and tips arriving after the rotation are minted
 * with the new key: every sticker minted and delivered exactly once, no job dead.
 */
class BatchedKeyRotationEndToEndTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    private static final int BEFORE = 64;
    private static final int AFTER = 64;
    private static final int FANS = 16;
    private static final int WORKERS = 2;

    /** A node that accepts submissions and loses them while {@code losing} is set (as one that restarts). */
    private static final class LosingChain extends ForwardingChain {
        final AtomicBoolean losing = new AtomicBoolean();
        final AtomicInteger lost = new AtomicInteger();

        LosingChain(Chain chain) {
            super(chain);
        }

        @Override
        public void submit(ChainWrite write) {
            if (losing.get()) {
                lost.incrementAndGet();
                return;
            }
            delegate().submit(write);
        }
    }

    @Test
    void groupsSignedByTheOldKeyAndStillPendingAtTheRekeyAreReSignedWholeAndEveryStickerArrivesOnce()
            throws Exception {
        Clock clock = Clock.systemUTC();
        SecureRandom random = new SecureRandom();
        try (SimulatedLedger ledger = new SimulatedLedger(
                SimulatedLedger.Config.manualBlocks().withBlockTime(Duration.ofMillis(100)))) {
            SimulatedChain plain = new SimulatedChain(ledger);
            Store store = postgres.database().store();
            MintQueue queue = postgres.database().mintQueue(clock);
            StaticSigners dev = StaticSigners.generateDev(random);
            Signer oldKey = LocalKeySigner.generate(random);
            Signer newKey = TestKeys.rekeyed(oldKey.address(), LocalKeySigner.generate(random));
            Address minterAccount = oldKey.address();
            Map<SignerRole, Signer> roles = new EnumMap<>(SignerRole.class);
            for (SignerRole role : SignerRole.values()) {
                roles.put(role, dev.forRole(role));
            }
            roles.put(SignerRole.MINTER, new SwitchingKeySigner(oldKey, newKey));
            StaticSigners signers = new StaticSigners(roles);
            for (SignerRole role : SignerRole.values()) {
                ledger.fund(signers.forRole(role).address(), MicroAlgos.ofAlgo(1_000_000));
            }
            DevWallet creator = DevWallet.generate();
            var deployment = new DeploymentConfig(MicroAlgos.of(100_000), 20, Duration.ofSeconds(2));
            AppId app = new RegisterCreatorService(store, plain, new TipJarDeployer(plain, store, signers, clock,
                    deployment), new SeededRandomness(1), clock, deployment)
                    .register(new RegisterCreatorService.Command(creator.address(), null, MicroAlgos.ofAlgo(1)))
                    .tipJar().appId();
            store.templates().insert(LedgerRuns.tipTemplate(creator.address(), "Rotation", clock));
            List<DevWallet> fans = new ArrayList<>();
            Map<Address, DevWallet> fanByAddress = new HashMap<>();
            for (int i = 0; i < FANS; i++) {
                DevWallet fan = DevWallet.generate();
                ledger.fund(fan.address(), MicroAlgos.ofAlgo(100));
                fans.add(fan);
                fanByAddress.put(fan.address(), fan);
            }

            LosingChain node = new LosingChain(plain);
            Chain workerChain = new RekeyAwareChain(node, signers);
            var listener = new ListenerLoop(new FollowChainService(plain, store, clock, ledger.currentRound(),
                    signers.forRole(SignerRole.ADMIN).address()), plain, clock, Duration.ofMillis(500),
                    Leadership.alone());
            Thread listenerThread = Thread.ofPlatform().daemon().start(listener);
            var config = new PipelineConfig(Duration.ofSeconds(2), Duration.ofMillis(60), Duration.ofMillis(200),
                    new RetryPolicy(50, Duration.ofMillis(50), Duration.ofMillis(500)), 6, Duration.ofSeconds(2),
                    false).withBatch(16);
            List<MintWorker> workers = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                MintWorker worker = new MintWorker("w" + i, queue, store, new MintPipeline(workerChain, store,
                        signers, clock), new SeededRandomness(i), clock, config);
                workers.add(worker);
                threads.add(Thread.ofPlatform().name("w" + i).daemon().start(worker));
            }
            try {
                // before the rotation: every mint is signed by the old key, recorded, and lost by the node
                node.losing.set(true);
                for (int i = 0; i < BEFORE; i++) {
                    tip(plain, fans.get(i % FANS), app, creator, "before " + i);
                }
                await(() -> LedgerRuns.jobsAt(store, JobStage.MINT_SUBMITTED).size() == BEFORE,
                        "all mints signed and recorded");
                List<MintJob> signedByOldKey = LedgerRuns.jobsAt(store, JobStage.MINT_SUBMITTED);
                assertThat(signedByOldKey).anyMatch(job -> plain.transactionCount(job.pendingWrite()) > 1);
                Set<TxId> oldTxIds = new HashSet<>();
                signedByOldKey.forEach(job -> oldTxIds.add(job.pendingWrite().txId()));
                assertThat(node.lost.get()).isPositive();

                // the rotation: the account is rekeyed to the next key; the chain refuses the old key from now on
                ChainWrite rekey = plain.sign(new TxnRequest.Rekey(minterAccount, newKey.authAddress(), null),
                        oldKey);
                plain.submit(rekey);
                await(() -> plain.status(rekey.txId(), rekey.lastValid()) instanceof TxStatus.Confirmed,
                        "the rekey confirmed");
                assertThat(ledger.account(minterAccount).authAddress()).isEqualTo(newKey.authAddress());
                node.losing.set(false);

                for (int i = 0; i < AFTER; i++) {
                    tip(plain, fans.get(i % FANS), app, creator, "after " + i);
                }
                Set<UUID> optedIn = new HashSet<>();
                await(() -> {
                    for (MintJob job : LedgerRuns.jobsAt(store, JobStage.PENDING_OPTIN)) {
                        if (optedIn.add(job.id())) {
                            DevWallet fan = fanByAddress.get(job.fan());
                            plain.submitSigned(List.of(fan.signPrepared(plain.encodeUnsigned(
                                    TxnRequest.AssetTransfer.optIn(job.fan(), job.assetId())))));
                        }
                    }
                    return store.mintJobs().countByStage().getOrDefault(JobStage.DELIVERED, 0L)
                            == BEFORE + AFTER;
                }, "every sticker delivered");

                Map<JobStage, Long> stages = store.mintJobs().countByStage();
                assertThat(store.mintJobs().countDead()).as("dead jobs").isZero();
                assertThat(stages.values().stream().mapToLong(Long::longValue).sum()).as("jobs, by stage %s", stages)
                        .isEqualTo(BEFORE + AFTER);
                assertThat(stages.get(JobStage.DELIVERED)).as("delivered jobs").isEqualTo(BEFORE + AFTER);
                assertThat(LedgerRuns.assetsCreated(ledger)).as("ASAs on the ledger").isEqualTo(BEFORE + AFTER);
                long held = fans.stream().mapToLong(fan -> ledger.account(fan.address()).assets().values().stream()
                        .filter(holding -> holding.amount() == 1).count()).sum();
                assertThat(held).as("stickers the fans hold").isEqualTo(BEFORE + AFTER);
                assertThat(oldTxIds).as("the writes signed by the old key confirm under their recorded txids")
                        .allMatch(txId -> ledger.confirmation(txId).isPresent());
                assertThat(signers.forRole(SignerRole.MINTER).authAddress()).isEqualTo(newKey.authAddress());
            } finally {
                workers.forEach(MintWorker::stop);
                listener.stop();
                listenerThread.interrupt();
                threads.forEach(Thread::interrupt);
            }
        }
    }

    private static void tip(Chain chain, DevWallet fan, AppId app, DevWallet creator, String memo) {
        chain.submitSigned(fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(1), memo, chain.suggestedParams()));
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        Instant deadline = Instant.now().plusSeconds(120);
        while (!condition.getAsBoolean()) {
            assertThat(Instant.now()).as("waiting for: " + what).isBefore(deadline);
            Thread.sleep(50);
        }
    }
}
