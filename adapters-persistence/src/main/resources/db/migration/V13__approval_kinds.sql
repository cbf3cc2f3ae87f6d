-- V7 (deployments by approval) and V9 (sticker transfers) each rewrote the approvals' kind check with only their own
-- new kind; the check lists every kind of ApprovalKind.
ALTER TABLE approvals DROP CONSTRAINT IF EXISTS approvals_kind_check;
ALTER TABLE approvals ADD CONSTRAINT approvals_kind_check
    CHECK (kind IN ('DELETE_TIP_JAR', 'FAUCET_PAYMENT', 'DEPLOY_TIP_JAR', 'STICKER_TRANSFER'));
