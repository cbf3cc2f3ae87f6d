package dev.stickerplatform.adapters.http.web;

import io.javalin.config.JavalinConfig;
import io.javalin.http.staticfiles.Location;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;

/**
 * Serves the built web app from the classpath: {@code /assets/*} (content-hashed file names, so cached for a year)
 * and the pages at the root ({@code /} is {@code index.html}, revalidated on every load). API routes take
 * precedence over files. Every file carries {@link #PAGE_POLICY}: scripts only from this origin, no inline
 * script, no framing.
 */
public final class WebApp {
    /** Classpath directory the npm build writes to (see the pom); not a Java package, so no class is ever served. */
    static final String DIRECTORY = "/dev/stickerplatform/adapters/http/web-app";

    private static final String PERA_ASSETS = "https://s3.amazonaws.com/wc.perawallet.app/";

    /**
     * The pages' Content-Security-Policy. Scripts: this origin only, never inline or eval. Styles also allow inline
     * {@code <style>} because Pera Wallet Connect's web components put theirs in their shadow roots; connections,
     * frames and media also reach Pera's own hosts (its configuration and bridge, Pera Web, and its animation and
     * sound under one S3 path) — nothing else.
     * Images: this origin, data: (Pera's QR code) and blob: (the template preview before upload).
     */
    public static final String PAGE_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data: blob:",
            "connect-src 'self' https://*.perawallet.app wss://*.perawallet.app " + PERA_ASSETS,
            "frame-src https://web.perawallet.app",
            "media-src 'self' " + PERA_ASSETS,
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    /** The API explorer: Swagger UI from this origin; its requests go to this origin only. */
    public static final String DOCS_POLICY = String.join("; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self' 'unsafe-inline'",
            "img-src 'self' data:",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "frame-ancestors 'none'");

    private WebApp() {
    }

    /** Whether the npm build put the app on the classpath (it does in every Maven build and in the jar). */
    public static boolean built() {
        return WebApp.class.getResource(DIRECTORY + "/index.html") != null;
    }

    /** Adds the static file locations to Javalin's configuration; nothing when the app was not built. */
    public static void serve(JavalinConfig javalin) {
        if (!built()) {
            return;
        }
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/assets";
            files.directory = DIRECTORY + "/assets";
            files.location = Location.CLASSPATH;
            files.precompress = true;
            files.headers = Map.of("Cache-Control", "public, max-age=31536000, immutable",
                    "Content-Security-Policy", PAGE_POLICY);
        });
        javalin.staticFiles.add(files -> {
            files.hostedPath = "/";
            files.directory = DIRECTORY;
            files.location = Location.CLASSPATH;
            // small pages; the precompressing handler would also lose index.html's content type when serving "/"
            files.precompress = false;
            files.headers = Map.of("Cache-Control", "no-cache", "Content-Security-Policy", PAGE_POLICY);
        });
    }

    /** A built page (e.g. {@code docs.html}), or empty when the web build did not run. */
    public static Optional<byte[]> page(String name) {
        try (InputStream in = WebApp.class.getResourceAsStream(DIRECTORY + "/" + name)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
