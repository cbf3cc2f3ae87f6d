package dev.stickerplatform.adapters.persistence.content;

import dev.stickerplatform.domain.model.Base32;
import dev.stickerplatform.domain.model.Hashes;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CID {@code ipfs add --cid-version=1 --raw-leaves} gives a file (Kubo's defaults otherwise: fixed chunks of
 * 256 KiB, balanced layout, at most 174 links per node, sha2-256, multibase base32), computed without a node.
 *
 * <p>Content of at most one chunk is a single raw leaf: its CID is the raw CIDv1 of exactly the bytes. Larger
 * content is split into raw leaves under UnixFS {@code File} nodes encoded as dag-pb (links first, each with its
 * CID, an empty name and the cumulative size of what it links to; then the UnixFS data: type File, the file size
 * and one block size per child, proto2 unpacked). The tree is built as Kubo's balanced builder does: the first
 * leaf is the root; while content is left, a new root adopts the old one and is filled, breadth first, with
 * subtrees of the old root's depth.
 */
public final class UnixFsCid {
    static final int CHUNK = 256 * 1024;
    static final int MAX_LINKS = 174;
    private static final byte[] RAW_PREFIX = {0x01, 0x55, 0x12, 0x20};
    private static final byte[] DAG_PB_PREFIX = {0x01, 0x70, 0x12, 0x20};

    private UnixFsCid() {
    }

    /** The CID of {@code content}, as text ({@code bafkrei…} for one chunk, {@code bafybei…} above). */
    public static String of(byte[] content) {
        Builder builder = new Builder(content);
        Node root = builder.leaf();
        for (int depth = 1; !builder.done(); depth++) {
            List<Node> children = new ArrayList<>();
            children.add(root);
            root = builder.fill(children, depth);
        }
        return "b" + base32(root.cid());
    }

    /** The raw CIDv1 of exactly {@code content} (a single raw block). */
    public static String raw(byte[] content) {
        return "b" + base32(binary(RAW_PREFIX, Hashes.sha256(content)));
    }

    /** Whether the text has the shape of a base32 CIDv1 (safe as a file name). */
    public static boolean looksValid(String cid) {
        return cid != null && cid.length() <= 128 && cid.matches("b[a-z2-7]{20,}");
    }

    /** A node of the DAG: its binary CID, the file bytes below it and the total size of its blocks (Tsize). */
    private record Node(byte[] cid, long fileSize, long treeSize) {
    }

    private static final class Builder {
        private final byte[] content;
        private int offset;

        Builder(byte[] content) {
            this.content = content;
        }

        boolean done() {
            return offset >= content.length;
        }

        Node leaf() {
            int length = Math.min(CHUNK, content.length - offset);
            byte[] chunk = java.util.Arrays.copyOfRange(content, offset, offset + length);
            offset += length;
            return new Node(binary(RAW_PREFIX, Hashes.sha256(chunk)), length, length);
        }

        /** Adds subtrees of {@code depth - 1} (leaves at depth 1) until full or done, then encodes the node. */
        Node fill(List<Node> children, int depth) {
            while (children.size() < MAX_LINKS && !done()) {
                children.add(depth == 1 ? leaf() : fill(new ArrayList<>(), depth - 1));
            }
            return encode(children);
        }
    }

    private static Node encode(List<Node> children) {
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        long fileSize = children.stream().mapToLong(Node::fileSize).sum();
        data.write(0x08);
        varint(data, 2); // Type = File
        data.write(0x18);
        varint(data, fileSize);
        for (Node child : children) {
            data.write(0x20);
            varint(data, child.fileSize());
        }
        ByteArrayOutputStream block = new ByteArrayOutputStream();
        long linked = 0;
        for (Node child : children) {
            ByteArrayOutputStream link = new ByteArrayOutputStream();
            link.write(0x0a);
            varint(link, child.cid().length);
            link.writeBytes(child.cid());
            link.write(0x12);
            link.write(0x00); // Name: always present, empty
            link.write(0x18);
            varint(link, child.treeSize());
            block.write(0x12);
            varint(block, link.size());
            block.writeBytes(link.toByteArray());
            linked += child.treeSize();
        }
        block.write(0x0a);
        varint(block, data.size());
        block.writeBytes(data.toByteArray());
        byte[] bytes = block.toByteArray();
        return new Node(binary(DAG_PB_PREFIX, Hashes.sha256(bytes)), fileSize, bytes.length + linked);
    }

    private static void varint(ByteArrayOutputStream out, long value) {
        long v = value;
        while ((v & ~0x7FL) != 0) {
            out.write((int) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        out.write((int) v);
    }

    private static byte[] binary(byte[] prefix, byte[] digest) {
        byte[] cid = new byte[prefix.length + digest.length];
        System.arraycopy(prefix, 0, cid, 0, prefix.length);
        System.arraycopy(digest, 0, cid, prefix.length, digest.length);
        return cid;
    }

    /** Multibase {@code b}: RFC 4648 base32, lower case, no padding. */
    private static String base32(byte[] data) {
        return Base32.encode(data).toLowerCase(Locale.ROOT);
    }
}
