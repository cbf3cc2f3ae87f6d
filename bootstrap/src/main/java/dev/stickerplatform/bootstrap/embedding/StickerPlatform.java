package dev.stickerplatform.bootstrap.embedding;

import dev.stickerplatform.adapters.http.UseCases;
import dev.stickerplatform.bootstrap.wiring.EmbeddedPorts;
import dev.stickerplatform.bootstrap.wiring.Platform;
import dev.stickerplatform.bootstrap.config.PlatformConfig;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Signer;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.Signers;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * The Sticker Platform embedded in a JVM application (public API). By default: the simulated network in-process,
 * everything in memory, the chain listener and two mint workers on their own threads, no HTTP server. The signers
 * of the four roles come from the settings ({@code DEPLOYER_SIGNER}, {@code MINTER_SIGNER}, … as in the README:
 * generated development keys, mnemonics, PKCS#11, Vault, AWS or Google Cloud KMS, multisig), or are your own
 * ({@link Builder#signer}); the chain ({@link Builder#chain}) and the store ({@link Builder#store}) can be your own
 * too.
 *
 * <pre>{@code
 * try (StickerPlatform.Running platform = StickerPlatform.builder().start()) {
 *     platform.useCases().registerCreator().register(...);
 * }
 * }</pre>
 *
 * Every setting of the README's configuration table can be given in code with {@link Builder#setting}; nothing is
 * read from the environment.
 */
public final class StickerPlatform {
    private StickerPlatform() {
    }

    public static Builder builder() {
        return new Builder();
    }

    /** What to start; every method returns this builder. */
    public static final class Builder {
        private final Map<String, String> settings = new LinkedHashMap<>();
        private Clock clock = Clock.systemUTC();
        private UnaryOperator<Chain> chainWrapper = UnaryOperator.identity();
        private Chain chain;
        private Store store;
        private final Map<SignerRole, Signer> signers = new EnumMap<>(SignerRole.class);
        private boolean http;

        private Builder() {
            settings.put("PORT", "0");
        }

        /**
         * A configuration variable, named as in the README's configuration table (e.g. {@code GOLDEN_THRESHOLD},
         * {@code PLATFORM_FEE_BPS}); a bad value makes {@link #start()} throw, naming it.
         */
        public Builder setting(String name, String value) {
            settings.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, name));
            return this;
        }

        /** Several settings at once (e.g. {@code System.getenv()} to configure it like the server). */
        public Builder settings(Map<String, String> values) {
            values.forEach(this::setting);
            return this;
        }

        /**
         * Which network: {@code simulated} (the default: a ledger inside this JVM) or {@code localnet},
         * {@code testnet}, {@code mainnet} (then set {@code ALGOD_URL}, {@code ALGOD_TOKEN} and the signers).
         */
        public Builder network(String network) {
            return setting("NETWORK", network.toLowerCase(Locale.ROOT));
        }

        /** The simulated network's block time (default one second; tests go faster). */
        public Builder blockTime(Duration blockTime) {
            return setting("SIM_BLOCK_TIME_MS", Long.toString(blockTime.toMillis()));
        }

        /**
         * Keep every record in memory (the default): gone when the platform closes. Undoes {@link #postgres} and
         * {@link #store}.
         */
        public Builder inMemory() {
            settings.remove("DATABASE_URL");
            this.store = null;
            return this;
        }

        /**
         * Keep records in your own {@link Store} (e.g. one you read yourself, or your own implementation of the
         * port). The mint queue, sign-in challenges and sessions, the signing audit trail and the daily spending
         * counts stay in memory, as with {@link #inMemory()}, so one process runs the pipeline. The store is yours:
         * {@link Running#close()} does not close it. Not together with {@link #postgres} ({@code DATABASE_URL}):
         * {@link #start()} refuses that; and mainnet, which wants its audit trail in PostgreSQL, refuses it too.
         */
        public Builder store(Store ownStore) {
            this.store = Objects.requireNonNull(ownStore, "store");
            return this;
        }

        /**
         * Sign for {@code role} with your own {@link Signer} instead of the key its {@code <ROLE>_SIGNER} settings
         * describe (do not set those for this role: {@link #start()} refuses it). Every signature still goes
         * through the signing audit trail. Your keys are your responsibility: a signer given here is not counted
         * as development-only by the mainnet checks, whatever holds its key, and {@link Running#close()} does not
         * close it. On the simulated network its address is funded like the generated keys'.
         */
        public Builder signer(SignerRole role, Signer signer) {
            signers.put(Objects.requireNonNull(role, "role"), Objects.requireNonNull(signer, role.name()));
            return this;
        }

        /**
         * {@link #signer} for every role, with {@code own.forRole(role)}. A role whose account is a multisig is
         * refused: configure those with {@code <ROLE>_SIGNER=multisig} settings.
         */
        public Builder signers(Signers own) {
            Objects.requireNonNull(own, "signers");
            for (SignerRole role : SignerRole.values()) {
                if (own.multisig(role).isPresent()) {
                    throw new IllegalArgumentException(role + " is a multisig account: configure it with the settings "
                            + role + "_SIGNER=multisig, " + role + "_MULTISIG_THRESHOLD and " + role
                            + "_MULTISIG_MEMBERS");
                }
                signer(role, own.forRole(role));
            }
            return this;
        }

        /** Keep records in PostgreSQL (migrated on start); {@code user} and {@code password} may be null. */
        public Builder postgres(String jdbcUrl, String user, String password) {
            setting("DATABASE_URL", jdbcUrl);
            if (user != null) {
                setting("DATABASE_USER", user);
            }
            if (password != null) {
                setting("DATABASE_PASSWORD", password);
            }
            return this;
        }

        /** Mint workers on threads of this JVM (default 2; 0 when other processes work the queue). */
        public Builder workers(int workers) {
            return setting("WORKERS", Integer.toString(workers));
        }

        /** Whether this JVM follows the chain (default true). */
        public Builder listener(boolean enabled) {
            return setting("LISTENER_ENABLED", Boolean.toString(enabled));
        }

        /** Also serve the HTTP API on {@code port} (0: a free port, see {@link Running#baseUrl()}). */
        public Builder http(int port) {
            this.http = true;
            return setting("PORT", Integer.toString(port));
        }

        /** The clock the use cases read (default: the system's UTC clock). */
        public Builder clock(Clock newClock) {
            this.clock = Objects.requireNonNull(newClock, "clock");
            return this;
        }

        /**
         * Your own {@link Chain} adapter instead of the configured network's (the default on the simulated network:
         * a ledger inside this JVM; else algod at {@code ALGOD_URL}). Its genesis is checked against {@code
         * network(…)} as at any start; the platform's role accounts must hold funds on it.
         */
        public Builder chain(Chain ownChain) {
            this.chain = Objects.requireNonNull(ownChain, "chain");
            return this;
        }

        /** Every use of the chain goes through {@code wrapper} (e.g. to observe or fail calls in tests). */
        public Builder wrapChain(UnaryOperator<Chain> wrapper) {
            this.chainWrapper = Objects.requireNonNull(wrapper, "wrapper");
            return this;
        }

        /**
         * Starts the platform; when this returns the listener and the workers run (and the HTTP port is bound).
         *
         * @throws IllegalStateException when {@link #store} meets {@code DATABASE_URL}, or a role given a
         *         {@link #signer} has its {@code <ROLE>_SIGNER}, {@code <ROLE>_ACCOUNT} or {@code NEXT_<ROLE>_SIGNER} set
         * @throws RuntimeException naming the setting when the configuration is refused; nothing keeps running then
         */
        public Running start() {
            if (store != null && settings.containsKey("DATABASE_URL")) {
                throw new IllegalStateException("store(…) and postgres(…) (DATABASE_URL) both say where records live:"
                        + " choose one");
            }
            for (SignerRole role : signers.keySet()) {
                for (String name : new String[] {role + "_SIGNER", role + "_ACCOUNT", "NEXT_" + role + "_SIGNER"}) {
                    if (settings.containsKey(name)) {
                        throw new IllegalStateException("signer(" + role + ", …) and the setting " + name
                                + " both say how " + role + " signs: choose one");
                    }
                }
            }
            return new Running(Platform.embed(PlatformConfig.fromSettings(settings), clock, chainWrapper,
                    new EmbeddedPorts(chain, store, signers), http), http);
        }
    }

    /**
     * A started platform. {@link #close()} stops its threads, its HTTP server and its store (not a store or signers
     * you gave it: those stay yours).
     */
    public static final class Running implements AutoCloseable {
        private final Platform platform;
        private final boolean http;

        private Running(Platform platform, boolean http) {
            this.platform = platform;
            this.http = http;
        }

        /** Every use case (what the HTTP API calls). */
        public UseCases useCases() {
            return platform.useCases();
        }

        /** The suggested parameters for a transaction a wallet signs now (e.g. a fan's tip). */
        public Chain.TxParams txParams() {
            var params = useCases().params().get();
            return new Chain.TxParams(params.minFee(), 0, params.firstValid(), params.lastValid(),
                    params.genesisId(), params.genesisHash());
        }

        /** The HTTP API's base URL, when started with {@link Builder#http(int)}. */
        public Optional<String> baseUrl() {
            return http ? Optional.of(platform.baseUrl()) : Optional.empty();
        }

        /**
         * Reads {@code read} until {@code until} holds (the pipeline is asynchronous) and returns that value.
         *
         * @throws IllegalStateException when it does not hold within {@code timeout}
         */
        public <T> T await(Supplier<T> read, Predicate<T> until, Duration timeout) {
            Instant deadline = Instant.now().plus(timeout);
            T value = read.get();
            while (!until.test(value)) {
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("not reached within " + timeout + "; last seen: " + value);
                }
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while waiting", e);
                }
                value = read.get();
            }
            return value;
        }

        @Override
        public void close() {
            platform.close();
        }
    }
}
