import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { Ctx } from '../app/context';
import { inTx } from '../app/tx';
import { recordAuditMany } from '../audit/record-audit';
import type { AwardRoundKind, AwardSubjectKind, WorkerCategory } from '../db/schema';
import { FORMS_BY_CODE, GRADE_LABELS, recordCode, type AwardGrade } from '../awards/registry/award-forms';
import { insertRecords, insertSubjects, type RecordInsert, type SubjectInsert } from '../awards/registry/registry-writes';

/**
 * The award registry of the demo. Seed 002 (Cần Thơ, first half of 2024) and seed 003 (cụm Tây Nam Bộ,
 * first half of 2021) give award counts by form; each counted award becomes one record of a synthetic
 * person or collective, so the statistics page adds the seeds' totals back up. Where a seed gives no
 * split (collective or individual, per province, workers' share) the split below is illustrative.
 */
export interface AwardDemoRefs {
  /** Thành phố Cần Thơ before the 2025 merger (pre2025 code 92). */
  canThoId: string;
  /** Cụm thi đua các tỉnh Tây Nam Bộ 2021. */
  tnbGroupId: string;
  /** Where the people with multi-year histories work today (Phường Ngã Bảy), and who proposed them before 2025. */
  ngaBayWardId: string;
  ngaBayCityId: string;
  movements?: { poorId?: string; ruralId?: string };
}

interface Batch {
  kind: AwardSubjectKind;
  code: string;
  grade?: AwardGrade | null;
  count: number;
  year: number;
  round?: AwardRoundKind;
  authority: string;
  movementId?: string | null;
}

const SURNAMES = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Huỳnh', 'Hoàng', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ', 'Ngô', 'Dương', 'Lý', 'Trương', 'Đinh', 'Lâm', 'Châu'];
const MIDDLE = [['Văn', 'Minh', 'Hoàng', 'Quốc', 'Thanh', 'Đức', 'Hữu', 'Công', 'Ngọc', 'Tấn'], ['Thị', 'Ngọc', 'Thanh', 'Thu', 'Kim', 'Mỹ', 'Hồng', 'Bích', 'Diệu', 'Phương']] as const;
const GIVEN = [
  ['An', 'Bình', 'Cường', 'Dũng', 'Hải', 'Hùng', 'Khoa', 'Long', 'Nam', 'Phúc', 'Quang', 'Sơn', 'Tài', 'Thắng', 'Trí', 'Tuấn', 'Việt', 'Vinh', 'Khải', 'Lộc'],
  ['Anh', 'Bích', 'Chi', 'Dung', 'Giang', 'Hà', 'Hạnh', 'Hoa', 'Hương', 'Lan', 'Linh', 'Mai', 'Ngân', 'Nhung', 'Oanh', 'Phượng', 'Thảo', 'Trang', 'Uyên', 'Yến'],
] as const;
const COLLECTIVES = ['Trường Tiểu học số', 'Trường Trung học cơ sở số', 'Trạm Y tế số', 'Tổ dân phố số', 'Ấp văn hóa số', 'Hợp tác xã nông nghiệp số', 'Đội Thuế liên xã số', 'Chi hội Nông dân số', 'Chi đoàn số', 'Phòng khám đa khoa khu vực số'];
// 40% workers, farmers and people in direct work (illustrative; the seeds stress the share but give none).
const WORKERS: (WorkerCategory | null)[] = ['cong_nhan', 'nong_dan', 'truc_tiep', 'truc_tiep', 'lanh_dao', 'lanh_dao', 'lanh_dao', 'khac', 'khac', null];

/** A deterministic synthetic name: the same demo gives the same registry on every machine. */
function personName(i: number): { name: string; gender: 'nam' | 'nu' } {
  const g = i % 2;
  const [middle, given] = g ? [MIDDLE[1], GIVEN[1]] : [MIDDLE[0], GIVEN[0]];
  const name = `${SURNAMES[(i >> 1) % 20]} ${middle[Math.floor(i / 40) % 10]} ${given[(i * 7 + Math.floor(i / 400)) % 20]}`;
  return { name, gender: g ? 'nu' : 'nam' };
}

/** Decision days spread over a half year, working days only. */
function decisionDay(year: number, i: number): string {
  const d = new Date(Date.UTC(year, 0, 5 + ((i * 13) % 170)));
  while (d.getUTCDay() === 0 || d.getUTCDay() === 6) d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** The same split of a cluster total over its provinces as the demo reports use (seed-reports.ts), so both agree. */
export function splitAcross(total: number, parts: number, index: number): number {
  const weights = Array.from({ length: parts }, (_, i) => 1 + ((i * 7) % 5));
  const sum = weights.reduce((a, b) => a + b, 0);
  const shares = weights.map((w) => Math.floor((total * w) / sum));
  shares[0]! += total - shares.reduce((a, b) => a + b, 0);
  return shares[index]!;
}

class Builder {
  subjects: (SubjectInsert & { id: string })[] = [];
  records: RecordInsert[] = [];
  private n = 0;
  constructor(private readonly createdBy: string | null) {}

  add(b: Batch, units: { id: string; name: string }[], decisionYear: number, decisionPrefix: string) {
    const form = FORMS_BY_CODE.get(b.code)!;
    for (let k = 0; k < b.count; k++) {
      const i = this.n++;
      const unit = units[i % units.length]!;
      const person = b.kind === 'ca_nhan' ? personName(i) : null;
      const worker = b.kind === 'ca_nhan' ? WORKERS[i % WORKERS.length]! : null;
      const id = randomUUID();
      this.subjects.push({
        id,
        kind: b.kind,
        fullName: person ? person.name : `${COLLECTIVES[i % COLLECTIVES.length]} ${1 + (Math.floor(i / COLLECTIVES.length) % 30)} ${unit.name.replace(/^(Tỉnh|Thành phố|Quận|Huyện|Thị xã) /, '')}`,
        gender: person?.gender ?? null,
        birthYear: person ? 1962 + ((i * 37) % 38) : null,
        orgUnitId: unit.id,
        workerCategory: worker,
      });
      const grade = b.grade ?? null;
      const date = decisionDay(decisionYear, i);
      this.records.push({
        subjectId: id,
        subjectKind: b.kind,
        workerCategory: worker,
        awardCode: recordCode(form, grade),
        awardName: grade ? `${form.name} ${GRADE_LABELS[grade]}` : form.name,
        grade,
        level: form.level,
        year: b.year,
        decisionNumber: `${100 + (i % 900)}/${decisionPrefix}`,
        decisionDate: date,
        decidingAuthority: b.authority,
        movementId: b.movementId ?? null,
        roundKind: b.round ?? 'thuong_xuyen',
        orgUnitId: unit.id,
        source: 'decision',
        note: null,
        createdBy: this.createdBy,
      });
    }
  }
}

const PRESIDENT = 'Chủ tịch nước';
const PM = 'Thủ tướng Chính phủ';

/** Seed 002, "2. Kết quả công tác khen thưởng" (6 tháng đầu năm 2024). */
function canThoBatches(refs: AwardDemoRefs): Batch[] {
  const city = 'Chủ tịch UBND thành phố Cần Thơ';
  const poor = refs.movements?.poorId ?? null;
  const rural = refs.movements?.ruralId ?? null;
  return [
    // a) Khen thưởng cấp Nhà nước: 222 trường hợp, 07 tập thể và 215 cá nhân.
    { kind: 'tap_the', code: 'huan_chuong_lao_dong', grade: 'ba', count: 1, year: 2023, authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'huan_chuong_lao_dong', grade: 'nhi', count: 1, year: 2023, authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'huan_chuong_lao_dong', grade: 'ba', count: 5, year: 2023, authority: PRESIDENT },
    { kind: 'tap_the', code: 'co_thi_dua_chinh_phu', count: 3, year: 2023, authority: PM },
    { kind: 'ca_nhan', code: 'cstd_toan_quoc', count: 2, year: 2023, authority: PM },
    // "Bằng khen cho 01 tập thể và 02 cá nhân … học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh".
    { kind: 'tap_the', code: 'bang_khen_thu_tuong', count: 1, year: 2024, round: 'chuyen_de', authority: PM },
    { kind: 'ca_nhan', code: 'bang_khen_thu_tuong', count: 2, year: 2024, round: 'chuyen_de', authority: PM },
    { kind: 'tap_the', code: 'bang_khen_thu_tuong', count: 2, year: 2023, authority: PM },
    { kind: 'ca_nhan', code: 'bang_khen_thu_tuong', count: 205, year: 2023, authority: PM },
    // b) Khen thưởng cấp thành phố: 2.889 trường hợp, 1.463 tập thể và 1.426 cá nhân.
    { kind: 'tap_the', code: 'co_thi_dua_bo_tinh', count: 60, year: 2023, authority: city },
    { kind: 'tap_the', code: 'tap_the_ldxs', count: 502, year: 2023, authority: city },
    { kind: 'ca_nhan', code: 'cstd_bo_tinh', count: 50, year: 2023, authority: city },
    // Bằng khen 2.277: 901 tập thể, 1.376 cá nhân; chuyên đề 469 tập thể, 576 cá nhân; đột xuất 05 tập thể.
    { kind: 'tap_the', code: 'bang_khen_tinh', count: 901 - 469 - 5, year: 2023, authority: city },
    { kind: 'ca_nhan', code: 'bang_khen_tinh', count: 1376 - 576, year: 2023, authority: city },
    { kind: 'tap_the', code: 'bang_khen_tinh', count: 9, year: 2024, round: 'chuyen_de', authority: city, movementId: poor },
    { kind: 'tap_the', code: 'bang_khen_tinh', count: 22, year: 2024, round: 'chuyen_de', authority: city, movementId: rural },
    { kind: 'ca_nhan', code: 'bang_khen_tinh', count: 52, year: 2024, round: 'chuyen_de', authority: city, movementId: rural },
    { kind: 'tap_the', code: 'bang_khen_tinh', count: 469 - 9 - 22, year: 2024, round: 'chuyen_de', authority: city },
    { kind: 'ca_nhan', code: 'bang_khen_tinh', count: 576 - 52, year: 2024, round: 'chuyen_de', authority: city },
    { kind: 'tap_the', code: 'bang_khen_tinh', count: 5, year: 2024, round: 'dot_xuat', authority: city },
  ];
}

/**
 * Seed 003, "Kết quả khen thưởng 6 tháng đầu năm của Cụm thi đua các tỉnh TNB" (its second "Huân chương
 * Độc lập" is read as Huân chương Lao động, as the demo reports read it), for one province's share.
 */
function tnbBatches(share: (total: number) => number): Batch[] {
  const province = 'Chủ tịch UBND tỉnh';
  const third = (n: number) => Math.floor(n / 3);
  const hcld = share(86);
  const bkPm = share(731);
  const bk = share(24550);
  return [
    { kind: 'ca_nhan', code: 'anh_hung_lao_dong', count: share(1), year: 2021, authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'ba_me_viet_nam_anh_hung', count: share(82), year: 2021, round: 'khang_chien', authority: PRESIDENT },
    { kind: 'tap_the', code: 'huan_chuong_doc_lap', count: share(19), year: 2021, authority: PRESIDENT },
    { kind: 'tap_the', code: 'huan_chuong_lao_dong', count: third(hcld), year: 2021, authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'huan_chuong_lao_dong', count: hcld - third(hcld), year: 2021, authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'huan_chuong_khang_chien', count: share(53), year: 2021, round: 'khang_chien', authority: PRESIDENT },
    { kind: 'ca_nhan', code: 'huy_chuong_khang_chien', count: share(9), year: 2021, round: 'khang_chien', authority: PRESIDENT },
    { kind: 'tap_the', code: 'co_thi_dua_chinh_phu', count: share(62), year: 2020, authority: PM },
    { kind: 'tap_the', code: 'bang_khen_thu_tuong', count: third(bkPm), year: 2020, authority: PM },
    { kind: 'ca_nhan', code: 'bang_khen_thu_tuong', count: bkPm - third(bkPm), year: 2020, authority: PM },
    { kind: 'tap_the', code: 'tap_the_ldxs', count: share(3204), year: 2020, authority: province },
    { kind: 'tap_the', code: 'co_thi_dua_bo_tinh', count: share(707), year: 2020, authority: province },
    { kind: 'ca_nhan', code: 'cstd_bo_tinh', count: share(389), year: 2020, authority: province },
    { kind: 'tap_the', code: 'bang_khen_tinh', count: Math.floor((bk * 2) / 5), year: 2021, authority: province },
    { kind: 'ca_nhan', code: 'bang_khen_tinh', count: bk - Math.floor((bk * 2) / 5), year: 2021, authority: province },
  ];
}

type History = [year: number, code: string, round?: AwardRoundKind][];

/** People whose histories show the eligibility rules at work (domain-law §1.2, NĐ 152/2025 Điều 4). */
const HISTORIES: { name: string; gender: 'nam' | 'nu'; birthYear: number; position: string; worker: WorkerCategory; note?: string; history: History }[] = [
  // Three consecutive CSTĐ cơ sở (2021–2023): meets condition (a) for CSTĐ cấp tỉnh.
  { name: 'Đoàn Minh Triết', gender: 'nam', birthYear: 1979, position: 'Phó Trưởng phòng Kinh tế', worker: 'lanh_dao', history: [[2019, 'lao_dong_tien_tien'], [2020, 'lao_dong_tien_tien'], [2021, 'cstd_co_so'], [2022, 'cstd_co_so'], [2023, 'cstd_co_so'], [2024, 'lao_dong_tien_tien']] },
  // A gap year (2022 only LĐTT) breaks the run of CSTĐ cơ sở.
  { name: 'Trịnh Thị Mỹ Duyên', gender: 'nu', birthYear: 1986, position: 'Giáo viên', worker: 'truc_tiep', history: [[2020, 'cstd_co_so'], [2021, 'cstd_co_so'], [2022, 'lao_dong_tien_tien'], [2023, 'cstd_co_so'], [2024, 'cstd_co_so']] },
  // Bằng khen của tỉnh, then five years with three CSTĐ cơ sở: the path to Bằng khen của Thủ tướng.
  { name: 'Mai Văn Thành', gender: 'nam', birthYear: 1975, position: 'Trưởng ấp', worker: 'khac', history: [[2018, 'bang_khen_tinh'], [2019, 'cstd_co_so'], [2020, 'lao_dong_tien_tien'], [2021, 'cstd_co_so'], [2022, 'lao_dong_tien_tien'], [2023, 'cstd_co_so']] },
  // Disciplined in 2024: no award while the discipline runs (the registry keeps it as a note for now).
  {
    name: 'Tạ Quang Hiếu', gender: 'nam', birthYear: 1982, position: 'Công chức Địa chính - Xây dựng', worker: 'khac',
    note: 'Bị kỷ luật khiển trách theo Quyết định số 25/QĐ-UBND ngày 12/3/2024 của Chủ tịch UBND thành phố Ngã Bảy (thời hạn 12 tháng).',
    history: [[2021, 'cstd_co_so'], [2022, 'cstd_co_so'], [2023, 'cstd_co_so']],
  },
  // A thematic award does not count toward merit awards (NĐ 152/2025 Điều 4).
  { name: 'Lưu Thị Kim Ngân', gender: 'nu', birthYear: 1990, position: 'Chủ nhiệm Hợp tác xã', worker: 'nong_dan', history: [[2021, 'lao_dong_tien_tien'], [2022, 'bang_khen_tinh', 'chuyen_de'], [2023, 'cstd_co_so'], [2024, 'cstd_co_so']] },
];

async function childrenOn(ctx: Ctx, parentId: string, day: string) {
  return sql<{ id: string; name: string }>`
    select u.id, u.name from org_parent p join org_unit u on u.id = p.child_id
    where p.parent_id = ${parentId} and (p.valid_from is null or p.valid_from <= ${day}::date) and (p.valid_to is null or p.valid_to >= ${day}::date)
    order by u.name`.execute(ctx.db).then((r) => r.rows);
}

/** Writes the demo registry in batched statements (tens of thousands of rows in seconds), one audit row per part. */
export async function seedAwards(ctx: Ctx, refs: AwardDemoRefs): Promise<{ subjects: number; records: number }> {
  const createdBy = ctx.actor.userId || null;
  const canTho = new Builder(createdBy);
  const units = await childrenOn(ctx, refs.canThoId, '2024-06-30');
  const canThoUnits = units.length ? units : await ctx.db.selectFrom('org_unit').select(['id', 'name']).where('id', '=', refs.canThoId).execute();
  for (const b of canThoBatches(refs)) canTho.add(b, canThoUnits, 2024, b.authority === 'Chủ tịch UBND thành phố Cần Thơ' ? 'QĐ-UBND' : b.authority === PM ? 'QĐ-TTg' : 'QĐ-CTN');

  const tnb = new Builder(createdBy);
  const members = await ctx.db
    .selectFrom('org_group_member as m')
    .innerJoin('org_unit as u', 'u.id', 'm.unit_id')
    .select(['u.id', 'u.name'])
    .where('m.group_id', '=', refs.tnbGroupId)
    .execute();
  members.sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  members.forEach((m, i) => {
    for (const b of tnbBatches((total) => splitAcross(total, members.length, i))) tnb.add(b, [m], 2021, b.authority === PM ? 'QĐ-TTg' : b.authority === PRESIDENT ? 'QĐ-CTN' : 'QĐ-UBND');
  });

  const people = new Builder(createdBy);
  for (const p of HISTORIES) {
    const id = randomUUID();
    people.subjects.push({ id, kind: 'ca_nhan', fullName: p.name, gender: p.gender, birthYear: p.birthYear, position: p.position, orgUnitId: refs.ngaBayWardId, workerCategory: p.worker, note: p.note ?? null });
    for (const [year, code, round] of p.history) {
      const form = FORMS_BY_CODE.get(code)!;
      people.records.push({
        subjectId: id, subjectKind: 'ca_nhan', workerCategory: p.worker, awardCode: code, awardName: form.name, grade: null, level: form.level, year,
        // Year-end decisions, so that these histories stay out of the first-half figures of the seeds.
        decisionNumber: `${300 + year - 2000}/QĐ-UBND`, decisionDate: `${year}-12-${year === 2024 ? '16' : '15'}`,
        decidingAuthority: form.level === 'co_so' ? 'Chủ tịch UBND thành phố Ngã Bảy' : 'Chủ tịch UBND tỉnh Hậu Giang',
        movementId: null, roundKind: round ?? 'thuong_xuyen', orgUnitId: refs.ngaBayCityId, source: 'decision', note: null, createdBy,
      });
    }
  }

  const parts: [string, string, Builder][] = [
    ['Kết quả khen thưởng 6 tháng đầu năm 2024 của thành phố Cần Thơ (báo cáo ngày 28/6/2024)', refs.canThoId, canTho],
    ['Kết quả khen thưởng 6 tháng đầu năm 2021 của Cụm thi đua các tỉnh Tây Nam Bộ (báo cáo ngày 29/7/2021)', members[0]?.id ?? refs.canThoId, tnb],
    ['Quá trình khen thưởng của một số cá nhân Phường Ngã Bảy', refs.ngaBayWardId, people],
  ];
  await inTx(ctx, async (tx) => {
    for (const [, , b] of parts) {
      await insertSubjects(tx, b.subjects);
      await insertRecords(tx, b.records);
    }
    await recordAuditMany(
      tx,
      ctx,
      parts.map(([title, unitId, b]) => ({ action: 'award.import', entity: 'award_record', entityId: null, orgUnitId: unitId, after: { source: title, written: b.records.length, subjectsCreated: b.subjects.length } })),
    );
  });
  return { subjects: parts.reduce((s, [, , b]) => s + b.subjects.length, 0), records: parts.reduce((s, [, , b]) => s + b.records.length, 0) };
}
