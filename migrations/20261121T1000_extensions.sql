-- Vietnamese search without diacritics: unaccent maps đ→d, and trigram indexes serve LIKE '%…%'.
-- btree_gin is deliberately not used: with pg_trgm it breaks trigram scans on PGlite.
create extension if not exists pg_trgm;
create extension if not exists unaccent;

-- unaccent() is only STABLE; an immutable wrapper is needed to index on it.
create or replace function f_unaccent(text) returns text
  language sql immutable parallel safe strict as
$$ select public.unaccent('public.unaccent'::regdictionary, $1) $$;

create or replace function f_search_key(text) returns text
  language sql immutable parallel safe strict as
$$ select lower(public.f_unaccent($1)) $$;
