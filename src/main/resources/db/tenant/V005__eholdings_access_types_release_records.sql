-- Deleting a knowledge base deletes its access types (ON DELETE CASCADE from kb_credentials); the packages and
-- resources that carried one of them lose it rather than blocking the deletion. Deleting an access type that
-- is in use stays refused by the service (it counts the records first).
ALTER TABLE packages DROP CONSTRAINT packages_access_type_id_fkey,
  ADD CONSTRAINT packages_access_type_id_fkey FOREIGN KEY (access_type_id) REFERENCES access_types (id) ON DELETE SET NULL;
ALTER TABLE resources DROP CONSTRAINT resources_access_type_id_fkey,
  ADD CONSTRAINT resources_access_type_id_fkey FOREIGN KEY (access_type_id) REFERENCES access_types (id) ON DELETE SET NULL;
