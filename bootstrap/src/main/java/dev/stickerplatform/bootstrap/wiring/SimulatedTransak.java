package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.http.onramp.TransakWebhooks;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.application.onramp.OnrampPartner;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.TxnRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Transak on the simulated network: for each new order it sends the webhooks Transak would (PROCESSING, then
 * COMPLETED with the on-chain payment's hash), signed the same way (HS256 JWT under the access token), to this
 * server's {@code /onramp/webhook}, after paying the platform's account with real signed ALGO from its own
 * account on the simulated ledger. The fiat is converted at a fixed mock rate.
 */
final class SimulatedTransak implements OnrampPartner {
    /** Mock price of one ALGO in any fiat currency. */
    static final BigDecimal FIAT_PER_ALGO = new BigDecimal("8.47");
    private static final Logger LOG = LoggerFactory.getLogger(SimulatedTransak.class);

    private final SimulatedLedger ledger;
    private final Chain chain;
    private final Address platformWallet;
    private final TransakWebhooks webhooks;
    private final Supplier<String> baseUrl;
    private final Clock clock;
    private final LocalKeySigner account = LocalKeySigner.generate(new SecureRandom());
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    SimulatedTransak(SimulatedLedger ledger, Chain chain, Address platformWallet, byte[] accessToken,
                     Supplier<String> baseUrl, Clock clock) {
        this.ledger = ledger;
        this.chain = chain;
        this.platformWallet = platformWallet;
        this.webhooks = new TransakWebhooks(accessToken);
        this.baseUrl = baseUrl;
        this.clock = clock;
    }

    @Override
    public void orderCreated(OnrampOrder order) {
        Thread.ofVirtual().name("simulated-transak").start(() -> {
            try {
                complete(order);
            } catch (RuntimeException e) {
                LOG.warn("simulated Transak could not complete order {}: {}", order.partnerOrderId(), e.toString());
            }
        });
    }

    private void complete(OnrampOrder order) {
        String transakId = UUID.randomUUID().toString();
        MicroAlgos amount = MicroAlgos.fromAlgo(order.fiatAmount().divide(FIAT_PER_ALGO, 6, RoundingMode.DOWN));
        post(webhook("ORDER_PROCESSING", transakId, order, "PROCESSING", amount, null));
        ledger.fund(account.address(), amount.plus(MicroAlgos.ofAlgo(1)));
        ChainWrite payment = chain.sign(new TxnRequest.Payment(account.address(), platformWallet, amount,
                "Transak order " + transakId, null), account);
        chain.submit(payment);
        Instant deadline = clock.instant().plusSeconds(60);
        while (!(chain.status(payment.txId(), payment.lastValid()) instanceof Chain.TxStatus.Confirmed)) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("the simulated payment did not confirm");
            }
            chain.awaitRoundAfter(chain.currentRound(), Duration.ofSeconds(1));
        }
        post(webhook("ORDER_COMPLETED", transakId, order, "COMPLETED", amount, payment.txId().value()));
    }

    private String webhook(String eventId, String transakId, OnrampOrder order, String status, MicroAlgos amount,
                           String transactionHash) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", transakId);
        data.put("partnerOrderId", order.partnerOrderId());
        data.put("status", status);
        data.put("fiatAmount", order.fiatAmount().toPlainString());
        data.put("fiatCurrency", order.fiatCurrency());
        data.put("cryptoCurrency", "ALGO");
        data.put("cryptoAmount", amount.toAlgo().doubleValue());
        data.put("walletAddress", platformWallet.value());
        if (transactionHash != null) {
            data.put("transactionHash", transactionHash);
        }
        return webhooks.sign(eventId, data, clock.instant());
    }

    private void post(String token) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl.get()
                            + "/onramp/webhook")).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"data\":\"" + token + "\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            LOG.info("simulated Transak webhook answered {}: {}", response.statusCode(), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
