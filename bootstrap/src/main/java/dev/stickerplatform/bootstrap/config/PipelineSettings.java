package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.minting.PipelineConfig;
import dev.stickerplatform.domain.policy.RetryPolicy;
import java.time.Duration;

/**
 * The mint workers of this process: {@code WORKERS} (default 2, 0 = none), {@code JOB_LEASE_MS} (default 60 s) and
 * the retry rule ({@code JOB_MAX_ATTEMPTS}, {@code JOB_RETRY_BASE_MS}, {@code JOB_RETRY_CAP_MS}) and
 * {@code MINT_BATCH} (default 16). The waits that scale with the block time come from {@link RoundTiming}.
 *
 * @param serial benchmarks only: a worker waits for every confirmation before it takes the next job
 * @param batch  how many due jobs a worker claims in one statement and advances together (1: one at a time)
 */
public record PipelineSettings(int workers, Duration lease, RetryPolicy retry, boolean serial, int batch) {
    static final Duration IDLE_WAIT = Duration.ofSeconds(5);
    static final int CLAIM_ROUNDS = 6;

    static PipelineSettings fromEnv(Env env) {
        int workers = env.integer("WORKERS", 2, 0, 256);
        var retry = new RetryPolicy(env.integer("JOB_MAX_ATTEMPTS", 8, 1, 100),
                env.millis("JOB_RETRY_BASE_MS", Duration.ofSeconds(2)),
                env.millis("JOB_RETRY_CAP_MS", Duration.ofMinutes(5)));
        return new PipelineSettings(workers, env.millis("JOB_LEASE_MS", Duration.ofSeconds(60)), retry, false,
                env.integer("MINT_BATCH", 16, 1, 1000));
    }

    /** What the workers run with when a round takes {@code rounds}. */
    public PipelineConfig config(RoundTiming rounds) {
        return new PipelineConfig(lease, rounds.recheckDelay(), IDLE_WAIT, retry, CLAIM_ROUNDS, rounds.roundTimeout(),
                serial, batch);
    }

    public PipelineSettings withWorkers(int newWorkers) {
        return new PipelineSettings(newWorkers, lease, retry, serial, batch);
    }

    public PipelineSettings withSerial(boolean waitForEachConfirmation) {
        return new PipelineSettings(workers, lease, retry, waitForEachConfirmation, batch);
    }

    public PipelineSettings withBatch(int jobs) {
        return new PipelineSettings(workers, lease, retry, serial, jobs);
    }
}
