-- Emulation movements (phong trào thi đua) launched by a body, possibly answering a higher one.
create table movement (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  parent_id uuid references movement(id),
  name text not null,
  kind text not null check (kind in ('thuong_xuyen', 'chuyen_de')),
  period_from date not null,
  period_to date not null,
  description text,
  state text not null default 'soan_thao' check (state in ('soan_thao', 'phat_dong', 'so_ket', 'tong_ket', 'ket_thuc')),
  launched_on date,
  search_text text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (period_from <= period_to),
  check (parent_id is null or parent_id <> id)
);
create index movement_owner_idx on movement (owner_unit_id);
create index movement_parent_idx on movement (parent_id);
create index movement_search_idx on movement using gin (f_search_key(search_text) gin_trgm_ops);

create table movement_criterion (
  id uuid primary key default gen_random_uuid(),
  movement_id uuid not null references movement(id) on delete cascade,
  position integer not null,
  text text not null,
  mandatory boolean not null default false,
  unique (movement_id, position)
);

-- Who takes part: units (with their subtree) or clusters/blocks.
create table movement_scope (
  id uuid primary key default gen_random_uuid(),
  movement_id uuid not null references movement(id) on delete cascade,
  unit_id uuid references org_unit(id),
  group_id uuid references org_group(id),
  check ((unit_id is null) <> (group_id is null))
);
create index movement_scope_movement_idx on movement_scope (movement_id);

create table movement_document (
  movement_id uuid not null references movement(id) on delete cascade,
  document_id uuid not null references directive_document(id),
  primary key (movement_id, document_id)
);

-- Every workflow transition of every entity, in one place (entity, from, to, who, why, when).
create table workflow_transition (
  id bigint generated always as identity primary key,
  entity text not null,
  entity_id uuid not null,
  from_state text not null,
  to_state text not null,
  actor_id uuid,
  actor_name text,
  reason text,
  at timestamptz not null default now()
);
create index workflow_transition_entity_idx on workflow_transition (entity, entity_id);

-- Messages to units (e.g. "a movement was launched to you"); every user with a role at the unit sees them.
create table notification (
  id uuid primary key default gen_random_uuid(),
  unit_id uuid not null references org_unit(id),
  kind text not null,
  title text not null,
  link text,
  created_at timestamptz not null default now()
);
create index notification_unit_idx on notification (unit_id, created_at desc);

create table notification_read (
  notification_id uuid not null references notification(id) on delete cascade,
  user_id uuid not null references app_user(id) on delete cascade,
  read_at timestamptz not null default now(),
  primary key (notification_id, user_id)
);
