/**
 * Sticker templates: a creator uploads a design (image, type, category, threshold); the platform pins the image
 * and its ARC-3 metadata and records the template the mint pipeline later mints from.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.template;
