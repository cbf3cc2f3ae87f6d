-- Every signature request, hash-chained (AuditChain): record n's hash covers its fields and record n-1's hash, so an
-- UPDATE or DELETE of a stored record breaks the chain where it happened (`keys audit verify`). Numbered 1, 2, 3, …
-- without gaps: the number is taken from the head under its row lock, never from a sequence (a rolled-back insert
-- would leave a gap that reads as a deletion).
CREATE TABLE signing_audit (
    seq           bigint PRIMARY KEY,
    at            timestamptz NOT NULL,
    role          text NOT NULL,
    address       text COLLATE "C" NOT NULL,
    account       text COLLATE "C",
    key_id        text NOT NULL,
    purpose       text NOT NULL,
    sha512_256    text COLLATE "C" NOT NULL,
    txid          text COLLATE "C",
    kind          text,
    bytes         integer NOT NULL,
    outcome       text NOT NULL,
    failure       text,
    requester     text,
    previous_hash bytea NOT NULL,
    hash          bytea NOT NULL
);
-- txid look-ups ("who signed this transaction?")
CREATE INDEX signing_audit_by_txid ON signing_audit (txid) WHERE txid IS NOT NULL;

-- The newest record's number and hash: one row, locked by every append so the chain stays linear across processes,
-- and compared with the stored chain's end, so records deleted from the end are found too.
CREATE TABLE signing_audit_head (
    id   smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    seq  bigint NOT NULL,
    hash bytea NOT NULL
);
INSERT INTO signing_audit_head (id, seq, hash) VALUES (1, 0, '\x0000000000000000000000000000000000000000000000000000000000000000');
