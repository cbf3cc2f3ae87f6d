/**
 * Stickers that do not come from a tip: administrators' and creators' grants (gifts and airdrops), and
 * administrators' transfers of golden stickers the platform still holds. Both run through the mint pipeline's
 * exactly-once machinery.
 */
package dev.stickerplatform.application.grant;
