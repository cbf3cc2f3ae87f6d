package dev.stickerplatform.domain.model;

import java.util.Objects;

/**
 * Pinned content: its CIDv1 (base32, "b…") and the HTTP gateway URL where it can be fetched.
 * {@link #ipfsUri()} is the gateway-independent form used on chain.
 */
public record ContentRef(String cid, String gatewayUrl) {
    public ContentRef {
        Objects.requireNonNull(cid, "cid");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        if (!cid.matches("b[a-z2-7]{20,}")) {
            throw new IllegalArgumentException("not a base32 CIDv1: " + cid);
        }
    }

    public String ipfsUri() {
        return "ipfs://" + cid;
    }
}
