package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.Hashes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * The hash chain of an {@link AuditTrail}: record {@code n}'s hash is SHA-256 of a version tag, record {@code n - 1}'s
 * hash, {@code n} and every field of the event, each field length-prefixed (so no two events encode alike). Every
 * trail stores and verifies with this one rule; {@link Walk} checks a chain record by record, oldest first, without
 * holding it in memory.
 */
public final class AuditChain {
    /** The "previous hash" of record 1. */
    public static final Hash32 GENESIS = Hash32.of(new byte[32]);
    private static final byte[] TAG = "sticker-platform audit v1".getBytes(StandardCharsets.US_ASCII);

    private AuditChain() {
    }

    static Hash32 hash(long seq, SigningEvent event, Hash32 previous) {
        ByteBuffer seqBytes = ByteBuffer.allocate(Long.BYTES).putLong(seq);
        return Hash32.of(Hashes.sha256(TAG, previous.bytes(), seqBytes.array(), fields(event)));
    }

    private static byte[] fields(SigningEvent e) {
        String[] values = {e.at().toString(), e.role().name(), e.address().value(),
                e.account() == null ? null : e.account().value(), e.keyId(), e.purpose(), e.sha512256(),
                e.txId() == null ? null : e.txId().value(), e.kind(), Integer.toString(e.length()), e.outcome().name(),
                e.failure(), e.requester()};
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(512);
        for (String value : values) {
            byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
            out.writeBytes(ByteBuffer.allocate(Integer.BYTES).putInt(bytes == null ? -1 : bytes.length).array());
            if (bytes != null) {
                out.writeBytes(bytes);
            }
        }
        return out.toByteArray();
    }

    /** Checks records handed over oldest first; {@link #result} says where the chain first broke, if it did. */
    public static final class Walk {
        private long last;
        private Hash32 head = GENESIS;
        private AuditCheck.Broken broken;

        /** Takes the next record; returns false once the chain is broken (later records change nothing). */
        public boolean next(AuditRecord record) {
            Objects.requireNonNull(record, "record");
            if (broken != null) {
                return false;
            }
            if (record.seq() != last + 1) {
                broken = new AuditCheck.Broken(last + 1, "record " + (last + 1) + " is missing (deleted?): the next"
                        + " stored record is " + record.seq());
            } else if (!record.previousHash().equals(head)) {
                broken = new AuditCheck.Broken(record.seq(), "record " + record.seq() + " does not follow record "
                        + last + ": its previous hash is not that record's hash (record " + last + " was rewritten,"
                        + " or this one was)");
            } else if (!record.intact()) {
                broken = new AuditCheck.Broken(record.seq(), "record " + record.seq() + " was changed after it was"
                        + " written: its hash does not match its contents");
            } else {
                last = record.seq();
                head = record.hash();
            }
            return broken == null;
        }

        /**
         * The verdict, given the newest record the trail says it wrote ({@code expectedLast}, with its hash
         * {@code expectedHead}): records deleted from the end are found by comparing with it.
         */
        public AuditCheck result(long expectedLast, Hash32 expectedHead) {
            if (broken != null) {
                return broken;
            }
            if (last != expectedLast || !head.equals(expectedHead)) {
                return new AuditCheck.Broken(last + 1, "the trail's head names record " + expectedLast
                        + " but the stored chain ends at record " + last
                        + (last < expectedLast ? " (records were deleted from the end)" : " (the head was rewritten)"));
            }
            return new AuditCheck.Intact(last, head);
        }
    }
}
