package dev.stickerplatform.domain.model;

import java.time.Instant;
import java.util.Objects;

/**
 * A creator's sticker design. {@code id} is 0 until the store assigns one.
 *
 * @param image        the pinned image
 * @param imageMimeType the type detected from the image's bytes (never taken from the client)
 * @param metadata     the pinned ARC-3 metadata JSON
 * @param metadataHash SHA-256 of the metadata JSON bytes, put in the ASA's metadata-hash field
 */
public record StickerTemplate(long id, Address creator, String name, StickerType type, TemplateCategory category,
                              MicroAlgos threshold, ContentRef image, String imageMimeType, ContentRef metadata,
                              Hash32 metadataHash, Instant createdAt) {
    public StickerTemplate {
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(threshold, "threshold");
        Objects.requireNonNull(image, "image");
        Objects.requireNonNull(imageMimeType, "imageMimeType");
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(metadataHash, "metadataHash");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public StickerTemplate withId(long newId) {
        return new StickerTemplate(newId, creator, name, type, category, threshold, image, imageMimeType, metadata,
                metadataHash, createdAt);
    }

    /** The ARC-3 asset URL: the metadata's ipfs:// URI with the {@code #arc3} suffix. */
    public String assetUrl() {
        return metadata.ipfsUri() + "#arc3";
    }
}
