package dev.stickerplatform.domain.port;

import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.model.MintOrder;
import dev.stickerplatform.domain.model.StickerType;
import dev.stickerplatform.domain.model.TemplateCategory;
import dev.stickerplatform.domain.model.TxId;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds a mint job at version 0: QUEUED for a fresh tip of {@link TestData#FAN} to {@link TestData#CREATOR},
 * created and due at T0.
 */
public final class MintJobBuilder {
    private TxId tipTxId = TestData.uniqueTxId();
    private JobStage stage = JobStage.QUEUED;
    private Instant createdAt = TestData.T0;
    private Instant notBefore;
    private String deadReason;
    private long templateId = 1;

    MintJobBuilder() {
    }

    public MintJobBuilder forTip(TxId value) {
        tipTxId = value;
        return this;
    }

    public MintJobBuilder forTemplate(long value) {
        templateId = value;
        return this;
    }

    public MintJobBuilder atStage(JobStage value) {
        stage = value;
        return this;
    }

    /** Created (and, unless told otherwise, due) at this instant. */
    public MintJobBuilder createdAt(Instant value) {
        createdAt = value;
        return this;
    }

    /** Created and due {@code seconds} after T0. */
    public MintJobBuilder createdAfter(long seconds) {
        return createdAt(TestData.T0.plus(Duration.ofSeconds(seconds)));
    }

    public MintJobBuilder notBefore(Instant value) {
        notBefore = value;
        return this;
    }

    public MintJobBuilder dead(String reason) {
        deadReason = reason;
        return this;
    }

    public MintJob build() {
        MintOrder order = new MintOrder(tipTxId, TestData.FAN, TestData.CREATOR, templateId, StickerType.SOULBOUND,
                TemplateCategory.TIP, "Thank you", TestData.METADATA.ipfsUri() + "#arc3", TestData.METADATA_HASH, null);
        MintJob job = MintJob.queued(order, createdAt);
        if (stage != JobStage.QUEUED) {
            job = job.advance(stage, null, createdAt);
        }
        if (notBefore != null) {
            job = job.recheckAt(notBefore, createdAt);
        }
        return deadReason == null ? job : job.dead(deadReason, createdAt);
    }
}
