package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.domain.model.Address;
import java.util.List;

/** The on-ramp's terms; {@code platformWallet} and {@code apiKey} are null while it is off (or simulated). */
public record OnrampConfigJson(boolean enabled, boolean simulationMode, String environment, String platformWallet,
                               int platformFeeBps, List<String> supportedFiat, List<String> supportedCrypto,
                               String apiKey) {

    /** {@code receivingWallet}: asked for only when the on-ramp is on. */
    public static OnrampConfigJson of(OnrampConfig config, java.util.function.Supplier<Address> receivingWallet) {
        return new OnrampConfigJson(config.enabled(), config.simulated(), config.environment(),
                config.enabled() ? receivingWallet.get().value() : null, config.feeBps(),
                OnrampOrdersService.FIAT_CURRENCIES, List.of("ALGO"),
                config.enabled() && !config.simulated() ? config.apiKey() : null);
    }
}
