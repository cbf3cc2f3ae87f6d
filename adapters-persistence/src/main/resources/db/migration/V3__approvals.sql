-- High-value operations waiting for (or done with) approvals: one prepared transaction and its signatures.
CREATE TABLE approvals (
    id                 uuid PRIMARY KEY,
    kind               varchar(24) NOT NULL CHECK (kind IN ('DELETE_TIP_JAR', 'FAUCET_PAYMENT')),
    role               varchar(16) NOT NULL,
    summary            text NOT NULL,
    account            varchar(58) COLLATE "C" NOT NULL CHECK (length(account) = 58),
    -- the account's k-of-n member keys; both NULL when one platform-held key signs for it
    multisig_threshold integer CHECK (multisig_threshold >= 1),
    multisig_members   text COLLATE "C",
    txn_id             varchar(52) COLLATE "C" NOT NULL,
    txn_last_valid     bigint NOT NULL CHECK (txn_last_valid >= 0),
    txn_bytes          bytea NOT NULL,
    -- signatures so far, in the order given: 32-byte public key then 64-byte signature, repeated
    signatures         bytea NOT NULL CHECK (octet_length(signatures) % 96 = 0),
    state              varchar(16) NOT NULL CHECK (state IN ('PENDING', 'SUBMITTED', 'CONFIRMED', 'EXPIRED')),
    -- the signed transaction, recorded before it is submitted
    pending_tx_id      varchar(52) COLLATE "C",
    pending_last_valid bigint CHECK (pending_last_valid >= 0),
    pending_signed     bytea,
    confirmed_round    bigint CHECK (confirmed_round >= 0),
    last_error         text,
    requested_by       text NOT NULL,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint NOT NULL CHECK (version >= 0),
    CHECK ((multisig_threshold IS NULL) = (multisig_members IS NULL)),
    CHECK ((pending_tx_id IS NULL) = (pending_last_valid IS NULL) AND (pending_tx_id IS NULL) = (pending_signed IS NULL)),
    CHECK (state IN ('PENDING', 'EXPIRED') OR pending_tx_id IS NOT NULL)
);
-- admin listings, newest first, by state
CREATE INDEX approvals_by_state ON approvals (state, created_at DESC, id);
CREATE INDEX approvals_newest ON approvals (created_at DESC, id);
