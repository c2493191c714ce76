-- Version 4 -> 5: approvals are signed (Ed25519) and the project lists the reviewers it trusts.
-- Approvals made before have no signature; they stay in the project, but no longer count for the
-- export gate until a trusted reviewer approves the content again.
ALTER TABLE review ADD COLUMN key_fingerprint TEXT
    CHECK (key_fingerprint IS NULL OR length(key_fingerprint) IN (0, 64));
ALTER TABLE review ADD COLUMN signature TEXT;
CREATE TABLE trusted_reviewer (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    name        TEXT NOT NULL,
    public_key  TEXT NOT NULL,
    fingerprint TEXT NOT NULL UNIQUE CHECK (length(fingerprint) = 64),
    added_by    TEXT,
    added_at    TEXT
);
