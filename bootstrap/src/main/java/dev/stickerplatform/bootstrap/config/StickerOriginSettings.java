package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.application.grant.TransferStickerService;
import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;

/**
 * Where stickers come from besides a fan's own tip: grants by administrators and creators, administrators'
 * transfers of held golden stickers, and the fiat on-ramp. From {@code CREATOR_GRANT_DAILY_QUOTA} (default 50; 0 turns creator grants
 * off), {@code GRANT_MAX_WALLETS} (default 100 per request) and {@code TRANSFER_APPROVAL_ABOVE_ALGO} (transfers of
 * stickers whose template threshold is above it wait for an approval; default 100 ALGO; unset with
 * {@code none}: no transfer does). The on-ramp is off unless {@code ONRAMP_MODE} is {@code transak} (then
 * {@code TRANSAK_ACCESS_TOKEN}, at least 32 bytes, verifies webhooks; {@code TRANSAK_API_KEY} and
 * {@code TRANSAK_ENVIRONMENT} go to the widget) or {@code simulated} (simulated network only: a simulated Transak
 * with an access token generated at start-up); {@code ONRAMP_FEE_BPS} (default 200) is the platform's fee on the
 * ALGO received.
 */
public record StickerOriginSettings(int creatorGrantDailyQuota, int grantMaxWallets,
                                    MicroAlgos transferApprovalAbove, OnrampConfig onramp) {
    static final MicroAlgos DEFAULT_TRANSFER_APPROVAL_ABOVE = MicroAlgos.ofAlgo(100);

    static StickerOriginSettings fromEnv(Env env, Network network) {
        String above = env.string("TRANSFER_APPROVAL_ABOVE_ALGO", null);
        MicroAlgos approvalAbove = DEFAULT_TRANSFER_APPROVAL_ABOVE;
        if (above != null && above.strip().equalsIgnoreCase("none")) {
            approvalAbove = null;
        } else if (above != null) {
            BigDecimal algo = env.decimal("TRANSFER_APPROVAL_ABOVE_ALGO", null);
            if (algo.signum() < 0 || algo.stripTrailingZeros().scale() > 6) {
                throw new ConfigException("TRANSFER_APPROVAL_ABOVE_ALGO must be an amount of ALGO of at least 0 with "
                        + "at most 6 decimals, or none");
            }
            approvalAbove = MicroAlgos.fromAlgo(algo);
        }
        return new StickerOriginSettings(env.integer("CREATOR_GRANT_DAILY_QUOTA", 50, 0, 1_000_000),
                env.integer("GRANT_MAX_WALLETS", 100, 1, 1000), approvalAbove, onramp(env, network));
    }

    static OnrampConfig onramp(Env env, Network network) {
        String mode = env.string("ONRAMP_MODE", "off").strip().toLowerCase(java.util.Locale.ROOT);
        int feeBps = env.integer("ONRAMP_FEE_BPS", 200, 0, 9_999);
        String environment = env.string("TRANSAK_ENVIRONMENT", "STAGING");
        return switch (mode) {
            case "off" -> OnrampConfig.disabled();
            case "simulated" -> {
                if (network != Network.SIMULATED) {
                    throw new ConfigException("ONRAMP_MODE=simulated needs NETWORK=simulated");
                }
                byte[] token = new byte[48];
                new SecureRandom().nextBytes(token);
                yield new OnrampConfig(true, true, environment, null, token, feeBps);
            }
            case "transak" -> {
                String token = env.string("TRANSAK_ACCESS_TOKEN", null);
                if (token == null || token.getBytes(StandardCharsets.UTF_8).length < 32) {
                    throw new ConfigException("ONRAMP_MODE=transak needs TRANSAK_ACCESS_TOKEN (at least 32 bytes)");
                }
                yield new OnrampConfig(true, false, environment, env.string("TRANSAK_API_KEY", null),
                        token.getBytes(StandardCharsets.UTF_8), feeBps);
            }
            default -> throw new ConfigException("ONRAMP_MODE must be off, transak or simulated, got '" + mode + "'");
        };
    }

    public GrantStickersService.Config grants() {
        return new GrantStickersService.Config(creatorGrantDailyQuota, grantMaxWallets);
    }

    public TransferStickerService.Config transfers() {
        return new TransferStickerService.Config(transferApprovalAbove);
    }

    public StickerOriginSettings withTransferApprovalAbove(MicroAlgos amount) {
        return new StickerOriginSettings(creatorGrantDailyQuota, grantMaxWallets, amount, onramp);
    }

    public StickerOriginSettings withCreatorGrantDailyQuota(int quota) {
        return new StickerOriginSettings(quota, grantMaxWallets, transferApprovalAbove, onramp);
    }

    public StickerOriginSettings withOnramp(OnrampConfig config) {
        return new StickerOriginSettings(creatorGrantDailyQuota, grantMaxWallets, transferApprovalAbove, config);
    }

    /** The simulated on-ramp with a fresh access token (simulated network only). */
    public static OnrampConfig simulatedOnramp(int feeBps) {
        return onramp(new Env(java.util.Map.of("ONRAMP_MODE", "simulated", "ONRAMP_FEE_BPS",
                Integer.toString(feeBps))), Network.SIMULATED);
    }
}
