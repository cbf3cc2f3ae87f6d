package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.network.FundWalletService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.MicroAlgos;

/** A test-faucet payment, one shape per outcome ({@code status}: funded, submitted, awaiting_approval). */
public sealed interface FundingJson {

    /** Confirmed on chain. */
    record Funded(String status, String txId, String wallet, long amountMicroAlgos, String amountAlgo,
                  long confirmedRound, String network) implements FundingJson {
        public static Funded of(FundWalletService.Result.Funded f, String network) {
            return new Funded("funded", f.txId().value(), f.wallet().value(), f.amount().value(),
                    f.amount().toAlgoString(), f.confirmedRound().value(), network);
        }
    }

    /** Submitted, not confirmed yet. */
    record Submitted(String status, String txId, String wallet, long amountMicroAlgos, String amountAlgo)
            implements FundingJson {
        public static Submitted of(FundWalletService.Result.Unconfirmed u, Address wallet, MicroAlgos amount) {
            return new Submitted("submitted", u.txId().value(), wallet.value(), amount.value(), amount.toAlgoString());
        }
    }

    /** Waiting for an administrator's approval. */
    record AwaitingApproval(String status, String approvalId, String txId, String wallet, long amountMicroAlgos,
                            String amountAlgo, int signaturesNeeded) implements FundingJson {
        public static AwaitingApproval of(FundWalletService.Result.AwaitingApproval a, Address wallet,
                                          MicroAlgos amount) {
            return new AwaitingApproval("awaiting_approval", a.approval().id().toString(),
                    a.approval().txn().txId().value(), wallet.value(), amount.value(), amount.toAlgoString(),
                    a.approval().threshold());
        }
    }
}
