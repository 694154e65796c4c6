// The leaders' dashboard (/bao-cao/): a leader logs in, sees the month's figures, clicks the
// count of dossiers finished late and lands on exactly those dossiers; downloads the overview
// as XLSX, which LibreOffice (headless) opens with the right totals row; axe-clean at 360 px
// and 1366 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { dossier, setClock } from './fixtures.mjs';

let server, browser;
const late = [];
let onTime, open;

// This month as the browser's page picks it by default (Vietnam's date).
function thisMonth() {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh', year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  return `${parts.find((p) => p.type === 'year').value}-${parts.find((p) => p.type === 'month').value}`;
}

async function finish(code) {
  const desk = await apiAs(server.base, 'receiver');
  const r = await desk('POST', `/api/v1/dossiers/${code}/actions`, { action: 'return_result', method: 'counter' });
  assert.equal(r.status, 200, JSON.stringify(r.json));
}

before(async () => {
  server = await startServer();
  browser = await launch();
  const month = thisMonth();
  // Received on the 1st at 08:00; one returned the same morning (early), two returned ten
  // days later (late), one left open (overdue).
  await setClock(server.base, `${month}-01T08:00:00+07:00`);
  const steps = ['claim', 'approve', 'sign', 'result_ready'];
  onTime = await dossier(server.base, '1.001193', steps);
  late.push(await dossier(server.base, '1.001193', steps));
  late.push(await dossier(server.base, '1.001193', steps));
  open = await dossier(server.base, '1.001193', ['claim']);
  await finish(onTime);
  await setClock(server.base, `${month}-11T09:00:00+07:00`);
  for (const code of late) await finish(code);
  late.sort();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logIn(page, username) {
  await page.goto(`${server.base}/bao-cao/`);
  await page.waitForURL(/\/can-bo\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill('motcua-demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.base}/bao-cao/`);
}

test('a leader clicks the late count and lands on exactly those dossiers', async () => {
  const page = await newPage(browser, ...DESK);
  await logIn(page, 'leader');
  await page.getByRole('heading', { name: 'Tổng quan' }).waitFor();
  const lateLink = page.getByRole('link', { name: '2 — xem danh sách: Giải quyết quá hạn' }).first();
  await lateLink.waitFor();
  await page.locator('table.rates').first().waitFor();
  await page.locator('#h-qua-han ~ p strong').waitFor();
  await page.screenshot({ path: join(screenshots, 'dashboard-1366.png'), fullPage: true });
  await expectAccessible(page, 'dashboard-1366');

  await lateLink.click();
  await page.waitForURL(/\/bao-cao\/ho-so\?measure=finished_late/);
  await page.locator('table.drill tbody tr').first().waitFor();
  const codes = (await page.locator('table.drill tbody th').allTextContents()).map((s) => s.trim()).sort();
  assert.deepEqual(codes, late);
  await page.screenshot({ path: join(screenshots, 'dashboard-late-list-1366.png'), fullPage: true });
  await expectAccessible(page, 'dashboard-late-list-1366');
  // Each code opens the console's dossier page.
  await page.getByRole('link', { name: late[0] }).click();
  await page.waitForURL(`${server.base}/can-bo/ho-so/${late[0]}`);

  // The overdue dossier is in the backlog, by bucket.
  await page.goto(`${server.base}/bao-cao/qua-han`);
  await page.locator('table.drill tbody tr').first().waitFor();
  assert.deepEqual((await page.locator('table.drill tbody th').allTextContents()).map((s) => s.trim()), [open]);
  await page.context().close();
});

test('the overview downloads as XLSX that LibreOffice opens with the right totals', async () => {
  const page = await newPage(browser, ...DESK);
  await logIn(page, 'leader');
  const link = page.getByRole('link', { name: 'Tải Excel (.xlsx) — tổng quan' });
  await link.waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  const dir = mkdtempSync(join(tmpdir(), 'motcua-xlsx-'));
  try {
    const file = join(dir, 'tong-quan.xlsx');
    await download.saveAs(file);
    execFileSync('soffice', ['--headless', '-env:UserInstallation=file://' + join(dir, 'profile'),
      '--convert-to', 'csv:Text - txt - csv (StarCalc):44,34,76', '--outdir', dir, file], { stdio: 'ignore', timeout: 120000 });
    const csv = readFileSync(join(dir, 'tong-quan.csv'), 'utf8');
    const totals = csv.split(/\r?\n/).find((l) => l.startsWith('Tổng cộng'));
    assert.ok(totals, csv);
    // Received 4, of which 0 online; early 1, on time 0, late 2; open on time 0, overdue 1.
    const cells = totals.split(',');
    assert.deepEqual(cells.slice(1, 8).map(Number), [4, 0, 1, 0, 2, 0, 1], totals);
    assert.match(csv, /Tiếp nhận/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  await page.context().close();
});

test('the dashboard on a phone', async () => {
  const page = await newPage(browser, ...PHONE);
  await logIn(page, 'leader');
  await page.getByRole('link', { name: '2 — xem danh sách: Giải quyết quá hạn' }).first().waitFor();
  await page.locator('#h-qua-han ~ p strong').waitFor();
  await page.screenshot({ path: join(screenshots, 'dashboard-360.png'), fullPage: true });
  await expectAccessible(page, 'dashboard-360');
  // The commune's staff cannot read the province's figures.
  const api = await apiAs(server.base, 'receiver');
  assert.equal((await api('GET', `/api/v1/stats/backlog?agency=48`)).status, 403);
  await page.context().close();
});
