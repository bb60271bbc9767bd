import { sql } from 'kysely';
import type { Db } from '../app/context';

/**
 * Not backed up: sessions are disposable, the migration list travels in the file's header, and the
 * tree-change counter is a cache key that the restore itself bumps.
 */
const SKIPPED = new Set(['user_session', 'schema_migration', 'org_tree_change']);

export interface TableInfo {
  name: string;
  /** Identity columns declared GENERATED ALWAYS: inserting kept ids needs OVERRIDING SYSTEM VALUE. */
  alwaysIdentity: string[];
  /** Columns drawing from a sequence (identity or serial): it must continue after the restored ids. */
  sequenced: string[];
  /** Guards such as "an issued decision is never edited" would refuse the restore's inserts. */
  hasUserTriggers: boolean;
  /** Columns referencing the table itself (movement.parent_id): rows must go in parent-first order. */
  selfRefs: { column: string; target: string }[];
}

interface Edge {
  child: string;
  parent: string;
}

/**
 * Every table of the schema, parents before children by their foreign keys, read from the catalog:
 * a table added by a migration is backed up without anyone remembering to list it.
 */
export async function backupTables(db: Db): Promise<TableInfo[]> {
  const tables = (await sql<{ name: string }>`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and c.relkind in ('r', 'p') order by c.relname`.execute(db)).rows
    .map((r) => r.name)
    .filter((t) => !SKIPPED.has(t));
  const fks = (
    await sql<{ child: string; parent: string; column: string; target: string }>`
      select cl.relname as child, pl.relname as parent, a.attname as column, pa.attname as target
      from pg_constraint k
      join pg_class cl on cl.oid = k.conrelid join pg_class pl on pl.oid = k.confrelid
      join pg_namespace n on n.oid = cl.relnamespace
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
      join pg_attribute pa on pa.attrelid = k.confrelid and pa.attnum = k.confkey[1]
      where k.contype = 'f' and n.nspname = current_schema()`.execute(db)
  ).rows;
  const identity = (
    await sql<{ table_name: string; column_name: string; always: boolean }>`
      select table_name, column_name, coalesce(identity_generation = 'ALWAYS', false) as always from information_schema.columns
      where table_schema = current_schema() and (is_identity = 'YES' or column_default like 'nextval(%')`.execute(db)
  ).rows;
  const triggered = new Set(
    (await sql<{ name: string }>`select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace where n.nspname = current_schema() and not t.tgisinternal`.execute(db)).rows.map((r) => r.name),
  );
  const order = dependencyOrder(tables, fks.filter((f) => f.child !== f.parent));
  return order.map((name) => ({
    name,
    alwaysIdentity: identity.filter((i) => i.table_name === name && i.always).map((i) => i.column_name),
    sequenced: identity.filter((i) => i.table_name === name).map((i) => i.column_name),
    hasUserTriggers: triggered.has(name),
    selfRefs: fks.filter((f) => f.child === name && f.parent === name).map((f) => ({ column: f.column, target: f.target })),
  }));
}

/** Kahn's algorithm, alphabetical among equals so that the order is stable. */
export function dependencyOrder(tables: string[], edges: Edge[]): string[] {
  const known = new Set(tables);
  const parents = new Map(tables.map((t) => [t, new Set<string>()]));
  for (const e of edges) if (known.has(e.child) && known.has(e.parent)) parents.get(e.child)!.add(e.parent);
  const out: string[] = [];
  const done = new Set<string>();
  while (out.length < tables.length) {
    const ready = tables.filter((t) => !done.has(t) && [...parents.get(t)!].every((p) => done.has(p)));
    // A cycle between tables would need deferred constraints; none exists, but never loop forever.
    const next = ready.length ? ready : tables.filter((t) => !done.has(t));
    for (const t of ready.length ? ready : next.slice(0, 1)) {
      out.push(t);
      done.add(t);
    }
  }
  return out;
}

/** Rows of a self-referencing table with every referenced row placed before the rows pointing at it. */
export function parentFirst(rows: Record<string, unknown>[], refs: { column: string; target: string }[]): Record<string, unknown>[] {
  if (!refs.length) return rows;
  const placed = new Set<unknown>();
  const out: Record<string, unknown>[] = [];
  const present = new Map<string, Set<unknown>>(refs.map((r) => [r.target, new Set(rows.map((x) => x[r.target]))]));
  let pending = rows;
  while (pending.length) {
    const waiting: Record<string, unknown>[] = [];
    for (const row of pending) {
      const ready = refs.every((r) => row[r.column] == null || !present.get(r.target)!.has(row[r.column]) || placed.has(`${r.target}:${String(row[r.column])}`));
      if (ready) {
        out.push(row);
        for (const r of refs) placed.add(`${r.target}:${String(row[r.target])}`);
      } else waiting.push(row);
    }
    // A reference cycle inside the rows cannot be ordered; insert the rest and let the constraint speak.
    if (waiting.length === pending.length) return [...out, ...waiting];
    pending = waiting;
  }
  return out;
}
