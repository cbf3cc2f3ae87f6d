package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The waits that scale with the block time: computed in one place, the same for the pipeline and deployments. */
class RoundTimingTest {
    @Test
    void theDefaultBlockTimeGivesFiveSecondRoundsAndHalfARoundRechecks() {
        PlatformConfig config = PlatformConfig.embedded();

        assertThat(config.chain().rounds()).isEqualTo(new RoundTiming(Duration.ofSeconds(5), Duration.ofMillis(510)));
        assertThat(config.pipelineConfig().roundTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(config.pipelineConfig().recheckDelay()).isEqualTo(Duration.ofMillis(510));
        assertThat(config.deploymentConfig().roundTimeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aShorterBlockTimeShortensEveryWaitAndKeepsTheOtherSettings() {
        PlatformConfig config = PlatformConfig.fromEnv(new Env(Map.of("JOB_LEASE_MS", "9000",
                "CONTRACT_FUND_AMOUNT", "200000"))).withBlockTime(Duration.ofMillis(100));

        assertThat(config.pipelineConfig().roundTimeout()).isEqualTo(Duration.ofMillis(1400));
        assertThat(config.pipelineConfig().recheckDelay()).isEqualTo(Duration.ofMillis(60));
        assertThat(config.deploymentConfig().roundTimeout()).isEqualTo(Duration.ofMillis(1400));
        assertThat(config.pipelineConfig().lease()).isEqualTo(Duration.ofSeconds(9));
        assertThat(config.deploymentConfig().fundAmount().value()).isEqualTo(200_000);
    }

    @Test
    void goldenOddsAndFaucetAreReadIntoTheirOwnRecords() {
        PlatformConfig config = PlatformConfig.fromEnv(new Env(Map.of("GOLDEN_THRESHOLD", "0.25",
                "GOLDEN_TRIGGER_INTERVAL", "7", "FAUCET_APPROVAL_ABOVE_ALGO", "2.5")));

        assertThat(config.goldenOdds()).isEqualTo(new GoldenOddsSettings(2500, 7));
        assertThat(config.faucet().max().value()).isEqualTo(10_000_000);
        assertThat(config.faucet().approvalAbove().value()).isEqualTo(2_500_000);
    }
}
