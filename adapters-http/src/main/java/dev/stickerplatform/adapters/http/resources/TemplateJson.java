package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.StickerTemplate;
import java.time.Instant;

/**
 * A sticker template. {@code ipfsHash} is the image CID (prototype name); {@code assetUrl} is what minted ASAs
 * carry ({@code ipfs://<metadata CID>#arc3}); {@code metadataHash} is the SHA-256 of the metadata (hex).
 */
public record TemplateJson(long id, String creatorWallet, String name, String stickerType, String category,
                           long tipThresholdMicroAlgos, String tipThresholdAlgo, String ipfsHash, String imageUrl,
                           String imageMimeType, String metadataCid, String metadataUrl, String assetUrl,
                           String metadataHash, Instant createdAt, long mintCount) {

    public static TemplateJson of(StickerTemplate t, long mintCount) {
        return new TemplateJson(t.id(), t.creator().value(), t.name(), Wire.name(t.type()), Wire.name(t.category()),
                t.threshold().value(), t.threshold().toAlgoString(), t.image().cid(), t.image().gatewayUrl(),
                t.imageMimeType(), t.metadata().cid(), t.metadata().gatewayUrl(), t.assetUrl(), t.metadataHash().hex(),
                t.createdAt(), mintCount);
    }
}
