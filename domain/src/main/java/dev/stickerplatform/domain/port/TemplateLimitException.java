package dev.stickerplatform.domain.port;

/**
 * The creator already has the most templates allowed ({@code TemplateRules.MAX_TEMPLATES_PER_CREATOR}); the
 * store refuses the insert atomically, so concurrent uploads can never exceed the cap. Nothing was written.
 */
public class TemplateLimitException extends RuntimeException {
    private final int max;

    public TemplateLimitException(int max) {
        super("the creator already has " + max + " templates");
        this.max = max;
    }

    public int max() {
        return max;
    }
}
