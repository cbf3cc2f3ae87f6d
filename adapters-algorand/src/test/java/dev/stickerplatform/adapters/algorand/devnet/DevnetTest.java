package dev.stickerplatform.adapters.algorand.devnet;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.port.TestKeys;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code devnet} over HTTP: algod's answers and errors, the token, the dispenser, state across restarts. */
class DevnetTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private Devnet start(Duration blockTime) throws IOException {
        return Devnet.start(Devnet.Options.defaults(data).withPort(0).withBlockTime(blockTime));
    }

    private static HttpResponse<String> get(Devnet devnet, String path, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(devnet.url() + path));
        if (token != null) {
            request.header("X-Algo-API-Token", token);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void answersStatusLikeAlgodAndRefusesAWrongToken() throws Exception {
        try (Devnet devnet = start(Duration.ofHours(1))) {
            HttpResponse<String> status = get(devnet, "/v2/status", Devnet.TOKEN);
            assertThat(status.statusCode()).isEqualTo(200);
            assertThat(status.body()).contains("\"last-round\":0").contains("\"last-version\"")
                    .contains("\"time-since-last-round\"");
            HttpResponse<String> refused = get(devnet, "/v2/status", "b".repeat(64));
            assertThat(refused.statusCode()).isEqualTo(401);
            assertThat(refused.body()).isEqualTo("{\"message\":\"Invalid API Token\"}");
            assertThat(get(devnet, "/health", null).statusCode()).isEqualTo(200);
            assertThat(get(devnet, "/versions", null).body()).contains("\"genesis_id\":\"sim-v1\"");
            assertThat(get(devnet, "/genesis", null).body()).contains("\"network\":\"sim\"");
            assertThat(get(devnet, "/v2/accounts/NOTANADDRESS", Devnet.TOKEN).statusCode()).isEqualTo(400);
            assertThat(get(devnet, "/v2/blocks/99", Devnet.TOKEN).statusCode()).isEqualTo(404);
            assertThat(get(devnet, "/v2/nothing", Devnet.TOKEN).body()).contains("\"message\"");
        }
    }

    @Test
    void theDispenserPaysAndEveryChangeSurvivesARestart() throws Exception {
        Address fan = TestKeys.newSigner().address();
        String mnemonic;
        long round;
        try (Devnet devnet = start(Duration.ZERO)) {
            mnemonic = devnet.dispenserMnemonic();
            assertThat(Devnet.dispenserMnemonic(data)).isEqualTo(mnemonic);
            assertThat(devnet.node().ledger().account(devnet.dispenserAddress()).balance().value())
                    .isEqualTo(Devnet.DISPENSER_FUNDS);
            DevnetFaucet.Payment paid = DevnetFaucet.fund(devnet.url(), Devnet.TOKEN, mnemonic, fan.value(),
                    2_500_000, Duration.ofSeconds(30));
            assertThat(paid.round()).isEqualTo(1);
            devnet.node().produceBlock();
            round = devnet.node().ledger().currentRound().value();
            assertThat(get(devnet, "/v2/accounts/" + fan.value(), Devnet.TOKEN).body())
                    .contains("\"amount\":2500000");
            assertThat(get(devnet, "/v2/blocks/1", Devnet.TOKEN).body()).startsWith("{\"block\":{")
                    .contains("\"rnd\":1").contains("\"txns\":[");
            assertThat(get(devnet, "/v2/blocks/1/txids", Devnet.TOKEN).body()).contains(paid.txId());
        }
        // a torn record at the end (killed mid-write) is cut off
        Files.write(data.resolve(Devnet.JOURNAL), new byte[] {0, 0, 0, 40, 'S', 1, 2}, StandardOpenOption.APPEND);
        try (Devnet devnet = start(Duration.ofHours(1))) {
            assertThat(devnet.dispenserMnemonic()).isEqualTo(mnemonic);
            assertThat(devnet.node().ledger().currentRound().value()).isEqualTo(round);
            assertThat(devnet.node().ledger().account(fan).balance().value()).isEqualTo(2_500_000);
            assertThat(devnet.node().ledger().account(devnet.dispenserAddress()).balance().value())
                    .isEqualTo(Devnet.DISPENSER_FUNDS - 2_500_000 - 1_000);
            assertThat(get(devnet, "/v2/blocks/1/txids", Devnet.TOKEN).body()).contains("\"blockTxids\"");
            devnet.node().produceBlock();
        }
        try (Devnet devnet = start(Duration.ofHours(1))) {
            assertThat(devnet.node().ledger().currentRound().value()).isEqualTo(round + 1);
        }
    }

    @Test
    void producesBlocksOnItsOwnAtTheBlockTime() throws Exception {
        try (Devnet devnet = start(Duration.ofMillis(20))) {
            HttpResponse<String> after = get(devnet, "/v2/status/wait-for-block-after/3", Devnet.TOKEN);
            assertThat(after.statusCode()).isEqualTo(200);
            assertThat(devnet.node().ledger().currentRound().value()).isGreaterThan(3);
        }
    }
}
