/* gongshi search tokenizer: the browser half of plugins/gongshi/search/tokenizer.py (same spec, same results).
 * Loads as a classic script (global GongshiTokenizer) or with require() in node. */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory();
  } else {
    root.GongshiTokenizer = factory();
  }
})(typeof self !== 'undefined' ? self : this, function () {
  'use strict';

  var HAN_CLASS = '\\u3007\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\u{20000}-\\u{3ffff}';
  var RUN = new RegExp('([' + HAN_CLASS + ']+)|([0-9a-z]+)', 'gu');
  // Explicit, because JavaScript's \s and Python's \s differ.
  var SPACE = /[\t\n\u000b\u000c\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]+/g;
  var SPACE_CLASS = '\\t\\n\\u000b\\u000c\\r \\u0085\\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff';
  // A 文号 typed without brackets, its year set off by spaces: 上市监罚 2024 123 号, 上市监罚2024 第0123号.
  var BARE_YEAR = new RegExp('^[' + SPACE_CLASS + ']*([^0-9]*[^0-9' + SPACE_CLASS + '])[' + SPACE_CLASS +
    ']*((?:19|20)[0-9]{2})[' + SPACE_CLASS + ']+(第?[0-9]+[' + SPACE_CLASS + ']*号)[' + SPACE_CLASS + ']*$', 'u');
  var OPEN = /[[(【〖〔]/g;
  var CLOSE = /[\])】〗〕]/g;
  var DI = /第(?=[0-9])/g;
  var ZEROS = /(^|[^0-9])0+([0-9]+号)/g;
  var DOCNO = /〔[0-9]{4}〕|[0-9]+号$/;
  var DIGIT = /[0-9]/;

  /** NFKC, then lower case. */
  function normalize(text) {
    return String(text).normalize('NFKC').toLowerCase();
  }

  function runs(text) {
    var out = [];
    var s = normalize(text);
    var m;
    RUN.lastIndex = 0;
    while ((m = RUN.exec(s)) !== null) {
      out.push(m[1] !== undefined ? { han: Array.from(m[1]) } : { word: m[2] });
    }
    return out;
  }

  /** Document-side tokens in position order, duplicates kept. */
  function indexTokens(text) {
    var out = [];
    runs(text).forEach(function (r) {
      if (r.word !== undefined) {
        out.push(r.word);
        return;
      }
      var h = r.han;
      for (var i = 0; i < h.length - 1; i++) {
        out.push(h[i]);
        out.push(h[i] + h[i + 1]);
      }
      out.push(h[h.length - 1]);
    });
    return out;
  }

  /** Query-side tokens (Han pairs, a lone Han character, ASCII runs), de-duplicated, to be AND-ed. */
  function queryTokens(text) {
    var seen = new Set();
    var out = [];
    function add(tok) {
      if (!seen.has(tok)) {
        seen.add(tok);
        out.push(tok);
      }
    }
    runs(text).forEach(function (r) {
      if (r.word !== undefined) {
        add(r.word);
      } else if (r.han.length === 1) {
        add(r.han[0]);
      } else {
        for (var i = 0; i < r.han.length - 1; i++) add(r.han[i] + r.han[i + 1]);
      }
    });
    return out;
  }

  /** Identifier key: 上市监罚 [2024] 第0123 号 and 上市监罚〔2024〕123号 give the same string. */
  function canonicalDocno(text) {
    var s = normalize(text).replace(BARE_YEAR, '$1〔$2〕$3').replace(SPACE, '');
    s = s.replace(OPEN, '〔').replace(CLOSE, '〕');
    return s.replace(DI, '').replace(ZEROS, '$1$2');
  }

  /** True when the query reads as a 文号: a bracketed four-digit year, or a number ending in 号. */
  function looksLikeDocno(query) {
    return DOCNO.test(canonicalDocno(query));
  }

  /** True when an identifier lookup is worth a fetch: a key of four or more characters with a digit. */
  function looksLikeIdentifier(query) {
    var key = canonicalDocno(query);
    return Array.from(key).length >= 4 && DIGIT.test(key);
  }

  var CRC_TABLE = (function () {
    var table = new Uint32Array(256);
    for (var n = 0; n < 256; n++) {
      var c = n;
      for (var k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
    return table;
  })();

  /** CRC-32 (as zlib) of the UTF-8 bytes of the token; its bucket is bucketHash(token) % buckets. */
  function bucketHash(text) {
    var crc = 0xffffffff;
    function step(b) {
      crc = CRC_TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
    }
    for (var ch of String(text)) {
      var c = ch.codePointAt(0);
      if (c < 0x80) {
        step(c);
      } else if (c < 0x800) {
        step(0xc0 | (c >> 6));
        step(0x80 | (c & 63));
      } else if (c < 0x10000) {
        step(0xe0 | (c >> 12));
        step(0x80 | ((c >> 6) & 63));
        step(0x80 | (c & 63));
      } else {
        step(0xf0 | (c >> 18));
        step(0x80 | ((c >> 12) & 63));
        step(0x80 | ((c >> 6) & 63));
        step(0x80 | (c & 63));
      }
    }
    return (crc ^ 0xffffffff) >>> 0;
  }

  return {
    normalize: normalize,
    indexTokens: indexTokens,
    queryTokens: queryTokens,
    canonicalDocno: canonicalDocno,
    identifierKey: canonicalDocno,
    looksLikeDocno: looksLikeDocno,
    looksLikeIdentifier: looksLikeIdentifier,
    bucketHash: bucketHash
  };
});
