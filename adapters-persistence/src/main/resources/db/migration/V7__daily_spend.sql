-- What the platform spent per kind (DEPLOYMENT, FAUCET, GRANT) and UTC day, counted against the operator's daily
-- caps; one row per kind and day, shared by every process. Past days stay as the spending history.
CREATE TABLE daily_spend (
    kind  varchar(16) NOT NULL CHECK (kind IN ('DEPLOYMENT', 'FAUCET', 'GRANT')),
    day   date NOT NULL,
    used  bigint NOT NULL CHECK (used >= 0),
    PRIMARY KEY (kind, day)
);

-- Registration by approval: administrators approve each TipProxy deployment (REGISTRATION_MODE=approval).
ALTER TABLE approvals DROP CONSTRAINT approvals_kind_check;
ALTER TABLE approvals ADD CONSTRAINT approvals_kind_check
    CHECK (kind IN ('DELETE_TIP_JAR', 'FAUCET_PAYMENT', 'DEPLOY_TIP_JAR'));
