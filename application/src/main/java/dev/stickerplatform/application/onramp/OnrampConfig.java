package dev.stickerplatform.application.onramp;

import java.util.Objects;

/**
 * The on-ramp's terms. Off unless configured.
 *
 * @param enabled       whether the on-ramp takes orders and webhooks at all
 * @param simulated     a simulated Transak drives orders (never on a public network)
 * @param environment   Transak's environment (STAGING or PRODUCTION), passed to the widget
 * @param apiKey        the widget's partner API key (public), or null
 * @param webhookSecret the partner access token that signs webhooks (HS256); never shown
 * @param feeBps        the platform's on-ramp fee in basis points of the ALGO received
 */
public record OnrampConfig(boolean enabled, boolean simulated, String environment, String apiKey,
                           byte[] webhookSecret, int feeBps) {
    public OnrampConfig {
        Objects.requireNonNull(environment, "environment");
        if (feeBps < 0 || feeBps >= 10_000) {
            throw new IllegalArgumentException("feeBps must be 0 to 9999");
        }
        if (enabled && (webhookSecret == null || webhookSecret.length < 32)) {
            throw new IllegalArgumentException("an enabled on-ramp needs a webhook secret of at least 32 bytes");
        }
        webhookSecret = webhookSecret == null ? null : webhookSecret.clone();
    }

    public static OnrampConfig disabled() {
        return new OnrampConfig(false, false, "STAGING", null, null, 0);
    }

    @Override
    public byte[] webhookSecret() {
        return webhookSecret == null ? null : webhookSecret.clone();
    }
}
