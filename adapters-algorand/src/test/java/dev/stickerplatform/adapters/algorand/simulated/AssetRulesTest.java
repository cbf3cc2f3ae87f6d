package dev.stickerplatform.adapters.algorand.simulated;

import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.address;
import static dev.stickerplatform.adapters.algorand.simulated.LedgerKit.sign;
import static org.assertj.core.api.Assertions.assertThat;

import com.algorand.algosdk.account.Account;
import com.algorand.algosdk.transaction.Transaction;
import dev.stickerplatform.domain.model.AssetId;
import dev.stickerplatform.domain.model.Round;
import dev.stickerplatform.domain.model.TxId;
import dev.stickerplatform.domain.port.Chain.Holding;
import dev.stickerplatform.domain.port.Chain.OptIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class AssetRulesTest {
    private final LedgerKit kit = new LedgerKit();
    private final Account minter = kit.fundedAccount(10_000_000);
    private final Account fan = kit.fundedAccount(1_000_000);
    private final Account friend = kit.fundedAccount(1_000_000);

    @AfterEach
    void close() {
        kit.close();
    }

    @Test
    void aSoulboundStickerIsCreatedOptedIntoAndDeliveredByClawback() {
        AssetId asset = createSticker(true);
        assertThat(kit.ledger.account(address(minter)).assets()).containsEntry(asset, new Holding(1, false));

        TxId optIn = kit.commit(fan, optIn(fan, asset));
        Round round = kit.ledger.confirmation(optIn).orElseThrow().round();
        assertThat(kit.ledger.block(round).orElseThrow().optIns()).containsExactly(new OptIn(optIn, asset, address(fan)));
        assertThat(kit.ledger.account(address(fan)).assets()).containsEntry(asset, new Holding(0, true));
        assertThat(kit.ledger.account(address(fan)).minBalance().value()).isEqualTo(200_000);

        kit.commit(minter, clawback(minter, asset, minter, fan));

        assertThat(kit.ledger.account(address(fan)).assets()).containsEntry(asset, new Holding(1, true));
        assertThat(kit.ledger.account(address(minter)).assets()).containsEntry(asset, new Holding(0, false));
    }

    @Test
    void aFrozenStickerCannotBeTransferredByItsHolder() {
        AssetId asset = deliveredSoulbound();
        kit.commit(friend, optIn(friend, asset));

        kit.assertRejected(sign(fan, transfer(fan, asset, friend, 1))).hasMessageContaining("frozen");
    }

    @Test
    void onlyTheClawbackAddressMayRevoke() {
        AssetId asset = deliveredSoulbound();
        kit.commit(friend, optIn(friend, asset));

        kit.assertRejected(sign(friend, clawback(friend, asset, fan, friend)))
                .hasMessageContaining("only the clawback address");
    }

    @Test
    void nobodyCanSendToAnAccountThatHasNotOptedIn() {
        AssetId asset = createSticker(false);

        kit.assertRejected(sign(minter, transfer(minter, asset, fan, 1))).hasMessageContaining("not opted in");
    }

    @Test
    void theFreezeAddressCanUnfreezeHoldings() {
        AssetId asset = deliveredSoulbound();
        kit.commit(friend, optIn(friend, asset));

        kit.commit(minter, unfreeze(asset, fan));
        kit.assertRejected(sign(fan, transfer(fan, asset, friend, 1))).hasMessageContaining("frozen in receiver");
        kit.commit(minter, unfreeze(asset, friend));
        kit.commit(fan, transfer(fan, asset, friend, 1));

        assertThat(kit.ledger.account(address(friend)).assets()).containsEntry(asset, new Holding(1, false));
    }

    private Transaction unfreeze(AssetId asset, Account holder) {
        return kit.params(Transaction.AssetFreezeTransactionBuilder(), minter)
                .assetIndex(asset.value()).freezeTarget(holder.getAddress()).freezeState(false).build();
    }

    @Test
    void aGoldenStickerMovesByPlainTransfer() {
        AssetId asset = createSticker(false);
        kit.commit(fan, optIn(fan, asset));
        kit.commit(minter, transfer(minter, asset, fan, 1));
        kit.commit(friend, optIn(friend, asset));

        kit.commit(fan, transfer(fan, asset, friend, 1));

        assertThat(kit.ledger.account(address(friend)).assets()).containsEntry(asset, new Holding(1, false));
        assertThat(kit.ledger.asset(asset).orElseThrow().clawback()).isNull();
    }

    @Test
    void anOptInNeedsTheExtraMinimumBalance() {
        AssetId asset = createSticker(true);
        Account poor = kit.fundedAccount(150_000);

        kit.assertRejected(sign(poor, optIn(poor, asset))).hasMessageContaining("below min balance 200000");
    }

    @Test
    void theManagerDestroysAnAssetWhoseUnitsAreAllBack() {
        AssetId asset = createSticker(false);

        kit.commit(minter, kit.params(Transaction.AssetDestroyTransactionBuilder(), minter)
                .assetIndex(asset.value()).build());

        assertThat(kit.ledger.asset(asset)).isEmpty();
        assertThat(kit.ledger.account(address(minter)).assets()).isEmpty();
    }

    private AssetId deliveredSoulbound() {
        AssetId asset = createSticker(true);
        kit.commit(fan, optIn(fan, asset));
        kit.commit(minter, clawback(minter, asset, minter, fan));
        return asset;
    }

    private AssetId createSticker(boolean soulbound) {
        var builder = kit.params(Transaction.AssetCreateTransactionBuilder(), minter)
                .assetTotal(1L).assetDecimals(0).defaultFrozen(soulbound)
                .assetUnitName(soulbound ? "STICKER" : "GOLDEN").assetName("Gold Star")
                .url("https://example.test/sticker.json").manager(minter.getAddress()).reserve(minter.getAddress());
        if (soulbound) {
            builder.freeze(minter.getAddress()).clawback(minter.getAddress());
        }
        TxId txId = kit.commit(minter, builder.build());
        return kit.ledger.confirmation(txId).orElseThrow().createdAsset();
    }

    private Transaction optIn(Account account, AssetId asset) {
        return kit.params(Transaction.AssetAcceptTransactionBuilder(), account)
                .acceptingAccount(account.getAddress()).assetIndex(asset.value()).build();
    }

    private Transaction transfer(Account from, AssetId asset, Account to, long amount) {
        return kit.params(Transaction.AssetTransferTransactionBuilder(), from)
                .assetIndex(asset.value()).assetReceiver(to.getAddress()).assetAmount(amount).build();
    }

    private Transaction clawback(Account clawback, AssetId asset, Account from, Account to) {
        return kit.params(Transaction.AssetClawbackTransactionBuilder(), clawback).assetIndex(asset.value())
                .assetClawbackFrom(from.getAddress()).assetReceiver(to.getAddress()).assetAmount(1L).build();
    }
}
