package dev.stickerplatform.adapters.algorand.devnet;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.util.Encoder;
import com.algorand.algosdk.v2.client.common.AlgodClient;
import com.algorand.algosdk.v2.client.common.Response;
import com.algorand.algosdk.v2.client.model.PendingTransactionResponse;
import com.algorand.algosdk.v2.client.model.TransactionParametersResponse;
import java.net.URI;
import java.time.Duration;

/**
 * {@code devnet fund}: a payment from the dispenser (its mnemonic from the data directory), signed here and sent to
 * the devnet over algod's API like any client's, then waited for.
 */
public final class DevnetFaucet {
    private DevnetFaucet() {
    }

    /** What the payment became. */
    public record Payment(String txId, long round) {
    }

    /**
     * Pays {@code microAlgos} to {@code receiver} from the account of {@code dispenserMnemonic} and waits (up to
     * {@code timeout}) for the block that confirms it.
     */
    public static Payment fund(URI algod, String token, String dispenserMnemonic, String receiver, long microAlgos,
                               Duration timeout) throws Exception {
        if (microAlgos <= 0) {
            throw new IllegalArgumentException("the amount must be a positive number of microALGO");
        }
        Account dispenser = new Account(dispenserMnemonic);
        AlgodClient client = new AlgodClient(algod.getScheme() + "://" + algod.getHost(), algod.getPort(), token);
        Response<TransactionParametersResponse> params = client.TransactionParams().execute();
        if (!params.isSuccessful()) {
            throw new IllegalStateException("devnet at " + algod + ": " + params.message());
        }
        Transaction payment = Transaction.PaymentTransactionBuilder()
                .sender(dispenser.getAddress())
                .receiver(new com.algorand.algosdk.crypto.Address(receiver))
                .amount(microAlgos)
                .suggestedParams(params.body())
                .build();
        SignedTransaction signed = dispenser.signTransaction(payment);
        var posted = client.RawTransaction().rawtxn(Encoder.encodeToMsgPack(signed)).execute();
        if (!posted.isSuccessful()) {
            throw new IllegalStateException("the devnet refused the payment: " + posted.message());
        }
        String txId = posted.body().txId;
        long deadline = System.nanoTime() + timeout.toNanos();
        long round = params.body().lastRound;
        while (System.nanoTime() < deadline) {
            Response<PendingTransactionResponse> pending = client.PendingTransactionInformation(txId).execute();
            if (pending.isSuccessful() && pending.body().confirmedRound != null && pending.body().confirmedRound > 0) {
                return new Payment(txId, pending.body().confirmedRound);
            }
            client.WaitForBlock(round).execute();
            round++;
        }
        throw new IllegalStateException("payment " + txId + " not confirmed within " + timeout.toSeconds() + " s");
    }
}
