package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.MicroAlgos;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Registrations and upgrades answered 202 (the request waits no round here) finish in the background, with no
 * further request and no restart; an upgrade finishing late proposes deleting the old app.
 */
class DeploymentsFinishInBackgroundTest {
    final DevWallet operator = DevWallet.generate();
    Platform platform;
    Api api;

    @BeforeEach
    void start() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withDeploymentWaitRounds(0);
        platform = Platform.start(config.withAuth(config.auth().withAdmins(Set.of(operator.address()))));
        api = new Api(platform.baseUrl());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aRegistrationAnswered202BecomesActiveWithNoFurtherRequest() {
        DevWallet creator = DevWallet.generate();
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "username", "ada", "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(202);

        JsonNode contract = awaitContract(creator, jar -> jar.get("status").asText().equals("active"));
        assertThat(contract.get("active").asBoolean()).isTrue();
        assertThat(contract.get("appId").asLong()).isPositive();
        assertThat(platform.ledger().appGlobalState(
                dev.stickerplatform.domain.model.AppId.of(contract.get("appId").asLong()))).isPresent();
    }

    @Test
    void anUpgradeFinishingLateProposesDeletingTheOldApp() {
        DevWallet creator = DevWallet.generate();
        // a version 1 jar: upgrading one that already runs the current program is refused (409)
        long oldApp = Version1TipJars.install(platform, creator.address(), MicroAlgos.ofAlgo(1)).value();

        Api.Reply upgraded = api.as(creator).post("/creator/" + creator.address() + "/upgrade-contract", Map.of());
        assertThat(upgraded.status()).as(upgraded.body().toString()).isEqualTo(202);
        assertThat(upgraded.body().get("oldAppDeletion").isNull()).isTrue();

        JsonNode fresh = awaitContract(creator, jar -> jar.get("version").asInt() == 2 && jar.get("active")
                .asBoolean());
        assertThat(fresh.get("appId").asLong()).isNotEqualTo(oldApp);
        JsonNode approvals = awaitApprovals();
        assertThat(approvals).hasSize(1);
        assertThat(approvals.get(0).get("kind").asText()).isEqualTo("DELETE_TIP_JAR");
        assertThat(approvals.get(0).get("summary").asText()).contains("app " + oldApp);
    }

    private JsonNode awaitContract(DevWallet creator, Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plusSeconds(20);
        Api.Reply reply = api.get("/creator/" + creator.address() + "/contract");
        while (!(reply.status() == 200 && done.test(reply.body())) && Instant.now().isBefore(deadline)) {
            pause();
            reply = api.get("/creator/" + creator.address() + "/contract");
        }
        assertThat(reply.status()).isEqualTo(200);
        assertThat(done).as(reply.body().toString()).accepts(reply.body());
        return reply.body();
    }

    private JsonNode awaitApprovals() {
        Instant deadline = Instant.now().plusSeconds(20);
        JsonNode approvals = api.as(operator).get("/admin/approvals?state=PENDING").body().get("approvals");
        while (approvals.isEmpty() && Instant.now().isBefore(deadline)) {
            pause();
            approvals = api.as(operator).get("/admin/approvals?state=PENDING").body().get("approvals");
        }
        return approvals;
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
