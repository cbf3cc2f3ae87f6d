package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.Memo;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TxId;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The public read views through HTTP: a strong ETag and {@code Cache-Control: no-cache} on every answer,
 * {@code 304 Not Modified} without a body for a matching {@code If-None-Match}, a new tag once the view changed;
 * and, with two platforms on one PostgreSQL database, a view kept by one is never served stale after the other
 * wrote (read right after the write, without waiting).
 */
class ViewCacheTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TOP_CREATORS = "/leaderboard/global/top-creators";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void viewsCarryAnEtagAndAnswer304WhileUnchanged() throws Exception {
        try (Platform platform = Platform.start(PlatformConfig.embedded().withPort(0))) {
            String ada = tipNewCreator(platform, "ada");
            HttpResponse<String> first = get(platform, TOP_CREATORS, null);
            assertThat(first.statusCode()).isEqualTo(200);
            String etag = first.headers().firstValue("ETag").orElseThrow();
            assertThat(etag).matches("\"[A-Za-z0-9_-]{22}\"");
            assertThat(first.headers().firstValue("Cache-Control")).hasValue("no-cache");

            HttpResponse<String> again = get(platform, TOP_CREATORS, etag);
            assertThat(again.statusCode()).isEqualTo(304);
            assertThat(again.body()).isEmpty();
            assertThat(again.headers().firstValue("ETag")).hasValue(etag);
            assertThat(get(platform, TOP_CREATORS, "W/" + etag + ", \"other\"").statusCode()).isEqualTo(304);
            assertThat(get(platform, TOP_CREATORS, "*").statusCode()).isEqualTo(304);
            HttpResponse<String> other = get(platform, TOP_CREATORS, "\"other\"");
            assertThat(other.statusCode()).isEqualTo(200);
            assertThat(other.body()).isEqualTo(first.body());

            String grace = tipNewCreator(platform, "grace");
            HttpResponse<String> changed = get(platform, TOP_CREATORS, etag);
            assertThat(changed.statusCode()).isEqualTo(200);
            assertThat(changed.headers().firstValue("ETag").orElseThrow()).isNotEqualTo(etag);
            assertThat(creators(changed)).containsExactlyInAnyOrder(ada, grace);
        }
    }

    @Test
    void aViewIsNotAnsweredFromAnEtagWhenItsRouteFails() throws Exception {
        try (Platform platform = Platform.start(PlatformConfig.embedded().withPort(0))) {
            HttpResponse<String> missing = get(platform, "/creator/" + DevWallet.generate().address()
                    + "/dashboard", "*");
            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(missing.headers().firstValue("ETag")).isEmpty();
        }
    }

    @Test
    void aViewKeptByOneProcessIsFreshRightAfterAnotherProcessWrote() throws Exception {
        PlatformConfig config = PlatformConfig.embedded().withPort(0).withDatabase(postgres.config());
        try (Platform writer = Platform.start(config); Platform reader = Platform.start(config)) {
            String ada = tipNewCreator(writer, "ada");
            for (int i = 0; i < 3; i++) {
                assertThat(creators(get(reader, TOP_CREATORS, null))).containsExactly(ada);
            }
            String etag = get(reader, TOP_CREATORS, null).headers().firstValue("ETag").orElseThrow();
            assertThat(get(reader, TOP_CREATORS, etag).statusCode()).isEqualTo(304);

            String grace = tipNewCreator(writer, "grace");
            HttpResponse<String> fresh = get(reader, TOP_CREATORS, etag);
            assertThat(fresh.statusCode()).isEqualTo(200);
            assertThat(creators(fresh)).containsExactlyInAnyOrder(ada, grace);
            assertThat(fresh.headers().firstValue("ETag")).hasValue(
                    get(writer, TOP_CREATORS, null).headers().firstValue("ETag").orElseThrow());
        }
    }

    /** A tip to a new creator, recorded as the listener would: the creator enters the top creators. */
    private static String tipNewCreator(Platform platform, String label) {
        Address creator = DevWallet.generate().address();
        byte[] hash = new byte[32];
        new SecureRandom().nextBytes(hash);
        platform.services().ports().store().tips().insertIfAbsent(new Tip(TxId.fromHash(hash), AppId.of(1000),
                DevWallet.generate().address(), creator, MicroAlgos.ofAlgo(2), Memo.ofText(label), Round.of(1),
                Instant.now()));
        return creator.value();
    }

    private HttpResponse<String> get(Platform platform, String path, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(platform.baseUrl() + path))
                .timeout(Duration.ofSeconds(10)).GET();
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<String> creators(HttpResponse<String> response) throws Exception {
        JsonNode body = JSON.readTree(response.body());
        List<String> names = new ArrayList<>();
        body.path("leaderboard").forEach(entry -> names.add(entry.path("creatorWallet").asText()));
        return names;
    }
}
