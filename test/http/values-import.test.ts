import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import type { ImportResponse, IndicatorSetDetail } from '../../src/shared/api/indicators';
import { openTestDb } from '../support/databases';
import { seedDemoRegion, unitId } from '../support/fixtures';
import { loginAs, testApp, type Session } from '../support/http';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// The upload path is the same SQL on both backends (covered in indicators.test.ts); this file tests the file handling.
describe('XLSX template and upload of figures', () => {
  let database: Database;
  let app: FastifyInstance;
  let central: Session;
  let set: IndicatorSetDetail;
  let hauGiang: string;

  const upload = (body: Buffer, confirm = false) =>
    app.inject({ method: 'POST', url: `/api/values/import?setId=${set.id}&kind=actual&confirm=${confirm}`, headers: { cookie: central.cookie, 'x-csrf-token': central.csrf, 'content-type': XLSX }, body });
  const count = async () => (await database.db.selectFrom('indicator_value').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow()).n;
  async function template(): Promise<ExcelJS.Workbook> {
    const r = await central.get(`/api/values/template.xlsx?setId=${set.id}&unitId=${hauGiang}&period=2024`);
    expect(r.statusCode).toBe(200);
    expect(r.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    return wb;
  }
  const bytes = async (wb: ExcelJS.Workbook) => Buffer.from(await wb.xlsx.writeBuffer());

  beforeAll(async () => {
    database = await openTestDb('pglite');
    await seedDemoRegion(database);
    app = await testApp(database);
    central = await loginAs(app, 'chuyenvien.tw', undefined, '10.9.0.1');
    const sets = (await central.get('/api/indicator-sets')).json() as { items: { id: string; name: string }[] };
    set = (await central.get(`/api/indicator-sets/${sets.items.find((s) => s.name.includes('nông thôn mới'))!.id}`)).json() as IndicatorSetDetail;
    hauGiang = await unitId(database, 'pre2025', '93');
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it('reports every wrong cell by address and writes nothing until confirmed, then only the valid cells', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('Số liệu')!;
    expect(ws.getRow(4).getCell(4).value).toBe('NTM_XA_DAT_CHUAN');
    ws.getCell('D6').value = 36; // Hậu Giang itself
    ws.getCell('E6').value = '51';
    ws.getCell('D7').value = '6.000.0000.000';
    ws.getCell('E7').value = 'mười';
    const before = await count();
    const first = (await upload(await bytes(wb))).json() as ImportResponse;
    expect(first).toMatchObject({ applied: false, saved: 0, valid: 2 });
    expect(first.errors.map((e) => e.cell)).toEqual(['D7', 'E7']);
    expect(first.errors[0]!.message).toMatch(/phân nhóm hàng nghìn sai/);
    expect(await count()).toBe(before);
    const second = (await upload(await bytes(wb), true)).json() as ImportResponse;
    expect(second).toMatchObject({ applied: true, saved: 2 });
    expect(Number(await count())).toBe(Number(before) + 2);
  });

  it('names the id cell of a row whose unit does not exist', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('Số liệu')!;
    ws.getCell('B9').value = '00000000-0000-4000-8000-000000000000';
    ws.getCell('D9').value = 3;
    const r = (await upload(await bytes(wb))).json() as ImportResponse;
    expect(r.applied).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ sheet: 'Số liệu', cell: 'B9', message: expect.stringContaining('không có trong hệ thống') })]);
  });

  it('names the cell of a broken cross-indicator rule', async () => {
    const wb = await template();
    const ws = wb.getWorksheet('Số liệu')!;
    ws.getCell('D8').value = 90;
    ws.getCell('E8').value = 80;
    const r = (await upload(await bytes(wb))).json() as ImportResponse;
    expect(r.applied).toBe(false);
    expect(r.errors).toEqual([expect.objectContaining({ cell: 'D8', message: expect.stringContaining('phải ≤') })]);
  });

  it('refuses files that are not XLSX, damaged, without the columns, or too large — with a Vietnamese message', async () => {
    const before = await count();
    const notXlsx = await upload(Buffer.from('Tên đơn vị;Số xã\nAn Giang;61\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json()).toMatchObject({ error: { message: 'Tệp tải lên không phải tệp Excel .xlsx.' } });
    const otherZip = await upload(Buffer.from(zipSync({ 'a.txt': new TextEncoder().encode('x') })));
    expect((otherZip.json() as { error: { message: string } }).error.message).toMatch(/không phải bảng tính/);
    const truncated = await upload((await bytes(await template())).subarray(0, 2000));
    expect(truncated.statusCode).toBe(400);
    expect((truncated.json() as { error: { message: string } }).error.message).toMatch(/hỏng/);
    const wb = await template();
    wb.getWorksheet('Số liệu')!.spliceColumns(2, 1);
    const noIdColumn = await upload(await bytes(wb));
    expect(noIdColumn.statusCode).toBe(400);
    expect((noIdColumn.json() as { error: { message: string } }).error.message).toMatch(/Thiếu cột "Mã định danh đơn vị"/);
    const huge = await upload(Buffer.concat([Buffer.from('PK\u0003\u0004'), Buffer.alloc(21 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(await count()).toBe(before);
  });
});
