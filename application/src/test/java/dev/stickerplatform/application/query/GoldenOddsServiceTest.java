package dev.stickerplatform.application.query;

import static dev.stickerplatform.domain.port.TestData.CREATOR;
import static dev.stickerplatform.domain.port.TestData.FAN;
import static dev.stickerplatform.domain.port.TestData.aTemplate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.query.GoldenOddsService.GoldenOddsView;
import dev.stickerplatform.application.query.GoldenOddsService.Query;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.port.Store;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class GoldenOddsServiceTest {
    private final Store store = new InMemoryStore();
    private final GoldenOddsService odds = new GoldenOddsService(store,
            Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC));

    @BeforeEach
    void templates() {
        store.templates().insert(aTemplate().named("Thanks").withThreshold(1_000_000).build());
        store.templates().insert(aTemplate().named("Shiny").ofType(StickerType.GOLDEN).withThreshold(5_000_000)
                .build());
    }

    @Test
    void aTipReachingAGoldenTemplateIsCertainlyGolden() {
        GoldenOddsView view = odds.get(new Query(FAN, MicroAlgos.ofAlgo(6), CREATOR));

        assertThat(view.golden()).isTrue();
        assertThat(view.goldenBps()).isEqualTo(10_000);
        assertThat(view.templateName()).isEqualTo("Shiny");
        assertThat(view.description()).contains("earns 'Shiny' (golden)");
    }

    @Test
    void aTipBelowTheGoldenThresholdIsCertainlyNotGolden() {
        GoldenOddsView view = odds.get(new Query(FAN, MicroAlgos.ofAlgo(2), CREATOR));

        assertThat(view.golden()).isFalse();
        assertThat(view.goldenBps()).isZero();
        assertThat(view.templateName()).isEqualTo("Thanks");
    }

    @Test
    void neverPromisesChanceNorAGuaranteeEveryNTips() {
        GoldenOddsView withoutCreator = odds.get(new Query(FAN, MicroAlgos.ofAlgo(10), null));

        assertThat(withoutCreator.golden()).isNull();
        assertThat(withoutCreator.description()).contains("?creator=");
        assertThat(withoutCreator.notice()).contains("No chance is involved").contains("highest threshold");
        assertThat(withoutCreator.description() + withoutCreator.notice()).doesNotContain("Guaranteed")
                .doesNotContain("% chance");
    }
}
