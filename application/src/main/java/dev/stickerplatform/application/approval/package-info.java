/**
 * High-value operations that wait for approvals: the transaction is prepared once, approvers add signatures (their
 * own member keys of a multisig account, or one administrator's go-ahead for a platform-held key), and when the
 * threshold is met it is recorded and submitted, then followed to confirmation or expiry.
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.approval;
