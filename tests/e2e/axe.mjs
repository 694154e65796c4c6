// Accessibility of a page as axe-core judges it: no serious or critical violation is allowed.
// The full report of each page is kept beside its screenshots.
import AxeBuilder from '@axe-core/playwright';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { screenshots } from './browser.mjs';

export async function expectAccessible(page, name) {
  assert.deepEqual(page.scriptErrors ?? [], [], 'no script error');
  const results = await new AxeBuilder({ page }).analyze();
  writeFileSync(join(screenshots, `axe-${name}.json`), JSON.stringify({
    url: page.url(), violations: results.violations, passes: results.passes.length,
  }, null, 2));
  const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  assert.deepEqual(serious.map((v) => `${v.id} (${v.impact}): ${v.help} — ` +
    v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')), [], `axe on ${name}`);
  return results;
}

// A page in a fresh browser context (axe needs one), at a viewport size.
export async function newPage(browser, width, height) {
  const context = await browser.newContext({ viewport: { width, height }, locale: 'vi-VN' });
  const page = await context.newPage();
  // Script errors are collected and checked by expectAccessible's callers through noErrors.
  page.scriptErrors = [];
  page.on('pageerror', (e) => page.scriptErrors.push(`${page.url()}: ${e.message}`));
  return page;
}
export const PHONE = [360, 740];
export const DESK = [1366, 768];
