/* gongshi search page behaviour. Load after tokenizer.js and client.js (classic scripts, in that order).
 *
 * Expected DOM (ids are what this file looks for; only the form, #q, #search-status and #search-results are
 * required):
 *   <form id="search-form" method="get" data-index="search/" data-root="./" [data-dept="scjg"]>
 *       data-index: the index directory, relative to the page (e.g. "../search/" from a department folder);
 *       data-root:  the site root, relative to the page (record urls in the index are site-root-relative);
 *                   when absent, meta.json's "root" is resolved against the index directory;
 *       data-dept:  on a department's own search page, the department every query is limited to.
 *     <input id="q" name="q" type="search">
 *     <select id="kind" name="kind">, <select id="dept" name="dept">, <select id="year" name="year">  (optional;
 *       options are added from meta.json, keeping any option already there, such as an empty "全部")
 *   </form>
 *   <p id="search-status" role="status" aria-live="polite"></p>   count, "没有找到…", errors
 *   <ol id="search-results"></ol>                                  one <li> per record
 *   <nav id="search-pager"></nav>                                  (optional) previous / next page links
 * The query comes from ?q=&kind=&dept=&year=&page= so a search can be linked; the form submits by GET.
 * Record data is only ever written with textContent; a link's href is set only from an index url that
 * matches ^[a-z0-9/_.-]+\.html$ (no "..", no leading "/"). */
(function (root, factory) {
  'use strict';
  if (typeof module === 'object' && module.exports) {
    module.exports = factory(require('./client.js'));
  } else {
    root.GongshiSearchUI = factory(root.GongshiSearch);
    if (typeof document !== 'undefined') {
      var start = function () { root.GongshiSearchUI.init(document, window.location); };
      if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
      else start();
    }
  }
})(typeof self !== 'undefined' ? self : this, function (client) {
  'use strict';

  var PAGE_SIZE = 20;
  var KIND_LABELS = { license: '行政许可', penalty: '行政处罚' };
  var SAFE_URL = /^[a-z0-9/_.-]+\.html$/;

  /** True when an index url may become a link: site-relative, lower-case path, .html, no "..". */
  function isSafeUrl(url) {
    return typeof url === 'string' && SAFE_URL.test(url) && url.charAt(0) !== '/' &&
      url.split('/').indexOf('..') === -1;
  }

  /** The search parameters of a location's query string. */
  function readParams(search) {
    var p = new URLSearchParams(search || '');
    var page = parseInt(p.get('page') || '1', 10);
    return {
      q: (p.get('q') || '').slice(0, 200),
      kind: p.get('kind') || '',
      dept: p.get('dept') || '',
      year: p.get('year') || '',
      page: page > 0 ? page : 1
    };
  }

  function addOptions(select, pairs, chosen) {
    if (!select) return;
    var present = new Set(Array.prototype.map.call(select.options, function (o) { return o.value; }));
    pairs.forEach(function (pair) {
      if (present.has(pair[0])) return;
      var opt = select.ownerDocument.createElement('option');
      opt.value = pair[0];
      opt.textContent = pair[1];
      select.appendChild(opt);
    });
    select.value = chosen;
  }

  function text(doc, tag, value, className) {
    var el = doc.createElement(tag);
    el.textContent = value === undefined || value === null ? '' : String(value);
    if (className) el.className = className;
    return el;
  }

  /** One result item: the name (a link when the url is safe), then 文号, date, department and kind. */
  function renderRow(doc, row, hrefFor) {
    var li = doc.createElement('li');
    var title = doc.createElement('p');
    title.className = 'search-result-name';
    if (isSafeUrl(row.url)) {
      var a = doc.createElement('a');
      a.href = hrefFor(row.url);
      a.textContent = row.name;
      title.appendChild(a);
    } else {
      title.textContent = row.name;
    }
    li.appendChild(title);
    var details = doc.createElement('p');
    details.className = 'search-result-meta';
    details.appendChild(text(doc, 'span', row.docno, 'search-result-docno'));
    details.appendChild(doc.createTextNode(' · '));
    details.appendChild(text(doc, 'span', row.date, 'search-result-date'));
    details.appendChild(doc.createTextNode(' · '));
    details.appendChild(text(doc, 'span', row.dept_name, 'search-result-dept'));
    details.appendChild(doc.createTextNode(' · '));
    details.appendChild(text(doc, 'span', KIND_LABELS[row.kind] || row.kind, 'search-result-kind'));
    li.appendChild(details);
    if (row.title) li.appendChild(text(doc, 'p', row.title, 'search-result-title'));
    return li;
  }

  /** Replace the list's items with the rows. */
  function renderRows(doc, list, rows, hrefFor) {
    while (list.firstChild) list.removeChild(list.firstChild);
    rows.forEach(function (row) { list.appendChild(renderRow(doc, row, hrefFor)); });
  }

  /** The status line for a finished search. */
  function statusText(params, result) {
    if (result.mode === 'none' && !params.q) return '请输入企业名称、统一社会信用代码、文号或关键词。';
    if (result.total === 0) {
      return params.q ? '没有找到与“' + params.q + '”相符的记录。请检查输入，或减少关键词、放宽筛选条件。'
        : '没有找到符合筛选条件的记录。';
    }
    var first = (params.page - 1) * PAGE_SIZE + 1;
    var last = Math.min(result.total, params.page * PAGE_SIZE);
    var count = result.truncated ? '至少 ' + result.total : String(result.total);
    if (first > result.total) return '共找到 ' + count + ' 条记录，本页没有结果。';
    return '共找到 ' + count + ' 条记录，显示第 ' + first + '–' + last + ' 条。';
  }

  function renderPager(doc, nav, params, total) {
    if (!nav) return;
    while (nav.firstChild) nav.removeChild(nav.firstChild);
    var pages = Math.ceil(total / PAGE_SIZE);
    function link(page, label, rel) {
      var q = new URLSearchParams();
      ['q', 'kind', 'dept', 'year'].forEach(function (k) { if (params[k]) q.set(k, params[k]); });
      q.set('page', String(page));
      var a = doc.createElement('a');
      a.href = '?' + q.toString();
      a.rel = rel;
      a.textContent = label;
      nav.appendChild(a);
    }
    if (params.page > 1) link(params.page - 1, '上一页', 'prev');
    if (params.page < pages) link(params.page + 1, '下一页', 'next');
  }

  /** Wire the page: fill the form from the location, run the search, render results or a message. */
  async function init(doc, location, options) {
    options = options || {};
    var form = doc.getElementById('search-form');
    var status = doc.getElementById('search-status');
    var list = doc.getElementById('search-results');
    if (!form || !status || !list) return null;
    var params = readParams(location.search);
    var fixedDept = form.getAttribute('data-dept') || '';
    if (fixedDept) params.dept = fixedDept;
    var input = doc.getElementById('q');
    if (input) input.value = params.q;
    var indexUrl = new URL(form.getAttribute('data-index') || 'search/', location.href).href;
    var index = client.open(indexUrl, { fetch: options.fetch });
    try {
      var meta = await index.meta();
      addOptions(doc.getElementById('kind'), meta.kinds.map(function (k) { return [k[0], KIND_LABELS[k[0]] || k[0]]; }), params.kind);
      if (!fixedDept) addOptions(doc.getElementById('dept'), meta.depts.map(function (d) { return [d[0], d[1]]; }), params.dept);
      addOptions(doc.getElementById('year'), meta.years.map(function (y) { return [String(y[0]), y[0] + '年']; }), params.year);
      var rootAttr = form.getAttribute('data-root');
      var rootUrl = rootAttr !== null ? new URL(rootAttr, location.href).href : new URL(meta.root || '../', indexUrl).href;
      var hrefFor = function (url) { return new URL(url, rootUrl).href; };
      if (!params.q && !params.kind && !params.year && !(params.dept && !fixedDept)) {
        status.textContent = statusText(params, { mode: 'none', total: 0 });
        return { total: 0, rows: [] };
      }
      status.textContent = '正在搜索…';
      var result = await index.search(params.q, {
        kind: params.kind, dept: params.dept, year: params.year,
        limit: PAGE_SIZE, offset: (params.page - 1) * PAGE_SIZE
      });
      renderRows(doc, list, result.rows, hrefFor);
      status.textContent = statusText(params, result);
      renderPager(doc, doc.getElementById('search-pager'), params, result.total);
      return result;
    } catch (err) {
      renderRows(doc, list, [], null);
      status.textContent = '搜索暂时无法使用：索引文件加载失败，请稍后重试。';
      if (typeof console !== 'undefined') console.error('gongshi search:', err);
      return null;
    }
  }

  return {
    init: init,
    isSafeUrl: isSafeUrl,
    readParams: readParams,
    renderRows: renderRows,
    statusText: statusText,
    PAGE_SIZE: PAGE_SIZE
  };
});
