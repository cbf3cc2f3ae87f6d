-- Stickers nobody opts in to expire: their job goes PENDING_OPTIN → DESTROY_SUBMITTED (the destroy transaction
-- recorded before it is submitted) → DESTROYED, and the sticker becomes EXPIRED. DESTROYED is terminal like
-- DELIVERED, so the claimable and leased indexes and the wake-up trigger leave it out (they must agree with
-- JobStage.isWorkable and JdbiMintJobs.WORKABLE).
ALTER TABLE mint_jobs DROP CONSTRAINT mint_jobs_stage_check;
ALTER TABLE mint_jobs ADD CONSTRAINT mint_jobs_stage_check CHECK (stage IN ('QUEUED', 'MINT_SUBMITTED', 'MINTED',
    'DELIVERY_SUBMITTED', 'PENDING_OPTIN', 'DELIVERED', 'DESTROY_SUBMITTED', 'DESTROYED'));

ALTER TABLE stickers DROP CONSTRAINT stickers_status_check;
ALTER TABLE stickers ADD CONSTRAINT stickers_status_check CHECK (status IN ('PENDING_OPTIN', 'DELIVERED', 'EXPIRED'));

DROP INDEX mint_jobs_claimable;
CREATE INDEX mint_jobs_claimable ON mint_jobs (not_before, created_at, id)
    WHERE dead_reason IS NULL AND stage NOT IN ('PENDING_OPTIN', 'DELIVERED', 'DESTROYED');
DROP INDEX mint_jobs_leased;
CREATE INDEX mint_jobs_leased ON mint_jobs (lease_until)
    WHERE lease_owner IS NOT NULL AND dead_reason IS NULL AND stage NOT IN ('PENDING_OPTIN', 'DELIVERED', 'DESTROYED');

DROP TRIGGER mint_jobs_claimable_notify ON mint_jobs;
CREATE TRIGGER mint_jobs_claimable_notify
    AFTER INSERT OR UPDATE ON mint_jobs
    FOR EACH ROW
    WHEN (NEW.dead_reason IS NULL AND NEW.stage NOT IN ('PENDING_OPTIN', 'DELIVERED', 'DESTROYED')
        AND NEW.lease_owner IS NULL)
EXECUTE FUNCTION notify_mint_job_claimable();
