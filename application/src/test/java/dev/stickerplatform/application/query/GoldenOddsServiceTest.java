package dev.stickerplatform.application.query;

import static dev.stickerplatform.application.query.Fixtures.FAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.query.GoldenOddsService.Config;
import dev.stickerplatform.application.query.GoldenOddsService.GoldenOddsView;
import dev.stickerplatform.application.query.GoldenOddsService.Query;
import dev.stickerplatform.domain.model.MicroAlgos;
import org.junit.jupiter.api.Test;

class GoldenOddsServiceTest {
    @Test
    void addsTheWhaleBonusForTheAmount() {
        GoldenOddsView odds = new GoldenOddsService(Config.defaults()).get(new Query(FAN, MicroAlgos.ofAlgo(10)));

        assertThat(odds).extracting(GoldenOddsView::baseBps, GoldenOddsView::bonusBps, GoldenOddsView::totalBps)
                .containsExactly(1000, 1000, 2000);
        assertThat(odds.description()).isEqualTo("20% chance of golden sticker (+10% whale bonus). Guaranteed every 10 tips.");
    }

    @Test
    void usesTheConfiguredBaseAndInterval() {
        GoldenOddsView odds = new GoldenOddsService(new Config(2500, 4)).get(new Query(FAN, MicroAlgos.ofAlgo(1)));

        assertThat(odds.totalBps()).isEqualTo(2500);
        assertThat(odds.interval()).isEqualTo(4);
    }

    @Test
    void saysPlainlyThatTemplatesNotChanceDecideGoldenStickers() {
        GoldenOddsView odds = new GoldenOddsService(Config.defaults()).get(new Query(FAN, MicroAlgos.ofAlgo(1)));

        assertThat(odds.notice()).contains("informational only").contains("creator's sticker templates")
                .contains("not from chance");
    }

    @Test
    void refusesABaseChanceOutsideTheCap() {
        assertThatThrownBy(() -> new Config(8001, 10)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Config(1000, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
