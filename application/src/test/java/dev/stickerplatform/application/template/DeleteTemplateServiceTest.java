package dev.stickerplatform.application.template;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.FAN;
import static dev.stickerplatform.application.query.Fixtures.T0;
import static dev.stickerplatform.application.query.Fixtures.creator;
import static dev.stickerplatform.application.query.Fixtures.sticker;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.template.DeleteTemplateService.Command;
import dev.stickerplatform.application.template.DeleteTemplateService.Result;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import java.time.Clock;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class DeleteTemplateServiceTest {
    private final Store store = new InMemoryStore();
    private final FakeContentStore content = new FakeContentStore();
    private final CreateTemplateService create =
            new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC));
    private final DeleteTemplateService service = new DeleteTemplateService(store, content);

    @BeforeEach
    void registerCreator() {
        store.creators().save(creator(CREATOR, "alice"));
    }

    private StickerTemplate template(String name, long algo, byte[] image) {
        var command = new CreateTemplateService.Command(CREATOR, name, StickerType.SOULBOUND, TemplateCategory.TIP,
                MicroAlgos.ofAlgo(algo), image);
        return ((CreateTemplateService.Result.Created) create.create(command)).template();
    }

    @Test
    void deletesAnUnusedTemplateAndUnpinsItsImageAndMetadata() {
        StickerTemplate template = template("Thanks", 1, Images.png("a"));

        Result result = service.delete(new Command(CREATOR, template.id()));

        assertThat(result).isEqualTo(new Result.Deleted(template));
        assertThat(store.templates().find(template.id())).isEmpty();
        assertThat(content.isPinned(template.image().cid())).isFalse();
        assertThat(content.isPinned(template.metadata().cid())).isFalse();
    }

    @Test
    void anotherCreatorsTemplateIsNotFoundAndStays() {
        StickerTemplate template = template("Thanks", 1, Images.png("a"));

        assertThat(service.delete(new Command(wallet(9), template.id()))).isEqualTo(new Result.NotFound(template.id()));
        assertThat(store.templates().find(template.id())).isPresent();
    }

    @Test
    void anUnknownTemplateIsNotFound() {
        assertThat(service.delete(new Command(CREATOR, 404))).isEqualTo(new Result.NotFound(404));
    }

    @Test
    void refusesATemplateStickersWereMintedFrom() {
        StickerTemplate template = template("Thanks", 1, Images.png("a"));
        store.stickers().insert(sticker("a", template, FAN, StickerType.SOULBOUND, DeliveryStatus.DELIVERED, 11, 1));
        store.stickers().insert(sticker("b", template, FAN, StickerType.SOULBOUND, DeliveryStatus.PENDING_OPTIN, 12, 2));

        assertThat(service.delete(new Command(CREATOR, template.id()))).isEqualTo(new Result.InUse(2));
        assertThat(store.templates().find(template.id())).isPresent();
        assertThat(content.isPinned(template.metadata().cid())).isTrue();
    }

    @Test
    void refusesATemplateWhoseJobsHaveNotMintedYetSayingHowMany() {
        StickerTemplate template = template("Thanks", 1, Images.png("a"));
        for (int i = 0; i < 3; i++) {
            store.mintJobs().insertIfAbsent(TestData.aJob().forTemplate(template.id()).build());
        }

        assertThat(service.delete(new Command(CREATOR, template.id()))).isEqualTo(new Result.JobsPending(3));
        assertThat(store.templates().find(template.id())).isPresent();
        assertThat(content.isPinned(template.metadata().cid())).isTrue();
    }

    @Test
    void keepsAnImageAnotherCreatorsTemplateShows() {
        byte[] image = Images.png("shared by two creators");
        StickerTemplate deleted = template("One", 1, image);
        store.creators().save(creator(wallet(7), "bob"));
        var other = (CreateTemplateService.Result.Created) create.create(new CreateTemplateService.Command(
                wallet(7), "Theirs", StickerType.SOULBOUND, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), image));

        service.delete(new Command(CREATOR, deleted.id()));

        assertThat(content.fetch(other.template().image().cid()).orElseThrow().bytes()).isEqualTo(image);
        assertThat(content.isPinned(deleted.metadata().cid())).isFalse();
    }

    @Test
    void keepsAnImageAnotherOfTheCreatorsTemplatesStillShows() {
        byte[] image = Images.png("shared");
        StickerTemplate deleted = template("One", 1, image);
        StickerTemplate kept = template("Two", 2, image);

        service.delete(new Command(CREATOR, deleted.id()));

        assertThat(content.isPinned(kept.image().cid())).isTrue();
        assertThat(content.isPinned(deleted.metadata().cid())).isFalse();
    }

    @Test
    void aFailedUnpinDoesNotUndoTheDelete() {
        StickerTemplate template = template("Thanks", 1, Images.png("a"));
        content.failUnpins = true;

        assertThat(service.delete(new Command(CREATOR, template.id()))).isInstanceOf(Result.Deleted.class);
        assertThat(store.templates().find(template.id())).isEmpty();
    }

    @Test
    void theTemplateIdMustBePositive() {
        assertThatThrownBy(() -> new Command(CREATOR, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
