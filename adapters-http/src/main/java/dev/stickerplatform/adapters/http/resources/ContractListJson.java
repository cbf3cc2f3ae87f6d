package dev.stickerplatform.adapters.http.resources;

import java.util.List;

/** The shipped contracts, by name. */
public record ContractListJson(List<ContractJson> contracts) {

    public static ContractListJson of(List<ContractJson> contracts) {
        return new ContractListJson(List.copyOf(contracts));
    }
}
