package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.onramp.TransakWebhooks;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.config.StickerOriginSettings;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The fiat on-ramp on the embedded platform with the simulated Transak: a fan's order pays real ALGO into the
 * platform's account, Transak's signed webhooks arrive, the amount is taken from the chain, the fee is split off
 * exactly, and the tip reaches the creator in the fan's name — so the fan gets the sticker. A replayed webhook
 * changes nothing; a forged one is refused.
 */
class OnrampEndToEndTest {
    static final int FEE_BPS = 200;
    final DevWallet creator = DevWallet.generate();
    final DevWallet fan = DevWallet.generate();
    Platform platform;
    Api api;
    PlatformConfig config;

    @BeforeEach
    void start() {
        PlatformConfig base = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        config = base.withStickerOrigins(base.stickerOrigins().withOnramp(
                StickerOriginSettings.simulatedOnramp(FEE_BPS)));
        platform = Platform.start(config);
        api = new Api(platform.baseUrl());
        Instant deadline = Instant.now().plusSeconds(30);
        Api.Reply registered;
        do {
            registered = api.as(creator).post("/creator/register",
                    Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        } while (registered.status() == 202 && Instant.now().isBefore(deadline));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        Api.Reply template = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1"),
                TipToStickerFlow.PNG);
        assertThat(template.status()).as(template.body().toString()).isEqualTo(201);
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void anOrderEndsWithTheFansStickerOnceWhateverIsReplayedOrForged() {
        JsonNode terms = api.get("/onramp/config").body();
        assertThat(terms.get("enabled").asBoolean()).isTrue();
        assertThat(terms.get("apiKey").isNull()).isTrue();
        MicroAlgos creatorBefore = platform.ledger().account(creator.address()).balance();

        Api.Reply created = api.as(fan).post("/onramp/create-order", Map.of("fanWallet", fan.address().value(),
                "creatorWallet", creator.address().value(), "fiatAmount", "100", "fiatCurrency", "INR"));
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        String id = created.body().get("partnerOrderId").asText();
        assertThat(created.body().get("widgetConfig").get("walletAddress").asText())
                .isEqualTo(terms.get("platformWallet").asText());

        JsonNode order = awaitOrder(id, o -> o.get("status").asText().equals("tip_sent"));
        // 100 INR at the mock 8.47 INR per ALGO = 11.806375 ALGO confirmed on chain; 2 % fee rounded down
        assertThat(order.get("receivedMicroAlgos").asLong()).isEqualTo(11_806_375L);
        assertThat(order.get("platformFeeMicroAlgos").asLong()).isEqualTo(236_127L);
        assertThat(order.get("tipAmountMicroAlgos").asLong()).isEqualTo(11_570_248L);
        JsonNode sticker = awaitSticker(s -> s.get("origin").asText().equals("tip"));
        assertThat(sticker.get("tipTxId").asText()).isEqualTo(order.get("tipTxId").asText());
        assertThat(api.get("/leaderboard/" + creator.address()).body().get("leaderboard").get(0).get("fanWallet")
                .asText()).isEqualTo(fan.address().value());
        assertThat(platform.ledger().account(creator.address()).balance())
                .isEqualTo(creatorBefore.plus(MicroAlgos.of(11_570_248L)));

        // the COMPLETED webhook again (a replay), and a new COMPLETED event for the same order: nothing changes
        TransakWebhooks transak = new TransakWebhooks(config.stickerOrigins().onramp().webhookSecret());
        Map<String, Object> completed = Map.of("id", order.get("transakOrderId").asText(), "partnerOrderId", id,
                "status", "COMPLETED", "cryptoAmount", 999, "transactionHash", order.get("paymentTxId").asText());
        MicroAlgos platformBefore = platform.ledger().account(
                new dev.stickerplatform.domain.model.Address(terms.get("platformWallet").asText())).balance();
        for (String event : new String[] {"ORDER_COMPLETED", "ORDER_COMPLETED_AGAIN"}) {
            Api.Reply replay = api.post("/onramp/webhook", Map.of("data", transak.sign(event, completed,
                    Instant.now())));
            assertThat(replay.status()).as(replay.body().toString()).isEqualTo(200);
            assertThat(replay.body().get("status").asText()).isEqualTo("unchanged");
        }
        // a forged webhook: signed with another key
        byte[] otherKey = new byte[48];
        new SecureRandom().nextBytes(otherKey);
        Api.Reply forged = api.post("/onramp/webhook", Map.of("data", new TransakWebhooks(otherKey)
                .sign("ORDER_COMPLETED", completed, Instant.now())));
        assertThat(forged.status()).as(forged.body().toString()).isEqualTo(401);
        assertThat(api.post("/onramp/webhook", Map.of("data", "not.a.jwt")).status()).isEqualTo(401);

        awaitRounds(3);
        assertThat(platform.ledger().account(new dev.stickerplatform.domain.model.Address(
                terms.get("platformWallet").asText())).balance()).isEqualTo(platformBefore);
        assertThat(api.get("/fan/" + fan.address() + "/stats").body().get("totalTips").asLong()).isEqualTo(1);
        assertThat(api.get("/onramp/fan/" + fan.address() + "/orders").body().get("orders")).hasSize(1);
        assertThat(api.get("/onramp/order/" + id).body().get("status").asText()).isEqualTo("tip_sent");
        assertThat(api.get("/onramp/order/nope").status()).isEqualTo(404);
    }

    private JsonNode awaitOrder(String id, Predicate<JsonNode> match) {
        Instant deadline = Instant.now().plusSeconds(40);
        JsonNode order = null;
        while (Instant.now().isBefore(deadline)) {
            order = api.get("/onramp/order/" + id).body();
            if (match.test(order)) {
                return order;
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("the order did not get there within 40 s: " + order);
    }

    private JsonNode awaitSticker(Predicate<JsonNode> match) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sticker : api.get("/fan/" + fan.address() + "/inventory").body().get("nfts")) {
                if (match.test(sticker)) {
                    return sticker;
                }
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no sticker for the fan within 30 s");
    }

    private void awaitRounds(int rounds) {
        var round = platform.ledger().currentRound();
        for (int i = 0; i < rounds; i++) {
            round = platform.ledger().awaitRoundAfter(round, Duration.ofSeconds(2));
        }
    }
}
