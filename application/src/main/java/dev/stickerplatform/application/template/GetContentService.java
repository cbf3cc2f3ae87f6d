package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.port.ContentStore;
import java.util.regex.Pattern;

/**
 * Serves pinned content (sticker images, ARC-3 metadata) by CID, so the URLs in templates and metadata resolve
 * when the platform is its own gateway (the embedded default). Only well-formed CIDv1 strings are looked up.
 */
public final class GetContentService {
    private static final Pattern CID = Pattern.compile("b[a-z2-7]{20,120}");
    private final ContentStore content;

    public GetContentService(ContentStore content) {
        this.content = content;
    }

    public sealed interface Result {
        record Found(byte[] bytes, String mimeType) implements Result {
        }

        record NotFound() implements Result {
        }
    }

    public Result get(String cid) {
        if (cid == null || !CID.matcher(cid).matches()) {
            return new Result.NotFound();
        }
        return content.fetch(cid)
                .<Result>map(found -> new Result.Found(found.bytes(), found.mimeType()))
                .orElse(new Result.NotFound());
    }
}
