package dev.stickerplatform.bootstrap.auth;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.stickerplatform.adapters.algorand.DevWallet;
import dev.stickerplatform.domain.port.SignerRole;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** {@code GET /admin/audit}: every signature the platform's keys made, newest first, for admins only. */
class AdminAuditTrailTest {
    private AuthPlatform auth;

    @BeforeEach
    void start() {
        auth = AuthPlatform.start();
    }

    @AfterEach
    void stop() {
        auth.close();
    }

    private void sign(SignerRole role, String text) {
        auth.platform.services().ports().signers().forRole(role).sign(text.getBytes(StandardCharsets.US_ASCII));
    }

    @Test
    void anAdminPagesThroughEverySignatureNewestFirst() {
        sign(SignerRole.MINTER, "TX first");
        sign(SignerRole.DEPLOYER, "TX second");
        sign(SignerRole.ADMIN, "MX third");
        String token = auth.login(auth.admin);

        List<Long> seen = new ArrayList<>();
        String path = "/admin/audit?limit=2";
        AuthPlatform.Reply last = null;
        for (int pages = 0; path != null && pages < 5; pages++) {
            last = auth.get(path, token);
            assertThat(last.status()).as(last.toString()).isEqualTo(200);
            last.body().path("records").forEach(record -> seen.add(record.path("seq").asLong()));
            String next = last.body().path("nextCursor").asText(null);
            path = next == null ? null : "/admin/audit?limit=2&cursor=" + next;
        }
        assertThat(seen).containsExactly(3L, 2L, 1L);
        JsonNode first = auth.get("/admin/audit?limit=3", token).body().path("records").get(2);
        assertThat(first.path("role").asText()).isEqualTo("MINTER");
        assertThat(first.path("key").asText()).isEqualTo("local:generated");
        assertThat(first.path("txid").asText()).hasSize(52);
        assertThat(first.path("outcome").asText()).isEqualTo("ok");
        assertThat(first.path("previousHash").asText()).isEqualTo("0".repeat(64));
        assertThat(first.path("hash").asText()).hasSize(64);
    }

    @Test
    void aCursorThatIsNotOneOfOursIsABadRequest() {
        AuthPlatform.Reply reply = auth.get("/admin/audit?cursor=bz0xMA&limit=500", auth.login(auth.admin));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(400);
        assertThat(reply.raw().body()).contains("cursor", "limit");
    }

    @Test
    void aWalletThatIsNotAnAdminIsRefused() {
        AuthPlatform.Reply reply = auth.get("/admin/audit", auth.login(DevWallet.generate()));
        assertThat(reply.status()).as(reply.toString()).isEqualTo(403);
    }
}
