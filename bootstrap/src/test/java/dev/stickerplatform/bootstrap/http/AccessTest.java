package dev.stickerplatform.bootstrap.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Who may do what on the embedded platform: every state-changing route declares its access, admin routes are
 * refused (403) to a signed-in wallet that is not an admin whatever the client claims, and wallet-scoped routes
 * work for their wallet. (The attacks on sign-in and tokens are in {@code bootstrap.auth}.)
 */
class AccessTest extends PlatformHttpTest {
    static final String NOT_ADMIN = "This endpoint needs the admin role.";
    /**
     * Signed transactions authorise themselves and signing in is how a token is obtained; every other
     * state-changing route names whose access it needs.
     */
    static final Set<String> OPEN_WRITES = Set.of("POST /submit", "POST /submit-group", "POST /auth/challenge",
            "POST /auth/verify", "POST /onramp/webhook", "POST /auth/refresh", "POST /auth/logout");

    @Test
    void everyStateChangingRouteDeclaresItsAccess() {
        List<String> writes = new ArrayList<>();
        get("/openapi.json").body().path("paths").fields().forEachRemaining(path -> path.getValue().fields()
                .forEachRemaining(op -> {
                    String route = op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey();
                    if (op.getKey().equals("get")) {
                        return;
                    }
                    writes.add(route);
                    String access = op.getValue().path("x-access").asText();
                    if (OPEN_WRITES.contains(route)) {
                        assertThat(access).as(route).isEqualTo("open");
                    } else {
                        assertThat(access).as(route).matches("admin|wallet:(path|body):\\w+");
                    }
                }));
        assertThat(writes).contains("POST /creator/register", "POST /creator/{wallet}/pause-contract",
                "POST /creator/{wallet}/unpause-contract", "DELETE /creator/{wallet}/template/{templateId}",
                "POST /fan/{wallet}/claim/{stickerId}", "POST /nft/mint/soulbound", "POST /nft/transfer",
                "POST /admin/jobs/{id}/retry");
    }

    @Test
    void adminRoutesAreRefusedToWalletsThatAreNotAdmins() {
        List<Reply> replies = List.of(as(STRANGER_WALLET).get("/admin/jobs?state=DEAD"),
                as(STRANGER_WALLET).get("/admin/jobs"),
                as(STRANGER_WALLET).post("/admin/jobs/3f1c2d4e-0000-4000-8000-000000000000/retry", Map.of()),
                as(STRANGER_WALLET).post("/nft/mint/soulbound", Map.of("templateId", 1, "fanWallet", STRANGER)),
                as(STRANGER_WALLET).post("/nft/mint/golden", Map.of("templateId", 1, "fanWallet", STRANGER)),
                as(STRANGER_WALLET).post("/nft/transfer", Map.of("assetId", 1, "receiverWallet", STRANGER)));
        for (Reply reply : replies) {
            assertThat(assertProblem(reply, 403, "forbidden").path("detail").asText()).isEqualTo(NOT_ADMIN);
        }
    }

    @Test
    void aWalletHeaderProvesNothing() {
        Reply reply = as(STRANGER_WALLET).send(request("/admin/jobs").header("X-Wallet-Address", STRANGER).GET());
        assertProblem(reply, 403, "forbidden");
        assertProblem(send(request("/admin/jobs").header("X-Wallet-Address", STRANGER).GET()), 401,
                "unauthenticated");
    }

    @Test
    void theRefusalComesBeforeAnyInputIsLookedAt() {
        assertProblem(as(STRANGER_WALLET).post("/admin/jobs/not-a-uuid/retry", Map.of()), 403, "forbidden");
        assertProblem(as(STRANGER_WALLET).get("/admin/jobs?state=NOPE&limit=0"), 403, "forbidden");
    }

    @Test
    void theDocsSayWhichAccessEachRouteNeeds() {
        JsonNode paths = get("/openapi.json").body().path("paths");
        assertThat(paths.path("/nft/mint/soulbound").path("post").path("x-access").asText()).isEqualTo("admin");
        assertThat(paths.path("/creator/{wallet}/pause-contract").path("post").path("x-access").asText())
                .isEqualTo("wallet:path:wallet");
        assertThat(get("/docs").status()).isEqualTo(200);
        JsonNode security = get("/openapi.json").body().path("components").path("securitySchemes");
        assertThat(security.has("bearerAuth")).isTrue();
    }
}
