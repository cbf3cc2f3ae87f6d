package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A creator's side of the API: registration, the tip jar, pause/unpause, upgrade, templates, dashboard. Exactly
 * 5 registration calls (the per-client limit): one shared creator, its repeat, and three fresh creators.
 */
class CreatorApiTest extends PlatformHttpTest {
    DevWallet shared;
    long sharedAppId;

    @BeforeAll
    void registerSharedCreator() {
        shared = DevWallet.generate();
        sharedAppId = register(shared, 3).path("appId").asLong();
    }

    private JsonNode register(DevWallet creator, Object minTip) {
        Reply reply = as(creator).post("/creator/register", Map.of("walletAddress", creator.address().value(),
                "username", "ada", "minTipAlgo", minTip));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(201);
        return reply.body();
    }

    @Test
    void registrationDeploysATipJarAndAnswers201() {
        DevWallet creator = DevWallet.generate();
        JsonNode body = register(creator, "2.01");
        assertThat(body.path("status").asText()).isEqualTo("active");
        assertThat(body.path("walletAddress").asText()).isEqualTo(creator.address().value());
        long appId = body.path("appId").asLong();
        assertThat(appId).isPositive();
        assertThat(body.path("appAddress").asText()).isEqualTo(AppId.of(appId).address().value());
        assertThat(body.path("minTipMicroAlgos").asLong()).isEqualTo(2_010_000);
        assertThat(body.path("minTipAlgo").asText()).isEqualTo("2.010000");
        assertThat(body.path("txId").asText()).hasSize(52);
        assertThat(body.path("version").asInt()).isEqualTo(1);
    }

    @Test
    void registeringAgainReturnsTheSameDeployment() {
        assertThat(register(shared, 1).path("appId").asLong()).isEqualTo(sharedAppId);
    }

    @Test
    void theTipJarAndItsOnChainCountersAreReadable() {
        DevWallet creator = shared;
        long appId = sharedAppId;

        JsonNode contract = get("/creator/" + creator.address() + "/contract").body();
        assertThat(contract.path("appId").asLong()).isEqualTo(appId);
        assertThat(contract.path("status").asText()).isEqualTo("active");
        assertThat(contract.path("deployedAt").asText()).endsWith("Z");

        Reply stats = get("/creator/" + creator.address() + "/contract/stats");
        assertThat(stats.status()).as(stats.toString()).isEqualTo(200);
        assertThat(stats.body().path("totalTips").asLong()).isZero();
        assertThat(stats.body().path("minTipAlgo").asText()).isEqualTo("3.000000");
        assertThat(stats.body().path("paused").asBoolean()).isFalse();

        Reply pause = as(creator).post("/creator/" + creator.address() + "/pause-contract", Map.of());
        assertThat(pause.status()).isEqualTo(200);
        assertThat(pause.body().path("action").asText()).isEqualTo("pause");
        assertThat(Base64.getDecoder().decode(pause.body().path("unsignedTxn").asText())).isNotEmpty();
        assertThat(as(creator).post("/creator/" + creator.address() + "/unpause-contract", Map.of()).body()
                .path("action").asText()).isEqualTo("unpause");
    }

    @Test
    void upgradingAnOlderProgramDeploysTheCurrentOne() {
        DevWallet creator = DevWallet.generate();
        long oldApp = Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1)).value();
        Reply upgraded = as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());
        assertThat(upgraded.status()).as(upgraded.toString()).isIn(200, 202);
        assertThat(upgraded.body().path("oldAppId").asLong()).isEqualTo(oldApp);
        assertThat(upgraded.body().path("newVersion").asInt()).isEqualTo(2);
    }

    @Test
    void anUpgradeThatWouldDeployTheSameProgramIsRefusedAndDeploysNothing() {
        DevWallet creator = DevWallet.generate();
        long app = register(creator, 1).path("appId").asLong();
        long deployerBalance = platform.ledger().account(platform.services().ports().signers()
                .forRole(dev.stickerplatform.domain.port.SignerRole.DEPLOYER).address()).balance().value();

        Reply upgraded = as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());

        assertProblem(upgraded, 409, "conflict");
        assertThat(upgraded.body().path("detail").asText()).contains("same");
        assertThat(get("/creator/" + creator.address() + "/contract").body().path("appId").asLong()).isEqualTo(app);
        assertThat(platform.ledger().account(platform.services().ports().signers()
                .forRole(dev.stickerplatform.domain.port.SignerRole.DEPLOYER).address()).balance().value())
                .isEqualTo(deployerBalance);
    }

    @Test
    void templatesAreCreatedListedPagedAndDeleted() {
        DevWallet creator = DevWallet.generate();
        register(creator, 1);
        String base = "/creator/" + creator.address();
        Reply created = as(creator).upload(base + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "category", "tip", "tip_threshold", "1.5"), PNG);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.body().path("tipThresholdMicroAlgos").asLong()).isEqualTo(1_500_000);
        assertThat(created.body().path("imageMimeType").asText()).isEqualTo("image/png");
        assertThat(created.body().path("assetUrl").asText()).startsWith("ipfs://").endsWith("#arc3");
        assertThat(as(creator).upload(base + "/sticker-template", Map.of("name", "Shiny", "stickerType", "golden",
                "tipThreshold", "5"), PNG).status()).isEqualTo(201);

        assertProblem(as(creator).upload(base + "/sticker-template", Map.of("name", "Again", "tip_threshold", "1.5"),
                PNG), 409, "conflict");
        assertThat(assertInvalid(as(creator).upload(base + "/sticker-template", Map.of("name", "Tiny",
                "tip_threshold", "0.01"), PNG), "tip_threshold")).contains("0.1 ALGO");
        assertThat(assertInvalid(as(creator).upload(base + "/sticker-template", Map.of("name", "Text"),
                "<svg onload=alert(1)>".getBytes()), "image")).contains("PNG");

        JsonNode firstPage = get(base + "/templates?limit=1").body();
        assertThat(firstPage.path("total").asInt()).isEqualTo(2);
        assertThat(firstPage.path("templates")).hasSize(1);
        JsonNode secondPage = get(base + "/templates?limit=1&cursor=" + firstPage.path("nextCursor").asText()).body();
        assertThat(secondPage.path("templates")).hasSize(1);
        assertThat(secondPage.path("nextCursor").isNull()).isTrue();

        long id = created.body().path("id").asLong();
        assertThat(as(creator).delete(base + "/template/" + id).status()).isEqualTo(200);
        assertProblem(as(creator).delete(base + "/template/" + id), 404, "not-found");
    }

    @Test
    void theDashboardShowsTheTipJarAndTotals() {
        Reply dashboard = get("/creator/" + shared.address() + "/dashboard");
        assertThat(dashboard.status()).as(dashboard.toString()).isEqualTo(200);
        assertThat(dashboard.body().path("username").asText()).isEqualTo("ada");
        assertThat(dashboard.body().path("contract").path("appId").asLong()).isEqualTo(sharedAppId);
        assertThat(dashboard.body().path("stats").path("appId").asLong()).isEqualTo(sharedAppId);
        assertThat(dashboard.body().path("totalReceivedAlgo").asText()).isEqualTo("0.000000");
        assertThat(dashboard.body().path("recentTransactions").isArray()).isTrue();
    }

    @Test
    void unknownCreatorsAre404() {
        assertProblem(get("/creator/" + STRANGER + "/contract"), 404, "not-found");
        assertProblem(get("/creator/" + STRANGER + "/contract/stats"), 404, "not-found");
        assertProblem(get("/creator/" + STRANGER + "/dashboard"), 404, "not-found");
        assertProblem(as(STRANGER_WALLET).post("/creator/" + STRANGER + "/pause-contract", Map.of()), 404,
                "not-found");
        assertProblem(as(STRANGER_WALLET).post("/creator/" + STRANGER + "/upgrade-contract", Map.of()), 404,
                "not-found");
        assertProblem(as(STRANGER_WALLET).upload("/creator/" + STRANGER + "/sticker-template", Map.of("name", "x"),
                PNG), 404, "not-found");
        assertProblem(get("/leaderboard/" + STRANGER), 404, "not-found");
    }
}
