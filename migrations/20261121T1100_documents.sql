-- Registry of directive documents (văn bản): plans, decisions, directives, guidance, letters, reports.
-- owner_unit_id is whose registry holds the entry (and whose officers may edit it); the issuer
-- may be any body, inside the system or not, so it is kept as text with an optional unit link.
create table directive_document (
  id uuid primary key default gen_random_uuid(),
  owner_unit_id uuid not null references org_unit(id),
  doc_type text not null,
  number_symbol text,
  issued_on date,
  issuer_name text not null,
  issuer_unit_id uuid references org_unit(id),
  signer text,
  title text not null,
  note text,
  -- Type name, number, subject and issuer in one field, so "ke hoach 194" finds the plan.
  search_text text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
-- The same number and symbol on the same day from the same issuer is one document.
create unique index directive_document_identity_uq
  on directive_document (owner_unit_id, lower(number_symbol), issued_on, lower(issuer_name))
  where number_symbol is not null;
create index directive_document_issued_idx on directive_document (issued_on desc);
create index directive_document_search_idx
  on directive_document using gin (f_search_key(search_text) gin_trgm_ops);
