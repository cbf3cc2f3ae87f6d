/**
 * Stickers that do not come from a tip: administrators' and creators' grants (gifts and airdrops), and
 * administrators' transfers of golden stickers the platform still holds. Both run through the mint pipeline's
 * exactly-once machinery.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.grant;
