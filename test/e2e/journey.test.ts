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

/** The flags this machine needs: no sandbox as root, and no background network calls on a closed network. */
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

describe('a board specialist browses the dated tree in Chromium', () => {
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
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  const node = (page: Page, name: string) =>
    page.locator('.ant-tree-treenode').filter({ has: page.getByText(name, { exact: true }) }).first();

  async function expand(page: Page, name: string) {
    await node(page, name).locator('.ant-tree-switcher').click();
  }

  it('logs in, walks Ngã Bảy before the merger, changes the date and sees the new wards under Cần Thơ', async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/dang-nhap`);
    await page.locator('input[name="username"]').fill('chuyenvien.tw');
    await page.locator('input[type="password"]').fill('ThiDua@2026');
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    for (const item of ['Tổng quan', 'Phong trào thi đua', 'Báo cáo', 'Cụm/Khối thi đua', 'Khen thưởng', 'Văn bản', 'Đơn vị & Tài khoản']) {
      await expect.poll(() => page.getByRole('menuitem', { name: item }).count().catch(() => 0), { timeout: 10_000 }).toBeGreaterThan(0);
    }

    await page.goto(`${base}/don-vi?asOf=2024-06-30`);
    await expand(page, 'Tỉnh Hậu Giang');
    await expand(page, 'Thành phố Ngã Bảy');
    for (const ward of ['Phường Hiệp Lợi', 'Phường Hiệp Thành', 'Phường Lái Hiếu', 'Phường Ngã Bảy', 'Xã Đại Thành', 'Xã Tân Thành']) {
      await node(page, ward).waitFor({ timeout: 10_000 });
    }

    const picker = page.getByPlaceholder('Ngày xem dữ liệu');
    await picker.click();
    await picker.fill('1/8/2025');
    await picker.press('Enter');
    await expect.poll(() => page.url()).toContain('asOf=2025-08-01');
    await expect.poll(() => node(page, 'Tỉnh Hậu Giang').count(), { timeout: 10_000 }).toBe(0);
    await node(page, 'Thành phố Cần Thơ').waitFor({ timeout: 10_000 });
    await expand(page, 'Thành phố Cần Thơ');
    await node(page, 'Phường Đại Thành').waitFor({ timeout: 10_000 });
    await node(page, 'Phường Ngã Bảy').waitFor({ timeout: 10_000 });
    expect(await node(page, 'Phường Hiệp Lợi').count()).toBe(0);

    await node(page, 'Phường Đại Thành').getByText('Phường Đại Thành', { exact: true }).click();
    await page.getByText('Xã Tân Thành').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(import.meta.dirname, '../../.data/e2e-unit.png') }).catch(() => undefined);

    await page.getByPlaceholder('Tìm đơn vị (không cần gõ dấu)').fill('dai thanh');
    await page.getByText('Phường Đại Thành').first().waitFor();
  });
  it('opens the Tây Nam Bộ roll-up computed from the provinces, drills into a province, and sees a registration to review', async () => {
    const page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1400, height: 900 } });
    await page.goto(`${base}/dang-nhap`);
    await page.locator('input[name="username"]').fill('chuyenvien.cantho');
    await page.locator('input[type="password"]').fill('ThiDua@2026');
    await page.getByRole('button', { name: /Đăng nhập/ }).click();
    await page.getByRole('menuitem', { name: 'Tổng hợp số liệu' }).waitFor({ timeout: 10_000 });
    const tnb = (await database.db.selectFrom('org_group').select('id').where('name', 'like', '%Tây Nam Bộ%').executeTakeFirstOrThrow()).id;
    const set = (await database.db.selectFrom('indicator_set').select('id').where('name', 'like', '%nông thôn mới%').executeTakeFirstOrThrow()).id;
    await page.goto(`${base}/tong-hop?groupId=${tnb}&setId=${set}&period=2021-H1`);
    await page.getByText('819', { exact: true }).first().waitFor({ timeout: 15_000 });
    await page.getByText('66,59', { exact: false }).first().waitFor({ timeout: 5_000 });
    await page.getByText('819', { exact: true }).first().click();
    await page.getByText('Tỉnh An Giang').first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(import.meta.dirname, '../../.data/e2e-rollup.png') }).catch(() => undefined);

    await page.goto(`${base}/dang-ky?toReview=1`);
    await page.getByText('Phường Đại Thành').first().waitFor({ timeout: 10_000 });
  });
});
