package dev.stickerplatform.adapters.kms;

import dev.stickerplatform.domain.model.Hashes;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Algorand's 25-word mnemonic: the 32-byte seed as 24 eleven-bit indices into the BIP-39 English list (bits
 * packed least-significant first, the last word padded with zeros), then a checksum word, the first eleven bits
 * of SHA-512/256(seed). Error messages give word positions only, never words, since the words are the key.
 */
final class AlgorandMnemonic {
    static final int WORD_COUNT = 25;
    static final List<String> WORDS = loadWordList();
    private static final Map<String, Integer> INDEX = indexOf(WORDS);

    private AlgorandMnemonic() {
    }

    static byte[] toSeed(String mnemonic) {
        String[] words = mnemonic.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (words.length != WORD_COUNT) {
            throw new IllegalArgumentException("an Algorand mnemonic has 25 words, got " + words.length);
        }
        int[] indices = new int[WORD_COUNT];
        for (int i = 0; i < WORD_COUNT; i++) {
            Integer index = INDEX.get(words[i]);
            if (index == null) {
                throw new IllegalArgumentException("mnemonic word " + (i + 1) + " is not in the BIP-39 English list");
            }
            indices[i] = index;
        }
        byte[] padded = unpack(Arrays.copyOf(indices, WORD_COUNT - 1));
        byte[] seed = Arrays.copyOf(padded, 32);
        boolean valid = padded[32] == 0 && checksum(seed) == indices[WORD_COUNT - 1];
        Arrays.fill(padded, (byte) 0);
        if (!valid) {
            Arrays.fill(seed, (byte) 0);
            throw new IllegalArgumentException("mnemonic checksum does not match");
        }
        return seed;
    }

    static String fromSeed(byte[] seed) {
        if (seed.length != 32) {
            throw new IllegalArgumentException("an Ed25519 seed is 32 bytes");
        }
        List<String> words = new ArrayList<>(WORD_COUNT);
        for (int index : pack(seed)) {
            words.add(WORDS.get(index));
        }
        words.add(WORDS.get(checksum(seed)));
        return String.join(" ", words);
    }

    private static int checksum(byte[] seed) {
        return pack(Hashes.sha512_256(seed))[0];
    }

    /** Bytes to eleven-bit values, least-significant bit first; a final partial group is zero-padded. */
    private static int[] pack(byte[] bytes) {
        int[] out = new int[(bytes.length * 8 + 10) / 11];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (byte b : bytes) {
            acc |= (b & 0xff) << bits;
            bits += 8;
            if (bits >= 11) {
                out[n++] = acc & 0x7ff;
                acc >>>= 11;
                bits -= 11;
            }
        }
        if (bits > 0) {
            out[n] = acc;
        }
        return out;
    }

    /** The inverse of {@link #pack}: 24 eleven-bit values give 33 bytes. */
    private static byte[] unpack(int[] elevens) {
        byte[] out = new byte[elevens.length * 11 / 8];
        int n = 0;
        int acc = 0;
        int bits = 0;
        for (int value : elevens) {
            acc |= value << bits;
            bits += 11;
            while (bits >= 8) {
                out[n++] = (byte) acc;
                acc >>>= 8;
                bits -= 8;
            }
        }
        return out;
    }

    private static List<String> loadWordList() {
        try (InputStream in = AlgorandMnemonic.class.getResourceAsStream("bip39-english.txt")) {
            if (in == null) {
                throw new IllegalStateException("bip39-english.txt is missing from the classpath");
            }
            List<String> words = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
            if (words.size() != 2048) {
                throw new IllegalStateException("bip39-english.txt must hold 2048 words, has " + words.size());
            }
            return words;
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bip39-english.txt", e);
        }
    }

    private static Map<String, Integer> indexOf(List<String> words) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < words.size(); i++) {
            index.put(words.get(i), i);
        }
        return Map.copyOf(index);
    }
}
