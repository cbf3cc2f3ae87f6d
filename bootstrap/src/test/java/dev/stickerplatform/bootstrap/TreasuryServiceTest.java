package dev.stickerplatform.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.adapters.kms.StaticSigners;
import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.application.treasury.SpendKind;
import dev.stickerplatform.application.treasury.SpendLedger;
import dev.stickerplatform.application.treasury.TreasuryService;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.MutableClock;
import dev.stickerplatform.domain.port.SignerRole;
import java.math.BigDecimal;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The treasury's figures on the simulated ledger: available ALGO, spend per kind and day, fees, runway. */
class TreasuryServiceTest {
    final SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks());
    final StaticSigners signers = StaticSigners.generateDev(new SecureRandom());
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
    final SpendLedger spend = new SpendLedger(clock);
    final TreasuryService treasury = new TreasuryService(new SimulatedChain(ledger), new InMemoryStore(), signers,
            null, spend, MicroAlgos.of(551_500), clock);

    @AfterEach
    void stop() {
        ledger.close();
    }

    @Test
    void runwayIsTheAvailableAlgoOverTheNetSpendPerDay() {
        for (SignerRole role : SignerRole.values()) {
            ledger.fund(signers.forRole(role).address(), MicroAlgos.ofAlgo(100));
        }
        // day 1: 10 stickers minted and delivered, 0.2 ALGO of fees came in
        for (int i = 0; i < 10; i++) {
            spend.spent(SpendKind.MINT, MicroAlgos.of(101_000));
            spend.spent(SpendKind.DELIVERY, MicroAlgos.of(1_000));
        }
        spend.feesReceived(MicroAlgos.of(200_000));
        clock.advance(Duration.ofDays(1));
        // day 2: one expired sticker destroyed, its 0.1 ALGO back
        spend.spent(SpendKind.DESTROY, MicroAlgos.of(1_000));
        spend.returned(MicroAlgos.of(100_000));

        TreasuryService.Report report = treasury.report();

        assertThat(report.accounts()).hasSize(4);
        // each role account: 100 ALGO, 0.1 ALGO minimum balance
        assertThat(report.available()).isEqualTo(MicroAlgos.of(4 * (100_000_000L - 100_000)));
        assertThat(report.days()).hasSize(2);
        assertThat(report.days().get(0).spent().get(SpendKind.MINT)).isEqualTo(1_010_000);
        assertThat(report.days().get(0).totalSpent()).isEqualTo(1_020_000);
        assertThat(report.feesReceived()).isEqualTo(MicroAlgos.of(200_000));
        assertThat(report.daysObserved()).isEqualTo(2);
        // (1,020,000 + 1,000 − 200,000 − 100,000) / 2 days = 360,500 µALGO a day
        assertThat(report.netSpendPerDay()).isEqualTo(MicroAlgos.of(360_500));
        assertThat(report.runwayDays()).isEqualTo(new BigDecimal("399600000").divide(new BigDecimal("360500"), 1,
                java.math.RoundingMode.DOWN));
    }

    @Test
    void withoutNetSpendThereIsNoRunwayFigure() {
        spend.spent(SpendKind.MINT, MicroAlgos.of(101_000));
        spend.feesReceived(MicroAlgos.of(150_000));

        assertThat(treasury.report().runwayDays()).isNull();
        assertThat(treasury.report().netSpendPerDay()).isEqualTo(MicroAlgos.ZERO);
    }
}
