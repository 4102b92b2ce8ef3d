/* gongshi per-scope lunr search (one department-year), for indexes written by plugins/gongshi/search/lunr_scope.py.
 * Needs lunr.js (copied into the site from node_modules/lunr/lunr.min.js) and tokenizer.js. Loads as a classic
 * script (global GongshiLunrScope, using the global lunr) or with require() in node.
 *
 * lunr.js 2.3.9 keys its DAWG nodes by `final + label + id + label + id …` while minimising, so an edge '1'→#23
 * and the edges '1'→#2, '3'→… give the same key: distinct nodes merge, real terms (often digit-heavy: USCCs,
 * amounts) become unreachable and phantom terms appear. patchTokenSet() ends each label+id with ';' so keys are
 * unambiguous; it must run before lunr.Index.load. Queries never go through idx.search()'s query parser or a
 * pipeline: one REQUIRED term clause per query token. */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./tokenizer.js'));
  } else {
    root.GongshiLunrScope = factory(root.GongshiTokenizer);
  }
})(typeof self !== 'undefined' ? self : this, function (tok) {
  'use strict';

  var MIN_PREFIX = 6;

  function unambiguousToString() {
    if (this._str) return this._str;
    var str = this.final ? '1' : '0';
    var labels = Object.keys(this.edges).sort();
    for (var i = 0; i < labels.length; i++) {
      str = str + labels[i] + this.edges[labels[i]].id + ';';
    }
    return str;
  }

  /** Replace lunr.TokenSet.prototype.toString with the unambiguous key (idempotent). */
  function patchTokenSet(lunr) {
    if (lunr.TokenSet.prototype.toString !== unambiguousToString) {
      lunr.TokenSet.prototype.toString = unambiguousToString;
    }
    return lunr;
  }

  /** A loaded scope: {index, rows} from the parsed JSON of one scope file. */
  function load(lunr, data) {
    patchTokenSet(lunr);
    return { index: lunr.Index.load(data.index), rows: data.rows, fields: data.row_fields };
  }

  function toRow(scope, ref, score) {
    var raw = scope.rows[Number(ref)];
    var row = { score: score };
    scope.fields.forEach(function (name, k) { row[name] = raw[k]; });
    return row;
  }

  function run(lunr, scope, build) {
    return scope.index.query(build).map(function (r) { return toRow(scope, r.ref, r.score); });
  }

  /** Ranked rows for a query: an identifier key (exact, or a prefix of 6+ characters), else AND of tokens. */
  function search(lunr, scope, query) {
    var REQUIRED = lunr.Query.presence.REQUIRED;
    var q = String(query || '').trim();
    if (!q) return [];
    if (tok.looksLikeIdentifier(q)) {
      var key = tok.identifierKey(q);
      var exact = run(lunr, scope, function (b) {
        b.term(key, { fields: ['k'], presence: REQUIRED, usePipeline: false });
      });
      if (exact.length) return exact;
      if (/^[0-9a-z]+$/.test(key) && key.length >= MIN_PREFIX) {
        var prefix = run(lunr, scope, function (b) {
          b.term(key, { fields: ['k'], presence: REQUIRED, usePipeline: false, wildcard: lunr.Query.wildcard.TRAILING });
        });
        if (prefix.length) return prefix;
      }
    }
    var tokens = tok.queryTokens(q);
    if (!tokens.length) return [];
    return run(lunr, scope, function (b) {
      tokens.forEach(function (t) { b.term(t, { presence: REQUIRED, usePipeline: false }); });
    });
  }

  /** Fetch and load one scope file (e.g. "search/lunr/scjg/2024.json"). */
  async function fetchScope(lunr, url, fetchImpl) {
    var res = await (fetchImpl || fetch)(url);
    if (!res.ok) throw new Error('HTTP ' + res.status + ' ' + url);
    return load(lunr, JSON.parse(await res.text()));
  }

  return { patchTokenSet: patchTokenSet, load: load, search: search, fetchScope: fetchScope };
});
