package dev.stickerplatform.application.auth;

import java.util.Locale;

/** What a signed-in wallet is to the platform; admins come from configuration, creators from registration. */
public enum Role {
    FAN,
    CREATOR,
    ADMIN;

    /** The lower-case name used on the wire and in tokens: {@code fan}, {@code creator}, {@code admin}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name; {@link IllegalArgumentException} for anything else. */
    public static Role fromWireName(String name) {
        for (Role role : values()) {
            if (role.wireName().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("unknown role: " + name);
    }
}
