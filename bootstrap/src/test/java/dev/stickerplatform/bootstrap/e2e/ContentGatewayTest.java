package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The embedded platform is the gateway of its own content: a template's image and ARC-3 metadata resolve by CID. */
class ContentGatewayTest {
    Platform platform;
    Api api;
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void start() {
        platform = Platform.start(PlatformConfig.embedded().withPort(0));
        api = new Api(platform.baseUrl());
    }

    @AfterEach
    void stop() {
        platform.close();
    }

    @Test
    void aTemplatesImageAndMetadataAreServedByCid() throws Exception {
        DevWallet creator = DevWallet.generate();
        assertThat(api.as(creator).post("/creator/register",
                Map.of("walletAddress", creator.address().value(), "minTipAlgo", "1")).status()).isEqualTo(201);
        Api.Reply template = api.as(creator).upload("/creator/" + creator.address() + "/sticker-template",
                Map.of("name", "Thanks", "sticker_type", "soulbound", "tip_threshold", "1"),
                TipToStickerFlow.PNG);
        String imageCid = template.body().get("ipfsHash").asText();
        String metadataCid = template.body().get("metadataCid").asText();

        HttpResponse<byte[]> image = get("/ipfs/" + imageCid);
        HttpResponse<byte[]> metadata = get("/ipfs/" + metadataCid);

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(image.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(image.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(image.body()).isEqualTo(TipToStickerFlow.PNG);
        assertThat(metadata.statusCode()).isEqualTo(200);
        assertThat(new ObjectMapper().readTree(metadata.body()).get("image").asText())
                .isEqualTo("ipfs://" + imageCid);
    }

    @Test
    void unknownOrMalformedCidsAreRefused() throws Exception {
        assertThat(get("/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku").statusCode())
                .isEqualTo(404);
        assertThat(get("/ipfs/..%2F..%2Fetc%2Fpasswd").statusCode()).isIn(400, 404);
        assertThat(get("/ipfs/NOT-A-CID").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
