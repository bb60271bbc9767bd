import { existsSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/db/connect';
import { buildApp } from '../../src/http/server';
import { openTestDb } from '../support/databases';
import { seedDemoRegion, TODAY } from '../support/fixtures';

const WEB_DIR = path.resolve(import.meta.dirname, '../../web/dist');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('a board specialist looks up the award registry and its statistics in Chromium', () => {
  let database: Database;
  let app: FastifyInstance;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(path.join(WEB_DIR, 'index.html'))) throw new Error('web/dist is missing: run `npm run build` first (npm test does)');
    database = await openTestDb('pglite');
    await seedDemoRegion(database, { awards: true });
    app = await buildApp({ database, version: 'e2e', webDir: WEB_DIR, today: () => TODAY });
    base = await app.listen({ port: 0, host: '127.0.0.1' });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  }, 240_000);
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function login(page: Page, username: string) {
    await page.goto(`${base}/dang-nhap`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[type="password"]').fill('ThiDua@2026');
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.getByRole('menuitem', { name: 'Sổ khen thưởng' }).waitFor({ timeout: 15_000 });
  }

  it('finds a person without diacritics and in another word order, reads the timeline and what comes next', async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
    await login(page, 'chuyenvien.cantho');
    await page.getByRole('menuitem', { name: 'Sổ khen thưởng' }).click();
    const search = page.getByLabel('Tìm trong sổ khen thưởng');
    await search.fill('duyen trinh');
    await search.press('Enter');
    await page.getByText('Trịnh Thị Mỹ Duyên').first().click();
    await page.getByRole('heading', { name: 'Quá trình khen thưởng' }).waitFor({ timeout: 15_000 });
    await page.getByText('2022 · Lao động tiên tiến').waitFor();
    await page.getByRole('heading', { name: 'Khả năng đề nghị khen thưởng tiếp theo' }).waitFor();
    await page.getByText('Chưa đủ điều kiện').first().waitFor();
    await page.screenshot({ path: path.join(import.meta.dirname, '../../.data/e2e-award-profile.png') }).catch(() => undefined);
  });

  it("adds up seed 002's first half of 2024 for Cần Thơ on the statistics page", async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
    await login(page, 'chuyenvien.cantho');
    await page.goto(`${base}/khen-thuong/thong-ke`);
    for (const [label, value] of [['Từ ngày', '1/1/2024'], ['Đến ngày', '30/6/2024']] as const) {
      const input = page.getByLabel(label);
      await input.click();
      await input.fill(value);
      await input.press('Enter');
    }
    await expect.poll(() => page.locator('.ant-statistic').first().innerText(), { timeout: 15_000 }).toContain('3.111');
    await page.getByText('Biểu thống kê báo cáo Bộ Nội vụ').waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /Biểu 0603\.N/ }).click()]);
    expect(download.suggestedFilename()).toMatch(/^bieu-0603-N-\d{4}\.xlsx$/);
  });

  it('opens the verification page of a printed certificate without signing in, and says no to a made-up code', async () => {
    const cert = await database.db.selectFrom('certificate').select('code').orderBy('issued_at').executeTakeFirstOrThrow();
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1000, height: 900 } });
    await page.goto(`${base}/xac-minh/${cert.code}`);
    await page.getByText('Giấy chứng nhận hợp lệ').waitFor({ timeout: 15_000 });
    const text = await page.locator('body').innerText();
    expect(text).toContain('Bằng khen');
    // Nothing beyond what the certificate prints: no birth year, no ID number, no menu of the signed-in app.
    expect(text).not.toMatch(/Năm sinh|định danh|Sổ khen thưởng/);
    await page.goto(`${base}/xac-minh/AAAAAAAAAAAAAAAAAAAAAAAAAA`);
    await page.getByText('Không tìm thấy giấy chứng nhận với mã này').waitFor({ timeout: 15_000 });
  });

  it("sets the city's own quota for thematic awards, which the law leaves to the province", async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
    await login(page, 'chuyenvien.cantho');
    await page.getByRole('menuitem', { name: 'Thiết lập khen thưởng' }).click();
    const quota = page.getByLabel(/Tỷ lệ tối đa: Khen thưởng phong trào thi đua chuyên đề: tỷ lệ cá nhân/);
    await quota.fill('5');
    await page.getByRole('button', { name: 'Lưu thiết lập' }).click();
    await page.getByText('Đã lưu thiết lập khen thưởng của đơn vị.').waitFor({ timeout: 15_000 });
    const saved = await database.db.selectFrom('award_local_settings').select('sets').executeTakeFirstOrThrow();
    expect(JSON.stringify(saved.sets)).toContain('"maxPercent":5');
  });
});

