-- The statistical tables of the Ministry of Home Affairs (biểu 0602.N, 0603.N) count individuals by
-- leadership level and business people, and collectives that are enterprises: the registry needs
-- those categories to fill them, not only "lãnh đạo" and "khác".
alter table award_subject drop constraint award_subject_worker_category_check;
alter table award_subject add constraint award_subject_worker_category_check
  check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao_bo_tinh', 'lanh_dao_so', 'lanh_dao', 'doanh_nhan', 'doanh_nghiep', 'khac'));
alter table award_record drop constraint award_record_worker_category_check;
alter table award_record add constraint award_record_worker_category_check
  check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao_bo_tinh', 'lanh_dao_so', 'lanh_dao', 'doanh_nhan', 'doanh_nghiep', 'khac'));
alter table award_proposal_nominee drop constraint award_proposal_nominee_worker_category_check;
alter table award_proposal_nominee add constraint award_proposal_nominee_worker_category_check
  check (worker_category in ('cong_nhan', 'nong_dan', 'truc_tiep', 'lanh_dao_bo_tinh', 'lanh_dao_so', 'lanh_dao', 'doanh_nhan', 'doanh_nghiep', 'khac'));
