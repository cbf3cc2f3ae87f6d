-- The platform's records. Conventions: amounts in microAlgos, app/asset ids and rounds are BIGINT (MainNet ids
-- are past 2^31); every instant is timestamptz; addresses and txids compare byte-wise (COLLATE "C"), like the
-- domain does. Uniqueness rules of the Store port are constraints here, so they hold under any concurrency.
-- There are deliberately no foreign keys between these tables yet: the port promises no referential integrity
-- (a sticker outlives a deleted template, a job carries everything it needs to mint).

CREATE TABLE creators (
    wallet        varchar(58) COLLATE "C" PRIMARY KEY CHECK (length(wallet) = 58),
    username      varchar(100),
    registered_at timestamptz NOT NULL
);

CREATE TABLE tip_jars (
    id                 uuid PRIMARY KEY,
    creator            varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    version            integer NOT NULL CHECK (version >= 1),
    min_tip            bigint NOT NULL CHECK (min_tip >= 0),
    status             varchar(16) NOT NULL CHECK (status IN ('DEPLOYING', 'FUNDING', 'ACTIVE', 'RETIRED')),
    app_id             bigint CONSTRAINT tip_jars_app_id_key UNIQUE CHECK (app_id > 0),
    -- the chain write in flight (create or fund), persisted before it is submitted
    pending_tx_id      varchar(52) COLLATE "C",
    pending_last_valid bigint CHECK (pending_last_valid >= 0),
    pending_signed     bytea,
    create_tx_id       varchar(52) COLLATE "C",
    requested_at       timestamptz NOT NULL,
    activated_at       timestamptz,
    retired_at         timestamptz,
    CHECK (status = 'DEPLOYING' OR app_id IS NOT NULL),
    CHECK ((pending_tx_id IS NULL) = (pending_last_valid IS NULL)
        AND (pending_tx_id IS NULL) = (pending_signed IS NULL))
);
-- at most one tip jar per creator that is not RETIRED (a registration race cannot make two)
CREATE UNIQUE INDEX tip_jars_one_live_per_creator ON tip_jars (creator) WHERE status <> 'RETIRED';
CREATE INDEX tip_jars_unfinished ON tip_jars (requested_at, id) WHERE status IN ('DEPLOYING', 'FUNDING');
CREATE INDEX tip_jars_by_request ON tip_jars (requested_at, id);

CREATE TABLE sticker_templates (
    id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    creator         varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    name            text NOT NULL,
    sticker_type    varchar(16) NOT NULL CHECK (sticker_type IN ('SOULBOUND', 'GOLDEN')),
    category        varchar(24) NOT NULL
        CHECK (category IN ('TIP', 'MEMBERSHIP_BRONZE', 'MEMBERSHIP_SILVER', 'MEMBERSHIP_GOLD')),
    threshold       bigint NOT NULL CHECK (threshold >= 0),
    image_cid       text NOT NULL,
    image_url       text NOT NULL,
    image_mime_type text NOT NULL,
    metadata_cid    text NOT NULL,
    metadata_url    text NOT NULL,
    metadata_hash   bytea NOT NULL CHECK (octet_length(metadata_hash) = 32),
    created_at      timestamptz NOT NULL,
    CONSTRAINT sticker_templates_unique UNIQUE (creator, category, sticker_type, threshold)
);
-- one template per membership category per creator, whatever its type and threshold
CREATE UNIQUE INDEX sticker_templates_one_per_membership ON sticker_templates (creator, category)
    WHERE category <> 'TIP';
CREATE INDEX sticker_templates_by_creator ON sticker_templates (creator, created_at DESC, id DESC);

CREATE TABLE tips (
    tx_id       varchar(52) COLLATE "C" PRIMARY KEY CHECK (length(tx_id) = 52),
    app_id      bigint NOT NULL CHECK (app_id > 0),
    fan         varchar(58) COLLATE "C" NOT NULL CHECK (length(fan) = 58),
    creator     varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    amount      bigint NOT NULL CHECK (amount >= 0),
    -- the memo's UTF-8 bytes: text cannot hold U+0000, and a fan's memo must never stop the listener
    memo        bytea NOT NULL,
    round       bigint NOT NULL CHECK (round >= 0),
    detected_at timestamptz NOT NULL
);
-- newest first per fan and per creator; the included columns serve totals and rankings from the index alone
CREATE INDEX tips_by_fan ON tips (fan, round DESC, detected_at DESC, tx_id DESC) INCLUDE (creator, amount);
CREATE INDEX tips_by_creator ON tips (creator, round DESC, detected_at DESC, tx_id DESC) INCLUDE (fan, amount);

CREATE TABLE stickers (
    id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    tip_tx_id      varchar(52) COLLATE "C" NOT NULL CONSTRAINT stickers_one_per_tip UNIQUE,
    template_id    bigint NOT NULL,
    creator        varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    owner          varchar(58) COLLATE "C" NOT NULL CHECK (length(owner) = 58),
    sticker_type   varchar(16) NOT NULL CHECK (sticker_type IN ('SOULBOUND', 'GOLDEN')),
    category       varchar(24) NOT NULL
        CHECK (category IN ('TIP', 'MEMBERSHIP_BRONZE', 'MEMBERSHIP_SILVER', 'MEMBERSHIP_GOLD')),
    asset_id       bigint NOT NULL CONSTRAINT stickers_one_per_asset UNIQUE CHECK (asset_id > 0),
    status         varchar(16) NOT NULL CHECK (status IN ('PENDING_OPTIN', 'DELIVERED')),
    delivery_tx_id varchar(52) COLLATE "C",
    expires_at     timestamptz,
    minted_at      timestamptz NOT NULL,
    delivered_at   timestamptz,
    CHECK (status <> 'DELIVERED' OR delivery_tx_id IS NOT NULL)
);
CREATE INDEX stickers_by_owner ON stickers (owner, minted_at DESC, id DESC);
CREATE INDEX stickers_by_owner_status ON stickers (owner, status, minted_at DESC, id DESC);
CREATE INDEX stickers_by_template ON stickers (template_id);
CREATE INDEX stickers_by_creator_owner ON stickers (creator, owner);

CREATE TABLE mint_jobs (
    id                 uuid PRIMARY KEY,
    tip_tx_id          varchar(52) COLLATE "C" NOT NULL CONSTRAINT mint_jobs_one_per_tip UNIQUE,
    fan                varchar(58) COLLATE "C" NOT NULL CHECK (length(fan) = 58),
    creator            varchar(58) COLLATE "C" NOT NULL CHECK (length(creator) = 58),
    template_id        bigint NOT NULL,
    sticker_type       varchar(16) NOT NULL CHECK (sticker_type IN ('SOULBOUND', 'GOLDEN')),
    category           varchar(24) NOT NULL
        CHECK (category IN ('TIP', 'MEMBERSHIP_BRONZE', 'MEMBERSHIP_SILVER', 'MEMBERSHIP_GOLD')),
    asset_name         text NOT NULL,
    asset_url          text NOT NULL,
    metadata_hash      bytea CHECK (octet_length(metadata_hash) = 32),
    expires_at         timestamptz,
    stage              varchar(24) NOT NULL CHECK (stage IN ('QUEUED', 'MINT_SUBMITTED', 'MINTED',
        'DELIVERY_SUBMITTED', 'PENDING_OPTIN', 'DELIVERED')),
    -- the chain write of the current *_SUBMITTED stage, persisted before it was submitted
    pending_tx_id      varchar(52) COLLATE "C",
    pending_last_valid bigint CHECK (pending_last_valid >= 0),
    pending_signed     bytea,
    asset_id           bigint CHECK (asset_id > 0),
    sticker_id         bigint,
    delivery_tx_id     varchar(52) COLLATE "C",
    attempts           integer NOT NULL CHECK (attempts >= 0),
    not_before         timestamptz NOT NULL,
    last_error         text,
    dead_reason        text,
    created_at         timestamptz NOT NULL,
    updated_at         timestamptz NOT NULL,
    version            bigint NOT NULL CHECK (version >= 0),
    -- the queue's lease (visibility timeout): who works the job, and until when
    lease_owner        text,
    lease_until        timestamptz,
    CHECK ((pending_tx_id IS NULL) = (pending_last_valid IS NULL)
        AND (pending_tx_id IS NULL) = (pending_signed IS NULL)),
    CHECK ((lease_owner IS NULL) = (lease_until IS NULL))
);
-- claims: the oldest due job that is workable and not dead
CREATE INDEX mint_jobs_claimable ON mint_jobs (not_before, created_at, id)
    WHERE dead_reason IS NULL AND stage NOT IN ('PENDING_OPTIN', 'DELIVERED');
-- when the next lease runs out (few rows: one per busy worker)
CREATE INDEX mint_jobs_leased ON mint_jobs (lease_until)
    WHERE lease_owner IS NOT NULL AND dead_reason IS NULL AND stage NOT IN ('PENDING_OPTIN', 'DELIVERED');
-- admin listings, oldest first: by stage, all live ones, the dead ones
CREATE INDEX mint_jobs_by_stage ON mint_jobs (stage, created_at, id);
CREATE INDEX mint_jobs_live ON mint_jobs (created_at, id) WHERE dead_reason IS NULL;
CREATE INDEX mint_jobs_dead ON mint_jobs (created_at, id) WHERE dead_reason IS NOT NULL;

CREATE TABLE listener_cursor (
    id         smallint PRIMARY KEY CHECK (id = 1),
    last_round bigint NOT NULL CHECK (last_round >= 0),
    updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE auth_challenges (
    nonce      text PRIMARY KEY,
    wallet     varchar(58) COLLATE "C" NOT NULL CHECK (length(wallet) = 58),
    message    text NOT NULL,
    issued_at  timestamptz NOT NULL,
    expires_at timestamptz NOT NULL
);
CREATE INDEX auth_challenges_expiry ON auth_challenges (expires_at);
