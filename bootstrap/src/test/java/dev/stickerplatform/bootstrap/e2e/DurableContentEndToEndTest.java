package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.algorand.SimulatedChain;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.SignerRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * With {@code DATABASE_URL} set, sticker art is durable: it outlives the server, every server on the database
 * serves it, a sticker minted after a restart points at it, one creator's delete never takes another's image,
 * and a template whose jobs have not minted keeps its metadata.
 *
 * <p>"The server" is a {@link Platform} (HTTP server, listener, workers, connection pool); stopping it is
 * {@link Platform#close()}. The chain must outlive it as a real network does, so every platform here follows one
 * simulated ledger owned by the test (the platform's own in-process ledger stays unused). "A second server
 * process" is a second Platform in the same JVM with its own HTTP server and its own pool on the same database:
 * nothing in memory is shared between the two.
 */
class DurableContentEndToEndTest {
    private static final Duration BLOCK = Duration.ofMillis(100);

    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);
    SimulatedLedger ledger;
    PlatformConfig config;
    final List<Platform> running = new ArrayList<>();
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void openDatabaseAndChain() {
        ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks().withBlockTime(BLOCK));
        config = PlatformConfig.embedded().withPort(0).withBlockTime(BLOCK).withDatabase(postgres.config());
    }

    @AfterEach
    void stopEverything() throws Exception {
        for (Platform platform : running) {
            platform.close();
        }
        ledger.close();
    }

    private Platform start(PlatformConfig with) {
        Chain shared = new SimulatedChain(ledger);
        Platform platform = Platform.start(with, Clock.systemUTC(), ignored -> shared);
        running.add(platform);
        for (SignerRole role : SignerRole.values()) {
            ledger.fund(platform.services().ports().signers().forRole(role).address(), MicroAlgos.ofAlgo(10_000));
        }
        return platform;
    }

    private void stop(Platform platform) {
        running.remove(platform);
        platform.close();
    }

    @Test
    void contentOutlivesARestartIsServedByASecondServerAndAStickerMintedAfterwardsPointsAtIt() throws Exception {
        Platform first = start(config);
        DevWallet creator = DevWallet.generate();
        AppId app = register(new Api(first.baseUrl()), creator);
        JsonNode template = template(new Api(first.baseUrl()), creator, "Thanks", "1", TipToStickerFlow.PNG);
        String imageCid = template.get("ipfsHash").asText();
        String metadataCid = template.get("metadataCid").asText();
        byte[] metadata = get(first, "/ipfs/" + metadataCid).body();
        assertThat(template.get("assetUrl").asText()).isEqualTo("ipfs://" + metadataCid + "#arc3");
        stop(first);

        Platform restarted = start(config);
        Platform second = start(config.withListener(false).withWorkers(0));

        for (Platform server : List.of(restarted, second)) {
            assertThat(get(server, "/ipfs/" + imageCid).body()).isEqualTo(TipToStickerFlow.PNG);
            assertThat(get(server, "/ipfs/" + metadataCid).body()).isEqualTo(metadata);
        }
        DevWallet fan = DevWallet.generate();
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
        Api api = new Api(restarted.baseUrl());
        submitTip(api, fan, app, creator.address(), MicroAlgos.ofAlgo(2));
        JsonNode sticker = awaitSticker(api, fan);
        Chain.AssetInfo asset = ledger.asset(AssetId.of(sticker.get("assetId").asLong())).orElseThrow();
        assertThat(asset.url()).isEqualTo("ipfs://" + metadataCid + "#arc3");
        assertThat(asset.metadataHash().bytes()).isEqualTo(Hashes.sha256(metadata));
        assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(metadata).get("image").asText())
                .isEqualTo("ipfs://" + imageCid);
    }

    @Test
    void whenOneCreatorDeletesAnImageAnotherAlsoUploadedTheOtherStillServesIt() throws Exception {
        Platform platform = start(config);
        DevWallet a = DevWallet.generate();
        DevWallet b = DevWallet.generate();
        register(new Api(platform.baseUrl()), a);
        register(new Api(platform.baseUrl()), b);
        JsonNode ofA = template(new Api(platform.baseUrl()), a, "Mine", "1", TipToStickerFlow.PNG);
        JsonNode ofB = template(new Api(platform.baseUrl()), b, "Also mine", "1", TipToStickerFlow.PNG);
        assertThat(ofB.get("ipfsHash").asText()).isEqualTo(ofA.get("ipfsHash").asText());

        Api.Reply deleted = new Api(platform.baseUrl()).as(a)
                .delete("/creator/" + a.address() + "/template/" + ofA.get("id").asLong());

        assertThat(deleted.status()).as(deleted.body().toString()).isEqualTo(200);
        assertThat(get(platform, "/ipfs/" + ofB.get("ipfsHash").asText()).body()).isEqualTo(TipToStickerFlow.PNG);
        assertThat(get(platform, "/ipfs/" + ofB.get("metadataCid").asText()).statusCode()).isEqualTo(200);
        assertThat(get(platform, "/ipfs/" + ofA.get("metadataCid").asText()).statusCode()).isEqualTo(404);
    }

    @Test
    void aTemplateWithQueuedJobsCannotBeDeletedAndKeepsItsMetadata() throws Exception {
        Platform platform = start(config.withWorkers(0));
        Api api = new Api(platform.baseUrl());
        DevWallet creator = DevWallet.generate();
        AppId app = register(api, creator);
        JsonNode template = template(api, creator, "Thanks", "1", TipToStickerFlow.PNG);
        long templateId = template.get("id").asLong();
        DevWallet fan = DevWallet.generate();
        ledger.fund(fan.address(), MicroAlgos.ofAlgo(10));
        submitTip(api, fan, app, creator.address(), MicroAlgos.ofAlgo(2));
        var jobs = platform.services().ports().store().mintJobs();
        Instant deadline = Instant.now().plusSeconds(20);
        while (jobs.countUnmintedByTemplate(templateId) == 0 && Instant.now().isBefore(deadline)) {
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        assertThat(jobs.countUnmintedByTemplate(templateId)).isEqualTo(1);

        Api.Reply refused = api.as(creator).delete("/creator/" + creator.address() + "/template/" + templateId);

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("pendingJobs").asLong()).isEqualTo(1);
        assertThat(get(platform, "/ipfs/" + template.get("metadataCid").asText()).statusCode()).isEqualTo(200);
        assertThat(get(platform, "/ipfs/" + template.get("ipfsHash").asText()).statusCode()).isEqualTo(200);
    }

    static AppId register(Api api, DevWallet creator) {
        Api.Reply registered = api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1"));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        return AppId.of(registered.body().get("appId").asLong());
    }

    static JsonNode template(Api api, DevWallet creator, String name, String threshold, byte[] image) {
        Api.Reply reply = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", name, "sticker_type", "soulbound", "tip_threshold", threshold), image);
        assertThat(reply.status()).as(reply.body().toString()).isEqualTo(201);
        return reply.body();
    }

    private void submitTip(Api api, DevWallet fan, AppId app, Address creator, MicroAlgos amount) {
        JsonNode p = api.get("/params").body();
        TxParams params = new TxParams(MicroAlgos.of(p.get("minFee").asLong()), 0,
                Round.of(p.get("firstValidRound").asLong()), Round.of(p.get("lastValidRound").asLong()),
                p.get("genesisId").asText(), p.get("genesisHash").asText());
        List<String> group = fan.signTip(app, creator, amount, "after the restart", params).stream()
                .map(Base64.getEncoder()::encodeToString).toList();
        Api.Reply submitted = api.post("/submit-group", Map.of("signedTxns", group));
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(200);
    }

    private JsonNode awaitSticker(Api api, DevWallet fan) {
        Instant deadline = Instant.now().plusSeconds(30);
        while (Instant.now().isBefore(deadline)) {
            JsonNode nfts = api.get("/fan/" + fan.address() + "/inventory").body().get("nfts");
            if (nfts != null && nfts.size() > 0 && nfts.get(0).hasNonNull("assetId")) {
                return nfts.get(0);
            }
            ledger.awaitRoundAfter(ledger.currentRound(), Duration.ofSeconds(1));
        }
        throw new AssertionError("no sticker within 30 s: " + api.get("/fan/" + fan.address() + "/inventory").body());
    }

    private HttpResponse<byte[]> get(Platform platform, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
