/**
 * Sticker templates: a creator uploads a design (image, type, category, threshold); the platform pins the image
 * and its ARC-3 metadata and records the template the mint pipeline later mints from.
 */
package dev.stickerplatform.application.template;
