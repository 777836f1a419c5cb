-- Imports write less per item. Since `GET /stacks/items` searches any location (jsonb_path_query over the
-- locations), no query reads the first location's type, description or shelfmark through an index: those three
-- indexes only cost each insert and non-HOT update. Kept: the primary key, the ILS record number (unique; the
-- status sync and the ILS's holds look items up by it) and the work's covering index (GET /stacks/works/{id}).
DROP INDEX stacks_items_location_type_idx;
DROP INDEX stacks_items_description_idx;
DROP INDEX stacks_items_shelfmark_idx;

-- A re-imported item whose record maps to what is stored is not written: counted apart.
ALTER TABLE stacks_imports ADD COLUMN items_unchanged integer NOT NULL DEFAULT 0;
