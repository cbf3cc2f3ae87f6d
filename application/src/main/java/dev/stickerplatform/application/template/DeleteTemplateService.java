package dev.stickerplatform.application.template;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.port.ContentStore;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/**
 * A creator deletes one of their templates, unless stickers were minted from it (their metadata URL points at
 * the template's pinned content) or mint jobs of it have not minted yet (they carry the template's metadata URL
 * and hash; the delete is refused with their number rather than waiting, so the creator sees why and can retry).
 * The checks and the delete run in one unit of work; the template's references to its image and metadata are
 * released afterwards, best effort. Content is reference-counted by the content store across all creators, so an
 * image another template (of anyone) still uses stays.
 */
public final class DeleteTemplateService {
    private final Store store;
    private final ContentStore content;

    public DeleteTemplateService(Store store, ContentStore content) {
        this.store = store;
        this.content = content;
    }

    /** {@code creator} is the authenticated wallet; a template of anyone else reads as not found. */
    public record Command(Address creator, long templateId) {
        public Command {
            if (creator == null) {
                throw new IllegalArgumentException("creator is required");
            }
            if (templateId <= 0) {
                throw new IllegalArgumentException("templateId must be a positive number");
            }
        }
    }

    public sealed interface Result {
        record Deleted(StickerTemplate template) implements Result {
        }

        /** No template with this id belongs to the creator. */
        record NotFound(long templateId) implements Result {
        }

        /** {@code mintCount} stickers were minted from the template, so it stays. */
        record InUse(long mintCount) implements Result {
        }

        /** {@code jobCount} mint jobs of the template have not minted yet, so it stays until they have. */
        record JobsPending(long jobCount) implements Result {
        }
    }

    public Result delete(Command command) {
        long id = command.templateId();
        Result result = store.inTransaction(tx -> {
            StickerTemplate template = tx.templates().find(id)
                    .filter(t -> t.creator().equals(command.creator()))
                    .orElse(null);
            if (template == null) {
                return new Result.NotFound(id);
            }
            long minted = tx.stickers().countByTemplates(List.of(id)).getOrDefault(id, 0L);
            if (minted > 0) {
                return new Result.InUse(minted);
            }
            long pending = tx.mintJobs().countUnmintedByTemplate(id);
            if (pending > 0) {
                return new Result.JobsPending(pending);
            }
            return tx.templates().delete(id) ? new Result.Deleted(template) : new Result.NotFound(id);
        });
        if (result instanceof Result.Deleted deleted) {
            TemplatePins.release(content, command.creator(),
                    deleted.template().image().cid(), deleted.template().metadata().cid());
        }
        return result;
    }
}
