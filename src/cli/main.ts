import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { connect, type Database } from '../db/connect';
import { migrate } from '../db/migrate';
import { backup, restore } from '../db/backup';
import { buildApp } from '../http/server';
import { importDvhc, readDvhcDir } from '../org/dvhc/import-dvhc';
import { DEMO_PASSWORD, seedDemo } from '../demo/seed-demo';
import { AppError } from '../shared/errors';
import { PROJECT_ROOT, readConfig } from './config';
import { runCheck } from './check-command';
import { runRenderDemo } from './render-demo-command';
import { runEligibility } from './eligibility-command';

const HELP = `thidua — hệ thống quản lý thi đua, khen thưởng

Cách dùng: thidua <lệnh> [tùy chọn]
  start [--demo]                 Khởi động máy chủ (nạp dữ liệu mẫu nếu cơ sở dữ liệu còn trống và có --demo)
  migrate                        Cập nhật cấu trúc cơ sở dữ liệu
  seed --demo [--provinces a,b]  Nạp dữ liệu mẫu từ các văn bản thật
  import-units [--dir D] [--provinces a,b]
                                 Nhập danh mục đơn vị hành chính trước/sau 2025 và bảng chuyển đổi
  backup <tệp.json.gz>           Sao lưu toàn bộ dữ liệu
  restore <tệp.json.gz>          Khôi phục dữ liệu từ bản sao lưu (thay thế dữ liệu hiện có)
  check <tệp> [--outline <tệp>] [--date YYYY-MM-DD] [--json]
                                 Kiểm tra báo cáo (.txt, .docx): số liệu, ngày tháng, lặp, trích dẫn, đề cương
  eligibility <hồ-sơ.json> [--date YYYY-MM-DD]
                                 Xét điều kiện khen thưởng (định dạng: docs/eligibility-input.md), in JSON
  render-demo [tệp.png]          Kết xuất trang 1 báo cáo tổng hợp mẫu (Cụm Tây Nam Bộ 2021) ra PNG (cần LibreOffice)

Biến môi trường: PORT, HOST, DATA_DIR (thư mục dữ liệu nhúng), DATABASE_URL (PostgreSQL), COOKIE_SECURE=1`;

const version = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

async function open(): Promise<Database> {
  const config = readConfig();
  if (!config.databaseUrl) mkdirSync(config.dataDir, { recursive: true });
  const database = await connect({ databaseUrl: config.databaseUrl, dataDir: config.databaseUrl ? undefined : config.dataDir });
  await migrate(database);
  return database;
}

const provincesOpt = (v: string | undefined) => (v ? v.split(',').map((s) => s.trim()).filter(Boolean) : undefined);

async function isEmpty(database: Database): Promise<boolean> {
  return !(await database.db.selectFrom('app_user').select('id').limit(1).executeTakeFirst());
}

async function runSeed(database: Database, provinces?: string[]) {
  const t0 = Date.now();
  const result = await seedDemo(database.db, await readDvhcDir(readConfig().dvhcDir), { provinces });
  console.log(`Đã nạp dữ liệu mẫu trong ${((Date.now() - t0) / 1000).toFixed(1)} giây: ${result.imported.unitsAdded} đơn vị hành chính, ${result.imported.lineageAdded} quan hệ sáp nhập.`);
  console.log(`Tài khoản mẫu (mật khẩu ${DEMO_PASSWORD}):`);
  for (const a of result.accounts) console.log(`  ${a.username.padEnd(20)} ${a.role.padEnd(18)} ${a.unit}`);
}

function ensureWebBuilt(webDir: string) {
  if (existsSync(path.join(webDir, 'index.html'))) return;
  console.log('Đang xây dựng giao diện web (lần đầu)…');
  const r = spawnSync(process.execPath, [path.join(PROJECT_ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build'], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (r.status !== 0) throw new Error('Không dựng được giao diện web (vite build).');
}

async function main(argv: string[]) {
  const [command, ...rest] = argv;
  if (command === 'check') {
    process.exitCode = await runCheck(rest);
    return;
  }
  if (command === 'eligibility') {
    process.exitCode = await runEligibility(rest);
    return;
  }
  if (command === 'render-demo') {
    process.exitCode = await runRenderDemo(rest);
    return;
  }
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: { demo: { type: 'boolean' }, provinces: { type: 'string' }, dir: { type: 'string' } },
  });
  switch (command) {
    case 'start': {
      const t0 = Date.now();
      const config = readConfig();
      ensureWebBuilt(config.webDir);
      const database = await open();
      if (values.demo && (await isEmpty(database))) await runSeed(database);
      const app = await buildApp({ database, version, webDir: config.webDir, secureCookies: config.secureCookies, trustProxy: config.trustProxy, logger: false });
      const stop = async () => {
        await app.close();
        await database.close();
        process.exit(0);
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
      await app.listen({ port: config.port, host: config.host });
      if (database.kind === 'pglite') {
        // PGlite's write-ahead log only shrinks at a checkpoint; a long-running server takes one regularly.
        setInterval(() => void sql`checkpoint`.execute(database.db).catch(() => undefined), 30 * 60_000).unref();
      }
      const where = config.databaseUrl ? 'PostgreSQL (DATABASE_URL)' : `PGlite nhúng tại ${config.dataDir}`;
      console.log(`thidua ${version} sẵn sàng sau ${((Date.now() - t0) / 1000).toFixed(1)} giây — cơ sở dữ liệu: ${where}`);
      console.log(`Mở trình duyệt: http://localhost:${config.port}`);
      return;
    }
    case 'migrate': {
      const database = await open();
      console.log('Cấu trúc cơ sở dữ liệu đã được cập nhật.');
      await database.close();
      return;
    }
    case 'seed': {
      if (!values.demo) throw new AppError('VALIDATION', 'Hãy dùng: thidua seed --demo');
      const database = await open();
      if (!(await isEmpty(database))) console.log('Cơ sở dữ liệu đã có dữ liệu; bỏ qua dữ liệu mẫu.');
      else await runSeed(database, provincesOpt(values.provinces));
      await database.close();
      return;
    }
    case 'import-units': {
      const database = await open();
      const r = await importDvhc(database.db, await readDvhcDir(values.dir ?? readConfig().dvhcDir), { provinces: provincesOpt(values.provinces) });
      console.log(`Đã nhập ${r.unitsAdded} đơn vị, ${r.linksAdded} quan hệ trực thuộc, ${r.lineageAdded} quan hệ sáp nhập (đơn vị đã có được giữ nguyên).`);
      await database.close();
      return;
    }
    case 'backup':
    case 'restore': {
      const file = positionals[0];
      if (!file) throw new AppError('VALIDATION', `Hãy chỉ ra tệp: thidua ${command} <tệp.json.gz>`);
      const database = await open();
      const counts = command === 'backup' ? await backup(database, file) : await restore(database, file);
      console.log(`${command === 'backup' ? 'Đã sao lưu' : 'Đã khôi phục'}: ${Object.entries(counts).map(([t, n]) => `${t} ${n}`).join(', ')}`);
      await database.close();
      return;
    }
    default:
      console.log(HELP);
      if (command && command !== 'help' && command !== '--help') process.exitCode = 2;
  }
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(`Lỗi: ${err instanceof Error ? err.message : String(err)}`);
  if (!(err instanceof AppError) && process.env.DEBUG) console.error(err);
  process.exit(1);
});
