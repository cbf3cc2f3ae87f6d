package dev.stickerplatform.application.onramp;

import dev.stickerplatform.domain.model.OnrampOrder;

/**
 * Transak, as far as the platform calls it. With the real Transak the fan's widget drives the order and nothing is
 * called; the simulated Transak pays the platform's account on the simulated chain and sends signed webhooks.
 */
@FunctionalInterface
public interface OnrampPartner {
    OnrampPartner WIDGET = order -> { };

    /** A new order was recorded. */
    void orderCreated(OnrampOrder order);
}
