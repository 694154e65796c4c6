// The province's list of procedures received regardless of administrative boundaries (Decree
// 118/2025) at /can-bo/quan-tri/khong-phu-thuoc-dia-gioi: the province admin pages through the
// list, adds a procedure by keyboard alone, edits its basis and reads both changes in its
// history, is told beside the input of an unknown procedure code (the server's message) and of
// what the form itself catches, then removes the entry; a commune's admin sees the server's
// refusal. Axe-clean at 360 px and 1366 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { logInAs, setClock } from './fixtures.mjs';

const PATH = '/can-bo/quan-tri/khong-phu-thuoc-dia-gioi';
const API = '/api/v1/admin/boundary-free';
const SHIPPED = ['1.009664', '1.009665', '1.009671'];
const ADDED = '1.001193';
const BASIS = 'Quyết định số 2345/QĐ-UBND ngày 29/8/2025 của Chủ tịch UBND thành phố Đà Nẵng';
const BASIS_2 = 'Quyết định số 2789/QĐ-UBND ngày 15/10/2025 của Chủ tịch UBND thành phố Đà Nẵng (sửa đổi)';
let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  await setClock(server.base, '2026-03-02T09:00:00+07:00');
  // Twenty more procedures of the catalogue on the list, so that it takes two pages.
  const admin = await apiAs(server.base, 'province_admin');
  const procs = await admin('GET', '/api/v1/procedures?limit=100');
  assert.equal(procs.status, 200, JSON.stringify(procs.json));
  const codes = procs.json.items.map((p) => p.code).filter((c) => !SHIPPED.includes(c) && c !== ADDED).slice(0, 20);
  assert.equal(codes.length, 20);
  for (const code of codes) {
    const r = await admin('PUT', `${API}/${code}`, { basis: 'Quyết định số 1160/QĐ-UBND của Chủ tịch UBND thành phố Đà Nẵng' });
    assert.equal(r.status, 200, JSON.stringify(r.json));
  }
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function tabToId(page, id, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.id)) === id) return;
  }
  assert.fail(`no focusable #${id} within ${limit} Tab presses`);
}
async function tabToText(page, text, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if ((await page.evaluate(() => document.activeElement?.textContent?.trim())) === text) return;
  }
  assert.fail(`no focusable "${text}" within ${limit} Tab presses`);
}

async function shoot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}

const rows = (page) => page.locator('table.bf-table tbody tr');
const history = (page) => page.locator('.bf-history .history li');

test('the province admin adds a procedure by keyboard, edits its basis, reads its history and removes it', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'province_admin', '/can-bo/quan-tri/quy-trinh');
  await page.getByRole('navigation', { name: 'Trang quản trị' }).getByRole('link', { name: 'Thủ tục không phụ thuộc địa giới' }).click();
  await page.waitForURL(`${server.base}${PATH}`);
  await page.getByRole('heading', { name: 'Danh mục của tỉnh 48' }).waitFor();
  // The first page, then the rest with "Xem thêm": 3 shipped and 20 added.
  await rows(page).first().waitFor();
  assert.equal(await rows(page).count(), 20);
  await page.getByRole('button', { name: 'Xem thêm' }).click();
  await page.getByText('Đang hiển thị 23 thủ tục.').waitFor();
  assert.equal(await page.getByRole('button', { name: 'Xem thêm' }).count(), 0);
  const shipped = rows(page).filter({ hasText: '1.009671' });
  assert.match(await shipped.textContent(), /Đà Nẵng/);
  assert.match(await shipped.textContent(), /Phiên bản 1, motcua, \d\d:\d\d \d\d\/\d\d\/\d{4}/);
  await shoot(page, 'admin-boundary-free-1366');

  // Added by keyboard alone.
  await page.goto(`${server.base}${PATH}`);
  await rows(page).first().waitFor();
  await tabToId(page, 'bf-code');
  await page.keyboard.type(ADDED);
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bf-basis');
  await page.keyboard.type(BASIS);
  await tabToText(page, 'Thêm vào danh mục', 5);
  await page.keyboard.press('Enter');
  await page.getByText(new RegExp(`Đã thêm thủ tục ${ADDED.replace('.', '\\.')} \\(.+\\) vào danh mục\\.`)).waitFor();
  const added = rows(page).filter({ hasText: ADDED });
  await added.waitFor();
  assert.match(await added.textContent(), /Phiên bản 1, province_admin, 09:00 02\/03\/2026/);
  assert.match(await added.textContent(), new RegExp(BASIS.slice(0, 30)));
  await page.getByRole('heading', { name: `Lịch sử thay đổi của thủ tục ${ADDED}` }).waitFor();
  await history(page).first().waitFor();
  assert.equal(await history(page).count(), 1);
  assert.match(await history(page).first().textContent(), /Thêm vào danh mục, bởi province_admin, 09:00 02\/03\/2026/);

  // Its basis edited: a second version, both in the history.
  await page.getByRole('button', { name: `Sửa căn cứ của thủ tục ${ADDED}` }).click();
  await page.getByRole('heading', { name: `Sửa căn cứ của thủ tục ${ADDED}` }).waitFor();
  await page.locator('#bf-basis:focus').waitFor();
  assert.equal(await page.locator('#bf-code').getAttribute('readonly'), '');
  await page.locator('#bf-basis').fill(BASIS_2);
  await page.getByRole('button', { name: 'Lưu căn cứ' }).click();
  await page.getByText(`Đã lưu căn cứ của thủ tục ${ADDED} (phiên bản 2).`).waitFor();
  await history(page).nth(1).waitFor();
  assert.equal(await history(page).count(), 2);
  const edit = await history(page).nth(1).textContent();
  assert.match(edit, /Phiên bản 2.*Sửa căn cứ, bởi province_admin/);
  assert.ok(edit.includes(`Căn cứ cũ: ${BASIS}`), edit);
  assert.ok(edit.includes(`Căn cứ mới: ${BASIS_2}`), edit);
  assert.ok((await rows(page).filter({ hasText: ADDED }).textContent()).includes(BASIS_2));
  await shoot(page, 'admin-boundary-free-history-1366');

  // An unknown procedure code: the server's message beside the code, focus on it, nothing stored.
  await page.locator('#bf-code').fill('9.999999');
  await page.locator('#bf-basis').fill(BASIS);
  await page.getByRole('button', { name: 'Thêm vào danh mục' }).click();
  const codeError = page.locator('#bf-code-error');
  await codeError.waitFor();
  assert.match(await codeError.textContent(), /không có thủ tục mã 9\.999999/);
  assert.equal(await page.locator('#bf-code').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'bf-code');
  const admin = await apiAs(server.base, 'province_admin');
  const list = await admin('GET', `${API}?limit=500`);
  assert.ok(!list.json.items.some((e) => e.procedure_code === '9.999999'));
  await shoot(page, 'admin-boundary-free-error-1366');
  // What the form catches itself: an entry already listed, a missing basis.
  await page.locator('#bf-code').fill(ADDED);
  await page.locator('#bf-basis').fill('');
  await page.getByRole('button', { name: 'Thêm vào danh mục' }).click();
  await page.locator('#bf-code-error', { hasText: 'đã có trong danh mục' }).waitFor();
  await page.locator('#bf-basis-error', { hasText: 'Nhập căn cứ' }).waitFor();

  // Removed: gone from the list, the removal in the history.
  page.once('dialog', (dlg) => dlg.accept());
  await page.getByRole('button', { name: `Xoá thủ tục ${ADDED} khỏi danh mục` }).click();
  await page.getByText(`Đã xoá thủ tục ${ADDED} khỏi danh mục.`).waitFor();
  assert.equal(await rows(page).filter({ hasText: ADDED }).count(), 0);
  await history(page).nth(2).waitFor();
  assert.match(await history(page).nth(2).textContent(), /Phiên bản 3.*Xoá khỏi danh mục/);
  const after = await admin('GET', `${API}?limit=500`);
  assert.ok(!after.json.items.some((e) => e.procedure_code === ADDED));

  const phone = await newPage(browser, ...PHONE);
  await logInAs(phone, server.base, 'province_admin', PATH);
  await rows(phone).first().waitFor();
  await phone.getByRole('button', { name: 'Xem thêm' }).click();
  await phone.getByText('Đang hiển thị 23 thủ tục.').waitFor();
  await phone.getByRole('button', { name: 'Lịch sử của thủ tục 1.009671' }).click();
  await history(phone).first().waitFor();
  assert.match(await history(phone).first().textContent(), /Nạp từ danh mục đi kèm chương trình/);
  await shoot(phone, 'admin-boundary-free-360');
  await page.context().close();
  await phone.context().close();
});

test('a commune\'s admin sees the server\'s refusal', async () => {
  const api = await apiAs(server.base, 'admin');
  const refused = await api('GET', API);
  assert.equal(refused.status, 403);
  const page = await newPage(browser, ...PHONE);
  await logInAs(page, server.base, 'admin', PATH);
  await page.getByRole('alert').getByText(refused.json.error.message_vi).waitFor();
  assert.equal(await rows(page).count(), 0);
  assert.equal(await page.locator('#bf-code').count(), 0);
  await shoot(page, 'admin-boundary-free-refused-360');
  await page.context().close();
});
