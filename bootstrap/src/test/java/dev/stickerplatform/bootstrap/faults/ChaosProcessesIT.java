package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-process chaos run on the built jar, short: {@code java -jar sticker-platform.jar chaos} starts a devnet,
 * a serve and two workers as processes on PostgreSQL, pushes a few hundred tips through the HTTP API while
 * SIGKILLing processes, and checks exactly-once end to end. Its figures go to this test's output.
 */
class ChaosProcessesIT {
    private static final int TIPS = 200;
    private static final int KILLS = 5;

    @TempDir
    Path work;

    @Test
    void tipsBecomeExactlyOneStickerEachThroughRealProcessKills() throws Exception {
        String url = "jdbc:postgresql://" + env("PGHOST", "127.0.0.1") + ":" + env("PGPORT", "5432") + "/"
                + env("PGDATABASE", "test");
        String user = env("PGUSER", "postgres");
        try (var connection = DriverManager.getConnection(url, user, System.getenv("PGPASSWORD"))) {
            connection.isValid(2);
        } catch (Exception e) {
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException("PostgreSQL is required in CI but unreachable at " + url, e);
            }
            assumeTrue(false, "PostgreSQL unreachable at " + url + ": test skipped");
        }
        Path jar = Path.of("target", "sticker-platform.jar");
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "chaos", "--tips",
                Integer.toString(TIPS), "--kills", Integer.toString(KILLS), "--work", work.toString()));
        builder.environment().put("DATABASE_URL", url);
        builder.environment().put("DATABASE_USER", user);
        if (System.getenv("PGPASSWORD") != null) {
            builder.environment().put("DATABASE_PASSWORD", System.getenv("PGPASSWORD"));
        }
        Path output = work.resolve("chaos.out");
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        Process chaos = builder.start();
        boolean finished = chaos.waitFor(20, TimeUnit.MINUTES);
        if (!finished) {
            chaos.descendants().forEach(ProcessHandle::destroyForcibly);
            chaos.destroyForcibly().waitFor();
        }
        String printed = read(output);
        System.out.println(printed);
        assertThat(finished).as("chaos finished within 20 minutes").isTrue();
        assertThat(chaos.exitValue()).as(printed).isZero();
        assertThat(printed).contains("chaos figures:").contains("PASS")
                .contains("tips: " + TIPS).contains("kills: " + KILLS + " SIGKILLs");
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file) : "";
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
