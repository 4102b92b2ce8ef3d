// node tokenize_batch.js IN.json OUT.json: the JS tokenizer's view of each input string (parity tests).
'use strict';
const fs = require('node:fs');
const t = require('../../theme/static/js/search/tokenizer.js');

const inputs = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const out = inputs.map((s) => ({
  index: t.indexTokens(s),
  query: t.queryTokens(s),
  key: t.canonicalDocno(s),
  docno: t.looksLikeDocno(s),
  identifier: t.looksLikeIdentifier(s),
  hash: t.bucketHash(s),
}));
fs.writeFileSync(process.argv[3], JSON.stringify(out));
