package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.MintJob;
import java.util.List;

/** A page of mint jobs; {@code state} is the filter asked for, upper case (null: all). */
public record JobListJson(String state, List<JobJson> jobs, int limit, String nextCursor) {

    public static JobListJson of(String state, List<MintJob> jobs, int limit, String nextCursor) {
        return new JobListJson(state, jobs.stream().map(JobJson::of).toList(), limit, nextCursor);
    }
}
