package dev.stickerplatform.embedding;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * The README's embedding snippet is the body of {@link EmbeddingExampleTest#aTipBecomesAStickerInsideYourApp()},
 * line for line (indentation aside), so the example in the README compiles and passes in CI.
 */
class EmbeddingReadmeTest {
    @org.junit.jupiter.api.Test
    void theReadmeSnippetIsTheExampleTestsBody() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));
        String test = Files.readString(Path.of("src", "test", "java", "dev", "stickerplatform", "embedding",
                "EmbeddingExampleTest.java"));
        assertThat(snippet(readme)).as("README.md's embedding example (between the embedding-example markers)")
                .isNotEmpty().isEqualTo(body(test));
    }

    /** The ```java block after the {@code <!-- embedding-example -->} marker. */
    static List<String> snippet(String readme) {
        int marker = readme.indexOf("<!-- embedding-example -->");
        assertThat(marker).as("README.md has an <!-- embedding-example --> marker").isNotNegative();
        int start = readme.indexOf("```java\n", marker) + "```java\n".length();
        int end = readme.indexOf("```", start);
        return normalise(readme.substring(start, end));
    }

    /** The lines between the example method's opening brace and its closing one. */
    static List<String> body(String source) {
        int method = source.indexOf("void aTipBecomesAStickerInsideYourApp()");
        int start = source.indexOf("{\n", method) + 2;
        int end = source.indexOf("\n    }\n", start);
        return normalise(source.substring(start, end));
    }

    private static List<String> normalise(String block) {
        List<String> lines = Arrays.stream(block.split("\n", -1)).map(String::stripTrailing)
                .filter(line -> !line.isEmpty()).toList();
        int indent = lines.stream().mapToInt(line -> line.length() - line.stripLeading().length()).min().orElse(0);
        return lines.stream().map(line -> line.substring(indent)).toList();
    }
}
