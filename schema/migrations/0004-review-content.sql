-- Version 3 -> 4: an approval keeps the canonical form of what was approved (ContentHash), so the
-- editor can show what changed since. Approvals made before have no content (NULL): their hash
-- still tells whether they are stale, but not what changed.
ALTER TABLE review ADD COLUMN content TEXT;
