package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The simulated network's faucet: exact amounts, at most 10 ALGO. Three calls in all (the faucet's limit). */
class FaucetTest extends PlatformHttpTest {
    @Test
    void fundsAWalletWithTheExactAmount() {
        DevWallet wallet = DevWallet.generate();
        Reply funded = as(wallet).post("/simulate/fund-wallet", Map.of("wallet_address", wallet.address().value(),
                "amount_algo", "1.234567"));
        assertThat(funded.status()).as(funded.toString()).isEqualTo(200);
        assertThat(funded.body().path("status").asText()).isEqualTo("funded");
        assertThat(funded.body().path("amountMicroAlgos").asLong()).isEqualTo(1_234_567);
        assertThat(funded.body().path("amountAlgo").asText()).isEqualTo("1.234567");
        assertThat(platform.ledger().account(wallet.address()).balance()).isEqualTo(MicroAlgos.of(1_234_567));
    }

    @Test
    void refusesMoreThanTenAlgo() {
        assertThat(assertInvalid(as(STRANGER_WALLET).post("/simulate/fund-wallet", Map.of("walletAddress", STRANGER,
                "amountAlgo", 10.000001)), "amountAlgo")).contains("10");
    }

    @Test
    void refusesNothingAtAll() {
        assertInvalid(as(STRANGER_WALLET).post("/simulate/fund-wallet", Map.of("walletAddress", STRANGER,
                "amountAlgo", 0)), "amountAlgo");
    }
}
