-- REGISTRATION_MODE=paid (issue 12): a creator's confirmed payment for a TipProxy deployment, recorded in the same
-- transaction as the deployment it pays for. The txid is the key: one payment pays for one deployment, ever.
CREATE TABLE deployment_payments (
    tx_id              varchar(52) COLLATE "C" PRIMARY KEY CHECK (length(tx_id) = 52),
    creator_wallet     varchar(58) COLLATE "C" NOT NULL CHECK (length(creator_wallet) = 58),
    amount_micro_algos bigint NOT NULL CHECK (amount_micro_algos >= 0),
    purpose            varchar(16) NOT NULL CHECK (purpose IN ('REGISTER', 'UPGRADE')),
    tip_jar_id         uuid NOT NULL,
    used_at            timestamptz NOT NULL
);
