package dev.stickerplatform.bootstrap.e2e;

import com.algorand.algosdk.crypto.Digest;
import com.algorand.algosdk.crypto.Signature;
import com.algorand.algosdk.transaction.SignedTransaction;
import com.algorand.algosdk.transaction.Transaction;
import com.algorand.algosdk.transaction.TxGroup;
import com.algorand.algosdk.util.Encoder;
import dev.stickerplatform.adapters.algorand.tipproxy.TipProxyAbi;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.MicroAlgos;
import dev.stickerplatform.domain.port.Chain.TxParams;
import dev.stickerplatform.domain.port.Signer;
import java.util.Base64;
import java.util.List;

/**
 * The group the fiat on-ramp sends to credit a fan: {@code [pay platform → app, appl tip_for(fan, memo)]} with the
 * creator and the treasury in the call's accounts and fees for both inner payments, signed by the platform account
 * (ADMIN) that every TipProxy stores.
 */
final class PlatformTipFor {
    private PlatformTipFor() {
    }

    static List<byte[]> sign(Signer platform, AppId app, Address creator, Address treasury, Address fan,
                             MicroAlgos amount, String memo, TxParams params) {
        long fee = params.minFee().value() * 2;
        Transaction pay = Transaction.PaymentTransactionBuilder().sender(algo(platform.address()))
                .receiver(algo(app.address())).amount(amount.value()).flatFee(fee)
                .firstValid(params.firstValid().value()).lastValid(params.lastValid().value())
                .genesisID(params.genesisId()).genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())))
                .build();
        Transaction call = Transaction.ApplicationCallTransactionBuilder().sender(algo(platform.address()))
                .applicationId(app.value())
                .args(List.of(TipProxyAbi.selector(TipProxyAbi.TIP_FOR), fan.publicKey(), TipProxyAbi.string(memo)))
                .accounts(List.of(algo(creator), algo(treasury))).flatFee(fee)
                .firstValid(params.firstValid().value()).lastValid(params.lastValid().value())
                .genesisID(params.genesisId()).genesisHash(new Digest(Base64.getDecoder().decode(params.genesisHash())))
                .build();
        try {
            TxGroup.assignGroupID(pay, call);
            return List.of(signed(platform, pay), signed(platform, call));
        } catch (Exception e) {
            throw new IllegalStateException("could not sign the tip_for group", e);
        }
    }

    private static byte[] signed(Signer signer, Transaction txn) throws Exception {
        return Encoder.encodeToMsgPack(new SignedTransaction(txn, new Signature(signer.sign(txn.bytesToSign())),
                txn.txID()));
    }

    private static com.algorand.algosdk.crypto.Address algo(Address address) {
        return new com.algorand.algosdk.crypto.Address(address.publicKey());
    }
}
