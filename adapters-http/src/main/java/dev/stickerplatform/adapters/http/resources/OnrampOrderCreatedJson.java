package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.OnrampOrder;

/** A new on-ramp order and the configuration of Transak's widget that pays it. */
public record OnrampOrderCreatedJson(String partnerOrderId, String status, WidgetConfigJson widgetConfig) {

    /** What the web app hands Transak's widget; {@code apiKey} is null in simulation. */
    public record WidgetConfigJson(String apiKey, String environment, String fiatCurrency, String fiatAmount,
                                   String cryptoCurrencyCode, String network, String walletAddress,
                                   String partnerOrderId, String partnerCustomerId,
                                   boolean disableWalletAddressForm) {
    }

    public static OnrampOrderCreatedJson of(OnrampOrder order, OnrampConfig config, Address receivingWallet) {
        return new OnrampOrderCreatedJson(order.partnerOrderId(), Wire.name(order.status()),
                new WidgetConfigJson(config.simulated() ? null : config.apiKey(), config.environment(),
                        order.fiatCurrency(), order.fiatAmount().toPlainString(), "ALGO", "algorand",
                        receivingWallet.value(), order.partnerOrderId(), order.fan().value().substring(0, 16), true));
    }
}
