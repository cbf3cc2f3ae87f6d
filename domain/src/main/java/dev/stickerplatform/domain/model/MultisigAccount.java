package dev.stickerplatform.domain.model;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * An Algorand multisignature account (version 1): {@code threshold} of the ordered {@code members}' keys must sign.
 * Its address is {@code SHA-512/256("MultisigAddr" ‖ version ‖ threshold ‖ pk₁ … pkₙ)}, so the same members in
 * another order, or another threshold, are another account.
 */
public record MultisigAccount(int threshold, List<Address> members) {
    public static final int VERSION = 1;
    private static final byte[] PREFIX = "MultisigAddr".getBytes(StandardCharsets.US_ASCII);

    public MultisigAccount {
        Objects.requireNonNull(members, "members");
        members = List.copyOf(members);
        if (members.size() < 2 || members.size() > 255) {
            throw new IllegalArgumentException("a multisig account has 2 to 255 members, not " + members.size());
        }
        if (threshold < 1 || threshold > members.size()) {
            throw new IllegalArgumentException("the threshold must be between 1 and " + members.size()
                    + " (the number of members), not " + threshold);
        }
        if (new HashSet<>(members).size() != members.size()) {
            throw new IllegalArgumentException("every member of a multisig account must be a different key");
        }
    }

    /** The account's address, derived from version, threshold and the members in order. */
    public Address address() {
        byte[][] parts = new byte[members.size() + 2][];
        parts[0] = PREFIX;
        parts[1] = new byte[] {(byte) VERSION, (byte) threshold};
        for (int i = 0; i < members.size(); i++) {
            parts[i + 2] = members.get(i).publicKey();
        }
        return Address.fromPublicKey(Hashes.sha512_256(parts));
    }

    public boolean isMember(Address address) {
        return members.contains(address);
    }

    @Override
    public String toString() {
        return threshold + "-of-" + members.size() + " multisig " + address().shortForm();
    }
}
