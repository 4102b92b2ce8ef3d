/* gongshi search client: queries the sharded static index written by plugins/gongshi/search/index.py.
 * It fetches only what a query needs: meta.json; for an identifier keys/dir.json and one or two key pages;
 * for words one bucket per token (and, for frequent tokens, only the chunks that can hold candidates);
 * then the row chunks of the results shown. Loads as a classic script after tokenizer.js
 * (global GongshiSearch) or with require() in node. */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./tokenizer.js'));
  } else {
    root.GongshiSearch = factory(root.GongshiTokenizer);
  }
})(typeof self !== 'undefined' ? self : this, function (tok) {
  'use strict';

  var FIELDS = ['n', 'i', 't', 'f'];
  var MIN_PREFIX = 6; // an identifier prefix shorter than this is treated as words
  var MAX_LIMIT = 100;
  var has = Object.prototype.hasOwnProperty;

  function utf8Length(text) {
    if (typeof TextEncoder !== 'undefined') return new TextEncoder().encode(text).length;
    return unescape(encodeURIComponent(text)).length;
  }

  /** Delta-decoded ids (the first value is absolute, the others are gaps). */
  function decode(gaps) {
    var out = new Array(gaps.length);
    var acc = 0;
    for (var i = 0; i < gaps.length; i++) {
      acc += gaps[i];
      out[i] = acc;
    }
    return out;
  }

  /** Index of the last element <= value in a sorted array (-1 when none). */
  function lastAtMost(sorted, value) {
    var lo = 0;
    var hi = sorted.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (sorted[mid] <= value) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** The bucket of a token: half the buckets per part (first code point below or from meta.split). */
  function bucketOf(meta, token) {
    var part = token.codePointAt(0) >= meta.split ? 1 : 0;
    return 2 * (tok.bucketHash(token) % (meta.buckets / 2)) + part;
  }

  function entryCount(entry) {
    if (has.call(entry, 'p')) return entry.d.reduce(function (a, b) { return a + b; }, 0);
    return FIELDS.reduce(function (n, f) { return n + (entry[f] ? entry[f].length : 0); }, 0);
  }

  /**
   * Open the index at baseUrl (a directory URL; a missing trailing slash is added).
   * options.fetch replaces the global fetch (tests); stats counts requests and bytes.
   */
  function open(baseUrl, options) {
    options = options || {};
    var base = String(baseUrl).replace(/\/?$/, '/');
    var fetchImpl = options.fetch || function (url) { return fetch(url); };
    var cache = new Map();
    var stats = { requests: 0, bytes: 0, urls: [] };

    function getJSON(path) {
      if (!cache.has(path)) {
        var url = base + path;
        var p = Promise.resolve(fetchImpl(url)).then(function (res) {
          if (!res.ok) throw new Error('HTTP ' + res.status + ' ' + url);
          return res.text();
        }).then(function (text) {
          stats.requests += 1;
          stats.bytes += utf8Length(text);
          stats.urls.push(path);
          return JSON.parse(text);
        });
        p.catch(function () { cache.delete(path); });
        cache.set(path, p);
      }
      return cache.get(path);
    }

    function meta() {
      return getJSON('meta.json');
    }

    /** The doc ids an entry lists per field: all chunks meeting [lo, hi), or only those holding wanted ids. */
    async function entryLists(entry, wanted, lo, hi) {
      if (!has.call(entry, 'p')) return entry; // inline lists hold the ids themselves
      var starts = entry.c;
      var need = new Set();
      if (wanted === null) {
        for (var k = 0; k < starts.length; k++) {
          var end = k + 1 < starts.length ? starts[k + 1] : Infinity;
          if (starts[k] < hi && end > lo) need.add(k);
        }
      } else {
        wanted.forEach(function (id) { need.add(lastAtMost(starts, id)); });
      }
      var ks = Array.from(need).sort(function (a, b) { return a - b; });
      var parts = await Promise.all(ks.map(function (k) {
        return getJSON('grams/p/' + entry.p + '.' + k + '.json');
      }));
      var lists = {};
      parts.forEach(function (part) {
        FIELDS.forEach(function (f) {
          if (!part[f]) return;
          lists[f] = (lists[f] || []).concat(decode(part[f]));
        });
      });
      return lists;
    }

    async function entriesFor(tokens) {
      var m = await meta();
      var buckets = await Promise.all(tokens.map(function (t) {
        return getJSON('grams/' + bucketOf(m, t) + '.json');
      }));
      return tokens.map(function (t, i) {
        if (!has.call(buckets[i], t)) return { token: t, entry: null };
        var entry = buckets[i][t];
        return { token: t, entry: Array.isArray(entry) ? { t: entry } : entry }; // a bare list: text only
      });
    }

    /**
     * AND of tokens, rarest first. start: null (all docs) or an array of ids to narrow.
     * Returns a Map id → score (facet tokens add nothing), ids limited to [lo, hi).
     */
    async function intersect(tokens, start, lo, hi, weights) {
      var found = await entriesFor(tokens);
      if (found.some(function (x) { return x.entry === null; })) return new Map();
      found.sort(function (a, b) { return entryCount(a.entry) - entryCount(b.entry); });
      var scores = null;
      if (start !== null) {
        scores = new Map();
        start.forEach(function (id) { if (id >= lo && id < hi) scores.set(id, 0); });
      }
      for (var i = 0; i < found.length; i++) {
        if (scores !== null && scores.size === 0) break;
        var wanted = scores === null ? null : Array.from(scores.keys()).sort(function (a, b) { return a - b; });
        var lists = await entryLists(found[i].entry, wanted, lo, hi);
        var best = new Map();
        FIELDS.forEach(function (f) {
          if (!lists[f]) return;
          var w = weights[f] || 0;
          lists[f].forEach(function (id) {
            if (id < lo || id >= hi) return;
            if (scores !== null && !scores.has(id)) return;
            var prev = best.get(id);
            if (prev === undefined || w > prev) best.set(id, w);
          });
        });
        var next = new Map();
        best.forEach(function (w, id) { next.set(id, (scores === null ? 0 : scores.get(id)) + w); });
        scores = next;
      }
      return scores === null ? new Map() : scores;
    }

    /** Identifier lookup in the key pages: exact key first, then keys that start with it. */
    async function lookupKey(key, allowPrefix) {
      var m = await meta();
      if (!m.key_pages) return { ids: [], exact: false, truncated: false };
      var dir = await getJSON('keys/dir.json');
      var p = Math.max(0, lastAtMost(dir, key));
      var exact = [];
      var prefix = [];
      var truncated = false;
      for (var page = p; page < dir.length && page < p + 2; page++) {
        if (page > p && !dir[page].startsWith(key)) break;
        var entries = await getJSON('keys/' + page + '.json');
        var firstKeys = entries.map(function (e) { return e[0]; });
        var j = Math.max(0, lastAtMost(firstKeys, key));
        if (firstKeys[j] < key) j += 1;
        for (; j < entries.length && entries[j][0].startsWith(key); j++) {
          if (entries[j][0] === key) exact = exact.concat(entries[j][1]);
          else if (allowPrefix) prefix = prefix.concat(entries[j][1]);
        }
        if (j < entries.length || !allowPrefix) break;
        if (page === p + 1 && page + 1 < dir.length && dir[page + 1].startsWith(key)) truncated = true;
      }
      var seen = new Set();
      var ids = exact.concat(prefix).filter(function (id) {
        if (seen.has(id)) return false;
        seen.add(id);
        return true;
      });
      return { ids: ids, exact: exact.length > 0, truncated: truncated };
    }

    async function rowsFor(ids, scores) {
      var m = await meta();
      var per = m.rows_per_chunk;
      var chunks = await Promise.all(ids.map(function (id) {
        return getJSON('rows/' + Math.floor(id / per) + '.json');
      }));
      return ids.map(function (id, i) {
        var raw = chunks[i][id % per];
        var row = { id: id };
        if (scores) row.score = scores.get(id);
        m.row_fields.forEach(function (name, k) { row[name] = raw[k]; });
        return row;
      });
    }

    function yearRange(m, year) {
      if (year === undefined || year === null || year === '') return [0, m.docs];
      for (var i = 0; i < m.years.length; i++) {
        if (String(m.years[i][0]) === String(year)) return [m.years[i][1], m.years[i][2]];
      }
      return [0, 0];
    }

    /** The ids (order kept) that lie in the year range and carry every facet token. */
    async function narrow(ids, facets, range) {
      var inRange = ids.filter(function (id) { return id >= range[0] && id < range[1]; });
      if (!facets.length || !inRange.length) return inRange;
      var kept = await intersect(facets, inRange, range[0], range[1], {});
      return inRange.filter(function (id) { return kept.has(id); });
    }

    /**
     * search(query, {kind, dept, year, limit, offset}) → {total, rows, mode, truncated}.
     * mode: 'id' (identifier key matched), 'words' (AND of tokens), 'browse' (filters only) or 'none'.
     */
    async function search(query, opts) {
      opts = opts || {};
      var m = await meta();
      var limit = Math.max(1, Math.min(MAX_LIMIT, Number(opts.limit) || 20));
      var offset = Math.max(0, Number(opts.offset) || 0);
      var range = yearRange(m, opts.year);
      var facets = [];
      if (opts.kind) facets.push('kind:' + opts.kind);
      if (opts.dept) facets.push('dept:' + opts.dept);
      var q = String(query || '').trim();
      var ordered = [];
      var mode = 'none';
      var truncated = false;
      var ranked = null;

      if (q && tok.looksLikeIdentifier(q)) {
        var key = tok.identifierKey(q);
        var hit = await lookupKey(key, Array.from(key).length >= MIN_PREFIX);
        if (hit.ids.length) {
          ordered = await narrow(hit.ids, facets, range);
          mode = 'id';
          truncated = hit.truncated;
        }
      }
      if (mode === 'none') {
        var words = q ? tok.queryTokens(q) : [];
        if (words.length) {
          var scores = await intersect(words.concat(facets), null, range[0], range[1], m.weights);
          ordered = Array.from(scores.keys()).sort(function (a, b) {
            return scores.get(b) - scores.get(a) || a - b;
          });
          ranked = scores;
          mode = 'words';
        } else if (!q && (facets.length || range[1] - range[0] < m.docs)) {
          if (facets.length) {
            var all = await intersect(facets, null, range[0], range[1], {});
            ordered = Array.from(all.keys()).sort(function (a, b) { return a - b; });
          } else {
            for (var id = range[0]; id < range[1]; id++) ordered.push(id);
          }
          mode = 'browse';
        }
      }
      var rows = await rowsFor(ordered.slice(offset, offset + limit), ranked);
      return { total: ordered.length, rows: rows, mode: mode, truncated: truncated };
    }

    return { search: search, meta: meta, stats: stats };
  }

  return { open: open, decode: decode, bucketOf: bucketOf };
});
