package dev.stickerplatform.application.query;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.ChainWrite;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeliveryStatus;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

/** Test data for the use-case tests: deterministic wallets, ids, content refs and records. */
public final class Fixtures {
    public static final Instant T0 = Instant.parse("2025-06-01T12:00:00Z");
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
        return new StickerTemplate(0, creator, name, StickerType.SOULBOUND, TemplateCategory.TIP,
                MicroAlgos.ofAlgo(algo), content("image " + name), "image/png", content("metadata " + name),
                Hash32.of(Hashes.sha256(name.getBytes(StandardCharsets.UTF_8))), T0);
    }

    /** A tip of {@code micro} microAlgos detected {@code minutes} after {@link #T0}. */
    public static Tip tip(String seed, Address fan, Address creator, long micro, int minutes) {
        return new Tip(txId(seed), AppId.of(1001), fan, creator, MicroAlgos.of(micro), "memo " + seed,
                Round.of(100 + minutes), T0.plusSeconds(60L * minutes));
    }

    /** A sticker from {@code template}, owned by {@code owner}, minted {@code minutes} after {@link #T0}. */
    public static Sticker sticker(String seed, StickerTemplate template, Address owner, StickerType type,
                                  DeliveryStatus status, long assetId, int minutes) {
        TxId delivery = status == DeliveryStatus.DELIVERED ? txId("delivery " + seed) : null;
        Instant minted = T0.plusSeconds(60L * minutes);
        return new Sticker(0, txId(seed), template.id(), template.creator(), owner, type, template.category(),
                AssetId.of(assetId), status, delivery, null, minted, delivery == null ? null : minted);
    }

    public static TipJar activeTipJar(Address creator, long appId) {
        ChainWrite create = new ChainWrite(txId("create " + appId), Round.of(1000), new byte[] {1});
        return TipJar.deploying(UUID.nameUUIDFromBytes(creator.publicKey()), creator, 1, MicroAlgos.ofAlgo(1),
                        create, T0)
                .created(AppId.of(appId), create.txId(), new ChainWrite(txId("fund " + appId), Round.of(1001),
                        new byte[] {2}))
                .activated(T0.plusSeconds(10));
    }
}
