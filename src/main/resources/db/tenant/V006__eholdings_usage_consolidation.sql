-- Usage consolidation settings of the eholdings interface. This module has no usage service to check them
-- against: they are kept for clients that read them back. client_secret and customer_key are secrets: the API
-- answers them only through their own methods (their own permissions) and masks them everywhere else.
--   uc_credentials: the tenant's one set of usage consolidation credentials (the single row has id 1).
--   uc_settings.jsonb: {startMonth, currency, platformType, metricType, metadata: {createdDate, createdByUserId, ...}}
CREATE TABLE uc_credentials (
  id smallint PRIMARY KEY CHECK (id = 1),
  client_id text NOT NULL,
  client_secret text NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE uc_settings (
  id uuid PRIMARY KEY,
  credentials_id uuid NOT NULL UNIQUE REFERENCES kb_credentials (id) ON DELETE CASCADE,
  customer_key text NOT NULL,
  jsonb jsonb NOT NULL
);
