package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.http.onramp.TransakWebhooks;
import dev.stickerplatform.application.onramp.OnrampConfig;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.config.StickerOriginSettings;
import dev.stickerplatform.bootstrap.support.Version1TipJars;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code openapi.json} says what the routes really return: a creator, a fan and an administrator go through the
 * API on real signed transactions, and every answer — successes and problems — is checked strictly against the
 * schema documented for its operation and status ({@link ResponseSchemas}). Every documented operation must be
 * checked at least once with a success, except the few listed with the reason they cannot be.
 */
class OpenApiResponsesTest extends PlatformHttpTest {
    /** Operations with no JSON success to check, and why. */
    private static final Map<String, String> NOT_JSON_SUCCESSES = Map.of(
            "GET /metrics", "Prometheus text format",
            "GET /docs", "the API explorer's HTML page",
            "GET /ipfs/{cid}", "the pinned bytes themselves (checked: content type)",
            "POST /admin/jobs/{id}/retry", "needs a dead job: its 409 problem is checked");
    private final ResponseSchemas schemas = ResponseSchemas.load();
    private final Set<String> succeeded = new TreeSet<>();
    private final List<String> mismatches = new java.util.ArrayList<>();
    private final DevWallet admin = DevWallet.generate();
    private final DevWallet creator = DevWallet.generate();
    private final DevWallet fan = DevWallet.generate();
    private final OnrampConfig onramp = StickerOriginSettings.simulatedOnramp(200);

    @BeforeAll
    @Override
    void startPlatform() {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withBlockTime(Duration.ofMillis(100))
                .withFaucetApprovalAbove(MicroAlgos.ofAlgo(5));
        config = config.withStickerOrigins(config.stickerOrigins().withOnramp(onramp));
        platform = Platform.start(config.withAuth(config.auth().withAdmins(Set.of(admin.address()))));
    }

    @Test
    void everyDocumentedOperationAnswersWhatItsSchemaSays() {
        operationsAndSignIn();
        String c = creator.address().value();
        String f = fan.address().value();

        JsonNode registered = check("POST", "/creator/register", as(creator).post("/creator/register",
                Map.of("walletAddress", c, "username", "ada", "minTipAlgo", "1"))).body();
        AppId app = AppId.of(registered.path("appId").asLong());
        check("GET", "/creator/registration/quote", get("/creator/registration/quote?wallet=" + c));
        check("GET", "/creator/{wallet}/contract", get("/creator/" + c + "/contract"));
        check("GET", "/creator/{wallet}/contract/stats", get("/creator/" + c + "/contract/stats"));
        JsonNode template = check("POST", "/creator/{wallet}/sticker-template", as(creator).upload(
                "/creator/" + c + "/sticker-template", Map.of("name", "Thanks", "tip_threshold", "1"), PNG)).body();
        long golden = as(creator).upload("/creator/" + c + "/sticker-template", Map.of("name", "Gold",
                "sticker_type", "golden", "tip_threshold", "3"), PNG).body().path("id").asLong();
        JsonNode spare = as(creator).upload("/creator/" + c + "/sticker-template", Map.of("name", "Spare",
                "sticker_type", "golden", "tip_threshold", "50"), PNG).body();
        check("DELETE", "/creator/{wallet}/template/{templateId}",
                as(creator).delete("/creator/" + c + "/template/" + spare.path("id").asLong()));
        check("GET", "/creator/{wallet}/templates", get("/creator/" + c + "/templates"));
        check("POST", "/creator/{wallet}/pause-contract", as(creator).post("/creator/" + c + "/pause-contract", ""));
        check("POST", "/creator/{wallet}/unpause-contract", as(creator).post("/creator/" + c + "/unpause-contract", ""));
        check("POST", "/creator/{wallet}/update-min-tip", as(creator).post("/creator/" + c + "/update-min-tip",
                Map.of("minTipAlgo", "1")));
        check("POST", "/creator/{wallet}/update-min-tip", as(creator).post("/creator/" + c + "/update-min-tip",
                Map.of("minTipAlgo", "2")));
        Reply image = get(template.path("imageUrl").asText().replaceFirst("^https?://[^/]+", ""));
        assertThat(image.header("Content-Type")).isEqualTo("image/png");

        check("POST", "/simulate/fund-wallet", as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", f, "amountAlgo", "5")));
        JsonNode waiting = check("POST", "/simulate/fund-wallet", as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", f, "amountAlgo", "10"))).body();
        String approval = waiting.path("approvalId").asText();
        check("GET", "/admin/approvals", as(admin).get("/admin/approvals?state=PENDING"));
        check("GET", "/admin/approvals/{id}", as(admin).get("/admin/approvals/" + approval));
        check("POST", "/admin/approvals/{id}/signatures", as(admin).post("/admin/approvals/" + approval + "/signatures",
                Map.of()));
        check("POST", "/admin/approvals/{id}/reject", as(admin).post("/admin/approvals/" + approval + "/reject",
                Map.of()));
        String unwanted = check("POST", "/simulate/fund-wallet", as(fan).post("/simulate/fund-wallet",
                Map.of("walletAddress", f, "amountAlgo", "10"))).body().path("approvalId").asText();
        check("POST", "/admin/approvals/{id}/reject", as(admin).post("/admin/approvals/" + unwanted + "/reject",
                Map.of("reason", "not now")));
        awaitBalanceAbove(MicroAlgos.ofAlgo(14));

        tip(app, "great stream");
        JsonNode sticker = awaitPending();
        long assetId = sticker.path("assetId").asLong();
        check("GET", "/fan/{wallet}/inventory", get("/fan/" + f + "/inventory"));
        check("GET", "/nft/inventory/{wallet}", get("/nft/inventory/" + f));
        check("GET", "/nft/{assetId}", get("/nft/" + assetId));
        check("POST", "/fan/{wallet}/claim/{stickerId}",
                as(fan).post("/fan/" + f + "/claim/" + sticker.path("id").asLong(), Map.of()));
        JsonNode prepared = check("POST", "/nft/optin", as(fan).post("/nft/optin",
                Map.of("assetId", assetId, "fanWallet", f))).body();
        byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.path("unsignedTxn").asText()));
        check("POST", "/submit", post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed))));
        awaitOptIn(AssetId.of(assetId));
        check("POST", "/fan/{wallet}/claim/{stickerId}",
                as(fan).post("/fan/" + f + "/claim/" + sticker.path("id").asLong(), Map.of()));
        check("GET", "/fan/{wallet}/stats", get("/fan/" + f + "/stats"));
        check("GET", "/fan/{wallet}/golden-odds", get("/fan/" + f + "/golden-odds?amountAlgo=2.5"));
        check("GET", "/fan/{wallet}/golden-odds", get("/fan/" + f + "/golden-odds?amountAlgo=2.5&creator=" + c));
        check("GET", "/leaderboard/{creatorWallet}", get("/leaderboard/" + c));
        check("GET", "/leaderboard/global/top-creators", get("/leaderboard/global/top-creators"));
        check("GET", "/creator/{wallet}/dashboard", get("/creator/" + c + "/dashboard"));
        check("GET", "/admin/jobs", as(admin).get("/admin/jobs"));
        check("GET", "/admin/jobs", as(admin).get("/admin/jobs?state=DEAD"));
        check("GET", "/admin/audit", as(admin).get("/admin/audit"));
        check("GET", "/admin/listener/skipped", as(admin).get("/admin/listener/skipped?limit=10"));
        check("GET", "/admin/treasury", as(admin).get("/admin/treasury"));
        JsonNode job = as(admin).get("/admin/jobs").body().path("jobs").get(0);
        check("POST", "/admin/jobs/{id}/retry", as(admin).post("/admin/jobs/" + job.path("id").asText() + "/retry", ""));
        check("POST", "/creator/{wallet}/upgrade-contract", as(creator).post("/creator/" + c + "/upgrade-contract", ""));
        DevWallet veteran = DevWallet.generate();
        Version1TipJars.install(platform, veteran.address(), MicroAlgos.ofAlgo(1));
        check("POST", "/creator/{wallet}/upgrade-contract", as(veteran).post("/creator/" + veteran.address()
                + "/upgrade-contract", ""));
        grantsAndTransfer(c, f, template.path("id").asLong(), golden);
        problems(c, f);
        onramp(c, f);

        assertThat(mismatches).as("answers that differ from openapi.json").isEmpty();
        Set<String> missing = new TreeSet<>(schemas.operations());
        missing.removeAll(succeeded);
        missing.removeAll(NOT_JSON_SUCCESSES.keySet());
        assertThat(missing).as("documented operations no success was checked for").isEmpty();
    }

    /** A grant of each kind, then the transfer of a held golden sticker to the fan (who opts in first). */
    private void grantsAndTransfer(String c, String f, long soulbound, long golden) {
        check("POST", "/nft/mint/soulbound", as(admin).post("/nft/mint/soulbound", Map.of("templateId", soulbound,
                "fanWallet", f, "reason", "welcome")));
        check("POST", "/creator/{wallet}/grants", as(creator).post("/creator/" + c + "/grants", Map.of(
                "templateId", soulbound, "fanWallets", List.of(f, STRANGER))));
        check("POST", "/nft/mint/golden", as(admin).post("/nft/mint/golden", Map.of("templateId", golden,
                "fanWallet", STRANGER)));
        check("POST", "/nft/mint/golden", as(admin).post("/nft/mint/golden", Map.of("templateId", soulbound,
                "fanWallet", STRANGER)));
        long held = awaitPendingOf(STRANGER, golden).path("assetId").asLong();
        check("POST", "/nft/transfer", as(admin).post("/nft/transfer", Map.of("assetId", held,
                "receiverWallet", f)));
        JsonNode prepared = as(fan).post("/nft/optin", Map.of("assetId", held, "fanWallet", f)).body();
        byte[] signed = fan.signPrepared(Base64.getDecoder().decode(prepared.path("unsignedTxn").asText()));
        post("/submit", Map.of("signedTxn", Base64.getEncoder().encodeToString(signed)));
        awaitOptIn(AssetId.of(held));
        check("POST", "/nft/transfer", as(admin).post("/nft/transfer", Map.of("assetId", held,
                "receiverWallet", f)));
        check("GET", "/fan/{wallet}/inventory", get("/fan/" + f + "/inventory"));
    }

    private JsonNode awaitPendingOf(String wallet, long templateId) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            for (JsonNode sticker : get("/fan/" + wallet + "/pending").body().path("pending")) {
                if (sticker.path("templateId").asLong() == templateId) {
                    return sticker;
                }
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no granted sticker minted in time");
    }

    private void operationsAndSignIn() {
        for (String path : List.of("/health", "/health/live", "/health/ready", "/params", "/listener/status",
                "/.well-known/jwks.json", "/contract/list", "/contract/info", "/openapi.json")) {
            check("GET", path, get(path));
        }
        assertThat(get("/metrics").header("Content-Type")).startsWith("text/plain");
        assertThat(get("/docs").header("Content-Type")).startsWith("text/html");
        JsonNode challenge = check("POST", "/auth/challenge", post("/auth/challenge",
                Map.of("walletAddress", STRANGER))).body();
        byte[] signature = STRANGER_WALLET.signData(challenge.path("message").asText()
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        JsonNode signedIn = check("POST", "/auth/verify", post("/auth/verify", Map.of("walletAddress", STRANGER,
                "nonce", challenge.path("nonce").asText(), "signature",
                Base64.getEncoder().encodeToString(signature)))).body();
        JsonNode refreshed = check("POST", "/auth/refresh", post("/auth/refresh",
                Map.of("refreshToken", signedIn.path("refreshToken").asText()))).body();
        check("POST", "/auth/refresh", post("/auth/refresh", Map.of("refreshToken",
                signedIn.path("refreshToken").asText())));
        check("POST", "/auth/logout", post("/auth/logout", Map.of("refreshToken",
                refreshed.path("refreshToken").asText())));
        check("POST", "/auth/sessions/{wallet}/revoke-all", as(STRANGER_WALLET).post("/auth/sessions/" + STRANGER
                + "/revoke-all", Map.of()));
        check("POST", "/admin/sessions/{wallet}/revoke-all", as(admin).post("/admin/sessions/" + STRANGER
                + "/revoke-all", Map.of()));
    }

    /** Problems are documented too: each of these answers with the problem schema of its status. */
    private void problems(String c, String f) {
        check("GET", "/creator/{wallet}/contract", get("/creator/" + STRANGER + "/contract"));
        check("GET", "/nft/{assetId}", get("/nft/987654321"));
        check("GET", "/fan/{wallet}/stats", get("/fan/" + BAD_CHECKSUM + "/stats"));
        check("POST", "/creator/register", post("/creator/register", Map.of("walletAddress", c)));
        check("POST", "/creator/register", as(fan).post("/creator/register", Map.of("walletAddress", c)));
        check("POST", "/auth/verify", post("/auth/verify", Map.of("walletAddress", f, "nonce", "00", "signature",
                "AA==")));
        check("GET", "/ipfs/{cid}", get("/ipfs/bafkreiaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"));
    }

    /** Asserts that the reply matches its documented schema; records a success for the coverage check. */
    /** The on-ramp with the simulated Transak: an order paid, tipped in the fan's name, and its webhook replayed. */
    private void onramp(String c, String f) {
        check("GET", "/onramp/config", get("/onramp/config"));
        String id = check("POST", "/onramp/create-order", as(fan).post("/onramp/create-order", Map.of(
                "fanWallet", f, "creatorWallet", c, "fiatAmount", "100", "fiatCurrency", "INR"))).body()
                .path("partnerOrderId").asText();
        Instant deadline = Instant.now().plusSeconds(40);
        JsonNode order = get("/onramp/order/" + id).body();
        while (!order.path("status").asText().equals("tip_sent") && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
            order = get("/onramp/order/" + id).body();
        }
        assertThat(order.path("status").asText()).as(order.toString()).isEqualTo("tip_sent");
        check("GET", "/onramp/order/{partnerOrderId}", get("/onramp/order/" + id));
        check("GET", "/onramp/fan/{wallet}/orders", get("/onramp/fan/" + f + "/orders"));
        Map<String, Object> completed = Map.of("id", order.path("transakOrderId").asText(), "partnerOrderId", id,
                "status", "COMPLETED", "transactionHash", order.path("paymentTxId").asText());
        check("POST", "/onramp/webhook", post("/onramp/webhook", Map.of("data", new TransakWebhooks(
                onramp.webhookSecret()).sign("ORDER_COMPLETED", completed, Instant.now()))));
    }

    private Reply check(String method, String template, Reply reply) {
        List<String> problems = schemas.problems(method, template, reply.status(), reply.header("Content-Type"),
                reply.body());
        problems.forEach(problem -> mismatches.add(method + " " + template + " " + reply.status() + " " + problem));
        if (reply.status() / 100 == 2) {
            succeeded.add(method + " " + template);
        }
        return reply;
    }

    private void tip(AppId app, String memo) {
        JsonNode p = get("/params").body();
        var params = new TxParams(MicroAlgos.of(p.path("minFee").asLong()), 0,
                Round.of(p.path("firstValidRound").asLong()), Round.of(p.path("lastValidRound").asLong()),
                p.path("genesisId").asText(), p.path("genesisHash").asText());
        List<String> group = fan.signTip(app, creator.address(), MicroAlgos.ofAlgo(2), memo, params).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        check("POST", "/submit-group", post("/submit-group", Map.of("signedTxns", group)));
    }

    private JsonNode awaitPending() {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            Reply pending = check("GET", "/fan/{wallet}/pending", get("/fan/" + fan.address() + "/pending"));
            if (!pending.body().path("pending").isEmpty()) {
                return pending.body().path("pending").get(0);
            }
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no sticker minted in time");
    }

    private void awaitOptIn(AssetId asset) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (!platform.ledger().account(fan.address()).isOptedIn(asset) && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
    }

    private void awaitBalanceAbove(MicroAlgos amount) {
        Instant deadline = Instant.now().plusSeconds(10);
        while (platform.ledger().account(fan.address()).balance().value() <= amount.value()
                && Instant.now().isBefore(deadline)) {
            platform.ledger().awaitRoundAfter(platform.ledger().currentRound(), Duration.ofSeconds(1));
        }
        assertThat(platform.ledger().account(fan.address()).balance().value()).isGreaterThan(amount.value());
    }
}
