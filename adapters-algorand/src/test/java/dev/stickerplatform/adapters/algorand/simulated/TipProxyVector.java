package dev.stickerplatform.adapters.algorand.simulated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * One TipProxy conformance vector (format: {@code contracts/tip_proxy/vectors/README.md}), loaded from the
 * classpath through the directory's {@code index.txt}.
 */
record TipProxyVector(String source, String name, JsonNode json) {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** Every vector listed in {@code <directory>/index.txt}, or an empty list when there is no index. */
    static List<TipProxyVector> load(String directory) {
        String index = read(directory + "/index.txt");
        if (index == null) {
            return List.of();
        }
        return index.lines().map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(file -> parse(directory, file)).toList();
    }

    private static TipProxyVector parse(String directory, String file) {
        String text = read(directory + "/" + file);
        if (text == null) {
            throw new IllegalStateException(directory + "/index.txt lists " + file + ", which is missing");
        }
        try {
            JsonNode json = JSON.readTree(text);
            return new TipProxyVector(directory, json.path("name").asText(file), json);
        } catch (IOException e) {
            throw new UncheckedIOException("vector " + file + " is not valid JSON", e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = TipProxyVector.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
