package dev.stickerplatform.bootstrap.faults;

import dev.stickerplatform.application.minting.PipelineConfig;

/**
 * The same chaos run with batched workers: each claims up to 32 jobs in one statement and submits their writes in
 * atomic groups of up to 16, while workers are killed at random points — still nothing lost, nothing twice.
 */
class BatchedChaosRunTest extends ChaosRunTest {
    @Override
    PipelineConfig configure(PipelineConfig config) {
        return config.withBatch(32);
    }
}
