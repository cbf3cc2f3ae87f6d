package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.listener.ListSkippedTransactionsService;
import java.util.List;

/** The latest skipped transactions; {@code total} counts all of them. */
public record SkippedTransactionsJson(List<SkippedTransactionJson> transactions, long total, int limit) {

    public static SkippedTransactionsJson of(ListSkippedTransactionsService.Skipped skipped, int limit) {
        return new SkippedTransactionsJson(skipped.latest().stream().map(SkippedTransactionJson::of).toList(),
                skipped.total(), limit);
    }
}
