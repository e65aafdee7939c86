// tests/browser.mjs BASE_URL SCREENSHOT.png — the end-to-end browser test of
// `sitrep serve`: Debian's Chromium, driven by the pinned playwright-core,
// loads the page from a running server and checks that
//   1. map markers and timeline bars render, and the table has rows;
//   2. a country filter changes the table (only that country's rows), the
//      map zooms, and the filter is kept in the URL;
//   3. opening an event shows its fields with the evidence highlighted
//      (<mark>) and links to the sources;
//   4. the URL alone (a shared link) restores that view;
//   5. the page made no request outside the server and logged no errors;
// then saves a screenshot.  Prints "ok - ..." / "not ok - ..." lines (TAP,
// counted by tests/run.sh) and exits non-zero on any failure.
import { chromium } from 'playwright-core';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const [base, shot] = process.argv.slice(2);
if (!base || !shot) {
  console.error('usage: node tests/browser.mjs BASE_URL SCREENSHOT.png');
  process.exit(2);
}
const exe = ['/usr/lib/chromium/chromium', '/usr/bin/chromium'].find((p) => existsSync(p));
if (!exe) {
  console.log('not ok - browser: Chromium not found (/usr/lib/chromium/chromium; scripts/setup.sh installs it)');
  process.exit(1);
}

let failed = 0;
const ok = (name) => console.log(`ok - browser: ${name}`);
const nok = (name, why) => { failed++; console.log(`not ok - browser: ${name}: ${String(why).split('\n')[0].slice(0, 300)}`); };
async function check(name, fn) {
  try { await fn(); ok(name); } catch (e) { nok(name, e && e.message ? e.message : e); }
}
function assert(cond, msg) { if (!cond) throw new Error(msg); }

const userData = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
let ctx;
const watchdog = setTimeout(() => {
  console.log('not ok - browser: the test took longer than 120 s');
  process.exit(1);
}, 120000);

try {
  ctx = await chromium.launchPersistentContext(userData, {
    executablePath: exe,
    headless: true,
    viewport: { width: 1440, height: 1000 },
    timeout: 30000,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
  });
} catch (e) {
  console.log(`not ok - browser: Chromium did not start: ${String(e.message).split('\n')[0]}`);
  rmSync(userData, { recursive: true, force: true });
  process.exit(1);
}

const page = ctx.pages()[0] || await ctx.newPage();
page.setDefaultTimeout(15000);
const problems = [];
const outside = [];
page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
page.on('request', (r) => { const u = r.url(); if (!u.startsWith(base) && !u.startsWith('data:')) outside.push(u); });

const ready = () => page.waitForFunction(() => document.body.dataset.state === 'ready');
const rows = () => page.$$eval('#events tbody tr[data-id]', (trs) => trs.map((tr) => [...tr.cells].map((c) => c.textContent)));

let allRows = [];
await check('page loads with markers, timeline and table', async () => {
  const resp = await page.goto(base + '/', { waitUntil: 'load' });
  assert(resp && resp.ok(), `GET / answered ${resp && resp.status()}`);
  await ready();
  await page.waitForSelector('#map circle.marker');
  await page.waitForSelector('#timeline rect.bar');
  const markers = await page.locator('#map circle.marker').count();
  const bars = await page.locator('#timeline rect.bar').count();
  const countries = await page.locator('#map path.country').count();
  allRows = await rows();
  // what the page should show, from the API itself
  const geo = await (await fetch(base + '/api/events.geojson')).json();
  const stats = await (await fetch(base + '/api/stats')).json();
  const placed = geo.features.filter((f) => f.geometry).length;
  const typeDays = stats.by_day.reduce((n, d) => n + Object.keys(d.by_type).length, 0);
  assert(stats.total >= 4, `the store holds only ${stats.total} incidents`);
  assert(countries > 100, `only ${countries} country shapes`);
  assert(markers === placed, `${markers} markers for ${placed} placed incidents`);
  assert(bars === typeDays, `${bars} timeline bars for ${typeDays} day-and-type counts`);
  assert(allRows.length === Math.min(stats.total, 50), `${allRows.length} table rows for ${stats.total} incidents`);
  console.log(`# ${markers} markers, ${bars} timeline bars, ${allRows.length} rows, ${countries} country shapes`);
});

let country = '';
await check('a country filter changes the table and is kept in the URL', async () => {
  // the most frequent country that does not hold every row
  const options = await page.$$eval('#f-country option', (os) => os.map((o) => o.value).filter(Boolean));
  const counts = new Map();
  for (const r of allRows) counts.set(r[3], (counts.get(r[3]) || 0) + 1);
  country = options.find((c) => counts.get(c) && counts.get(c) < allRows.length) || options[0];
  assert(country, 'no country to filter by');
  const sphereBefore = await page.getAttribute('#map path.sphere', 'd');
  await page.selectOption('#f-country', country);
  await page.click('#apply');
  await page.waitForFunction((c) => {
    const tr = [...document.querySelectorAll('#events tbody tr[data-id]')];
    return tr.length > 0 && tr.every((r) => r.cells[3].textContent === c);
  }, country);
  await ready();
  const filtered = await rows();
  assert(filtered.length < allRows.length, `still ${filtered.length} rows`);
  assert(new URL(page.url()).searchParams.get('country') === country, `URL ${page.url()} lacks country=${country}`);
  const sphereAfter = await page.getAttribute('#map path.sphere', 'd');
  assert(sphereAfter !== sphereBefore, 'the map did not zoom');
  console.log(`# country=${country}: ${allRows.length} -> ${filtered.length} rows`);
});

let eventId = '';
await check('opening an event shows the evidence highlighted, with source links', async () => {
  const first = page.locator('#events tbody tr[data-id]').first();
  eventId = await first.getAttribute('data-id');
  await first.click();
  await page.waitForSelector('#panel:not([hidden]) mark');
  await ready();
  const marks = await page.locator('#panel mark').count();
  const fields = await page.locator('#panel table.fields tbody tr').count();
  const evidence = await page.locator('#panel q.evidence').first().textContent();
  const markText = await page.locator('#panel mark').first().textContent();
  const links = await page.locator('#panel a[href^="http"]').count();
  assert(marks >= 1, 'no highlighted words');
  assert(fields >= 3, `only ${fields} fields`);
  assert(evidence.includes(markText), 'the highlight is not inside the sentence');
  assert(links >= 1, 'no source link');
  assert(new URL(page.url()).searchParams.get('event') === eventId, 'the event is not in the URL');
  const bg = await page.locator('#panel mark').first().evaluate((m) => getComputedStyle(m).backgroundColor);
  assert(bg && bg !== 'rgba(0, 0, 0, 0)', 'the highlight has no background');
  console.log(`# event ${eventId}: ${fields} fields, ${marks} highlights, ${links} source links`);
});

await check('screenshot saved', async () => {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: shot, fullPage: false });
});

await check('a shared URL restores filters and the open event', async () => {
  const url = page.url();
  const p2 = await ctx.newPage();
  p2.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  await p2.goto(url, { waitUntil: 'load' });
  await p2.waitForSelector('#panel:not([hidden]) mark', { timeout: 15000 });
  const sel = await p2.$eval('#f-country', (s) => s.value);
  assert(sel === country, `country select is "${sel}"`);
  const selected = await p2.locator(`#events tr.selected[data-id="${eventId}"]`).count();
  assert(selected === 1, 'the event row is not selected');
  await p2.close();
});

await check('a text filter with no match empties the table; Back restores it', async () => {
  await page.fill('#f-text', 'zzzznotawordzzzz');
  await page.click('#apply');
  await page.waitForSelector('#events td.empty');
  await page.goBack();
  await page.waitForSelector('#events tbody tr[data-id]');
});

await check('no request left the server and no page errors', async () => {
  assert(outside.length === 0, `requests elsewhere: ${outside.slice(0, 3).join(', ')}`);
  assert(problems.length === 0, problems.slice(0, 3).join('; '));
});

await ctx.close();
rmSync(userData, { recursive: true, force: true });
clearTimeout(watchdog);
process.exit(failed ? 1 : 0);
