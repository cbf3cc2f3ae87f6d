package dev.stickerplatform.application.tipjar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.adapters.persistence.memory.InMemoryDailyCaps;
import dev.stickerplatform.adapters.persistence.memory.SeededRandomness;
import dev.stickerplatform.application.CrashAfterSubmit;
import dev.stickerplatform.application.OneBlockPerWait;
import dev.stickerplatform.application.Testbed;
import dev.stickerplatform.application.budget.DailyBudget;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.PlatformFee;
import dev.stickerplatform.domain.model.TipJarStatus;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.DailyCapKind;
import dev.stickerplatform.domain.port.DailyCapReachedException;
import dev.stickerplatform.domain.port.TestKeys;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Registering a creator on the in-memory store and the simulated chain (one block per round the registration waits
 * for): one app per creator however often it is called, a registration that answers "pending" finished by the
 * next call, each kill point, the fee floor and the daily deployment cap.
 */
class RegisterCreatorServiceTest {
    static final MicroAlgos FUND = MicroAlgos.of(100_000);
    final Testbed bed = new Testbed();
    final Chain chain = new OneBlockPerWait(bed.chain, bed.ledger);
    final DeploymentConfig config = new DeploymentConfig(FUND, 6, Duration.ofSeconds(1));
    final Address wallet = TestKeys.newAddress();

    @AfterEach
    void close() {
        bed.close();
    }

    @Test
    void aNewCreatorGetsAFundedTipJar() {
        var result = service(chain, config).register(new RegisterCreatorService.Command(wallet, "alice",
                MicroAlgos.ofAlgo(1)));

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(result.creator().wallet()).isEqualTo(wallet);
        assertThat(result.creator().username()).isEqualTo("alice");
        assertThat(result.tipJar().status()).isEqualTo(TipJarStatus.ACTIVE);
        assertThat(bed.store.tipJars().current(wallet)).contains(result.tipJar());
        assertThat(bed.ledger.account(result.tipJar().appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void registeringAgainReturnsTheSameTipJar() {
        var command = new RegisterCreatorService.Command(wallet, null, MicroAlgos.ofAlgo(1));
        var first = service(chain, config).register(command);
        long transactions = bed.transactions();

        var again = service(chain, config).register(command);

        assertThat(again.tipJar()).isEqualTo(first.tipJar());
        bed.block();
        assertThat(bed.transactions()).isEqualTo(transactions);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aRegistrationThatCannotWaitIsPendingAndTheNextCallFinishesIt() {
        var command = new RegisterCreatorService.Command(wallet, null, MicroAlgos.ofAlgo(1));
        var noWait = new DeploymentConfig(FUND, 0, Duration.ofSeconds(1));

        var pending = service(chain, noWait).register(command);
        assertThat(pending).isInstanceOf(RegisterCreatorService.Result.Pending.class);
        assertThat(((RegisterCreatorService.Result.Pending) pending).approval()).isNull();
        assertThat(pending.tipJar().status()).isEqualTo(TipJarStatus.DEPLOYING);

        var done = service(chain, config).register(command);

        assertThat(done).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(done.tipJar().id()).isEqualTo(pending.tipJar().id());
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheCreationTheNextCallCreatesNoSecondApp() {
        var command = new RegisterCreatorService.Command(wallet, null, MicroAlgos.ofAlgo(1));
        assertThatThrownBy(() -> service(new CrashAfterSubmit(chain, 1), config).register(command))
                .isInstanceOf(CrashAfterSubmit.Crash.class);

        var result = service(chain, config).register(command);

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void killedRightAfterSubmittingTheFundingTheNextCallPaysOnce() {
        var command = new RegisterCreatorService.Command(wallet, null, MicroAlgos.ofAlgo(1));
        assertThatThrownBy(() -> service(new CrashAfterSubmit(chain, 2), config).register(command))
                .isInstanceOf(CrashAfterSubmit.Crash.class);

        var result = service(chain, config).register(command);

        assertThat(result).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(bed.ledger.account(result.tipJar().appAddress()).balance()).isEqualTo(FUND);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aMinimumTipAtTheFeeFloorIsRefusedAndNothingIsRecorded() {
        var withFee = config.withFee(new PlatformFee(500, MicroAlgos.of(200_000)), null);

        assertThatThrownBy(() -> service(chain, withFee).register(new RegisterCreatorService.Command(wallet, null,
                MicroAlgos.of(200_000)))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("fee floor");
        assertThat(bed.store.tipJars().current(wallet)).isEmpty();
        assertThat(bed.store.creators().find(wallet)).isEmpty();
    }

    @Test
    void theDailyDeploymentCapRefusesTheNextNewCreatorButNotARepeat() {
        var budget = new DailyBudget(new InMemoryDailyCaps(), bed.clock, Map.of(DailyCapKind.DEPLOYMENT, 1L));
        var service = new RegisterCreatorService(bed.store, chain, new TipJarDeployer(chain, bed.store, bed.signers,
                bed.clock, config), new SeededRandomness(3), bed.clock, config, budget);
        var command = new RegisterCreatorService.Command(wallet, null, MicroAlgos.ofAlgo(1));
        service.register(command);

        Address other = TestKeys.newAddress();
        assertThatThrownBy(() -> service.register(new RegisterCreatorService.Command(other, null,
                MicroAlgos.ofAlgo(1)))).isInstanceOf(DailyCapReachedException.class);
        assertThat(bed.store.tipJars().current(other)).isEmpty();
        assertThat(service.register(command)).isInstanceOf(RegisterCreatorService.Result.Active.class);
        assertThat(bed.appsCreated()).isEqualTo(1);
    }

    @Test
    void aBadCommandIsRefusedBeforeAnythingHappens() {
        assertThatThrownBy(() -> new RegisterCreatorService.Command(wallet, " ", MicroAlgos.ofAlgo(1)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("username");
        assertThatThrownBy(() -> new RegisterCreatorService.Command(null, null, MicroAlgos.ofAlgo(1)))
                .hasMessageContaining("walletAddress");
    }

    private RegisterCreatorService service(Chain on, DeploymentConfig with) {
        return new RegisterCreatorService(bed.store, on, new TipJarDeployer(on, bed.store, bed.signers, bed.clock,
                with), new SeededRandomness(7), bed.clock, with);
    }
}
