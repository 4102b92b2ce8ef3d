// The search page behaviour (ui.js) on a tiny fake DOM, against an index built by the Python writer.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const helpers = require('./helpers.js');
const { Document } = require('./fakedom.js');
const ui = require('../../theme/static/js/search/ui.js');

const fixture = helpers.buildFixture('ui', 300);
test.after(() => fs.rmSync(fixture, { recursive: true, force: true }));
const indexDir = path.join(fixture, 'index');
const SITE = 'https://example.test/site/';

function page(pageUrl, formAttrs, withFilters) {
  const doc = new Document();
  doc.add('form', 'search-form', formAttrs);
  doc.add('input', 'q');
  if (withFilters) {
    const kind = doc.add('select', 'kind');
    const all = doc.createElement('option');
    all.value = '';
    all.textContent = '全部';
    kind.appendChild(all);
    doc.add('select', 'dept');
    doc.add('select', 'year');
  }
  doc.add('p', 'search-status');
  doc.add('ol', 'search-results');
  doc.add('nav', 'search-pager');
  const url = new URL(pageUrl);
  return { doc, location: { href: url.href, search: url.search } };
}

async function run(pageUrl, formAttrs, options) {
  const { doc, location } = page(pageUrl, formAttrs, true);
  const fetch = (options && options.fetch) || helpers.diskFetch(indexDir, SITE + 'search/');
  const result = await ui.init(doc, location, { fetch });
  return { doc, result };
}

test('isSafeUrl accepts only site-relative lower-case .html paths', () => {
  for (const ok of ['scjg/penalties/2024/a.html', 'a_b-c.d/x.html']) assert.ok(ui.isSafeUrl(ok), ok);
  const bad = ['javascript:alert(1)', '//evil.example/a.html', '/abs/a.html', '../up.html', 'a/../../b.html',
    'A.html', 'a.htm', 'a.html?x=1', 'https://evil.example/a.html', '', null, 'a b.html'];
  for (const b of bad) assert.ok(!ui.isSafeUrl(b), String(b));
});

test('a hostile record renders as text only, and its link points into the site', async () => {
  const { doc, result } = await run(SITE + 'search.html?q=' + encodeURIComponent('上市监罚[2024]9号'), { 'data-index': 'search/', 'data-root': './' });
  assert.equal(result.total, 1);
  const items = doc.getElementById('search-results').childNodes;
  assert.equal(items.length, 1);
  assert.ok(items[0].textContent.includes('<img src=x onerror="alert(1)">某商行'));
  assert.ok(items[0].textContent.includes('</ol><script>alert(2)</script>'));
  assert.ok(!doc.created.includes('IMG') && !doc.created.includes('SCRIPT'));
  const links = doc.getElementById('search-results').querySelectorAll('a');
  assert.equal(links.length, 1);
  assert.equal(links[0].href, SITE + 'scjg/penalties/2024/hostile.html');
  assert.match(doc.getElementById('search-status').textContent, /共找到 1 条记录/);
  assert.equal(doc.getElementById('q').value, '上市监罚[2024]9号');
});

test('a department page resolves the index and the links from its sub-folder and stays in its department', async () => {
  const attrs = { 'data-index': '../search/', 'data-root': '../', 'data-dept': 'zjj' };
  const { doc, result } = await run(SITE + 'zjj/search.html?q=' + encodeURIComponent('蓝鲸'), attrs);
  assert.ok(result.total >= 2);
  assert.ok(result.rows.every((r) => r.dept === 'zjj'));
  const hrefs = doc.getElementById('search-results').querySelectorAll('a').map((a) => a.href);
  assert.ok(hrefs.every((h) => h.startsWith(SITE + 'zjj/')), hrefs.join(' '));
  const other = await run(SITE + 'wjw/search.html?q=' + encodeURIComponent('蓝鲸'), { ...attrs, 'data-dept': 'wjw' });
  assert.equal(other.result.total, 0);
  assert.match(other.doc.getElementById('search-status').textContent, /^没有找到与“蓝鲸”相符的记录/);
});

test('without data-root the links resolve through meta.json root', async () => {
  const { doc } = await run(SITE + 'search.html?q=' + encodeURIComponent('恒𪚥建材'), { 'data-index': 'search/' });
  const links = doc.getElementById('search-results').querySelectorAll('a');
  assert.equal(links[0].href, SITE + 'scjg/penalties/2024/jinheng-jiancai.html');
});

test('filters fill from meta.json and from the query string', async () => {
  const { doc, result } = await run(SITE + 'search.html?q=' + encodeURIComponent('有限公司') + '&kind=license&year=2023', { 'data-index': 'search/' });
  assert.ok(result.rows.every((r) => r.kind === 'license' && r.year === 2023));
  const kind = doc.getElementById('kind');
  assert.deepEqual(kind.options.map((o) => o.value), ['', 'license', 'penalty']);
  assert.deepEqual(kind.options.map((o) => o.textContent), ['全部', '行政许可', '行政处罚']);
  assert.equal(kind.value, 'license');
  assert.ok(doc.getElementById('dept').options.some((o) => o.value === 'scjg' && o.textContent === '上街区市场监督管理局'));
  assert.ok(doc.getElementById('year').options.some((o) => o.value === '2023' && o.textContent === '2023年'));
});

test('no query shows a prompt and fetches no postings', async () => {
  const counter = { files: [], raw: 0, gzip: 0 };
  const fetch = helpers.diskFetch(indexDir, SITE + 'search/', counter);
  const { doc, result } = await run(SITE + 'search.html', { 'data-index': 'search/' }, { fetch });
  assert.equal(result.total, 0);
  assert.match(doc.getElementById('search-status').textContent, /^请输入/);
  assert.deepEqual(counter.files, ['meta.json']);
});

test('paging links keep the query and filters', async () => {
  const { doc } = await run(SITE + 'search.html?q=' + encodeURIComponent('有限公司') + '&kind=penalty', { 'data-index': 'search/' });
  const next = doc.getElementById('search-pager').querySelectorAll('a');
  assert.equal(next.length, 1);
  assert.equal(next[0].textContent, '下一页');
  const params = new URLSearchParams(next[0].href.slice(1));
  assert.equal(params.get('q'), '有限公司');
  assert.equal(params.get('kind'), 'penalty');
  assert.equal(params.get('page'), '2');
});

test('a failing index shows an error message instead of results', async () => {
  const fetch = async () => ({ ok: false, status: 500, text: async () => '' });
  const origError = console.error;
  console.error = () => {};
  try {
    const { doc, result } = await run(SITE + 'search.html?q=x', { 'data-index': 'search/' }, { fetch });
    assert.equal(result, null);
    assert.match(doc.getElementById('search-status').textContent, /^搜索暂时无法使用/);
  } finally {
    console.error = origError;
  }
});
