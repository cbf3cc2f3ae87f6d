package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.domain.port.SignerRole;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/treasury}: the role accounts' balances, locked ALGO, spend and runway, for admins only. */
class AdminTreasuryTest {
    private AuthPlatform auth;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    @Test
    void anAdminSeesEveryRoleAccountWithItsBalanceAndMinimumBalance() {
        AuthPlatform.Reply reply = auth.get("/admin/treasury", auth.login(auth.admin));

        assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
        JsonNode body = reply.body();
        List<String> roles = new ArrayList<>();
        for (JsonNode account : body.path("accounts")) {
            roles.add(account.path("role").asText());
            String address = auth.platform.services().ports().signers()
                    .forRole(SignerRole.valueOf(account.path("role").asText())).address().value();
            assertThat(account.path("address").asText()).isEqualTo(address);
            var onChain = auth.platform.ledger().account(new dev.stickerplatform.domain.model.Address(address));
            assertThat(account.path("balanceMicroAlgos").asLong()).isEqualTo(onChain.balance().value());
            assertThat(account.path("minBalanceMicroAlgos").asLong()).isEqualTo(onChain.minBalance().value());
            assertThat(account.path("availableMicroAlgos").asLong())
                    .isEqualTo(onChain.balance().value() - onChain.minBalance().value());
        }
        assertThat(roles).containsExactly("DEPLOYER", "MINTER", "ADMIN", "FUNDER");
        assertThat(body.path("stickerAssets").asInt()).isZero();
        assertThat(body.path("lockedInStickersMicroAlgos").asLong()).isZero();
        assertThat(body.path("spendPerDay").isArray()).isTrue();
        assertThat(body.path("daysObserved").asInt()).isEqualTo(1);
        assertThat(body.path("netSpendPerDayMicroAlgos").asLong()).isZero();
        assertThat(body.path("runwayDays").isNull()).as("no spend, no runway figure").isTrue();
    }

    @Test
    void theTreasuryIsInTheMetrics() {
        String scrape = auth.platform.metrics().scrape();

        assertThat(scrape).contains("treasury_balance_microalgos{role=\"minter\"}")
                .contains("treasury_min_balance_microalgos{role=\"deployer\"}")
                .contains("treasury_locked_in_stickers_microalgos").contains("treasury_runway_days")
                .contains("platform_spend_microalgos_total{kind=\"mint\"}");
    }

    @Test
    void aWalletThatIsNotAnAdminIsRefused() {
        AuthPlatform.Reply reply = auth.get("/admin/treasury", auth.login(DevWallet.generate()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }
}
