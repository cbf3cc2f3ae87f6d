/**
 * High-value operations that wait for approvals: the transaction is prepared once, approvers add signatures (their
 * own member keys of a multisig account, or one administrator's go-ahead for a platform-held key), and when the
 * threshold is met it is recorded and submitted, then followed to confirmation or expiry.
 */
package dev.stickerplatform.application.approval;
