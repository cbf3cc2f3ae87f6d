package dev.stickerplatform.bootstrap.logging;

import static org.assertj.core.api.Assertions.assertThat;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.application.logging.LogContext;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class MdcLogContextTest {
    @AfterEach
    void clear() {
        MDC.clear();
    }

    @Test
    void scopesPutTheirFieldsInTheMdcAndTakeThemOutAgain() {
        MdcLogContext.install();
        try (LogContext.Scope outer = LogContext.with("jobId", "j-1", "tipTxId", null)) {
            assertThat(MDC.get("jobId")).isEqualTo("j-1");
            assertThat(MDC.getCopyOfContextMap()).doesNotContainKey("tipTxId");
            try (LogContext.Scope inner = LogContext.with("txId", "T1")) {
                assertThat(MDC.get("txId")).isEqualTo("T1");
            }
            assertThat(MDC.get("txId")).isNull();
            assertThat(MDC.get("jobId")).isEqualTo("j-1");
        }
        assertThat(MDC.get("jobId")).isNull();
    }

    @Test
    void theListenersChainTagsTheThreadWithTheRoundItReads() {
        try (SimulatedLedger ledger = new SimulatedLedger(SimulatedLedger.Config.manualBlocks())) {
            Chain chain = MdcLogContext.taggingRounds(new SimulatedChain(ledger));
            chain.block(Round.of(1));
            assertThat(MDC.get("round")).isEqualTo("1");
            assertThat(chain.currentRound()).isNotNull();
        }
    }
}
