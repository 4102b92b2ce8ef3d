// The browser search client against an index built by the Python writer (node's built-in test runner).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const helpers = require('./helpers.js');
const client = require('../../theme/static/js/search/client.js');

const fixture = helpers.buildFixture('client', 1500);
test.after(() => fs.rmSync(fixture, { recursive: true, force: true }));
const cases = JSON.parse(fs.readFileSync(path.join(fixture, 'cases.json'), 'utf8'));
const indexDir = path.join(fixture, 'index');
const BASE = 'https://example.test/site/search/';

function diskFetch(counter) {
  return helpers.diskFetch(indexDir, BASE, counter);
}

function openIndex() {
  const counter = { files: [], raw: 0, gzip: 0 };
  return { index: client.open(BASE, { fetch: diskFetch(counter) }), counter };
}

const report = [];
test.after(() => {
  const out = process.env.GONGSHI_SEARCH_REPORT;
  if (out) fs.writeFileSync(out, JSON.stringify(report, null, 1));
});

for (const [label, query, url] of cases.first) {
  test(`${label}: ${query} finds ${url} first`, async () => {
    const { index, counter } = openIndex();
    const res = await index.search(query, { limit: 10 });
    assert.ok(res.total >= 1, `no hits for ${query}`);
    assert.equal(res.rows[0].url, url);
    report.push({ label, query, total: res.total, files: counter.files.length, raw: counter.raw, gzip: counter.gzip });
  });
}

for (const [label, query, url] of cases.contains) {
  test(`${label}: ${query} lists ${url}`, async () => {
    const { index, counter } = openIndex();
    const res = await index.search(query, { limit: 100 });
    assert.equal(res.mode, 'id');
    assert.ok(res.rows.some((r) => r.url === url), `${url} not among ${res.total}`);
    for (const row of res.rows) assert.ok(row.id >= 0);
    report.push({ label, query, total: res.total, files: counter.files.length, raw: counter.raw, gzip: counter.gzip });
  });
}

for (const [label, query, urls] of cases.exact) {
  test(`${label}: ${query} gives exactly ${urls.length} records`, async () => {
    const { index } = openIndex();
    const res = await index.search(query, { limit: 100 });
    assert.deepEqual(res.rows.map((r) => r.url).sort(), [...urls].sort());
    assert.equal(res.total, urls.length);
  });
}

test('a name fragment downloads no key pages and an identifier no posting buckets', async () => {
  let { index, counter } = openIndex();
  await index.search('恒𪚥建材');
  assert.ok(counter.files.every((f) => !f.startsWith('keys/')), counter.files.join(' '));
  ({ index, counter } = openIndex());
  await index.search('92410106MA9XK3PQ7L');
  assert.ok(counter.files.every((f) => !f.startsWith('grams/')), counter.files.join(' '));
  assert.ok(counter.files.filter((f) => /^keys\/\d+\.json$/.test(f)).length <= 2);
});

test('rows carry the display fields from the index', async () => {
  const { index } = openIndex();
  const res = await index.search('上市监罚〔2024〕123号');
  const row = res.rows[0];
  assert.equal(row.name, '上街区金恒𪚥建材商行');
  assert.equal(row.docno, '上市监罚〔2024〕123号');
  assert.equal(row.dept_name, '上街区市场监督管理局');
  assert.equal(row.date, '2024-03-15');
  assert.equal(row.kind, 'penalty');
  assert.equal(row.year, 2024);
});

test('filters by kind, department and year narrow word and identifier queries', async () => {
  const { index } = openIndex();
  const words = await index.search('有限公司', { limit: 100 });
  assert.ok(words.total > 100);
  const penalty = await index.search('有限公司', { kind: 'penalty', limit: 100 });
  const license = await index.search('有限公司', { kind: 'license', limit: 100 });
  assert.equal(penalty.total + license.total, words.total);
  assert.ok(penalty.rows.every((r) => r.kind === 'penalty'));
  assert.ok(license.rows.every((r) => r.kind === 'license'));
  const dept = await index.search('有限公司', { dept: 'wjw', year: 2023, limit: 100 });
  assert.ok(dept.total > 0 && dept.total < words.total);
  assert.ok(dept.rows.every((r) => r.dept === 'wjw' && r.year === 2023));
  assert.equal((await index.search('92410106MA9XK3PQ7L', { kind: 'license' })).total, 0);
  assert.equal((await index.search('92410106MA9XK3PQ7L', { dept: 'scjg', year: 2024 })).total, 1);
  assert.equal((await index.search('92410106MA9XK3PQ7L', { year: 2023 })).total, 0);
  assert.equal((await index.search('恒𪚥建材', { dept: 'wjw' })).total, 0);
});

test('results are ranked name above text, newest first among equals', async () => {
  const { index } = openIndex();
  const res = await index.search('蓝鲸', { limit: 100 });
  const urls = res.rows.map((r) => r.url);
  assert.deepEqual(urls.slice(0, 2), [cases.exact[1][2][0], cases.exact[0][2][0]]);
  for (let i = 1; i < res.rows.length; i++) {
    // equal scores come out newest first (ids follow date order)
    if (res.rows[i - 1].score === res.rows[i].score) assert.ok(res.rows[i - 1].date >= res.rows[i].date);
  }
});

test('browsing a department-year without a query lists its records newest first', async () => {
  const { index } = openIndex();
  const res = await index.search('', { dept: 'zjj', year: 2022, limit: 100 });
  assert.equal(res.mode, 'browse');
  assert.ok(res.total >= 2);
  assert.ok(res.rows.every((r) => r.dept === 'zjj' && r.year === 2022));
  const dates = res.rows.map((r) => r.date);
  assert.deepEqual(dates, [...dates].sort().reverse());
});

test('paging with offset returns the next slice and the same total', async () => {
  const { index } = openIndex();
  const first = await index.search('有限公司', { limit: 10 });
  const second = await index.search('有限公司', { limit: 10, offset: 10 });
  assert.equal(first.total, second.total);
  assert.equal(second.rows.length, 10);
  const seen = new Set(first.rows.map((r) => r.id));
  assert.ok(second.rows.every((r) => !seen.has(r.id)));
});

test('a failed fetch rejects, and the next search retries it', async () => {
  let fail = true;
  const counter = { files: [], raw: 0, gzip: 0 };
  const good = diskFetch(counter);
  const index = client.open(BASE, {
    fetch: async (url) => (fail && url.endsWith('meta.json') ? { ok: false, status: 503, text: async () => '' } : good(url)),
  });
  await assert.rejects(index.search('蓝鲸'), /HTTP 503/);
  fail = false;
  assert.ok((await index.search('蓝鲸')).total >= 2);
});

test('an empty index answers every query with nothing', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-empty-'));
  test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  fs.writeFileSync(path.join(dir, 'meta.json'), JSON.stringify({ docs: 0, buckets: 1, key_pages: 0, years: [], rows_per_chunk: 16, row_fields: [], weights: {} }));
  fs.writeFileSync(path.join(dir, 'grams0.json'), '{}');
  const index = client.open('https://e.test/', {
    fetch: async (url) => {
      const rel = url.slice('https://e.test/'.length).replace('grams/0.json', 'grams0.json');
      const file = path.join(dir, rel);
      return fs.existsSync(file) ? { ok: true, status: 200, text: async () => fs.readFileSync(file, 'utf8') } : { ok: false, status: 404, text: async () => '' };
    },
  });
  assert.equal((await index.search('蓝鲸')).total, 0);
  assert.equal((await index.search('92410106MA9XK3PQ7L')).total, 0);
});

test('bytes fetched stay small: an identifier reads 4 files, a name fragment a handful', async () => {
  let { index, counter } = openIndex();
  await index.search('上市监罚（2024）第0123号');
  assert.deepEqual(counter.files.map((f) => f.replace(/\d+/g, 'N')), ['meta.json', 'keys/dir.json', 'keys/N.json', 'rows/N.json']);
  assert.ok(counter.gzip < 16 * 1024, `${counter.gzip} bytes gzip`);
  ({ index, counter } = openIndex());
  await index.search('恒𪚥建材');
  assert.ok(counter.files.length <= 8, counter.files.join(' '));
  assert.ok(counter.gzip < 48 * 1024, `${counter.gzip} bytes gzip`);
  // a second query in the same page reuses meta.json and the buckets it already has
  const before = counter.files.length;
  await index.search('恒𪚥建材', { offset: 0, limit: 5 });
  assert.equal(counter.files.length, before);
});
