-- A moderator's claim on a review entry: the others' decisions on it are refused until it ends.
ALTER TABLE review_entry ADD COLUMN claimed_by BIGINT;
ALTER TABLE review_entry ADD COLUMN claimed_until TIMESTAMP WITH TIME ZONE;

-- The audit log searched by date.
CREATE INDEX audit_entry_at ON audit_entry (at, id);
