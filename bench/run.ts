/**
 * Benchmarks: `npm run bench -- [name ...]`, one JSON object per line with
 * name, db, n, median_ms, p95_ms (and the machine). Runs on PGlite and on PostgreSQL
 * (BENCH_DATABASE_URL, or a throwaway server from the installed binaries).
 */
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { connect, type Database, type DbKind } from '../src/db/connect';
import { migrate } from '../src/db/migrate';
import { readDvhcDir, importDvhc } from '../src/org/dvhc/import-dvhc';
import { seedDemo } from '../src/demo/seed-demo';
import { listChildren } from '../src/org/use-cases/list-children';
import { searchUnits } from '../src/org/use-cases/search-units';
import { getUnit } from '../src/org/use-cases/get-unit';
import { unitScope } from '../src/access/authorize';
import { loadActor } from '../src/accounts/actor-loader';
import type { Ctx } from '../src/app/context';
import { startPgServer, type PgServer } from '../test/support/pg-server';
import { rollupBench } from './rollup';
import { runCheckerBench } from './checker';
import { registryBench } from './registry';
import { decisionsBench } from './decisions';

const DVHC = path.resolve(import.meta.dirname, '../data/dvhc');
const machine = { cpus: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', memGiB: Math.round(os.totalmem() / 2 ** 30), node: process.version };

function stats(samples: number[]) {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]!;
  return { n: s.length, median_ms: +q(0.5).toFixed(3), p95_ms: +q(0.95).toFixed(3) };
}

async function time(n: number, fn: (i: number) => Promise<unknown>) {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await fn(i);
    samples.push(performance.now() - t0);
  }
  return stats(samples);
}

async function freshDb(kind: DbKind, server: () => Promise<string>): Promise<Database> {
  if (kind === 'pglite') {
    const d = await connect({});
    await migrate(d);
    return d;
  }
  const adminUrl = await server();
  const name = `thidua_bench_${randomBytes(4).toString('hex')}`;
  const c = new pg.Client({ connectionString: adminUrl });
  await c.connect();
  await c.query(`create database ${name}`);
  await c.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const d = await connect({ databaseUrl: url.toString() });
  await migrate(d);
  return d;
}

type Bench = (db: Database, ctx: Ctx) => Promise<Record<string, unknown>[]>;

const BENCHES: Record<string, Bench> = {
  /** Browsing: children of every province on a date before and after the merger. */
  'org-tree': async (db, ctx) => {
    const provinces = await db.db.selectFrom('org_unit').select('id').where('kind', '=', 'province').execute();
    const out = [];
    for (const day of ['2024-06-30', '2025-08-01']) {
      out.push({ name: `org-tree:children@${day}`, ...(await time(provinces.length, (i) => listChildren(ctx, provinces[i]!.id, day))) });
    }
    const communes = await db.db.selectFrom('org_unit').select('id').where('kind', '=', 'commune').limit(200).execute();
    out.push({ name: 'org-tree:unit-detail', ...(await time(communes.length, (i) => getUnit(ctx, communes[i]!.id, '2025-08-01'))) });
    out.push({ name: 'org-tree:policy-scope', ...(await time(communes.length, (i) => unitScope(db.db, communes[i]!.id, '2024-06-30'))) });
    return out;
  },
  /** Diacritics-insensitive search over all ~14,000 units. */
  'unit-search': async (_db, ctx) => {
    const queries = ['dai thanh', 'nga bay', 'phuong 1', 'hau giang', 'xa tan', 'can tho', 'ba dinh', 'hoa binh'];
    return [{ name: 'unit-search', ...(await time(40, (i) => searchUnits(ctx, { q: queries[i % queries.length]! }))) }];
  },
  /** National-scale roll-up, cluster roll-up and a 3,321-row XLSX import (see bench/rollup.ts). */
  rollup: (db, ctx) => rollupBench(db, ctx, time),
  /** Award registry: N records (BENCH_REGISTRY_N), name search without diacritics, a province's statistics (see bench/registry.ts). */
  registry: (db, ctx) => registryBench(db, ctx, time),
  /** Issuing a decision of BENCH_DECISION_N (2,000) awardees from dossiers at "trình ký", registry writes included (see bench/decisions.ts). */
  decisions: (db, ctx) => decisionsBench(db, ctx, time),
};

async function main() {
  const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
  let names = wanted.length ? wanted : [...Object.keys(BENCHES), 'import-units', 'checker'];
  // The checker needs no database: precision/recall per category and time per 10,000 words.
  if (names.includes('checker')) {
    await runCheckerBench();
    names = names.filter((n) => n !== 'checker');
    if (!names.length) return;
  }
  // Eligibility is pure: it needs no database, like the checker.
  if (!wanted.length || names.includes('eligibility')) {
    await (await import('./eligibility')).runEligibilityBench();
    names = names.filter((n) => n !== 'eligibility');
    if (!names.length) return;
  }
  for (const n of names) if (n !== 'import-units' && !BENCHES[n]) throw new Error(`unknown benchmark ${n}; known: ${Object.keys(BENCHES).join(', ')}, import-units`);
  let server: PgServer | undefined;
  const serverUrl = async () => process.env.BENCH_DATABASE_URL ?? (server ??= await startPgServer()).url;
  const files = await readDvhcDir(DVHC);
  try {
    const backends = (process.env.BENCH_BACKENDS ?? 'pglite,postgres').split(',') as DbKind[];
    for (const kind of backends) {
      const db = await freshDb(kind, serverUrl);
      try {
        const t0 = performance.now();
        if (names.includes('import-units')) {
          await importDvhc(db.db, files);
          console.log(JSON.stringify({ name: 'import-units', db: kind, ...stats([performance.now() - t0]), rows: 'all 14,149 units + 10,634 lineage', machine }));
        }
        const rest = names.filter((n) => n !== 'import-units');
        if (rest.length === 0) continue;
        await seedDemo(db.db, files);
        const admin = await db.db.selectFrom('app_user').select('id').where('username', '=', 'admin').executeTakeFirstOrThrow();
        const ctx: Ctx = { db: db.db, actor: (await loadActor(db.db, admin.id))!, meta: { ip: null, userAgent: 'bench' }, today: '2026-11-21' };
        for (const n of rest) for (const row of await BENCHES[n]!(db, ctx)) console.log(JSON.stringify({ db: kind, ...row, machine }));
      } finally {
        await db.close();
      }
    }
  } finally {
    await server?.stop();
  }
}

await main();
