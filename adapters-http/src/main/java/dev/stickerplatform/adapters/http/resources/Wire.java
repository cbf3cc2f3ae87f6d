package dev.stickerplatform.adapters.http.resources;

import dev.stickerplatform.domain.model.AppId;
import dev.stickerplatform.domain.model.AssetId;
import java.util.Locale;

/** Small conversions to wire values shared by the response records (and the routes' messages). */
public final class Wire {
    private Wire() {
    }

    /** An enum's lower-case wire name: {@code SOULBOUND} → {@code soulbound}, {@code PENDING_OPTIN} → {@code pending_optin}. */
    public static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Long id(AppId app) {
        return app == null ? null : app.value();
    }

    static Long id(AssetId asset) {
        return asset == null ? null : asset.value();
    }
}
