/**
 * The domain's value objects and entities.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the value objects and
 * entities the use cases take and return.
 */
package dev.stickerplatform.domain.model;
