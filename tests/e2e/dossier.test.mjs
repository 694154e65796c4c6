// A dossier in the officer console (/can-bo/ho-so/{code}): a specialist opens it from the
// queue and finds the applicant, the documents, the full history, the process control
// timeline (Form 06) with each step early, on time or late, and the actions allowed now; one
// action taken by keyboard alone through its dialog, then the form it produced.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { startServer, apiAs, binary } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { dossier, logInAs, setClock, TO_RETURN } from './fixtures.mjs';

let server, browser, first, second, third, ready;

before(async () => {
  server = await startServer();
  browser = await launch();
  // Received Monday 2 March 2026 at 09:00 and claimed by the specialist at once; the page is
  // looked at an hour later.
  await setClock(server.base, '2026-03-02T09:00:00+07:00');
  first = await dossier(server.base, '1.001193', ['claim']);
  second = await dossier(server.base, '1.004222', ['claim']);
  third = await dossier(server.base, '1.004222', ['claim']);
  ready = await dossier(server.base, '1.001193', TO_RETURN);
  await setClock(server.base, '2026-03-02T10:00:00+07:00');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Presses Tab until the focused element's text is `text` (at most `limit` presses).
async function tabTo(page, text, limit = 60) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  assert.fail(`no focusable "${text}" within ${limit} Tab presses`);
}

test('a specialist opens a dossier from the queue and asks for a supplement by keyboard', async () => {
  const api = await apiAs(server.base, 'specialist');
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'specialist', '/can-bo/');
  const link = page.locator('table.queue').getByRole('link', { name: first });
  await link.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.base}/can-bo/ho-so/${first}`);
  await page.locator('h1', { hasText: `Hồ sơ ${first}` }).waitFor();
  await page.getByRole('heading', { name: 'Lịch sử hồ sơ' }).waitFor();

  const stored = (await api('GET', `/api/v1/dossiers/${first}`)).json;
  const main = page.locator('main');
  const text = await main.textContent();
  assert.match(text, new RegExp(stored.applicant.full_name));
  assert.match(text, /Thủ tục đăng ký khai sinh \(1\.001193\)/);
  assert.match(text, /Hẹn trả kết quả17:00 03\/03\/2026/);
  // The documents received, one item each.
  assert.equal(await page.locator('section', { has: page.getByRole('heading', { name: 'Giấy tờ đã nhận' }) })
    .locator('li').count(), stored.documents.length);
  // The full history, in order.
  const history = await page.locator('ol.history > li strong').allTextContents();
  assert.deepEqual(history, ['Tiếp nhận hồ sơ', 'Nhận xử lý']);
  // Form 06: the claim within the first step's time, said in words beside the colour.
  const sheet = (await api('GET', `/api/v1/dossiers/${first}/forms/06.json`)).json;
  const rows = page.locator('table.timeline tbody tr');
  assert.equal(await rows.count(), sheet.handoffs.length);
  const words = { early: 'Trước hạn', on_time: 'Đúng hạn', late: 'Quá hạn', pending: 'Chưa có hạn' };
  for (let i = 0; i < sheet.handoffs.length; i++) {
    assert.equal((await rows.nth(i).locator('.result').textContent()).trim(), words[sheet.handoffs[i].result]);
  }
  // Exactly the actions the server allows now.
  const buttons = await page.locator('.action-list button').count();
  assert.equal(buttons, stored.allowed_actions.length);
  assert.ok(stored.allowed_actions.includes('request_supplement'), stored.allowed_actions.join());
  await page.screenshot({ path: join(screenshots, 'console-dossier-1366.png'), fullPage: true });
  await expectAccessible(page, 'console-dossier-1366');

  // Keyboard only from here: Tab to the action, Enter opens its dialog with the cursor in it.
  await tabTo(page, 'Yêu cầu bổ sung hồ sơ (Mẫu 02)');
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Yêu cầu bổ sung hồ sơ (Mẫu 02)' });
  await dialog.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'act-items');
  await page.keyboard.type('Bản sao giấy chứng nhận kết hôn của cha mẹ');
  await page.keyboard.press('Enter');
  await page.keyboard.type('Giấy chứng sinh ghi sai ngày sinh, cần bản đã đính chính');
  await page.screenshot({ path: join(screenshots, 'console-dossier-dialog-1366.png') });
  await expectAccessible(page, 'console-dossier-dialog-1366');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Xác nhận');
  await page.keyboard.press('Enter');
  await page.getByRole('status').getByText('Đã thực hiện: Yêu cầu bổ sung hồ sơ (Mẫu 02). Tình trạng mới: Chờ bổ sung hồ sơ.').waitFor();
  assert.equal(await dialog.count(), 0);
  assert.match(await page.evaluate(() => document.activeElement.textContent), /^Đã thực hiện/);

  // The form it produced is offered, and it is Form 02.
  const form = page.getByRole('link', { name: 'Mở Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)' });
  const href = await form.getAttribute('href');
  assert.equal(href, `/api/v1/dossiers/${first}/forms/02.pdf`);
  const pdf = await page.evaluate(async (u) => {
    const r = await fetch(u);
    const b = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('Content-Type'), head: String.fromCharCode(...b.slice(0, 5)) };
  }, href);
  assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });
  const after = (await api('GET', `/api/v1/dossiers/${first}`)).json;
  assert.equal(after.status, 'supplement_requested');
  const events = (await api('GET', `/api/v1/dossiers/${first}/history`)).json.events;
  assert.deepEqual(events.at(-1).details.items.map((i) => i.content), [
    'Bản sao giấy chứng nhận kết hôn của cha mẹ', 'Giấy chứng sinh ghi sai ngày sinh, cần bản đã đính chính']);
  assert.deepEqual(await page.locator('ol.history > li strong').allTextContents(),
    ['Tiếp nhận hồ sơ', 'Nhận xử lý', 'Yêu cầu bổ sung hồ sơ']);
  // The step the dossier went to is named in Vietnamese, not by its code.
  const last = page.locator('table.timeline tbody tr').last();
  assert.match(await last.textContent(), /Chờ người nộp bổ sung hồ sơ/);
  assert.doesNotMatch(await main.textContent(), /\bsupplement\b/);
  assert.ok(await page.getByRole('link', { name: 'Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)' }).count());
  await page.screenshot({ path: join(screenshots, 'console-dossier-done-1366.png'), fullPage: true });
  await expectAccessible(page, 'console-dossier-done-1366');
  await page.context().close();
});

test('a dossier on a 360 px phone: a pause needs a listed reason, Escape cancels', async () => {
  const page = await newPage(browser, ...PHONE);
  await logInAs(page, server.base, 'specialist', `/can-bo/ho-so/${second}`);
  await page.locator('h1', { hasText: `Hồ sơ ${second}` }).waitFor();
  await page.getByRole('heading', { name: 'Theo dõi quá trình giải quyết (Mẫu 06)' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'console-dossier-360.png'), fullPage: true });
  await expectAccessible(page, 'console-dossier-360');

  // Escape closes a dialog and gives the focus back to its button.
  const pause = page.getByRole('button', { name: 'Tạm dừng giải quyết' });
  await pause.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('dialog').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('dialog').waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Tạm dừng giải quyết');

  await pause.click();
  const dialog = page.getByRole('dialog', { name: 'Tạm dừng giải quyết' });
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await dialog.getByRole('alert').getByText('Chọn lý do tạm dừng trong danh sách.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'act-reason-code');
  const api = await apiAs(server.base, 'specialist');
  const reasons = (await api('GET', '/api/v1/pause-reasons')).json.reasons;
  const stopping = reasons.find((r) => r.stops_clock);
  await dialog.getByLabel('Lý do tạm dừng').selectOption(stopping.code);
  await dialog.getByLabel('Ghi chú thêm (không bắt buộc)').fill('Chờ kết quả xác minh');
  await page.screenshot({ path: join(screenshots, 'console-dossier-dialog-360.png') });
  await expectAccessible(page, 'console-dossier-dialog-360');
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('status').getByText(/Đã thực hiện: Tạm dừng giải quyết\. Tình trạng mới: Tạm dừng giải quyết\./).waitFor();
  assert.match(await page.locator('dl.facts').first().textContent(), new RegExp(`Tạm dừng${stopping.label}`));
  const stored = (await api('GET', `/api/v1/dossiers/${second}`)).json;
  assert.equal(stored.status, 'paused');
  assert.equal(stored.pause.reason_code, stopping.code);
  assert.equal(await page.locator('.action-list button').count(), stored.allowed_actions.length);
  await page.context().close();
});

test('an apology with a new appointment gives Form 04; a postal return needs its tracking number', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'specialist', `/can-bo/ho-so/${third}`);
  await page.getByRole('button', { name: 'Xin lỗi và hẹn lại (Mẫu 04)' }).click();
  const apology = page.getByRole('dialog', { name: 'Xin lỗi và hẹn lại (Mẫu 04)' });
  await apology.getByLabel('Lý do').fill('Cần xác minh thêm thông tin nơi cư trú');
  await apology.getByRole('button', { name: 'Xác nhận' }).click();
  await apology.getByRole('alert').getByText('Chọn thời điểm hẹn trả kết quả mới.').waitFor();
  await apology.getByLabel('Thời điểm hẹn trả kết quả mới').fill('2026-03-13T17:00');
  await apology.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('status').getByText(/^Đã thực hiện: Xin lỗi và hẹn lại \(Mẫu 04\)/).waitFor();
  const href = await page.getByRole('link', { name: /^Mở Văn bản xin lỗi/ }).getAttribute('href');
  assert.equal(href, `/api/v1/dossiers/${third}/forms/04.pdf`);
  const api = await apiAs(server.base, 'specialist');
  assert.equal((await api('GET', `/api/v1/dossiers/${third}`)).json.due_at, '2026-03-13T17:00:00+07:00');
  assert.match(await page.locator('dl.facts').first().textContent(), /Hẹn trả kết quả17:00 13\/03\/2026/);
  await page.context().close();

  const desk = await newPage(browser, ...DESK);
  await logInAs(desk, server.base, 'receiver', `/can-bo/ho-so/${ready}`);
  await desk.getByRole('button', { name: 'Trả kết quả cho người nộp' }).click();
  const back = desk.getByRole('dialog', { name: 'Trả kết quả cho người nộp' });
  await back.getByLabel('Qua bưu chính công ích').check();
  await back.getByRole('button', { name: 'Xác nhận' }).click();
  await back.getByRole('alert').getByText('Ghi số hiệu bưu gửi.').waitFor();
  assert.equal(await desk.evaluate(() => document.activeElement.id), 'act-tracking');
  await desk.keyboard.type('EB123456789VN');
  await desk.screenshot({ path: join(screenshots, 'console-dossier-return-1366.png') });
  await expectAccessible(desk, 'console-dossier-return-1366');
  await back.getByRole('button', { name: 'Xác nhận' }).click();
  await desk.getByRole('status').getByText(/Tình trạng mới: Đã trả kết quả\./).waitFor();
  assert.match(await desk.locator('ol.history').textContent(), /Số hiệu bưu gửi: EB123456789VN/);
  assert.equal(await desk.locator('.action-list button').count(), 0);
  await desk.context().close();
});

test('the commune admin sees who read a dossier; a specialist does not see the list', async () => {
  // The specialist reads the third dossier at 10:00 (the clock of before()).
  const specialist = await newPage(browser, ...DESK);
  await logInAs(specialist, server.base, 'specialist', `/can-bo/ho-so/${third}`);
  await specialist.getByRole('heading', { name: 'Lịch sử hồ sơ' }).waitFor();
  assert.equal(await specialist.getByRole('heading', { name: 'Lượt xem hồ sơ' }).count(), 0);
  await specialist.context().close();

  const admin = await newPage(browser, ...PHONE);
  await logInAs(admin, server.base, 'admin', `/can-bo/ho-so/${third}`);
  const log = admin.locator('section', { has: admin.getByRole('heading', { name: 'Lượt xem hồ sơ' }) });
  await log.locator('li', { hasText: 'specialist — Xem hồ sơ' }).first().waitFor();
  // The admin's own opening of the page is in the list too, with the machine it came from.
  await log.locator('li', { hasText: 'admin — Xem hồ sơ' }).first().waitFor();
  assert.match(await log.textContent(), /máy 127\.0\.0\.1/);
  await admin.screenshot({ path: join(screenshots, 'dossier-read-log-360.png'), fullPage: true });
  await expectAccessible(admin, 'dossier-read-log-360');
  await admin.context().close();
});

test('a finished dossier whose contact details were erased says so, not blanks', async () => {
  const code = await dossier(server.base, '1.004222');
  const desk = await apiAs(server.base, 'receiver');
  const w = await desk('POST', `/api/v1/dossiers/${code}/actions`, { action: 'withdraw', reason: 'Người nộp rút hồ sơ' });
  assert.equal(w.status, 200, JSON.stringify(w.json));
  // The commune's admin runs the applicant's request on the command line (docs/deploy.md §2a).
  const out = execFileSync(binary, ['pdp', 'erase', '--db', server.db, '--dossier', code, '--ground', 'subject-request'],
    { encoding: 'utf8' });
  assert.match(out, /erased the contact details/);

  const page = await newPage(browser, ...PHONE);
  await logInAs(page, server.base, 'receiver', `/can-bo/ho-so/${code}`);
  const applicant = page.locator('section', { has: page.getByRole('heading', { name: 'Người nộp hồ sơ' }) });
  await applicant.getByText('Số điện thoại và thư điện tử của người nộp đã được xóa theo yêu cầu của người nộp').waitFor();
  assert.match(await applicant.textContent(), /Số điện thoạiĐã xóa/);
  assert.match(await applicant.textContent(), /Nguyễn Thị Mẫu/);  // the record keeps the name
  // It had no address, and the erasure of contact details did not reach one.
  assert.doesNotMatch(await applicant.textContent(), /Địa chỉ/);
  await page.getByText('Xóa dữ liệu cá nhân của người nộp').first().waitFor();
  await page.screenshot({ path: join(screenshots, 'dossier-erased-360.png'), fullPage: true });
  await expectAccessible(page, 'dossier-erased-360');
  await page.context().close();

  // The applicant still follows it on the public page with the phone's last four digits.
  const applicantNo = (await desk('GET', `/api/v1/dossiers/${code}`)).json.applicant.id_number.slice(-5);
  const lookup = await newPage(browser, ...PHONE);
  await lookup.goto(`${server.base}/tra-cuu?code=${code}`);
  await lookup.fill('#phone', applicantNo.slice(-4));
  await lookup.click('button[type=submit]');
  await lookup.waitForSelector('#result:not([hidden])');
  assert.match(await lookup.textContent('#r-steps'), /Xóa dữ liệu cá nhân của người nộp/);
  await expectAccessible(lookup, 'tra-cuu-erased');
  await lookup.context().close();
});

test('a dossier erased whole by a decision shows that its history\'s words were erased', async () => {
  const code = await dossier(server.base, '1.004222');
  const desk = await apiAs(server.base, 'receiver');
  const w = await desk('POST', `/api/v1/dossiers/${code}/actions`,
    { action: 'withdraw', reason: 'Bà Nguyễn Thị Mẫu chuyển nơi ở' });
  assert.equal(w.status, 200, JSON.stringify(w.json));
  const out = execFileSync(binary, ['pdp', 'erase', '--db', server.db, '--dossier', code, '--ground',
    'authority-decision', '--decision', 'Quyết định 16/QĐ-UBND ngày 01/12/2026'], { encoding: 'utf8' });
  assert.match(out, /erased everything/);

  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'receiver', `/can-bo/ho-so/${code}`);
  const history = page.locator('section', { has: page.getByRole('heading', { name: 'Lịch sử hồ sơ' }) });
  await history.getByText('Ghi chú và lý do đã xóa (bảo vệ dữ liệu cá nhân)').waitFor();
  assert.doesNotMatch(await history.textContent(), /chuyển nơi ở/);
  const applicant = page.locator('section', { has: page.getByRole('heading', { name: 'Người nộp hồ sơ' }) });
  assert.match(await applicant.textContent(), /Họ và tênĐã xóa/);
  await page.screenshot({ path: join(screenshots, 'dossier-erased-whole-1366.png'), fullPage: true });
  await expectAccessible(page, 'dossier-erased-whole-1366');
  await page.context().close();
});
