package dev.stickerplatform.adapters.algorand;

import com.algorand.algosdk.v2.client.model.CompileResponse;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyPrograms;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.port.ChainUnavailableException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.function.Supplier;

/**
 * The TipProxy programs as this node compiles them: the shipped TEAL sent once to algod's {@code /v2/teal/compile}
 * (it needs {@code EnableDeveloperAPI}), the bytecode checked against the hash algod reports and kept for the life
 * of the chain. A failed compilation is not remembered, so the next create tries again.
 */
final class AlgodPrograms implements Supplier<TipProxyPrograms> {
    private static final byte[] PROGRAM_PREFIX = "Program".getBytes(StandardCharsets.US_ASCII);

    private final AlgodCalls calls;
    private volatile TipProxyPrograms compiled;

    AlgodPrograms(AlgodCalls calls) {
        this.calls = calls;
    }

    @Override
    public TipProxyPrograms get() {
        TipProxyPrograms programs = compiled;
        if (programs == null) {
            synchronized (this) {
                if (compiled == null) {
                    compiled = TipProxyPrograms.compiled(this::compile);
                }
                programs = compiled;
            }
        }
        return programs;
    }

    private byte[] compile(byte[] source) {
        CompileResponse response = calls.get("TEAL compilation", c -> c.TealCompile().source(source).execute());
        byte[] program = Base64.getDecoder().decode(response.result == null ? "" : response.result);
        // algod reports the program's address: SHA-512/256 of "Program" + bytecode, with checksum
        String address = Address.fromPublicKey(Hashes.sha512_256(PROGRAM_PREFIX, program)).value();
        if (program.length == 0 || !address.equals(response.hash)) {
            throw new ChainUnavailableException("algod's compiled TEAL does not match the hash it reports");
        }
        return program;
    }
}
