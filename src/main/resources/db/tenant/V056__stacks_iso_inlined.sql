-- stacks_iso was declared IMMUTABLE around to_char, which is only STABLE, so PostgreSQL could not inline it: every
-- call site ran it as a SQL function of its own, its body parsed and planned again in every statement that used it (a
-- request event has three). Declared as what it is, it inlines to the to_char expression. Same text out.
ALTER FUNCTION stacks_iso(timestamptz) STABLE;
