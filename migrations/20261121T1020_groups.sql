-- Competition clusters and blocks (cụm, khối thi đua), formed per year by a council.
create table org_group (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('cum', 'khoi')),
  name text not null,
  year integer not null check (year between 1945 and 2200),
  managing_unit_id uuid not null references org_unit(id),
  valid_from date not null,
  valid_to date not null,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_from <= valid_to),
  unique (kind, name, year)
);
create index org_group_search_idx on org_group using gin (f_search_key(name) gin_trgm_ops);

create table org_group_member (
  id uuid primary key default gen_random_uuid(),
  group_id uuid not null references org_group(id) on delete cascade,
  unit_id uuid not null references org_unit(id),
  role text not null check (role in ('truong', 'pho', 'thanh_vien')),
  valid_from date not null,
  valid_to date not null,
  check (valid_from <= valid_to)
);
create index org_group_member_group_idx on org_group_member (group_id);
create index org_group_member_unit_idx on org_group_member (unit_id);
