package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.onramp.TransakWebhooks;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.FanOnrampOrdersJson;
import dev.stickerplatform.adapters.http.resources.OnrampConfigJson;
import dev.stickerplatform.adapters.http.resources.OnrampOrderCreatedJson;
import dev.stickerplatform.adapters.http.resources.OnrampOrderJson;
import dev.stickerplatform.adapters.http.resources.OnrampWebhookJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.application.onramp.OnrampOrdersService;
import dev.stickerplatform.application.onramp.OnrampWebhookService;
import dev.stickerplatform.domain.model.Address;
import io.javalin.http.Context;
import java.math.BigDecimal;

/**
 * The fiat on-ramp (Transak): its terms, orders (a fan tips a creator with fiat; the widget sends the ALGO to the
 * platform's account) and Transak's webhook, verified as Transak signs it (a JWT, HS256, under the partner access
 * token). Off unless configured: then only {@code /onramp/config} answers, with {@code enabled: false}.
 */
final class OnrampRoutes implements RouteGroup {
    private final OnrampOrdersService orders;
    private final OnrampWebhookService webhook;
    private final TransakWebhooks webhooks;

    OnrampRoutes(OnrampOrdersService orders, OnrampWebhookService webhook) {
        this.orders = orders;
        this.webhook = webhook;
        OnrampConfig config = orders.config();
        this.webhooks = config.enabled() ? new TransakWebhooks(config.webhookSecret()) : null;
    }

    record OrderRequest(@JsonAlias("fan_wallet") Address fanWallet, @JsonAlias("creator_wallet") Address creatorWallet,
                        @JsonAlias("fiat_amount") com.fasterxml.jackson.databind.JsonNode fiatAmount,
                        @JsonAlias("fiat_currency") String fiatCurrency) {
    }

    record WebhookBody(String data) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/onramp/config", RouteClass.READ, this::config);
        routes.post("/onramp/create-order", OrderRequest.class,
                AccessRule.walletInBody("fanWallet", OrderRequest::fanWallet), RouteClass.WRITE, this::create);
        routes.post("/onramp/webhook", WebhookBody.class,
                AccessRule.open("signed by Transak: the JWT in the body is verified"), RouteClass.WRITE, this::webhook);
        routes.get("/onramp/order/{partnerOrderId}", RouteClass.READ, this::order);
        routes.get("/onramp/fan/{wallet}/orders", RouteClass.READ, this::fanOrders);
    }

    private void config(Context ctx) {
        OnrampConfig config = orders.config();
        ctx.json(OnrampConfigJson.of(config, orders::receivingWallet));
    }

    private void create(Context ctx, OrderRequest body) {
        String currency = body.fiatCurrency() == null ? "INR" : body.fiatCurrency();
        BigDecimal fiat = fiatAmount(body.fiatAmount());
        var command = Params.command("fiatAmount", () -> new OnrampOrdersService.Command(body.fanWallet(),
                body.creatorWallet(), fiat, currency));
        switch (orders.create(command)) {
            case OnrampOrdersService.Result.Created created -> ctx.status(201).json(OnrampOrderCreatedJson.of(
                    created.order(), orders.config(), orders.receivingWallet()));
            case OnrampOrdersService.Result.Disabled d -> throw disabled();
            case OnrampOrdersService.Result.NoActiveTipJar n -> throw ProblemException.conflict(
                    "The creator has no active tip jar to tip.");
            case OnrampOrdersService.Result.SelfTip s -> throw ProblemException.invalid("creatorWallet",
                    "a fan cannot tip their own tip jar");
        }
    }

    /** A JSON number or a decimal string, exactly. */
    private static BigDecimal fiatAmount(com.fasterxml.jackson.databind.JsonNode value) {
        if (value == null || value.isNull()) {
            throw ProblemException.invalid("fiatAmount", "is required");
        }
        try {
            if (value.isNumber()) {
                return value.decimalValue();
            }
            if (value.isTextual()) {
                return new BigDecimal(value.asText().strip());
            }
        } catch (NumberFormatException e) {
            // falls through to the problem below
        }
        throw ProblemException.invalid("fiatAmount", "must be a number or a decimal string");
    }

    private void webhook(Context ctx, WebhookBody body) {
        if (webhooks == null) {
            throw disabled();
        }
        var event = webhooks.verify(body.data()).orElseThrow(() -> ProblemException.of(
                ProblemType.UNAUTHENTICATED, "The webhook's token does not verify."));
        switch (webhook.handle(event)) {
            case OnrampWebhookService.Result.Applied a -> ctx.json(OnrampWebhookJson.Applied.of(a));
            case OnrampWebhookService.Result.Unchanged u -> ctx.json(OnrampWebhookJson.Unchanged.of(u));
            case OnrampWebhookService.Result.Ignored i -> ctx.json(OnrampWebhookJson.Ignored.of(i));
            case OnrampWebhookService.Result.Refused r -> ctx.json(OnrampWebhookJson.Refused.of(r));
            case OnrampWebhookService.Result.AwaitingChain w -> {
                ctx.header("Retry-After", "10");
                throw ProblemException.of(ProblemType.UNAVAILABLE,
                        "The order's payment is not confirmed on chain yet; send the webhook again later.");
            }
            case OnrampWebhookService.Result.Disabled d -> throw disabled();
        }
    }

    private void order(Context ctx) {
        String id = ctx.pathParam("partnerOrderId");
        ctx.json(OnrampOrderJson.of(orders.find(id)
                .orElseThrow(() -> ProblemException.notFound("No on-ramp order " + id + "."))));
    }

    private void fanOrders(Context ctx) {
        Address fan = Params.wallet(ctx, "wallet");
        ctx.json(FanOnrampOrdersJson.of(fan, orders.byFan(fan)));
    }

    private static ProblemException disabled() {
        return ProblemException.of(ProblemType.ONRAMP_DISABLED, "The fiat on-ramp is not configured here.");
    }
}
