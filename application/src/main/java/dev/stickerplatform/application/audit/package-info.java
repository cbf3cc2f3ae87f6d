/**
 * The signing audit trail as operators read it: pages of signature requests, newest first, and the check of its hash
 * chain.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.audit;
