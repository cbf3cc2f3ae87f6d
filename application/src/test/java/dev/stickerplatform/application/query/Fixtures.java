package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.TestData;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/**
 * Shorthands for the use-case tests over the domain test-jar's builders ({@link TestData}): deterministic wallets,
 * ids and content refs, and records seeded through the store's ports.
 */
public final class Fixtures {
    public static final Instant T0 = TestData.T0;
    public static final Address CREATOR = wallet(1);
    public static final Address FAN = wallet(2);

    private Fixtures() {
    }

    /** A valid address whose key is 32 bytes of {@code n}. */
    public static Address wallet(int n) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) n);
        return Address.fromPublicKey(key);
    }

    public static TxId txId(String seed) {
        return TxId.fromHash(Hashes.sha256(seed.getBytes(StandardCharsets.UTF_8)));
    }

    /** A CIDv1-shaped id ("b" + base32 of SHA-256) of {@code bytes}, as a content store would return. */
    public static String cid(byte[] bytes) {
        return "b" + TxId.fromHash(Hashes.sha256(bytes)).value().toLowerCase(Locale.ROOT);
    }

    public static ContentRef content(String seed) {
        String cid = cid(seed.getBytes(StandardCharsets.UTF_8));
        return new ContentRef(cid, "https://gateway.test/ipfs/" + cid);
    }

    public static Creator creator(Address wallet, String username) {
        return new Creator(wallet, username, T0);
    }

    /** A soulbound TIP template of {@code creator} at {@code algo} ALGO, not yet stored (id 0). */
    public static StickerTemplate template(Address creator, String name, long algo) {
        return TestData.aTemplate().by(creator).named(name).withThreshold(MicroAlgos.ofAlgo(algo).value())
                .createdAt(T0).build();
    }

    /** A tip of {@code micro} microAlgos in round {@code 100 + minutes} (later rounds are newer). */
    public static Tip tip(String seed, Address fan, Address creator, long micro, int minutes) {
        return TestData.aTip().withTxId(txId(seed)).withApp(AppId.of(1001)).from(fan).to(creator)
                .withAmount(micro).withMemo("memo " + seed).inRound(100 + minutes).build();
    }

    /** A sticker from {@code template}, owned by {@code owner}, minted {@code minutes} after {@link #T0}. */
    public static Sticker sticker(String seed, StickerTemplate template, Address owner, StickerType type,
                                  DeliveryStatus status, long assetId, int minutes) {
        return TestData.aSticker().forTip(txId(seed)).fromTemplate(template.id()).by(template.creator())
                .ownedBy(owner).ofType(type).withStatus(status).withAsset(AssetId.of(assetId))
                .mintedAfter(60L * minutes).build();
    }

    /** The creator's active tip jar on app {@code appId} (the same id for the same creator). */
    public static TipJar activeTipJar(Address creator, long appId) {
        return TestData.aTipJar().withId(UUID.nameUUIDFromBytes(creator.publicKey())).of(creator)
                .withApp(AppId.of(appId)).build();
    }
}
