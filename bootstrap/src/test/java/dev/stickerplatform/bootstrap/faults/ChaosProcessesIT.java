package dev.stickerplatform.bootstrap.faults;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.postgres.PostgresExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The multi-process chaos run on the built jar, short: {@code java -jar sticker-platform.jar chaos} starts a devnet,
 * a serve and two workers as processes on PostgreSQL, pushes a few hundred tips through the HTTP API while
 * SIGKILLing processes, and checks exactly-once end to end. Its figures go to this test's output.
 */
class ChaosProcessesIT {
    @RegisterExtension
    final PostgresExtension postgres = new PostgresExtension(20);

    private static final int TIPS = 200;
    private static final int KILLS = 5;

    @TempDir
    Path work;

    @Test
    void tipsBecomeExactlyOneStickerEachThroughRealProcessKills() throws Exception {
        // the chaos command makes its own schemas; the extension checks the server is there (CI: fails if not)
        String url = postgres.config().url();
        String user = postgres.config().user();
        Path jar = Path.of("target", "sticker-platform.jar");
        assertThat(jar).exists();
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString(), "chaos", "--tips",
                Integer.toString(TIPS), "--kills", Integer.toString(KILLS), "--work", work.toString()));
        builder.environment().put("DATABASE_URL", url);
        builder.environment().put("DATABASE_USER", user);
        if (postgres.config().password() != null) {
            builder.environment().put("DATABASE_PASSWORD", postgres.config().password());
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
}
