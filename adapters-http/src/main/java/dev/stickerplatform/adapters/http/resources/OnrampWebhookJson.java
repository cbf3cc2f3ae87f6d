package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.application.onramp.OnrampWebhookService;

/** What a Transak webhook did, one shape per outcome ({@code status} says which). */
public sealed interface OnrampWebhookJson {

    /** The order moved on; {@code status} is its new status. */
    record Applied(String status, String partnerOrderId) implements OnrampWebhookJson {
        public static Applied of(OnrampWebhookService.Result.Applied a) {
            return new Applied(Wire.name(a.order().status()), a.order().partnerOrderId());
        }
    }

    /** The event changed nothing (a repeat, or an older status). */
    record Unchanged(String status, String partnerOrderId, String orderStatus, String reason)
            implements OnrampWebhookJson {
        public static Unchanged of(OnrampWebhookService.Result.Unchanged u) {
            return new Unchanged("unchanged", u.order().partnerOrderId(), Wire.name(u.order().status()), u.reason());
        }
    }

    /** The event is not about an order of this platform, or of no interest. */
    record Ignored(String status, String reason) implements OnrampWebhookJson {
        public static Ignored of(OnrampWebhookService.Result.Ignored i) {
            return new Ignored("ignored", i.reason());
        }
    }

    /** The event contradicts the order. */
    record Refused(String status, String partnerOrderId, String reason) implements OnrampWebhookJson {
        public static Refused of(OnrampWebhookService.Result.Refused r) {
            return new Refused("refused", r.order().partnerOrderId(), r.reason());
        }
    }
}
