package dev.stickerplatform.bootstrap.wiring;

import dev.stickerplatform.adapters.algorand.AlgodChain;
import dev.stickerplatform.adapters.algorand.AlgodConfig;
import dev.stickerplatform.adapters.algorand.SimulatedChain;
import dev.stickerplatform.adapters.algorand.simulated.SimulatedLedger;
import dev.stickerplatform.bootstrap.config.ConfigException;
import dev.stickerplatform.bootstrap.config.Network;
import dev.stickerplatform.bootstrap.config.NetworkProfile;
import dev.stickerplatform.bootstrap.config.StartupGuards;
import dev.stickerplatform.domain.port.Chain;

/**
 * The one place a network's {@link Chain} is made: the in-process ledger on {@code simulated}, the profile's
 * algod node ({@code ALGOD_URL}, {@code ALGOD_TOKEN}) everywhere else. The caller then checks the node's genesis
 * with {@link StartupGuards#verifyGenesis}.
 */
public final class ChainConnector {
    private ChainConnector() {
    }

    /** @param ledger the simulated ledger; null on every other network */
    public static Chain connect(NetworkProfile profile, SimulatedLedger ledger) {
        if (profile.network() == Network.SIMULATED) {
            return new SimulatedChain(ledger);
        }
        if (profile.algodUrl() == null) {
            throw new ConfigException("NETWORK=" + profile.name() + " needs ALGOD_URL: the URL of an algod node");
        }
        try {
            return new AlgodChain(AlgodConfig.of(profile.algodUrl(), profile.algodToken()));
        } catch (IllegalArgumentException e) {
            throw new ConfigException("ALGOD_URL: " + e.getMessage());
        }
    }
}
