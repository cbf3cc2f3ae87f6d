-- The round of the last on-chain move of a sticker's ASA the listener recorded (its receiver is the owner), NULL
-- while none was. A move of an older round never overwrites the owner of a newer one, so replayed or late rounds
-- change nothing; once set, only the listener's moves change owner and owner_round.
ALTER TABLE stickers ADD COLUMN owner_round BIGINT;
