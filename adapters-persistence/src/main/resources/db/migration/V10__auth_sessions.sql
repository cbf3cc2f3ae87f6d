-- Signed-in sessions (refresh-token families): the hash of the one current refresh token, never the token.
CREATE TABLE auth_sessions (
    id          uuid PRIMARY KEY,
    wallet      text        NOT NULL,
    role        text        NOT NULL,
    signing_key text        NOT NULL,
    token_hash  text        NOT NULL,
    generation  integer     NOT NULL DEFAULT 0,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    revoked_at  timestamptz
);

CREATE INDEX auth_sessions_active_by_wallet ON auth_sessions (wallet) WHERE revoked_at IS NULL;
CREATE INDEX auth_sessions_by_expiry ON auth_sessions (expires_at);
