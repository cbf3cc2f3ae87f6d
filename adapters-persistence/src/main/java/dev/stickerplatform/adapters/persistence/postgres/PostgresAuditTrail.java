package dev.stickerplatform.adapters.persistence.postgres;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Hash32;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.AuditChain;
import dev.stickerplatform.domain.port.AuditCheck;
import dev.stickerplatform.domain.port.AuditRecord;
import dev.stickerplatform.domain.port.AuditTrail;
import dev.stickerplatform.domain.port.SignerRole;
import dev.stickerplatform.domain.port.SigningEvent;
import dev.stickerplatform.domain.port.StoreUnavailableException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.jdbi.v3.core.result.ResultIterator;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;

/**
 * The {@link AuditTrail} in the {@code signing_audit} table (migration V4), shared by every process of the platform.
 * An append is one transaction: lock the one-row {@code signing_audit_head}, insert record {@code head + 1} chained to
 * the head's hash, move the head. The row lock makes appends from any number of processes one linear chain, and the
 * number never skips (a rolled-back append gives its number back). {@link #verify()} streams the table in order
 * (never all of it in memory) and compares its end with the head, so deletions at the end are found too; a row that
 * no longer even reads as an event (a role or address edited into nonsense) is reported as broken, not thrown.
 */
public final class PostgresAuditTrail implements AuditTrail {
    private static final int FETCH = 1_000;
    private static final String COLUMNS = "seq, at, role, address, account, key_id, purpose, sha512_256, txid, kind,"
            + " bytes, outcome, failure, requester, previous_hash, hash";

    private final Jdbi jdbi;

    public PostgresAuditTrail(DataSource dataSource) {
        this.jdbi = DomainTypes.jdbi(dataSource);
    }

    @Override
    public void record(SigningEvent event) {
        Objects.requireNonNull(event, "event");
        run(h -> h.inTransaction(tx -> {
            Head head = head(tx, " FOR UPDATE");
            if (head == null) {
                throw new StoreUnavailableException("the audit chain head (signing_audit_head) was deleted: appending"
                        + " would start a second chain; restore it (`keys audit verify` shows where the chain ends)");
            }
            AuditRecord record = AuditRecord.append(head.seq() + 1, event, head.hash());
            tx.createUpdate("INSERT INTO signing_audit (" + COLUMNS + ") VALUES (:seq, :at, :role, :address,"
                            + " :account, :key_id, :purpose, :sha512_256, :txid, :kind, :bytes, :outcome, :failure,"
                            + " :requester, :previous_hash, :hash)")
                    .bind("seq", record.seq())
                    .bind("at", event.at())
                    .bind("role", event.role())
                    .bind("address", event.address())
                    .bindByType("account", event.account(), Address.class)
                    .bind("key_id", event.keyId())
                    .bind("purpose", event.purpose())
                    .bind("sha512_256", event.sha512256())
                    .bindByType("txid", event.txId(), TxId.class)
                    .bind("kind", event.kind())
                    .bind("bytes", event.length())
                    .bind("outcome", event.outcome())
                    .bind("failure", event.failure())
                    .bind("requester", event.requester())
                    .bind("previous_hash", record.previousHash().bytes())
                    .bind("hash", record.hash().bytes())
                    .execute();
            return tx.createUpdate("UPDATE signing_audit_head SET seq = :seq, hash = :hash")
                    .bind("seq", record.seq())
                    .bind("hash", record.hash().bytes())
                    .execute();
        }));
    }

    @Override
    public List<AuditRecord> newestFirst(Long before, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        return run(h -> h.createQuery("SELECT " + COLUMNS + " FROM signing_audit WHERE seq < :before"
                        + " ORDER BY seq DESC LIMIT :limit")
                .bind("before", before == null ? Long.MAX_VALUE : before)
                .bind("limit", limit)
                .map(PostgresAuditTrail::record)
                .list());
    }

    @Override
    public AuditCheck verify() {
        // one snapshot: the head and the rows as they were at the same moment, whatever is appended meanwhile
        return run(h -> h.inTransaction(TransactionIsolationLevel.REPEATABLE_READ, tx -> {
            Head head = head(tx, "");
            if (head == null) {
                return new AuditCheck.Broken(1, "the chain head (signing_audit_head) was deleted");
            }
            AuditChain.Walk walk = new AuditChain.Walk();
            try (ResultIterator<Stored> iterator = tx.createQuery("SELECT " + COLUMNS + " FROM signing_audit"
                    + " ORDER BY seq").setFetchSize(FETCH).map(PostgresAuditTrail::stored).iterator()) {
                while (iterator.hasNext()) {
                    Stored row = iterator.next();
                    if (row.record() == null) {
                        return row.unreadable();
                    }
                    if (!walk.next(row.record())) {
                        break;
                    }
                }
            }
            return walk.result(head.seq(), head.hash());
        }));
    }

    /** The head row ({@code FOR UPDATE} with {@code lock}), or null when it was deleted. */
    private static Head head(Handle h, String lock) {
        return h.createQuery("SELECT seq, hash FROM signing_audit_head" + lock)
                .map((rs, ctx) -> new Head(rs.getLong("seq"), Columns.get(rs, ctx, "hash", Hash32.class)))
                .findOne().orElse(null);
    }

    private record Head(long seq, Hash32 hash) {
    }

    /** A stored row: its record, or why it cannot be read as one. */
    private record Stored(AuditRecord record, AuditCheck.Broken unreadable) {
    }

    private static Stored stored(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx) throws SQLException {
        long seq = rs.getLong("seq");
        try {
            return new Stored(record(rs, ctx), null);
        } catch (IllegalArgumentException | NullPointerException e) {
            return new Stored(null, new AuditCheck.Broken(seq, "record " + seq + " was changed after it was written:"
                    + " it no longer reads as a signing event (" + e.getMessage() + ")"));
        }
    }

    private static AuditRecord record(ResultSet rs, org.jdbi.v3.core.statement.StatementContext ctx)
            throws SQLException {
        SigningEvent event = new SigningEvent(Columns.get(rs, ctx, "at", Instant.class),
                Columns.get(rs, ctx, "role", SignerRole.class), Columns.get(rs, ctx, "address", Address.class),
                rs.getString("key_id"), rs.getString("purpose"), rs.getString("sha512_256"),
                Columns.get(rs, ctx, "txid", TxId.class), rs.getInt("bytes"),
                Columns.get(rs, ctx, "outcome", SigningEvent.Outcome.class), rs.getString("failure"),
                Columns.get(rs, ctx, "account", Address.class), rs.getString("kind"), rs.getString("requester"));
        return new AuditRecord(rs.getLong("seq"), event, Columns.get(rs, ctx, "previous_hash", Hash32.class),
                Columns.get(rs, ctx, "hash", Hash32.class));
    }

    private <T> T run(Function<Handle, T> work) {
        try {
            return jdbi.withHandle(work::apply);
        } catch (JdbiException e) {
            throw SqlErrors.translate(e);
        }
    }
}
