create table app_user (
  id uuid primary key default gen_random_uuid(),
  username text not null,
  full_name text not null,
  email text,
  home_unit_id uuid not null references org_unit(id),
  password_hash text not null,
  active boolean not null default true,
  must_change_password boolean not null default false,
  password_changed_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create unique index app_user_username_uq on app_user (lower(username));
create index app_user_search_idx on app_user using gin (f_search_key(full_name || ' ' || username) gin_trgm_ops);

-- Every permission is a role scoped to an org unit (and its subtree), optionally to a group, for a period.
create table role_assignment (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user(id) on delete cascade,
  role text not null check (role in ('admin', 'board_specialist', 'unit_officer', 'council_member', 'leader')),
  org_unit_id uuid not null references org_unit(id),
  group_id uuid references org_group(id),
  valid_from date,
  valid_to date,
  created_at timestamptz not null default now(),
  check (valid_to is null or valid_from is null or valid_from <= valid_to)
);
create index role_assignment_user_idx on role_assignment (user_id);

-- Only a hash of the session token is stored, so a leaked table does not leak live sessions.
create table user_session (
  token_hash text primary key,
  user_id uuid not null references app_user(id) on delete cascade,
  csrf_token text not null,
  created_at timestamptz not null default now(),
  expires_at timestamptz not null,
  ip text,
  user_agent text
);
create index user_session_user_idx on user_session (user_id);
