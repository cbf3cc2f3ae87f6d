package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.tipjar.DeploymentConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import java.util.Objects;

/**
 * How tip jars are deployed: {@code CONTRACT_FUND_AMOUNT} (default and least 100000 µALGO), the platform fee every
 * new TipProxy takes ({@code PLATFORM_FEE_BPS}, {@code PLATFORM_FEE_FLOOR_MICROALGOS}), where it goes
 * ({@code TREASURY_ADDRESS}) and {@code ALLOW_SUBSIDISED_STICKERS}. The round timeout comes from {@link RoundTiming}.
 *
 * @param waitRounds              how many rounds a request waits before answering 202 (the rest runs in the background)
 * @param treasury                null: the MINTER account
 * @param allowSubsidisedStickers mainnet only: start although the fee's floor is below what a sticker costs the
 *                                platform ({@link PlatformFee#STICKER_COST})
 */
public record DeploymentSettings(MicroAlgos fundAmount, int waitRounds, PlatformFee fee, Address treasury,
                                 boolean allowSubsidisedStickers) {
    static final int WAIT_ROUNDS = 6;

    public DeploymentSettings {
        Objects.requireNonNull(fundAmount, "fundAmount");
        Objects.requireNonNull(fee, "fee");
    }

    static DeploymentSettings fromEnv(Env env) {
        return new DeploymentSettings(MicroAlgos.of(env.longValue("CONTRACT_FUND_AMOUNT", 100_000, 100_000)),
                WAIT_ROUNDS, platformFee(env), treasury(env), env.bool("ALLOW_SUBSIDISED_STICKERS", false));
    }

    /** {@code PLATFORM_FEE_BPS} (0 to 9999) and {@code PLATFORM_FEE_FLOOR_MICROALGOS}: both 0 when unset. */
    private static PlatformFee platformFee(Env env) {
        return new PlatformFee(env.integer("PLATFORM_FEE_BPS", 0, 0, PlatformFee.MAX_BASIS_POINTS),
                MicroAlgos.of(env.longValue("PLATFORM_FEE_FLOOR_MICROALGOS", 0, 0)));
    }

    /** {@code TREASURY_ADDRESS}: where the fee goes; unset: the MINTER account (null here). */
    private static Address treasury(Env env) {
        String address = env.string("TREASURY_ADDRESS", null);
        try {
            return address == null ? null : new Address(address);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("TREASURY_ADDRESS is not an Algorand address: " + e.getMessage());
        }
    }

    /** What deployments run with when a round takes {@code rounds}. */
    public DeploymentConfig config(RoundTiming rounds) {
        return new DeploymentConfig(fundAmount, waitRounds, rounds.roundTimeout(), fee, treasury);
    }

    public DeploymentSettings withWaitRounds(int rounds) {
        return new DeploymentSettings(fundAmount, rounds, fee, treasury, allowSubsidisedStickers);
    }

    public DeploymentSettings withFee(PlatformFee newFee, Address newTreasury) {
        return new DeploymentSettings(fundAmount, waitRounds, newFee, newTreasury, allowSubsidisedStickers);
    }
}
