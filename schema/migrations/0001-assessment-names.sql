-- Version 0 -> 1: option assessments were numbers (0 recommended, 1 acceptable, 2 not advisable)
-- and become the names packages use, guarded by a CHECK. The project gains a publisher.
CREATE TABLE dilemma_option_v1 (
    uid         TEXT PRIMARY KEY CHECK (length(uid) = 36),
    dilemma_uid TEXT NOT NULL REFERENCES dilemma (uid) ON DELETE CASCADE,
    label       TEXT,
    feedback    TEXT,
    assessment  TEXT NOT NULL CHECK (assessment IN ('recommended', 'acceptable', 'not-advisable')),
    position    INTEGER NOT NULL CHECK (position >= 0)
);
INSERT INTO dilemma_option_v1 (uid, dilemma_uid, label, feedback, assessment, position)
    SELECT uid, dilemma_uid, label, feedback,
           CASE assessment WHEN 0 THEN 'recommended' WHEN 2 THEN 'not-advisable' ELSE 'acceptable' END,
           position
    FROM dilemma_option;
DROP TABLE dilemma_option;
ALTER TABLE dilemma_option_v1 RENAME TO dilemma_option;
CREATE INDEX dilemma_option_dilemma ON dilemma_option (dilemma_uid, position);
ALTER TABLE project ADD COLUMN publisher TEXT;
