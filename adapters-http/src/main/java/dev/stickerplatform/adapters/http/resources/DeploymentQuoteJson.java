package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.tipjar.DeploymentQuote;
import java.util.Locale;

/** What a deployment costs the platform and, with {@code REGISTRATION_MODE=paid}, how the creator pays it. */
public record DeploymentQuoteJson(String mode, boolean paymentRequired, long amountMicroAlgos, String amountAlgo,
                                  String receiver, String note, BreakdownJson breakdown) {

    /** The deployment's cost, item by item. */
    public record BreakdownJson(long createFeeMicroAlgos, long appMinBalanceMicroAlgos, long fundingMicroAlgos,
                                long fundingFeeMicroAlgos) {
    }

    public static DeploymentQuoteJson of(DeploymentQuote quote) {
        return new DeploymentQuoteJson(quote.mode().name().toLowerCase(Locale.ROOT), quote.paymentRequired(),
                quote.amount().value(), quote.amount().toAlgoString(), quote.receiver().value(), quote.note(),
                new BreakdownJson(quote.cost().createFee().value(), quote.cost().appMinBalance().value(),
                        quote.cost().funding().value(), quote.cost().fundingFee().value()));
    }
}
