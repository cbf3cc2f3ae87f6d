-- The round of the last on-chain move of a sticker's ASA the listener recorded (its receiver is the owner), NULL
-- while none was. A move of an older round never overwrites the owner of a newer one, so replayed or late rounds
-- change nothing; once set, only the listener's moves change owner and owner_round.
ALTER TABLE stickers ADD COLUMN owner_round BIGINT;

-- At most one transfer of a sticker waits for its approval (a second request is refused); older duplicates, if
-- any, are abandoned first (their approvals expire unsigned or fail on chain: the unit is moved once).
UPDATE sticker_transfers t SET state = 'ABANDONED', updated_at = now()
 WHERE t.state = 'AWAITING_APPROVAL' AND EXISTS (
       SELECT 1 FROM sticker_transfers o
        WHERE o.sticker_id = t.sticker_id AND o.state = 'AWAITING_APPROVAL'
          AND (o.created_at, o.approval_id) < (t.created_at, t.approval_id));
CREATE UNIQUE INDEX sticker_transfers_one_awaiting ON sticker_transfers (sticker_id)
    WHERE state = 'AWAITING_APPROVAL';

-- An administrator may reject a pending approval: REJECTED (never submitted, takes no signature any more).
ALTER TABLE approvals DROP CONSTRAINT IF EXISTS approvals_state_check;
ALTER TABLE approvals ADD CONSTRAINT approvals_state_check
    CHECK (state IN ('PENDING', 'SUBMITTED', 'CONFIRMED', 'EXPIRED', 'REJECTED'));
-- V3's unnamed table check "a write is recorded unless PENDING or EXPIRED" gains REJECTED (found by its definition)
DO $$
DECLARE
    name text;
BEGIN
    FOR name IN SELECT conname FROM pg_constraint
                 WHERE conrelid = 'approvals'::regclass AND contype = 'c'
                   AND pg_get_constraintdef(oid) LIKE '%pending_tx_id IS NOT NULL%'
    LOOP
        EXECUTE format('ALTER TABLE approvals DROP CONSTRAINT %I', name);
    END LOOP;
END $$;
ALTER TABLE approvals ADD CONSTRAINT approvals_write_recorded
    CHECK (state IN ('PENDING', 'EXPIRED', 'REJECTED') OR pending_tx_id IS NOT NULL);
