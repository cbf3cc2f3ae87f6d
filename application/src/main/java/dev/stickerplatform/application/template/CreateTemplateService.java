package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.policy.ImageTypes;
import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.policy.TemplateRules.Kind;
import dev.stickerplatform.domain.policy.TemplateRules.Violation;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.DuplicateException;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TemplateLimitException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * A registered creator adds a sticker template: the rules and the creator's template quota are checked, the image
 * type is recognised from its bytes, the image and its ARC-3 metadata are pinned (one reference each, owned by
 * the creator: the only pins a template ever makes; minting never pins), and the template is recorded with the
 * metadata's SHA-256. Pins made for a template that is not recorded in the end are released, so a failure (a
 * pinning service down, a quota, the store's 20-template cap under concurrency) never leaves half a template.
 */
public final class CreateTemplateService {
    static final Violation UNKNOWN_IMAGE_TYPE =
            new Violation(Kind.INVALID, "image", "image must be PNG, JPEG, GIF or WebP");
    static final Violation CONCURRENT_DUPLICATE = new Violation(Kind.DUPLICATE, "tipThreshold",
            "You already have a template with this category, type and threshold. Delete it first.");

    private final Store store;
    private final ContentStore content;
    private final Clock clock;
    private final int maxTemplatesPerCreator;

    public CreateTemplateService(Store store, ContentStore content, Clock clock) {
        this(store, content, clock, TemplateRules.MAX_TEMPLATES_PER_CREATOR);
    }

    /** @param maxTemplatesPerCreator the creator's template quota, 1 to {@link TemplateRules#MAX_TEMPLATES_PER_CREATOR} */
    public CreateTemplateService(Store store, ContentStore content, Clock clock, int maxTemplatesPerCreator) {
        if (maxTemplatesPerCreator < 1 || maxTemplatesPerCreator > TemplateRules.MAX_TEMPLATES_PER_CREATOR) {
            throw new IllegalArgumentException("maxTemplatesPerCreator must be 1 to "
                    + TemplateRules.MAX_TEMPLATES_PER_CREATOR);
        }
        this.store = store;
        this.content = content;
        this.clock = clock;
        this.maxTemplatesPerCreator = maxTemplatesPerCreator;
    }

    static Violation templateLimit(int max) {
        return new Violation(Kind.LIMIT, "templates", "Maximum " + max
                + " sticker templates per creator. Delete an existing template first.");
    }

    /** The upload; {@code name} is checked by {@link TemplateRules}, so a bad name is a {@code Rejected}. */
    public record Command(Address creator, String name, StickerType type, TemplateCategory category,
                          MicroAlgos threshold, byte[] image) {
        public Command {
            if (creator == null || type == null || category == null || threshold == null || image == null) {
                throw new IllegalArgumentException("creator, type, category, threshold and image are required");
            }
            image = image.clone();
        }

        @Override
        public byte[] image() {
            return image.clone();
        }
    }

    public sealed interface Result {
        record Created(StickerTemplate template) implements Result {
        }

        record CreatorNotFound(Address creator) implements Result {
        }

        /** A template rule is broken; {@code violation} says which field and why, in words safe for clients. */
        record Rejected(Violation violation) implements Result {
        }
    }

    public Result create(Command command) {
        Address creator = command.creator();
        if (store.creators().find(creator).isEmpty()) {
            return new Result.CreatorNotFound(creator);
        }
        byte[] image = command.image();
        List<StickerTemplate> existing = store.templates().byCreator(creator);
        Optional<Violation> violation = TemplateRules.check(command.name(), command.type(), command.category(),
                command.threshold(), image.length, existing);
        if (violation.isPresent()) {
            return new Result.Rejected(violation.get());
        }
        if (existing.size() >= maxTemplatesPerCreator) {
            return new Result.Rejected(templateLimit(maxTemplatesPerCreator));
        }
        Optional<MicroAlgos> minTip = store.tipJars().current(creator).map(TipJar::minTip);
        if (minTip.isPresent() && command.threshold().compareTo(minTip.get()) < 0) {
            // a tip below the minimum never reaches the listener, so such a template could never be earned
            return new Result.Rejected(new Violation(Kind.INVALID, "tipThreshold", "must be at least the minimum tip"
                    + " of your TipProxy (" + minTip.get().toAlgoString() + " ALGO)"));
        }
        Optional<String> mimeType = ImageTypes.detect(image);
        if (mimeType.isEmpty()) {
            return new Result.Rejected(UNKNOWN_IMAGE_TYPE);
        }
        String pinName = creator.value().substring(0, 8) + "-" + command.name();
        ContentRef imageRef = content.pin(creator, image, pinName, mimeType.get());
        byte[] metadata = new Arc3Metadata(command.name(), creator, command.type(), command.category(),
                command.threshold(), imageRef.cid(), mimeType.get(), Hashes.sha256(image)).toJsonBytes();
        ContentRef metadataRef;
        try {
            metadataRef = content.pin(creator, metadata, pinName + "-metadata", "application/json");
        } catch (RuntimeException e) {
            TemplatePins.release(content, creator, imageRef.cid());
            throw e;
        }
        StickerTemplate template = new StickerTemplate(0, creator, command.name(), command.type(),
                command.category(), command.threshold(), imageRef, mimeType.get(), metadataRef,
                Hash32.of(Hashes.sha256(metadata)), clock.instant());
        try {
            return new Result.Created(store.templates().insert(template));
        } catch (DuplicateException e) {
            TemplatePins.release(content, creator, imageRef.cid(), metadataRef.cid());
            return new Result.Rejected(CONCURRENT_DUPLICATE);
        } catch (TemplateLimitException e) {
            TemplatePins.release(content, creator, imageRef.cid(), metadataRef.cid());
            return new Result.Rejected(templateLimit(e.max()));
        } catch (RuntimeException e) {
            TemplatePins.release(content, creator, imageRef.cid(), metadataRef.cid());
            throw e;
        }
    }
}
