-- Durable content (sticker images and ARC-3 metadata), addressed by CID and stored once whoever uploads it, with a
-- reference count per owner: content leaves only when its last reference is released.
CREATE TABLE content_blobs (
    cid        varchar(128) COLLATE "C" PRIMARY KEY CHECK (cid ~ '^b[a-z2-7]{20,127}$'),
    mime_type  text NOT NULL,
    size       bigint NOT NULL CHECK (size >= 0),
    bytes      bytea NOT NULL CHECK (octet_length(bytes) = size),
    created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE content_refs (
    cid   varchar(128) COLLATE "C" NOT NULL REFERENCES content_blobs (cid) ON DELETE CASCADE,
    owner varchar(58) COLLATE "C" NOT NULL CHECK (length(owner) = 58),
    refs  integer NOT NULL CHECK (refs > 0),
    PRIMARY KEY (cid, owner)
);
CREATE INDEX content_refs_by_owner ON content_refs (owner, cid);

-- The 20-template cap, enforced here so that concurrent uploads cannot make 21: inserts of one creator queue on a
-- transaction-scoped advisory lock, and the count (a fresh snapshot per statement under READ COMMITTED) then sees
-- every template committed before. SQLState ST020 is translated into the store's TemplateLimitException.
CREATE FUNCTION sticker_templates_cap() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_advisory_xact_lock(hashtextextended('sticker_templates.creator:' || NEW.creator, 0));
    IF (SELECT count(*) FROM sticker_templates WHERE creator = NEW.creator) >= 20 THEN
        RAISE EXCEPTION 'creator % already has 20 sticker templates', NEW.creator USING ERRCODE = 'ST020';
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER sticker_templates_cap BEFORE INSERT ON sticker_templates
    FOR EACH ROW EXECUTE FUNCTION sticker_templates_cap();
