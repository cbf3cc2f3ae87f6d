package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import dev.stickerplatform.application.tipjar.RegistrationMode;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.port.Chain.NetworkInfo;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What the platform refuses to start with, one refusal per test: a node on another network than configured, and
 * on mainnet each unsafe setting. Every refusal names the setting and says what to change.
 */
class StartupRefusalTest {
    /**
     * A mainnet configuration the guards accept: HSM signers, exact CORS origins, a configured JWT key, a fee floor
     * that pays for a sticker, PostgreSQL (which also keeps sticker content), Redis and a metrics token.
     */
    private static Map<String, String> safeMainnet() {
        Map<String, String> env = new HashMap<>();
        env.put("NETWORK", "mainnet");
        env.put("PLATFORM_FEE_FLOOR_MICROALGOS", "102000");
        env.put("CORS_ORIGINS", "https://app.example");
        env.put("JWT_SIGNING_KEY", HexFormat.of().formatHex(new byte[32]));
        env.put("DATABASE_URL", "postgres://platform@db.example:5432/platform");
        env.put("REDIS_URL", "redis://redis.example:6379");
        env.put("METRICS_TOKEN", "a-long-random-secret");
        env.put("REGISTRATION_MODE", "approval");
        for (String role : new String[] {"DEPLOYER", "MINTER", "ADMIN", "FUNDER"}) {
            env.put(role + "_SIGNER", "pkcs11");
        }
        return env;
    }

    private static PlatformConfig mainnetWith(String variable, String value) {
        Map<String, String> env = safeMainnet();
        env.put(variable, value);
        return PlatformConfig.fromEnv(new Env(env));
    }

    @Test
    void aSafeMainnetConfigurationPassesTheGuards() {
        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(safeMainnet()))))
                .doesNotThrowAnyException();
    }

    @Test
    void mainnetRefusesOpenRegistrationUnlessExplicitlyAllowed() {
        assertThatThrownBy(() -> StartupGuards.refuseUnsafeSettings(mainnetWith("REGISTRATION_MODE", "open")))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("REGISTRATION_MODE=open")
                .hasMessageContaining("ALLOW_OPEN_REGISTRATION=true");
        Map<String, String> env = safeMainnet();
        env.put("REGISTRATION_MODE", "open");
        env.put("ALLOW_OPEN_REGISTRATION", "true");
        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(env))))
                .doesNotThrowAnyException();
    }

    @Test
    void aMultisigDeployerNeedsRegistrationByApprovalOnEveryNetwork() {
        Map<String, String> env = new HashMap<>(Map.of("DEPLOYER_SIGNER", "multisig"));
        assertThatThrownBy(() -> PlatformConfig.fromEnv(new Env(env)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("DEPLOYER_SIGNER=multisig needs REGISTRATION_MODE=approval");
        env.put("REGISTRATION_MODE", "approval");
        assertThat(PlatformConfig.fromEnv(new Env(env)).money().registrationMode())
                .isEqualTo(dev.stickerplatform.application.tipjar.RegistrationMode.APPROVAL);
    }

    @Test
    void paidRegistrationIsAcceptedOnMainnetWithASingleKeyDeployer() {
        PlatformConfig paid = mainnetWith("REGISTRATION_MODE", "paid");
        assertThat(paid.money().registrationMode()).isEqualTo(RegistrationMode.PAID);
        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(paid)).doesNotThrowAnyException();
        assertThat(PlatformConfig.fromEnv(new Env(Map.of("REGISTRATION_MODE", "paid"))).money().registrationMode())
                .isEqualTo(RegistrationMode.PAID);
        // the DEPLOYER receives the payments and funds each app itself: a multisig one could not sign the funding
        assertThatThrownBy(() -> PlatformConfig.fromEnv(new Env(Map.of("REGISTRATION_MODE", "paid",
                "DEPLOYER_SIGNER", "multisig")))).isInstanceOf(ConfigException.class)
                .hasMessageContaining("DEPLOYER_SIGNER=multisig needs REGISTRATION_MODE=approval");
    }

    @Test
    void mainnetAcceptsCloudKmsSigners() {
        Map<String, String> env = safeMainnet();
        env.put("MINTER_SIGNER", "aws-kms");
        env.put("DEPLOYER_SIGNER", "gcp-kms");
        env.put("NEXT_ADMIN_SIGNER", "aws-kms");
        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(env))))
                .doesNotThrowAnyException();
    }

    @Test
    void testnetAndMainnetRefuseStickerContentKeptInMemory() {
        for (String network : new String[] {"testnet", "mainnet"}) {
            Map<String, String> env = network.equals("mainnet") ? safeMainnet() : new HashMap<>();
            env.put("NETWORK", network);
            env.remove("DATABASE_URL");
            for (String store : new String[] {null, "memory", "kubo"}) {
                Map<String, String> variant = new HashMap<>(env);
                if (store != null) {
                    variant.put("CONTENT_STORE", store);
                }
                assertThatThrownBy(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(variant))))
                        .as(network + " " + store)
                        .isInstanceOf(ConfigException.class)
                        .hasMessageContaining(network.equals("mainnet")
                                ? (store == null ? "DATABASE_URL is missing" : "sticker content would live only in "
                                + "process memory (CONTENT_STORE=" + store + ")")
                                : "NETWORK=" + network + " refuses to keep sticker images and metadata in memory")
                        .hasMessageContaining(network.equals("mainnet") ? "DATABASE_URL" : "Set DATABASE_URL");
            }
        }
    }

    @Test
    void testnetAcceptsDurableContent() {
        for (Map<String, String> env : List.of(
                Map.of("NETWORK", "testnet", "DATABASE_URL", "jdbc:postgresql://db.example/sticker"),
                Map.of("NETWORK", "testnet", "CONTENT_STORE", "directory", "CONTENT_DIR", "/var/lib/sticker"),
                Map.of("NETWORK", "testnet", "CONTENT_STORE", "kubo", "DATABASE_URL", "jdbc:postgresql://db/x"),
                Map.of("NETWORK", "testnet", "CONTENT_STORE", "pinata", "PINATA_JWT", "jwt", "CONTENT_DIR", "/c"))) {
            assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(env))))
                    .as(env.toString()).doesNotThrowAnyException();
        }
    }

    @Test
    void aNodeWithAnotherGenesisHashIsRefused() {
        PlatformConfig config = PlatformConfig.fromEnv(new Env(Map.of("EXPECTED_GENESIS_HASH",
                NetworkProfile.MAINNET_GENESIS_HASH))).withPort(0);

        assertThatThrownBy(() -> Platform.start(config).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("expects genesis hash " + NetworkProfile.MAINNET_GENESIS_HASH)
                .hasMessageContaining("simulated ledger reports")
                .hasMessageContaining("set NETWORK (or EXPECTED_GENESIS_HASH)");
    }

    /** A node that answers {@code /versions} as a MainNet algod does (all start-up asks before it refuses). */
    private static HttpServer mainnetNode() throws java.io.IOException {
        HttpServer node = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        node.createContext("/versions", exchange -> {
            byte[] body = ("{\"build\":{\"branch\":\"rel/stable\",\"build_number\":1,\"channel\":\"stable\","
                    + "\"commit_hash\":\"f0dbbd16\",\"major\":4,\"minor\":0},\"genesis_id\":\"mainnet-v1.0\","
                    + "\"genesis_hash_b64\":\"" + NetworkProfile.MAINNET_GENESIS_HASH + "\",\"versions\":[\"v2\"]}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        node.start();
        return node;
    }

    @Test
    void aMainnetGenesisBehindNetworkLocalnetIsRefusedWithTheReason() throws Exception {
        HttpServer node = mainnetNode();
        try {
            String url = "http://127.0.0.1:" + node.getAddress().getPort();
            PlatformConfig config = PlatformConfig.fromEnv(new Env(Map.of("NETWORK", "localnet", "ALGOD_URL", url)))
                    .withPort(0);

            assertThatThrownBy(() -> Platform.start(config).close())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageStartingWith("NETWORK=localnet refuses to start: the node at " + url
                            + " reports MainNet's genesis hash " + NetworkProfile.MAINNET_GENESIS_HASH
                            + " (mainnet-v1.0)")
                    .hasMessageContaining("set NETWORK=mainnet, which applies every mainnet guard")
                    // and every mainnet guard this configuration fails is listed with it
                    .hasMessageContaining("DEPLOYER_SIGNER=local keeps the deployer key in process memory")
                    .hasMessageContaining("DATABASE_URL is missing")
                    .hasMessageContaining("REDIS_URL is missing")
                    .hasMessageContaining("METRICS_TOKEN is missing")
                    .hasMessageContaining("JWT_SIGNING_KEY is missing");
        } finally {
            node.stop(0);
        }
    }

    @Test
    void aMainnetGenesisIsRefusedBehindAnOverriddenExpectedGenesisHashEvenWhenEveryGuardPasses() {
        Map<String, String> env = safeMainnet();
        env.put("NETWORK", "testnet");
        env.put("EXPECTED_GENESIS_HASH", NetworkProfile.MAINNET_GENESIS_HASH);
        PlatformConfig config = PlatformConfig.fromEnv(new Env(env));
        var mainnet = new NetworkInfo("mainnet-v1.0", NetworkProfile.MAINNET_GENESIS_HASH);

        assertThatCode(() -> StartupGuards.verifyGenesis(config.operations().profile(), mainnet))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> StartupGuards.refuseMainnetBehindAnotherNetwork(config, mainnet))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("NETWORK=testnet refuses to start")
                .hasMessageContaining("reports MainNet's genesis hash")
                .hasMessageNotContaining("also refused for");
    }

    @Test
    void aMainnetGenesisPassesBehindNetworkMainnetAndOtherGenesesPassBehindAnyNetwork() {
        var mainnet = new NetworkInfo("mainnet-v1.0", NetworkProfile.MAINNET_GENESIS_HASH);
        var testnet = new NetworkInfo("testnet-v1.0", NetworkProfile.TESTNET_GENESIS_HASH);

        assertThatCode(() -> StartupGuards.refuseMainnetBehindAnotherNetwork(
                PlatformConfig.fromEnv(new Env(safeMainnet())), mainnet)).doesNotThrowAnyException();
        assertThatCode(() -> StartupGuards.refuseMainnetBehindAnotherNetwork(PlatformConfig.fromEnv(new Env(Map.of(
                "NETWORK", "localnet"))), testnet)).doesNotThrowAnyException();
    }

    @Test
    void keysCommandsRefuseAMainnetGenesisBehindAnotherNetwork() {
        var mainnet = new NetworkInfo("mainnet-v1.0", NetworkProfile.MAINNET_GENESIS_HASH);

        assertThatThrownBy(() -> StartupGuards.refuseMainnetBehindAnotherNetwork(
                NetworkProfile.defaults(Network.LOCALNET), mainnet, java.util.List.of()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NETWORK=localnet refuses to start: the node at http://localhost:4001 reports "
                        + "MainNet's genesis hash");
    }

    @Test
    void mainnetRefusesTheInMemoryStore() {
        Map<String, String> env = safeMainnet();
        env.remove("DATABASE_URL");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "DATABASE_URL is missing", "set DATABASE_URL to a "
                + "PostgreSQL database");
    }

    @Test
    void mainnetRefusesTheInMemoryRateLimiter() {
        Map<String, String> env = safeMainnet();
        env.remove("REDIS_URL");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "REDIS_URL is missing", "set REDIS_URL to a Redis server");
    }

    @Test
    void mainnetRefusesTheInMemoryContentStore() {
        Map<String, String> env = safeMainnet();
        env.put("CONTENT_STORE", "memory");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "sticker content would live only in process memory "
                + "(CONTENT_STORE=memory)", "keep it in PostgreSQL");
    }

    @Test
    void mainnetRefusesAnOpenMetricsEndpoint() {
        Map<String, String> env = safeMainnet();
        env.remove("METRICS_TOKEN");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "METRICS_TOKEN is missing", "set METRICS_TOKEN");
    }

    @Test
    void mainnetRefusesTheLocalSigner() {
        assertRefused(mainnetWith("ADMIN_SIGNER", "local"), "ADMIN_SIGNER=local keeps the admin key in process "
                + "memory", "set ADMIN_SIGNER=pkcs11");
    }

    @Test
    void aTestnetConfigurationAgainstAMainnetNodeIsRefusedAtStartUp() throws Exception {
        HttpServer node = mainnetNode();
        try {
            String url = "http://127.0.0.1:" + node.getAddress().getPort();
            PlatformConfig config = PlatformConfig.fromEnv(new Env(Map.of("NETWORK", "testnet", "ALGOD_URL", url,
                    "CONTENT_STORE", "directory", "CONTENT_DIR", "target/never-created"))).withPort(0);

            assertThatThrownBy(() -> Platform.start(config).close())
                    .isInstanceOf(ConfigException.class)
                    .hasMessageContaining("NETWORK=testnet expects genesis hash " + NetworkProfile.TESTNET_GENESIS_HASH)
                    .hasMessageContaining("the node at " + url + " reports " + NetworkProfile.MAINNET_GENESIS_HASH)
                    .hasMessageContaining("point ALGOD_URL at a testnet node");
        } finally {
            node.stop(0);
        }
    }

    @Test
    void aTestnetConfigurationPointedAtAMainnetNodeIsRefused() {
        NetworkProfile testnet = NetworkProfile.defaults(Network.TESTNET);

        assertThatThrownBy(() -> StartupGuards.verifyGenesis(testnet,
                new NetworkInfo("mainnet-v1.0", NetworkProfile.MAINNET_GENESIS_HASH)))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("NETWORK=testnet expects genesis hash " + NetworkProfile.TESTNET_GENESIS_HASH)
                .hasMessageContaining("reports " + NetworkProfile.MAINNET_GENESIS_HASH + " (mainnet-v1.0)")
                .hasMessageContaining("point ALGOD_URL at a testnet node");
        assertThatCode(() -> StartupGuards.verifyGenesis(testnet,
                new NetworkInfo("testnet-v1.0", NetworkProfile.TESTNET_GENESIS_HASH))).doesNotThrowAnyException();
    }

    @Test
    void mainnetRefusesSimulationMode() {
        assertRefused(mainnetWith("SIMULATION_MODE", "true"), "SIMULATION_MODE=true",
                "set SIMULATION_MODE=false");
    }

    @Test
    void mainnetRefusesDemoMode() {
        assertRefused(mainnetWith("DEMO_MODE", "true"), "DEMO_MODE=true", "set DEMO_MODE=false");
    }

    @Test
    void mainnetRefusesTheMnemonicSigner() {
        assertRefused(mainnetWith("MINTER_SIGNER", "mnemonic"), "MINTER_SIGNER=mnemonic keeps the minter key in"
                + " process memory", "set MINTER_SIGNER=pkcs11 (an HSM), vault");
    }

    @Test
    void mainnetRefusesToRotateToAKeyInProcessMemory() {
        assertRefused(mainnetWith("NEXT_MINTER_SIGNER", "mnemonic"), "NEXT_MINTER_SIGNER=mnemonic would rotate the"
                + " minter account to a key in process memory", "set NEXT_MINTER_SIGNER=pkcs11 (an HSM), vault");
    }

    @Test
    void mainnetRefusesAGeneratedLocalKey() {
        Map<String, String> env = safeMainnet();
        env.remove("FUNDER_SIGNER");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "FUNDER_SIGNER=local", "set FUNDER_SIGNER=pkcs11");
    }

    @Test
    void mainnetRefusesWildcardCors() {
        assertRefused(mainnetWith("CORS_ORIGINS", "*"), "CORS_ORIGINS contains a wildcard",
                "list the exact origins of your front end");
    }

    @Test
    void mainnetRefusesAMissingJwtKey() {
        Map<String, String> env = safeMainnet();
        env.remove("JWT_SIGNING_KEY");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "JWT_SIGNING_KEY is missing", "set JWT_SIGNING_KEY");
    }

    @Test
    void mainnetRefusesAFeeFloorBelowWhatAStickerCosts() {
        assertRefused(mainnetWith("PLATFORM_FEE_FLOOR_MICROALGOS", "101999"), "PLATFORM_FEE_FLOOR_MICROALGOS=101999 "
                + "is below what a sticker costs the platform (102000 µALGO", "or ALLOW_SUBSIDISED_STICKERS=true");
    }

    @Test
    void mainnetRefusesNoFeeAtAll() {
        Map<String, String> env = safeMainnet();
        env.remove("PLATFORM_FEE_FLOOR_MICROALGOS");
        env.put("PLATFORM_FEE_BPS", "9999");

        assertRefused(PlatformConfig.fromEnv(new Env(env)), "PLATFORM_FEE_FLOOR_MICROALGOS=0",
                "set PLATFORM_FEE_FLOOR_MICROALGOS=102000 or more");
    }

    @Test
    void mainnetSubsidisesStickersOnlyWhenToldTo() {
        Map<String, String> env = safeMainnet();
        env.remove("PLATFORM_FEE_FLOOR_MICROALGOS");
        env.put("ALLOW_SUBSIDISED_STICKERS", "true");

        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(env))))
                .doesNotThrowAnyException();
    }

    @Test
    void otherNetworksStartWithoutAFee() {
        assertThatCode(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(Map.of(
                "NETWORK", "testnet", "DATABASE_URL", "jdbc:postgresql://db.example/sticker")))))
                .doesNotThrowAnyException();
        assertThat(PlatformConfig.embedded().deployment().fee()).isEqualTo(PlatformFee.NONE);
    }

    @Test
    void everyProblemIsListedAtOnce() {
        Map<String, String> env = safeMainnet();
        env.put("SIMULATION_MODE", "true");
        env.put("CORS_ORIGINS", "*");

        assertThatThrownBy(() -> StartupGuards.refuseUnsafeSettings(PlatformConfig.fromEnv(new Env(env))))
                .hasMessageContaining("SIMULATION_MODE").hasMessageContaining("CORS_ORIGINS");
    }

    /** Refused by {@link Platform#start} itself, before it connects anywhere, naming only this problem. */
    private static void assertRefused(PlatformConfig config, String problem, String fix) {
        assertThatThrownBy(() -> Platform.start(config.withPort(0)).close())
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("NETWORK=mainnet refuses to start")
                .hasMessageContaining(problem)
                .hasMessageContaining(fix)
                .satisfies(e -> assertThat(e.getMessage().lines().count()).as(e.getMessage()).isEqualTo(2));
    }
}
