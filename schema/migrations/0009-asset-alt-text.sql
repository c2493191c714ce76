-- Version 8 -> 9: an asset's alt text.
-- What a picture shows, in words, for whoever cannot see it: the site's alt text for a case's
-- cover and a professional's icon. Empty in existing projects; validation warns of a picture
-- the site would show without it (docs/rules.md, "asset-alt-text").
ALTER TABLE asset ADD COLUMN alt_text TEXT;
