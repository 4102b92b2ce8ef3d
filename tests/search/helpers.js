// Shared helpers of the node search tests: the Python to run, and fixtures it builds into a temp dir.
'use strict';
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const REPO = path.resolve(__dirname, '..', '..');

/** The Python that has gongshi's dependencies: $GONGSHI_PYTHON, else the repo's .venv, else python3. */
function python() {
  if (process.env.GONGSHI_PYTHON) return process.env.GONGSHI_PYTHON;
  const venv = path.join(REPO, '.venv', 'bin', 'python');
  return fs.existsSync(venv) ? venv : 'python3';
}

/** Run a Python script of tests/search with arguments; returns its stdout. */
function runPython(script, args) {
  return execFileSync(python(), [path.join(__dirname, script), ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });
}

/** A fresh temp dir holding make_fixture.py's output for n synthetic records. */
function buildFixture(label, n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `gongshi-${label}-`));
  runPython('make_fixture.py', [dir, String(n)]);
  return dir;
}

/** A fetch stub serving files of dir under the URL prefix base, counting files, raw and gzip bytes. */
function diskFetch(dir, base, counter) {
  const zlib = require('node:zlib');
  return async (url) => {
    if (!url.startsWith(base)) return { ok: false, status: 404, text: async () => '' };
    const file = path.join(dir, decodeURIComponent(url.slice(base.length)));
    if (!fs.existsSync(file)) return { ok: false, status: 404, text: async () => '' };
    const data = fs.readFileSync(file);
    if (counter) {
      counter.files.push(url.slice(base.length));
      counter.raw += data.length;
      counter.gzip += zlib.gzipSync(data, { level: 6 }).length;
    }
    return { ok: true, status: 200, text: async () => data.toString('utf8') };
  };
}

module.exports = { REPO, python, runPython, buildFixture, diskFetch };
