package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.grant.GrantStickersService;
import dev.stickerplatform.domain.model.Address;
import dev.stickerplatform.domain.model.StickerType;
import java.util.List;

/** A grant of a template's sticker to wallets, with one outcome per wallet; {@code queued} counts the queued ones. */
public record StickerGrantJson(String requestId, long templateId, String templateName, String stickerType,
                               String creatorWallet, String grantedBy, String reason, long queued,
                               List<WalletJson> results) {

    /** One wallet's outcome; {@code originId} names the grant's mint job origin when queued. */
    public record WalletJson(String fanWallet, String status, String originId, String reason) {
        public static WalletJson of(GrantStickersService.WalletOutcome w) {
            return new WalletJson(w.fan().value(), Wire.name(w.status()),
                    w.originId() == null ? null : w.originId().value(), w.reason());
        }
    }

    public static StickerGrantJson of(GrantStickersService.Result.Granted g, Address grantor, String reason) {
        return new StickerGrantJson(g.requestId().toString(), g.template().id(), g.template().name(),
                Wire.name(g.template().category().isMembership() ? StickerType.SOULBOUND : g.template().type()),
                g.template().creator().value(), grantor.value(), reason,
                g.wallets().stream().filter(w -> w.status() == GrantStickersService.WalletOutcome.Status.QUEUED)
                        .count(),
                g.wallets().stream().map(WalletJson::of).toList());
    }
}
