-- Transactions of followed blocks that the listener could not interpret and passed over (a value beyond what the
-- platform's types hold, a malformed field), so one hostile transaction never stops the listener at its round.
-- Recorded in the round's own transaction, with the cursor; an operator reads them at /admin/listener/skipped.
CREATE TABLE skipped_transactions (
    round      bigint NOT NULL CHECK (round >= 0),
    -- the transaction's place among the block's top-level transactions
    txn_index  integer NOT NULL CHECK (txn_index >= 0),
    -- null when the id itself could not be computed
    tx_id      varchar(52) COLLATE "C" CHECK (length(tx_id) = 52),
    reason     text NOT NULL,
    skipped_at timestamptz NOT NULL,
    PRIMARY KEY (round, txn_index)
);
