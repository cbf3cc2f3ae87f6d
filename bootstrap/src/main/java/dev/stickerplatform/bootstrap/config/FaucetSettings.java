package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.domain.model.MicroAlgos;
import java.math.BigDecimal;

/**
 * The faucet: at most 10 ALGO a payment; {@code FAUCET_APPROVAL_ABOVE_ALGO} (unset: none) makes payments above it
 * wait for approvals.
 *
 * @param max           the most one faucet payment sends
 * @param approvalAbove payments above this wait for approvals; null: none does
 */
public record FaucetSettings(MicroAlgos max, MicroAlgos approvalAbove) {
    static final MicroAlgos MAX = MicroAlgos.ofAlgo(10);

    static FaucetSettings fromEnv(Env env) {
        return new FaucetSettings(MAX, approvalAbove(env));
    }

    private static MicroAlgos approvalAbove(Env env) {
        BigDecimal algo = env.decimal("FAUCET_APPROVAL_ABOVE_ALGO", null);
        if (algo == null) {
            return null;
        }
        if (algo.signum() < 0 || algo.stripTrailingZeros().scale() > 6) {
            throw new ConfigException("FAUCET_APPROVAL_ABOVE_ALGO must be an amount of ALGO of at least 0 with at most "
                    + "6 decimals");
        }
        return MicroAlgos.of(algo.movePointRight(6).longValueExact());
    }

    public FaucetSettings withApprovalAbove(MicroAlgos amount) {
        return new FaucetSettings(max, amount);
    }
}
