package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.persistence.content.KuboRpcPinning;
import dev.stickerplatform.adapters.persistence.content.PinataPinning;
import dev.stickerplatform.adapters.persistence.content.PinnedContentStore;
import dev.stickerplatform.adapters.persistence.memory.LocalContentStore;
import dev.stickerplatform.adapters.persistence.postgres.PostgresDatabase;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.ContentSettings;
import dev.stickerplatform.domain.port.ContentStore;

/**
 * Builds the {@link ContentStore} the settings ask for. Kubo and Pinata pin on IPFS in front of a durable store
 * (PostgreSQL when there is a database, else the directory, else memory), which serves every read.
 */
final class ContentStores {
    private ContentStores() {
    }

    /**
     * @param database the platform's database, or null
     * @param publicBaseUrl where this server answers ({@code /ipfs/{cid}} is the default display gateway)
     */
    static ContentStore open(ContentSettings settings, PostgresDatabase database, String publicBaseUrl) {
        String gateway = settings.gatewayUrl() != null ? settings.gatewayUrl() : publicBaseUrl + "/ipfs";
        return switch (settings.storeFor(database != null)) {
            case MEMORY -> new LocalContentStore(gateway, null, settings.maxBytes(), settings.maxBytesPerCreator());
            case DIRECTORY -> new LocalContentStore(gateway, settings.directory(), Long.MAX_VALUE,
                    settings.maxBytesPerCreator());
            case POSTGRES -> {
                if (database == null) {
                    throw new ConfigException("CONTENT_STORE=postgres needs DATABASE_URL");
                }
                yield database.contentStore(gateway, settings.maxBytesPerCreator());
            }
            case KUBO -> new PinnedContentStore(durable(settings, database, gateway), new KuboRpcPinning(
                    settings.kuboApiUrl(), settings.kuboAuthorization(), settings.pinningTimeout()));
            case PINATA -> new PinnedContentStore(durable(settings, database, gateway), new PinataPinning(
                    settings.pinataApiUrl(), settings.pinataJwt(), settings.pinataGatewayUrl(),
                    settings.pinningTimeout()));
        };
    }

    private static ContentStore durable(ContentSettings settings, PostgresDatabase database, String gateway) {
        if (database != null) {
            return database.contentStore(gateway, settings.maxBytesPerCreator());
        }
        return new LocalContentStore(gateway, settings.directory(),
                settings.directory() == null ? settings.maxBytes() : Long.MAX_VALUE, settings.maxBytesPerCreator());
    }
}
