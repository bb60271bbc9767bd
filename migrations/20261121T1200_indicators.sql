-- Indicator catalogue (chỉ tiêu): what is measured, in what unit, and how figures combine up the tree.
create table indicator (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  code text not null,
  name text not null,
  unit_of_measure text not null,
  decimals integer not null default 0 check (decimals between 0 and 6),
  direction text not null check (direction in ('higher', 'lower')),
  aggregation text not null check (aggregation in ('sum', 'avg', 'ratio', 'min', 'max', 'last', 'count')),
  numerator_id uuid references indicator(id),
  denominator_id uuid references indicator(id),
  ratio_scale numeric not null default 100,
  condition_op text check (condition_op in ('>=', '>', '<=', '<', '=')),
  condition_value numeric,
  min_value numeric,
  max_value numeric,
  range_severity text not null default 'error' check (range_severity in ('error', 'warning')),
  description text,
  active boolean not null default true,
  search_text text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (aggregation <> 'ratio' or (numerator_id is not null and denominator_id is not null)),
  check ((condition_op is null) = (condition_value is null)),
  check (aggregation <> 'count' or condition_op is not null),
  check (min_value is null or max_value is null or min_value <= max_value)
);
create unique index indicator_code_uq on indicator (upper(code));
create index indicator_search_idx on indicator using gin (f_search_key(search_text) gin_trgm_ops);

-- Indicator sets: the table a movement, a commitment or an outline asks units to fill.
create table indicator_set (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  movement_id uuid references movement(id),
  name text not null,
  description text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index indicator_set_movement_idx on indicator_set (movement_id);

create table indicator_set_item (
  set_id uuid not null references indicator_set(id) on delete cascade,
  indicator_id uuid not null references indicator(id),
  position integer not null,
  required boolean not null default false,
  primary key (set_id, indicator_id)
);

-- Cross-indicator checks, e.g. "hộ nghèo ≤ tổng số hộ".
create table indicator_rule (
  id uuid primary key default gen_random_uuid(),
  set_id uuid not null references indicator_set(id) on delete cascade,
  left_indicator_id uuid not null references indicator(id),
  op text not null check (op in ('>=', '>', '<=', '<', '=')),
  right_indicator_id uuid not null references indicator(id),
  severity text not null check (severity in ('error', 'warning')),
  message text
);
create index indicator_rule_set_idx on indicator_rule (set_id);

-- One figure per (indicator, unit, period, kind). Periods are keys ('2023', '2023-H1', '2023-Q3',
-- '2023-M06', '2023-9M', '2021-2025') with their dates kept alongside for range queries.
create table indicator_value (
  id uuid primary key default gen_random_uuid(),
  indicator_id uuid not null references indicator(id),
  unit_id uuid not null references org_unit(id),
  period_key text not null,
  period_from date not null,
  period_to date not null,
  kind text not null check (kind in ('target', 'actual', 'estimate')),
  value numeric not null,
  source text,
  version integer not null default 1,
  updated_by uuid,
  updated_by_name text,
  updated_at timestamptz not null default now(),
  unique (indicator_id, unit_id, period_key, kind),
  check (period_from <= period_to)
);
create index indicator_value_period_idx on indicator_value (period_key, indicator_id);
create index indicator_value_unit_idx on indicator_value (unit_id, period_key);

-- A closed period: no figure of the unit's subtree for it may change until someone unlocks it.
create table period_lock (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references org_unit(id),
  period_key text not null,
  reason text,
  locked_by uuid,
  locked_by_name text,
  locked_at timestamptz not null default now(),
  unique (unit_id, period_key)
);
