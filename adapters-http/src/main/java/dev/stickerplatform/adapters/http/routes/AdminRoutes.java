package dev.stickerplatform.adapters.http.routes;

import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.resources.JobJson;
import dev.stickerplatform.adapters.http.resources.JobListJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.PageParams;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.minting.ListJobsService;
import dev.stickerplatform.application.minting.RedriveJobService;
import dev.stickerplatform.domain.model.JobStage;
import dev.stickerplatform.domain.model.MintJob;
import dev.stickerplatform.domain.port.PageRequest;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Operators' view of the mint pipeline: list jobs by state ({@code ?state=DEAD}) and re-drive dead ones. */
final class AdminRoutes implements RouteGroup {
    private final ListJobsService listJobs;
    private final RedriveJobService redriveJob;

    AdminRoutes(ListJobsService listJobs, RedriveJobService redriveJob) {
        this.listJobs = listJobs;
        this.redriveJob = redriveJob;
    }

    @Override
    public void register(RouteTable routes) {
        routes.get("/admin/jobs", AccessRule.admin(), RouteClass.READ, this::jobs);
        routes.post("/admin/jobs/{id}/retry", AccessRule.admin(), RouteClass.WRITE, this::retry);
    }

    private void jobs(Context ctx) {
        String state = ctx.queryParam("state");
        PageRequest page = PageParams.read(ctx);
        ListJobsService.Query query;
        if (state == null) {
            query = new ListJobsService.Query(null, false, page);
        } else if (state.equalsIgnoreCase("DEAD")) {
            query = new ListJobsService.Query(null, true, page);
        } else {
            query = new ListJobsService.Query(stage(state), false, page);
        }
        List<MintJob> jobs = listJobs.list(query);
        ctx.json(JobListJson.of(state == null ? null : state.toUpperCase(Locale.ROOT), jobs, page.limit(),
                PageParams.next(page, jobs.size(), jobs.size() == page.limit())));
    }

    private static JobStage stage(String state) {
        return Arrays.stream(JobStage.values()).filter(s -> s.name().equalsIgnoreCase(state)).findFirst()
                .orElseThrow(() -> ProblemException.invalid("state", "must be one of " + Stream.concat(
                        Stream.of("DEAD"), Arrays.stream(JobStage.values()).map(Enum::name))
                        .collect(Collectors.joining(", "))));
    }

    private void retry(Context ctx) {
        var id = Params.uuid(ctx, "id");
        switch (redriveJob.redrive(id)) {
            case RedriveJobService.Result.Redriven r -> ctx.json(JobJson.of(r.job()));
            case RedriveJobService.Result.NotDead n -> throw ProblemException.conflict(
                    "Only dead jobs can be retried; this one is " + n.job().stage().name() + ".");
            case RedriveJobService.Result.NotFound n -> throw ProblemException.notFound("No mint job with this id.");
        }
    }
}
