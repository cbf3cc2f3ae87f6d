package dev.stickerplatform.application;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.algorand.simulated.TxConfirmation;
import dev.stickerplatform.adapters.persistence.memory.InMemoryMintQueue;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.port.MutableClock;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.TestKeys;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * The real adapters a use case's unit test runs on: the in-memory store and queue, and the simulated chain whose
 * blocks the test produces by hand ({@link #block()}), so nothing waits on time. One funded key per signer role.
 */
public final class Testbed implements AutoCloseable {
    public final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    public final SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks().withClock(clock));
    public final SimulatedChain chain = new SimulatedChain(ledger);
    public final InMemoryStore store = new InMemoryStore();
    public final InMemoryMintQueue queue = new InMemoryMintQueue(store, clock);
    public final Signers signers;
    private final Map<SignerRole, Signer> keys = new EnumMap<>(SignerRole.class);

    public Testbed() {
        for (SignerRole role : SignerRole.values()) {
            Signer key = TestKeys.newSigner();
            keys.put(role, key);
            ledger.fund(key.address(), MicroAlgos.ofAlgo(1000));
        }
        signers = keys::get;
    }

    public Signer signer(SignerRole role) {
        return keys.get(role);
    }

    /** Commits what is pending as the next round. */
    public Round block() {
        return ledger.produceBlock();
    }

    public DevWallet fundedWallet() {
        DevWallet wallet = DevWallet.generate();
        ledger.fund(wallet.address(), MicroAlgos.ofAlgo(10));
        return wallet;
    }

    /** The fan opts in to {@code asset}, confirmed in a new block. */
    public void optIn(DevWallet fan, AssetId asset) {
        byte[] unsigned = chain.encodeUnsigned(TxnRequest.AssetTransfer.optIn(fan.address(), asset));
        chain.submitSigned(List.of(fan.signPrepared(unsigned)));
        block();
    }

    /** A tip of {@code fan} to a new creator's template, recorded with its QUEUED mint job, as the listener does. */
    public MintJob queuedJob(DevWallet fan, StickerType type) {
        StickerTemplate template = store.templates().insert(TestData.aTemplate().by(TestKeys.newAddress())
                .ofType(type).createdAt(clock.instant()).build());
        Tip tip = TestData.aTip().from(fan.address()).to(template.creator()).build();
        store.tips().insertIfAbsent(tip);
        MintJob job = MintJob.queued(tip, template, type, null, clock.instant());
        store.mintJobs().insertIfAbsent(job);
        return store.mintJobs().find(job.id()).orElseThrow();
    }

    public MintJob reload(MintJob job) {
        return store.mintJobs().find(job.id()).orElseThrow();
    }

    /** ASAs ever created on the ledger, counted from the committed blocks. */
    public long assetsCreated() {
        return confirmations().filter(c -> c.createdAsset() != null).count();
    }

    /** Applications ever created on the ledger, counted from the committed blocks. */
    public long appsCreated() {
        return confirmations().filter(c -> c.createdApp() != null).count();
    }

    /** Transactions committed so far. */
    public long transactions() {
        return confirmations().count();
    }

    private Stream<TxConfirmation> confirmations() {
        return LongStream.rangeClosed(1, ledger.currentRound().value()).boxed()
                .flatMap(r -> ledger.blockTxIds(Round.of(r)).stream())
                .map(id -> ledger.confirmation(id).orElseThrow());
    }

    @Override
    public void close() {
        ledger.close();
    }
}
