// The public status page a receipt's QR code opens: a citizen on a phone looks a dossier up.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage } from './axe.mjs';

let server, browser, code;

before(async () => {
  server = await startServer();
  browser = await launch();
  const api = await apiAs(server.base, 'receiver');
  await api('PUT', '/api/v1/_test/clock', { now: '2026-02-13T09:00:00+07:00' });
  const proc = await api('GET', '/api/v1/procedures/1.001193');
  const documents = proc.json.required_documents.filter((d) => d.mandatory)
    .map((d) => ({ id: d.id, copies: d.copies }));
  const r = await api('POST', '/api/v1/dossiers', {
    procedure_code: '1.001193', channel: 'counter', documents,
    applicant: { full_name: 'Nguyễn Thị Hồng Đào', id_number: '001203004567', phone: '0912345678' },
  });
  assert.equal(r.status, 201);
  code = r.json.code;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('the QR link opens the page with the code filled in and shows status and appointment', async () => {
  const page = await newPage(browser, 390, 844);
  await page.goto(`${server.base}/tra-cuu?code=${code}`);
  assert.equal(await page.inputValue('#code'), code);
  await page.fill('#phone', '5678');
  await page.click('button[type=submit]');
  await page.waitForSelector('#result:not([hidden])');
  assert.equal(await page.textContent('#r-status'), 'Đang giải quyết');
  assert.equal(await page.textContent('#r-procedure'), 'Thủ tục đăng ký khai sinh');
  // Received Friday 13 Feb 2026 before Tết; one working day → due Monday 23 Feb 17:00.
  assert.match(await page.textContent('#r-due'), /17:00.*23\/02\/2026/);
  assert.match(await page.textContent('#r-steps'), /Tiếp nhận hồ sơ/);
  assert.equal(await page.locator('body').getByText('001203004567').count(), 0);
  await page.screenshot({ path: join(screenshots, 'tra-cuu-found.png'), fullPage: true });
  await expectAccessible(page, 'tra-cuu-found');
  await page.context().close();
});

test('a wrong phone number tells the citizen nothing about the dossier', async () => {
  const page = await newPage(browser, 390, 844);
  await page.goto(`${server.base}/tra-cuu`);
  await page.fill('#code', code);
  await page.fill('#phone', '0000');
  await page.click('button[type=submit]');
  await page.locator('#message', { hasText: 'Không tìm thấy' }).waitFor();
  assert.equal(await page.isHidden('#result'), true);
  await page.screenshot({ path: join(screenshots, 'tra-cuu-not-found.png'), fullPage: true });
  await expectAccessible(page, 'tra-cuu-not-found');
  await page.context().close();
});

test('a citizen whose dossier is late reads the apology and the new appointment', async () => {
  // Sessions expire on the server's clock: log in again after moving it.
  await (await apiAs(server.base, 'receiver'))('PUT', '/api/v1/_test/clock', { now: '2026-03-02T09:00:00+07:00' });
  const desk = await apiAs(server.base, 'receiver');
  const proc = await desk('GET', '/api/v1/procedures/1.004222');
  const documents = proc.json.required_documents.filter((d) => d.mandatory)
    .map((d) => ({ id: d.id, copies: d.copies }));
  const r = await desk('POST', '/api/v1/dossiers', {
    procedure_code: '1.004222', channel: 'counter', documents,
    applicant: { full_name: 'Trần Văn Bình', id_number: '001203009999', phone: '0987654321' },
  });
  assert.equal(r.status, 201);
  await desk('PUT', '/api/v1/_test/clock', { now: '2026-03-12T09:00:00+07:00' });
  const officer = await apiAs(server.base, 'specialist');
  const a = await officer('POST', `/api/v1/dossiers/${r.json.code}/actions`, {
    action: 'apologize', reason: 'Cần xác minh thêm thông tin', new_due_at: '2026-03-25T16:00:00+07:00',
  });
  assert.equal(a.status, 200);

  const page = await newPage(browser, 390, 844);
  await page.goto(`${server.base}/tra-cuu?code=${r.json.code}`);
  await page.fill('#phone', '4321');
  await page.click('button[type=submit]');
  await page.waitForSelector('#r-notices-box:not([hidden])');
  const notice = await page.textContent('#r-notices');
  assert.match(notice, /xin lỗi/);
  assert.doesNotMatch(notice, /Trần Văn Bình|Cần xác minh/);
  assert.match(await page.textContent('#r-due'), /16:00.*25\/03\/2026/);
  await page.screenshot({ path: join(screenshots, 'tra-cuu-apology.png'), fullPage: true });
  await expectAccessible(page, 'tra-cuu-apology');
  await page.context().close();
});
