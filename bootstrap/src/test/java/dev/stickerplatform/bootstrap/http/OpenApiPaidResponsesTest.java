package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.TxnRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * With {@code REGISTRATION_MODE=paid}, the answers only a paid platform gives — the paid quote, 402
 * {@code payment-required} with its quote, 409 {@code payment-already-used} — are what {@code openapi.json} says.
 */
class OpenApiPaidResponsesTest extends PlatformHttpTest {
    private final ResponseSchemas schemas = ResponseSchemas.load();
    private final List<String> mismatches = new ArrayList<>();

    @BeforeAll
    @Override
    void startPlatform() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        platform = Platform.start(config.withMoney(config.money().withRegistrationMode(RegistrationMode.PAID)));
    }

    @Test
    void thePaidAnswersAreWhatTheirSchemasSay() {
        DevWallet creator = DevWallet.generate();
        DevWallet other = DevWallet.generate();
        platform.ledger().fund(creator.address(), MicroAlgos.ofAlgo(5));
        String register = "/creator/register";

        Reply quote = check("GET", "/creator/registration/quote",
                get("/creator/registration/quote?wallet=" + creator.address()));
        Reply unpaid = check("POST", register, as(creator).post(register, Map.of("walletAddress",
                creator.address().value(), "minTipAlgo", "1")));
        TxId payment = pay(creator, quote);
        Reply paid = check("POST", register, as(creator).post(register, Map.of("walletAddress",
                creator.address().value(), "minTipAlgo", "1", "paymentTxId", payment.value())));
        Reply reused = check("POST", register, as(other).post(register, Map.of("walletAddress",
                other.address().value(), "minTipAlgo", "1", "paymentTxId", payment.value())));
        Reply upgradeReused = check("POST", "/creator/{wallet}/upgrade-contract", as(other).post("/creator/"
                + other.address() + "/upgrade-contract?paymentTxId=" + payment, ""));

        assertThat(unpaid.status()).isEqualTo(402);
        assertThat(paid.status()).isIn(201, 202);
        assertThat(reused.status()).isEqualTo(409);
        assertThat(reused.body().path("type").asText()).isEqualTo(PROBLEM_TYPES + "payment-already-used");
        assertThat(upgradeReused.body().path("type").asText()).isEqualTo(PROBLEM_TYPES + "payment-already-used");
        assertThat(mismatches).isEmpty();
    }

    private TxId pay(DevWallet creator, Reply quote) {
        Chain chain = platform.services().ports().chain();
        byte[] unsigned = chain.encodeUnsigned(new TxnRequest.Payment(creator.address(),
                new dev.stickerplatform.domain.model.Address(quote.body().path("receiver").asText()),
                MicroAlgos.of(quote.body().path("amountMicroAlgos").asLong()), quote.body().path("note").asText(),
                null));
        TxId txId = chain.submitSigned(List.of(creator.signPrepared(unsigned))).getFirst();
        Instant deadline = Instant.now().plusSeconds(30);
        while (chain.payment(txId).isEmpty() && Instant.now().isBefore(deadline)) {
            chain.awaitRoundAfter(chain.currentRound(), Duration.ofSeconds(1));
        }
        assertThat(chain.payment(txId)).isPresent();
        return txId;
    }

    private Reply check(String method, String template, Reply reply) {
        schemas.problems(method, template, reply.status(), reply.header("Content-Type"), reply.body())
                .forEach(problem -> mismatches.add(method + " " + template + " " + reply.status() + " " + problem));
        return reply;
    }
}
