package dev.stickerplatform.bootstrap.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.AlgodTestNode;
import dev.stickerplatform.adapters.kms.LocalKeySigner;
import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import dev.stickerplatform.bootstrap.config.Env;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.SigningEventBuilder;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code keys show} and {@code keys rotate}: wrong arguments and settings, and a rotation over an algod node;
 * {@code keys audit verify} on a PostgreSQL trail, intact and tampered with.
 */
class KeysCommandTest {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    private static final String SEED = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
    private static final String NEXT_SEED = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int keys(Map<String, String> env, String... args) {
        return KeysCommand.run(args, new Env(env), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void anUnknownRoleIsAUsageError() {
        assertThat(keys(Map.of(), "rotate", "--role", "BAKER", "--to", "vault")).isEqualTo(2);
        assertThat(errors()).contains("unknown role 'BAKER'", "MINTER");
    }

    @Test
    void aMissingRoleOrKindIsAUsageError() {
        assertThat(keys(Map.of(), "rotate", "--to", "vault")).isEqualTo(2);
        assertThat(errors()).contains("--role ROLE is required");
        assertThat(keys(Map.of(), "rotate", "--role", "MINTER")).isEqualTo(2);
        assertThat(errors()).contains("--to KIND is required", "NEXT_MINTER_*");
        assertThat(keys(Map.of(), "rotate", "--role", "MINTER", "--to", "yubikey")).isEqualTo(2);
        assertThat(errors()).contains("--to must be one of local, mnemonic, pkcs11, vault");
    }

    @Test
    void aMissingNextSettingIsNamedWithoutAnyValue() {
        Map<String, String> env = Map.of("MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED,
                "NEXT_MINTER_VAULT_TOKEN", "hvs.very-secret");

        assertThat(keys(env, "rotate", "--role", "minter", "--to", "vault")).isEqualTo(2);

        assertThat(errors()).contains("NEXT_MINTER_SIGNER=vault", "NEXT_MINTER_VAULT_ADDR is required")
                .doesNotContain("hvs.very-secret").doesNotContain(SEED);
    }

    @Test
    void aNextKeyGeneratedByTheCommandItselfIsRefused() {
        assertThat(keys(Map.of("MINTER_SEED_HEX", SEED), "rotate", "--role", "MINTER", "--to", "local")).isEqualTo(2);
        assertThat(errors()).contains("NEXT_MINTER_SEED_HEX");
    }

    @Test
    void theSimulatedNetworkIsRefusedBecauseItsLedgerLivesInTheServer() {
        Map<String, String> env = Map.of("MINTER_SEED_HEX", SEED, "NEXT_MINTER_SEED_HEX", NEXT_SEED);

        assertThat(keys(env, "rotate", "--role", "MINTER", "--to", "local")).isEqualTo(2);
        assertThat(errors()).contains("needs a real network", "NETWORK=simulated", "ALGOD_URL");
        assertThat(keys(env, "show")).isEqualTo(2);
    }

    @Test
    void mainnetRefusesToRotateToAKeyInProcessMemory() {
        Map<String, String> env = Map.of("NETWORK", "mainnet", "MINTER_SEED_HEX", SEED, "NEXT_MINTER_SEED_HEX",
                NEXT_SEED);

        assertThat(keys(env, "rotate", "--role", "MINTER", "--to", "local")).isEqualTo(2);
        assertThat(errors()).contains("NETWORK=mainnet refuses to rotate MINTER");
    }

    @Test
    void anUnknownSubCommandIsAUsageErrorAndHelpIsNot() {
        assertThat(keys(Map.of(), "spin")).isEqualTo(2);
        assertThat(errors()).contains("unknown sub-command 'spin'", "keys rotate --role ROLE --to KIND");
        assertThat(keys(Map.of(), "help")).isZero();
        assertThat(output()).contains("keys show");
    }

    @Test
    void rotatesOverAnAlgodNodeThenShowsTheAccountOnItsNewKey() throws Exception {
        Address account = LocalKeySigner.fromSeed(HexFormat.of().parseHex(SEED)).address();
        Address newKey = LocalKeySigner.fromSeed(HexFormat.of().parseHex(NEXT_SEED)).address();
        try (AlgodTestNode node = AlgodTestNode.start()) {
            node.ledger().fund(account, MicroAlgos.ofAlgo(5));
            Thread blocks = Thread.ofVirtual().start(() -> produceBlocks(node));
            try {
                Map<String, String> env = new HashMap<>(Map.of("NETWORK", "localnet",
                        "ALGOD_URL", node.config().url().toString(), "ALGOD_TOKEN", node.config().token(),
                        "MINTER_SIGNER", "local", "MINTER_SEED_HEX", SEED, "NEXT_MINTER_SEED_HEX", NEXT_SEED));

                assertThat(keys(env, "rotate", "--role", "MINTER", "--to", "local")).as(errors()).isZero();

                assertThat(node.ledger().account(account).authAddress()).isEqualTo(newKey);
                assertThat(output()).contains("rotating MINTER of account " + account, "from key  " + account,
                        "to key    " + newKey, "rotated: the rekey", "MINTER_SIGNER=local",
                        "MINTER_SEED_HEX=<the value of NEXT_MINTER_SEED_HEX>", "MINTER_ACCOUNT=" + account)
                        .doesNotContain(SEED).doesNotContain(NEXT_SEED);

                out.reset();
                assertThat(keys(env, "rotate", "--role", "MINTER", "--to", "local")).isZero();
                assertThat(output()).contains("already rotated");

                out.reset();
                env.putAll(Map.of("MINTER_SEED_HEX", NEXT_SEED, "MINTER_ACCOUNT", account.value()));
                env.remove("NEXT_MINTER_SEED_HEX");
                assertThat(keys(env, "show")).as(errors()).isZero();
                assertThat(output()).contains("MINTER\n  account   " + account + "\n  key       " + newKey,
                        "on chain  " + newKey + "  match: yes");
            } finally {
                blocks.interrupt();
            }
        }
    }

    private static void produceBlocks(AlgodTestNode node) {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Thread.sleep(20);
                node.ledger().produceBlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private Map<String, String> databaseOf(PostgresExtension postgres) {
        Map<String, String> env = new HashMap<>(Map.of("DATABASE_URL", postgres.config().url(),
                "DATABASE_SCHEMA", postgres.config().schema()));
        env.put("DATABASE_USER", postgres.config().user());
        if (postgres.config().password() != null) {
            env.put("DATABASE_PASSWORD", postgres.config().password());
        }
        return env;
    }

    @Test
    void auditVerifyNeedsTheDatabase() {
        assertThat(keys(Map.of(), "audit", "verify")).isEqualTo(2);
        assertThat(errors()).contains("keys audit verify needs DATABASE_URL");
    }

    @Test
    void auditVerifyReportsAnIntactChain() throws Exception {
        for (int i = 0; i < 3; i++) {
            postgres.database().auditTrail().record(SigningEventBuilder.aSigningEvent().build());
        }
        assertThat(keys(databaseOf(postgres), "audit", "verify")).isEqualTo(0);
        assertThat(output()).contains("audit trail intact: 3 records");
    }

    @Test
    void auditVerifyReportsTheFirstRowChangedBySql() throws Exception {
        for (int i = 0; i < 4; i++) {
            postgres.database().auditTrail().record(SigningEventBuilder.aSigningEvent().build());
        }
        try (var connection = postgres.database().pool().getConnection();
             var statement = connection.createStatement()) {
            statement.execute("UPDATE signing_audit SET purpose = 'a harmless test payment' WHERE seq = 2");
        }
        assertThat(keys(databaseOf(postgres), "audit", "verify")).isEqualTo(1);
        assertThat(output()).contains("audit trail BROKEN at record 2", "changed after it was written");
    }
}
