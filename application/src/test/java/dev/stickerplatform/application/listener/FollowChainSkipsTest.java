package dev.stickerplatform.application.listener;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.persistence.memory.InMemoryStore;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.TipEvent;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.AppCall;
import dev.stickerplatform.domain.port.Chain.BlockEvents;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.Store;
import dev.stickerplatform.domain.port.TestData;
import dev.stickerplatform.domain.port.ThrowingChain;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * One transaction the listener cannot interpret never stops a round: it is skipped and recorded with the round,
 * and the genuine tips of the same block are still recorded.
 */
class FollowChainSkipsTest {
    private static final Address FAN = TestData.FAN;
    private static final MicroAlgos TWO_ALGO = MicroAlgos.ofAlgo(2);

    private final Store store = new InMemoryStore();
    private final TipJar jar = TestData.aTipJar().of(TestData.CREATOR).build();
    private final List<AppCall> calls = new ArrayList<>();
    private final List<Chain.Skipped> readerSkips = new ArrayList<>();
    private final Chain chain = new ThrowingChain() {
        @Override
        public Optional<BlockEvents> block(Round round) {
            return Optional.of(new BlockEvents(round, Instant.EPOCH, calls, List.of(), readerSkips));
        }
    };
    private final FollowChainService listener = new FollowChainService(chain, store, Clock.systemUTC(), Round.of(7),
            TestData.address("platform"));

    @Test
    void aLogNoTipProxyCouldWriteIsSkippedAndTheTipBesideItRecorded() {
        store.tipJars().insert(jar);
        TxId hostile = TestData.uniqueTxId();
        byte[] beyondAnySupply = TipEvent.withFee(FAN, TWO_ALGO, MicroAlgos.ZERO, "x").encode();
        beyondAnySupply[36] = (byte) 0xFF;
        calls.add(new AppCall(hostile, jar.appId(), FAN, List.of(beyondAnySupply), 0));
        TxId genuine = TestData.uniqueTxId();
        calls.add(new AppCall(genuine, jar.appId(), FAN,
                List.of(TipEvent.withFee(FAN, TWO_ALGO, MicroAlgos.ZERO, "thanks").encode()), 1));

        var step = (FollowChainService.Step.Processed) listener.processNext();

        assertThat(step.tips()).isEqualTo(1);
        assertThat(step.skipped()).isEqualTo(1);
        assertThat(store.tips().find(genuine)).isPresent();
        assertThat(store.tips().find(hostile)).isEmpty();
        assertThat(store.listenerCursor().lastProcessed()).contains(Round.of(7));
        SkippedTransaction skipped = store.listenerCursor().skipped(10).getFirst();
        assertThat(skipped.round()).isEqualTo(Round.of(7));
        assertThat(skipped.index()).isZero();
        assertThat(skipped.txId()).isEqualTo(hostile);
        assertThat(skipped.reason()).contains("app " + jar.appId()).contains("beyond 2^63-1");
    }

    @Test
    void whatTheBlockReaderSkippedIsRecordedWithTheRound() {
        TxId odd = TestData.uniqueTxId();
        readerSkips.add(new Chain.Skipped(4, odd, "asset amount 9223372036854775808 is beyond 2^63-1"));
        readerSkips.add(new Chain.Skipped(5, null, "txn is not a map"));

        listener.processNext();

        assertThat(store.listenerCursor().skipped(10)).extracting(SkippedTransaction::index, SkippedTransaction::txId)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(4, odd),
                        org.assertj.core.groups.Tuple.tuple(5, null));
        assertThat(store.listenerCursor().lastProcessed()).contains(Round.of(7));
    }

    @Test
    void aTipWhoseMemoIsNotUtf8IsRecordedWithItsBytes() {
        store.tipJars().insert(jar);
        TxId txId = TestData.uniqueTxId();
        var memo = dev.stickerplatform.domain.model.Memo.of(new byte[] {'h', 'i', (byte) 0xFF});
        calls.add(new AppCall(txId, jar.appId(), FAN,
                List.of(TipEvent.withFee(FAN, TWO_ALGO, MicroAlgos.ZERO, memo).encode()), 0));

        listener.processNext();

        assertThat(store.tips().find(txId)).get().satisfies(tip -> {
            assertThat(tip.memo()).isEqualTo(memo);
            assertThat(tip.memo().text()).isEqualTo("hi\\xFF");
        });
    }
}
