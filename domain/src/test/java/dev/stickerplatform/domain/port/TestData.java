package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Entry point of the test data used by the port contract tests: valid addresses and transaction ids, and
 * builders whose defaults are valid records ({@code aTip().withAmount(5_000_000).build()}).
 */
public final class TestData {
    /** A round instant (whole seconds, so every store keeps it exactly). */
    public static final Instant T0 = Instant.parse("2025-01-01T00:00:00Z");
    public static final Address FAN = address("fan");
    public static final Address CREATOR = address("creator");
    public static final ContentRef IMAGE = new ContentRef("bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
            "http://localhost:8000/ipfs/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku");
    public static final ContentRef METADATA = new ContentRef("bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e",
            "http://localhost:8000/ipfs/bafkreifzjut3te2nhyekklss27nh3k72ysco7y32koao5eei66wof36n5e");
    public static final Hash32 METADATA_HASH = Hash32.of(sha256("metadata"));

    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TestData() {
    }

    /** The same valid address for the same name. */
    public static Address address(String name) {
        return Address.fromPublicKey(sha256("address:" + name));
    }

    /** The same valid transaction id for the same name. */
    public static TxId txId(String name) {
        return TxId.fromHash(sha256("tx:" + name));
    }

    /** A transaction id no other call returns in this JVM run. */
    public static TxId uniqueTxId() {
        return txId("unique-" + SEQUENCE.incrementAndGet());
    }

    /** A number no other call returns in this JVM run (for app and asset ids). */
    public static long uniqueNumber() {
        return 1_000 + SEQUENCE.incrementAndGet();
    }

    public static Creator aCreator(Address wallet) {
        return new Creator(wallet, null, T0);
    }

    public static TipBuilder aTip() {
        return new TipBuilder();
    }

    public static TemplateBuilder aTemplate() {
        return new TemplateBuilder();
    }

    public static TipJarBuilder aTipJar() {
        return new TipJarBuilder();
    }

    public static StickerBuilder aSticker() {
        return new StickerBuilder();
    }

    public static MintJobBuilder aJob() {
        return new MintJobBuilder();
    }

    static byte[] sha256(String text) {
        return Hashes.sha256(text.getBytes(StandardCharsets.UTF_8));
    }
}
