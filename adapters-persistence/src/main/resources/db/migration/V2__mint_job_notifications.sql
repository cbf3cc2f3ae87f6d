-- Wakes waiting workers (PostgresMintQueue.awaitWork) when a job may have become claimable: inserted or saved
-- workable, not dead and not leased (a claim sets the lease, so claims never wake anyone; a release clears it).
-- NOTIFY is delivered at commit, and identical notifications of one transaction are folded into one.
-- The channel carries the schema, so deployments (and test runs) sharing a database do not wake each other; it
-- is cut to the 63 bytes a channel name may have (a shared prefix would only cause spurious wake-ups).
CREATE FUNCTION notify_mint_job_claimable() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    PERFORM pg_notify('mint_jobs.' || left(TG_TABLE_SCHEMA, 53), '');
    RETURN NULL;
END;
$$;

CREATE TRIGGER mint_jobs_claimable_notify
    AFTER INSERT OR UPDATE ON mint_jobs
    FOR EACH ROW
    WHEN (NEW.dead_reason IS NULL AND NEW.stage NOT IN ('PENDING_OPTIN', 'DELIVERED') AND NEW.lease_owner IS NULL)
EXECUTE FUNCTION notify_mint_job_claimable();
