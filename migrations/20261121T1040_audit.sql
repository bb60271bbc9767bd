-- Append-only record of every change to official data, written in the same transaction as the change.
create table audit_log (
  id bigint generated always as identity primary key,
  at timestamptz not null default now(),
  actor_id uuid,
  actor_name text,
  action text not null,
  entity text not null,
  entity_id text,
  org_unit_id uuid,
  before jsonb,
  after jsonb,
  ip text,
  user_agent text
);
create index audit_log_at_idx on audit_log (at desc);
create index audit_log_entity_idx on audit_log (entity, entity_id);
create index audit_log_unit_idx on audit_log (org_unit_id);
