package dev.stickerplatform.application.minting;

import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.PageRequest;
import dev.stickerplatform.domain.port.Store;
import java.util.List;

/** Lists mint jobs for operators: by stage, or the dead letters. */
public final class ListJobsService {
    private final Store store;

    public ListJobsService(Store store) {
        this.store = store;
    }

    /** @param stage null for every stage; {@code dead} true for dead-lettered jobs only */
    public record Query(JobStage stage, boolean dead, PageRequest page) {
    }

    public List<MintJob> list(Query query) {
        return store.mintJobs().list(query.stage(), query.dead(), query.page());
    }
}
