package dev.stickerplatform.domain.model;

/** Who gave a granted sticker: the platform's administrators, or the creator of the template. */
public enum GrantKind {
    ADMIN,
    CREATOR
}
