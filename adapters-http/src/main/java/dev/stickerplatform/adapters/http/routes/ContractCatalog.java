package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
    private final Map<String, Map<String, Object>> cache = new ConcurrentHashMap<>();

    ContractCatalog(ObjectMapper json, ClassLoader loader) {
        this.json = json;
        this.loader = loader;
    }

    List<String> names() {
        return KNOWN.keySet().stream().sorted().toList();
    }

    /** The summary of a known contract; empty for any other name. */
    Optional<Map<String, Object>> info(String name) {
        String resource = KNOWN.get(name);
        return resource == null ? Optional.empty() : Optional.of(cache.computeIfAbsent(name, n -> load(n, resource)));
    }

    private Map<String, Object> load(String name, String resource) {
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("contract spec missing from the classpath: " + resource);
            }
            return summary(name, json.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, Object> summary(String name, JsonNode spec) {
        Map<String, Object> info = new LinkedHashMap<>();
        info.put("compiled", true);
        info.put("name", name);
        info.put("contractName", spec.path("name").asText());
        info.put("description", spec.path("desc").asText());
        info.put("arcs", spec.path("arcs"));
        JsonNode schema = spec.path("state").path("schema");
        info.put("globalUints", schema.path("global").path("ints").asInt());
        info.put("globalBytes", schema.path("global").path("bytes").asInt());
        info.put("localUints", schema.path("local").path("ints").asInt());
        info.put("localBytes", schema.path("local").path("bytes").asInt());
        info.put("globalStateKeys", new ArrayList<>(fieldNames(spec.path("state").path("keys").path("global"))));
        List<Map<String, Object>> methods = new ArrayList<>();
        for (JsonNode method : spec.path("methods")) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", method.path("name").asText());
            m.put("signature", signature(method));
            m.put("description", method.path("desc").asText());
            m.put("actions", method.path("actions"));
            methods.add(m);
        }
        info.put("methods", methods);
        List<String> events = new ArrayList<>();
        spec.path("events").forEach(event -> events.add(signature(event)));
        info.put("events", events);
        return Map.copyOf(info);
    }

    /** The ARC-4 signature, e.g. {@code tip(pay,string)void}; events have no return type. */
    private static String signature(JsonNode method) {
        List<String> types = new ArrayList<>();
        method.path("args").forEach(arg -> types.add(arg.path("type").asText()));
        String returns = method.has("returns") ? method.path("returns").path("type").asText() : "";
        return method.path("name").asText() + "(" + String.join(",", types) + ")" + returns;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
