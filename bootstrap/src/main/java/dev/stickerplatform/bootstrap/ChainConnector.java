package dev.stickerplatform.bootstrap;

import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.domain.port.Chain;

/**
 * The one place a network's {@link Chain} is made: the in-process ledger on {@code simulated}, an algod node
 * (the profile's URL and token) everywhere else. The caller then checks the node's genesis with
 * {@link StartupGuards#verifyGenesis}.
 */
final class ChainConnector {
    private ChainConnector() {
    }

    /** @param ledger the simulated ledger; null on every other network */
    static Chain connect(NetworkProfile profile, SimulatedLedger ledger) {
        if (profile.network() == Network.SIMULATED) {
            return new SimulatedChain(ledger);
        }
        // AlgodChain (adapters-algorand) is being finished; once it is in, this becomes
        // new AlgodChain(AlgodConfig.of(profile.algodUrl(), profile.algodToken()))
        throw new ConfigException("NETWORK=" + profile.name() + " needs the algod chain adapter, which this build"
                + " does not have yet; use NETWORK=simulated");
    }
}
