package dev.stickerplatform.bootstrap.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The platform fee settings from the environment: defaults, values, and refusals that name the variable. */
class PlatformFeeSettingsTest {
    private static PlatformConfig read(Map<String, String> env) {
        return PlatformConfig.fromEnv(new Env(env));
    }

    @Test
    void withoutSettingsThereIsNoFeeAndTheTreasuryIsTheMinter() {
        PlatformConfig config = read(Map.of());

        assertThat(config.deployment().fee()).isEqualTo(PlatformFee.NONE);
        assertThat(config.deployment().treasury()).isNull();
        assertThat(config.deployment().allowSubsidisedStickers()).isFalse();
    }

    @Test
    void basisPointsFloorAndTreasuryAreRead() {
        String treasury = TestKeys.newAddress().value();
        PlatformConfig config = read(Map.of("PLATFORM_FEE_BPS", "250", "PLATFORM_FEE_FLOOR_MICROALGOS", "102000",
                "TREASURY_ADDRESS", treasury, "ALLOW_SUBSIDISED_STICKERS", "true"));

        assertThat(config.deployment().fee()).isEqualTo(new PlatformFee(250, MicroAlgos.of(102_000)));
        assertThat(config.deployment().treasury().value()).isEqualTo(treasury);
        assertThat(config.deployment().allowSubsidisedStickers()).isTrue();
    }

    @Test
    void aShorterBlockTimeKeepsTheFee() {
        PlatformConfig config = read(Map.of("PLATFORM_FEE_BPS", "250")).withBlockTime(Duration.ofMillis(50));

        assertThat(config.deployment().fee().basisPoints()).isEqualTo(250);
    }

    @Test
    void aFeeOfTheWholeTipIsRefused() {
        assertThatThrownBy(() -> read(Map.of("PLATFORM_FEE_BPS", "10000")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PLATFORM_FEE_BPS must be between 0 and 9999");
    }

    @Test
    void aNegativeFloorIsRefused() {
        assertThatThrownBy(() -> read(Map.of("PLATFORM_FEE_FLOOR_MICROALGOS", "-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("PLATFORM_FEE_FLOOR_MICROALGOS");
    }

    @Test
    void aTreasuryThatIsNoAddressIsRefused() {
        assertThatThrownBy(() -> read(Map.of("TREASURY_ADDRESS", "not-an-address")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("TREASURY_ADDRESS");
    }
}
