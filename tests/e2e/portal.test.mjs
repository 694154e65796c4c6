// The citizen portal: a citizen on a phone looks a procedure up the way they type, without
// accents, and reads what to bring; filters narrow the catalogue on an office screen.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { startServer } from './server.mjs';
import { launch, screenshots } from './browser.mjs';
import { expectAccessible, newPage, PHONE, DESK } from './axe.mjs';

let server, browser;

before(async () => {
  server = await startServer();
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a citizen on a 360 px phone types "dang ky khai sinh" and opens 1.001193', async () => {
  const page = await newPage(browser, ...PHONE);
  await page.goto(`${server.base}/`);
  assert.equal(await page.locator('h1').textContent(), 'Tìm thủ tục hành chính');
  // Typed as a person types, letter by letter, no Enter: the results follow.
  await page.getByLabel('Tên hoặc mã thủ tục').pressSequentially('dang ky khai sinh', { delay: 20 });
  const first = page.locator('#ket-qua li').first();
  await first.getByText('Thủ tục đăng ký khai sinh', { exact: true }).waitFor();
  assert.match(await first.textContent(), /1\.001193/);
  assert.match(await first.textContent(), /Nộp trực tuyến/);
  assert.match(await page.getByRole('status').first().textContent(), /Tìm thấy \d+ thủ tục/);
  // The top results are on the first screen, without scrolling.
  for (let i = 0; i < 3; i++) {
    const box = await page.locator('#ket-qua li').nth(i).boundingBox();
    assert.ok(box && box.y + box.height <= PHONE[1], `result ${i + 1} ends at ${box?.y + box?.height}px`);
  }
  // The address keeps the search, so Back and a shared link show the same results.
  assert.match(page.url(), /\?q=dang\+ky\+khai\+sinh$/);
  await page.screenshot({ path: join(screenshots, 'portal-search-360.png') });
  await expectAccessible(page, 'portal-search-360');

  await first.getByRole('link').click();
  await page.waitForURL(`${server.base}/thu-tuc/1.001193`);
  await page.locator('h1', { hasText: 'Thủ tục đăng ký khai sinh' }).waitFor();
  const body = await page.locator('main').textContent();
  for (const part of ['Mã thủ tục', '1.001193', 'Hộ tịch', 'Cấp xã', 'nhận hồ sơ trực tuyến',
    'Nộp trực tiếp', 'Nộp trực tuyến', 'Qua bưu chính công ích', '1 ngày làm việc', 'Miễn phí',
    'Thành phần hồ sơ', 'Giấy chứng sinh', 'Số lượng: 1 bản chính', 'Trình tự thực hiện',
    'Nơi tiếp nhận hồ sơ', 'Bộ phận Một cửa', 'Căn cứ pháp lý', 'Luật 60/2014/QH13']) {
    assert.ok(body.includes(part), `the procedure page shows "${part}"`);
  }
  assert.equal(await page.title(), 'Thủ tục đăng ký khai sinh — Một cửa');
  await page.screenshot({ path: join(screenshots, 'portal-procedure-360.png'), fullPage: true });
  await expectAccessible(page, 'portal-procedure-360');

  await page.goBack();
  await page.locator('#ket-qua li').first().getByText('Thủ tục đăng ký khai sinh', { exact: true }).waitFor();
  assert.equal(await page.getByLabel('Tên hoặc mã thủ tục').inputValue(), 'dang ky khai sinh');
  await page.context().close();
});

test('filters by level, field and online submission on a 1366 px screen', async () => {
  const page = await newPage(browser, ...DESK);
  await page.goto(`${server.base}/?q=chung+thuc`);
  await page.locator('#ket-qua li').first().waitFor();
  const before = Number((await page.getByRole('status').first().textContent()).match(/\d[\d.]*/)[0].replace(/\./g, ''));
  await page.getByLabel('Cấp thực hiện').selectOption('commune');
  await page.getByLabel('Nộp trực tuyến').selectOption('false');
  await page.waitForURL(/online=false/);
  await page.locator('#ket-qua:not([aria-busy="true"])').waitFor();
  const items = page.locator('#ket-qua li');
  const n = await items.count();
  assert.ok(n > 0, 'some procedures are counter-only');
  for (let i = 0; i < n; i++) {
    const text = await items.nth(i).textContent();
    assert.doesNotMatch(text, /Nộp trực tuyến/);
    assert.match(text, /Cấp xã/);
  }
  const after = Number((await page.getByRole('status').first().textContent()).match(/\d[\d.]*/)[0].replace(/\./g, ''));
  assert.ok(after < before, `${after} < ${before}`);
  // The field list follows the level and names each field with its count.
  const civil = page.getByLabel('Lĩnh vực').locator('option', { hasText: /^Chứng thực \(\d+\)$/ });
  assert.equal(await civil.count(), 1);
  await page.getByLabel('Lĩnh vực').selectOption({ label: await civil.textContent() });
  await page.waitForURL(/field=/);
  await page.screenshot({ path: join(screenshots, 'portal-filters-1366.png') });
  await expectAccessible(page, 'portal-filters-1366');
  await page.context().close();
});

test('a keyboard alone finds a procedure and opens it', async () => {
  const page = await newPage(browser, ...DESK);
  await page.goto(`${server.base}/`);
  await page.locator('#ket-qua li').first().waitFor();
  // The first Tab reaches the skip link, which leads into the main region.
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Bỏ qua đến nội dung chính');
  await page.keyboard.press('Enter');
  let guard = 0;
  while (await page.evaluate(() => document.activeElement.id) !== 'q' && guard++ < 10) await page.keyboard.press('Tab');
  await page.keyboard.type('ket hon');
  await page.keyboard.press('Enter');
  await page.locator('#ket-qua li').first().getByText('Thủ tục đăng ký kết hôn', { exact: true }).waitFor();
  guard = 0;
  while (!(await page.evaluate(() => document.activeElement.closest('#ket-qua li') !== null)) && guard++ < 15) {
    await page.keyboard.press('Tab');
  }
  assert.match(await page.evaluate(() => document.activeElement.textContent), /Thủ tục đăng ký kết hôn/);
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/thu-tuc\/1\.000894$/);
  await page.locator('h1', { hasText: 'Thủ tục đăng ký kết hôn' }).waitFor();
  await page.screenshot({ path: join(screenshots, 'portal-procedure-1366.png'), fullPage: true });
  await expectAccessible(page, 'portal-procedure-1366');
  await page.context().close();
});

test('an unknown procedure code says so in Vietnamese', async () => {
  const page = await newPage(browser, ...PHONE);
  await page.goto(`${server.base}/thu-tuc/9.999999`);
  await page.getByText('Không có thủ tục mang mã 9.999999.').waitFor();
  await page.screenshot({ path: join(screenshots, 'portal-not-found-360.png') });
  await expectAccessible(page, 'portal-not-found-360');
  await page.context().close();
});
