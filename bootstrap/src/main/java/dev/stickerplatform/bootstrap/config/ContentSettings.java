package dev.stickerplatform.bootstrap.config;

import dev.stickerplatform.adapters.persistence.memory.LocalContentStore;
import dev.stickerplatform.domain.policy.TemplateRules;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Where sticker images and metadata live ({@code CONTENT_STORE}) and the limits on them; see the README's
 * configuration table.
 *
 * @param store               the chosen store, or null for the default: postgres when {@code DATABASE_URL} is set,
 *                            memory otherwise
 * @param gatewayUrl          the base of display links ({@code …/<cid>}), or null for {@code PUBLIC_BASE_URL/ipfs};
 *                            on chain the URLs are always {@code ipfs://}
 * @param directory           the directory store's folder; with kubo or pinata and no database, where the durable
 *                            copy is kept (null: in memory)
 * @param maxBytes            the memory store's capacity
 * @param maxBytesPerCreator  the content (distinct bytes) one creator may reference
 * @param maxTemplatesPerCreator the templates one creator may have (at most 20, the cap the store enforces)
 */
public record ContentSettings(Store store, String gatewayUrl, Path directory, long maxBytes, long maxBytesPerCreator,
                              int maxTemplatesPerCreator, String kuboApiUrl, String kuboAuthorization,
                              String pinataApiUrl, String pinataJwt, String pinataGatewayUrl,
                              Duration pinningTimeout) {
    public static final long DEFAULT_BYTES_PER_CREATOR = 50L * 1024 * 1024;

    public enum Store { MEMORY, DIRECTORY, POSTGRES, KUBO, PINATA }

    /** The defaults: memory or PostgreSQL by {@code DATABASE_URL}, 256 MiB in memory, 50 MiB per creator. */
    public static ContentSettings defaults() {
        return fromEnv(new Env(java.util.Map.of()));
    }

    static ContentSettings fromEnv(Env env) {
        Store store = env.choice("CONTENT_STORE", null, Store.class);
        String directory = env.string("CONTENT_DIR", null);
        if (store == Store.DIRECTORY && directory == null) {
            throw new ConfigException("CONTENT_STORE=directory needs CONTENT_DIR, the folder to keep content in");
        }
        String jwt = env.string("PINATA_JWT", null);
        if (store == Store.PINATA && jwt == null) {
            throw new ConfigException("CONTENT_STORE=pinata needs PINATA_JWT, a Pinata API key's JWT");
        }
        return new ContentSettings(store, env.string("IPFS_GATEWAY_URL", null),
                directory == null ? null : Path.of(directory),
                env.longValue("CONTENT_MAX_BYTES", LocalContentStore.DEFAULT_MAX_BYTES, 0),
                env.longValue("CONTENT_QUOTA_BYTES_PER_CREATOR", DEFAULT_BYTES_PER_CREATOR, 0),
                env.integer("CONTENT_QUOTA_TEMPLATES_PER_CREATOR", TemplateRules.MAX_TEMPLATES_PER_CREATOR, 1,
                        TemplateRules.MAX_TEMPLATES_PER_CREATOR),
                env.string("KUBO_API_URL", "http://127.0.0.1:5001"), env.string("KUBO_AUTHORIZATION", null),
                env.string("PINATA_API_URL", "https://api.pinata.cloud"), jwt,
                env.string("PINATA_GATEWAY_URL", null),
                env.millis("PINNING_TIMEOUT_MS", Duration.ofSeconds(30)));
    }

    /** The store in use: the chosen one, or the default for whether there is a database. */
    public Store storeFor(boolean hasDatabase) {
        return store != null ? store : hasDatabase ? Store.POSTGRES : Store.MEMORY;
    }

    /** Whether content would be kept only in this process's memory (lost on restart, unseen by other processes). */
    public boolean inMemoryOnly(boolean hasDatabase) {
        return switch (storeFor(hasDatabase)) {
            case MEMORY -> true;
            case DIRECTORY, POSTGRES -> false;
            case KUBO, PINATA -> !hasDatabase && directory == null;
        };
    }

    public ContentSettings withStore(Store newStore) {
        return new ContentSettings(newStore, gatewayUrl, directory, maxBytes, maxBytesPerCreator,
                maxTemplatesPerCreator, kuboApiUrl, kuboAuthorization, pinataApiUrl, pinataJwt, pinataGatewayUrl,
                pinningTimeout);
    }

    public ContentSettings withKubo(String apiUrl, String authorization) {
        return new ContentSettings(Store.KUBO, gatewayUrl, directory, maxBytes, maxBytesPerCreator,
                maxTemplatesPerCreator, apiUrl, authorization, pinataApiUrl, pinataJwt, pinataGatewayUrl,
                pinningTimeout);
    }

    public ContentSettings withPinata(String apiUrl, String jwt, String pinataGateway) {
        return new ContentSettings(Store.PINATA, gatewayUrl, directory, maxBytes, maxBytesPerCreator,
                maxTemplatesPerCreator, kuboApiUrl, kuboAuthorization, apiUrl, jwt, pinataGateway, pinningTimeout);
    }

    public ContentSettings withQuotas(long newBytesPerCreator, int newTemplatesPerCreator) {
        return new ContentSettings(store, gatewayUrl, directory, maxBytes, newBytesPerCreator,
                newTemplatesPerCreator, kuboApiUrl, kuboAuthorization, pinataApiUrl, pinataJwt, pinataGatewayUrl,
                pinningTimeout);
    }

    /** Never prints the Kubo authorization or the Pinata JWT: only whether they are set. */
    @Override
    public String toString() {
        return "ContentSettings[store=" + store + ", gatewayUrl=" + gatewayUrl + ", directory=" + directory
                + ", maxBytes=" + maxBytes + ", maxBytesPerCreator=" + maxBytesPerCreator + ", maxTemplatesPerCreator="
                + maxTemplatesPerCreator + ", kuboApiUrl=" + kuboApiUrl + ", kuboAuthorization="
                + (kuboAuthorization == null ? "unset" : "set") + ", pinataApiUrl=" + pinataApiUrl + ", pinataJwt="
                + (pinataJwt == null ? "unset" : "set") + ", pinataGatewayUrl=" + pinataGatewayUrl
                + ", pinningTimeout=" + pinningTimeout + "]";
    }
}
