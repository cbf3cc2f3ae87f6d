package dev.stickerplatform.bootstrap.bench;

import dev.stickerplatform.bootstrap.Main;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The processes of a chaos run: the devnet, one {@code serve}, two {@code worker}s, each a JVM started from this
 * jar, killed with SIGKILL ({@link Process#destroyForcibly()}) and started again under the next generation's name.
 * Each generation connects to PostgreSQL with its own {@code ApplicationName}, so the holder of the listener lease
 * can be named.
 */
final class ChaosCluster implements AutoCloseable {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Path work;
    private final Map<String, String> baseEnv;
    private final String databaseUrl;
    private final Map<String, Member> members = new LinkedHashMap<>();

    /** One process slot (devnet, serve, worker-1, …) and the process filling it now. */
    static final class Member {
        final String name;
        final List<String> args;
        final Map<String, String> env;
        final String healthUrl;
        volatile Process process;
        volatile int generation;
        volatile int kills;

        Member(String name, List<String> args, Map<String, String> env, String healthUrl) {
            this.name = name;
            this.args = args;
            this.env = env;
            this.healthUrl = healthUrl;
        }

        String applicationName() {
            return "chaos-" + name + "-g" + generation;
        }

        boolean alive() {
            Process p = process;
            return p != null && p.isAlive();
        }
    }

    ChaosCluster(Path work, Map<String, String> baseEnv, String databaseUrl) {
        this.work = work;
        this.baseEnv = baseEnv;
        this.databaseUrl = databaseUrl;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    Member add(String name, List<String> args, Map<String, String> env, String healthUrl) {
        Member member = new Member(name, args, env, healthUrl);
        members.put(name, member);
        return member;
    }

    Member member(String name) {
        return members.get(name);
    }

    List<Member> members() {
        return List.copyOf(members.values());
    }

    /** Starts the member's next generation and waits until it answers its health URL (if it has one). */
    void start(Member member, Duration timeout) throws IOException, InterruptedException {
        member.generation++;
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse("java"));
        command.addAll(List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m",
                "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(member.args);
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(baseEnv);
        builder.environment().putAll(member.env);
        if (databaseUrl != null) {
            builder.environment().put("DATABASE_URL", databaseUrl + (databaseUrl.contains("?") ? "&" : "?")
                    + "ApplicationName=" + member.applicationName());
        }
        File log = work.resolve(member.name + ".log").toFile();
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log));
        member.process = builder.start();
        if (member.healthUrl != null) {
            awaitHealthy(member, timeout);
        }
    }

    void awaitHealthy(Member member, Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!member.alive()) {
                throw new IOException(member.name + " exited with " + member.process.exitValue() + " (see "
                        + work.resolve(member.name + ".log") + ")");
            }
            if (healthy(member.healthUrl)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new IOException(member.name + " not healthy within " + timeout.toSeconds() + " s");
    }

    private static boolean healthy(String url) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2));
            request.header("X-Algo-API-Token", "a".repeat(64));
            return HTTP.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** SIGKILL, and wait until the process is gone. */
    void kill(Member member) throws InterruptedException {
        Process p = member.process;
        if (p != null) {
            p.destroyForcibly();
            p.waitFor();
            member.kills++;
        }
    }

    @Override
    public void close() {
        for (Member member : members.values()) {
            Process p = member.process;
            if (p != null && p.isAlive()) {
                p.destroyForcibly();
                try {
                    p.waitFor();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }
}
