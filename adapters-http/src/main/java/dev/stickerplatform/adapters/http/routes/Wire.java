package dev.stickerplatform.adapters.http.routes;

import java.util.Locale;

/** Small conversions to wire values shared by the response records. */
final class Wire {
    private Wire() {
    }

    /** An enum's lower-case wire name: {@code SOULBOUND} → {@code soulbound}, {@code PENDING_OPTIN} → {@code pending_optin}. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    /** A JSON object with members in the given order; values may be null (unlike {@code Map.of}). */
    static java.util.Map<String, Object> object(Object... namesAndValues) {
        java.util.Map<String, Object> json = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            json.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return json;
    }

    static String text(Object value) {
        return value == null ? null : value.toString();
    }

    static Long id(dev.stickerplatform.domain.model.AppId app) {
        return app == null ? null : app.value();
    }

    static Long id(dev.stickerplatform.domain.model.AssetId asset) {
        return asset == null ? null : asset.value();
    }
}
