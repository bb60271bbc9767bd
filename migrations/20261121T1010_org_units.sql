-- Org units: administrative units of both tree versions, agencies and the national root.
-- Validity dates are inclusive; null means open-ended (before the data begins / still in force).
create table org_unit (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('national', 'province', 'district', 'commune', 'agency')),
  unit_type text not null,
  name text not null,
  short_name text,
  tree_version text check (tree_version in ('pre2025', '2025')),
  code text,
  valid_from date,
  valid_to date,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_from <= valid_to),
  check ((code is null) or (tree_version is not null) or kind = 'agency')
);
-- A code means different units in the two trees, so uniqueness is per tree version.
create unique index org_unit_code_uq on org_unit (tree_version, code) where code is not null and tree_version is not null;
create index org_unit_kind_idx on org_unit (kind);
create index org_unit_search_idx on org_unit using gin (f_search_key(name) gin_trgm_ops);

create table org_parent (
  id uuid primary key default gen_random_uuid(),
  child_id uuid not null references org_unit(id) on delete cascade,
  parent_id uuid not null references org_unit(id) on delete cascade,
  valid_from date,
  valid_to date,
  created_at timestamptz not null default now(),
  check (child_id <> parent_id),
  check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index org_parent_parent_idx on org_parent (parent_id, valid_from, valid_to);
create index org_parent_child_idx on org_parent (child_id, valid_from, valid_to);

-- Lineage from the official old -> new mapping: one row per (old, new) pair.
create table org_lineage (
  id uuid primary key default gen_random_uuid(),
  from_unit_id uuid not null references org_unit(id) on delete cascade,
  to_unit_id uuid not null references org_unit(id) on delete cascade,
  kind text not null check (kind in ('full', 'partial')),
  is_primary boolean not null default false,
  primary_basis text,
  effective_date date not null,
  note text,
  unique (from_unit_id, to_unit_id)
);
create index org_lineage_to_idx on org_lineage (to_unit_id);
