// The consulted agencies that answered late (/can-bo/phoi-hop-tra-loi-cham): a ward's
// specialist asks the city's Department of Justice for an opinion within one working hour; once
// the test clock passes the deadline, the ward's leader finds the dossier on the screen from
// the menu (its code leading to the dossier), pages with "Xem thêm", filters to an empty period
// and sees the server's refusal for an agency outside theirs; the Department's specialist sees
// the late opinion marked in the queue; the desk and specialists have no menu entry and the
// API refuses them. Axe-clean at 360 px and 1366 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { dossier, logInAs, setClock } from './fixtures.mjs';

const PATH = '/can-bo/phoi-hop-tra-loi-cham';
const MENU = 'Cơ quan phối hợp trả lời chậm';
let server, browser;
const codes = [];

before(async () => {
  server = await startServer();
  browser = await launch();
  // Monday 2 March 09:00: 21 dossiers of 1.004222 received and handed by the ward's
  // specialist to the Department of Justice (48.STP) for an opinion within one working hour.
  await setClock(server.base, '2026-03-02T09:00:00+07:00');
  for (let i = 0; i < 21; i++) codes.push(await dossier(server.base, '1.004222', ['claim']));
  const specialist = await apiAs(server.base, 'specialist');
  for (const code of codes) {
    const r = await specialist('POST', `/api/v1/dossiers/${code}/actions`, { action: 'forward', agency_code: '48.STP', hours: 1 });
    assert.equal(r.status, 200, JSON.stringify(r.json));
  }
  // Half an hour past the deadline (10:00), none answered.
  await setClock(server.base, '2026-03-02T10:30:00+07:00');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function shoot(page, name) {
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
}

const rows = (page) => page.locator('table.late-table tbody tr');

test('the ward\'s leader finds the opinions awaited past their deadline, each code leading to its dossier', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'leader', '/can-bo/');
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: MENU }).click();
  await page.waitForURL(`${server.base}${PATH}`);
  await page.getByRole('heading', { name: MENU, level: 1 }).waitFor();
  // The server's default period: this month (on its clock) until now, in the inputs.
  await rows(page).first().waitFor();
  assert.equal(await page.getByLabel('Từ ngày').inputValue(), '01/03/2026');
  assert.equal(await page.getByLabel('Đến ngày').inputValue(), '02/03/2026');
  assert.equal(await page.getByLabel('Mã cơ quan').inputValue(), '20410');
  await page.getByText(/Cơ quan 20410, hạn trả lời từ .*: 20 lượt xin ý kiến trả lời chậm \(còn nữa\)\./).waitFor();
  assert.equal(await rows(page).count(), 20);

  const first = rows(page).filter({ hasText: codes[0] });
  assert.match(await first.textContent(), /48\.STP/);
  assert.match(await first.textContent(), /Chưa trả lời/);
  assert.match(await first.textContent(), /10:00 02\/03\/2026/, 'the deadline, dd/mm/yyyy local');
  assert.match(await first.textContent(), /(29|30|31) phút/, 'how late in working time (half an hour)');
  await shoot(page, 'late-consultations-1366');

  // The 21st comes with "Xem thêm", by keyboard; focus lands on it.
  await page.getByRole('button', { name: 'Xem thêm' }).focus();
  await page.keyboard.press('Enter');
  await page.getByText(/: 21 lượt xin ý kiến trả lời chậm\./).waitFor();
  assert.equal(await page.getByRole('button', { name: 'Xem thêm' }).count(), 0);
  const shown = await page.locator('table.late-table tbody th.code').allTextContents();
  assert.deepEqual([...shown].sort(), [...codes].sort());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'late-row-20');

  // A later period: none. An agency outside the leader's: the server's refusal.
  await page.getByLabel('Từ ngày').fill('03/03/2026');
  await page.getByLabel('Đến ngày').fill('31/03/2026');
  await page.getByRole('button', { name: 'Xem báo cáo' }).click();
  await page.getByText('không có cơ quan phối hợp nào trả lời chậm.', { exact: false }).waitFor();
  assert.equal(await rows(page).count(), 0);
  const leader = await apiAs(server.base, 'leader');
  const refused = await leader('GET', '/api/v1/reports/late-consultations?agency=48');
  assert.equal(refused.status, 403);
  await page.getByLabel('Mã cơ quan').fill('48');
  await page.getByRole('button', { name: 'Xem báo cáo' }).click();
  await page.getByRole('alert').getByText(refused.json.error.message_vi).waitFor();
  await shoot(page, 'late-consultations-refused-1366');

  // Each code leads to its dossier in the console.
  const phone = await newPage(browser, ...PHONE);
  await logInAs(phone, server.base, 'leader', PATH);
  await rows(phone).first().waitFor();
  await shoot(phone, 'late-consultations-360');
  const link = phone.getByRole('link', { name: codes[0], exact: true });
  assert.equal(await link.getAttribute('href'), `/can-bo/ho-so/${codes[0]}`);
  await link.click();
  await phone.waitForURL(`${server.base}/can-bo/ho-so/${codes[0]}`);
  await phone.getByRole('heading', { name: new RegExp(codes[0]) }).first().waitFor();
  await page.context().close();
  await phone.context().close();
});

test('the consulted agency\'s specialist sees the late opinion marked in the queue', async () => {
  const page = await newPage(browser, ...PHONE);
  await logInAs(page, server.base, 'stp_specialist', '/can-bo/');
  const row = page.locator('table.queue tbody tr', { hasText: codes[0] });
  await row.waitFor();
  await row.getByText(/Quá hạn trả lời xin ý kiến \(cơ quan 48\.STP\), hạn 10:00 02\/03\/2026/).waitFor();
  await shoot(page, 'queue-consultation-late-360');
  await page.context().close();
});

test('the desk and specialists have no menu entry, and the server refuses them', async () => {
  for (const [username, [width, height]] of [['specialist', PHONE], ['receiver', DESK]]) {
    const api = await apiAs(server.base, username);
    const refused = await api('GET', '/api/v1/reports/late-consultations');
    assert.equal(refused.status, 403, username);
    const page = await newPage(browser, width, height);
    await logInAs(page, server.base, username, '/can-bo/');
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Báo cáo thống kê' }).waitFor();
    assert.equal(await nav.getByRole('link', { name: MENU }).count(), 0, username);
    // Typing the address shows the server's answer.
    await page.goto(`${server.base}${PATH}`);
    await page.getByRole('alert').getByText(refused.json.error.message_vi).waitFor();
    assert.equal(await rows(page).count(), 0);
    await shoot(page, `late-consultations-refused-${username}-${width}`);
    await page.context().close();
  }
});
