-- Stickers given rather than earned (issue 16): a grant is the origin of one mint job, its origin_id standing
-- where a tip's txid stands (mint_jobs.tip_tx_id, stickers.tip_tx_id), so one grant mints and delivers once.
CREATE TABLE grants (
    origin_id   varchar(52) COLLATE "C" PRIMARY KEY CHECK (length(origin_id) = 52),
    request_id  uuid NOT NULL,
    kind        varchar(16) NOT NULL CHECK (kind IN ('ADMIN', 'CREATOR')),
    granted_by  varchar(58) COLLATE "C" NOT NULL CHECK (length(granted_by) = 58),
    template_id bigint NOT NULL,
    creator     varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    fan         varchar(58) COLLATE "C" NOT NULL CHECK (length(fan) = 58),
    reason      text NOT NULL CHECK (length(reason) BETWEEN 1 AND 200),
    created_at  timestamptz NOT NULL
);
-- quotas: a grantor's grants of one kind since an instant
CREATE INDEX grants_by_grantor ON grants (granted_by, kind, created_at);

-- Transfers of held stickers waiting for (or done with) an approval.
CREATE TABLE sticker_transfers (
    approval_id  uuid PRIMARY KEY,
    sticker_id   bigint NOT NULL,
    asset_id     bigint NOT NULL CHECK (asset_id > 0),
    from_wallet  varchar(58) COLLATE "C" NOT NULL CHECK (length(from_wallet) = 58),
    to_wallet    varchar(58) COLLATE "C" NOT NULL CHECK (length(to_wallet) = 58),
    requested_by text NOT NULL,
    state        varchar(24) NOT NULL CHECK (state IN ('AWAITING_APPROVAL', 'DONE', 'ABANDONED')),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);
CREATE INDEX sticker_transfers_awaiting ON sticker_transfers (created_at, approval_id)
    WHERE state = 'AWAITING_APPROVAL';

ALTER TABLE approvals DROP CONSTRAINT IF EXISTS approvals_kind_check;
ALTER TABLE approvals ADD CONSTRAINT approvals_kind_check
    CHECK (kind IN ('DELETE_TIP_JAR', 'FAUCET_PAYMENT', 'STICKER_TRANSFER'));

-- Fiat on-ramp orders (Transak). Money is µALGO as the chain confirmed it; the fiat amount is a scaled decimal.
CREATE TABLE onramp_orders (
    partner_order_id text COLLATE "C" PRIMARY KEY,
    fan              varchar(58) COLLATE "C" NOT NULL CHECK (length(fan) = 58),
    creator          varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    fiat_amount      numeric(18, 2) NOT NULL CHECK (fiat_amount > 0),
    fiat_currency    varchar(8) NOT NULL,
    status           varchar(16) NOT NULL CHECK (status IN ('PENDING', 'PROCESSING', 'PAID', 'TIP_SUBMITTED',
        'TIP_SENT', 'TIP_FAILED', 'FAILED', 'EXPIRED', 'REFUNDED', 'CANCELLED')),
    transak_order_id text,
    -- one on-chain payment credits one order
    payment_tx_id    varchar(52) COLLATE "C" CONSTRAINT onramp_orders_one_per_payment UNIQUE,
    received         bigint CHECK (received >= 0),
    platform_fee     bigint CHECK (platform_fee >= 0),
    tip_amount       bigint CHECK (tip_amount >= 0),
    -- the signed tip_for group, recorded before it is submitted
    tip_group        bytea,
    tip_tx_id        varchar(52) COLLATE "C",
    tip_last_valid   bigint CHECK (tip_last_valid >= 0),
    last_error       text,
    created_at       timestamptz NOT NULL,
    updated_at       timestamptz NOT NULL,
    completed_at     timestamptz,
    version          bigint NOT NULL CHECK (version >= 0),
    CHECK ((tip_group IS NULL) = (tip_tx_id IS NULL) AND (tip_tx_id IS NULL) = (tip_last_valid IS NULL))
);
CREATE INDEX onramp_orders_by_fan ON onramp_orders (fan, created_at DESC);
CREATE INDEX onramp_orders_by_status ON onramp_orders (status, created_at);

-- Webhook events already applied (a replay changes nothing).
CREATE TABLE onramp_events (
    event_key        text COLLATE "C" PRIMARY KEY,
    partner_order_id text COLLATE "C" NOT NULL,
    received_at      timestamptz NOT NULL
);
