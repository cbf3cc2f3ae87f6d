package dev.stickerplatform.application.onramp;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Randomness;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * Creates on-ramp orders and reads them. The widget sends the ALGO to the platform's account (ADMIN, the account
 * every TipProxy accepts {@code tip_for} from); the order says which fan tips which creator.
 */
public final class OnrampOrdersService {
    public static final List<String> FIAT_CURRENCIES = List.of("INR", "USD", "EUR", "GBP");
    private final Store store;
    private final Signers signers;
    private final OnrampPartner partner;
    private final OnrampRouting routing;
    private final Randomness randomness;
    private final Clock clock;
    private final OnrampConfig config;

    public OnrampOrdersService(Store store, Signers signers, OnrampPartner partner, OnrampRouting routing,
                               Randomness randomness, Clock clock, OnrampConfig config) {
        this.store = store;
        this.signers = signers;
        this.partner = partner;
        this.routing = routing;
        this.randomness = randomness;
        this.clock = clock;
        this.config = config;
    }

    public OnrampConfig config() {
        return config;
    }

    /** Where Transak sends the ALGO: the platform account that sends {@code tip_for}. */
    public Address receivingWallet() {
        return signers.forRole(SignerRole.ADMIN).address();
    }

    public record Command(Address fan, Address creator, BigDecimal fiatAmount, String fiatCurrency) {
        public Command {
            if (fan == null || creator == null) {
                throw new IllegalArgumentException("fanWallet and creatorWallet are required");
            }
            if (fiatAmount == null || fiatAmount.signum() <= 0 || fiatAmount.stripTrailingZeros().scale() > 2
                    || fiatAmount.compareTo(new BigDecimal("1000000")) > 0) {
                throw new IllegalArgumentException("must be more than 0 and at most 1000000, with at most 2 decimals");
            }
            if (fiatCurrency == null || !FIAT_CURRENCIES.contains(fiatCurrency)) {
                throw new IllegalArgumentException("must be one of " + FIAT_CURRENCIES);
            }
        }
    }

    public sealed interface Result {
        record Created(OnrampOrder order) implements Result {
        }

        record Disabled() implements Result {
        }

        record NoActiveTipJar() implements Result {
        }

        record SelfTip() implements Result {
        }
    }

    public Result create(Command command) {
        if (!config.enabled()) {
            return new Result.Disabled();
        }
        if (command.fan().equals(command.creator())) {
            return new Result.SelfTip();
        }
        if (store.tipJars().current(command.creator()).filter(j -> j.status() == TipJarStatus.ACTIVE).isEmpty()) {
            return new Result.NoActiveTipJar();
        }
        String id = "tip_" + command.fan().value().substring(0, 8) + "_" + command.creator().value().substring(0, 8)
                + "_" + HexFormat.of().formatHex(randomness.bytes(6));
        OnrampOrder order = OnrampOrder.created(id, command.fan(), command.creator(),
                command.fiatAmount().setScale(2), command.fiatCurrency(), clock.instant());
        store.onrampOrders().insert(order);
        partner.orderCreated(order);
        return new Result.Created(order);
    }

    /** The order as it is now (a submitted tip is first asked about on chain). */
    public Optional<OnrampOrder> find(String partnerOrderId) {
        return store.onrampOrders().find(partnerOrderId).map(routing::refresh);
    }

    public List<OnrampOrder> byFan(Address fan) {
        return store.onrampOrders().byFan(fan, 20);
    }
}
