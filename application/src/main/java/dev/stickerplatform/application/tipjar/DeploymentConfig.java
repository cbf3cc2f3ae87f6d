package dev.stickerplatform.application.tipjar;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import java.time.Duration;
import java.util.Objects;

/**
 * How tip jars are deployed.
 *
 * @param fundAmount  what the platform sends each new app account (covers its minimum balance)
 * @param waitRounds  how many rounds a request waits for confirmation before answering "pending"
 * @param roundTimeout how long to wait for one round at most
 * @param fee         the platform fee every new TipProxy takes on each tip (fixed in the app at creation)
 * @param treasury    where the fee goes; null: the MINTER account (the fee pays for the stickers it mints)
 */
public record DeploymentConfig(MicroAlgos fundAmount, int waitRounds, Duration roundTimeout, PlatformFee fee,
                               Address treasury) {
    public DeploymentConfig {
        if (waitRounds < 0 || roundTimeout.isNegative()) {
            throw new IllegalArgumentException("waitRounds and roundTimeout must not be negative");
        }
        Objects.requireNonNull(fee, "fee");
    }

    /** No platform fee (the simulated network's default). */
    public DeploymentConfig(MicroAlgos fundAmount, int waitRounds, Duration roundTimeout) {
        this(fundAmount, waitRounds, roundTimeout, PlatformFee.NONE, null);
    }

    public static DeploymentConfig defaults() {
        return new DeploymentConfig(MicroAlgos.of(100_000), 6, Duration.ofSeconds(10));
    }

    public DeploymentConfig withFee(PlatformFee newFee, Address newTreasury) {
        return new DeploymentConfig(fundAmount, waitRounds, roundTimeout, newFee, newTreasury);
    }
}
