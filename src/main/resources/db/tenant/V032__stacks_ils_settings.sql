-- The tenant's ILS connection (absent: holds and statuses are local). The client secret is written, never
-- read back by the API (answered masked) nor logged; patron_field_tag names the patron varField that holds
-- the module's user id, by which the ILS patron is found.
CREATE TABLE stacks_ils_settings (
  id smallint PRIMARY KEY DEFAULT 1 CHECK (id = 1),
  kind text NOT NULL DEFAULT 'sierra' CHECK (kind IN ('sierra')),
  base_url text NOT NULL CHECK (base_url ~ '^https?://'),
  client_key text NOT NULL CHECK (client_key <> ''),
  client_secret text NOT NULL CHECK (client_secret <> ''),
  patron_field_tag text NOT NULL DEFAULT 'u' CHECK (patron_field_tag ~ '^[a-z0-9]$'),
  enabled boolean NOT NULL DEFAULT true,
  updated_at timestamptz NOT NULL DEFAULT now()
);
