-- Award registry (sổ khen thưởng): every person, collective and household with the titles and awards
-- they received, from decisions, typed in by hand or imported from old Excel books.

create table award_subject (
  id uuid primary key default gen_random_uuid(),
  kind text not null check (kind in ('ca_nhan', 'tap_the', 'ho_gia_dinh')),
  full_name text not null,
  -- Name folded like f_search_key() (no diacritics, lower case, single spaces): "nguyen van an".
  -- Plain ASCII, so byte order is the right order, and "C" lets a btree serve LIKE 'nguyen van%'.
  search_key text collate "C" not null,
  -- Personal data: shown only to those who manage the registry of the subject's unit.
  birth_year integer check (birth_year between 1880 and 2200),
  birth_date date,
  id_number text,
  gender text check (gender in ('nam', 'nu')),
  position text,
  -- Where the subject works or lives, as written ("Trường THCS Ngã Bảy"), when the unit is coarser.
  workplace text,
  -- The unit whose registry holds the subject (and whose officers may edit it).
  org_unit_id uuid not null references org_unit(id),
  worker_category text check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao', 'khac')),
  is_direct_worker boolean not null default false,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (birth_date is null or birth_year is null or extract(year from birth_date) = birth_year),
  check (kind = 'ca_nhan' or (birth_year is null and birth_date is null and id_number is null and gender is null))
);
-- Names typed in order ("nguyen van an…") are a prefix of the key: a btree range, already sorted,
-- which stays fast when millions share a surname. Other word orders ("an nguyen") are word-start
-- matches, each query word a LIKE '% word%' on the key with a leading space, served by trigrams.
create index award_subject_key_idx on award_subject (search_key);
create index award_subject_search_idx on award_subject using gin ((' ' || search_key) gin_trgm_ops);
-- Likely duplicates (same folded name in the same unit), and names typed in order within a unit.
create index award_subject_identity_idx on award_subject (org_unit_id, search_key);

create table award_record (
  id uuid primary key default gen_random_uuid(),
  subject_id uuid not null references award_subject(id),
  award_code text not null,
  award_name text not null,
  grade text check (grade in ('nhat', 'nhi', 'ba')),
  level text not null check (level in ('nha_nuoc', 'bo_tinh', 'huyen', 'co_so')),
  -- The year the achievement is for (a title's year); decisions may come the next year.
  year integer not null check (year between 1945 and 2200),
  decision_number text,
  decision_date date,
  deciding_authority text,
  movement_id uuid references movement(id),
  round_kind text not null default 'thuong_xuyen'
    check (round_kind in ('thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien')),
  -- The unit that proposed (đơn vị trình); statistics count by it.
  org_unit_id uuid not null references org_unit(id),
  -- Copied from the subject when recorded: statistics count the subject as it was when awarded.
  subject_kind text not null check (subject_kind in ('ca_nhan', 'tap_the', 'ho_gia_dinh')),
  worker_category text check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao', 'khac')),
  is_direct_worker boolean not null default false,
  source text not null check (source in ('import', 'decision', 'manual')),
  note text,
  created_by uuid references app_user(id),
  created_at timestamptz not null default now(),
  -- Revocation (thu hồi, Luật Thi đua, khen thưởng Điều 93) keeps the row with its legal ground.
  revoked_at timestamptz,
  revoke_reason text,
  revoke_basis text,
  revoked_by uuid references app_user(id),
  check ((revoked_at is null) = (revoke_reason is null)),
  check (decision_date is null or extract(year from decision_date) >= year)
);
create index award_record_subject_idx on award_record (subject_id, year);
-- Statistics of a unit (or a province's many units) over years and forms; revoked rows never count.
-- Covering: a province's records lie scattered over the table, and reading each row's page for a
-- count of hundreds of thousands takes seconds; the index alone answers every statistics table.
create index award_record_stats_idx on award_record (org_unit_id, year)
  include (award_code, grade, level, subject_kind, round_kind, movement_id, worker_category, is_direct_worker, decision_date)
  where revoked_at is null;
create index award_record_decision_idx on award_record (decision_date) where revoked_at is null;
create index award_record_movement_idx on award_record (movement_id) where movement_id is not null;
