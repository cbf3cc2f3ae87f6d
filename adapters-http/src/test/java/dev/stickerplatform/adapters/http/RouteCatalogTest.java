package dev.stickerplatform.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.server.RouteSpec;
import dev.stickerplatform.domain.model.Address;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every route is in the route table with its declared access, nothing is served around it, the OpenAPI document
 * lists exactly these routes, and every state-changing route that is not explicitly open really asks the
 * access policy before doing anything.
 */
class RouteCatalogTest {
    /**
     * The only state-changing routes that need no access check: signed transactions authorise themselves, and
     * signing in is how a caller gets a token (the wallet's signature is checked instead), and Transak's webhook
     * carries its own signature (a JWT under the partner access token).
     */
    static final Set<String> OPEN_WRITES = Set.of("POST /submit", "POST /submit-group", "POST /auth/challenge",
            "POST /auth/verify", "POST /onramp/webhook", "POST /auth/refresh",
            "POST /auth/logout");
    static final String WALLET = Address.fromPublicKey(new byte[32]).value();

    private final List<Access> asked = new CopyOnWriteArrayList<>();
    private HttpServer server;
    private String base;

    @BeforeEach
    void start() {
        AccessPolicy refuseAll = (ctx, required) -> {
            asked.add(required);
            throw AccessDeniedException.forbidden("refused by the test policy");
        };
        server = new HttpServer(TestPlatform.useCasesWithPortsDown(), HttpConfig.localDefaults(),
                TestAuthentication.withPortsDown(), refuseAll, new CountingRateLimiter(), RateLimits.defaults(),
                java.time.Clock.systemUTC());
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.stop();
    }

    @Test
    void everyStateChangingRouteDeclaresItsAccess() {
        List<RouteSpec> writes = server.routes().stream().filter(RouteSpec::isStateChanging).toList();
        assertThat(writes).hasSizeGreaterThanOrEqualTo(15);
        for (RouteSpec route : writes) {
            String key = route.method() + " " + route.path();
            if (OPEN_WRITES.contains(key)) {
                assertThat(route.access()).as(key).isEqualTo("open");
            } else {
                assertThat(route.access()).as(key).matches("admin|wallet:(path|body):\\w+");
            }
        }
    }

    @Test
    void everyStateChangingRouteAsksThePolicyFirst() throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        for (RouteSpec route : server.routes()) {
            String key = route.method() + " " + route.path();
            if (route.access().equals("open")) {
                continue;
            }
            asked.clear();
            String body = "{\"walletAddress\":\"" + WALLET + "\",\"fanWallet\":\"" + WALLET + "\",\"assetId\":1}";
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(base + concrete(route.path())))
                    .header("Content-Type", "application/json")
                    .method(route.method(), HttpRequest.BodyPublishers.ofString(body)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(key + " " + response.body()).isEqualTo(403);
            assertThat(asked).as(key).hasSize(1);
            assertThat(asked.getFirst()).as(key).isEqualTo(route.access().equals("admin") ? Access.admin()
                    : Access.wallet(new Address(WALLET)));
        }
    }

    @Test
    void nothingIsServedAroundTheRouteTable() {
        Set<String> declared = new HashSet<>();
        server.routes().forEach(route -> declared.add(route.method() + " " + route.path()));
        assertThat(new HashSet<>(server.servedEndpoints())).isEqualTo(declared);
    }

    @Test
    void theOpenApiDocumentListsExactlyTheRoutesWithTheirAccessAndBodyLimit() throws Exception {
        JsonNode document;
        try (InputStream in = getClass().getResourceAsStream("/dev/stickerplatform/adapters/http/openapi.json")) {
            document = new ObjectMapper().readTree(in);
        }
        List<String> documented = new ArrayList<>();
        document.path("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op ->
                documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey() + " "
                        + op.getValue().path("x-access").asText() + " " + op.getValue().path("x-max-body-bytes")
                        .asLong())));
        List<String> routes = server.routes().stream()
                .map(route -> route.method() + " " + route.path() + " " + route.access() + " " + route.maxBodyBytes())
                .toList();
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
    }

    private static String concrete(String path) {
        return path.replace("{wallet}", WALLET).replace("{creatorWallet}", WALLET)
                .replace("{templateId}", "1").replace("{stickerId}", "1").replace("{assetId}", "1")
                .replace("{id}", "3f1c2d4e-0000-4000-8000-000000000000");
    }
}
