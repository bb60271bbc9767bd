import { sql } from 'kysely';
import type { Db } from '../app/context';
import type { LoadedTree } from './rollup-loader';

/**
 * Loaded roll-up trees, kept per database handle and reused while the org tables are unchanged.
 *
 * A trigger (migration 20261121T1500_rollup_perf) bumps a counter row on every change to org_unit,
 * org_parent or org_lineage; the counter's value and the id of the transaction that wrote it
 * form the cache token. It is read before the tree is loaded, so a tree is never stored under a
 * newer token than the one it was read at, and a rolled-back change leaves a token nobody sees again.
 *
 * Trees are keyed by the first day of the stretch of days on which the tree cannot differ: every
 * walk compares the day with validity bounds (valid_from, and valid_to + 1) of units and links,
 * so two days with no bound between them give the same tree. A series of quarters after the
 * 2025 reorganisation loads the tree once.
 */
interface DbCache {
  token: string;
  bounds: Promise<string[]>;
  trees: Map<string, Promise<LoadedTree>>;
}

const MAX_TREES = 8;
const caches = new WeakMap<Db, DbCache>();

export async function treeToken(db: Db): Promise<string> {
  const r = await sql<{ token: string }>`select n::text || ':' || xmin::text as token from org_tree_change`.execute(db);
  return r.rows[0]?.token ?? 'none';
}

async function loadBounds(db: Db): Promise<string[]> {
  const r = await sql<{ d: string }>`
    select distinct d::text as d from (
      select valid_from as d from org_unit union select valid_to + 1 from org_unit
      union select valid_from from org_parent union select valid_to + 1 from org_parent
    ) b where d is not null order by 1`.execute(db);
  return r.rows.map((x) => x.d);
}

/** The latest bound on or before the day ('' when none): the tree is the same on every day from there to the next bound. */
function stretchStart(bounds: readonly string[], day: string): string {
  let lo = 0;
  let hi = bounds.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (bounds[mid]! <= day) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 ? '' : bounds[lo - 1]!;
}

/**
 * The tree for (root, starts, day, agencies), loaded by `load` on a miss. Inside a transaction
 * the cache of the transaction's own handle is used, so uncommitted changes never leak out.
 */
export async function cachedTree(db: Db, key: { rootId: string; starts: readonly string[]; day: string; agencies: boolean }, load: () => Promise<LoadedTree>): Promise<LoadedTree> {
  const token = await treeToken(db);
  let c = caches.get(db);
  if (!c || c.token !== token) {
    c = { token, bounds: loadBounds(db), trees: new Map() };
    caches.set(db, c);
  }
  const cache = c;
  let bounds: string[];
  try {
    bounds = await cache.bounds;
  } catch (err) {
    if (caches.get(db) === cache) caches.delete(db);
    throw err;
  }
  const k = `${key.rootId}|${key.starts.join(',')}|${stretchStart(bounds, key.day)}|${key.agencies ? 1 : 0}`;
  let tree = cache.trees.get(k);
  if (tree) {
    // Most recently used last.
    cache.trees.delete(k);
    cache.trees.set(k, tree);
    return tree;
  }
  tree = load();
  cache.trees.set(k, tree);
  if (cache.trees.size > MAX_TREES) cache.trees.delete(cache.trees.keys().next().value!);
  try {
    return await tree;
  } catch (err) {
    if (cache.trees.get(k) === tree) cache.trees.delete(k);
    throw err;
  }
}
