-- Registrations (đăng ký thi đua) with their commitments (giao ước), reviewed by the level above.
create table registration (
  id uuid primary key default gen_random_uuid(),
  movement_id uuid not null references movement(id),
  unit_id uuid not null references org_unit(id),
  reviewer_unit_id uuid not null references org_unit(id),
  year integer not null check (year between 1945 and 2200),
  titles jsonb not null default '[]',
  note text,
  state text not null default 'chua_gui' check (state in ('chua_gui', 'cho_duyet', 'tra_lai', 'da_duyet')),
  return_reason text,
  -- Set when the level above forwards a combined registration that includes this one.
  combined_into_id uuid references registration(id),
  submitted_at timestamptz,
  decided_at timestamptz,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (movement_id, unit_id, year),
  check (reviewer_unit_id <> unit_id)
);
create index registration_reviewer_idx on registration (reviewer_unit_id, state);
create index registration_combined_idx on registration (combined_into_id);

create table registration_commitment (
  id uuid primary key default gen_random_uuid(),
  registration_id uuid not null references registration(id) on delete cascade,
  position integer not null,
  text text not null,
  indicator_id uuid references indicator(id),
  target numeric,
  unique (registration_id, position),
  check ((indicator_id is null) = (target is null))
);

create table registration_document (
  registration_id uuid not null references registration(id) on delete cascade,
  document_id uuid not null references directive_document(id),
  primary key (registration_id, document_id)
);
