package dev.stickerplatform.adapters.algorand;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The project's shared fixtures, {@code ../shared/fixtures} next to the project root (the directory holding
 * {@code mvnw}), found from the module a test runs in. Missing fixtures skip the test on a developer's machine and
 * fail it in CI ({@code CI=true}), so they can never be silently absent there.
 */
final class SharedFixtures {
    private SharedFixtures() {
    }

    static Path algod(String name) {
        Path file = root().resolve("algod").resolve(name);
        boolean present = Files.isRegularFile(file);
        if (!present && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("shared fixture " + file + " is missing: the project expects ../shared "
                    + "next to its root");
        }
        assumeTrue(present, "shared fixture " + file + " is missing");
        return file;
    }

    static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path root() {
        Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (dir != null && !Files.isRegularFile(dir.resolve("mvnw"))) {
            dir = dir.getParent();
        }
        Path projectRoot = dir == null ? Path.of(System.getProperty("user.dir")).toAbsolutePath() : dir;
        Path parent = projectRoot.getParent() == null ? projectRoot : projectRoot.getParent();
        return parent.resolve("shared").resolve("fixtures");
    }
}
