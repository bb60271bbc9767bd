-- What a province sets where the law delegates to it (its own criteria, quotas such as "không quá 10%
-- tập thể, 5% cá nhân" for thematic awards, the base salary, unconfirmed values): dated sets of
-- overrides over the award catalogue, one list per unit, validated by the catalogue's rules.
create table award_local_settings (
  unit_id uuid primary key references org_unit(id),
  sets jsonb not null default '[]'::jsonb check (jsonb_typeof(sets) = 'array'),
  version integer not null default 1,
  updated_by uuid references app_user(id),
  updated_at timestamptz not null default now()
);
