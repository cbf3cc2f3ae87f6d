package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.stickerplatform.adapters.http.resources.ContractJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Summaries of the contracts the platform ships, read from their ARC-56 app specs on the classpath. Only names
 * in {@link #KNOWN} exist: a requested name is looked up in that map, never joined into a path, so nothing
 * outside the shipped specs can be read.
 */
final class ContractCatalog {
    /** Contract name → classpath resource of its ARC-56 spec. */
    static final Map<String, String> KNOWN = Map.of("tip_proxy", "contracts/tip_proxy/TipProxy.arc56.json");

    private final ObjectMapper json;
    private final ClassLoader loader;
    private final Map<String, ContractJson> cache = new ConcurrentHashMap<>();

    ContractCatalog(ObjectMapper json, ClassLoader loader) {
        this.json = json;
        this.loader = loader;
    }

    List<String> names() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    /** The summary of a known contract; empty for any other name. */
    Optional<ContractJson> info(String name) {
        String resource = KNOWN.get(name);
        return resource == null ? Optional.empty() : Optional.of(cache.computeIfAbsent(name, n -> load(n, resource)));
    }

    private ContractJson load(String name, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract spec missing from the classpath: " + resource);
            }
            return ContractJson.of(name, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
