package dev.stickerplatform.application.template;

import static dev.stickerplatform.application.query.Fixtures.CREATOR;
import static dev.stickerplatform.application.query.Fixtures.T0;
import static dev.stickerplatform.application.query.Fixtures.cid;
import static dev.stickerplatform.application.query.Fixtures.creator;
import static dev.stickerplatform.application.query.Fixtures.wallet;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.ObservedStore;
import dev.stickerplatform.application.template.CreateTemplateService.Command;
import dev.stickerplatform.application.template.CreateTemplateService.Result;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.policy.TemplateRules.Kind;
import dev.stickerplatform.domain.policy.TemplateRules;
import dev.stickerplatform.domain.port.ContentStoreUnavailableException;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class CreateTemplateServiceTest {
    private final ObservedStore observed = new ObservedStore();
    private final Store store = observed.store();
    private final FakeContentStore content = new FakeContentStore();
    private final CreateTemplateService service =
            new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC));

    @BeforeEach
    void registerCreator() {
        store.creators().save(creator(CREATOR, "alice"));
    }

    private static Command command(String name, long algo, byte[] image) {
        return new Command(CREATOR, name, StickerType.GOLDEN, TemplateCategory.TIP, MicroAlgos.ofAlgo(algo), image);
    }

    private StickerTemplate created(Command command) {
        return ((Result.Created) service.create(command)).template();
    }

    private String metadataJson(StickerTemplate template) {
        return new String(content.fetch(template.metadata().cid()).orElseThrow().bytes(), StandardCharsets.UTF_8);
    }

    @Test
    void recordsTheTemplateWithItsPinnedImageAndMetadata() {
        StickerTemplate template = created(command("Gold star", 5, Images.png("a")));

        assertThat(template.id()).isPositive();
        assertThat(store.templates().find(template.id())).contains(template);
        assertThat(content.isPinned(template.image().cid())).isTrue();
        assertThat(content.isPinned(template.metadata().cid())).isTrue();
        assertThat(template.createdAt()).isEqualTo(T0);
        assertThat(template.assetUrl()).isEqualTo("ipfs://" + template.metadata().cid() + "#arc3");
    }

    @Test
    void takesTheImageTypeFromItsBytes() {
        StickerTemplate template = created(command("Gold star", 5, Images.png("a")));

        assertThat(template.imageMimeType()).isEqualTo("image/png");
        assertThat(content.fetch(template.image().cid()).orElseThrow().mimeType()).isEqualTo("image/png");
    }

    @Test
    void namesTheImagePinAfterTheWalletAndTemplate() {
        created(command("Gold star", 5, Images.png("a")));

        assertThat(content.pinNames.getFirst()).isEqualTo(CREATOR.value().substring(0, 8) + "-Gold star");
    }

    @Test
    void theMetadataIsArc3PointingAtTheImageWithItsIntegrity() {
        byte[] image = Images.png("a");
        StickerTemplate template = created(command("Gold star", 5, image));

        assertThat(metadataJson(template))
                .contains("\"image\":\"ipfs://" + template.image().cid() + "\"")
                .contains("\"image_integrity\":\"sha256-" + Base64.getEncoder().encodeToString(Hashes.sha256(image)) + "\"")
                .contains("\"image_mimetype\":\"image/png\"")
                .contains("\"type\":\"golden\"")
                .contains("\"tip_threshold_micro_algos\":5000000");
        assertThat(content.fetch(template.metadata().cid()).orElseThrow().mimeType()).isEqualTo("application/json");
    }

    @Test
    void theMetadataHashIsTheSha256OfThePinnedBytes() {
        StickerTemplate template = created(command("Gold star", 5, Images.png("a")));

        byte[] pinned = content.fetch(template.metadata().cid()).orElseThrow().bytes();
        assertThat(template.metadataHash()).isEqualTo(Hash32.of(Hashes.sha256(pinned)));
    }

    @Test
    void anUnregisteredCreatorIsNotFoundAndNothingIsPinned() {
        Command command = new Command(wallet(9), "x",
                StickerType.GOLDEN, TemplateCategory.TIP, MicroAlgos.ofAlgo(1), Images.png("a"));

        assertThat(service.create(command)).isInstanceOf(Result.CreatorNotFound.class);
        assertThat(content.pinnedCount()).isZero();
    }

    @Test
    void aBrokenRuleIsRejectedWithItsViolationBeforeAnythingIsPinned() {
        Command command = new Command(CREATOR, "x", StickerType.GOLDEN, TemplateCategory.TIP, MicroAlgos.of(99_999),
                Images.png("a"));

        Result.Rejected rejected = (Result.Rejected) service.create(command);

        assertThat(rejected.violation().kind()).isEqualTo(Kind.INVALID);
        assertThat(rejected.violation().field()).isEqualTo("tipThreshold");
        assertThat(content.pinnedCount()).isZero();
    }

    @Test
    void theRulesSeeTheCreatorsExistingTemplates() {
        created(command("Gold star", 5, Images.png("a")));

        Result.Rejected rejected = (Result.Rejected) service.create(command("Again", 5, Images.png("b")));

        assertThat(rejected.violation().kind()).isEqualTo(Kind.DUPLICATE);
    }

    @Test
    void anImageThatIsNotPngJpegGifOrWebpIsRejected() {
        Result result = service.create(command("Sneaky", 5, Images.svg()));

        assertThat(result).isEqualTo(new Result.Rejected(CreateTemplateService.UNKNOWN_IMAGE_TYPE));
        assertThat(content.pinnedCount()).isZero();
    }

    @Test
    void whenPinningTheMetadataFailsTheImageIsUnpinnedAndTheFailurePropagates() {
        content.failPinsOfType = "application/json";

        assertThatThrownBy(() -> service.create(command("Gold star", 5, Images.png("a"))))
                .isInstanceOf(ContentStoreUnavailableException.class);
        assertThat(content.pinnedCount()).isZero();
        assertThat(store.templates().byCreator(CREATOR)).isEmpty();
    }

    @Test
    void aConcurrentDuplicateIsRejectedAndKeepsTheContentTheWinnerUses() {
        Command command = command("Gold star", 5, Images.png("a"));
        CreateTemplateService concurrent = new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC));
        observed.beforeNext("Templates.insert", () -> {
            concurrent.create(command);
        });

        Result result = service.create(command);

        assertThat(result).isEqualTo(new Result.Rejected(CreateTemplateService.CONCURRENT_DUPLICATE));
        StickerTemplate winner = store.templates().byCreator(CREATOR).getFirst();
        assertThat(content.isPinned(winner.image().cid())).isTrue();
        assertThat(content.isPinned(winner.metadata().cid())).isTrue();
    }

    @Test
    void aConcurrentDuplicateWithAnotherImageReleasesTheLosersPins() {
        CreateTemplateService concurrent = new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC));
        observed.beforeNext("Templates.insert", () -> {
            concurrent.create(command("Gold star", 5, Images.png("winner")));
        });

        service.create(command("Gold star", 5, Images.png("loser")));

        assertThat(content.pinnedCount()).isEqualTo(2);
        assertThat(content.isPinned(cid(Images.png("loser")))).isFalse();
    }

    @Test
    void theCreatorsTemplateQuotaIsEnforcedBeforeAnythingIsPinned() {
        CreateTemplateService limited = new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC), 1);
        created(command("Gold star", 5, Images.png("a")));
        int pinned = content.pinnedCount();

        Result.Rejected rejected = (Result.Rejected) limited.create(command("Silver star", 6, Images.png("b")));

        assertThat(rejected.violation().kind()).isEqualTo(Kind.LIMIT);
        assertThat(rejected.violation().message()).contains("Maximum 1 sticker templates");
        assertThat(content.pinnedCount()).isEqualTo(pinned);
    }

    @Test
    void theStoresTemplateCapUnderConcurrencyIsALimitAndReleasesThePins() {
        for (int i = 1; i < TemplateRules.MAX_TEMPLATES_PER_CREATOR; i++) {
            created(command("Star " + i, i, Images.png("star " + i)));
        }
        CreateTemplateService concurrent = new CreateTemplateService(store, content, Clock.fixed(T0, ZoneOffset.UTC));
        observed.beforeNext("Templates.insert", () -> {
            concurrent.create(command("Winner", 100, Images.png("winner")));
        });

        Result.Rejected rejected = (Result.Rejected) service.create(command("Loser", 101, Images.png("loser")));

        assertThat(rejected.violation().kind()).isEqualTo(Kind.LIMIT);
        assertThat(content.isPinned(cid(Images.png("loser")))).isFalse();
        assertThat(store.templates().countByCreator(CREATOR)).isEqualTo(TemplateRules.MAX_TEMPLATES_PER_CREATOR);
    }

    @Test
    void aStoreOutageWhileRecordingPropagates() {
        observed.beforeNext("Templates.insert", () -> observed.down(true));

        assertThatThrownBy(() -> service.create(command("Gold star", 5, Images.png("a"))))
                .isInstanceOf(StoreUnavailableException.class);
    }

    @Test
    void theCommandNeedsEveryField() {
        assertThatThrownBy(() -> new Command(CREATOR, "x", StickerType.GOLDEN, TemplateCategory.TIP,
                MicroAlgos.ofAlgo(1), null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Command(null, "x", StickerType.GOLDEN, TemplateCategory.TIP,
                MicroAlgos.ofAlgo(1), Images.png("a"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theCommandKeepsItsOwnCopyOfTheImage() {
        byte[] image = Images.png("a");
        Command command = command("Gold star", 5, image);
        image[0] = 0;

        assertThat(command.image()[0]).isEqualTo((byte) 0x89);
    }
}
