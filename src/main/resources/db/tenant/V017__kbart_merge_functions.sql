-- Functions of the KBART merge (issue 15), called per title only where a title needs them: several lines of one
-- title in one file, or a title that is stored already and whose file values differ from the stored ones.

-- The coverage ranges of a title's lines (NULL: a line without) combined: duplicates and overlapping or adjacent
-- ranges become one range, gaps stay; newest first. Ranges are {beginCoverage, endCoverage} as YYYY-MM-DD, endCoverage "" = up to now.
CREATE FUNCTION kbart_combined_coverages(coverages jsonb[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  c record;
  result jsonb := '[]';
  cur_begin date;
  cur_end date;
  started boolean := false;
BEGIN
  FOR c IN SELECT (e->>'beginCoverage')::date AS b, nullif(e->>'endCoverage', '')::date AS e
      FROM unnest(coverages) e WHERE e IS NOT NULL ORDER BY 1, 2 NULLS LAST LOOP
    IF started AND (cur_end IS NULL OR c.b <= cur_end + 1) THEN
      IF cur_end IS NOT NULL AND (c.e IS NULL OR c.e > cur_end) THEN
        cur_end := c.e;
      END IF;
    ELSE
      IF started THEN
        result := jsonb_build_array(jsonb_build_object('beginCoverage', to_char(cur_begin, 'YYYY-MM-DD'),
          'endCoverage', coalesce(to_char(cur_end, 'YYYY-MM-DD'), ''))) || result;
      END IF;
      started := true;
      cur_begin := c.b;
      cur_end := c.e;
    END IF;
  END LOOP;
  IF started THEN
    result := jsonb_build_array(jsonb_build_object('beginCoverage', to_char(cur_begin, 'YYYY-MM-DD'),
      'endCoverage', coalesce(to_char(cur_end, 'YYYY-MM-DD'), ''))) || result;
  END IF;
  RETURN result;
END $$;

-- The managed resource values of a title's lines (docs, with each line's coverage in coverages, in line order):
-- where several lines have a value, the line with the newest coverage wins (its url and embargo are those of the
-- current content), then the earlier line; so no line's url, embargo, rolling window or coverage depth is lost.
-- The notes of all lines, each once, joined by "; " (at most 500 characters).
CREATE FUNCTION kbart_combined_resource(docs jsonb[], coverages jsonb[]) RETURNS jsonb
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS $$
DECLARE
  d jsonb;
  result jsonb := '{}';
  notes text[] := '{}';
BEGIN
  FOR d IN SELECT x.doc FROM unnest(docs, coverages) WITH ORDINALITY AS x (doc, coverage, n)
      ORDER BY x.coverage->>'beginCoverage' DESC NULLS LAST, x.n LOOP
    result := (d - 'managedNotes') || result;
    IF d ? 'managedNotes' AND NOT (d->>'managedNotes' = ANY (notes)) THEN
      notes := notes || (d->>'managedNotes');
    END IF;
  END LOOP;
  IF cardinality(notes) > 0 THEN
    result := result || jsonb_build_object('managedNotes', left(array_to_string(notes, '; '), 500));
  END IF;
  RETURN result;
END $$;

-- The managed title data after an import, from what is stored and what the file says. An empty value in the file
-- never erases a stored one. A title that other packages hold too (shared) keeps its name, type, publisher,
-- edition and contributors and only gains what it lacks, and identifiers the file adds; a title of this package
-- alone takes the file's values.
CREATE FUNCTION kbart_merged_title(stored jsonb, stored_name text, stored_type text, stored_publisher text,
    file jsonb, shared boolean) RETURNS jsonb
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT jsonb_strip_nulls(jsonb_build_object(
    'name', CASE WHEN shared THEN stored_name ELSE file->>'name' END,
    'publicationType', CASE WHEN shared THEN stored_type ELSE file->>'publicationType' END,
    'publisherName', CASE WHEN shared THEN coalesce(stored_publisher, file->>'publisherName')
      ELSE coalesce(file->>'publisherName', stored_publisher) END,
    'edition', CASE WHEN shared THEN coalesce(stored->'edition', file->'edition') ELSE coalesce(file->'edition', stored->'edition') END,
    'contributors', CASE WHEN jsonb_array_length(coalesce(file->'contributors', '[]')) = 0
        OR shared AND jsonb_array_length(coalesce(stored->'contributors', '[]')) > 0
      THEN coalesce(stored->'contributors', '[]') ELSE file->'contributors' END,
    'identifiers', CASE WHEN jsonb_array_length(coalesce(file->'identifiers', '[]')) = 0 THEN coalesce(stored->'identifiers', '[]')
      WHEN shared THEN coalesce(stored->'identifiers', '[]') || coalesce((SELECT jsonb_agg(e) FROM jsonb_array_elements(file->'identifiers') e
        WHERE NOT coalesce(stored->'identifiers', '[]') @> jsonb_build_array(e)), '[]')
      ELSE file->'identifiers' END))
$$;

-- titles.isxn of a list of identifiers: upper case, without hyphens and spaces.
CREATE FUNCTION kbart_isxn(identifiers jsonb) RETURNS text[]
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT coalesce(array_agg(upper(translate(e->>'id', '- ', ''))), '{}') FROM jsonb_array_elements(identifiers) e
$$;
