package dev.stickerplatform.adapters.algorand.tipproxy;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

/**
 * The TipProxy approval and clear programs exactly as a create transaction carries them on one network: compiled
 * bytecode on a real node, the TEAL source itself on the simulated ledger (which runs TipProxy in Java and only
 * needs to recognise the program). {@link #approvalHash()} is the program's identity: an app whose approval
 * program hashes differently is not a TipProxy and its logs must not be trusted.
 */
public record TipProxyPrograms(byte[] approval, byte[] clear) {
    private static final String APPROVAL_RESOURCE = "contracts/tip_proxy/approval.teal";
    private static final String CLEAR_RESOURCE = "contracts/tip_proxy/clear.teal";
    private static final String VERSION_1_APPROVAL_RESOURCE = "contracts/tip_proxy/v1/approval.teal";
    private static final String VERSION_1_CLEAR_RESOURCE = "contracts/tip_proxy/v1/clear.teal";

    public TipProxyPrograms {
        if (approval == null || approval.length == 0 || clear == null || clear.length == 0) {
            throw new IllegalArgumentException("both programs are required");
        }
        approval = approval.clone();
        clear = clear.clone();
    }

    /** The TEAL sources shipped by the {@code contracts} artifact, as the simulated ledger deploys them. */
    public static TipProxyPrograms tealSources() {
        return new TipProxyPrograms(resource(APPROVAL_RESOURCE), resource(CLEAR_RESOURCE));
    }

    /**
     * Version 1's TEAL sources (frozen, {@code contracts/tip_proxy/v1}): the simulated ledger runs them so that apps
     * deployed before version 2 can be reproduced in tests. The platform never deploys them.
     */
    public static TipProxyPrograms tealSourcesVersion1() {
        return new TipProxyPrograms(resource(VERSION_1_APPROVAL_RESOURCE), resource(VERSION_1_CLEAR_RESOURCE));
    }

    /**
     * The programs as a real node runs them: each shipped TEAL source turned into bytecode by {@code compiler}
     * (algod's {@code /v2/teal/compile}). The caller caches the result: compiling is a network call.
     */
    public static TipProxyPrograms compiled(UnaryOperator<byte[]> compiler) {
        return new TipProxyPrograms(compiler.apply(resource(APPROVAL_RESOURCE)),
                compiler.apply(resource(CLEAR_RESOURCE)));
    }

    @Override
    public byte[] approval() {
        return approval.clone();
    }

    @Override
    public byte[] clear() {
        return clear.clone();
    }

    /** SHA-512/256 of the approval program bytes. */
    public Hash32 approvalHash() {
        return Hash32.of(Hashes.sha512_256(approval));
    }

    public Hash32 clearHash() {
        return Hash32.of(Hashes.sha512_256(clear));
    }

    private static byte[] resource(String name) {
        try (InputStream in = TipProxyPrograms.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is not on the classpath: the contracts artifact is missing");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TipProxyPrograms p && java.util.Arrays.equals(p.approval, approval)
                && java.util.Arrays.equals(p.clear, clear);
    }

    @Override
    public int hashCode() {
        return java.util.Arrays.hashCode(approval);
    }

    @Override
    public String toString() {
        return "TipProxyPrograms[approval=" + approvalHash().hex() + "]";
    }
}
