// The JavaScript tokenizer against the shared parity file (the Python side reads the same file).
'use strict';
const test = require('node:test');
const assert = require('node:assert/strict');
const fs = require('node:fs');
const path = require('node:path');
const t = require('../../theme/static/js/search/tokenizer.js');

const cases = JSON.parse(fs.readFileSync(path.join(__dirname, 'data', 'tokenizer_cases.json'), 'utf8'));

test('the parity file has enough cases', () => {
  assert.ok(cases.tokens.length + cases.docno.length >= 60);
});

for (const c of cases.tokens) {
  test(`tokens of ${JSON.stringify(c.input)}`, () => {
    assert.deepEqual(t.indexTokens(c.input), c.index);
    assert.deepEqual(t.queryTokens(c.input), c.query);
  });
}

for (const c of cases.docno) {
  test(`identifier key of ${JSON.stringify(c.input)}`, () => {
    assert.equal(t.canonicalDocno(c.input), c.key);
    assert.equal(t.looksLikeDocno(c.input), c.docno);
    assert.equal(t.looksLikeIdentifier(c.input), c.identifier);
  });
}

test('characters outside the BMP count as one character', () => {
  assert.deepEqual(t.queryTokens('𠀀'), ['𠀀']);
  assert.deepEqual(t.indexTokens('𠀀𪚥'), ['𠀀', '𠀀𪚥', '𪚥']);
});

test('bucketHash is CRC-32 of the UTF-8 bytes', () => {
  const zlib = require('node:zlib');
  if (typeof zlib.crc32 !== 'function') return; // node < 20.15 has no zlib.crc32 to compare with
  for (const s of ['', 'a', '有限', '𠀀𪚥', 'kind:penalty', '91410106ma44abcd1x']) {
    assert.equal(t.bucketHash(s), zlib.crc32(Buffer.from(s, 'utf8')));
  }
});
