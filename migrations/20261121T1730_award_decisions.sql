-- Award decisions (quyết định khen thưởng): drafted from proposals at "trình ký" or typed in, issued
-- once (the awards enter the registry in the same transaction), never edited afterwards; revoked in
-- whole or per awardee (Luật Thi đua, khen thưởng Điều 93) with the reason and legal ground kept.

create table award_decision (
  id uuid primary key default gen_random_uuid(),
  -- The body that decides (UBND thành phố …); its board drafts and its leader signs.
  deciding_unit_id uuid not null references org_unit(id),
  state text not null default 'du_thao' check (state in ('du_thao', 'ban_hanh', 'thu_hoi')),
  -- Ký hiệu after the number ("QĐ-UBND"); the number is given when the decision is issued.
  symbol text not null,
  number integer check (number > 0),
  decision_number text,
  decision_date date,
  parent_body text,
  issuing_body text not null,
  place text not null,
  -- Written into each award record (award_record.deciding_authority): "Chủ tịch UBND thành phố Cần Thơ".
  deciding_authority text not null,
  -- The line above "QUYẾT ĐỊNH:" ("CHỦ TỊCH ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ").
  authority_line text not null,
  title text not null,
  legal_bases jsonb not null default '[]',
  article1 text,
  article2 text,
  article3 text,
  recipients jsonb not null default '[]',
  signer_prefix text check (signer_prefix in ('TM.', 'KT.', 'Q.', 'TL.', 'TUQ.')),
  signer_authority text,
  signer_title text not null,
  signer_name text,
  movement_id uuid references movement(id),
  round_kind text not null default 'thuong_xuyen'
    check (round_kind in ('thuong_xuyen', 'chuyen_de', 'dot_xuat', 'cong_hien', 'nien_han', 'doi_ngoai', 'khang_chien')),
  -- The year the achievements are for, unless an awardee says otherwise.
  year integer not null check (year between 1945 and 2200),
  issued_at timestamptz,
  issued_by uuid references app_user(id),
  revoked_at timestamptz,
  revoke_reason text,
  revoke_basis text,
  revoked_by uuid references app_user(id),
  created_by uuid references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (state = 'du_thao' or (number is not null and decision_number is not null and decision_date is not null and issued_at is not null)),
  check ((state = 'thu_hoi') = (revoked_at is not null)),
  check (revoked_at is null or (revoke_reason is not null and revoke_basis is not null))
);
-- The number restarts each year per issuing body and ký hiệu (NĐ 30/2020): one 05/QĐ-UBND a year.
create unique index award_decision_number_uq on award_decision (deciding_unit_id, symbol, (extract(year from decision_date)), number) where number is not null;
create index award_decision_unit_idx on award_decision (deciding_unit_id, state);

create table award_decision_item (
  id uuid primary key default gen_random_uuid(),
  decision_id uuid not null references award_decision(id) on delete cascade,
  position integer not null,
  -- Drafted from a proposal's nominee, or typed in (both null).
  proposal_id uuid references award_proposal(id),
  nominee_id uuid references award_proposal_nominee(id),
  -- The registry entry: chosen or matched while drafting, or created when the decision is issued.
  subject_id uuid references award_subject(id),
  subject_kind text not null check (subject_kind in ('ca_nhan', 'tap_the', 'ho_gia_dinh')),
  full_name text not null,
  position_title text,
  workplace text,
  -- Where the subject belongs (its registry), and the unit that proposed it (statistics count by it).
  org_unit_id uuid not null references org_unit(id),
  proposing_unit_id uuid not null references org_unit(id),
  -- Copied to the subject and the record, whose own checks hold the list of categories.
  worker_category text,
  award_code text not null,
  award_name text not null,
  grade text check (grade in ('nhat', 'nhi', 'ba')),
  level text not null check (level in ('nha_nuoc', 'bo_tinh', 'huyen', 'co_so')),
  year integer not null check (year between 1945 and 2200),
  -- The achievement line printed on the certificate ("Đã có thành tích xuất sắc trong …").
  achievement text,
  award_record_id uuid references award_record(id),
  revoked_at timestamptz,
  revoke_reason text,
  revoke_basis text,
  revoked_by uuid references app_user(id),
  unique (decision_id, position),
  check ((revoked_at is null) = (revoke_reason is null))
);
create index award_decision_item_nominee_idx on award_decision_item (nominee_id) where nominee_id is not null;
create index award_decision_item_record_idx on award_decision_item (award_record_id) where award_record_id is not null;

-- An issued decision is a signed document: the service refuses edits, and so does the database, for
-- any path that skips the service. Only the revocation columns (and the state they imply) may change.
create function award_decision_frozen() returns trigger language plpgsql as $$
begin
  if tg_op = 'DELETE' then
    if old.state <> 'du_thao' then raise exception 'Quyết định đã ban hành, không được xóa.' using errcode = 'P0001'; end if;
    return old;
  end if;
  if old.state <> 'du_thao' and (to_jsonb(new) - array['state', 'revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by', 'version', 'updated_at'])
      is distinct from (to_jsonb(old) - array['state', 'revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by', 'version', 'updated_at']) then
    raise exception 'Quyết định đã ban hành, không được sửa.' using errcode = 'P0001';
  end if;
  if old.state <> 'du_thao' and new.state = 'du_thao' then
    raise exception 'Quyết định đã ban hành, không thể trở lại dự thảo.' using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger award_decision_frozen_trg before update or delete on award_decision for each row execute function award_decision_frozen();

create function award_decision_item_frozen() returns trigger language plpgsql as $$
declare
  st text;
begin
  select state into st from award_decision where id = coalesce(new.decision_id, old.decision_id);
  -- The decision row itself may already be gone (cascade from deleting a draft).
  if st is null or st = 'du_thao' then return coalesce(new, old); end if;
  if tg_op <> 'UPDATE' or (to_jsonb(new) - array['revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by'])
      is distinct from (to_jsonb(old) - array['revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by']) then
    raise exception 'Danh sách khen thưởng của quyết định đã ban hành không được sửa.' using errcode = 'P0001';
  end if;
  return new;
end $$;
create trigger award_decision_item_frozen_trg before insert or delete on award_decision_item for each row execute function award_decision_item_frozen();
-- Items get their record when the decision is issued (in the same statement for all of them); from
-- then on the row is frozen. Checking only linked rows keeps that issuing update free of the trigger.
create trigger award_decision_item_frozen_upd_trg before update on award_decision_item for each row
  when (old.award_record_id is not null) execute function award_decision_item_frozen();
