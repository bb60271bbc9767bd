import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runEligibility } from './eligibility-command';

const EXAMPLES = path.resolve(import.meta.dirname, '../../docs/examples/eligibility');
let out: string[];
let err: string[];

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void err.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const tmp = (name: string, content: string) => {
  const dir = mkdtempSync(path.join(tmpdir(), 'thidua-elig-'));
  const file = path.join(dir, name);
  writeFileSync(file, content);
  return file;
};

describe('thidua eligibility', () => {
  it.each([
    ['cstd-cap-tinh-du-dieu-kien.json', 0, true, undefined],
    ['cstd-cap-tinh-nam-gian-doan.json', 1, false, 2026],
    ['tap-the-ldxs-69-phan-tram.json', 1, false, null],
  ] as const)('runs the documented example %s', async (file, code, eligible, next) => {
    expect(await runEligibility([path.join(EXAMPLES, file)])).toBe(code);
    const r = JSON.parse(out.join('\n'));
    expect(r.eligible).toBe(eligible);
    expect(r.nextEligibleYear).toBe(next);
    expect(err).toEqual([]);
  });

  it('prints an array for an array, and --date sets every decision date', async () => {
    const one = JSON.parse((await import('node:fs')).readFileSync(path.join(EXAMPLES, 'tap-the-ldxs-69-phan-tram.json'), 'utf8'));
    const file = tmp('ds.json', JSON.stringify([one, { ...one, id: 'x', nominee: { ...one.nominee, members: { ...one.nominee.members, ldtt: 70 } } }]));
    expect(await runEligibility([file, '--date', '2025-08-01'])).toBe(1);
    const rs = JSON.parse(out.join('\n'));
    expect(rs.map((r: { eligible: boolean; decisionDate: string; lawVersion: string }) => [r.eligible, r.decisionDate, r.lawVersion])).toEqual([
      [false, '2025-08-01', 'nd_152_2025'],
      [true, '2025-08-01', 'nd_152_2025'],
    ]);
  });

  it.each([
    [['khong-co.json'], 'không tìm thấy tệp khong-co.json'],
    [[], 'Cách dùng: thidua eligibility'],
    [['a.json', '--date', '2025-13-01'], 'ngày "2025-13-01" không hợp lệ'],
  ])('explains %j', async (args, text) => {
    expect(await runEligibility(args)).toBe(2);
    expect(err.join('\n')).toContain(text);
  });

  it('explains a file that is not JSON or not a case, field by field', async () => {
    expect(await runEligibility([tmp('x.json', '{ "award": ')])).toBe(2);
    expect(err.join('\n')).toContain('không phải JSON hợp lệ');
    err = [];
    expect(await runEligibility([tmp('y.json', JSON.stringify({ award: 'ldtt', decisionDate: '2025-01-01', nominee: { kind: 'nguoi' } }))])).toBe(2);
    const text = err.join('\n');
    expect(text).toContain('dữ liệu không hợp lệ');
    expect(text).toContain('  - award: Mã danh hiệu, hình thức khen thưởng không hợp lệ');
    expect(text).toContain('  - nominee.kind: Đối tượng (ca_nhan, tap_the, ho_gia_dinh) không hợp lệ');
    expect(out).toEqual([]);
  });
});
