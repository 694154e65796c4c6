// Reception at the counter, keyboard first: the receiver finds the procedure by typing, enters
// the applicant (the ID number checked as it is typed), ticks the documents on the counter,
// receives the dossier, and opens its receipt (Form 01) to print.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { setClock } from './fixtures.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  await setClock(server.base, '2026-03-02T09:00:00+07:00');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function logInAt(page, path) {
  await page.goto(`${server.base}${path}`);
  await page.waitForURL(/\/can-bo\/dang-nhap/);
  await page.getByLabel('Tên đăng nhập').fill('receiver');
  await page.getByLabel('Mật khẩu').fill('motcua-demo');
  await page.keyboard.press('Enter');
  await page.waitForURL(`${server.base}${path}`);
}

test('a receiver receives a birth registration and opens its receipt', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAt(page, '/can-bo/');
  await page.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).click();
  await page.waitForURL(`${server.base}/can-bo/tiep-nhan`);
  await page.locator('h1', { hasText: 'Tiếp nhận hồ sơ' }).waitFor();

  const search = page.getByLabel('Tìm thủ tục theo tên hoặc mã');
  await search.focus();
  await page.keyboard.type('dang ky khai sinh');
  await page.getByRole('radio', { name: /Thủ tục đăng ký khai sinh \(1\.001193\)/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Đã chọn: Thủ tục đăng ký khai sinh').waitFor();

  await page.getByLabel('Họ và tên').fill('Lê Thị Bích Ngọc');
  const id = page.getByLabel('Số định danh cá nhân');
  await id.fill('00120300456');
  await id.press('Tab');
  await page.getByText('Số định danh cá nhân gồm đúng 12 chữ số (đã nhập 11).').waitFor();
  assert.equal(await id.getAttribute('aria-invalid'), 'true');
  await id.fill('001203004561');
  assert.equal(await page.getByText(/gồm đúng 12 chữ số \(đã nhập/).count(), 0);
  await page.getByLabel('Số điện thoại').fill('0905 111 222');

  // Nothing ticked: nothing is received, and the officer is told what is missing.
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await page.getByRole('alert').getByText(/Hồ sơ chưa đủ, chưa được tiếp nhận/).waitFor();
  assert.match(await page.evaluate(() => document.activeElement.id), /^doc-\d+$/);
  await page.screenshot({ path: join(screenshots, 'console-reception-missing-1366.png'), fullPage: true });
  await expectAccessible(page, 'console-reception-missing-1366');

  // Tick the mandatory documents by keyboard: Space on each, Tab past its copies.
  const mandatory = page.locator('.doc-checks li', { hasText: '(bắt buộc)' });
  const n = await mandatory.count();
  assert.ok(n >= 3, `${n} mandatory documents`);
  for (let i = 0; i < n; i++) {
    await mandatory.nth(i).locator('input[type=checkbox]').focus();
    await page.keyboard.press('Space');
  }
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('h1', { hasText: 'Đã tiếp nhận hồ sơ' }).waitFor();
  const code = (await page.locator('dd.code').textContent()).trim();
  assert.match(code, /^20410-260302-\d{4}$/);
  // Received Monday 2 March 09:00, one working day: the result on Tuesday 3 March at 17:00.
  assert.match(await page.locator('main').textContent(), /Hẹn trả kết quả17:00 03\/03\/2026/);
  await page.screenshot({ path: join(screenshots, 'console-reception-done-1366.png') });
  await expectAccessible(page, 'console-reception-done-1366');

  // The receipt opens with the session cookie: a PDF.
  const href = await page.getByRole('link', { name: /In Giấy tiếp nhận/ }).getAttribute('href');
  const pdf = await page.evaluate(async (u) => {
    const r = await fetch(u);
    return { status: r.status, type: r.headers.get('Content-Type'), head: (await r.text()).slice(0, 5) };
  }, href);
  assert.deepEqual(pdf, { status: 200, type: 'application/pdf', head: '%PDF-' });

  const api = await apiAs(server.base, 'receiver');
  const stored = await api('GET', `/api/v1/dossiers/${code}`);
  assert.equal(stored.status, 200);
  assert.equal(stored.json.applicant.full_name, 'Lê Thị Bích Ngọc');
  assert.equal(stored.json.applicant.phone, '0905111222');
  assert.equal(stored.json.channel, 'counter');

  // The next applicant starts from an empty form.
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
  await page.locator('#proc-q:focus').waitFor();
  assert.equal(await page.getByLabel('Họ và tên').inputValue(), '');
  await page.context().close();
});

test('reception on a 360 px phone, and a specialist is told it is not theirs', async () => {
  const page = await newPage(browser, ...PHONE);
  await logInAt(page, '/can-bo/tiep-nhan');
  await page.getByLabel('Tìm thủ tục theo tên hoặc mã').fill('ket hon');
  const marriage = page.getByRole('radio', { name: /Thủ tục đăng ký kết hôn \(1\.000894\)/ });
  await marriage.check();
  await page.locator('.doc-checks li').first().waitFor();
  await page.screenshot({ path: join(screenshots, 'console-reception-360.png'), fullPage: true });
  await expectAccessible(page, 'console-reception-360');
  await page.context().close();

  const other = await newPage(browser, ...DESK);
  await other.goto(`${server.base}/can-bo/dang-nhap?tiep=%2Fcan-bo%2Ftiep-nhan`);
  await other.getByLabel('Tên đăng nhập').fill('specialist');
  await other.getByLabel('Mật khẩu').fill('motcua-demo');
  await other.keyboard.press('Enter');
  await other.waitForURL(`${server.base}/can-bo/tiep-nhan`);
  await other.getByText('Chỉ cán bộ tiếp nhận được tiếp nhận hồ sơ.').waitFor();
  assert.equal(await other.getByRole('link', { name: 'Tiếp nhận hồ sơ' }).count(), 0);
  await other.context().close();
});

// An incomplete dossier is not received: the officer issues Form 02 (guidance to supplement)
// or Form 03 (refusal) instead, and its PDF opens to be printed. Keyboard only.
async function incompleteAt(page, name, phone) {
  const search = page.getByLabel('Tìm thủ tục theo tên hoặc mã');
  await search.focus();
  await page.keyboard.type('dang ky khai sinh');
  await page.getByRole('radio', { name: /Thủ tục đăng ký khai sinh \(1\.001193\)/ }).waitFor();
  await page.keyboard.press('Enter');
  await page.getByText('Đã chọn: Thủ tục đăng ký khai sinh').waitFor();
  await page.getByLabel('Họ và tên').fill(name);
  await page.getByLabel('Số điện thoại').fill(phone);
  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).focus();
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Hồ sơ chưa được tiếp nhận' }).waitFor();
}

function pdfRequest(page) {
  return page.context().waitForEvent('request',
    (r) => /\/api\/v1\/reception-notices\/[^/]+\.pdf$/.test(r.url()));
}

async function fetchPdf(page, href) {
  return page.evaluate(async (u) => {
    const r = await fetch(u);
    const bytes = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('Content-Type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
  }, href);
}

test('an incomplete dossier gets Form 02 by keyboard, and nothing is received', async () => {
  const api = await apiAs(server.base, 'receiver');
  const before = (await api('GET', '/api/v1/me/queue?limit=200')).json.items.length;
  const page = await newPage(browser, ...DESK);
  await logInAt(page, '/can-bo/tiep-nhan');
  await incompleteAt(page, 'Phạm Văn Khoa', '0905 111 333');

  // The box is filled with the mandatory documents not ticked.
  const items = page.getByLabel('Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung)');
  const lines = (await items.inputValue()).split('\n');
  assert.ok(lines.length >= 3, lines.join(' | '));
  assert.ok(lines.some((l) => l.startsWith('Tờ khai đăng ký khai sinh')), lines.join(' | '));
  await page.screenshot({ path: join(screenshots, 'console-notice-choice-1366.png'), fullPage: true });
  await expectAccessible(page, 'console-notice-choice-1366');

  await items.focus();
  await page.keyboard.press('End');
  await page.keyboard.type('\nBản sao giấy chứng nhận kết hôn của cha mẹ');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notice-contact');
  await page.keyboard.type('0235 3861 234');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Hướng dẫn bổ sung (Mẫu 02)');
  const opened = pdfRequest(page);
  await page.keyboard.press('Enter');
  const heading = page.getByRole('heading', { name: 'Đã lập Phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (Mẫu 02)' });
  await heading.waitFor();
  const request = await opened;
  assert.equal(await page.evaluate(() => document.activeElement.id), 'h-notice-done');
  await page.screenshot({ path: join(screenshots, 'console-notice-02-1366.png') });
  await expectAccessible(page, 'console-notice-02-1366');

  const link = page.getByRole('link', { name: /In Phiếu yêu cầu bổ sung/ });
  const href = await link.getAttribute('href');
  assert.equal(new URL(request.url()).pathname, href);
  assert.deepEqual(await fetchPdf(page, href), { status: 200, type: 'application/pdf', head: '%PDF-' });

  const listed = await api('GET', '/api/v1/reception-notices?from=2026-03-02&to=2026-03-02');
  assert.equal(listed.status, 200);
  const notice = listed.json.items.find((n) => n.pdf_url === href);
  assert.ok(notice, JSON.stringify(listed.json));
  assert.equal(notice.kind, 'supplement');
  assert.equal(notice.issued_by, 'receiver');
  assert.equal(notice.applicant.phone, '090****333');  // a list masks personal data
  assert.equal(notice.contact_phone, '02353861234');
  assert.equal(notice.items.at(-1).content, 'Bản sao giấy chứng nhận kết hôn của cha mẹ');
  // Nothing was received.
  assert.equal((await api('GET', '/api/v1/me/queue?limit=200')).json.items.length, before);

  await page.getByRole('button', { name: 'Tiếp nhận hồ sơ khác' }).click();
  await page.locator('#proc-q:focus').waitFor();
  await page.context().close();
});

test('a dossier that cannot be accepted gets Form 03 with its reason, on a phone', async () => {
  const page = await newPage(browser, ...PHONE);
  await logInAt(page, '/can-bo/tiep-nhan');
  await incompleteAt(page, 'Võ Thị Lan', '0912000111');
  const refuse = page.getByRole('button', { name: 'Từ chối tiếp nhận (Mẫu 03)' });
  // Without a reason nothing is issued, and the reason box is where the cursor goes.
  await refuse.focus();
  await page.keyboard.press('Enter');
  await page.getByRole('alert').getByText('Ghi rõ lý do từ chối tiếp nhận hồ sơ.').waitFor();
  assert.equal(await page.evaluate(() => document.activeElement.id), 'notice-reason');
  await page.keyboard.type('Người đề nghị không cư trú và thủ tục không thuộc thẩm quyền của phường.');
  await page.screenshot({ path: join(screenshots, 'console-notice-choice-360.png'), fullPage: true });
  await expectAccessible(page, 'console-notice-choice-360');
  await page.keyboard.press('Tab');
  const opened = pdfRequest(page);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Đã lập Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)' }).waitFor();
  await opened;
  await page.screenshot({ path: join(screenshots, 'console-notice-03-360.png'), fullPage: true });
  await expectAccessible(page, 'console-notice-03-360');
  const href = await page.getByRole('link', { name: /In Phiếu từ chối tiếp nhận/ }).getAttribute('href');
  assert.deepEqual(await fetchPdf(page, href), { status: 200, type: 'application/pdf', head: '%PDF-' });
  await page.context().close();
});

test('a complete dossier that is not acceptable is refused with Form 03', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAt(page, '/can-bo/tiep-nhan');
  await page.getByLabel('Tìm thủ tục theo tên hoặc mã').fill('ket hon');
  await page.getByRole('radio', { name: /Thủ tục đăng ký kết hôn \(1\.000894\)/ }).check();
  await page.locator('.doc-checks li').first().waitFor();
  const mandatory = page.locator('.doc-checks li', { hasText: '(bắt buộc)' });
  for (let i = 0; i < await mandatory.count(); i++) await mandatory.nth(i).locator('input[type=checkbox]').check();
  await page.getByLabel('Họ và tên').fill('Trương Minh Tuấn');
  await page.getByLabel('Số điện thoại').fill('0935222444');
  await page.getByRole('button', { name: 'Lập phiếu Mẫu 02 hoặc Mẫu 03…' }).click();
  await page.getByRole('heading', { name: 'Hồ sơ chưa được tiếp nhận' }).waitFor();
  await page.locator('#notice-items:focus').waitFor();
  assert.equal(await page.getByLabel('Nội dung cần bổ sung, hoàn thiện (mỗi dòng một nội dung)').inputValue(), '');
  await page.getByLabel('Lý do từ chối tiếp nhận').fill('Bên nam chưa đủ 20 tuổi (Luật Hôn nhân và gia đình, Điều 8).');
  const opened = pdfRequest(page);
  await page.getByRole('button', { name: 'Từ chối tiếp nhận (Mẫu 03)' }).click();
  await page.getByRole('heading', { name: 'Đã lập Phiếu từ chối tiếp nhận giải quyết hồ sơ (Mẫu 03)' }).waitFor();
  await opened;
  const api = await apiAs(server.base, 'receiver');
  const listed = (await api('GET', '/api/v1/reception-notices?from=2026-03-02&to=2026-03-02&limit=200')).json;
  const refusal = listed.items.find((n) => n.applicant.full_name === 'Trương Minh Tuấn');
  assert.equal(refusal?.kind, 'refusal');
  assert.equal(refusal.procedure_code, '1.000894');
  await page.context().close();
});
