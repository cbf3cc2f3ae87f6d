package dev.stickerplatform.adapters.kms;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * SoftHSM2 for the PKCS#11 tests: a fresh token directory per test JVM, a fresh token per call of
 * {@link #newToken}, Ed25519 keys made by OpenSC's {@code pkcs11-tool}. When SoftHSM2 or OpenSC is missing the
 * tests fail in CI ({@code CI=true}) and are skipped, with the reason, everywhere else. Public for bootstrap's
 * end-to-end test (adapters-kms test-jar), whose surefire sets {@code SOFTHSM2_CONF} the same way.
 */
public final class SoftHsm {
    static final String SO_PIN = "87654321";
    private static final List<String> LIBRARIES = List.of("/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so", "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so", "/opt/homebrew/lib/softhsm/libsofthsm2.so");
    private static SoftHsm instance;

    /** The SoftHSM2 PKCS#11 module found on this machine. */
    public final String library;
    private final Path conf;

    private SoftHsm(String library, Path conf) {
        this.library = library;
        this.conf = conf;
    }

    /** The machine's SoftHSM2, configured for this JVM; fails in CI, skips elsewhere, if it is not there. */
    public static synchronized SoftHsm require() {
        if (instance == null) {
            String library = LIBRARIES.stream().filter(path -> Files.isReadable(Path.of(path))).findFirst()
                    .orElse(null);
            String conf = System.getenv("SOFTHSM2_CONF");
            if (library == null || !onPath("softhsm2-util") || !onPath("pkcs11-tool")) {
                unavailable("SoftHSM2 and OpenSC are not installed (apt-get install softhsm2 opensc)");
            }
            if (conf == null) {
                unavailable("SOFTHSM2_CONF is not set: run the tests through Maven, whose surefire sets it");
            }
            instance = new SoftHsm(library, Path.of(conf));
            instance.writeConfiguration();
        }
        return instance;
    }

    private static void unavailable(String reason) {
        if ("true".equals(System.getenv("CI"))) {
            fail("PKCS#11 tests cannot run in CI: " + reason);
        }
        // surefire shows no skip reasons on the console: say it where people look
        System.err.println("[SoftHsm] PKCS#11 tests skipped: " + reason);
        Assumptions.abort("PKCS#11 tests skipped: " + reason);
    }

    /** A token initialised by {@link #newToken}: its unique label and the slot SoftHSM2 gave it. */
    public record Token(String label, long slotId) {
    }

    /** Initialises a new token in a free slot; its label is unique in this run. */
    public Token newToken(String pin) {
        String label = "t-" + UUID.randomUUID().toString().substring(0, 8);
        String output = run(List.of("softhsm2-util", "--init-token", "--free", "--label", label, "--so-pin", SO_PIN,
                "--pin", pin));
        Matcher slot = Pattern.compile("reassigned to slot (\\d+)").matcher(output);
        if (!slot.find()) {
            throw new IllegalStateException("softhsm2-util did not name the new slot: " + output);
        }
        return new Token(label, Long.parseLong(slot.group(1)));
    }

    /** Generates an Ed25519 key pair on the token, exactly as the README tells operators to. */
    public void generateEd25519(String tokenLabel, String pin, String keyLabel, String keyIdHex) {
        run(keygenCommand(tokenLabel, pin, keyLabel, keyIdHex));
    }

    List<String> keygenCommand(String tokenLabel, String pin, String keyLabel, String keyIdHex) {
        return List.of("pkcs11-tool", "--module", library, "--token-label", tokenLabel, "--keypairgen",
                "--key-type", "EC:edwards25519", "--label", keyLabel, "--id", keyIdHex, "--login", "--pin", pin);
    }

    /** The public key as {@code pkcs11-tool --read-object} exports it: the raw 32 bytes out of the PEM SPKI. */
    public byte[] publicKey(String tokenLabel, String keyLabel) {
        try {
            Path pem = Files.createTempFile(conf.getParent(), "pub", ".pem");
            run("pkcs11-tool", "--module", library, "--token-label", tokenLabel, "--read-object", "--type", "pubkey",
                    "--label", keyLabel, "--output-file", pem.toString());
            String base64 = Files.readString(pem).replaceAll("-----[A-Z ]+-----|\\s", "");
            Files.delete(pem);
            byte[] spki = Base64.getDecoder().decode(base64);
            return java.util.Arrays.copyOfRange(spki, spki.length - 32, spki.length);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void writeConfiguration() {
        try {
            Files.createDirectories(conf.getParent());
            Path tokens = Files.createTempDirectory(conf.getParent(), "tokens-");
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tokens)));
            Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\n"
                    + "log.level = ERROR\nslots.removable = false\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write " + conf, e);
        }
    }

    private String run(String... command) {
        return run(List.of(command));
    }

    private String run(List<String> command) {
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true);
            builder.environment().put("SOFTHSM2_CONF", conf.toString());
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(command.get(0) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new IllegalStateException("cannot run " + command.get(0), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        return Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, program)));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the directory lives under target/ anyway
        }
    }
}
