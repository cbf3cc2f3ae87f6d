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
 * timeout means the loop hangs (see {@link ListenerWatchdog}). Only the process holding {@link Leadership}
 * follows the chain; the others stand by (heartbeating, not leading) and take over when the leader's claim lapses.
 */
public final class ListenerLoop implements Runnable {
    private static final System.Logger LOG = System.getLogger(ListenerLoop.class.getName());
    private final FollowChainService follow;
    private final Chain chain;
    private final Clock clock;
    private final Duration pollTimeout;
    private final Leadership leadership;
    private final AtomicReference<ListenerStatus> status;
    private final PipelineMetrics metrics;
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
        this.metrics = metrics;
        this.follow = follow;
        this.chain = chain;
        this.clock = clock;
        this.pollTimeout = pollTimeout;
        this.leadership = leadership;
        this.status = new AtomicReference<>(new ListenerStatus(false, false, 0, 0, clock.instant(), 0, 0, null));
    }

    public ListenerStatus status() {
        return status.get();
    }

    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        status.updateAndGet(s -> new ListenerStatus(true, true, s.lastRound(), s.chainRound(), clock.instant(),
                s.errors(), s.restarts(), s.lastError()));
        long backoffMillis = 100;
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                cycle();
                backoffMillis = 100;
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "listener cycle failed: {0}", e.toString());
                status.updateAndGet(s -> new ListenerStatus(true, true, s.lastRound(), s.chainRound(),
                        clock.instant(), s.errors() + 1, s.restarts(), e.getClass().getSimpleName()));
                if (!sleep(backoffMillis)) {
                    break;
                }
                backoffMillis = Math.min(backoffMillis * 2, Math.max(1, pollTimeout.toMillis()));
            }
        }
        leadership.resign();
        status.updateAndGet(s -> new ListenerStatus(false, false, s.lastRound(), s.chainRound(), s.heartbeatAt(),
                s.errors(), s.restarts(), s.lastError()));
    }

    /**
     * One cycle: when leading, process the next round if it exists, otherwise wait for it (bounded by the poll
     * timeout); when standing by, try to lead and otherwise wait a poll interval.
     */
    void cycle() {
        if (!leadership.isLeading() && !leadership.tryLead()) {
            status.updateAndGet(s -> new ListenerStatus(true, false, s.lastRound(), s.chainRound(), clock.instant(),
                    s.errors(), s.restarts(), s.lastError()));
            sleep(pollTimeout.toMillis());
            return;
        }
        Round next = follow.nextRound();
        long knownChainRound = status.get().chainRound();
        if (next.value() > knownChainRound) {
            // caught up as far as we know: one request waits for the next round (and tells the chain's height)
            Round chainRound = chain.awaitRoundAfter(Round.of(Math.max(0, next.value() - 1)), pollTimeout);
            heartbeat(next.value() - 1, chainRound.value());
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
            if (processed.fees().value() > 0) {
                metrics.feesReceived(processed.fees());
            }
            heartbeat(processed.round().value(), Math.max(knownChainRound, processed.round().value()));
        } else {
            // the node had not produced the block after all: forget the height so the next cycle waits for it
            heartbeat(next.value() - 1, next.value() - 1);
        }
    }

    private void heartbeat(long lastRound, long chainRound) {
        status.updateAndGet(s -> new ListenerStatus(true, true, Math.max(0, lastRound), chainRound, clock.instant(),
                s.errors(), s.restarts(), s.lastError()));
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
