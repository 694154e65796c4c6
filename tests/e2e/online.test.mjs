// The citizen's online path (issue 11): a citizen finds "dang ky khai sinh" without accents,
// opens 1.001193 and submits it online with a real small PDF and a PNG made here; the receiver
// logs in and accepts it from the queue of online submissions; the specialist and the leader
// take it through their steps from their queues and the receiver returns the result; the
// citizen sees each change on /tra-cuu and rates the service there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { deflateSync } from 'node:zlib';
import { join } from 'node:path';
import { startServer, apiAs } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';
import { logInAs, setClock } from './fixtures.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
  await setClock(server.base, '2026-03-02T08:00:00+07:00');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

// A one-page PDF with a correct cross-reference table.
function smallPdf() {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    '<< /Length 44 >>\nstream\nBT /F1 18 Tf 20 100 Td (Giay chung sinh) Tj ET\nendstream',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((o, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${o}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) pdf += `${String(o).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(pdf, 'latin1');
}

function crc32(buf) {
  let c = ~0;
  for (const b of buf) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = (c >>> 1) ^ (0xedb88320 & -(c & 1));
  }
  return ~c >>> 0;
}

// An 8 × 8 PNG, blue, every chunk's CRC right.
function smallPng() {
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const crc = Buffer.alloc(4); crc.writeUInt32BE(crc32(body));
    return Buffer.concat([len, body, crc]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(8, 0); ihdr.writeUInt32BE(8, 4);
  ihdr[8] = 8; ihdr[9] = 2;
  const rows = Buffer.concat(Array.from({ length: 8 }, () => Buffer.from([0, ...Array(8).fill([20, 60, 200]).flat()])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr), chunk('IDAT', deflateSync(rows)), chunk('IEND', Buffer.alloc(0))]);
}

// The citizen's status page with the code and the last 4 digits; returns the status shown.
async function lookup(page, code, name) {
  await page.goto(`${server.base}/tra-cuu?code=${code}`);
  await page.getByLabel('4 số cuối điện thoại').fill('1222');
  await page.getByRole('button', { name: 'Tra cứu' }).click();
  await page.locator('#r-code', { hasText: code }).waitFor();
  const status = (await page.locator('#r-status').textContent()).trim();
  await page.screenshot({ path: join(screenshots, `${name}.png`), fullPage: true });
  await expectAccessible(page, name);
  return status;
}

// One step of the officer named, from their queue: open the dossier, take the action.
async function step(browser, user, code, action, label, name) {
  const page = await newPage(browser, ...DESK);
  await logInAs(page, server.base, user, '/can-bo/');
  await page.locator('table.queue').getByRole('link', { name: code }).click();
  await page.waitForURL(`${server.base}/can-bo/ho-so/${code}`);
  await page.locator('.action-list').getByRole('button', { name: label }).click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  if (action === 'return_result') await dialog.getByLabel('Trả trực tiếp tại Bộ phận Một cửa').check().catch(() => {});
  await page.screenshot({ path: join(screenshots, `${name}.png`) });
  await expectAccessible(page, name);
  await dialog.getByRole('button', { name: 'Xác nhận' }).click();
  await page.getByRole('status').getByText(`Đã thực hiện: ${label}.`, { exact: false }).waitFor();
  await page.context().close();
}

test('a citizen submits 1.001193 online, the desk accepts it, the officers finish it and the citizen rates it', async () => {
  // The citizen, on a phone, searches without accents and opens the procedure.
  const citizen = await newPage(browser, ...PHONE);
  await citizen.goto(`${server.base}/`);
  await citizen.getByLabel('Tên hoặc mã thủ tục').pressSequentially('dang ky khai sinh', { delay: 10 });
  const first = citizen.locator('#ket-qua li').first();
  await first.getByText('Thủ tục đăng ký khai sinh', { exact: true }).waitFor();
  await first.getByRole('link').first().click();
  await citizen.waitForURL(`${server.base}/thu-tuc/1.001193`);
  const submitLink = citizen.getByRole('link', { name: 'Nộp hồ sơ trực tuyến' });
  await submitLink.waitFor();
  await citizen.screenshot({ path: join(screenshots, 'online-procedure-360.png'), fullPage: true });
  await submitLink.click();
  await citizen.waitForURL(`${server.base}/nop-ho-so/1.001193`);
  await citizen.locator('h1', { hasText: 'Nộp hồ sơ trực tuyến' }).waitFor();
  await citizen.locator('#province option[value="48"]').waitFor({ state: 'attached' });
  await citizen.screenshot({ path: join(screenshots, 'online-submit-empty-360.png'), fullPage: true });
  await expectAccessible(citizen, 'online-submit-empty-360');

  await citizen.getByLabel('Tỉnh, thành phố').selectOption('48');
  await citizen.locator('#agency option[value="20410"]').waitFor({ state: 'attached' });
  await citizen.getByLabel('Xã, phường hoặc cơ quan tiếp nhận').selectOption('20410');
  await citizen.getByLabel('Họ và tên').fill('Lê Thị Mai');
  // Checked as typed: a short ID number is named as the field is left (the input takes at
  // most 12 digits).
  await citizen.getByLabel('Số định danh cá nhân').fill('04819000123');
  await citizen.getByLabel('Số định danh cá nhân').press('Tab');
  await citizen.getByText('Số định danh cá nhân gồm đúng 12 chữ số (đã nhập 11).').waitFor();
  await citizen.getByLabel('Số định danh cá nhân').fill('048190001234');
  await citizen.getByLabel('Số điện thoại').fill('0905111222');
  // The online channel's mandatory documents: the birth certificate and the e-form as one PDF
  // (stored once, by its content's address), the identity paper as a PNG.
  const pdf = { name: 'giay-chung-sinh.pdf', mimeType: 'application/pdf', buffer: smallPdf() };
  const png = { name: 'can-cuoc.png', mimeType: 'image/png', buffer: smallPng() };
  await citizen.locator('#file-4').setInputFiles(pdf);
  await citizen.locator('#file-6').setInputFiles(png);
  await citizen.locator('#file-8').setInputFiles({ ...pdf, name: 'to-khai-dien-tu.pdf' });
  await citizen.screenshot({ path: join(screenshots, 'online-submit-filled-360.png'), fullPage: true });
  await expectAccessible(citizen, 'online-submit-filled-360');
  await citizen.getByRole('button', { name: 'Nộp hồ sơ' }).click();
  await citizen.getByRole('heading', { name: 'Đã nộp hồ sơ trực tuyến' }).waitFor();
  const code = (await citizen.locator('#dossier-code').textContent()).trim();
  assert.match(code, /^20410-260302-\d{4}$/);
  await citizen.screenshot({ path: join(screenshots, 'online-submitted-360.png'), fullPage: true });
  await expectAccessible(citizen, 'online-submitted-360');
  assert.equal(await lookup(citizen, code, 'online-lookup-submitted-360'), 'Đã nộp trực tuyến, chờ tiếp nhận');
  assert.equal((await citizen.locator('#r-received').textContent()).trim(), 'Chưa tiếp nhận');

  // The receiver, at 09:00, accepts it from the queue of online submissions after opening a file.
  await setClock(server.base, '2026-03-02T09:00:00+07:00');
  const desk = await newPage(browser, ...DESK);
  await logInAs(desk, server.base, 'receiver', '/can-bo/nop-truc-tuyen');
  await desk.getByRole('link', { name: code }).waitFor();
  await desk.screenshot({ path: join(screenshots, 'online-queue-1366.png'), fullPage: true });
  await expectAccessible(desk, 'online-queue-1366');
  await desk.getByRole('link', { name: code }).click();
  await desk.waitForURL(`${server.base}/can-bo/ho-so/${code}`);
  const files = desk.locator('ul.uploads li a');
  await files.first().waitFor();
  assert.equal(await files.count(), 3);
  const served = await desk.evaluate(async (u) => {
    const r = await fetch(u);
    const b = new Uint8Array(await r.arrayBuffer());
    return { status: r.status, type: r.headers.get('Content-Type'), head: String.fromCharCode(...b.slice(1, 4)) };
  }, await desk.locator('ul.uploads li', { hasText: 'can-cuoc.png' }).locator('a').getAttribute('href'));
  assert.deepEqual(served, { status: 200, type: 'image/png', head: 'PNG' });
  await desk.screenshot({ path: join(screenshots, 'online-dossier-submitted-1366.png'), fullPage: true });
  await expectAccessible(desk, 'online-dossier-submitted-1366');
  await desk.getByRole('button', { name: 'Tiếp nhận hồ sơ' }).click();
  await desk.getByRole('status').getByText('Tình trạng mới: Đang giải quyết.', { exact: false }).waitFor();
  const api = await apiAs(server.base, 'receiver');
  const accepted = (await api('GET', `/api/v1/dossiers/${code}`)).json;
  // The test clock runs on from 09:00 in real time: received at the acceptance, minutes later.
  assert.match(accepted.received_at, /^2026-03-02T09:0\d:\d\d\+07:00$/);
  // One working day from the acceptance, as at the counter: the end of Tuesday.
  assert.equal(accepted.due_at, '2026-03-03T17:00:00+07:00');
  await desk.screenshot({ path: join(screenshots, 'online-dossier-accepted-1366.png'), fullPage: true });
  await expectAccessible(desk, 'online-dossier-accepted-1366');
  await desk.context().close();
  assert.equal(await lookup(citizen, code, 'online-lookup-accepted-360'), 'Đang giải quyết');
  assert.match(await citizen.locator('#r-due').textContent(), /03\/03\/2026/);

  // The specialist and the leader from their queues, then the receiver returns the result.
  await step(browser, 'specialist', code, 'claim', 'Nhận xử lý hồ sơ', 'online-step-claim-1366');
  assert.equal(await lookup(citizen, code, 'online-lookup-claimed-360'), 'Đang giải quyết');
  await step(browser, 'specialist', code, 'approve', 'Hoàn thành thẩm định, trình ký', 'online-step-approve-1366');
  assert.equal(await lookup(citizen, code, 'online-lookup-approved-360'), 'Đã phê duyệt');
  await step(browser, 'leader', code, 'sign', 'Ký duyệt kết quả', 'online-step-sign-1366');
  await step(browser, 'specialist', code, 'result_ready', 'Đã có kết quả, chuyển trả', 'online-step-ready-1366');
  assert.equal(await lookup(citizen, code, 'online-lookup-ready-360'), 'Đã có kết quả, chờ trả');
  await step(browser, 'receiver', code, 'return_result', 'Trả kết quả cho người nộp', 'online-step-return-1366');

  // Returned: the citizen rates the service, once.
  assert.equal(await lookup(citizen, code, 'online-lookup-returned-360'), 'Đã trả kết quả');
  await citizen.getByRole('heading', { name: 'Đánh giá mức độ hài lòng' }).waitFor();
  await citizen.getByLabel('Rất hài lòng').check();
  await citizen.getByLabel('Ý kiến thêm (nếu có)').fill('Nộp qua mạng nhanh, không phải đi lại.');
  await citizen.screenshot({ path: join(screenshots, 'online-rating-360.png'), fullPage: true });
  await expectAccessible(citizen, 'online-rating-360');
  await citizen.getByRole('button', { name: 'Gửi đánh giá' }).click();
  await citizen.getByText('Cảm ơn Ông/Bà đã đánh giá: Rất hài lòng.').waitFor();
  await citizen.screenshot({ path: join(screenshots, 'online-rated-360.png'), fullPage: true });
  await expectAccessible(citizen, 'online-rated-360');
  await lookup(citizen, code, 'online-lookup-rated-360');
  await citizen.getByText('Ông/Bà đã đánh giá: Rất hài lòng.').waitFor();
  assert.equal(await citizen.locator('#rate-form').isHidden(), true);
  const events = (await api('GET', `/api/v1/dossiers/${code}/history`)).json.events;
  assert.deepEqual(events.map((e) => e.action), ['submit_online', 'accept_online', 'claim', 'approve', 'sign',
    'result_ready', 'return_result', 'rated']);
  assert.equal(events.at(-1).details.rating, 'very_satisfied');
  await citizen.context().close();
});
