-- Roll-up performance.
--
-- 1. A change counter for the org tree. The roll-up keeps loaded trees in memory and checks this
--    one row on every request (src/indicators/rollup-tree-cache.ts); any insert, update, delete or
--    truncate of units, parent links or lineage bumps it in the same transaction.
create table org_tree_change (
  id boolean primary key default true check (id),
  n bigint not null default 0
);
insert into org_tree_change default values;

create function f_org_tree_changed() returns trigger language plpgsql as $$
begin
  update org_tree_change set n = n + 1;
  return null;
end
$$;

create trigger org_unit_tree_change after insert or update or delete or truncate on org_unit
  for each statement execute function f_org_tree_changed();
create trigger org_parent_tree_change after insert or update or delete or truncate on org_parent
  for each statement execute function f_org_tree_changed();
create trigger org_lineage_tree_change after insert or update or delete or truncate on org_lineage
  for each statement execute function f_org_tree_changed();

-- 2. Covering indexes for reading figures, in place of the two plain ones (same leading columns,
--    so every query that used those can use these). The roll-up reads (period, indicator, kind,
--    unit, value) without touching the table: by period and indicator for a few indicators over
--    many units, by unit and period for all indicators of the units of a large tree.
create index indicator_value_period_cover_idx on indicator_value (period_key, indicator_id, kind, unit_id) include (value);
drop index indicator_value_period_idx;
create index indicator_value_unit_cover_idx on indicator_value (unit_id, period_key) include (indicator_id, kind, value);
drop index indicator_value_unit_idx;
