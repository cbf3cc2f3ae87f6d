package dev.stickerplatform.adapters.algorand.devnet;

import dev.stickerplatform.domain.model.Address;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The devnet's state on disk: an append-only log of what the ledger was asked to do, in order — the genesis time,
 * every accepted group (its signed bytes), every block (its timestamp), every dispenser payment. The ledger is
 * deterministic, so replaying the log into a fresh ledger rebuilds the same accounts, apps, assets and rounds.
 *
 * <p>Each record is {@code length (4) | type (1) | payload | CRC-32C (4)}. A block and a dispenser payment are
 * forced to disk ({@code fsync}) before they take effect, so a block a client has seen survives a crash; accepted
 * groups not yet in a block are written but not forced (algod's pool does not survive a crash either). A torn
 * record at the end (the process died mid-write) is cut off when the journal is opened.
 */
final class BlockJournal implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BlockJournal.class);
    private static final byte GENESIS = 'G';
    private static final byte SUBMIT = 'S';
    private static final byte BLOCK = 'B';
    private static final byte FUND = 'F';
    private static final int MAX_RECORD = 64 * 1024 * 1024;

    private final FileChannel channel;
    private List<Record> existing;
    private final boolean fresh;
    private final Instant genesisTime;

    /** What the journal held when opened, replayed into a ledger. */
    interface Replay {
        void submitted(List<byte[]> group);

        void block(Instant timestamp);

        void funded(Address address, long microAlgos);
    }

    private record Record(byte type, byte[] payload) {
    }

    private BlockJournal(FileChannel channel, List<Record> existing, Instant genesisTime) {
        this.channel = channel;
        this.existing = existing;
        this.fresh = existing.isEmpty();
        this.genesisTime = genesisTime;
    }

    /** Opens (or creates, with genesis at {@code now}) the journal at {@code file}. */
    static BlockJournal open(Path file, Instant now) throws IOException {
        FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE);
        List<Record> records = new ArrayList<>();
        long good = read(channel, records);
        if (good < channel.size()) {
            LOG.warn("devnet journal {}: cutting a torn record at byte {} of {}", file, good, channel.size());
            channel.truncate(good);
            channel.force(true);
        }
        channel.position(good);
        BlockJournal journal;
        if (records.isEmpty()) {
            journal = new BlockJournal(channel, records, now);
            journal.append(GENESIS, ByteBuffer.allocate(8).putLong(now.toEpochMilli()).array(), true);
        } else {
            Record first = records.get(0);
            if (first.type() != GENESIS) {
                channel.close();
                throw new IOException(file + " is not a devnet journal");
            }
            journal = new BlockJournal(channel, records.subList(1, records.size()),
                    Instant.ofEpochMilli(ByteBuffer.wrap(first.payload()).getLong()));
        }
        return journal;
    }

    /** True when the journal held nothing but its genesis when opened. */
    boolean isNew() {
        return fresh;
    }

    Instant genesisTime() {
        return genesisTime;
    }

    void replay(Replay replay) {
        int blocks = 0;
        for (Record record : existing) {
            ByteBuffer in = ByteBuffer.wrap(record.payload());
            try {
                switch (record.type()) {
                    case SUBMIT -> {
                        int count = in.getInt();
                        List<byte[]> group = new ArrayList<>(count);
                        for (int i = 0; i < count; i++) {
                            byte[] txn = new byte[in.getInt()];
                            in.get(txn);
                            group.add(txn);
                        }
                        replay.submitted(group);
                    }
                    case BLOCK -> {
                        replay.block(Instant.ofEpochMilli(in.getLong()));
                        blocks++;
                    }
                    case FUND -> {
                        byte[] key = new byte[32];
                        in.get(key);
                        replay.funded(Address.fromPublicKey(key), in.getLong());
                    }
                    default -> throw new IllegalStateException("unknown devnet journal record " + record.type());
                }
            } catch (RuntimeException e) {
                // the ledger is deterministic: a record it refuses now it refused then (never acknowledged)
                LOG.warn("devnet journal: record {} not replayed: {}", (char) record.type(), e.getMessage());
            }
        }
        LOG.info("devnet journal: replayed {} records, {} blocks", existing.size(), blocks);
        existing = List.of();
    }

    void submitted(List<byte[]> group) {
        int size = 4;
        for (byte[] txn : group) {
            size += 4 + txn.length;
        }
        ByteBuffer out = ByteBuffer.allocate(size).putInt(group.size());
        group.forEach(txn -> out.putInt(txn.length).put(txn));
        append(SUBMIT, out.array(), false);
    }

    void block(Instant timestamp) {
        append(BLOCK, ByteBuffer.allocate(8).putLong(timestamp.toEpochMilli()).array(), true);
    }

    void funded(Address address, long microAlgos) {
        append(FUND, ByteBuffer.allocate(40).put(address.publicKey()).putLong(microAlgos).array(), true);
    }

    private void append(byte type, byte[] payload, boolean force) {
        CRC32C crc = new CRC32C();
        crc.update(type);
        crc.update(payload);
        ByteBuffer record = ByteBuffer.allocate(4 + 1 + payload.length + 4)
                .putInt(payload.length).put(type).put(payload).putInt((int) crc.getValue()).flip();
        try {
            while (record.hasRemaining()) {
                channel.write(record);
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("devnet journal: cannot write", e);
        }
    }

    /** Reads whole, intact records; returns the position after the last one. */
    private static long read(FileChannel channel, List<Record> records) throws IOException {
        long size = channel.size();
        long position = 0;
        ByteBuffer header = ByteBuffer.allocate(5);
        while (position + 9 <= size) {
            header.clear();
            channel.read(header, position);
            header.flip();
            int length = header.getInt();
            byte type = header.get();
            if (length < 0 || length > MAX_RECORD || position + 9 + length > size) {
                break;
            }
            ByteBuffer body = ByteBuffer.allocate(length + 4);
            while (body.hasRemaining()) {
                if (channel.read(body, position + 5 + body.position()) < 0) {
                    break;
                }
            }
            body.flip();
            byte[] payload = new byte[length];
            body.get(payload);
            int stored = body.getInt();
            CRC32C crc = new CRC32C();
            crc.update(type);
            crc.update(payload);
            if ((int) crc.getValue() != stored) {
                break;
            }
            records.add(new Record(type, payload));
            position += 9 + length;
        }
        return position;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }

    static boolean exists(Path file) {
        return Files.exists(file);
    }
}
