package dev.stickerplatform.bootstrap.config;

import java.time.Duration;

/**
 * The waits that scale with the block time, written once: the pipeline and tip-jar deployments read them from here.
 *
 * @param roundTimeout how long to wait for one round at most (four rounds and a second)
 * @param recheckDelay how long a worker waits before asking the chain again about a submitted write (half a round)
 */
public record RoundTiming(Duration roundTimeout, Duration recheckDelay) {
    static RoundTiming forBlockTime(Duration blockTime) {
        return new RoundTiming(blockTime.multipliedBy(4).plusSeconds(1), blockTime.dividedBy(2).plusMillis(10));
    }
}
