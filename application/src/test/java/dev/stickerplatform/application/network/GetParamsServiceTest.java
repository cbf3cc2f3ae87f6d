package dev.stickerplatform.application.network;

import static dev.stickerplatform.application.query.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.network.GetParamsService.Config;
import dev.stickerplatform.application.network.GetParamsService.Params;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import dev.stickerplatform.domain.port.MutableClock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class GetParamsServiceTest {
    private final FakeChain chain = new FakeChain();
    private final MutableClock clock = new MutableClock(T0);
    private final GetParamsService service = new GetParamsService(chain, clock, Config.defaults());

    @Test
    void theFeeIsTheFlatMinimumFeeNotThePerByteFee() {
        chain.params = new TxParams(MicroAlgos.of(1000), 0, Round.of(1), Round.of(1001), "g", "h");

        Params params = service.get();

        assertThat(params.fee()).isEqualTo(MicroAlgos.of(1000));
        assertThat(params.minFee()).isEqualTo(MicroAlgos.of(1000));
    }

    @Test
    void theFeeIsNeverZero() {
        chain.params = new TxParams(MicroAlgos.ZERO, 0, Round.of(1), Round.of(1001), "g", "h");

        assertThat(service.get().fee()).isEqualTo(MicroAlgos.of(1000));
    }

    @Test
    void passesTheValidityWindowAndGenesisThrough() {
        Params params = service.get();

        assertThat(params).isEqualTo(new Params(MicroAlgos.of(1000), MicroAlgos.of(1000), Round.of(500),
                Round.of(1500), "testnet-v1.0", "SGO1GKSzyE7IEPItTxCByw9x8FmnrCDexi9/cOUJOiI="));
    }

    @Test
    void reusesTheNodesAnswerWithinTheCacheTime() {
        service.get();
        clock.advance(Duration.ofMillis(1999));
        service.get();

        assertThat(chain.paramsCalls).isEqualTo(1);
    }

    @Test
    void asksTheNodeAgainOnceTheCacheTimeIsOver() {
        service.get();
        clock.advance(Duration.ofSeconds(2));
        chain.params = new TxParams(MicroAlgos.of(1000), 0, Round.of(600), Round.of(1600), "g", "h");

        assertThat(service.get().firstValid()).isEqualTo(Round.of(600));
        assertThat(chain.paramsCalls).isEqualTo(2);
    }

    @Test
    void anUnreachableNodePropagates() {
        chain.down = true;

        assertThatThrownBy(service::get).isInstanceOf(ChainUnavailableException.class);
    }
}
