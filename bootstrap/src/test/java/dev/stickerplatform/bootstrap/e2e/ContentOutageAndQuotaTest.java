package dev.stickerplatform.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.content.KuboRpcDouble;
import dev.stickerplatform.adapters.persistence.content.UnixFsCid;
import dev.stickerplatform.bootstrap.config.ContentSettings;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.bootstrap.auth.WalletLogin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Through the HTTP API: a pinning service that is down makes template creation a retryable 503 and creates
 * nothing, while stored content keeps being served; a CID mismatch is a 502; quotas are 413/429 naming the limit.
 */
class ContentOutageAndQuotaTest {
    private static final String PINNED_BY_KUBO = "Pinned";

    Platform platform;
    KuboRpcDouble kubo;
    final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        if (platform != null) {
            platform.close();
        }
        if (kubo != null) {
            kubo.close();
        }
    }

    private Api startWith(ContentSettings content) {
        platform = Platform.start(PlatformConfig.embedded().withPort(0).withContent(content));
        return new Api(platform.baseUrl());
    }

    @Test
    void aPinningServiceOutageIsARetryable503AndNothingIsCreatedWhileReadsGoOn() throws Exception {
        kubo = new KuboRpcDouble();
        Api api = startWith(ContentSettings.defaults().withKubo(kubo.url(), null));
        DevWallet creator = DevWallet.generate();
        DurableContentEndToEndTest.register(api, creator);
        JsonNode first = DurableContentEndToEndTest.template(api, creator, PINNED_BY_KUBO, "1",
                TipToStickerFlow.PNG);
        assertThat(kubo.isPinned(first.get("metadataCid").asText())).isTrue();

        kubo.down(true);
        HttpResponse<String> refused = upload(api, creator, "During the outage", "2");

        assertThat(refused.statusCode()).isEqualTo(503);
        assertThat(refused.headers().firstValue("Retry-After")).isPresent();
        assertThat(templates(api, creator)).isEqualTo(1);
        assertThat(get("/ipfs/" + first.get("ipfsHash").asText()).body()).isEqualTo(TipToStickerFlow.PNG);
        assertThat(get("/ipfs/" + first.get("metadataCid").asText()).statusCode()).isEqualTo(200);

        kubo.down(false);
        kubo.answerAddWith(UnixFsCid.of("not the upload".getBytes(StandardCharsets.UTF_8)));
        HttpResponse<String> mismatch = upload(api, creator, "Mismatched", "3");

        assertThat(mismatch.statusCode()).isEqualTo(502);
        assertThat(mismatch.body()).contains("content-mismatch");
        assertThat(templates(api, creator)).isEqualTo(1);
    }

    @Test
    void quotasAreRefusedNamingTheLimit() throws Exception {
        Api api = startWith(ContentSettings.defaults().withQuotas(2_000, 2));
        DevWallet creator = DevWallet.generate();
        DurableContentEndToEndTest.register(api, creator);
        DurableContentEndToEndTest.template(api, creator, "One", "1", TipToStickerFlow.PNG);
        DurableContentEndToEndTest.template(api, creator, "Two", "2", TipToStickerFlow.PNG);

        HttpResponse<String> third = upload(api, creator, "Three", "3");

        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.body()).contains("quota-exceeded").contains("templates-per-creator").contains("Maximum 2");

        DevWallet other = DevWallet.generate();
        DurableContentEndToEndTest.register(api, other);
        HttpResponse<String> tooMuch = upload(api, other, "Big", "1", bigPng());

        assertThat(tooMuch.statusCode()).isEqualTo(413);
        assertThat(tooMuch.body()).contains("content-quota-exceeded").contains("owner-bytes").contains("2000");
        assertThat(templates(api, other)).isZero();
    }

    /** A PNG signature followed by 3,000 bytes: recognised as PNG, over a 2,000-byte quota. */
    private static byte[] bigPng() {
        byte[] bytes = new byte[3_000];
        System.arraycopy(TipToStickerFlow.PNG, 0, bytes, 0, TipToStickerFlow.PNG.length);
        return bytes;
    }

    private int templates(Api api, DevWallet creator) {
        return api.get("/creator/" + creator.address() + "/templates").body().get("total").asInt();
    }

    private HttpResponse<String> upload(Api api, DevWallet creator, String name, String threshold) throws Exception {
        return upload(api, creator, name, threshold, TipToStickerFlow.PNG);
    }

    /** Like {@link Api#upload}, keeping the response's headers (Retry-After). */
    private HttpResponse<String> upload(Api api, DevWallet creator, String name, String threshold, byte[] image)
            throws Exception {
        String boundary = "----content" + System.nanoTime();
        var out = new java.io.ByteArrayOutputStream();
        Map.of("name", name, "sticker_type", "soulbound", "tip_threshold", threshold).forEach((field, value) ->
                out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
                        + "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
        out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"image\"; filename=\"s.png\""
                + "\r\nContent-Type: image/png\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        out.writeBytes(image);
        out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + "/creator/" + creator.address()
                        + "/sticker-template"))
                .header("Authorization", "Bearer " + WalletLogin.accessToken(platform.baseUrl(), creator))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(out.toByteArray())).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(platform.baseUrl() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
