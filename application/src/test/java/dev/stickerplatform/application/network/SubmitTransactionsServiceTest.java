package dev.stickerplatform.application.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.application.network.SubmitTransactionsService.Command;
import dev.stickerplatform.application.network.SubmitTransactionsService.Result;
import dev.stickerplatform.domain.port.ChainRejectedException;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubmitTransactionsServiceTest {
    private final FakeChain chain = new FakeChain();
    private final SubmitTransactionsService service = new SubmitTransactionsService(chain);

    @Test
    void submitsOneTransactionAndAnswersItsId() {
        Result result = service.submit(new Command(List.of(new byte[] {1, 2, 3})));

        assertThat(((Result.Submitted) result).txId()).isEqualTo(FakeChain.idOf(new byte[] {1, 2, 3}));
    }

    @Test
    void submitsAGroupAsOneSubmissionInOrder() {
        Result.Submitted result = (Result.Submitted) service.submit(new Command(List.of(new byte[] {1}, new byte[] {2})));

        assertThat(chain.submittedGroups).hasSize(1);
        assertThat(chain.submittedGroups.getFirst()).containsExactly(new byte[] {1}, new byte[] {2});
        assertThat(result.txIds()).containsExactly(FakeChain.idOf(new byte[] {1}), FakeChain.idOf(new byte[] {2}));
    }

    @Test
    void aTransactionTheChainRefusesIsRejectedWithItsReason() {
        chain.reject = new ChainRejectedException("overspend: balance 0 below min 100000");

        assertThat(service.submit(new Command(List.of(new byte[] {1}))))
                .isEqualTo(new Result.Rejected("overspend: balance 0 below min 100000"));
    }

    @Test
    void anUnreachableNodePropagates() {
        chain.down = true;

        assertThatThrownBy(() -> service.submit(new Command(List.of(new byte[] {1}))))
                .isInstanceOf(ChainUnavailableException.class);
    }

    @Test
    void decodesBase64WithOrWithoutPadding() {
        Command command = Command.ofBase64(List.of("AQID", "AQI=", "AQI"));

        assertThat(command.signedTxns()).containsExactly(new byte[] {1, 2, 3}, new byte[] {1, 2}, new byte[] {1, 2});
    }

    @Test
    void saysWhichEntryIsNotBase64() {
        assertThatThrownBy(() -> Command.ofBase64(List.of("AQID", "not base64!")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("signed transaction 2 is not valid base64");
    }

    @Test
    void needsAtLeastOneTransaction() {
        assertThatThrownBy(() -> new Command(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void acceptsAtMostSixteenTransactions() {
        List<byte[]> seventeen = new ArrayList<>(Collections.nCopies(17, new byte[] {1}));

        assertThat(new Command(seventeen.subList(0, 16)).signedTxns()).hasSize(16);
        assertThatThrownBy(() -> new Command(seventeen)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnEmptyTransaction() {
        assertThatThrownBy(() -> Command.ofBase64(List.of(""))).isInstanceOf(IllegalArgumentException.class);
    }
}
