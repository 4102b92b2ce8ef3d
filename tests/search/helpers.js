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

module.exports = { REPO, python, runPython, buildFixture };
