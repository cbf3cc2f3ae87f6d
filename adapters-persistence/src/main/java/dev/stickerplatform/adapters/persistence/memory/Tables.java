package dev.stickerplatform.adapters.persistence.memory;

import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.Approval;
import dev.stickerplatform.domain.model.Creator;
import dev.stickerplatform.domain.model.DeploymentPayment;
import dev.stickerplatform.domain.model.Grant;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.OnrampOrder;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.SkippedTransaction;
import dev.stickerplatform.domain.model.Sticker;
import dev.stickerplatform.domain.model.StickerTemplate;
import dev.stickerplatform.domain.model.StickerTransfer;
import dev.stickerplatform.domain.model.Tip;
import dev.stickerplatform.domain.model.TipJar;
import dev.stickerplatform.domain.model.TxId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Every table of the store: the committed ones, or a transaction's staged view of them ({@link #stage()}). */
final class Tables {
    static final String CURSOR = "listener";

    final Rows<Address, Creator> creators;
    final Rows<UUID, TipJar> tipJars;
    final Rows<Long, StickerTemplate> templates;
    final Rows<TxId, Tip> tips;
    final Rows<Long, Sticker> stickers;
    final Rows<UUID, MintJob> jobs;
    final Rows<String, Round> cursor;
    final Rows<UUID, Approval> approvals;
    /** Skipped transactions by "round/index". */
    final Rows<String, SkippedTransaction> skipped;
    final Rows<TxId, Grant> grants;
    final Rows<UUID, StickerTransfer> transfers;
    final Rows<String, OnrampOrder> onrampOrders;
    final Rows<String, String> onrampEvents;
    final Rows<TxId, DeploymentPayment> deploymentPayments;
    private final List<StagedRows<?, ?>> staged;

    private Tables(Rows<Address, Creator> creators, Rows<UUID, TipJar> tipJars, Rows<Long, StickerTemplate> templates,
                   Rows<TxId, Tip> tips, Rows<Long, Sticker> stickers, Rows<UUID, MintJob> jobs,
                   Rows<String, Round> cursor, Rows<UUID, Approval> approvals, Rows<String, SkippedTransaction> skipped,
                   Rows<TxId, Grant> grants, Rows<UUID, StickerTransfer> transfers,
                   Rows<String, OnrampOrder> onrampOrders, Rows<String, String> onrampEvents,
                   Rows<TxId, DeploymentPayment> deploymentPayments, List<StagedRows<?, ?>> staged) {
        this.creators = creators;
        this.tipJars = tipJars;
        this.templates = templates;
        this.tips = tips;
        this.stickers = stickers;
        this.jobs = jobs;
        this.cursor = cursor;
        this.approvals = approvals;
        this.skipped = skipped;
        this.grants = grants;
        this.transfers = transfers;
        this.onrampOrders = onrampOrders;
        this.onrampEvents = onrampEvents;
        this.deploymentPayments = deploymentPayments;
        this.staged = staged;
    }

    /** Empty committed tables; {@code jobs} is the committed job table (it keeps the schedule's index). */
    static Tables committed(CommittedRows<UUID, MintJob> jobs) {
        return new Tables(new CommittedRows<>(), new CommittedRows<>(), new CommittedRows<>(), new CommittedRows<>(),
                new CommittedRows<>(), jobs, new CommittedRows<>(), new CommittedRows<>(), new CommittedRows<>(),
                new CommittedRows<>(), new CommittedRows<>(), new CommittedRows<>(), new CommittedRows<>(),
                new CommittedRows<>(), List.of());
    }

    /** A private view for one transaction; only valid on committed tables. */
    Tables stage() {
        List<StagedRows<?, ?>> all = new ArrayList<>();
        return new Tables(over(creators, all), over(tipJars, all), over(templates, all), over(tips, all),
                over(stickers, all), over(jobs, all), over(cursor, all), over(approvals, all), over(skipped, all),
                over(grants, all), over(transfers, all), over(onrampOrders, all), over(onrampEvents, all),
                over(deploymentPayments, all), all);
    }

    boolean hasChanges() {
        return staged.stream().anyMatch(StagedRows::hasChanges);
    }

    boolean jobsChanged() {
        return jobs instanceof StagedRows<?, ?> s && s.hasChanges();
    }

    /** Whether this staged view wrote the job: like a row lock, claims pass it by until the commit. */
    boolean wroteJob(UUID id) {
        return jobs instanceof StagedRows<UUID, MintJob> s && s.isChanged(id);
    }

    /** Applies a staged view to the committed tables; the caller holds the write lock. */
    void commit() {
        staged.forEach(StagedRows::commit);
    }

    private static <K, V> Rows<K, V> over(Rows<K, V> committed, List<StagedRows<?, ?>> all) {
        StagedRows<K, V> rows = new StagedRows<>((CommittedRows<K, V>) committed);
        all.add(rows);
        return rows;
    }
}
