package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.StickerTemplate;

/** A deleted template. */
public record TemplateDeletedJson(long templateId, String message) {

    public static TemplateDeletedJson of(long templateId, StickerTemplate template) {
        return new TemplateDeletedJson(templateId, "Template '" + template.name() + "' deleted");
    }
}
