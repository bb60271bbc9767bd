-- Award proposals (hồ sơ đề nghị khen thưởng): a unit proposes nominees to the body above it; the
-- dossier is checked on every change and moves through its workflow up to the decision.

create table award_proposal (
  id uuid primary key default gen_random_uuid(),
  -- Đơn vị đề nghị, and the body that receives the dossier (the level above, or the next when forwarded).
  proposing_unit_id uuid not null references org_unit(id),
  receiving_unit_id uuid not null references org_unit(id),
  title text not null,
  -- What the proposal is for: a movement (sơ kết, tổng kết), a year's results, or ad hoc.
  basis text not null check (basis in ('phong_trao', 'nam', 'dot_xuat')),
  movement_id uuid references movement(id),
  year integer check (year between 1945 and 2200),
  round_kind text not null default 'thuong_xuyen'
    check (round_kind in ('thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien')),
  state text not null default 'soan',
  -- Tờ trình of the proposing unit, as cited ("Tờ trình số 12/TTr-UBND").
  document_number text,
  document_date date,
  submitted_at timestamptz,
  -- Lấy ý kiến / công khai: the dossier is published for at least the minimum days before the council.
  public_from date,
  public_until date,
  -- A dossier forwarded upward is a new proposal at the next level that points back to this one.
  forwarded_from_id uuid references award_proposal(id),
  -- The latest automatic check of the whole dossier (findings with severity), kept for the reviewer.
  check_result jsonb,
  checked_at timestamptz,
  -- Submitting past blocking findings needs an authorised user and a recorded justification.
  override_reason text,
  override_by uuid references app_user(id),
  override_at timestamptz,
  created_by uuid references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (basis <> 'phong_trao' or movement_id is not null),
  check (basis <> 'nam' or year is not null),
  check (public_from is null or public_until is null or public_from <= public_until)
);
create index award_proposal_receiving_idx on award_proposal (receiving_unit_id, state);
create index award_proposal_proposing_idx on award_proposal (proposing_unit_id, state);

create table award_proposal_nominee (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references award_proposal(id) on delete cascade,
  position integer not null,
  -- The registry entry the nominee was matched to (or created for them when the award is decided).
  subject_id uuid references award_subject(id),
  subject_kind text not null check (subject_kind in ('ca_nhan', 'tap_the', 'ho_gia_dinh')),
  full_name text not null,
  search_key text collate "C" not null,
  birth_year integer check (birth_year between 1880 and 2200),
  gender text check (gender in ('nam', 'nu')),
  position_title text,
  workplace text,
  org_unit_id uuid not null references org_unit(id),
  worker_category text check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao', 'khac')),
  is_direct_worker boolean not null default false,
  award_code text not null,
  grade text check (grade in ('nhat', 'nhi', 'ba')),
  -- Báo cáo thành tích: rich text per section of the template of the award kind.
  achievement jsonb,
  -- What the dossier states beyond the registry (ratings by year, initiatives, discipline, members' titles).
  history jsonb,
  state text not null default 'dang_xet' check (state in ('dang_xet', 'tra_lai', 'dat', 'khong_dat')),
  return_reason text,
  -- Filled when the council's session closes, and when a decision awards the nominee.
  council_result text check (council_result in ('dong_y', 'khong_dong_y')),
  council_session_id uuid,
  award_record_id uuid references award_record(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  unique (proposal_id, position),
  check (state <> 'tra_lai' or return_reason is not null)
);
create index award_proposal_nominee_key_idx on award_proposal_nominee (search_key);
create index award_proposal_nominee_subject_idx on award_proposal_nominee (subject_id) where subject_id is not null;

create table award_proposal_attachment (
  id uuid primary key default gen_random_uuid(),
  proposal_id uuid not null references award_proposal(id) on delete cascade,
  nominee_id uuid references award_proposal_nominee(id) on delete cascade,
  kind text not null check (kind in ('to_trinh', 'bien_ban_hoi_dong', 'bao_cao_thanh_tich', 'xac_nhan', 'khac')),
  file_name text not null,
  mime text not null,
  size integer not null check (size >= 0),
  sha256 text not null,
  content bytea not null,
  uploaded_by uuid references app_user(id),
  uploaded_at timestamptz not null default now()
);
create index award_proposal_attachment_idx on award_proposal_attachment (proposal_id);
