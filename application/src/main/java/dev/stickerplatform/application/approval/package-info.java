/**
 * High-value operations that wait for approvals: the transaction is prepared once, approvers add signatures (their
 * own member keys of a multisig account, or one administrator's go-ahead for a platform-held key), and when the
 * threshold is met it is recorded and submitted, then followed to confirmation or expiry.
 *
 * <p>One service per operation: {@link dev.stickerplatform.application.approval.ProposeApprovalService},
 * {@link dev.stickerplatform.application.approval.SignApprovalService},
 * {@link dev.stickerplatform.application.approval.RejectApprovalService},
 * {@link dev.stickerplatform.application.approval.FollowApprovalsService} (the only one that records how an
 * approval ended on the chain) and the reads {@link dev.stickerplatform.application.approval.ListApprovalsService}
 * and {@link dev.stickerplatform.application.approval.GetApprovalService}, which save and submit nothing. What they
 * share is internal ({@code ApprovalChain}).
 *
 * <p><b>Public API</b> for embedders (see {@code dev.stickerplatform.bootstrap.embedding}): the use cases with
 * their Command/Query/Result records.
 */
package dev.stickerplatform.application.approval;
