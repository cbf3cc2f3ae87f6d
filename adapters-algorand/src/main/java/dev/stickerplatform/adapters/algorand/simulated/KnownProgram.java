package dev.stickerplatform.adapters.algorand.simulated;

import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import java.util.Objects;

/**
 * A program pair the ledger recognises by the hashes of the bytes a create transaction carries, and the Java
 * {@link AppProgram} that stands for it.
 */
public record KnownProgram(String name, Hash32 approvalHash, Hash32 clearHash, AppProgram program) {
    public KnownProgram {
        Objects.requireNonNull(name);
        Objects.requireNonNull(approvalHash);
        Objects.requireNonNull(clearHash);
        Objects.requireNonNull(program);
    }

    /** TipProxy, deployed with {@code programs} (the TEAL sources on the simulated network). */
    public static KnownProgram tipProxy(TipProxyPrograms programs) {
        return new KnownProgram("TipProxy", programs.approvalHash(), programs.clearHash(),
                new TipProxyProgram(TipProxyProgram.Version.V2));
    }

    /** TipProxy version 1 (deployed before fees), so that tests can reproduce the apps that still run it. */
    public static KnownProgram tipProxyVersion1(TipProxyPrograms programs) {
        return new KnownProgram("TipProxy version 1", programs.approvalHash(), programs.clearHash(),
                new TipProxyProgram(TipProxyProgram.Version.V1));
    }

    static Hash32 hashOf(byte[] program) {
        return Hash32.of(Hashes.sha512_256(program));
    }
}
