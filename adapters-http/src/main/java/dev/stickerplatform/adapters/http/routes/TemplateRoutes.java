package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.Problem;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.TemplateDeletedJson;
import dev.stickerplatform.adapters.http.resources.TemplateJson;
import dev.stickerplatform.adapters.http.resources.TemplateListJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.template.CreateTemplateService;
import dev.stickerplatform.application.template.DeleteTemplateService;
import dev.stickerplatform.application.template.ListTemplatesService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.policy.TemplateRules.Violation;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;
import java.util.List;

/** A creator's sticker templates: upload (multipart), list and delete. */
final class TemplateRoutes implements RouteGroup {
    private final CreateTemplateService createTemplate;
    private final ListTemplatesService listTemplates;
    private final DeleteTemplateService deleteTemplate;

    TemplateRoutes(CreateTemplateService createTemplate, ListTemplatesService listTemplates,
                   DeleteTemplateService deleteTemplate) {
        this.createTemplate = createTemplate;
        this.listTemplates = listTemplates;
        this.deleteTemplate = deleteTemplate;
    }

    @Override
    public void register(RouteTable routes) {
        routes.upload("/creator/{wallet}/sticker-template", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                TemplateUpload.MAX_REQUEST_BYTES, this::create);
        routes.get("/creator/{wallet}/templates", RouteClass.READ, this::list);
        routes.delete("/creator/{wallet}/template/{templateId}", AccessRule.walletInPath("wallet"), RouteClass.WRITE,
                this::delete);
    }

    private void create(Context ctx) {
        Address creator = Params.wallet(ctx, "wallet");
        TemplateUpload.Form form = TemplateUpload.read(ctx);
        StickerType type = Params.wireEnum("sticker_type", orDefault(form.field("sticker_type", "stickerType"),
                "soulbound"), StickerType.class);
        TemplateCategory category = Params.wireEnum("category", orDefault(form.field("category", "category"), "tip"),
                TemplateCategory.class);
        MicroAlgos threshold = Params.algo("tip_threshold", orDefault(form.field("tip_threshold", "tipThreshold"),
                "1"));
        if (form.image() == null) {
            throw ProblemException.invalid("image", "is required (a PNG, JPEG, GIF or WebP file)");
        }
        var command = Params.command("body", () -> new CreateTemplateService.Command(creator,
                form.field("name", "name"), type, category, threshold, form.image()));
        switch (createTemplate.create(command)) {
            case CreateTemplateService.Result.Created created -> ctx.status(201)
                    .json(TemplateJson.of(created.template(), 0));
            case CreateTemplateService.Result.CreatorNotFound notFound -> throw ProblemException.notFound(
                    "The wallet is not a registered creator. Register first via POST /creator/register.");
            case CreateTemplateService.Result.Rejected rejected -> throw rejection(rejected.violation());
        }
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value.strip();
    }

    private static ProblemException rejection(Violation violation) {
        String field = switch (violation.field()) {
            case "tipThreshold" -> "tip_threshold";
            case "stickerType" -> "sticker_type";
            default -> violation.field();
        };
        return switch (violation.kind()) {
            case INVALID -> ProblemException.invalid(field, violation.message());
            case TOO_LARGE -> ProblemException.of(ProblemType.TOO_LARGE, violation.message());
            case LIMIT -> new ProblemException(Problem.of(ProblemType.QUOTA_EXCEEDED, violation.message())
                    .withExtension("limit", "templates-per-creator"));
            case DUPLICATE -> ProblemException.conflict(violation.message());
        };
    }

    private void list(Context ctx) {
        Address creator = Params.wallet(ctx, "wallet");
        PageRequest page = PageParams.read(ctx);
        ListTemplatesService.TemplateList all = listTemplates.list(new ListTemplatesService.Query(creator));
        List<TemplateJson> items = all.templates().stream().skip(page.offset()).limit(page.limit())
                .map(view -> TemplateJson.of(view.template(), view.mintCount())).toList();
        boolean more = page.offset() + items.size() < all.total();
        ctx.json(TemplateListJson.of(creator, items, all.total(), page.limit(),
                PageParams.next(page, items.size(), more)));
    }

    private void delete(Context ctx) {
        Address creator = Params.wallet(ctx, "wallet");
        long templateId = Params.positiveLong(ctx, "templateId");
        switch (deleteTemplate.delete(new DeleteTemplateService.Command(creator, templateId))) {
            case DeleteTemplateService.Result.Deleted deleted -> ctx.json(TemplateDeletedJson.of(templateId,
                    deleted.template()));
            case DeleteTemplateService.Result.NotFound notFound -> throw ProblemException.notFound(
                    "The creator has no template with this id.");
            case DeleteTemplateService.Result.InUse inUse -> throw ProblemException.conflict(
                    "Cannot delete a template with " + inUse.mintCount() + " minted stickers.");
            case DeleteTemplateService.Result.JobsPending pending -> throw new ProblemException(Problem.of(
                    ProblemType.CONFLICT, "Cannot delete a template while " + pending.jobCount()
                            + " of its stickers are still being minted. Try again when they are done.")
                    .withExtension("pendingJobs", pending.jobCount()));
        }
    }
}
