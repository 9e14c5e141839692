// parley live dashboard. Plain DOM, no libraries. Every piece of data goes in as text
// (textContent / createTextNode); links only for http(s) URLs. No HTML parsing of data anywhere.
'use strict';

(function () {
  const KINDS = ['VISIT', 'MEETING', 'CALL', 'STATEMENT'];
  const ROLES = ['outbound', 'inbound', 'venue', 'subject'];
  const ORGS = ['EU', 'NATO', 'UN', 'CSTO', 'CIS', 'EAEU', 'OSCE'];
  const SVG = 'http://www.w3.org/2000/svg';
  const ui = {
    window: Number(localStorage.getItem('parley.window')) || 30,
    windows: [7, 30, 90],
    selected: null,          // {country} or {pair: [a, b]}
    drill: null,             // last drill-down query, refreshed live
    es: null,
    seenEvents: new Map(),   // event_key -> li in the latest list
    refreshTimer: null,
    lastRefresh: 0,
    alertsVersion: -1,
    date: null,              // the window end looked at; null = the latest
    ranking: null,           // the last ranking answer (for the map, the search and the CSV export)
    pairs: null,
    world: null,             // world.json: projected country shapes, loaded once
  };

  // ---- small DOM helpers (text only) ----------------------------------------------------------------
  // Control characters, bidi overrides/isolates and direction marks from the data are shown as \uXXXX, never
  // applied: "U+202E gnp.exe" must not display as "exe.png". Same set as the server's Text.escapeControls;
  // tab, CR and LF become a space.
  const UNSAFE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/g;
  function visible(s) {
    return String(s).replace(UNSAFE, (c) => (c === '\t' || c === '\n' || c === '\r') ? ' '
      : '\\u' + c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0'));
  }
  function el(tag, cls, ...children) {
    const n = document.createElement(tag);
    if (cls) n.className = cls;
    for (const c of children) {
      if (c === null || c === undefined) continue;
      n.appendChild(typeof c === 'object' ? c : document.createTextNode(visible(c)));
    }
    return n;
  }
  function svg(tag, attrs) {
    const n = document.createElementNS(SVG, tag);
    for (const k in attrs) n.setAttribute(k, String(attrs[k]));
    return n;
  }
  function safeUrl(u) {
    if (typeof u !== 'string') return null;
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (e) { return null; }
  }
  function link(url, text) {
    const href = safeUrl(url);
    if (!href) return el('span', null, text || url || '');
    const a = el('a', null, text || href);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }
  function $(id) { return document.getElementById(id); }
  function fmtChange(e) {
    const c = e.change;
    const span = el('span', 'change ' + (c > 0 ? 'up' : c < 0 ? 'down' : 'same'),
      c > 0 ? '+' + c + ' ▲' : c < 0 ? '−' + (-c) + ' ▼' : '0');
    span.title = 'previous window (ending ' + e.previous_window_end + '): ' + e.previous_total;
    return span;
  }
  async function api(path) {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    if (!r.ok) throw new Error(path + ': HTTP ' + r.status);
    return r.json();
  }
  function q(params) {
    const s = new URLSearchParams();
    for (const k in params) if (params[k] !== null && params[k] !== undefined) s.set(k, params[k]);
    return s.toString();
  }

  // ---- window selector ------------------------------------------------------------------------------
  function renderWindows() {
    const nav = $('windows');
    nav.replaceChildren();
    for (const w of ui.windows) {
      const b = el('button', null, w + ' days');
      b.type = 'button';
      b.dataset.window = String(w);
      b.setAttribute('aria-pressed', String(w === ui.window));
      b.addEventListener('click', () => {
        ui.window = w;
        localStorage.setItem('parley.window', String(w));
        renderWindows();
        refresh(true);
      });
      nav.appendChild(b);
    }
  }

  // ---- count cells (click = drill-down) -------------------------------------------------------------
  function countButton(n, query, label) {
    const b = el('button', 'count' + (n ? '' : ' zero'), n);
    b.type = 'button';
    b.title = 'show the events behind this count';
    b.addEventListener('click', (ev) => { ev.stopPropagation(); openDrill(query, label); });
    return b;
  }
  function cell(cls, ...children) { return el('td', cls, ...children); }

  // ---- ranking --------------------------------------------------------------------------------------
  function renderRanking(r, flash) {
    ui.ranking = r;
    const tbody = $('ranking').tBodies[0];
    const before = new Map();
    for (const tr of tbody.rows) before.set(tr.dataset.key, tr.dataset.total);
    tbody.replaceChildren();
    $('asof').textContent = r.date || '–';
    if (!ui.date && r.date && (!$('date').max || r.date > $('date').max)) $('date').max = r.date;
    $('ranking-empty').hidden = r.entries.length > 0;
    for (const e of r.entries) {
      const base = { country: e.country, from: e.window_start, to: e.window_end };
      const label = (e.name || e.country) + ' · ' + ui.window + ' days ending ' + e.window_end;
      const name = cell('name', e.name || e.country, el('span', 'code', e.country));
      name.title = visible('show ' + (e.name || e.country) + ' over time');
      const tr = el('tr', null,
        cell('num', e.rank),
        name,
        cell('num total', countButton(e.total, base, label)),
        ...KINDS.map(k => cell('num k-' + k, countButton((e.by_kind || {})[k] || 0,
          Object.assign({ kind: k }, base), label + ' · ' + k))),
        ...ROLES.map(r => roleCell(e, r)),
        cell('num', e.mentions),
        cell('num', fmtChange(e)));
      tr.dataset.key = e.country;
      tr.dataset.name = (e.name || '').toLowerCase();
      tr.dataset.total = String(e.total);
      if (ui.selected && ui.selected.country === e.country) tr.classList.add('selected');
      if (flash && before.get(e.country) !== String(e.total)) tr.classList.add('flash');
      tr.addEventListener('click', () => select({ country: e.country, name: e.name }));
      tbody.appendChild(tr);
    }
    applySearch();
    renderMap();
    if (!ui.selected && r.entries.length) select({ country: r.entries[0].country, name: r.entries[0].name }, true);
  }

  // the role breakdown of a count: what part the country played in the events behind it
  function roleCell(e, role) {
    const n = (e.by_role || {})[role] || 0;
    const td = cell('num role role-' + role + (n ? '' : ' zero'), n);
    td.title = visible((e.name || e.country) + ': ' + n + ' of ' + e.total + ' events as ' + role);
    return td;
  }

  // ---- country search (code or name) ---------------------------------------------------------------
  function matches(code, name) {
    const f = $('search').value.trim().toLowerCase();
    return !f || code.toLowerCase().includes(f) || (name || '').toLowerCase().includes(f);
  }
  function applySearch() {
    const rows = $('ranking').tBodies[0].rows;
    let shown = 0;
    for (const tr of rows) {
      const ok = matches(tr.dataset.key, tr.dataset.name);
      tr.hidden = !ok;
      if (ok) shown++;
    }
    $('search-count').textContent = $('search').value.trim() ? shown + ' of ' + rows.length : '';
  }

  // ---- CSV export of the table as shown (client-side) -----------------------------------------------
  function csvCell(v) {
    let t = v === null || v === undefined ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(t)) t = "'" + t;  // not a formula in a spreadsheet
    return /[",\r\n]/.test(t) ? '"' + t.replace(/"/g, '""') + '"' : t;
  }
  function rankingCsv() {
    const r = ui.ranking;
    const head = ['rank', 'country', 'name', 'total', ...KINDS.map(k => k.toLowerCase()), ...ROLES, 'mentions',
      'change', 'previous_total', 'window_days', 'window_start', 'window_end'];
    const lines = [head.join(',')];
    for (const e of (r ? r.entries : [])) {
      if (!matches(e.country, e.name)) continue;
      lines.push([e.rank, e.country, e.name, e.total, ...KINDS.map(k => (e.by_kind || {})[k] || 0),
        ...ROLES.map(x => (e.by_role || {})[x] || 0), e.mentions, e.change, e.previous_total, r.window,
        e.window_start, e.window_end].map(csvCell).join(','));
    }
    return lines.join('\r\n') + '\r\n';
  }
  function exportCsv() {
    const r = ui.ranking;
    const blob = new Blob([rankingCsv()], { type: 'text/csv;charset=utf-8' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = 'parley-ranking-' + ui.window + 'd-' + ((r && r.date) || 'latest') + '.csv';
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10000);
  }
  window.__parleyCsv = rankingCsv;  // for the browser test

  // ---- map (world.json: Natural Earth shapes, projected by scripts/map/build-map.js) ----------------
  const SHADES = 6;
  async function loadWorld() {
    const r = await fetch('world.json');
    if (!r.ok) throw new Error('world.json: HTTP ' + r.status);
    ui.world = await r.json();
    const map = $('map');
    map.setAttribute('viewBox', '0 0 ' + ui.world.width + ' ' + ui.world.height);
    const land = svg('g', { class: 'land' });
    for (const code of Object.keys(ui.world.countries)) {
      const c = ui.world.countries[code];
      const p = svg('path', { d: c.d, class: 'country' });
      p.dataset.code = code;
      const t = svg('title', {});
      t.textContent = visible(c.name);
      p.appendChild(t);
      p.addEventListener('click', () => {
        const e = ui.ranking && ui.ranking.entries.find(x => x.country === code);
        if (e) select({ country: code, name: e.name });
      });
      land.appendChild(p);
    }
    map.replaceChildren(land, svg('g', { class: 'links' }));
    renderMap();
  }
  function shade(total, max) {
    // square-root scale: a few big countries should not wash out the rest
    return Math.max(1, Math.min(SHADES, Math.ceil(Math.sqrt(total / max) * SHADES)));
  }
  function renderMap() {
    const r = ui.ranking;
    if (!ui.world || !r) return;
    const byCode = new Map(r.entries.map(e => [e.country, e]));
    const max = Math.max(1, ...r.entries.filter(e => ui.world.countries[e.country]).map(e => e.total));
    for (const p of $('map').querySelectorAll('path.country')) {
      const e = byCode.get(p.dataset.code);
      const c = ui.world.countries[p.dataset.code];
      if (e && e.total > 0) {
        p.setAttribute('class', 'country shade-' + shade(e.total, max) +
          (ui.selected && ui.selected.country === e.country ? ' selected' : ''));
        p.dataset.total = String(e.total);
        p.firstChild.textContent = visible((e.name || c.name) + ': ' + e.total + ' events · ' +
          ROLES.map(x => x + ' ' + ((e.by_role || {})[x] || 0)).join(', '));
      } else {
        p.setAttribute('class', 'country');
        delete p.dataset.total;
        p.firstChild.textContent = visible(c.name + ': 0');
      }
    }
    const legend = $('map-legend');
    legend.replaceChildren(el('span', null, '1'));
    for (let i = 1; i <= SHADES; i++) legend.appendChild(el('span', 'sw shade-' + i));
    legend.appendChild(el('span', null, String(max)));
    // organisations have no shape: listed beside the map
    const item = e => el('li', null, el('span', 'org', e.name || e.country),
      countButton(e.total, { country: e.country, from: e.window_start, to: e.window_end },
        (e.name || e.country) + ' · ' + ui.window + ' days ending ' + e.window_end));
    const orgs = r.entries.filter(e => !ui.world.countries[e.country] && ORGS.includes(e.country));
    $('orgs').replaceChildren(...orgs.map(item));
    $('orgs-empty').hidden = orgs.length > 0;
    // states too small for a 1:110m shape (Singapore, Malta, …) are listed too, so no count is missing
    const small = r.entries.filter(e => !ui.world.countries[e.country] && !ORGS.includes(e.country));
    $('small').replaceChildren(...small.map(item));
    $('small-head').hidden = small.length === 0;
    renderLinks();
  }
  function renderLinks() {
    const g = $('map').querySelector('g.links');
    if (!g || !ui.world) return;
    g.replaceChildren();
    if (!$('map-pairs').checked || !ui.pairs) return;
    const top = ui.pairs.entries.filter(e => ui.world.countries[e.pair[0]] && ui.world.countries[e.pair[1]]).slice(0, 10);
    const max = Math.max(1, ...top.map(e => e.total));
    for (const e of top) {
      const [a, b] = e.pair.map(c => ui.world.countries[c].c);
      // a gentle arc, so that lines between neighbours and crossing lines stay apart
      const mx = (a[0] + b[0]) / 2, my = (a[1] + b[1]) / 2, dx = b[0] - a[0], dy = b[1] - a[1];
      const bend = 0.18;
      const line = svg('path', { d: 'M' + a[0] + ',' + a[1] + 'Q' + (mx - dy * bend).toFixed(1) + ',' +
        (my + dx * bend).toFixed(1) + ' ' + b[0] + ',' + b[1], class: 'link', 'stroke-width': (1 + 4 * e.total / max).toFixed(1) });
      line.dataset.pair = e.pair.join('|');
      const t = svg('title', {});
      t.textContent = visible(e.pair.join(' – ') + ': ' + e.total + ' events');
      line.appendChild(t);
      line.addEventListener('click', () => select({ pair: e.pair, name: e.name }));
      g.appendChild(line);
    }
    for (const e of top) for (const c of e.pair) {
      if (g.querySelector('circle[data-code="' + c + '"]')) continue;
      const dot = svg('circle', { cx: ui.world.countries[c].c[0], cy: ui.world.countries[c].c[1], r: 2.5, class: 'node' });
      dot.dataset.code = c;
      g.appendChild(dot);
    }
  }

  function renderPairs(r, flash) {
    ui.pairs = r;
    renderLinks();
    const tbody = $('pairs').tBodies[0];
    const before = new Map();
    for (const tr of tbody.rows) before.set(tr.dataset.key, tr.dataset.total);
    tbody.replaceChildren();
    $('pairs-empty').hidden = r.entries.length > 0;
    for (const e of r.entries) {
      const key = e.pair.join('|');
      const label = e.pair.join(' – ') + ' · ' + ui.window + ' days ending ' + e.window_end;
      const name = cell('name', e.pair[0] + ' – ' + e.pair[1]);
      name.title = visible(e.name || key);
      const tr = el('tr', null,
        cell('num', e.rank), name,
        cell('num total', countButton(e.total, { pair: key, from: e.window_start, to: e.window_end }, label)),
        cell('num', e.mentions), cell('num', fmtChange(e)));
      tr.dataset.key = key;
      tr.dataset.total = String(e.total);
      if (ui.selected && ui.selected.pair && ui.selected.pair.join('|') === key) tr.classList.add('selected');
      if (flash && before.get(key) !== String(e.total)) tr.classList.add('flash');
      tr.addEventListener('click', () => select({ pair: e.pair, name: e.name }));
      tbody.appendChild(tr);
    }
  }

  // ---- chart (hand-written SVG: stacked areas by kind, total line) ---------------------------------
  function select(s, quiet) {
    ui.selected = s;
    for (const tr of document.querySelectorAll('table.data tr.selected')) tr.classList.remove('selected');
    const key = s.country || s.pair.join('|');
    for (const tr of document.querySelectorAll('table.data tbody tr'))
      if (tr.dataset.key === key) tr.classList.add('selected');
    for (const p of document.querySelectorAll('#map path.country'))
      p.classList.toggle('selected', p.dataset.code === s.country);
    loadChart().catch(err => console.warn(err));
    if (!quiet) $('chart-panel').scrollIntoView({ block: 'nearest', behavior: 'smooth' });
  }

  async function loadChart() {
    const s = ui.selected;
    if (!s) return;
    const h = s.country
      ? await api('/api/country/' + encodeURIComponent(s.country) + '/history?' + q({ window: ui.window }))
      : await api('/api/pair/history?' + q({ pair: s.pair.join('|'), window: ui.window }));
    if (ui.selected !== s) return;
    renderChart(h);
  }

  function dayNum(d) { return Math.round(Date.parse(d + 'T00:00:00Z') / 86400000); }
  function dayStr(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

  function renderChart(h) {
    const title = (h.name || h.country || (h.pair || []).join('–')) + ' · ' + h.window + '-day engagement';
    $('chart-title').textContent = visible(title);
    const chart = $('chart');
    chart.replaceChildren();
    const legend = $('legend');
    legend.replaceChildren(...KINDS.map(k => el('span', null, el('span', 'sw sw-' + k), k.toLowerCase())),
      el('span', null, el('span', 'sw sw-total'), 'total'));
    const W = 640, H = 260, L = 40, R = 12, T = 12, B = 28;
    if (!h.points.length) {
      const t = svg('text', { x: W / 2, y: H / 2, 'text-anchor': 'middle' });
      t.textContent = 'no history yet';
      chart.appendChild(t);
      return;
    }
    // one value per day; days without a row are 0 (the contract emits rows only while total > 0, plus one 0 row)
    const byDay = new Map(h.points.map(p => [dayNum(p.window_end), p]));
    const d0 = dayNum(h.points[0].window_end), d1 = dayNum(h.points[h.points.length - 1].window_end);
    const days = [];
    for (let d = d0; d <= d1; d++) days.push(d);
    const max = Math.max(1, ...h.points.map(p => p.total));
    const step = niceStep(max / 4);
    const top = Math.ceil(max / step) * step;
    const x = d => L + (d1 === d0 ? (W - L - R) / 2 : (d - d0) / (d1 - d0) * (W - L - R));
    const y = v => T + (1 - v / top) * (H - T - B);
    for (let v = 0; v <= top; v += step) {
      chart.appendChild(svg('line', { x1: L, x2: W - R, y1: y(v), y2: y(v), class: 'grid-line' }));
      const t = svg('text', { x: L - 6, y: y(v) + 4, 'text-anchor': 'end' });
      t.textContent = String(v);
      chart.appendChild(t);
    }
    chart.appendChild(svg('line', { x1: L, x2: W - R, y1: y(0), y2: y(0), class: 'axis' }));
    const labels = d1 === d0 ? [d0] : [d0, Math.round((d0 + d1) / 2), d1];
    labels.forEach((d, i) => {
      const t = svg('text', { x: x(d), y: H - 8, 'text-anchor': labels.length === 1 ? 'middle' : ['start', 'middle', 'end'][i] });
      t.textContent = dayStr(d);
      chart.appendChild(t);
    });
    const val = (d, k) => { const p = byDay.get(d); return p ? (k ? (p.by_kind || {})[k] || 0 : p.total) : 0; };
    let lower = days.map(() => 0);
    for (const k of KINDS) {
      const upper = days.map((d, i) => lower[i] + val(d, k));
      let path = '';
      days.forEach((d, i) => { path += (i ? 'L' : 'M') + x(d).toFixed(1) + ',' + y(upper[i]).toFixed(1); });
      for (let i = days.length - 1; i >= 0; i--) path += 'L' + x(days[i]).toFixed(1) + ',' + y(lower[i]).toFixed(1);
      chart.appendChild(svg('path', { d: path + 'Z', class: 'area area-' + k }));
      lower = upper;
    }
    let line = '';
    days.forEach((d, i) => { line += (i ? 'L' : 'M') + x(d).toFixed(1) + ',' + y(val(d)).toFixed(1); });
    chart.appendChild(svg('path', { d: line, class: 'total' }));
    if (days.length === 1) chart.appendChild(svg('circle', { cx: x(d0), cy: y(val(d0)), r: 3 }));
    const cursor = svg('line', { x1: 0, x2: 0, y1: T, y2: H - B, class: 'cursor', visibility: 'hidden' });
    chart.appendChild(cursor);
    const tip = $('tooltip');
    let hovered = null;
    chart.onmousemove = (ev) => {
      const box = chart.getBoundingClientRect();
      const px = (ev.clientX - box.left) / box.width * W;
      const d = Math.min(d1, Math.max(d0, Math.round(d0 + (px - L) / Math.max(1, W - L - R) * (d1 - d0))));
      hovered = d;
      cursor.setAttribute('x1', x(d)); cursor.setAttribute('x2', x(d)); cursor.setAttribute('visibility', 'visible');
      const lines = [dayStr(d) + ': ' + val(d)].concat(KINDS.map(k => '  ' + k.toLowerCase() + ' ' + val(d, k)));
      tip.textContent = lines.map(visible).join('\n');
      tip.hidden = false;
      tip.style.left = Math.min(box.width - 140, ev.clientX - box.left + 12) + 'px';
      tip.style.top = (ev.clientY - box.top + 12) + 'px';
    };
    chart.onmouseleave = () => { hovered = null; tip.hidden = true; cursor.setAttribute('visibility', 'hidden'); };
    chart.onclick = () => {
      const s = ui.selected;
      const d = dayStr(hovered === null ? d1 : hovered);
      const from = dayStr(dayNum(d) - h.window + 1);
      const query = s.country ? { country: s.country, from: from, to: d } : { pair: s.pair.join('|'), from: from, to: d };
      openDrill(query, title + ' · window ending ' + d);
    };
  }
  function niceStep(raw) {
    const p = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1))));
    for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
    return 10 * p;
  }

  // ---- events ---------------------------------------------------------------------------------------
  function party(p) {
    if (!p) return null;
    const who = p.name ? p.name + (p.role ? ', ' + p.role : '') : (p.role || '');
    return (who ? who + ' ' : '') + '(' + p.country + ')';
  }
  function eventItem(e, focus) {
    const li = el('li', null);
    li.dataset.key = e.event_key;
    const meta = el('div', 'ev-meta',
      el('span', 'kind k-' + e.kind, e.kind),
      el('time', null, e.date + (e.date_precision && e.date_precision !== 'DAY' ? ' (' + e.date_precision.toLowerCase() + ')' : '')),
      el('span', 'mentions', e.mentions + (e.mentions === 1 ? ' report' : ' reports')));
    const parts = [party(e.actor)];
    if (e.counterpart) parts.push(e.kind === 'STATEMENT' ? '' : '→ ' + party(e.counterpart));
    if (e.place) parts.push('· ' + (e.place.name ? e.place.name + ', ' : '') + e.place.country);
    if (e.about && e.about.length) parts.push('· about ' + e.about.join(', '));
    const who = el('div', 'ev-who', parts.filter(Boolean).join(' '));
    li.append(meta, who);
    if (focus) li.appendChild(rolesLine(e, focus));
    if (e.evidence) li.appendChild(el('blockquote', 'ev-evidence', e.evidence));
    const sources = el('div', 'ev-sources');
    const seen = new Set();
    for (const r of (e.reports && e.reports.length ? e.reports : [{ title: e.title, url: e.url }])) {
      const k = (r.url || '') + '|' + (r.title || '');
      if (seen.has(k)) continue;
      seen.add(k);
      sources.appendChild(link(r.url, r.title || r.url || r.source_id || 'source'));
    }
    li.appendChild(sources);
    return li;
  }

  function renderEvents(list) {
    const ol = $('events');
    ol.replaceChildren();
    ui.seenEvents.clear();
    for (const e of list.events) {
      const li = eventItem(e);
      ui.seenEvents.set(e.event_key, li);
      ol.appendChild(li);
    }
    $('events-empty').hidden = list.events.length > 0;
  }

  function liveEvent(e) {
    const ol = $('events');
    const li = eventItem(e);
    li.classList.add('new');
    const old = ui.seenEvents.get(e.event_key);
    if (old) old.remove();
    ui.seenEvents.set(e.event_key, li);
    ol.insertBefore(li, ol.firstChild);
    while (ol.children.length > 50) {
      const last = ol.lastChild;
      if (ui.seenEvents.get(last.dataset.key) === last) ui.seenEvents.delete(last.dataset.key);
      last.remove();
    }
    $('events-empty').hidden = true;
  }

  // the role each country played in the event; the drill-down's own country (or pair) first and marked
  function rolesLine(e, focus) {
    const roles = e.countries || {};
    const codes = Object.keys(roles).sort((a, b) => (focus.includes(b) - focus.includes(a)) || a.localeCompare(b));
    const div = el('div', 'ev-roles');
    for (const c of codes) {
      const span = el('span', 'role-tag role-' + roles[c] + (focus.includes(c) ? ' focus' : ''), c + ' ' + roles[c]);
      span.dataset.code = c;
      span.dataset.role = roles[c];
      div.appendChild(span);
    }
    return div;
  }

  // ---- drill-down -----------------------------------------------------------------------------------
  async function openDrill(query, label) {
    ui.drill = { query, label };
    $('drill').hidden = false;
    $('drill-title').textContent = visible(label);
    await loadDrill();
  }
  async function loadDrill() {
    const d = ui.drill;
    if (!d) return;
    const r = await api('/api/events?' + q(Object.assign({ limit: 200 }, d.query)));
    if (ui.drill !== d) return;
    $('drill-summary').textContent = r.count + (r.count === 1 ? ' event' : ' events') + ', ' + r.mentions +
      ' reports · ' + (d.query.from || '…') + ' to ' + (d.query.to || '…') +
      (r.count > r.events.length ? ' · showing the latest ' + r.events.length : '');
    const focus = d.query.country ? [d.query.country] : d.query.pair ? d.query.pair.split('|') : [];
    $('drill-events').replaceChildren(...r.events.map(e => eventItem(e, focus)));
  }

  // ---- alerts (docs/alerts.md): the count opens the events behind it ---------------------------------
  async function loadAlerts() {
    const r = await api('/api/alerts?' + q({ limit: 50 }));
    if (r.version === ui.alertsVersion) return;
    ui.alertsVersion = r.version;
    const tbody = $('alerts').tBodies[0];
    tbody.replaceChildren();
    $('alerts-empty').hidden = r.alerts.length > 0;
    for (const a of r.alerts) {
      const who = a.country || a.pair.join(' – ');
      const query = a.country ? { country: a.country } : { pair: a.pair.join('|') };
      const label = (a.rule === 'spike' ? 'Spike: ' : 'First contact: ') + who + ' · ' + a.window_days + ' days ending ' + a.window_end;
      const name = cell('name', who);
      name.addEventListener('click', () => select(a.country ? { country: a.country } : { pair: a.pair }));
      tbody.appendChild(el('tr', null, cell(null, a.day), cell('rule rule-' + a.rule, a.rule.replace('_', ' ')), name,
        cell('num total', countButton(a.count, Object.assign(query, { from: a.window_start, to: a.window_end }), label)),
        cell('num', a.rule === 'spike' ? a.baseline.toFixed(2) : '–')));
    }
  }

  // ---- loading and live updates ---------------------------------------------------------------------
  async function refresh(full) {
    ui.lastRefresh = Date.now();
    const w = ui.window;
    const [ranking, pairs] = await Promise.all([
      api('/api/ranking?' + q({ window: w, date: ui.date })),
      api('/api/pairs?' + q({ window: w, limit: 20, date: ui.date })),
    ]);
    if (w !== ui.window || ranking.date !== (ui.date || ranking.date)) return ranking.seq;
    renderRanking(ranking, !full);
    renderPairs(pairs, !full);
    await Promise.all([loadChart(), ui.drill ? loadDrill() : null, loadAlerts().catch(err => console.warn(err))]);
    return Math.min(ranking.seq, pairs.seq);
  }

  // at most one refresh per 400 ms while messages stream in
  function scheduleRefresh() {
    if (ui.refreshTimer) return;
    const wait = Math.max(0, 400 - (Date.now() - ui.lastRefresh));
    ui.refreshTimer = setTimeout(() => {
      ui.refreshTimer = null;
      refresh(false).catch(err => console.warn(err));
    }, wait);
  }

  function setStatus(s, text) {
    $('status').dataset.state = s;
    $('status-text').textContent = text;
  }

  function connect(since) {
    if (ui.es) ui.es.close();
    // "since" covers the first connection; on reconnects the browser sends Last-Event-ID itself
    const es = new EventSource('/api/stream?' + q({ since: since }));
    ui.es = es;
    es.onopen = () => setStatus('live', 'live');
    es.onerror = () => setStatus('reconnecting', 'reconnecting…');
    es.addEventListener('row', () => scheduleRefresh());
    es.addEventListener('event', (m) => {
      try { liveEvent(JSON.parse(m.data)); } catch (err) { console.warn(err); }
      scheduleRefresh();
    });
    es.addEventListener('reset', () => { load().catch(err => console.warn(err)); });
  }

  async function load() {
    const health = await api('/api/health');
    if (health.windows && health.windows.length) ui.windows = health.windows;
    if (health.latest_window_end) $('date').max = health.latest_window_end;
    if (health.earliest_window_end) $('date').min = health.earliest_window_end;
    if (!ui.windows.includes(ui.window)) ui.window = ui.windows.includes(30) ? 30 : ui.windows[0];
    renderWindows();
    const [seq, events] = await Promise.all([refresh(true), api('/api/events?' + q({ limit: 30, order: 'arrival' }))]);
    renderEvents(events);
    if (!ui.es) connect(Math.min(seq, events.seq, health.seq));
  }

  document.addEventListener('DOMContentLoaded', () => {
    $('drill-close').addEventListener('click', () => { ui.drill = null; $('drill').hidden = true; });
    document.addEventListener('keydown', (ev) => { if (ev.key === 'Escape') { ui.drill = null; $('drill').hidden = true; } });
    $('search').addEventListener('input', applySearch);
    $('csv').addEventListener('click', exportCsv);
    $('map-pairs').addEventListener('change', renderLinks);
    $('date').addEventListener('change', () => {
      ui.date = /^\d{4}-\d{2}-\d{2}$/.test($('date').value) ? $('date').value : null;
      $('date-latest').hidden = !ui.date;
      refresh(true).catch(err => console.warn(err));
    });
    $('date-latest').addEventListener('click', () => {
      ui.date = null;
      $('date').value = '';
      $('date-latest').hidden = true;
      refresh(true).catch(err => console.warn(err));
    });
    loadWorld().catch(err => console.warn(err));
    renderWindows();
    load().catch(err => { console.warn(err); setStatus('reconnecting', 'offline'); setTimeout(() => location.reload(), 5000); });
    // alerts arrive on their own topic, a little after the rows that trigger a refresh: also look every 3 s
    setInterval(() => { loadAlerts().catch(err => console.warn(err)); }, 3000);
  });
})();
