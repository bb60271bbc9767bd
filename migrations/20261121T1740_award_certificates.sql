-- Certificates (Bằng khen, Giấy khen, danh hiệu) printed from positioned templates, each with a code
-- for the public verification page; re-issues (cấp đổi, cấp lại) keep the chain of certificates.

create table certificate_template (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  name text not null,
  kind text not null check (kind in ('bang_khen', 'giay_khen', 'danh_hieu')),
  page_size text not null default 'A4' check (page_size in ('A4', 'A3', 'A5')),
  orientation text not null default 'landscape' check (orientation in ('portrait', 'landscape')),
  -- Positioned fields and the QR code box (see src/awards/certificates/domain/template.ts).
  layout jsonb not null,
  is_default boolean not null default false,
  archived_at timestamptz,
  version integer not null default 1,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create index certificate_template_owner_idx on certificate_template (owner_unit_id, kind);

create table certificate (
  id uuid primary key default gen_random_uuid(),
  -- 128 random bits in base32: the only key of the public page, so it cannot be guessed or walked.
  code text not null unique,
  record_id uuid not null references award_record(id),
  template_id uuid references certificate_template(id),
  -- The template as printed, and the printed texts: reprints and the verification page show
  -- exactly this, whatever later happens to the template.
  layout jsonb not null,
  page_size text not null,
  orientation text not null,
  kind text not null check (kind in ('bang_khen', 'giay_khen', 'danh_hieu')),
  content jsonb not null,
  replaces_id uuid references certificate(id),
  reissue_kind text check (reissue_kind in ('cap_doi', 'cap_lai')),
  reissue_reason text,
  replaced_at timestamptz,
  issued_by uuid references app_user(id),
  issued_at timestamptz not null default now(),
  check ((replaces_id is null) = (reissue_kind is null)),
  check (reissue_kind is null or reissue_reason is not null)
);
-- One certificate in force per award record; the ones it replaced stay for their history.
create unique index certificate_current_uq on certificate (record_id) where replaced_at is null;
create unique index certificate_replaces_uq on certificate (replaces_id) where replaces_id is not null;
