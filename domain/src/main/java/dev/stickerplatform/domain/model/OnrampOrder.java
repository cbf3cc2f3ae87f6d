package dev.stickerplatform.domain.model;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;

/**
 * A fan's fiat purchase of ALGO through Transak, tipped to a creator in the fan's name. Amounts are those the chain
 * confirmed: {@code received} is the payment seen in the platform's account ({@code paymentTxId}), split exactly
 * into {@code platformFee} and {@code tipAmount}; Transak's own figures are never used for money.
 *
 * @param partnerOrderId our id, given to Transak's widget (the path of {@code /onramp/order/{id}})
 * @param transakOrderId Transak's id, from its first webhook on
 * @param tipGroup       the signed {@code [pay, appl tip_for]} group, recorded before it is submitted
 * @param tipTxId        the {@code tip_for} call's txid (the tip's id for the listener)
 * @param version        optimistic-lock version, bumped by every save
 */
public record OnrampOrder(String partnerOrderId, Address fan, Address creator, BigDecimal fiatAmount,
                          String fiatCurrency, OnrampStatus status, String transakOrderId, TxId paymentTxId,
                          MicroAlgos received, MicroAlgos platformFee, MicroAlgos tipAmount, byte[] tipGroup,
                          TxId tipTxId, Round tipLastValid, String lastError, Instant createdAt, Instant updatedAt,
                          Instant completedAt, long version) {
    public OnrampOrder {
        Objects.requireNonNull(partnerOrderId, "partnerOrderId");
        Objects.requireNonNull(fan, "fan");
        Objects.requireNonNull(creator, "creator");
        Objects.requireNonNull(fiatAmount, "fiatAmount");
        Objects.requireNonNull(fiatCurrency, "fiatCurrency");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        tipGroup = tipGroup == null ? null : tipGroup.clone();
        if ((tipGroup == null) != (tipTxId == null) || (tipTxId == null) != (tipLastValid == null)) {
            throw new IllegalArgumentException("a tip group comes with its txid and last valid round");
        }
    }

    public static OnrampOrder created(String partnerOrderId, Address fan, Address creator, BigDecimal fiatAmount,
                                      String fiatCurrency, Instant now) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, OnrampStatus.PENDING, null,
                null, null, null, null, null, null, null, null, now, now, null, 0);
    }

    @Override
    public byte[] tipGroup() {
        return tipGroup == null ? null : tipGroup.clone();
    }

    public OnrampOrder moved(OnrampStatus next, String transakId, Instant now) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, next,
                transakOrderId != null ? transakOrderId : transakId, paymentTxId, received, platformFee, tipAmount,
                tipGroup, tipTxId, tipLastValid, lastError, createdAt, now, completedAt, version);
    }

    public OnrampOrder paid(String transakId, TxId payment, MicroAlgos amount, MicroAlgos fee, Instant now) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, OnrampStatus.PAID,
                transakOrderId != null ? transakOrderId : transakId, payment, amount, fee, amount.minus(fee),
                null, null, null, null, createdAt, now, now, version);
    }

    public OnrampOrder tipSubmitted(byte[] group, TxId txId, Round lastValid, Instant now) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, OnrampStatus.TIP_SUBMITTED,
                transakOrderId, paymentTxId, received, platformFee, tipAmount, group, txId, lastValid, null,
                createdAt, now, completedAt, version);
    }

    public OnrampOrder ended(OnrampStatus end, String error, Instant now) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, end, transakOrderId,
                paymentTxId, received, platformFee, tipAmount, tipGroup, tipTxId, tipLastValid, error, createdAt,
                now, completedAt, version);
    }

    public OnrampOrder withVersion(long newVersion) {
        return new OnrampOrder(partnerOrderId, fan, creator, fiatAmount, fiatCurrency, status, transakOrderId,
                paymentTxId, received, platformFee, tipAmount, tipGroup, tipTxId, tipLastValid, lastError, createdAt,
                updatedAt, completedAt, newVersion);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OnrampOrder other && other.partnerOrderId.equals(partnerOrderId)
                && other.version == version && other.status == status && other.updatedAt.equals(updatedAt);
    }

    @Override
    public int hashCode() {
        return partnerOrderId.hashCode();
    }
}
