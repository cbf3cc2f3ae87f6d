package dev.stickerplatform.application.minting;

import dev.stickerplatform.application.logging.LogContext;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.MintQueue;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.StaleWriteException;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One worker of the mint pipeline: claims a due job, advances it through {@link MintPipeline} without blocking on
 * confirmations (a job waiting for the chain is simply looked at again a moment later), and turns failures into
 * back-off retries and, after the retry policy's last attempt, a dead letter. Any number run, in any process.
 */
public final class MintWorker implements Runnable {
    private static final System.Logger LOG = System.getLogger(MintWorker.class.getName());
    /** A pending write is resubmitted after this many re-checks (about two rounds): algod keeps it meanwhile. */
    private static final int RESUBMIT_AFTER_RECHECKS = 4;
    private final String name;
    private final MintQueue queue;
    private final Store store;
    private final MintPipeline pipeline;
    private final Randomness randomness;
    private final Clock clock;
    private final PipelineConfig config;
    private volatile boolean stopped;

    public MintWorker(String name, MintQueue queue, Store store, MintPipeline pipeline,
                      Randomness randomness, Clock clock, PipelineConfig config) {
        this.name = name;
        this.queue = queue;
        this.store = store;
        this.pipeline = pipeline;
        this.randomness = randomness;
        this.clock = clock;
        this.config = config;
    }

    public void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        while (!stopped && !Thread.currentThread().isInterrupted()) {
            try {
                if (!processOne()) {
                    queue.awaitWork(config.idleWait());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                // the queue or store is down: nothing was claimed, so just wait and try again
                LOG.log(System.Logger.Level.WARNING, "worker {0}: {1}", name, e.toString());
                sleepQuietly(config.idleWait().toMillis());
            }
        }
    }

    /** Claims and works one job (a batch when the configuration says so); returns false when none was due. */
    public boolean processOne() {
        if (config.batch() > 1 && !config.serial()) {
            return processBatch();
        }
        Optional<MintJob> claimed = queue.claim(name, config.lease());
        if (claimed.isEmpty()) {
            return false;
        }
        MintJob job = claimed.get();
        try (LogContext.Scope scope = LogContext.with("jobId", job.id(), "tipTxId", job.tipTxId())) {
            work(job);
        }
        return true;
    }

    /**
     * Claims up to {@code batch} due jobs in one statement and advances them together; failed attempts are counted
     * per job; all leases are given up in one statement.
     */
    private boolean processBatch() {
        List<MintJob> claimed = queue.claim(name, config.lease(), config.batch());
        if (claimed.isEmpty()) {
            return false;
        }
        try {
            MintPipeline.BatchResult result = pipeline.advanceAll(claimed, PipelineConfig.MAX_GROUP,
                    config.recheckDelay(), config.recheckDelay().multipliedBy(RESUBMIT_AFTER_RECHECKS));
            for (int i = 0; i < claimed.size(); i++) {
                logProgress(claimed.get(i), result.jobs().get(i));
            }
            result.failures().forEach((jobId, error) -> {
                try (LogContext.Scope scope = LogContext.with("jobId", jobId)) {
                    fail(jobId, error);
                }
            });
        } catch (StaleWriteException e) {
            LOG.log(System.Logger.Level.DEBUG, "a job of the batch moved on elsewhere: {0}", e.getMessage());
        } catch (RuntimeException e) {
            // nothing of the batch was saved: the jobs are claimed again once released
            LOG.log(System.Logger.Level.WARNING, "worker {0}: batch of {1} failed: {2}", name, claimed.size(),
                    e.toString());
        } finally {
            queue.release(claimed.stream().map(MintJob::id).toList(), name);
        }
        return true;
    }

    private void work(MintJob job) {
        try {
            MintJob result = config.serial()
                    ? pipeline.advanceBlocking(job, config.claimRounds(), config.roundTimeout())
                    : pipeline.advance(job);
            logProgress(job, result);
            if (result.stage().isWorkable()) {
                Instant now = clock.instant();
                store.mintJobs().save(result.recheckAt(now.plus(config.recheckDelay()), now));
            }
        } catch (StaleWriteException e) {
            LOG.log(System.Logger.Level.DEBUG, "job {0} moved on elsewhere", job.id());
        } catch (RuntimeException e) {
            fail(job.id(), e);
        } finally {
            queue.release(job.id(), name);
        }
    }

    /** One line per stage a job moves through, carrying the transaction that moved it. */
    private static void logProgress(MintJob before, MintJob after) {
        if (after.stage() == before.stage()) {
            return;
        }
        TxId txId = after.pendingWrite() != null ? after.pendingWrite().txId() : after.deliveryTxId();
        // the job's ids too: a batch advances many jobs outside any one job's context
        try (LogContext.Scope scope = LogContext.with("jobId", after.id(), "tipTxId", after.tipTxId(), "txId", txId)) {
            LOG.log(System.Logger.Level.INFO, "job {0}: {1} -> {2}{3}", after.id(), before.stage(), after.stage(),
                    after.assetId() == null ? "" : " (asset " + after.assetId().value() + ")");
        }
    }

    private void fail(UUID jobId, RuntimeException error) {
        try {
            MintJob latest = store.mintJobs().find(jobId).orElseThrow();
            Instant now = clock.instant();
            String reason = error instanceof WriteRefusedException ? error.getMessage() : error.getClass().getSimpleName()
                    + (error.getMessage() == null ? "" : ": " + error.getMessage());
            MintJob failed = latest.failed(reason, now.plus(config.retry().delay(latest.attempts() + 1,
                    randomness.nextLong(1_000_000))), now);
            if (config.retry().exhausted(failed.attempts())) {
                failed = failed.dead(reason, now);
                LOG.log(System.Logger.Level.ERROR, "job {0} dead after {1} attempts: {2}", jobId, failed.attempts(),
                        reason);
            }
            store.mintJobs().save(failed);
        } catch (RuntimeException e) {
            // the lease runs out and another worker takes the job; the failure is simply not counted
            LOG.log(System.Logger.Level.WARNING, "could not record failure of job {0}: {1}", jobId, e.toString());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
