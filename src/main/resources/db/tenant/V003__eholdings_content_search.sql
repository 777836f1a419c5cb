-- Indexes of the eholdings content API (issue 3), over the tables of V002.
--
-- Title search by name ranks exact names, then names starting with the text, then names holding it as whole
-- words, then the rest, each tier by name. The first two tiers come straight from this index in name order
-- (byte order of the lower-cased name, so that LIKE 'text%' is a range of it whatever the database's
-- collation), which lets a page of a broad search stop after a few rows instead of sorting every match.
CREATE INDEX titles_name_c_idx ON titles ((lower(name) COLLATE "C"), id);

-- Package facets of a title search look up the packages of each matching title: with the package id in the
-- index the lookups need not visit the resources table.
CREATE INDEX resources_title_package_idx ON resources (title_id, package_id);
