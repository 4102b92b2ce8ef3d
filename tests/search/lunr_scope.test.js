// Per-scope lunr indexes built by lunr.py, loaded and queried by lunr.js through lunr_scope.js.
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const helpers = require('./helpers.js');
const scopeLib = require('../../theme/static/js/search/lunr_scope.js');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongshi-lunr-'));
helpers.runPython('make_lunr_fixture.py', [dir]);
test.after(() => fs.rmSync(dir, { recursive: true, force: true }));
const readJSON = (...p) => JSON.parse(fs.readFileSync(path.join(dir, ...p), 'utf8'));

/** A lunr module instance of its own, so that one test's patch does not leak into another. */
function freshLunr() {
  delete require.cache[require.resolve('lunr')];
  return require('lunr');
}

/** Terms of the inverted index that the loaded TokenSet cannot reach. */
function unreachable(idx) {
  return Object.keys(idx.invertedIndex).filter((term) => {
    let node = idx.tokenSet;
    for (const ch of term.split('')) {
      node = node.edges[ch];
      if (!node) return true;
    }
    return !node.final;
  });
}

const scopeFiles = [];
for (const dept of fs.readdirSync(path.join(dir, 'scopes'))) {
  for (const file of fs.readdirSync(path.join(dir, 'scopes', dept))) scopeFiles.push([dept, file]);
}

test('unpatched lunr.js loses terms of a digit-heavy index; the patched one finds every term', () => {
  const data = readJSON('digits.json');
  assert.deepEqual(data.index.pipeline, []);
  const plain = freshLunr();
  const lost = unreachable(plain.Index.load(data.index));
  assert.ok(lost.length > 0, 'the unpatched TokenSet was expected to drop a term');
  const lunr = freshLunr();
  const scope = scopeLib.load(lunr, data);
  assert.deepEqual(unreachable(scope.index), []);
  for (const term of lost) {
    const hits = scope.index.query((q) => q.term(term, { presence: lunr.Query.presence.REQUIRED, usePipeline: false }));
    assert.ok(hits.length > 0, term);
  }
});

test('every term of every scope index is found after load', () => {
  const lunr = freshLunr();
  assert.ok(scopeFiles.length > 20);
  for (const [dept, file] of scopeFiles) {
    const scope = scopeLib.load(lunr, readJSON('scopes', dept, file));
    assert.deepEqual(unreachable(scope.index), [], `${dept}/${file}`);
    const terms = Object.keys(scope.index.invertedIndex);
    for (const term of terms.filter((_, i) => i % 25 === 0)) {
      const hits = scope.index.query((q) => q.term(term, { presence: lunr.Query.presence.REQUIRED, usePipeline: false }));
      assert.ok(hits.length > 0, `${dept}/${file}: ${term}`);
    }
  }
});

test('terms outside the BMP load in JavaScript order (no "Out of order word insertion")', () => {
  const lunr = freshLunr();
  const scope = scopeLib.load(lunr, readJSON('scopes', 'scjg', '2024.json'));
  const terms = Object.keys(scope.index.invertedIndex);
  assert.ok(terms.includes('𠀀﨎') && terms.includes('﨎𠀀'));
  assert.equal(scopeLib.search(lunr, scope, '﨎𠀀')[0].url, 'scjg/penalties/2024/order-probe.html');
});

test('queries inside a department-year scope', () => {
  const lunr = freshLunr();
  const scope = scopeLib.load(lunr, readJSON('scopes', 'scjg', '2024.json'));
  const first = (q) => (scopeLib.search(lunr, scope, q)[0] || {}).url;
  const target = 'scjg/penalties/2024/jinheng-jiancai.html';
  assert.equal(first('恒𪚥建材'), target);
  assert.equal(first('92410106MA9XK3PQ7L'), target);
  for (const q of ['上市监罚〔2024〕123号', '上市监罚[2024]123号', '上市监罚（2024）第0123号', '上市监罚【2024】123号']) {
    assert.equal(first(q), target, q);
  }
  assert.equal(first('沥青防水卷材'), target);
  assert.ok(scopeLib.search(lunr, scope, '92410106MA9X').some((r) => r.url === target));
  assert.deepEqual(scopeLib.search(lunr, scope, '沥青 不存在的词语组合'), []);
  const zjj = scopeLib.load(lunr, readJSON('scopes', 'zjj', '2022.json'));
  assert.deepEqual(scopeLib.search(lunr, zjj, '蓝鲸 鹦鹉螺'), []); // the record holding both is from 2021
  assert.equal(scopeLib.search(lunr, zjj, '蓝鲸').length, 1);
});

test('patchTokenSet is idempotent and keeps keys unambiguous', () => {
  const lunr = freshLunr();
  scopeLib.patchTokenSet(lunr);
  const patched = lunr.TokenSet.prototype.toString;
  scopeLib.patchTokenSet(lunr);
  assert.equal(lunr.TokenSet.prototype.toString, patched);
  const a = new lunr.TokenSet();
  const b = new lunr.TokenSet();
  const c = new lunr.TokenSet();
  a.edges['1'] = { id: 234 };
  b.edges['1'] = { id: 2 };
  b.edges['3'] = { id: 4 };
  c.edges['1'] = { id: 234 };
  assert.notEqual(a.toString(), b.toString());
  assert.equal(a.toString(), c.toString());
});
