package dev.stickerplatform.application.minting;

import dev.stickerplatform.domain.policy.RetryPolicy;
import java.time.Duration;

/**
 * How workers run the mint pipeline.
 *
 * @param lease        how long a claimed job is reserved for one worker
 * @param recheckDelay how long to wait before asking the chain again about a submitted write (≈ half a round)
 * @param idleWait     how long an idle worker sleeps when no wake-up arrives
 * @param retry        back-off and dead-letter rule for failed attempts
 * @param claimRounds  how many rounds a fan's claim waits for its delivery to confirm
 * @param roundTimeout how long to wait for one round at most
 * @param serial       the prototype's design, kept for comparison: a worker waits for every confirmation
 *                     before it takes the next job (benchmarks only)
 * @param batch        how many jobs a worker claims and advances together (1: one at a time); with more, the
 *                     new writes of a batch go to the chain in atomic groups of up to 16 and the batch's changes
 *                     are saved in one transaction
 */
public record PipelineConfig(Duration lease, Duration recheckDelay, Duration idleWait, RetryPolicy retry,
                             int claimRounds, Duration roundTimeout, boolean serial, int batch) {
    /** The largest atomic group Algorand accepts. */
    public static final int MAX_GROUP = 16;

    public PipelineConfig {
        if (batch < 1) {
            throw new IllegalArgumentException("a worker claims at least one job at a time");
        }
    }

    /** One job at a time. */
    public PipelineConfig(Duration lease, Duration recheckDelay, Duration idleWait, RetryPolicy retry,
                          int claimRounds, Duration roundTimeout, boolean serial) {
        this(lease, recheckDelay, idleWait, retry, claimRounds, roundTimeout, serial, 1);
    }

    public PipelineConfig withBatch(int jobs) {
        return new PipelineConfig(lease, recheckDelay, idleWait, retry, claimRounds, roundTimeout, serial, jobs);
    }

    public static PipelineConfig defaults() {
        return new PipelineConfig(Duration.ofSeconds(60), Duration.ofMillis(500), Duration.ofSeconds(5),
                RetryPolicy.defaults(), 6, Duration.ofSeconds(10), false);
    }

    public PipelineConfig withSerial(boolean waitForEachConfirmation) {
        return new PipelineConfig(lease, recheckDelay, idleWait, retry, claimRounds, roundTimeout,
                waitForEachConfirmation, batch);
    }
}
