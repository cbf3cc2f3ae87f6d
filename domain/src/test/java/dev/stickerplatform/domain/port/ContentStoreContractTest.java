package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.ContentRef;
import dev.stickerplatform.domain.model.Hashes;
import dev.stickerplatform.domain.port.ContentStore.Content;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ContentStore}, for every implementation: extend it and return a store from
 * {@link #newStore(long)}. Content is unique per test run, so a shared pinning service needs no cleaning.
 */
public abstract class ContentStoreContractTest {
    /** The quota per owner of the stores the tests make (the quota tests pin a few bytes more). */
    protected static final long QUOTA = 4096;
    protected static final Address A = TestData.address("content owner A");
    protected static final Address B = TestData.address("content owner B");
    /** CID of 300,000 bytes (byte i = 31 i + 7): two raw leaves under a dag-pb root, by ipfs-unixfs-importer. */
    private static final String TWO_CHUNK_CID = "bafybeiedeu6ofjrtbariaaymnmrowlj7ztijhyzzhoofjryopebn2a7wqe";

    /** CIDv1 (raw, sha2-256) of zero bytes, as {@code ipfs add --cid-version 1 --raw-leaves} reports it. */
    private static final String EMPTY_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

    protected ContentStore store;

    /** A new store whose owners may each reference at most {@code maxBytesPerOwner} bytes. */
    protected abstract ContentStore newStore(long maxBytesPerOwner);

    @BeforeEach
    void createStore() {
        store = newStore(QUOTA);
    }

    @Test
    void theCidOfNoBytesIsTheWellKnownOne() {
        assertThat(store.pin(A, new byte[0], "empty", "application/octet-stream").cid()).isEqualTo(EMPTY_CID);
    }

    @Test
    void theCidIsTheRawSha256CidV1OfExactlyTheBytes() {
        byte[] content = unique();

        String cid = store.pin(A, content, "sticker.png", "image/png").cid();

        byte[] expected = new byte[36];
        expected[0] = 0x01;
        expected[1] = 0x55;
        expected[2] = 0x12;
        expected[3] = 0x20;
        System.arraycopy(Hashes.sha256(content), 0, expected, 4, 32);
        assertThat(cid).startsWith("b").matches("b[a-z2-7]+");
        assertThat(decodeBase32(cid.substring(1))).isEqualTo(expected);
    }

    @Test
    void pinningTheSameBytesAgainGivesTheSameCid() {
        byte[] content = unique();

        ContentRef first = store.pin(A, content, "one", "image/png");
        ContentRef second = store.pin(A, content.clone(), "two", "image/png");

        assertThat(second.cid()).isEqualTo(first.cid());
        assertThat(store.pin(A, unique(), "three", "image/png").cid()).isNotEqualTo(first.cid());
    }

    @Test
    void theGatewayUrlEndsWithTheCid() {
        ContentRef ref = store.pin(A, unique(), "sticker.png", "image/png");

        assertThat(ref.gatewayUrl()).startsWith("http").endsWith("/" + ref.cid());
        assertThat(ref.ipfsUri()).isEqualTo("ipfs://" + ref.cid());
    }

    @Test
    void pinnedBytesCanBeFetchedWithTheirType() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "metadata.json", "application/json");

        Content fetched = store.fetch(ref.cid()).orElseThrow();

        assertThat(fetched.bytes()).isEqualTo(content);
        assertThat(fetched.mimeType()).isEqualTo("application/json");
    }

    @Test
    void changingTheCallersArrayAfterPinningChangesNothing() {
        byte[] content = unique();
        byte[] original = content.clone();
        ContentRef ref = store.pin(A, content, "sticker.png", "image/png");

        Arrays.fill(content, (byte) 0);
        store.fetch(ref.cid()).orElseThrow().bytes()[0] ^= 1;

        assertThat(store.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(original);
    }

    @Test
    void unpinnedContentIsGone() {
        ContentRef ref = store.pin(A, unique(), "sticker.png", "image/png");

        assertThat(store.unpin(A, ref.cid())).isTrue();

        assertThat(store.fetch(ref.cid())).isEmpty();
    }

    @Test
    void unpinningAnUnknownCidIsANoOp() {
        assertThat(store.unpin(A, EMPTY_CID.replace('h', 'a'))).isFalse();
    }

    @Test
    void fetchingAnUnknownCidIsEmpty() {
        assertThat(store.fetch(EMPTY_CID.replace('h', 'a'))).isEmpty();
    }

    @Test
    void contentStaysUntilItsLastReferenceIsReleased() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "one", "image/png");
        store.pin(A, content, "two", "image/png");

        assertThat(store.unpin(A, ref.cid())).isFalse();
        assertThat(store.fetch(ref.cid())).isPresent();
        assertThat(store.unpin(A, ref.cid())).isTrue();
        assertThat(store.fetch(ref.cid())).isEmpty();
    }

    @Test
    void contentSharedByTwoOwnersSurvivesOneOfThemLettingGo() {
        byte[] content = unique();
        ContentRef ref = store.pin(A, content, "a", "image/png");
        store.pin(B, content, "b", "image/png");

        assertThat(store.unpin(A, ref.cid())).isFalse();

        assertThat(store.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(content);
    }

    @Test
    void anOwnerWithoutAReferenceCannotReleaseAnothersContent() {
        ContentRef ref = store.pin(A, unique(), "a", "image/png");

        assertThat(store.unpin(B, ref.cid())).isFalse();

        assertThat(store.fetch(ref.cid())).isPresent();
    }

    @Test
    void contentOverTheOwnersQuotaIsRefusedNamingTheLimitAndNothingIsRecorded() {
        byte[] big = bytes((int) QUOTA - 100, 1);
        store.pin(A, big, "big", "image/png");
        byte[] more = bytes(200, 2);

        assertThatThrownBy(() -> store.pin(A, more, "more", "image/png"))
                .isInstanceOfSatisfying(ContentQuotaExceededException.class, e -> {
                    assertThat(e.limit()).isEqualTo(ContentQuotaExceededException.Limit.OWNER_BYTES);
                    assertThat(e.maxBytes()).isEqualTo(QUOTA);
                    assertThat(e.getMessage()).contains(String.valueOf(QUOTA));
                });

        assertThat(store.fetch(rawCid(more))).isEmpty();
        store.pin(B, more, "another owner has room", "image/png");
        store.pin(A, big, "what A already references costs A nothing more", "image/png");
    }

    @Test
    void releasingContentGivesTheOwnerItsQuotaBack() {
        byte[] big = bytes((int) QUOTA - 100, 3);
        ContentRef ref = store.pin(A, big, "big", "image/png");
        store.unpin(A, ref.cid());

        store.pin(A, bytes((int) QUOTA - 100, 4), "fits again", "image/png");
    }

    @Test
    void contentOfMoreThanOneChunkGetsTheUnixFsCidKuboComputes() {
        ContentStore roomy = newStore(1_000_000);
        byte[] content = new byte[300_000];
        for (int i = 0; i < content.length; i++) {
            content[i] = (byte) (i * 31 + 7);
        }

        ContentRef ref = roomy.pin(A, content, "large.png", "image/png");

        assertThat(ref.cid()).isEqualTo(TWO_CHUNK_CID);
        assertThat(roomy.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(content);
        roomy.unpin(A, ref.cid());
    }

    private static byte[] bytes(int size, int seed) {
        byte[] bytes = (UUID.randomUUID() + " ").repeat(size / 37 + 1).substring(0, size)
                .getBytes(StandardCharsets.UTF_8);
        bytes[0] = (byte) seed;
        return bytes;
    }

    private static byte[] unique() {
        return ("sticker content " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
    }

    /** The raw CIDv1 of content of one chunk, encoded here so the test does not trust the implementation. */
    private static String rawCid(byte[] content) {
        byte[] cid = new byte[36];
        cid[0] = 0x01;
        cid[1] = 0x55;
        cid[2] = 0x12;
        cid[3] = 0x20;
        System.arraycopy(Hashes.sha256(content), 0, cid, 4, 32);
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        StringBuilder out = new StringBuilder("b");
        int buffer = 0;
        int bits = 0;
        for (byte b : cid) {
            buffer = (buffer << 8) | (b & 0xff);
            bits += 8;
            while (bits >= 5) {
                out.append(alphabet.charAt((buffer >> (bits - 5)) & 31));
                bits -= 5;
            }
        }
        return out.append(alphabet.charAt((buffer << (5 - bits)) & 31)).toString();
    }

    /** RFC 4648 base32, lower case, no padding: written here so the test does not trust the implementation. */
    private static byte[] decodeBase32(String text) {
        String alphabet = "abcdefghijklmnopqrstuvwxyz234567";
        byte[] out = new byte[text.length() * 5 / 8];
        int buffer = 0;
        int bits = 0;
        int index = 0;
        for (char c : text.toCharArray()) {
            buffer = (buffer << 5) | alphabet.indexOf(c);
            bits += 5;
            if (bits >= 8) {
                out[index++] = (byte) (buffer >> (bits - 8));
                bits -= 8;
            }
        }
        return out;
    }
}
