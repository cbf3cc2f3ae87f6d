package dev.stickerplatform.adapters.persistence.content;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The CIDs of generated content (byte i = (31 i + 7) mod 256) of sizes around the chunk and link limits. The
 * expected values come from ipfs-unixfs-importer 15 (the JavaScript UnixFS importer, whose defaults are Kubo's:
 * fixed 262,144-byte chunks, balanced layout, 174 links per node) with {@code cidVersion: 1, rawLeaves: true};
 * the empty file's is the well-known {@code bafkreihdw…}. They cover a single raw leaf, exactly one chunk, one
 * byte over (two leaves), a 5 MiB image (20 leaves) and 174 chunks + 1 byte (a second level).
 */
class UnixFsCidTest {
    @ParameterizedTest
    @CsvSource({
        "0, bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
        "5, bafkreifh73lzsavxsqdqrd44yzme65ig7awyxzb5yqm76wvrs2o73usf6u",
        "262144, bafkreigtb2zed6k6pq34amzfdj4ovylbble3alojsysuiikydagtlammdm",
        "262145, bafybeif4z4ikxldcsjhv2l4sxmk57abnwjkwpa57gopqjvdhkyxddhmzf4",
        "524288, bafybeie7ws7kynitnqn7anm44icz7vnjxhn6wqh7qxssk42oxyhq5lf5na",
        "1000000, bafybeibak6jfxo7ybuqkzo3wff7chkfdvlcbemrbvxt5kvm4klq2pihz4u",
        "5242880, bafybeidy6l4im7uyntolcrg2fmanaqik3y4ndeyfvhckgd4vzg3pqa2njq",
        "45613057, bafybeicwdxbb76mvui4baybplblhw2574qsiivkhtm3vdukwto3g4hd7vm",
    })
    void matchesTheUnixFsImporter(int size, String expected) {
        assertThat(UnixFsCid.of(generated(size))).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"0", "5", "262144"})
    void contentOfOneChunkIsItsRawCid(int size) {
        assertThat(UnixFsCid.of(generated(size))).isEqualTo(UnixFsCid.raw(generated(size)));
    }

    static byte[] generated(int size) {
        byte[] bytes = new byte[size];
        for (int i = 0; i < size; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        return bytes;
    }
}
