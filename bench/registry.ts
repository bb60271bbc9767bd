import { sql } from 'kysely';
import type { Database } from '../src/db/connect';
import type { Ctx } from '../src/app/context';
import { searchRegistry } from '../src/awards/registry/use-cases/read-registry';
import { registryStats } from '../src/awards/registry/use-cases/registry-stats';

type Timer = (n: number, fn: (i: number) => Promise<unknown>) => Promise<{ n: number; median_ms: number; p95_ms: number }>;

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Châu'];
const MIDDLE = ['Văn', 'Thị', 'Minh', 'Ngọc', 'Hoàng', 'Thanh', 'Quốc', 'Thu', 'Đức', 'Kim'];
const MIDDLE2 = ['Anh', 'Bảo', 'Công', 'Diệu', 'Gia', 'Hải', 'Hồng', 'Hữu', 'Khánh', 'Mỹ', 'Nhật', 'Phương', 'Quang', 'Tấn', 'Thái', 'Thiện', 'Trọng', 'Tuyết', 'Xuân', 'Yến'];
const GIVEN = ['An', 'Bình', 'Chi', 'Dũng', 'Giang', 'Hà', 'Hùng', 'Khoa', 'Lan', 'Long', 'Mai', 'Nam', 'Ngân', 'Phúc', 'Quân', 'Sơn', 'Thảo', 'Trang', 'Tuấn', 'Vinh'];
// Award codes with their level, weighted roughly as books hold them (many LĐTT and Giấy khen, few state awards).
const CODES: [string, string, string][] = [
  ['lao_dong_tien_tien', 'Lao động tiên tiến', 'co_so'],
  ['lao_dong_tien_tien', 'Lao động tiên tiến', 'co_so'],
  ['lao_dong_tien_tien', 'Lao động tiên tiến', 'co_so'],
  ['giay_khen', 'Giấy khen', 'co_so'],
  ['giay_khen', 'Giấy khen', 'co_so'],
  ['cstd_co_so', 'Chiến sĩ thi đua cơ sở', 'co_so'],
  ['bang_khen_tinh', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh', 'bo_tinh'],
  ['tap_the_ldxs', 'Tập thể lao động xuất sắc', 'bo_tinh'],
  ['cstd_bo_tinh', 'Chiến sĩ thi đua cấp bộ, ngành, tỉnh', 'bo_tinh'],
  ['bang_khen_thu_tuong', 'Bằng khen của Thủ tướng Chính phủ', 'nha_nuoc'],
];

const arr = (xs: string[]) => sql`(array[${sql.join(xs.map((x) => sql.lit(x)))}]::text[])`;

/**
 * Fills the registry with N synthetic award records (three per subject, spread over every commune of
 * both trees and the years 2010–2025) in SQL, then times what users wait for: a name search without
 * diacritics over everyone, and a province's statistics by form × year. N is BENCH_REGISTRY_N, else
 * 1,000,000 on PostgreSQL and 100,000 on PGlite (the goals are 10M / 1M; set N for them).
 */
export async function registryBench(database: Database, ctx: Ctx, time: Timer): Promise<Record<string, unknown>[]> {
  const db = database.db;
  const n = Number(process.env.BENCH_REGISTRY_N ?? (database.kind === 'postgres' ? 1_000_000 : 100_000));
  const subjects = Math.ceil(n / 3);
  const units = (await db.selectFrom('org_unit').select('id').where('kind', '=', 'commune').orderBy('id').execute()).map((u) => u.id);
  const t0 = performance.now();
  const chunk = 200_000;
  for (let start = 0; start < subjects; start += chunk) {
    const end = Math.min(subjects, start + chunk);
    await sql`
      insert into award_subject (kind, full_name, search_key, birth_year, org_unit_id, worker_category, is_direct_worker)
      select k, nm, f_search_key(nm), case when k = 'ca_nhan' then 1960 + i % 40 end, (${units}::uuid[])[1 + ((i % ${units.length}) * 7919) % ${units.length}],
        case when k = 'ca_nhan' then (array['cong_nhan','nong_dan','truc_tiep','lanh_dao','khac'])[1 + i % 5] end, k = 'ca_nhan' and i % 5 < 3
      from generate_series(${start + 1}::int, ${end}::int) i,
      lateral (select case when i % 6 = 0 then 'tap_the' else 'ca_nhan' end as k) kk,
      lateral (select case when k = 'tap_the'
        then 'Trường Tiểu học số ' || (i % 40 + 1) || ' ' || ${arr(GIVEN)}[1 + i % 20] || ' ' || ${arr(MIDDLE2)}[1 + (i / 7) % 20]
        else ${arr(SURNAMES)}[1 + i % 20] || ' ' || ${arr(MIDDLE)}[1 + (i / 20) % 10] || ' ' || ${arr(MIDDLE2)}[1 + (i / 200) % 20] || ' ' || ${arr(GIVEN)}[1 + (i * 7 + i / 4000) % 20]
      end as nm) names`.execute(db);
  }
  const subjectIds = sql`(select id, kind, org_unit_id, worker_category, is_direct_worker, row_number() over (order by id) as rn from award_subject)`;
  await sql`
    insert into award_record (subject_id, award_code, award_name, level, year, decision_number, decision_date, round_kind, org_unit_id, subject_kind, worker_category, is_direct_worker, source)
    select s.id, c.code, c.name, c.level, y, (100 + (s.rn + k) % 800) || '/QĐ-UBND', make_date(y + 1, 1 + ((s.rn + k) % 6)::int, 1 + ((s.rn * 3 + k) % 28)::int),
      case when (s.rn + k) % 10 = 0 then 'chuyen_de' else 'thuong_xuyen' end, s.org_unit_id, s.kind, s.worker_category, s.is_direct_worker, 'import'
    from ${subjectIds} s
    cross join generate_series(0, 2) k
    cross join lateral (select (2010 + ((s.rn * 5 + k * 3) % 15))::int as y) yy
    cross join lateral (
      select ${arr(CODES.map((c) => c[0]))}[1 + ((s.rn + k * 7) % ${CODES.length})::int] as code, ${arr(CODES.map((c) => c[1]))}[1 + ((s.rn + k * 7) % ${CODES.length})::int] as name,
        ${arr(CODES.map((c) => c[2]))}[1 + ((s.rn + k * 7) % ${CODES.length})::int] as level
    ) c
    where s.rn * 3 + k <= ${n} + 2 and (s.kind = 'ca_nhan' or c.code in ('giay_khen', 'bang_khen_tinh', 'tap_the_ldxs', 'bang_khen_thu_tuong'))`.execute(db);
  // A registry in use has been vacuumed: the visibility map lets statistics read the covering index alone.
  await sql`vacuum analyze award_subject`.execute(db);
  await sql`vacuum analyze award_record`.execute(db);
  const records = Number((await sql<{ n: string }>`select count(*)::text as n from award_record`.execute(db)).rows[0]!.n);
  const generate_ms = Math.round(performance.now() - t0);

  // Names typed in order (a btree range) and in another order or with a word left out (trigrams).
  const queries = ['nguyen van an', 'tran thi', 'le hoang yen', 'pham quoc', 'dang thi xuan thao', 'bui duc hai', 'ngo kim', 'truong tieu hoc so 7'];
  const otherOrder = ['an nguyen', 'thao dang', 'vinh ho', 'hai bui duc', 'le yen mai', 'nguyen an'];
  const province = (await db.selectFrom('org_unit').select(['id', 'name']).where('kind', '=', 'province').where('tree_version', '=', '2025').where('code', '=', '79').executeTakeFirst())
    ?? (await db.selectFrom('org_unit').select(['id', 'name']).where('kind', '=', 'province').executeTakeFirstOrThrow());
  const common = { records, subjects, generate_ms };
  return [
    { name: 'registry:search', ...(await time(40, (i) => searchRegistry(ctx, { q: queries[i % queries.length]! }))), ...common },
    { name: 'registry:search-other-order', ...(await time(24, (i) => searchRegistry(ctx, { q: otherOrder[i % otherOrder.length]! }))), ...common },
    { name: 'registry:search-in-province', ...(await time(20, (i) => searchRegistry(ctx, { q: queries[i % queries.length]!, unitId: province.id }))), ...common },
    { name: `registry:stats-form-year (${province.name})`, ...(await time(6, () => registryStats(ctx, { unitId: province.id, by: ['form', 'year'] }))), ...common },
    { name: `registry:stats-all-tables (${province.name})`, ...(await time(4, () => registryStats(ctx, { unitId: province.id, by: [] }))), ...common },
  ];
}
