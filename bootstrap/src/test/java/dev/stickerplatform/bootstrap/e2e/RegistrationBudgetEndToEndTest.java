package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.RateLimits;
import dev.stickerplatform.adapters.persistence.redis.RedisConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.TestRedis;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.AccountInfo;
import dev.stickerplatform.domain.port.RateLimiter.Policy;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.DailyCapKind;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the platform spends is budgeted per client, not per key: from one IP address, fresh wallets (free to make)
 * never open fresh registration budgets — not even across servers sharing one Redis — and the operator's daily
 * caps refuse every client alike once reached, shown in {@code /metrics}.
 */
class RegistrationBudgetEndToEndTest {
    /** Sign-in is allowed generously here, so that the registration budget is what stops the wallets. */
    private static final Policy MANY_SIGN_INS = new Policy("auth", 500, Duration.ofMinutes(1));
    /** A deployment's fees (create and fund, a flat minimum fee each) with a wide margin. */
    private static final long FEES = 10_000;

    private static PlatformConfig config(Policy register) {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100));
        RateLimits defaults = RateLimits.defaults();
        return config.withOperations(config.operations().withRateLimits(new RateLimits(register, defaults.faucet(),
                defaults.writes(), defaults.reads(), MANY_SIGN_INS)));
    }

    @Test
    void thirtyFreshWalletsFromOneAddressRegisterNoMoreThanItsBudget() {
        Policy register = RateLimits.defaults().register();
        try (Platform platform = Platform.start(config(register))) {
            Address deployer = platform.services().ports().signers().forRole(SignerRole.DEPLOYER).address();
            AccountInfo before = platform.ledger().account(deployer);

            List<Integer> statuses = registerFreshWallets(new Api(platform.baseUrl()), 30);

            long registered = statuses.stream().filter(s -> s == 201 || s == 202).count();
            assertThat(registered).as(statuses.toString()).isEqualTo(register.limit());
            assertThat(statuses.stream().filter(s -> s == 429)).hasSize(30 - register.limit());
            AccountInfo after = platform.ledger().account(deployer);
            long spent = before.balance().value() - after.balance().value();
            long fund = platform.config().deployment().fundAmount().value();
            assertThat(spent).as("the DEPLOYER pays funding and fees for the budgeted registrations only")
                    .isPositive().isLessThanOrEqualTo(register.limit() * (fund + FEES));
            assertThat(platform.services().budget().today().get(DailyCapKind.DEPLOYMENT).used())
                    .isEqualTo(register.limit());
        }
    }

    @Test
    void serversSharingOneRedisShareTheBudgetOfAnAddress() {
        RedisConfig redis = TestRedis.freshPrefix();
        PlatformConfig config = config(new Policy("register", 3, Duration.ofHours(1)));
        config = config.withOperations(config.operations().withRedis(redis));
        try (Platform first = Platform.start(config); Platform second = Platform.start(config)) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                statuses.addAll(registerFreshWallets(new Api((i % 2 == 0 ? first : second).baseUrl()), 1));
            }

            assertThat(statuses.stream().filter(s -> s == 201 || s == 202)).as(statuses.toString()).hasSize(3);
            assertThat(statuses.stream().filter(s -> s == 429)).hasSize(5);
        }
    }

    @Test
    void theDailyDeploymentCapRefusesEveryClientWith503AndShowsInTheMetrics() {
        PlatformConfig config = config(new Policy("register", 100, Duration.ofHours(1)));
        config = config.withMoney(config.money().withDailyCap(DailyCapKind.DEPLOYMENT, 2));
        try (Platform platform = Platform.start(config)) {
            Api api = new Api(platform.baseUrl());
            assertThat(registerFreshWallets(api, 2)).containsOnly(201);

            DevWallet third = DevWallet.generate();
            Api.Reply refused = api.as(third).post("/creator/register", Map.of("walletAddress",
                    third.address().value(), "minTipAlgo", "1"));

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
            assertThat(refused.body().get("type").asText()).endsWith("/daily-cap-reached");
            assertThat(refused.body().get("detail").asText()).contains("daily cap of 2 deployment");
            assertThat(api.get("/creator/" + third.address() + "/contract").status()).isEqualTo(404);
            assertThat(platform.metrics().scrape())
                    .contains("daily_spend{kind=\"deployment\"} 2.0")
                    .contains("daily_spend_cap{kind=\"deployment\"} 2.0")
                    .contains("daily_spend_cap{kind=\"faucet\"} -1.0");
        }
    }

    @Test
    void theDailyFaucetCapRefusesOncePaidOut() {
        PlatformConfig config = config(RateLimits.defaults().register());
        config = config.withMoney(config.money().withDailyCap(DailyCapKind.FAUCET, 1));
        try (Platform platform = Platform.start(config)) {
            Api api = new Api(platform.baseUrl());
            DevWallet fan = DevWallet.generate();
            Map<String, String> body = Map.of("walletAddress", fan.address().value(), "amountAlgo", "1");
            assertThat(api.as(fan).post("/simulate/fund-wallet", body).status()).isEqualTo(200);

            Api.Reply refused = api.as(fan).post("/simulate/fund-wallet", body);

            assertThat(refused.status()).as(refused.body().toString()).isEqualTo(503);
            assertThat(refused.body().get("type").asText()).endsWith("/daily-cap-reached");
            assertThat(platform.ledger().account(fan.address()).balance()).isEqualTo(MicroAlgos.ofAlgo(1));
        }
    }

    /** Signs in {@code count} fresh wallets and has each register; the statuses of the registrations. */
    private static List<Integer> registerFreshWallets(Api api, int count) {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            DevWallet wallet = DevWallet.generate();
            statuses.add(api.as(wallet).post("/creator/register", Map.of("walletAddress", wallet.address().value(),
                    "minTipAlgo", "1")).status());
        }
        return statuses;
    }
}
