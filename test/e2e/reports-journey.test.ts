import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { unzipSync, strFromU8 } from 'fflate';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { buildApp } from '../../src/http/server';
import { openTestDb } from '../support/databases';
import { seedDemoRegion, TODAY } from '../support/fixtures';

const WEB_DIR = path.resolve(import.meta.dirname, '../../web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const OUTLINE_004 = readFileSync(path.resolve(import.meta.dirname, '../../src/demo/data/outline-004.txt'), 'utf8');
const SECTION_I = 'I. ĐẶC ĐIỂM, TÌNH HÌNH CHUNG CỦA CƠ QUAN, ĐƠN VỊ, ĐỊA PHƯƠNG';

describe('a report campaign from outline 004, in Chromium', () => {
  let database: Database;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` first (npm test does)');
    database = await openTestDb('pglite');
    await seedDemoRegion(database);
    app = await buildApp({ database, version: 'e2e', webDir: WEB_DIR, today: () => TODAY });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function login(username: string): Promise<Page> {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 950 }, acceptDownloads: true });
    const page = await context.newPage();
    page.setDefaultTimeout(20_000);
    await page.goto(`${base}/dang-nhap`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[type="password"]').fill('ThiDua@2026');
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.getByRole('menuitem', { name: 'Tổng quan' }).first().waitFor();
    return page;
  }

  const saved = (page: Page) => page.getByRole('status').filter({ hasText: 'Đã lưu lúc' }).first().waitFor();

  it('specialist imports the outline and sends a campaign; the officer submits; returned, fixed, resubmitted, accepted; synthesis composed and downloaded as DOCX', async () => {
    const specialist = await login('chuyenvien.cantho');
    await specialist.goto(`${base}/bao-cao/de-cuong/moi`);
    await specialist.getByLabel('Nội dung đề cương').fill(OUTLINE_004);
    await specialist.getByRole('button', { name: 'Phân tích đề cương' }).click();
    await specialist.getByText('III.2').first().waitFor();
    await specialist.getByLabel('Tên đề cương').fill('Đề cương kèm Công văn 3959 (thử nghiệm)');
    await specialist.getByRole('button', { name: 'Lưu đề cương' }).click();
    await specialist.waitForURL(/\/bao-cao\/de-cuong\/[0-9a-f-]{36}/);
    const outlineId = /de-cuong\/([0-9a-f-]{36})/.exec(specialist.url())![1]!;

    await specialist.goto(`${base}/bao-cao/yeu-cau/moi?outlineId=${outlineId}`);
    const deadline = specialist.getByLabel('Hạn nộp');
    await deadline.click();
    await deadline.fill('15/12/2026');
    await deadline.press('Tab');
    const recipients = specialist.getByLabel('Đơn vị nhận');
    await recipients.click();
    await recipients.fill('nga bay');
    // antd keeps an invisible a11y copy of the options; click the visible item.
    await specialist.locator('.ant-select-item-option').filter({ hasText: 'Phường Ngã Bảy' }).first().click();
    await specialist.getByRole('button', { name: 'Tạo và gửi' }).click();
    await specialist.waitForURL(/\/bao-cao\/yeu-cau\/[0-9a-f-]{36}$/);
    const campaignUrl = specialist.url();
    await specialist.getByText('Chưa mở').first().waitFor();

    const officer = await login('canbo.ngabay');
    await officer.goto(`${base}/bao-cao/cua-don-vi`);
    await officer.getByRole('link', { name: 'Soạn báo cáo' }).first().click();
    await officer.waitForURL(/\/bao-cao\/bao-cao\/[0-9a-f-]{36}/);
    const reportUrl = officer.url();
    const sectionI = officer.getByRole('textbox', { name: SECTION_I, exact: true });
    await sectionI.click();
    await sectionI.pressSequentially('Toàn phường có 61/119 khu vực đạt chuẩn văn minh đô thị, đạt tỷ lệ 60,5%.');
    await saved(officer);
    await officer.getByRole('button', { name: 'Nộp báo cáo' }).click();
    const findings = officer.getByRole('dialog').filter({ hasText: 'Báo cáo còn điểm cần xem lại' });
    await findings.getByText('51,26%').first().waitFor();
    await findings.getByRole('button', { name: 'Vẫn nộp' }).click();
    await officer.getByText('Đã nộp đúng hạn').first().waitFor();

    await specialist.goto(campaignUrl);
    await specialist.getByRole('link', { name: 'Xem báo cáo' }).first().click();
    await specialist.waitForURL(reportUrl);
    await specialist.getByRole('button', { name: 'Trả lại' }).click();
    const reason = specialist.getByRole('dialog');
    await reason.getByLabel('Lý do').fill('Tỷ lệ ở mục I chưa khớp với số liệu.');
    await reason.getByRole('button', { name: 'Trả lại' }).click();
    await specialist.getByText('Bị trả lại').first().waitFor();

    await officer.reload();
    await officer.getByText('Tỷ lệ ở mục I chưa khớp với số liệu.').first().waitFor();
    const fix = officer.getByRole('textbox', { name: SECTION_I, exact: true });
    await fix.click();
    await officer.keyboard.press('Control+A');
    await fix.pressSequentially('Toàn phường có 61/119 khu vực đạt chuẩn văn minh đô thị, đạt tỷ lệ 51,26%.');
    await saved(officer);
    await officer.getByRole('button', { name: 'Nộp lại' }).click();
    const again = officer.getByRole('dialog').filter({ hasText: 'Báo cáo còn điểm cần xem lại' });
    await again.getByRole('button', { name: 'Vẫn nộp' }).click();
    await officer.getByText('Đã nộp đúng hạn').first().waitFor();

    await specialist.reload();
    await specialist.getByRole('button', { name: 'Duyệt' }).click();
    await specialist.getByText('Đã duyệt').first().waitFor();

    await specialist.goto(`${campaignUrl}/tong-hop`);
    await specialist.getByRole('button', { name: 'Soạn báo cáo tổng hợp' }).click();
    await specialist.getByText('- Phường Ngã Bảy:').first().waitFor();
    const [download] = await Promise.all([specialist.waitForEvent('download'), specialist.getByRole('button', { name: 'Tải DOCX' }).first().click()]);
    const file = readFileSync((await download.path())!);
    const xml = strFromU8(unzipSync(new Uint8Array(file))['word/document.xml']!);
    expect(xml).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(xml).toContain('Phường Ngã Bảy:');
    expect(xml).toContain('đạt tỷ lệ 51,26%');
    await specialist.screenshot({ path: path.join(import.meta.dirname, '../../.data/e2e-synthesis.png') }).catch(() => undefined);
  }, 300_000);
});
