package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AccountInfo;
import dev.stickerplatform.domain.port.Chain.AssetInfo;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.Chain.StateValue;
import dev.stickerplatform.domain.port.ChainRejectedException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * An in-process Algorand ledger with real rules where they matter (see the package description). Thread-safe:
 * decoding and signature checks run in the caller's thread, everything that touches state under one lock.
 *
 * <p>Rounds: round 0 is genesis. {@link #submit} puts a group into the pending pool (or throws
 * {@link ChainRejectedException} with the reason); {@link #produceBlock()} commits the pool as the next round.
 * With a positive {@link Config#blockTime()} a daemon timer also produces a block at that interval; {@link #close()}
 * stops it.
 */
public final class SimulatedLedger implements AutoCloseable {
    public static final String GENESIS_ID = "sim-v1";
    public static final long MIN_FEE = 1_000;
    /** The genesis account the faucet pays from; nobody holds its key. */
    public static final Address DISPENSER = Address.fromPublicKey(Hashes.sha512_256(bytes(GENESIS_ID + " dispenser")));
    private static final byte[] GENESIS_HASH = Hashes.sha512_256(bytes(GENESIS_ID + " genesis"));
    private static final long GENESIS_SUPPLY = 10_000_000_000_000_000L;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition newBlock = lock.newCondition();
    private final Clock clock;
    private final ProgramRegistry programs;
    private final CommittedState committed = new CommittedState();
    private final TxnPool pool = new TxnPool(committed);
    private final LeaseTable leases = new LeaseTable();
    private final BlockHistory history;
    private final BlockTimer timer;

    /** A ledger that knows TipProxy and produces blocks only when asked. */
    public SimulatedLedger() {
        this(Config.manualBlocks());
    }

    public SimulatedLedger(Config config) {
        this.clock = config.clock();
        this.programs = new ProgramRegistry(config.programs());
        this.history = new BlockHistory(clock.instant());
        committed.putAccount(DISPENSER, AccountRecord.EMPTY.withBalance(GENESIS_SUPPLY));
        this.timer = BlockTimer.start(config.blockTime(), this::produceBlock);
    }

    /**
     * How the ledger runs: {@code blockTime} zero means blocks only on {@link #produceBlock()}; {@code programs}
     * are the applications it can run.
     */
    public record Config(Duration blockTime, Clock clock, List<KnownProgram> programs) {
        public Config {
            Objects.requireNonNull(clock, "clock");
            if (blockTime.isNegative()) {
                throw new IllegalArgumentException("block time must not be negative");
            }
            programs = List.copyOf(programs);
        }

        /** TipProxy (current) and TipProxy version 1 (as older apps still run it), blocks on demand. */
        public static Config manualBlocks() {
            return new Config(Duration.ZERO, Clock.systemUTC(),
                    List.of(KnownProgram.tipProxy(TipProxyPrograms.tealSources()),
                            KnownProgram.tipProxyVersion1(TipProxyPrograms.tealSourcesVersion1())));
        }

        public Config withBlockTime(Duration newBlockTime) {
            return new Config(newBlockTime, clock, programs);
        }

        public Config withClock(Clock newClock) {
            return new Config(blockTime, newClock, programs);
        }
    }

    public String genesisId() {
        return GENESIS_ID;
    }

    /** Base64 of the 32-byte genesis hash, as algod reports it. */
    public String genesisHash() {
        return Base64.getEncoder().encodeToString(GENESIS_HASH);
    }

    public Round currentRound() {
        return locked(() -> Round.of(history.latestRound()));
    }

    /**
     * Validates a signed group (msgpack, one entry per transaction, in order) and adds it to the pending pool.
     *
     * @return the txids, in order
     * @throws ChainRejectedException with the reason when any member fails; then nothing is applied
     */
    public List<TxId> submit(List<byte[]> signedGroup) {
        List<DecodedTxn> group = signedGroup.stream().map(TxnDecoder::decode).toList();
        long feeCredit = GroupRules.check(group, GENESIS_ID, GENESIS_HASH, MIN_FEE);
        return locked(() -> {
            long round = history.latestRound() + 1;
            GroupRules.checkRound(group, round);
            checkNotSeen(group);
            leases.check(group, round);
            StateOverlay groupState = new StateOverlay(pool.state());
            FeeCredit credit = new FeeCredit(feeCredit);
            List<TxnEffects> effects = new ArrayList<>();
            try {
                for (int i = 0; i < group.size(); i++) {
                    effects.add(TxnApplier.apply(new TxnScope(groupState, group, i, credit, MIN_FEE, programs)));
                }
            } catch (ArithmeticException e) {
                throw new ChainRejectedException("arithmetic overflow in the group's amounts");
            }
            pool.accept(groupState, effects);
            leases.record(group);
            return group.stream().map(DecodedTxn::txId).toList();
        });
    }

    /** Commits the pending pool as the next round (possibly empty) and wakes everyone waiting for a round. */
    public Round produceBlock() {
        return locked(() -> {
            history.append(clock.instant(), pool.drainInto(committed));
            long round = history.latestRound();
            leases.expireBefore(round + 1);
            newBlock.signalAll();
            return Round.of(round);
        });
    }

    /** Waits until a round after {@code round} exists or {@code timeout} passes; returns the latest round then. */
    public Round awaitRoundAfter(Round round, Duration timeout) {
        lock.lock();
        try {
            long nanos = timeout.toNanos();
            while (history.latestRound() <= round.value() && nanos > 0) {
                nanos = newBlock.awaitNanos(nanos);
            }
            return Round.of(history.latestRound());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Round.of(history.latestRound());
        } finally {
            lock.unlock();
        }
    }

    /** The confirmed payment {@code txId}, if it is one. */
    public Optional<dev.stickerplatform.domain.port.Chain.ConfirmedPayment> payment(TxId txId) {
        return locked(() -> history.payment(txId));
    }

    public Optional<TxConfirmation> confirmation(TxId txId) {
        return locked(() -> history.confirmation(txId));
    }

    /** Accepted into the pool and not yet in a block. */
    public boolean isPending(TxId txId) {
        return locked(() -> pool.contains(txId));
    }

    /** The logs and inner payments of a confirmed top-level app call. */
    public Optional<AppCallResult> appCall(TxId txId) {
        return locked(() -> history.appCall(txId));
    }

    public Optional<BlockEvents> block(Round round) {
        return locked(() -> history.events(round.value()));
    }

    /** The txids committed in {@code round}, in order (empty for a round not produced yet). */
    public List<TxId> blockTxIds(Round round) {
        return locked(() -> round.value() > history.latestRound() ? List.of() : history.txIds(round.value()));
    }

    /** The account as of the last block; an unknown account is empty (balance 0). */
    public AccountInfo account(Address address) {
        return locked(() -> {
            AccountRecord account = committed.account(address);
            Map<AssetId, Holding> assets = new LinkedHashMap<>();
            committed.holdingsOf(address).forEach((id, holding) -> assets.put(AssetId.of(id), holding));
            return new AccountInfo(address, MicroAlgos.of(account.balance()), MicroAlgos.of(account.minBalance()),
                    account.authAddr(), assets);
        });
    }

    public Optional<Map<String, StateValue>> appGlobalState(AppId app) {
        return locked(() -> Optional.ofNullable(committed.app(app.value())).map(AppRecord::global));
    }

    /** The hash of the app's approval program: the identity that tells a TipProxy from any other app. */
    public Optional<Hash32> appApprovalHash(AppId app) {
        return locked(() -> Optional.ofNullable(committed.app(app.value())).map(a -> a.program().approvalHash()));
    }

    public Optional<AssetInfo> asset(AssetId asset) {
        return locked(() -> Optional.ofNullable(committed.asset(asset.value())));
    }

    /** Faucet: moves {@code amount} from the genesis dispenser to {@code address} at once, outside any block. */
    public void fund(Address address, MicroAlgos amount) {
        locked(() -> {
            if (committed.account(DISPENSER).balance() < amount.value()) {
                throw new ChainRejectedException("the dispenser cannot pay " + amount);
            }
            pool.adjustAccount(DISPENSER, a -> a.withBalance(a.balance() - amount.value()));
            pool.adjustAccount(address, a -> a.withBalance(Math.addExact(a.balance(), amount.value())));
            return null;
        });
    }

    /**
     * Fixture for development data and conformance tests: puts an application straight into the committed state,
     * as if {@code creator} had created it long ago, with the given global state. Nothing is checked against the
     * program; the creator's minimum balance grows as a real creation would make it.
     */
    public AppId installApp(KnownProgram program, Address creator, int globalUints, int globalBytes,
                            Map<String, StateValue> global) {
        return locked(() -> {
            long id = pool.allocateId();
            committed.putApp(id, new AppRecord(id, creator, program, globalUints, globalBytes, global));
            pool.adjustAccount(creator, a -> a.withApps(a.createdApps() + 1,
                    a.schemaMinBalance() + AccountRecord.schemaCost(globalUints, globalBytes)));
            return AppId.of(id);
        });
    }

    /** Stops the block timer, if any. */
    @Override
    public void close() {
        timer.close();
    }

    private void checkNotSeen(List<DecodedTxn> group) {
        for (DecodedTxn txn : group) {
            if (history.isConfirmed(txn.txId())) {
                throw new ChainRejectedException("transaction " + txn.txId() + " already in ledger");
            }
            if (pool.contains(txn.txId())) {
                throw new ChainRejectedException("transaction " + txn.txId() + " already in the pending pool");
            }
        }
        if (group.stream().map(DecodedTxn::txId).distinct().count() != group.size()) {
            throw new ChainRejectedException("the group holds the same transaction twice");
        }
    }

    private <T> T locked(java.util.function.Supplier<T> action) {
        lock.lock();
        try {
            return action.get();
        } finally {
            lock.unlock();
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
