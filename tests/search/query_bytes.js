// node query_bytes.js INDEX_DIR QUERIES.json OUT.json: run each query with a fresh client (a cold page) and
// record the files and bytes it fetched, the rank of the expected record and the time taken.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const zlib = require('node:zlib');
const client = require('../../theme/static/js/search/client.js');

async function main() {
  const [dir, queriesFile, outFile] = process.argv.slice(2);
  const queries = JSON.parse(fs.readFileSync(queriesFile, 'utf8'));
  const base = 'https://bench.test/search/';
  const results = [];
  for (const q of queries) {
    const files = [];
    const fetch = async (url) => {
      const file = path.join(dir, decodeURIComponent(url.slice(base.length)));
      if (!fs.existsSync(file)) return { ok: false, status: 404, text: async () => '' };
      const data = fs.readFileSync(file);
      files.push(data);
      return { ok: true, status: 200, text: async () => data.toString('utf8') };
    };
    const index = client.open(base, { fetch });
    const started = process.hrtime.bigint();
    const res = await index.search(q.query, { limit: 10 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    const shown = files.slice();
    let rank = res.rows.findIndex((r) => r.url === q.url) + 1;
    if (rank === 0 && res.total > 10) {
      const all = await index.search(q.query, { limit: 100 });
      rank = all.rows.findIndex((r) => r.url === q.url) + 1;
    }
    const raw = shown.reduce((n, d) => n + d.length, 0);
    const gzip = shown.reduce((n, d) => n + zlib.gzipSync(d, { level: 6 }).length, 0);
    results.push({ ...q, total: res.total, rank, files: shown.length, raw, gzip, ms });
  }
  fs.writeFileSync(outFile, JSON.stringify(results));
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
