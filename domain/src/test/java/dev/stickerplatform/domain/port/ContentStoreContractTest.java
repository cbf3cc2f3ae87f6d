package dev.stickerplatform.domain.port;

import static org.assertj.core.api.Assertions.assertThat;

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
 * {@link #newStore()}. Content is unique per test run, so a shared pinning service needs no cleaning.
 */
public abstract class ContentStoreContractTest {
    /** CIDv1 (raw, sha2-256) of zero bytes, as {@code ipfs add --cid-version 1 --raw-leaves} reports it. */
    private static final String EMPTY_CID = "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku";

    protected ContentStore store;

    protected abstract ContentStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void theCidOfNoBytesIsTheWellKnownOne() {
        assertThat(store.pin(new byte[0], "empty", "application/octet-stream").cid()).isEqualTo(EMPTY_CID);
    }

    @Test
    void theCidIsTheRawSha256CidV1OfExactlyTheBytes() {
        byte[] content = unique();

        String cid = store.pin(content, "sticker.png", "image/png").cid();

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

        ContentRef first = store.pin(content, "one", "image/png");
        ContentRef second = store.pin(content.clone(), "two", "image/png");

        assertThat(second.cid()).isEqualTo(first.cid());
        assertThat(store.pin(unique(), "three", "image/png").cid()).isNotEqualTo(first.cid());
    }

    @Test
    void theGatewayUrlEndsWithTheCid() {
        ContentRef ref = store.pin(unique(), "sticker.png", "image/png");

        assertThat(ref.gatewayUrl()).startsWith("http").endsWith("/" + ref.cid());
        assertThat(ref.ipfsUri()).isEqualTo("ipfs://" + ref.cid());
    }

    @Test
    void pinnedBytesCanBeFetchedWithTheirType() {
        byte[] content = unique();
        ContentRef ref = store.pin(content, "metadata.json", "application/json");

        Content fetched = store.fetch(ref.cid()).orElseThrow();

        assertThat(fetched.bytes()).isEqualTo(content);
        assertThat(fetched.mimeType()).isEqualTo("application/json");
    }

    @Test
    void changingTheCallersArrayAfterPinningChangesNothing() {
        byte[] content = unique();
        byte[] original = content.clone();
        ContentRef ref = store.pin(content, "sticker.png", "image/png");

        Arrays.fill(content, (byte) 0);
        store.fetch(ref.cid()).orElseThrow().bytes()[0] ^= 1;

        assertThat(store.fetch(ref.cid()).orElseThrow().bytes()).isEqualTo(original);
    }

    @Test
    void unpinnedContentIsGone() {
        ContentRef ref = store.pin(unique(), "sticker.png", "image/png");

        store.unpin(ref.cid());

        assertThat(store.fetch(ref.cid())).isEmpty();
    }

    @Test
    void unpinningAnUnknownCidIsANoOp() {
        store.unpin(EMPTY_CID.replace('h', 'a'));
    }

    @Test
    void fetchingAnUnknownCidIsEmpty() {
        assertThat(store.fetch(EMPTY_CID.replace('h', 'a'))).isEmpty();
    }

    private static byte[] unique() {
        return ("sticker content " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
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
