import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Insertable } from 'kysely';
import type { Db, Tx } from '../../app/context';
import type { OrgLineageTable, OrgParentTable, OrgUnitTable } from '../../db/schema';
import { recordAudit } from '../../audit/record-audit';
import { SYSTEM_ACTOR } from '../../accounts/actor-loader';
import { AppError } from '../../shared/errors';
import { PRE2025_LAST_DAY, REFORM_DAY, selectProvinces, stripType, type DvhcFiles } from './dvhc-format';

export async function readDvhcDir(dir: string): Promise<DvhcFiles> {
  const read = async (name: string) => {
    try {
      return JSON.parse(await readFile(path.join(dir, name), 'utf8'));
    } catch (err) {
      throw new AppError('VALIDATION', `Không đọc được tệp danh mục ${name} trong ${dir}: ${(err as Error).message}`);
    }
  };
  const [units2025, unitsPre2025, mapping] = await Promise.all([read('units-2025.json'), read('units-pre2025.json'), read('mapping-2025.json')]);
  return { units2025, unitsPre2025, mapping };
}

export interface ImportResult {
  unitsAdded: number;
  linksAdded: number;
  lineageAdded: number;
}

/** The national root every province hangs from; created on first use. */
export async function ensureNationalRoot(tx: Tx | Db): Promise<string> {
  const root = await tx.selectFrom('org_unit').select('id').where('kind', '=', 'national').executeTakeFirst();
  if (root) return root.id;
  const row = await tx.insertInto('org_unit').values({ kind: 'national', unit_type: 'Quốc gia', name: 'Cả nước', short_name: 'Cả nước' }).returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Imports both trees and the official old → new mapping. Idempotent: units already present
 * (same tree version and code) are kept as they are, so re-running adds only what is missing.
 */
export async function importDvhc(db: Db, files: DvhcFiles, opts: { provinces?: string[] } = {}): Promise<ImportResult> {
  const data = selectProvinces(files, opts.provinces);
  return db.transaction().execute(async (tx) => {
    const rootId = await ensureNationalRoot(tx);
    const existing = await tx.selectFrom('org_unit').select(['id', 'tree_version', 'code']).where('tree_version', 'is not', null).where('kind', '<>', 'agency').execute();
    const ids = new Map(existing.map((u) => [`${u.tree_version}:${u.code}`, u.id]));
    const units: Insertable<OrgUnitTable>[] = [];
    const links: Insertable<OrgParentTable>[] = [];
    const old = { valid_from: null, valid_to: PRE2025_LAST_DAY } as const;
    const now = { valid_from: REFORM_DAY, valid_to: null } as const;

    const add = (tree: 'pre2025' | '2025', kind: OrgUnitTable['kind'], u: { code: string; name: string; type: string; shortName?: string }, parentKey: string | null) => {
      const key = `${tree}:${u.code}`;
      if (ids.has(key)) return;
      const id = randomUUID();
      ids.set(key, id);
      const validity = tree === 'pre2025' ? old : now;
      const name = u.name.normalize('NFC');
      units.push({ id, kind, unit_type: u.type, name, short_name: (u.shortName ?? stripType(name, u.type)).normalize('NFC'), tree_version: tree, code: u.code, ...validity });
      const parentId = parentKey === null ? rootId : ids.get(parentKey);
      if (!parentId) throw new AppError('VALIDATION', `Danh mục lỗi: không tìm thấy đơn vị cấp trên (${parentKey}) của ${name}.`);
      links.push({ child_id: id, parent_id: parentId, ...validity });
    };

    for (const p of data.unitsPre2025.provinces) add('pre2025', 'province', p, null);
    for (const d of data.unitsPre2025.districts) add('pre2025', 'district', d, `pre2025:${d.province}`);
    for (const c of data.unitsPre2025.communes) add('pre2025', 'commune', c, `pre2025:${c.district}`);
    for (const p of data.units2025.provinces) add('2025', 'province', p, null);
    for (const c of data.units2025.communes) add('2025', 'commune', c, `2025:${c.province}`);

    const lineage: Insertable<OrgLineageTable>[] = [];
    const pair = (fromKey: string, toKey: string, kind: 'full' | 'partial', isPrimary: boolean, basis: string | null, note: string | null) => {
      const from = ids.get(fromKey);
      const to = ids.get(toKey);
      if (!from || !to) throw new AppError('VALIDATION', `Bảng chuyển đổi tham chiếu đơn vị không có trong danh mục: ${!from ? fromKey : toKey}.`);
      lineage.push({ from_unit_id: from, to_unit_id: to, kind, is_primary: isPrimary, primary_basis: basis, effective_date: REFORM_DAY, note });
    };
    for (const p of data.mapping.provinces) pair(`pre2025:${p.old}`, `2025:${p.new}`, 'full', true, null, null);
    for (const c of data.mapping.communes) pair(`pre2025:${c.old}`, `2025:${c.new}`, c.kind, c.primary === true, c.primaryBasis ?? null, c.note?.normalize('NFC') ?? null);
    for (const u of data.mapping.unitsWithoutOldCommuneCode) {
      // Island districts without communes became special zones; the lineage runs from the district.
      pair(`pre2025:${u.oldDistrict}`, `2025:${u.new}`, 'full', true, null, u.note.normalize('NFC'));
    }

    for (const chunk of chunks(units, 1000)) await tx.insertInto('org_unit').values(chunk).execute();
    for (const chunk of chunks(links, 1000)) await tx.insertInto('org_parent').values(chunk).execute();
    let lineageAdded = 0;
    for (const chunk of chunks(lineage, 1000)) {
      const res = await tx.insertInto('org_lineage').values(chunk).onConflict((oc) => oc.columns(['from_unit_id', 'to_unit_id']).doNothing()).executeTakeFirst();
      lineageAdded += Number(res.numInsertedOrUpdatedRows ?? 0);
    }
    const result = { unitsAdded: units.length, linksAdded: links.length, lineageAdded };
    await recordAudit(tx, { actor: SYSTEM_ACTOR, meta: { ip: null, userAgent: 'thidua import-units' } }, {
      action: 'org.import_units', entity: 'org_unit', entityId: null, orgUnitId: rootId, after: { ...result, provinces: opts.provinces ?? 'all' },
    });
    return result;
  });
}

function* chunks<T>(items: T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}
