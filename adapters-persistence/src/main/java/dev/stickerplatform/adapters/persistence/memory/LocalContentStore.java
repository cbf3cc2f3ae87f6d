package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.adapters.persistence.content.UnixFsCid;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.port.ContentQuotaExceededException;
import dev.stickerplatform.domain.port.ContentQuotaExceededException.Limit;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The {@link ContentStore} in memory (the embedded default) or in a directory ({@code CONTENT_STORE=directory}:
 * one file per CID plus {@code .mime} and {@code .refs} files, each replaced atomically, so it survives
 * restarts). Every check and change runs under one lock, so quotas and reference counts are exact under
 * concurrency. The whole store is capped at {@code maxBytes} (distinct content) and each owner at
 * {@code maxBytesPerOwner} (the distinct content it references), so one creator cannot fill it for everyone.
 */
public final class LocalContentStore implements ContentStore {
    public static final long DEFAULT_MAX_BYTES = 256L * 1024 * 1024;
    private static final String MIME_SUFFIX = ".mime";
    private static final String REFS_SUFFIX = ".refs";

    private final String gatewayBase;
    private final Path directory;
    private final long maxBytes;
    private final long maxBytesPerOwner;
    private final ReentrantLock lock = new ReentrantLock();
    private final Map<String, Entry> entries = new HashMap<>();
    private final Map<String, Long> ownerBytes = new HashMap<>();
    private long totalBytes;

    /** In memory, up to {@link #DEFAULT_MAX_BYTES}, no quota per owner. */
    public LocalContentStore(String gatewayBase) {
        this(gatewayBase, null, DEFAULT_MAX_BYTES, Long.MAX_VALUE);
    }

    /**
     * @param gatewayBase      e.g. {@code http://localhost:8000/ipfs}; URLs are this + "/" + CID
     * @param directory        where to keep content, or null to keep it in memory
     * @param maxBytes         the most content (sum of distinct sizes) held at once
     * @param maxBytesPerOwner the most content one owner may reference
     */
    public LocalContentStore(String gatewayBase, Path directory, long maxBytes, long maxBytesPerOwner) {
        Objects.requireNonNull(gatewayBase, "gatewayBase");
        if (maxBytes < 0 || maxBytesPerOwner < 0) {
            throw new IllegalArgumentException("maxBytes and maxBytesPerOwner must not be negative");
        }
        this.gatewayBase = gatewayBase.endsWith("/") ? gatewayBase.substring(0, gatewayBase.length() - 1)
                : gatewayBase;
        this.directory = directory;
        this.maxBytes = maxBytes;
        this.maxBytesPerOwner = maxBytesPerOwner;
        if (directory != null) {
            load(directory);
        }
    }

    @Override
    public ContentRef pin(Address owner, byte[] content, String name, String mimeType) {
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(mimeType, "mimeType");
        String cid = UnixFsCid.of(content);
        lock.lock();
        try {
            Entry existing = entries.get(cid);
            Map<String, Integer> refs = existing == null ? new HashMap<>() : new HashMap<>(existing.refs());
            boolean newForOwner = !refs.containsKey(owner.value());
            long used = ownerBytes.getOrDefault(owner.value(), 0L);
            if (newForOwner && used + content.length > maxBytesPerOwner) {
                throw new ContentQuotaExceededException(Limit.OWNER_BYTES, maxBytesPerOwner);
            }
            if (existing == null && totalBytes + content.length > maxBytes) {
                throw new ContentQuotaExceededException(Limit.STORE_BYTES, maxBytes);
            }
            refs.merge(owner.value(), 1, Integer::sum);
            if (directory != null) {
                write(cid, existing == null ? content : null, mimeType, refs);
            }
            byte[] kept = directory == null ? (existing == null ? content.clone() : existing.bytes()) : null;
            entries.put(cid, new Entry(mimeType, kept, content.length, Map.copyOf(refs)));
            if (existing == null) {
                totalBytes += content.length;
            }
            if (newForOwner) {
                ownerBytes.put(owner.value(), used + content.length);
            }
        } finally {
            lock.unlock();
        }
        return new ContentRef(cid, gatewayBase + "/" + cid);
    }

    @Override
    public boolean unpin(Address owner, String cid) {
        Objects.requireNonNull(owner, "owner");
        if (!UnixFsCid.looksValid(cid)) {
            return false;
        }
        lock.lock();
        try {
            Entry entry = entries.get(cid);
            if (entry == null || !entry.refs().containsKey(owner.value())) {
                return false;
            }
            Map<String, Integer> refs = new HashMap<>(entry.refs());
            if (refs.merge(owner.value(), -1, Integer::sum) == 0) {
                refs.remove(owner.value());
                ownerBytes.computeIfPresent(owner.value(), (k, used) -> used - entry.size() == 0 ? null
                        : used - entry.size());
            }
            if (!refs.isEmpty()) {
                if (directory != null) {
                    write(cid, null, entry.mimeType(), refs);
                }
                entries.put(cid, new Entry(entry.mimeType(), entry.bytes(), entry.size(), Map.copyOf(refs)));
                return false;
            }
            entries.remove(cid);
            totalBytes -= entry.size();
            if (directory != null) {
                Files.deleteIfExists(directory.resolve(cid + REFS_SUFFIX));
                Files.deleteIfExists(directory.resolve(cid));
                Files.deleteIfExists(directory.resolve(cid + MIME_SUFFIX));
            }
            return true;
        } catch (IOException e) {
            throw new ContentStoreUnavailableException("could not unpin " + cid, e);
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Optional<Content> fetch(String cid) {
        if (!UnixFsCid.looksValid(cid)) {
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
            if (!UnixFsCid.of(bytes).equals(cid)) {
                throw new ContentStoreUnavailableException("the stored content of " + cid + " is corrupt");
            }
            return Optional.of(bytes);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new ContentStoreUnavailableException("could not read " + cid, e);
        }
    }

    /** Content first (when new), then its type, then its references: a crash leaves at worst a spare file. */
    private void write(String cid, byte[] content, String mimeType, Map<String, Integer> refs) {
        try {
            if (content != null) {
                replace(directory.resolve(cid), content);
            }
            replace(directory.resolve(cid + MIME_SUFFIX), mimeType.getBytes(StandardCharsets.UTF_8));
            String lines = refs.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("\n"));
            replace(directory.resolve(cid + REFS_SUFFIX), lines.getBytes(StandardCharsets.UTF_8));
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
                files.filter(file -> UnixFsCid.looksValid(file.getFileName().toString())).forEach(file -> {
                    String cid = file.getFileName().toString();
                    try {
                        Path mime = dir.resolve(cid + MIME_SUFFIX);
                        Path refsFile = dir.resolve(cid + REFS_SUFFIX);
                        String type = Files.exists(mime) ? Files.readString(mime) : "application/octet-stream";
                        Map<String, Integer> refs = new HashMap<>();
                        if (Files.exists(refsFile)) {
                            for (String line : Files.readAllLines(refsFile)) {
                                String[] parts = line.trim().split(" ");
                                if (parts.length == 2) {
                                    refs.put(parts[0], Integer.parseInt(parts[1]));
                                }
                            }
                        }
                        long size = Files.size(file);
                        entries.put(cid, new Entry(type, null, size, Map.copyOf(refs)));
                        totalBytes += size;
                        refs.keySet().forEach(owner -> ownerBytes.merge(owner, size, Long::sum));
                    } catch (IOException | NumberFormatException e) {
                        throw new UncheckedIOException(new IOException("unreadable content " + cid, e));
                    }
                });
            }
        } catch (IOException | UncheckedIOException e) {
            throw new ContentStoreUnavailableException("could not open the content directory " + dir, e);
        }
    }

    /** Content held: its type, its bytes (null in directory mode), its size and the references of each owner. */
    private record Entry(String mimeType, byte[] bytes, long size, Map<String, Integer> refs) {
    }
}
