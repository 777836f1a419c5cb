-- The e-resources knowledge base. Records are JSONB documents with real columns wherever integrity,
-- counts or search need them. Ids are numbers, as the eholdings interface shows them; a resource is the
-- pair (package, title) and its id is providerId-packageId-titleId.
--
-- Storage contract (every writer keeps columns and documents in step; columns win for what they hold):
--   kb_credentials.jsonb: {name, customerId, apiKey (secret: never returned in clear), url, rootProxyId
--     (default "<n>"), customLabels: [{id 1..5, displayLabel, displayOnFullTextFinder,
--     displayOnPublicationFinder}], metadata}
--   providers.jsonb: {providerToken: {factName, prompt, helpText, value}, supportsCustomPackages}
--   packages.jsonb: {packageType: Complete|Variable|Custom, customCoverage: {beginCoverage, endCoverage},
--     visibilityReason, allowKbToAddTitles, packageToken: {...}, customAltNames: [], customDisplayName,
--     customDescription, url, isFreeAccess}
--   titles.jsonb: {name, publicationType, publisherName, edition, description, isPeerReviewed,
--     contributors: [{type, contributor}], identifiers: [{id, type: ISSN|ISBN|..., subtype: Print|Online|...}],
--     subjects: [{type, subject}]}
--   resources.jsonb: {url, managedCoverages: [{beginCoverage, endCoverage}], managedEmbargoPeriod:
--     {embargoUnit, embargoValue}, customCoverages: [...], customEmbargoPeriod: {...}, coverageStatement,
--     visibilityReason, isTokenNeeded, userDefinedField1 .. userDefinedField5}
--   access_types.jsonb: {name, description, metadata: {createdDate, createdByUserId, ...}}

CREATE TABLE kb_credentials (
  id uuid PRIMARY KEY,
  name text NOT NULL,
  jsonb jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX kb_credentials_name_idx ON kb_credentials (lower(name));

CREATE TABLE kb_credentials_users (
  credentials_id uuid NOT NULL REFERENCES kb_credentials (id) ON DELETE CASCADE,
  user_id uuid NOT NULL UNIQUE,
  jsonb jsonb NOT NULL,
  PRIMARY KEY (credentials_id, user_id)
);

CREATE TABLE proxy_types (
  id text PRIMARY KEY,
  name text NOT NULL,
  url_mask text NOT NULL
);

CREATE TABLE access_types (
  id uuid PRIMARY KEY,
  credentials_id uuid NOT NULL REFERENCES kb_credentials (id) ON DELETE CASCADE,
  name text NOT NULL,
  jsonb jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX access_types_name_idx ON access_types (credentials_id, lower(name));

CREATE SEQUENCE provider_id_seq START 1000;
CREATE SEQUENCE package_id_seq START 1000;
CREATE SEQUENCE title_id_seq START 1000;

CREATE TABLE providers (
  id bigint PRIMARY KEY DEFAULT nextval('provider_id_seq'),
  name text NOT NULL,
  is_own boolean NOT NULL DEFAULT false,          -- the tenant's own provider, owner of custom content
  proxy_id text REFERENCES proxy_types (id),      -- NULL: inherit the root proxy
  external_key text,                              -- the vendor's provider name or key (imports)
  jsonb jsonb NOT NULL DEFAULT '{}'               -- providerToken, supportsCustomPackages, ...
);
CREATE UNIQUE INDEX providers_own_idx ON providers (is_own) WHERE is_own;
CREATE UNIQUE INDEX providers_external_key_idx ON providers (external_key) WHERE external_key IS NOT NULL;
CREATE INDEX providers_name_idx ON providers (lower(name));
CREATE INDEX providers_name_trgm_idx ON providers USING gin (lower(name) gin_trgm_ops);

CREATE TABLE packages (
  id bigint PRIMARY KEY DEFAULT nextval('package_id_seq'),
  provider_id bigint NOT NULL REFERENCES providers (id),
  name text NOT NULL,
  content_type text NOT NULL CHECK (content_type IN ('Aggregated Full Text', 'Abstract and Index', 'E-Book',
    'E-Journal', 'Print', 'Unknown', 'Online Reference', 'Streaming Media', 'Mixed Content')),
  is_custom boolean NOT NULL,
  is_selected boolean NOT NULL DEFAULT false,
  is_hidden boolean NOT NULL DEFAULT false,
  title_count integer NOT NULL DEFAULT 0 CHECK (title_count >= 0),
  selected_count integer NOT NULL DEFAULT 0 CHECK (selected_count >= 0),
  proxy_id text REFERENCES proxy_types (id),      -- NULL: inherit the provider's proxy
  access_type_id uuid REFERENCES access_types (id),
  external_key text,                              -- the vendor's package key (KBART imports)
  jsonb jsonb NOT NULL                            -- customCoverage, visibility reason, packageToken, ...
);
CREATE UNIQUE INDEX packages_custom_name_idx ON packages (lower(name)) WHERE is_custom;
CREATE UNIQUE INDEX packages_external_key_idx ON packages (provider_id, external_key) WHERE external_key IS NOT NULL;
CREATE INDEX packages_provider_idx ON packages (provider_id, lower(name));
CREATE INDEX packages_name_idx ON packages (lower(name));
CREATE INDEX packages_name_trgm_idx ON packages USING gin (lower(name) gin_trgm_ops);
CREATE INDEX packages_access_type_idx ON packages (access_type_id) WHERE access_type_id IS NOT NULL;

CREATE TABLE titles (
  id bigint PRIMARY KEY DEFAULT nextval('title_id_seq'),
  name text NOT NULL,
  publication_type text NOT NULL,
  publisher_name text,
  is_custom boolean NOT NULL,
  isxn text[] NOT NULL DEFAULT '{}',              -- ISSNs and ISBNs, upper case, no hyphens: search keys
  subjects text NOT NULL DEFAULT '',              -- subjects joined by ' | ': search key
  external_key text,                              -- KBART title_id or an identifier-based key (imports)
  jsonb jsonb NOT NULL                            -- identifiers, contributors, subjects, edition, ...
);
CREATE INDEX titles_name_idx ON titles (lower(name));
CREATE INDEX titles_name_trgm_idx ON titles USING gin (lower(name) gin_trgm_ops);
CREATE INDEX titles_isxn_idx ON titles USING gin (isxn);
CREATE INDEX titles_publisher_trgm_idx ON titles USING gin (lower(publisher_name) gin_trgm_ops);
CREATE INDEX titles_subjects_trgm_idx ON titles USING gin (lower(subjects) gin_trgm_ops);
CREATE UNIQUE INDEX titles_external_key_idx ON titles (external_key) WHERE external_key IS NOT NULL;

CREATE TABLE resources (
  package_id bigint NOT NULL REFERENCES packages (id) ON DELETE CASCADE,
  title_id bigint NOT NULL REFERENCES titles (id),
  provider_id bigint NOT NULL REFERENCES providers (id),
  is_selected boolean NOT NULL DEFAULT false,
  is_hidden boolean NOT NULL DEFAULT false,
  proxy_id text REFERENCES proxy_types (id),      -- NULL: inherit the package's proxy
  access_type_id uuid REFERENCES access_types (id),
  jsonb jsonb NOT NULL,                           -- managed and custom coverage, embargo, url, statement, ...
  PRIMARY KEY (package_id, title_id)
);
CREATE INDEX resources_title_idx ON resources (title_id);
CREATE INDEX resources_package_selected_idx ON resources (package_id, is_selected);
CREATE INDEX resources_access_type_idx ON resources (access_type_id) WHERE access_type_id IS NOT NULL;

-- Tags of providers, packages, titles and resources; record_id is the record's interface id.
CREATE TABLE record_tags (
  record_type text NOT NULL CHECK (record_type IN ('provider', 'package', 'title', 'resource')),
  record_id text NOT NULL,
  tag text NOT NULL,
  PRIMARY KEY (record_type, record_id, tag)
);
CREATE INDEX record_tags_tag_idx ON record_tags (tag, record_type);
