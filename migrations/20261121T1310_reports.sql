-- Report campaigns: outlines (đề cương) as immutable numbered versions, the campaigns a body sends,
-- the reports units write in answer (with revisions), reviews of checker findings, and the
-- requesting body's synthesis.
create table outline (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  name text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);

create table outline_version (
  id uuid primary key default gen_random_uuid(),
  outline_id uuid not null references outline(id),
  number integer not null,
  tree jsonb not null,
  note text,
  created_by uuid references app_user(id),
  created_by_name text,
  created_at timestamptz not null default now(),
  unique (outline_id, number)
);

create table report_campaign (
  id uuid primary key default gen_random_uuid(),
  requester_unit_id uuid not null references org_unit(id),
  title text not null,
  outline_version_id uuid not null references outline_version(id),
  -- The outline with "báo cáo tương tự mục X" expanded when the campaign was created; reports answer this.
  outline_tree jsonb not null,
  period_key text not null,
  movement_id uuid references movement(id),
  request_document_id uuid references directive_document(id),
  group_id uuid references org_group(id),
  deadline date not null,
  grace_days integer not null default 0 check (grace_days between 0 and 60),
  state text not null default 'soan_thao' check (state in ('soan_thao', 'dang_mo', 'da_dong')),
  opened_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index report_campaign_requester_idx on report_campaign (requester_unit_id, state);

create table campaign_recipient (
  campaign_id uuid not null references report_campaign(id) on delete cascade,
  unit_id uuid not null references org_unit(id),
  -- The board let this unit keep editing and submitting past the deadline lock until this day.
  lock_exception_until date,
  last_reminded_at timestamptz,
  primary key (campaign_id, unit_id)
);
create index campaign_recipient_unit_idx on campaign_recipient (unit_id);

create table report (
  id uuid primary key default gen_random_uuid(),
  campaign_id uuid not null references report_campaign(id),
  unit_id uuid not null references org_unit(id),
  state text not null default 'chua_mo' check (state in ('chua_mo', 'dang_soan', 'da_nop', 'tra_lai', 'da_duyet')),
  content jsonb not null default '{"sections":{}}',
  revision integer not null default 0,
  first_submitted_at timestamptz,
  submitted_at timestamptz,
  accepted_at timestamptz,
  return_reason text,
  -- The checker's findings on the content as last submitted or checked.
  findings jsonb not null default '[]',
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (campaign_id, unit_id)
);
create index report_unit_idx on report (unit_id);

create table report_revision (
  id uuid primary key default gen_random_uuid(),
  report_id uuid not null references report(id) on delete cascade,
  revision integer not null,
  kind text not null check (kind in ('tu_dong', 'luu', 'nop', 'duyet')),
  content jsonb not null,
  author_id uuid references app_user(id),
  author_name text,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (report_id, revision)
);

create table report_finding_review (
  report_id uuid not null references report(id) on delete cascade,
  finding_key text not null,
  decision text not null check (decision in ('accepted', 'dismissed')),
  note text,
  actor_id uuid references app_user(id),
  actor_name text,
  decided_at timestamptz not null default now(),
  primary key (report_id, finding_key)
);

create table synthesis (
  campaign_id uuid primary key references report_campaign(id),
  meta jsonb not null,
  intro jsonb not null,
  sections jsonb not null,
  sources jsonb not null default '[]',
  changes jsonb not null default '[]',
  -- Tables composed from list answers (per-unit detail), printed as appendices and exported to XLSX.
  tables jsonb not null default '[]',
  composed_at timestamptz not null default now(),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
