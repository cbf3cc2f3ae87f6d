package dev.stickerplatform.adapters.http.routes;

import com.fasterxml.jackson.annotation.JsonAlias;
import dev.stickerplatform.adapters.http.problem.ProblemException;
import dev.stickerplatform.adapters.http.problem.ProblemType;
import dev.stickerplatform.adapters.http.resources.SubmittedGroupJson;
import dev.stickerplatform.adapters.http.resources.SubmittedJson;
import dev.stickerplatform.adapters.http.server.AccessRule;
import dev.stickerplatform.adapters.http.server.BodyLimit;
import dev.stickerplatform.adapters.http.server.Params;
import dev.stickerplatform.adapters.http.server.RouteClass;
import dev.stickerplatform.adapters.http.server.RouteTable;
import dev.stickerplatform.application.network.SubmitTransactionsService.Command;
import dev.stickerplatform.application.network.SubmitTransactionsService.Result;
import dev.stickerplatform.application.network.SubmitTransactionsService;
import dev.stickerplatform.domain.model.TxId;
import java.util.List;

/**
 * Relays wallet-signed transactions to the chain. These routes are open: the transactions' own signatures are
 * what authorises them, and the chain checks those. A refused transaction is 400 with the chain's reason.
 */
final class TransactionRoutes implements RouteGroup {
    static final String SIGNED = "the chain itself authorises signed transactions by their signatures";
    private final SubmitTransactionsService submit;

    TransactionRoutes(SubmitTransactionsService submit) {
        this.submit = submit;
    }

    record SubmitRequest(@JsonAlias("signed_txn") String signedTxn) {
    }

    record SubmitGroupRequest(@JsonAlias("signed_txns") List<String> signedTxns) {
    }

    @Override
    public void register(RouteTable routes) {
        routes.post("/submit", SubmitRequest.class, BodyLimit.SIGNED_TRANSACTION, AccessRule.open(SIGNED),
                RouteClass.WRITE, (ctx, body) -> {
            if (body.signedTxn() == null || body.signedTxn().isBlank()) {
                throw ProblemException.invalid("signedTxn", "is required (base64 of a signed transaction)");
            }
            List<TxId> ids = submit(Params.command("signedTxn", () -> Command.ofBase64(List.of(body.signedTxn()))));
            ctx.json(SubmittedJson.of(ids));
        });
        routes.post("/submit-group", SubmitGroupRequest.class, BodyLimit.SIGNED_GROUP, AccessRule.open(SIGNED),
                RouteClass.WRITE, (ctx, body) -> {
                    if (body.signedTxns() == null || body.signedTxns().isEmpty()) {
                        throw ProblemException.invalid("signedTxns", "is required (base64 signed transactions, in group order)");
                    }
                    List<TxId> ids = submit(Params.command("signedTxns", () -> Command.ofBase64(body.signedTxns())));
                    ctx.json(SubmittedGroupJson.of(ids));
                });
    }

    private List<TxId> submit(Command command) {
        return switch (submit.submit(command)) {
            case Result.Submitted submitted -> submitted.txIds();
            case Result.Rejected rejected -> throw ProblemException.of(ProblemType.CHAIN_REJECTED, rejected.reason());
        };
    }
}
