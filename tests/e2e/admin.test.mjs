// The console's admin pages and the reception notices' list, as the province admin and the desk
// use them: a day off added to a holiday schedule (by keyboard alone) moves a reception's
// appointment and shows in the year view; a process's allowance edited makes a new version, and
// an invalid one is named beside its input; an officer of another role sees no admin menu and,
// typing an admin page's address, the server's refusal. Each page at 360 px and 1366 px.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { logInAs, setClock } from './fixtures.mjs';

let server, browser;
const NOW = '2026-03-02T09:00:00+07:00';

before(async () => {
  server = await startServer();
  browser = await launch();
  await setClock(server.base, NOW);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// Presses Tab until the focused element has id `id` (at most `limit` presses).
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

async function receive(api) {
  const proc = (await api('GET', '/api/v1/procedures/1.001193')).json;
  const documents = proc.required_documents.filter((d) => d.mandatory).map((d) => ({ id: d.id, copies: d.copies }));
  const r = await api('POST', '/api/v1/dossiers', {
    procedure_code: '1.001193', channel: 'counter', documents,
    applicant: { full_name: 'Lê Thị Hồng', id_number: '001203099887', phone: '0905123456' },
  });
  assert.equal(r.status, 201, JSON.stringify(r.json));
  return r.json;
}

test('the province admin adds a day off by keyboard alone: the year view shows it and a reception\'s appointment moves', async () => {
  const desk = await apiAs(server.base, 'receiver');
  const before = await receive(desk);
  const day = before.due_at.slice(0, 10);
  const [y, m, d] = day.split('-');

  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'province_admin', '/can-bo/quan-tri/ngay-nghi');
  // The admin menu, and the list of schedules (the shipped ones among them).
  await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Quản trị' }).waitFor();
  await page.locator('table.schedules tbody tr').first().waitFor();
  await page.getByRole('link', { name: '2026-tet' }).waitFor();
  await page.getByText(/Năm 2026, cơ quan 48: \d+ ngày nghỉ/).waitFor();
  assert.equal(await page.getByText('Nghỉ lễ địa phương').count(), 0);
  await shoot(page, 'admin-holidays-1366');

  // A new schedule, by keyboard only.
  await page.goto(`${server.base}/can-bo/quan-tri/ngay-nghi/moi`);
  await page.locator('h1', { hasText: 'Thêm lịch nghỉ' }).waitFor();
  await tabToId(page, 'schedule-id');
  await page.keyboard.type('2026-dia-phuong');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('2026');
  await page.keyboard.press('Tab');
  await page.keyboard.type('Quyết định của UBND tỉnh về ngày nghỉ lễ địa phương');
  await tabToText(page, '+ Thêm ngày');
  await page.keyboard.press('Enter');
  await page.locator('#days_off-0-date:focus').waitFor();
  await page.keyboard.type(`${d}/${m}/${y}`);
  await tabToId(page, 'days_off-0-name', 5);
  await page.keyboard.type('Nghỉ lễ địa phương');
  await shoot(page, 'admin-schedule-new-1366');
  await tabToText(page, 'Lưu lịch nghỉ');
  await page.keyboard.press('Enter');
  await page.getByText('Đã lưu lịch 2026-dia-phuong (phiên bản 1).').waitFor();
  await page.waitForURL(`${server.base}/can-bo/quan-tri/ngay-nghi/2026-dia-phuong`);
  // Its history names the admin and the day.
  await page.locator('.history li', { hasText: 'province_admin' }).waitFor();
  assert.match(await page.locator('.history').textContent(), new RegExp(`${d}/${m}/${y}`));
  await shoot(page, 'admin-schedule-1366');

  // The same schedule with a date that is no date: the server names the input.
  await page.locator('#days_off-0-name').fill('Nghỉ lễ địa phương');
  await page.getByRole('button', { name: '+ Thêm ngày' }).first().click();
  await page.locator('#days_off-1-name').fill('Ngày thiếu ngày tháng');
  await page.getByRole('button', { name: 'Lưu lịch nghỉ' }).click();
  await page.locator('#days_off-1-date-error').waitFor();
  assert.equal(await page.locator('#days_off-1-date').getAttribute('aria-invalid'), 'true');
  await page.getByRole('button', { name: 'Xoá ngày 2' }).click();

  // The year view now shows the day off, and a dossier received now is due a working day later.
  await page.goto(`${server.base}/can-bo/quan-tri/ngay-nghi?nam=2026`);
  await page.locator('.year-view li', { hasText: 'Nghỉ lễ địa phương' }).waitFor();
  assert.match(await page.locator('.year-view li', { hasText: 'Nghỉ lễ địa phương' }).textContent(), new RegExp(`${d}/${m}/${y}`));
  const after = await receive(desk);
  assert.ok(after.due_at > before.due_at, `${after.due_at} after ${before.due_at}`);
  assert.notEqual(after.due_at.slice(0, 10), day);

  const phone = await newPage(browser, ...PHONE);
  await logInAs(phone, server.base, 'province_admin', '/can-bo/quan-tri/ngay-nghi/2026-dia-phuong');
  await phone.locator('#days_off-0-date').waitFor();
  await shoot(phone, 'admin-schedule-360');
  await phone.goto(`${server.base}/can-bo/quan-tri/ngay-nghi?nam=2026`);
  await phone.locator('.year-view li', { hasText: 'Nghỉ lễ địa phương' }).waitFor();
  await shoot(phone, 'admin-holidays-360');

  // Deleting it brings the appointment back.
  phone.once('dialog', (dlg) => dlg.accept());
  await phone.goto(`${server.base}/can-bo/quan-tri/ngay-nghi/2026-dia-phuong`);
  await phone.getByRole('button', { name: 'Xoá lịch' }).click();
  await phone.waitForURL(`${server.base}/can-bo/quan-tri/ngay-nghi?nam=2026`);
  await phone.getByText(/Năm 2026, cơ quan 48/).waitFor();
  assert.equal(await phone.locator('.year-view li', { hasText: 'Nghỉ lễ địa phương' }).count(), 0);
  assert.equal((await receive(desk)).due_at, before.due_at);
  await page.context().close();
  await phone.context().close();
});

test('the province admin edits a process\'s allowance: a new version; an invalid edit is named beside its input', async () => {
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'province_admin', '/can-bo/quan-tri/quy-trinh');
  await page.getByLabel('Tìm thủ tục theo tên hoặc mã').fill('1.001193');
  await page.getByRole('radio', { name: /1\.001193/ }).check();
  await page.waitForURL(/thu-tuc=1\.001193/);
  await page.getByText('Quy trình mặc định do hệ thống tạo (chưa có phiên bản lưu)').first().waitFor();
  await page.getByText('Chưa có phiên bản nào được lưu').waitFor();
  await shoot(page, 'admin-process-1366');

  const allowance = page.locator('#step-0-allowance');
  const was = Number(await allowance.inputValue());
  assert.ok(was > 1, `examination has ${was} h`);
  await allowance.fill(String(was - 1));
  await page.locator('#step-0-label').fill('Thẩm định hồ sơ (rút gọn)');
  await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  await page.getByText('Đã lưu phiên bản 1 của quy trình.').waitFor();
  // In force for every channel now, and listed among the versions.
  await page.getByText(/Phiên bản 1, lưu bởi province_admin/).first().waitFor();
  await page.locator('.versions summary', { hasText: 'Phiên bản 1' }).waitFor();
  assert.equal(Number(await page.locator('#step-0-allowance').inputValue()), was - 1);
  assert.match(await page.locator('table.steps-table').first().textContent(), /Thẩm định hồ sơ \(rút gọn\)/);
  const api = await apiAs(server.base, 'province_admin');
  const inForce = (await api('GET', '/api/v1/procedures/1.001193/process?channel=counter')).json;
  assert.equal(inForce.version, 1);
  assert.equal(inForce.steps[0].allowance_hours, was - 1);

  // A negative allowance: the server's message beside that input, nothing stored.
  await page.locator('#step-1-allowance').fill('-2');
  await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  const error = page.locator('#step-1-allowance-error');
  await error.waitFor();
  assert.match(await error.textContent(), /âm|không hợp lệ|phải/);
  assert.equal(await page.locator('#step-1-allowance').getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'step-1-allowance');
  assert.equal((await api('GET', '/api/v1/procedures/1.001193/process/versions')).json.items.length, 1);
  await shoot(page, 'admin-process-error-1366');

  // Reordering and removing steps: a step removed that the state machine needs is refused by
  // the server, shown above the steps.
  await page.locator('#step-1-allowance').fill('1');
  await page.getByRole('button', { name: 'Xoá bước 2' }).click();
  await page.getByRole('button', { name: 'Lưu phiên bản mới' }).click();
  await page.locator('.process-edit .error[role=alert]').waitFor();

  const phone = await newPage(browser, ...PHONE);
  await logInAs(phone, server.base, 'province_admin', '/can-bo/quan-tri/quy-trinh?thu-tuc=1.001193');
  await phone.locator('#step-0-allowance').waitFor();
  await shoot(phone, 'admin-process-360');
  await page.context().close();
  await phone.context().close();
});

test('the province admin sets an agency\'s office hours and sees the history', async () => {
  const page = await newPage(browser, ...PHONE);
  await logInAs(page, server.base, 'province_admin', '/can-bo/quan-tri/gio-lam-viec');
  await page.getByRole('heading', { name: 'Đang áp dụng cho cơ quan 48' }).waitFor();
  await page.getByLabel('Mã cơ quan').fill('20410');
  await page.getByRole('button', { name: 'Xem' }).click();
  await page.getByRole('heading', { name: 'Đang áp dụng cho cơ quan 20410' }).waitFor();
  await shoot(page, 'admin-office-hours-360');
  await page.getByRole('radio', { name: 'Đặt riêng cho cơ quan này' }).check();
  // Saturday morning open; a Monday interval that ends before it starts is refused by name.
  await page.getByRole('button', { name: '+ Thêm khoảng giờ Thứ Bảy' }).click();
  await page.locator('#hours-saturday-0-from').fill('07:30');
  await page.locator('#hours-saturday-0-to').fill('11:30');
  await page.locator('#hours-monday-0-to').fill('07:00');
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await page.locator('#hours-monday-error').waitFor();
  await page.locator('#hours-monday-0-to').fill('11:30');
  await page.getByRole('radio', { name: /Quy đổi N ngày làm việc/ }).check();
  await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
  await page.getByText('Đã lưu thay đổi.').waitFor();
  await page.getByText('Giờ làm việc: đặt riêng cho cơ quan này.').waitFor();
  await page.locator('table.hours-table tr', { hasText: 'Thứ Bảy' }).getByText('07:30–11:30').waitFor();
  await page.locator('.history li', { hasText: 'province_admin' }).waitFor();
  assert.match(await page.locator('.history').textContent(), /Thứ Bảy 07:30–11:30/);
  await shoot(page, 'admin-office-hours-saved-360');

  const desk = await newPage(browser, ...DESK);
  await logInAs(desk, server.base, 'province_admin', '/can-bo/quan-tri/gio-lam-viec?co-quan=20410');
  await desk.locator('.history li').first().waitFor();
  await shoot(desk, 'admin-office-hours-1366');
  await page.context().close();
  await desk.context().close();
});

test('an officer of another role has no admin menu and, typing the address, gets the server\'s refusal', async () => {
  const api = await apiAs(server.base, 'specialist');
  const refused = await api('GET', '/api/v1/admin/agencies/20410/office-hours');
  assert.equal(refused.status, 403);
  const schedules = await api('GET', '/api/v1/admin/calendar/schedules');
  assert.equal(schedules.status, 403);
  for (const [width, height] of [PHONE, DESK]) {
    const page = await newPage(browser, width, height);
    await logInAs(page, server.base, 'specialist', '/can-bo/');
    await page.locator('h1', { hasText: 'Hồ sơ cần xử lý' }).waitFor();
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    await nav.getByRole('link', { name: 'Phiếu đã lập' }).waitFor();
    // Every officer reaches the dashboard of their agency from the menu.
    assert.equal(await nav.getByRole('link', { name: 'Báo cáo thống kê' }).getAttribute('href'), '/bao-cao/');
    assert.equal(await nav.getByRole('link', { name: 'Quản trị' }).count(), 0);
    await page.goto(`${server.base}/can-bo/quan-tri/gio-lam-viec`);
    await page.getByRole('alert').getByText(refused.json.error.message_vi).waitFor();
    await shoot(page, `admin-refused-${width}`);
    await page.goto(`${server.base}/can-bo/quan-tri/ngay-nghi`);
    await page.getByRole('alert').getByText(schedules.json.error.message_vi).waitFor();
    assert.equal(await page.getByRole('link', { name: '2026-tet' }).count(), 0);
    await page.context().close();
  }
});

test('the desk lists its Forms 02/03 by kind and date, page by page, each with its PDF', async () => {
  const desk = await apiAs(server.base, 'receiver');
  const applicant = { full_name: 'Phạm Văn Khoa', phone: '0905111333' };
  const ids = [];
  for (let i = 0; i < 23; i++) {
    const body = i % 4 === 3
      ? { kind: 'refusal', procedure_code: '1.000894', applicant, reason: 'Hai bên chưa đủ tuổi kết hôn.' }
      : { kind: 'supplement', procedure_code: '1.001193', channel: 'counter', applicant,
        items: [{ content: 'Giấy chứng sinh (bản chính)', reason: 'Chưa nộp' }] };
    const r = await desk('POST', '/api/v1/reception-notices', body);
    assert.equal(r.status, 201, JSON.stringify(r.json));
    ids.push(r.json);
  }
  const refusals = ids.filter((n) => n.kind === 'refusal');

  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, 'receiver', '/can-bo/phieu-tiep-nhan');
  await page.locator('table.notices-table tbody tr').first().waitFor();
  await page.getByText(/23 phiếu \(18 yêu cầu bổ sung, 5 từ chối\)/).waitFor();
  assert.equal(await page.locator('table.notices-table tbody tr').count(), 20);
  await shoot(page, 'notices-1366');
  await page.getByRole('button', { name: 'Trang sau ›' }).click();
  await page.getByText('Trang 2: 3 phiếu.').waitFor();
  assert.equal(await page.locator('table.notices-table tbody tr').count(), 3);

  await page.getByLabel('Loại phiếu').selectOption('refusal');
  await page.getByLabel('Từ ngày').fill('02/03/2026');
  await page.getByLabel('Đến ngày').fill('2/3/2026');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.getByText('Trang 1: 5 phiếu.').waitFor();
  const shown = await page.locator('table.notices-table tbody th.code').allTextContents();
  assert.deepEqual(shown, refusals.map((n) => n.id));
  // Each links its PDF, which the session may open.
  const href = await page.locator('table.notices-table tbody tr').first().getByRole('link').getAttribute('href');
  assert.equal(href, refusals[0].pdf_url);
  const pdf = await page.request.get(`${server.base}${href}`);
  assert.equal(pdf.status(), 200);
  assert.equal(pdf.headers()['content-type'], 'application/pdf');

  // Another day: none.
  await page.getByLabel('Từ ngày').fill('03/03/2026');
  await page.getByLabel('Đến ngày').fill('03/03/2026');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.getByText('Không có phiếu nào phù hợp.').waitFor();
  // A date that is no date: the server's message.
  await page.getByLabel('Từ ngày').fill('hôm qua');
  await page.getByRole('button', { name: 'Lọc' }).click();
  await page.getByRole('alert').getByText(/from phải là ngày/).waitFor();

  const phone = await newPage(browser, ...PHONE);
  await logInAs(phone, server.base, 'receiver', '/can-bo/phieu-tiep-nhan');
  await phone.locator('table.notices-table tbody tr').first().waitFor();
  await shoot(phone, 'notices-360');
  await page.context().close();
  await phone.context().close();
});
