-- Hội đồng Thi đua - Khen thưởng: members with dated terms, sessions that put proposals' nominees to
-- an online vote, one ballot per member and nominee, and dated vote settings (quorum, threshold,
-- secret ballot) per award. Results are written back to award_proposal_nominee when a session closes.

create table council (
  id uuid primary key default gen_random_uuid(),
  -- The body whose council it is (thành phố Cần Thơ): proposals received by this unit come here.
  org_unit_id uuid not null references org_unit(id),
  -- The council itself as a unit (an agency "Hội đồng TĐKT …" under the body), where members'
  -- council_member roles are assigned; scope checks use it when set, so the body's staff still match.
  council_unit_id uuid references org_unit(id),
  name text not null,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  constraint council_org_unit_uq unique (org_unit_id)
);

create table council_member (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references council(id),
  user_id uuid not null references app_user(id),
  council_role text not null check (council_role in ('chu_tich', 'pho_chu_tich', 'uy_vien_thuong_truc', 'uy_vien', 'thu_ky')),
  -- Chức vụ outside the council, printed in the minutes ("Giám đốc Sở Nội vụ").
  position_title text,
  -- A secretary who is not a member records the minutes but does not vote.
  voting boolean not null default true,
  valid_from date not null,
  valid_to date,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_from <= valid_to)
);
create index council_member_council_idx on council_member (council_id, valid_from);
create index council_member_user_idx on council_member (user_id);

create table council_session (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references council(id),
  title text not null,
  -- Terms are checked against this day: only members in term on it may vote.
  meeting_date date not null,
  location text,
  state text not null default 'du_thao' check (state in ('du_thao', 'dang_bieu_quyet', 'da_dong')),
  opened_at timestamptz,
  opened_by uuid references app_user(id),
  closed_at timestamptz,
  closed_by uuid references app_user(id),
  note text,
  created_by uuid references app_user(id),
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (state = 'du_thao' or opened_at is not null),
  check (state <> 'da_dong' or closed_at is not null)
);
create index council_session_council_idx on council_session (council_id, meeting_date desc);

-- The members entitled to vote in a session, fixed when it opens (term covering the meeting day).
create table council_session_voter (
  session_id uuid not null references council_session(id),
  member_id uuid not null references council_member(id),
  primary key (session_id, member_id)
);

create table council_session_item (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references council_session(id) on delete cascade,
  nominee_id uuid not null references award_proposal_nominee(id),
  proposal_id uuid not null references award_proposal(id),
  position integer not null,
  -- The vote rule in force on the meeting day, copied when the session opens so later edits of the
  -- settings never change a vote under way.
  quorum_num integer,
  quorum_den integer,
  threshold_num integer,
  threshold_den integer,
  threshold_strict boolean,
  threshold_base text check (threshold_base in ('tong_so', 'tham_gia')),
  secret boolean,
  tie_break_by_chair boolean,
  rule_source text,
  -- Filled when the session closes.
  eligible_count integer,
  yes_count integer,
  no_count integer,
  result text check (result in ('dong_y', 'khong_dong_y')),
  result_reason text,
  unique (session_id, nominee_id),
  unique (session_id, position)
);
create index council_session_item_nominee_idx on council_session_item (nominee_id);

create table council_ballot (
  id uuid primary key default gen_random_uuid(),
  session_id uuid not null references council_session(id),
  item_id uuid not null references council_session_item(id),
  nominee_id uuid not null references award_proposal_nominee(id),
  member_id uuid not null references council_member(id),
  choice text not null check (choice in ('dong_y', 'khong_dong_y')),
  cast_at timestamptz not null default now(),
  constraint council_ballot_once_uq unique (session_id, nominee_id, member_id)
);
create index council_ballot_item_idx on council_ballot (item_id);

-- A cast ballot is final: no path of the application changes or removes one, and the database
-- refuses it too, so a closed vote cannot be rewritten behind the minutes.
create function council_ballot_immutable() returns trigger language plpgsql as $$
begin
  raise exception 'Phiếu biểu quyết đã bỏ không thể sửa hoặc xóa.' using errcode = '23514';
end;
$$;
create trigger council_ballot_immutable_trg before update or delete on council_ballot
  for each row execute function council_ballot_immutable();

-- Local vote rules of a council, dated, for one award code or every award (award_code null). Where a
-- council has none, the defaults of the law notes apply (src/awards/council/domain/vote-settings.ts).
create table council_vote_setting (
  id uuid primary key default gen_random_uuid(),
  council_id uuid not null references council(id),
  award_code text,
  valid_from date not null,
  valid_to date,
  quorum_num integer not null check (quorum_num > 0),
  quorum_den integer not null check (quorum_den >= quorum_num),
  threshold_num integer not null check (threshold_num > 0),
  threshold_den integer not null check (threshold_den >= threshold_num),
  threshold_strict boolean not null default false,
  threshold_base text not null check (threshold_base in ('tong_so', 'tham_gia')),
  secret boolean not null,
  tie_break_by_chair boolean not null default false,
  note text,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (valid_to is null or valid_from <= valid_to)
);
create index council_vote_setting_idx on council_vote_setting (council_id, award_code, valid_from);

alter table award_proposal_nominee
  add constraint award_proposal_nominee_council_session_fk foreign key (council_session_id) references council_session(id);
