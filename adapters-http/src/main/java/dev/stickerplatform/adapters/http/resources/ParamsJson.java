package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.network.GetParamsService;

/** The suggested transaction parameters wallets need. */
public record ParamsJson(long fee, long minFee, long firstValidRound, long lastValidRound, String genesisId,
                         String genesisHash) {

    public static ParamsJson of(GetParamsService.Params p) {
        return new ParamsJson(p.fee().value(), p.minFee().value(), p.firstValid().value(), p.lastValid().value(),
                p.genesisId(), p.genesisHash());
    }
}
