package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.port.Chain.StateValue;
import java.util.Map;

/** One application: who created it, which known program it runs, its declared global schema and its state. */
record AppRecord(long id, Address creator, KnownProgram program, int globalUints, int globalBytes,
                 Map<String, StateValue> global) {
    AppRecord {
        global = Map.copyOf(global);
    }

    AppRecord withGlobal(Map<String, StateValue> newGlobal) {
        return new AppRecord(id, creator, program, globalUints, globalBytes, newGlobal);
    }

    Address address() {
        return AppId.of(id).address();
    }
}
