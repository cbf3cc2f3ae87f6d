package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.OnrampOrder;
import java.util.List;

/** A fan's on-ramp orders. */
public record FanOnrampOrdersJson(String fanWallet, List<OnrampOrderJson> orders) {

    public static FanOnrampOrdersJson of(Address fan, List<OnrampOrder> orders) {
        return new FanOnrampOrdersJson(fan.value(), orders.stream().map(OnrampOrderJson::of).toList());
    }
}
