-- Proposals, continued: what the dossier checks need beyond the first tables.

-- The bases the quotas are taken of (số cá nhân đạt Lao động tiên tiến…), declared by the proposing
-- unit per quota code, and the blocking findings an override covered when it was granted: a new
-- problem found after the override blocks again.
alter table award_proposal add column quota_bases jsonb not null default '{}'::jsonb;
alter table award_proposal add column override_findings jsonb;

-- Personal data of an individual nominee, shown only to those who handle the dossier.
alter table award_proposal_nominee add column birth_date date;
alter table award_proposal_nominee add column id_number text;

-- A nominee whose award is above the receiving body's authority is sent on in a forwarded dossier.
alter table award_proposal_nominee drop constraint award_proposal_nominee_state_check;
alter table award_proposal_nominee add constraint award_proposal_nominee_state_check
  check (state in ('dang_xet', 'tra_lai', 'dat', 'khong_dat', 'chuyen_cap_tren'));

-- Finding the same person in other open dossiers of the same year.
create index award_proposal_year_idx on award_proposal (year, state);
