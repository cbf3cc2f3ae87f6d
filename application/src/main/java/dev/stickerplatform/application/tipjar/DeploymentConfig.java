package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;

/**
 * How tip jars are deployed.
 *
 * @param fundAmount  what the platform sends each new app account (covers its minimum balance)
 * @param waitRounds  how many rounds a request waits for confirmation before answering "pending"
 * @param roundTimeout how long to wait for one round at most
 */
public record DeploymentConfig(MicroAlgos fundAmount, int waitRounds, Duration roundTimeout) {
    public DeploymentConfig {
        if (waitRounds < 0 || roundTimeout.isNegative()) {
            throw new IllegalArgumentException("waitRounds and roundTimeout must not be negative");
        }
    }

    public static DeploymentConfig defaults() {
        return new DeploymentConfig(MicroAlgos.of(100_000), 6, Duration.ofSeconds(10));
    }
}
