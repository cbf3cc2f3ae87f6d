package dev.stickerplatform.adapters.http.server;

import dev.stickerplatform.domain.port.ViewVersions;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The public read views' responses, kept while nothing was written: an entry computed after reading version
 * {@code v} of {@link ViewVersions} is served again while the version is still {@code v} (checked on every
 * request, one check shared by the requests that arrive together) and it is younger than {@code maxAge} (views
 * that judge expiry by the clock, or show on-chain counters, change without a write). Every view answer carries
 * a strong {@code ETag} (a hash of the body, the same in every process) and {@code Cache-Control: no-cache};
 * a request whose {@code If-None-Match} names it gets {@code 304 Not Modified} without a body. Without versions
 * ({@link ViewVersions#NONE}) nothing is kept, and the ETag and 304 still work.
 */
public final class ViewCache {
    /** Beyond this many bytes of kept answers everything is dropped and kept again as asked (a simple bound). */
    private static final long MAX_BYTES = 64L * 1024 * 1024;

    private final CoalescedCall<String> versions;
    private final long maxAgeNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Entry>> computing = new ConcurrentHashMap<>();
    private final AtomicLong keptBytes = new AtomicLong();

    public ViewCache(ViewVersions versions, Duration maxAge) {
        Objects.requireNonNull(versions, "versions");
        this.versions = versions == ViewVersions.NONE ? null : new CoalescedCall<>(versions::current);
        this.maxAgeNanos = maxAge.toNanos();
    }

    /** Nothing kept; ETags and 304 only. */
    public static ViewCache none() {
        return new ViewCache(ViewVersions.NONE, Duration.ZERO);
    }

    private record Entry(String version, long computedAt, byte[] body, String contentType, String etag) {
    }

    /** Answers from the kept entry when it is current, otherwise runs {@code handler} and keeps what it answered. */
    void serve(Context ctx, Handler handler) throws Exception {
        String version = versions == null ? null : versions.get();
        String key = ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
        if (version != null) {
            Entry kept = entries.get(key);
            if (kept != null && kept.version().equals(version) && System.nanoTime() - kept.computedAt() < maxAgeNanos) {
                respond(ctx, kept);
                return;
            }
        }
        if (version == null) {
            Entry entry = compute(ctx, handler, null);
            if (entry != null) {
                respond(ctx, entry);
            }
            return;
        }
        // one computation per view at a time: requests that miss together share it when it saw their version
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> running = computing.putIfAbsent(key, mine);
        if (running != null) {
            Entry shared = running.exceptionally(e -> null).join();
            if (shared != null && shared.version().equals(version)) {
                respond(ctx, shared);
                return;
            }
            Entry entry = compute(ctx, handler, version);
            if (entry != null) {
                keep(key, entry);
                respond(ctx, entry);
            }
            return;
        }
        Entry entry = null;
        try {
            entry = compute(ctx, handler, version);
            if (entry != null) {
                keep(key, entry);
            }
        } finally {
            computing.remove(key, mine);
            mine.complete(entry);
        }
        if (entry != null) {
            respond(ctx, entry);
        }
    }

    /** Runs the handler; the entry of its answer, or null when it did not answer 200 (left as it answered). */
    private static Entry compute(Context ctx, Handler handler, String version) throws Exception {
        long started = System.nanoTime();
        handler.handle(ctx);
        if (ctx.status() != HttpStatus.OK) {
            return null;
        }
        byte[] body = body(ctx);
        return new Entry(version, started, body, ctx.res().getContentType(), etag(body));
    }

    private void keep(String key, Entry entry) {
        if (keptBytes.addAndGet(entry.body().length) > MAX_BYTES) {
            entries.clear();
            keptBytes.set(entry.body().length);
        }
        entries.put(key, entry);
    }

    private static void respond(Context ctx, Entry entry) {
        ctx.header("ETag", entry.etag());
        ctx.header("Cache-Control", "no-cache");
        if (matches(ctx.header("If-None-Match"), entry.etag())) {
            ctx.status(HttpStatus.NOT_MODIFIED);
            ctx.result(new byte[0]);
            return;
        }
        if (entry.contentType() != null) {
            ctx.contentType(entry.contentType());
        }
        ctx.result(entry.body());
    }

    /** RFC 9110 §13.1.2: {@code *}, or any listed tag equal by weak comparison. */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    private static byte[] body(Context ctx) throws IOException {
        InputStream stream = ctx.resultInputStream();
        if (stream == null) {
            return new byte[0];
        }
        byte[] body = stream.readAllBytes();
        stream.close();
        return body;
    }

    static String etag(byte[] body) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 22) + "\"";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always there", e);
        }
    }
}
