package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;

/**
 * The {@link ContentStore} for development: content addressed by its real CIDv1 (so CIDs match what IPFS would
 * compute), served by whatever answers at {@code gatewayBase}. Content is kept in memory, or in
 * {@code directory} (one file per CID plus a {@code .mime} file; survives restarts) when one is given. Either
 * way the total is bounded by {@code maxBytes}: a pin that does not fit is
 * {@link ContentStoreUnavailableException}. The pin name is not kept; the last pin of a CID sets its type.
 */
public final class LocalContentStore implements ContentStore {
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    private static final String MIME_SUFFIX = ".mime";

    private final String gatewayBase;
    private final Path directory;
    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new HashMap<>();
    private long totalBytes;

    /** In memory, up to {@link #DEFAULT_MAX_BYTES}. */
    public LocalContentStore(String gatewayBase) {
        this(gatewayBase, null, DEFAULT_MAX_BYTES);
    }

    /**
     * @param gatewayBase e.g. {@code http://localhost:8000/ipfs}; URLs are this + "/" + CID
     * @param directory   where to keep content, or null to keep it in memory
     * @param maxBytes    the most content (sum of sizes) held at once
     */
    public LocalContentStore(String gatewayBase, Path directory, long maxBytes) {
        Objects.requireNonNull(gatewayBase, "gatewayBase");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative");
        }
        this.gatewayBase = gatewayBase.endsWith("/") ? gatewayBase.substring(0, gatewayBase.length() - 1)
                : gatewayBase;
        this.directory = directory;
        this.maxBytes = maxBytes;
        if (directory != null) {
            load(directory);
        }
    }

    @Override
    public ContentRef pin(byte[] content, String name, String mimeType) {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mimeType, "mimeType");
        String cid = CidV1.rawSha256(content);
        lock.lock();
        try {
            Entry existing = entries.get(cid);
            long added = existing == null ? content.length : 0;
            if (totalBytes + added > maxBytes) {
                throw new ContentStoreUnavailableException("the local content store is full");
            }
            byte[] kept = directory == null ? content.clone() : null;
            if (directory != null) {
                write(cid, content, mimeType, existing == null);
            }
            entries.put(cid, new Entry(mimeType, kept, content.length));
            totalBytes += added;
        } finally {
            lock.unlock();
        }
        return new ContentRef(cid, gatewayBase + "/" + cid);
    }

    @Override
    public void unpin(String cid) {
        if (!CidV1.looksValid(cid)) {
            return;
        }
        lock.lock();
        try {
            Entry removed = entries.remove(cid);
            if (removed == null) {
                return;
            }
            totalBytes -= removed.size();
            if (directory != null) {
                Files.deleteIfExists(directory.resolve(cid));
                Files.deleteIfExists(directory.resolve(cid + MIME_SUFFIX));
            }
        } catch (IOException e) {
            throw new ContentStoreUnavailableException("could not unpin " + cid, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Content> fetch(String cid) {
        if (!CidV1.looksValid(cid)) {
            return Optional.empty();
        }
        Entry entry;
        lock.lock();
        try {
            entry = entries.get(cid);
        } finally {
            lock.unlock();
        }
        if (entry == null) {
            return Optional.empty();
        }
        if (entry.bytes() != null) {
            return Optional.of(new Content(entry.bytes().clone(), entry.mimeType()));
        }
        return read(cid).map(bytes -> new Content(bytes, entry.mimeType()));
    }

    /** Total bytes held now. */
    public long totalBytes() {
        lock.lock();
        try {
            return totalBytes;
        } finally {
            lock.unlock();
        }
    }

    private Optional<byte[]> read(String cid) {
        try {
            byte[] bytes = Files.readAllBytes(directory.resolve(cid));
            if (!CidV1.rawSha256(bytes).equals(cid)) {
                throw new ContentStoreUnavailableException("the stored content of " + cid + " is corrupt");
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ContentStoreUnavailableException("could not read " + cid, e);
        }
    }

    private void write(String cid, byte[] content, String mimeType, boolean withContent) {
        try {
            if (withContent) {
                replace(directory.resolve(cid), content);
            }
            replace(directory.resolve(cid + MIME_SUFFIX), mimeType.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ContentStoreUnavailableException("could not pin " + cid, e);
        }
    }

    /** Writes a temporary file and moves it into place, so a crash never leaves a half-written file. */
    private void replace(Path target, byte[] bytes) throws IOException {
        Path temp = Files.createTempFile(directory, ".pin-", ".tmp");
        try {
            Files.write(temp, bytes);
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private void load(Path dir) {
        try {
            Files.createDirectories(dir);
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(file -> CidV1.looksValid(file.getFileName().toString())).forEach(file -> {
                    String cid = file.getFileName().toString();
                    Path mime = dir.resolve(cid + MIME_SUFFIX);
                    try {
                        String type = Files.exists(mime) ? Files.readString(mime) : "application/octet-stream";
                        long size = Files.size(file);
                        entries.put(cid, new Entry(type, null, size));
                        totalBytes += size;
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ContentStoreUnavailableException("could not open the content directory " + dir, e);
        }
    }

    private record Entry(String mimeType, byte[] bytes, long size) {
    }
}
