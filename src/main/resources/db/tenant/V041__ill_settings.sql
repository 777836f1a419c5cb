-- The tenant's ILL routing settings: one row, or none while the defaults apply. The broker's API key is kept
-- in its own column: answers only say whether it is set.
CREATE TABLE ill_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  settings jsonb NOT NULL,
  api_key text,
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);
