-- A revocation is final: once a decision or an awardee is revoked, the reason, the legal ground, the
-- time and the person stay as recorded, and a revoked decision never reads as issued again. The
-- service checks this under a row lock; the database refuses it for any path that skips the service.

create or replace function award_decision_frozen() returns trigger language plpgsql as $$
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
  if old.state = 'thu_hoi' and new.state <> 'thu_hoi' then
    raise exception 'Quyết định đã bị thu hồi, không thể trở lại ban hành.' using errcode = 'P0001';
  end if;
  if old.revoked_at is not null and (new.revoked_at, new.revoke_reason, new.revoke_basis, new.revoked_by)
      is distinct from (old.revoked_at, old.revoke_reason, old.revoke_basis, old.revoked_by) then
    raise exception 'Quyết định đã bị thu hồi, không được sửa thông tin thu hồi.' using errcode = 'P0001';
  end if;
  return new;
end $$;

create or replace function award_decision_item_frozen() returns trigger language plpgsql as $$
declare
  st text;
begin
  if tg_op = 'UPDATE' and old.revoked_at is not null and (new.revoked_at, new.revoke_reason, new.revoke_basis, new.revoked_by)
      is distinct from (old.revoked_at, old.revoke_reason, old.revoke_basis, old.revoked_by) then
    raise exception 'Khen thưởng đã bị thu hồi, không được sửa hay hủy việc thu hồi.' using errcode = 'P0001';
  end if;
  select state into st from award_decision where id = coalesce(new.decision_id, old.decision_id);
  -- The decision row itself may already be gone (cascade from deleting a draft).
  if st is null or st = 'du_thao' then return coalesce(new, old); end if;
  if tg_op <> 'UPDATE' or (to_jsonb(new) - array['revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by'])
      is distinct from (to_jsonb(old) - array['revoked_at', 'revoke_reason', 'revoke_basis', 'revoked_by']) then
    raise exception 'Danh sách khen thưởng của quyết định đã ban hành không được sửa.' using errcode = 'P0001';
  end if;
  return new;
end $$;
