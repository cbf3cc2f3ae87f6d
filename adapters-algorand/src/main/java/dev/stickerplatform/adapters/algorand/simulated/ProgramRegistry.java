package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.domain.model.Hash32;
import java.util.List;
import java.util.Optional;

/** The programs the ledger can run, found by the hashes of the program bytes a create transaction carries. */
record ProgramRegistry(List<KnownProgram> programs) {
    ProgramRegistry {
        programs = List.copyOf(programs);
    }

    Optional<KnownProgram> find(byte[] approval, byte[] clear) {
        if (approval == null || clear == null) {
            return Optional.empty();
        }
        Hash32 approvalHash = KnownProgram.hashOf(approval);
        Hash32 clearHash = KnownProgram.hashOf(clear);
        return programs.stream()
                .filter(p -> p.approvalHash().equals(approvalHash) && p.clearHash().equals(clearHash))
                .findFirst();
    }

    String names() {
        return String.join(", ", programs.stream().map(KnownProgram::name).toList());
    }
}
