package dev.stickerplatform.application;

import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.port.Chain;
import dev.stickerplatform.domain.port.ForwardingChain;
import java.time.Duration;

/**
 * The chain as a use case that waits for rounds sees it: each wait for a round produces exactly one block of the
 * simulated ledger, at once. Synchronous use cases (claim, registration, upgrade) run to their end without a timer.
 */
public final class OneBlockPerWait extends ForwardingChain {
    private final SimulatedLedger ledger;

    public OneBlockPerWait(Chain chain, SimulatedLedger ledger) {
        super(chain);
        this.ledger = ledger;
    }

    @Override
    public Round awaitRoundAfter(Round round, Duration timeout) {
        Round latest = ledger.currentRound();
        return latest.value() > round.value() ? latest : ledger.produceBlock();
    }
}
