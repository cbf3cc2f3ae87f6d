package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import java.util.Optional;

/**
 * Content-addressed storage for sticker images and metadata: PostgreSQL, a directory or memory, optionally in
 * front of an IPFS pinning service (Kubo RPC, Pinata).
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>The CID is the one {@code ipfs add --cid-version=1 --raw-leaves} computes for the bytes (UnixFS, chunks of
 *       256 KiB, balanced DAG of at most 174 links per node, sha2-256, base32): content of up to one chunk gets
 *       the raw CIDv1 of exactly its bytes ({@code bafkrei…}), larger content a dag-pb root ({@code bafybei…}).
 *       The same bytes always get the same CID, whatever the store.</li>
 *   <li>Content is deduplicated by CID and <b>reference-counted per owner</b>: each {@link #pin} adds one
 *       reference of {@code owner}, each {@link #unpin} releases one; the content stays fetchable while any
 *       owner holds a reference, and is removed (and unpinned from IPFS) when the last one is released.</li>
 *   <li>Quotas are checked atomically with the pin: content over an owner's byte quota or over the store's
 *       capacity is {@link ContentQuotaExceededException}, and nothing is recorded. Content an owner already
 *       references costs that owner nothing more.</li>
 *   <li>A pinning service that returns another CID than the one computed locally is
 *       {@link ContentIntegrityException}; a store or service that cannot be reached is
 *       {@link ContentStoreUnavailableException}. Either way nothing is recorded.</li>
 *   <li>{@link #fetch} returns a copy; an outage is an exception, never an empty result.</li>
 * </ul>
 */
public interface ContentStore {
    /** Adds one reference of {@code owner} to {@code content} (stored on its first reference). */
    ContentRef pin(Address owner, byte[] content, String name, String mimeType);

    /**
     * Releases one reference of {@code owner}; a no-op (false) when the owner holds none.
     *
     * @return whether that was the content's last reference, so the content is gone
     */
    boolean unpin(Address owner, String cid);

    /** The pinned bytes and their type, or empty. */
    Optional<Content> fetch(String cid);

    record Content(byte[] bytes, String mimeType) {
    }
}
