package dev.stickerplatform.application.listener;

import dev.stickerplatform.application.metrics.PipelineMetrics;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Leadership;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs {@link FollowChainService} round after round on its own thread: processes every produced round, waits
 * for the next one when caught up, backs off on errors (nothing is lost: the cursor only moves with a committed
 * round). Publishes a heartbeat every cycle, also while it backs off, so a heartbeat older than twice the poll
 * timeout means the loop hangs (see {@link ListenerWatchdog}). A round that keeps failing does not hang the loop, so
 * the heartbeat stays fresh: after each failure the loop asks the chain's height, and counts the rounds produced
 * since its cursor last moved ({@link ListenerStatus#stalledRounds()}); at {@code stuckAfterRounds} it is stuck.
 * Only the process holding {@link Leadership} follows the chain; the others stand by (heartbeating, not leading)
 * and take over when the leader's claim lapses.
 */
public final class ListenerLoop implements Runnable {
    /** Rounds the chain may advance past a cursor that does not move before the listener counts as stuck. */
    public static final long DEFAULT_STUCK_AFTER_ROUNDS = 5;
    private static final System.Logger LOG = System.getLogger(ListenerLoop.class.getName());
    private final FollowChainService follow;
    private final Chain chain;
    private final Clock clock;
    private final Duration pollTimeout;
    private final Leadership leadership;
    private final AtomicReference<ListenerStatus> status;
    private final PipelineMetrics metrics;
    private final long stuckAfterRounds;
    /** The chain's height when the cursor last moved (or was first seen): stalled rounds count from there. */
    private volatile long heightAtLastAdvance = -1;
    private volatile boolean stopped;

    public ListenerLoop(FollowChainService follow, Chain chain, Clock clock, Duration pollTimeout) {
        this(follow, chain, clock, pollTimeout, Leadership.alone());
    }

    public ListenerLoop(FollowChainService follow, Chain chain, Clock clock, Duration pollTimeout,
                        Leadership leadership) {
        this(follow, chain, clock, pollTimeout, leadership, PipelineMetrics.NONE);
    }

    public ListenerLoop(FollowChainService follow, Chain chain, Clock clock, Duration pollTimeout,
                        Leadership leadership, PipelineMetrics metrics) {
        this(follow, chain, clock, pollTimeout, leadership, metrics, DEFAULT_STUCK_AFTER_ROUNDS);
    }

    /** @param stuckAfterRounds see {@link ListenerStatus#stuck()}; 0 never counts the listener as stuck */
    public ListenerLoop(FollowChainService follow, Chain chain, Clock clock, Duration pollTimeout,
                        Leadership leadership, PipelineMetrics metrics, long stuckAfterRounds) {
        if (stuckAfterRounds < 0) {
            throw new IllegalArgumentException("stuckAfterRounds must not be negative");
        }
        this.metrics = metrics;
        this.follow = follow;
        this.chain = chain;
        this.clock = clock;
        this.pollTimeout = pollTimeout;
        this.leadership = leadership;
        this.stuckAfterRounds = stuckAfterRounds;
        this.status = new AtomicReference<>(new ListenerStatus(false, false, 0, 0, clock.instant(), 0, 0, null, 0,
                stuckAfterRounds));
    }

    public ListenerStatus status() {
        return status.get();
    }

    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        status.updateAndGet(s -> with(s, true, true, s.lastRound(), s.chainRound(), s.errors(), s.lastError()));
        long backoffMillis = 100;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                cycle();
                backoffMillis = 100;
            } catch (RuntimeException e) {
                failed(e);
                if (!sleep(backoffMillis)) {
                    break;
                }
                backoffMillis = Math.min(backoffMillis * 2, Math.max(1, pollTimeout.toMillis()));
            }
        }
        leadership.resign();
        status.updateAndGet(s -> new ListenerStatus(false, false, s.lastRound(), s.chainRound(), s.heartbeatAt(),
                s.errors(), s.restarts(), s.lastError(), s.stalledRounds(), s.stuckAfterRounds()));
    }

    /**
     * A failed cycle: counted, and the chain's height asked afresh (when the node answers), so that a round that
     * keeps failing while the chain moves on shows as stalled rounds, not as a listener one round behind.
     */
    void failed(RuntimeException e) {
        LOG.log(System.Logger.Level.WARNING, "listener cycle failed: {0}", e.toString());
        long height = status.get().chainRound();
        try {
            height = Math.max(height, chain.currentRound().value());
        } catch (RuntimeException unreachable) {
            // the node is down: readiness already says so through its own check
        }
        long knownHeight = height;
        ListenerStatus now = status.updateAndGet(s -> with(s, true, s.leader(), s.lastRound(), knownHeight,
                s.errors() + 1, e.getClass().getSimpleName()));
        if (now.stuck()) {
            LOG.log(System.Logger.Level.ERROR, "listener stuck at round {0} for {1} rounds (chain at {2}): {3}",
                    now.lastRound() + 1, now.stalledRounds(), now.chainRound(), e.toString());
        }
    }

    /**
     * One cycle: when leading, process the next round if it exists, otherwise wait for it (bounded by the poll
     * timeout); when standing by, try to lead and otherwise wait a poll interval.
     */
    void cycle() {
        if (!leadership.isLeading()) {
            if (!leadership.tryLead()) {
                // standing by: report the shared cursor (the leader's progress), not this process's last own round
                long shared = Math.max(0, follow.nextRound().value() - 1);
                status.updateAndGet(s -> with(s, true, false, shared, Math.max(shared, s.chainRound()), s.errors(),
                        s.lastError()));
                sleep(pollTimeout.toMillis());
                return;
            }
            LOG.log(System.Logger.Level.INFO, "this process now leads the listener (next round {0})",
                    follow.nextRound().value());
        }
        Round next = follow.nextRound();
        long knownChainRound = status.get().chainRound();
        if (next.value() > knownChainRound) {
            // caught up as far as we know: one request waits for the next round (and tells the chain's height)
            Round chainRound = chain.awaitRoundAfter(Round.of(Math.max(0, next.value() - 1)), pollTimeout);
            heartbeat(next.value() - 1, chainRound.value(), false);
            if (chainRound.value() < next.value()) {
                return;
            }
            knownChainRound = chainRound.value();
        }
        // behind the known height: read the next block without asking for the height again
        FollowChainService.Step step = follow.process(next);
        if (step instanceof FollowChainService.Step.Processed processed) {
            if (processed.tips() > 0) {
                metrics.tipsDetected(processed.tips());
            }
            if (processed.skipped() > 0) {
                metrics.transactionsSkipped(processed.skipped());
            }
            if (processed.fees().value() > 0) {
                metrics.feesReceived(processed.fees());
            }
            heartbeat(processed.round().value(), Math.max(knownChainRound, processed.round().value()), true);
        } else {
            // the node had not produced the block after all: forget the height so the next cycle waits for it
            heartbeat(next.value() - 1, next.value() - 1, false);
        }
    }

    private void heartbeat(long lastRound, long chainRound, boolean advanced) {
        if (advanced || heightAtLastAdvance < 0) {
            heightAtLastAdvance = chainRound;
        }
        status.updateAndGet(s -> with(s, true, true, Math.max(0, lastRound), chainRound, s.errors(), s.lastError()));
    }

    private ListenerStatus with(ListenerStatus s, boolean running, boolean leader, long lastRound, long chainRound,
                                long errors, String lastError) {
        if (heightAtLastAdvance < 0 && chainRound > 0) {
            heightAtLastAdvance = chainRound;
        }
        long stalled = lastRound < chainRound && heightAtLastAdvance >= 0
                ? Math.max(0, chainRound - heightAtLastAdvance) : 0;
        return new ListenerStatus(running, leader, lastRound, chainRound, clock.instant(), errors, s.restarts(),
                lastError, stalled, stuckAfterRounds);
    }

    private static boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
