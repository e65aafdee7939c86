// app.js — the page of `sitrep serve`.
//
// State lives in the URL (?from=&to=&country=&type=&text=&offset=&event=),
// so a view can be bookmarked or shared; Apply pushes a new history entry
// and Back restores the previous view.  For each state the page asks the
// API for the markers (/api/events.geojson), the counts (/api/stats) and one
// page of the table (/api/events), and draws:
//   - a world map (d3-geo, Natural Earth shapes from world-atlas) with one
//     circle per incident, coloured by type and sized by fatalities; with a
//     country filter the map zooms to that country's shape;
//   - a timeline: incidents per day, stacked by type (click a day to filter);
//   - a table (click a row or a marker to open the event);
//   - an event panel: each field beside the evidence sentence, with the words
//     that carry the field's value highlighted, and links to the sources.
// Text from the data only ever reaches the page through textContent.
/* global d3, topojson */

const TYPES = [
  ['Battles', '#c0392b'],
  ['Explosions/Remote violence', '#e67e22'],
  ['Violence against civilians', '#8e44ad'],
  ['Protests', '#2471a3'],
  ['Riots', '#d4458f'],
  ['Strategic developments', '#239b56'],
];
const TYPE_COLOR = new Map(TYPES);
const OTHER_COLOR = '#7f8c8d';
const FILTERS = ['from', 'to', 'country', 'type', 'text'];
const PAGE = 50;
const SVGNS = 'http://www.w3.org/2000/svg';

const $ = (sel) => document.querySelector(sel);
let world = null;        // GeoJSON countries
let pending = 0;
let loadSeq = 0;

function color(type) { return TYPE_COLOR.get(type) || OTHER_COLOR; }

function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVGNS, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'class') e.setAttribute('class', v);
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return e;
}

// ------------------------------------------------------------ state / URL

function readState() {
  const p = new URLSearchParams(location.search);
  const s = {};
  for (const k of FILTERS) s[k] = p.get(k) || '';
  s.offset = Math.max(0, parseInt(p.get('offset') || '0', 10) || 0);
  s.event = p.get('event') || '';
  return s;
}

function writeState(s, push) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s[k]) p.set(k, s[k]);
  if (s.offset) p.set('offset', String(s.offset));
  if (s.event) p.set('event', s.event);
  const url = location.pathname + (p.toString() ? '?' + p : '');
  if (push) history.pushState(null, '', url);
  else history.replaceState(null, '', url);
}

function filterQuery(s, extra = {}) {
  const p = new URLSearchParams();
  for (const k of FILTERS) if (s[k]) p.set(k, s[k]);
  for (const [k, v] of Object.entries(extra)) p.set(k, String(v));
  return p.toString();
}

async function api(path) {
  pending++;
  document.body.dataset.state = 'loading';
  try {
    const r = await fetch(path, { headers: { Accept: 'application/json' } });
    const body = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(body.error || `${r.status} ${r.statusText}`);
    return body;
  } finally {
    pending--;
  }
}

function showError(msg) {
  const e = $('#error');
  e.textContent = msg || '';
  e.hidden = !msg;
}

// ------------------------------------------------------------------ map

let focus = null; // the country shape the map is zoomed to

function projectionFor(s, features) {
  focus = null;
  const proj = d3.geoNaturalEarth1();
  const extent = [[8, 8], [952, 472]];
  let target = { type: 'Sphere' };
  if (s.country && features.length) {
    // the country's shape: the one holding most of its incidents
    const counts = new Map();
    for (const f of features) {
      if (!f.geometry) continue;
      const shape = world.features.find((c) => d3.geoContains(c, f.geometry.coordinates));
      if (shape) counts.set(shape, (counts.get(shape) || 0) + 1);
    }
    let best = null;
    for (const [shape, n] of counts) if (!best || n > counts.get(best)) best = shape;
    if (best) target = focus = best;
    else {
      const pts = features.filter((f) => f.geometry).map((f) => f.geometry.coordinates);
      if (pts.length) target = d3.geoCircle().center(pts[0]).radius(4)();
    }
  }
  proj.fitExtent(extent, target);
  return proj;
}

function drawMap(s, geo, total) {
  const svg = $('#map');
  svg.replaceChildren();
  const features = geo.features || [];
  const proj = projectionFor(s, features);
  const path = d3.geoPath(proj);
  svg.append(el('svg:path', { class: 'sphere', d: path({ type: 'Sphere' }) }));
  svg.append(el('svg:path', { class: 'graticule', d: path(d3.geoGraticule10()) }));
  const land = el('svg:g', { class: 'countries' });
  for (const c of world.features) {
    const d = path(c);
    if (!d) continue;
    land.append(el('svg:path', { class: c === focus ? 'country focus' : 'country', d, onclick: () => countryClicked(c, features) },
      el('svg:title', {}, c.properties.name)));
  }
  svg.append(land);
  const marks = el('svg:g', { class: 'markers' });
  const placed = features.filter((f) => f.geometry)
    .sort((a, b) => (b.properties.fatalities || 0) - (a.properties.fatalities || 0));
  for (const f of placed) {
    const xy = proj(f.geometry.coordinates);
    if (!xy || !isFinite(xy[0])) continue;
    const p = f.properties;
    const r = 3.5 + 2.2 * Math.sqrt(Math.min(p.fatalities || 0, 400));
    marks.append(el('svg:circle', {
      class: 'marker' + (String(p.incident_id) === s.event ? ' selected' : ''),
      cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: r.toFixed(1),
      fill: color(p.event_type), 'data-id': p.incident_id, tabindex: 0,
      onclick: () => openEvent(p.incident_id, true),
      onkeydown: (ev) => { if (ev.key === 'Enter') openEvent(p.incident_id, true); },
    }, el('svg:title', {}, `${p.date || 'undated'} — ${p.sub_event_type || p.event_type || 'event'}, ${p.location || p.country || ''}` +
      (p.fatalities != null ? `, ${p.fatalities} dead` : ''))));
  }
  svg.append(marks);
  const unplaced = features.length - placed.length;
  $('#map-note').textContent = `${placed.length} incident${placed.length === 1 ? '' : 's'} on the map` +
    (unplaced ? `; ${unplaced} without coordinates` : '') +
    (total > features.length ? ` (the first ${features.length} of ${total}; narrow the filters to see the rest)` : '') +
    (s.country ? ` — zoomed to ${s.country}` : '') + '. Circle size: fatalities.';
}

function countryClicked(shape, features) {
  // the ISO code of a shape comes from the incidents inside it
  const inside = features.filter((f) => f.geometry && f.properties.country && d3.geoContains(shape, f.geometry.coordinates));
  if (!inside.length) return;
  const s = readState();
  s.country = inside[0].properties.country;
  s.offset = 0;
  s.event = '';
  writeState(s, true);
  load();
}

function drawLegend() {
  const box = $('#legend');
  box.replaceChildren();
  for (const [t, c] of TYPES) {
    const sw = el('svg:svg', { width: 12, height: 12, 'aria-hidden': 'true' }, el('svg:circle', { cx: 6, cy: 6, r: 5, fill: c }));
    box.append(el('span', { class: 'key' }, sw, ' ', t));
  }
}

// ------------------------------------------------------------- timeline

function dayNumber(d) { return Math.floor(Date.parse(d + 'T00:00:00Z') / 86400000); }
function dayString(n) { return new Date(n * 86400000).toISOString().slice(0, 10); }

function drawTimeline(stats) {
  const svg = $('#timeline');
  svg.replaceChildren();
  const days = stats.by_day || [];
  const W = 960, H = 150, top = 8, bottom = 22, left = 34, right = 8;
  if (!days.length) {
    svg.append(el('svg:text', { x: W / 2, y: H / 2, 'text-anchor': 'middle', class: 'empty' }, 'no dated incidents'));
    return;
  }
  const d0 = dayNumber(days[0].date), d1 = dayNumber(days[days.length - 1].date);
  const span = d1 - d0 + 1;
  const maxN = Math.max(...days.map((d) => d.n));
  const x = (d) => left + (d - d0) * (W - left - right) / span;
  const bw = Math.max(2, (W - left - right) / span - 1);
  const y = (n) => (H - bottom) - n * (H - bottom - top) / maxN;
  svg.append(el('svg:line', { class: 'axis', x1: left, x2: W - right, y1: H - bottom, y2: H - bottom }));
  svg.append(el('svg:text', { class: 'tick', x: left - 4, y: top + 8, 'text-anchor': 'end' }, String(maxN)));
  svg.append(el('svg:text', { class: 'tick', x: left - 4, y: H - bottom, 'text-anchor': 'end' }, '0'));
  // date ticks: years when the range is long, else the first day of months
  const ticks = [];
  const y0 = +days[0].date.slice(0, 4), y1 = +days[days.length - 1].date.slice(0, 4);
  if (span > 400) for (let yr = y0 + 1; yr <= y1; yr++) ticks.push([dayNumber(`${yr}-01-01`), String(yr)]);
  else {
    for (let d = d0; d <= d1; d++) {
      const s = dayString(d);
      if (s.endsWith('-01') || d === d0) ticks.push([d, s]);
    }
  }
  const every = Math.ceil(ticks.length / 8) || 1;
  ticks.filter((_, i) => i % every === 0).forEach(([d, label]) => {
    svg.append(el('svg:text', { class: 'tick', x: x(d).toFixed(1), y: H - 6, 'text-anchor': 'middle' }, label));
  });
  for (const day of days) {
    const dn = dayNumber(day.date);
    let acc = 0;
    const g = el('svg:g', { class: 'day', 'data-date': day.date, onclick: () => filterDay(day.date) },
      el('svg:title', {}, `${day.date}: ${day.n} incident${day.n === 1 ? '' : 's'}, ${day.fatalities} dead`));
    const order = Object.keys(day.by_type).sort((a, b) => TYPES.findIndex((t) => t[0] === a) - TYPES.findIndex((t) => t[0] === b));
    for (const t of order) {
      const n = day.by_type[t];
      g.append(el('svg:rect', {
        class: 'bar', x: x(dn).toFixed(1), width: bw.toFixed(1),
        y: y(acc + n).toFixed(1), height: (y(acc) - y(acc + n)).toFixed(1), fill: color(t),
      }));
      acc += n;
    }
    svg.append(g);
  }
}

function filterDay(date) {
  const s = readState();
  s.from = s.to = date;
  s.offset = 0;
  writeState(s, true);
  load();
}

// ---------------------------------------------------------------- table

function actors(e) {
  const a = [e.actor1 && e.actor1.name, e.actor2 && e.actor2.name].filter(Boolean);
  return a.join(' vs ');
}

function drawTable(s, page) {
  const body = $('#events tbody');
  body.replaceChildren();
  for (const e of page.events) {
    const loc = e.location || {};
    body.append(el('tr', {
      'data-id': e.incident_id, tabindex: 0,
      class: String(e.incident_id) === s.event ? 'selected' : null,
      onclick: () => openEvent(e.incident_id, true),
      onkeydown: (ev) => { if (ev.key === 'Enter') openEvent(e.incident_id, true); },
    },
    el('td', {}, e.date || '—'),
    el('td', {}, el('span', { class: 'dot', 'data-type': e.event_type || '' }), e.sub_event_type || e.event_type || '—'),
    el('td', {}, [loc.name, loc.admin1].filter(Boolean).join(', ') || '—'),
    el('td', {}, loc.country || '—'),
    el('td', {}, actors(e) || '—'),
    el('td', { class: 'num' }, e.fatalities == null ? '—' : String(e.fatalities)),
    el('td', { class: 'num' }, String(e.n_sources))));
  }
  if (!page.events.length) body.append(el('tr', {}, el('td', { colspan: 7, class: 'empty' }, 'No incidents match these filters.')));
  for (const dot of body.querySelectorAll('.dot')) dot.style.background = color(dot.dataset.type);
  const from = page.total ? page.offset + 1 : 0, to = page.offset + page.events.length;
  $('#page').textContent = `${from}–${to} of ${page.total}`;
  $('#prev').disabled = page.offset === 0;
  $('#next').disabled = page.next_offset == null;
}

// ---------------------------------------------------------- event panel

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten',
  'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen', 'twenty'];
const TENS = { 30: 'thirty', 40: 'forty', 50: 'fifty', 60: 'sixty', 70: 'seventy', 80: 'eighty', 90: 'ninety', 100: 'hundred' };
const TRIGGERS = /\b(kill\w*|dead|died|attack\w*|shell\w*|strikes?|struck|bomb\w*|explo\w*|blast\w*|protest\w*|rall\w*|demonstrat\w*|march\w*|clash\w*|riot\w*|fight\w*|battle\w*|ambush\w*|fired|fire|shot|shoot\w*|gunm[ae]n|abduct\w*|kidnap\w*|raid\w*|seiz\w*|captur\w*|arrest\w*|tear gas|drone\w*|air ?strikes?|missiles?|rockets?|mortars?|ied|landmines?|suicide|sign\w*|ceasefire|truce|agree\w*|peace|deal|surrender\w*|withdr\w*|recaptur\w*|took control)\b/i;
const DATE_WORDS = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|last night|this morning|(jan|feb|febr|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?( \d{1,2})?(, \d{4})?|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*( \d{4})?)\b/i;

function escapeRe(s) { return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'); }

// Where the sentence carries a field's value: [start, end] or null.
function findValue(sentence, field, value) {
  if (value === null || value === undefined || value === '') return null;
  let re = null;
  if (field === 'fatalities' || field === 'injured') {
    const n = Number(value);
    const words = [String(n)];
    if (NUMBER_WORDS[n]) words.push(NUMBER_WORDS[n]);
    if (TENS[n]) words.push(TENS[n]);
    if (n === 0) words.push('no one', 'nobody', 'no casualties', 'no deaths', 'no injuries');
    re = new RegExp(`\\b(${words.map(escapeRe).join('|')})\\b`, 'i');
  } else if (field === 'event_type') re = TRIGGERS;
  else if (field === 'date') re = DATE_WORDS;
  else {
    const v = String(value);
    const i = sentence.toLowerCase().indexOf(v.toLowerCase());
    if (i >= 0) return [i, i + v.length];
    // a multi-word value: its longest word that occurs
    const words = v.split(/[\s,/-]+/).filter((w) => w.length >= 4).sort((a, b) => b.length - a.length);
    for (const w of words) {
      const m = new RegExp(`\\b${escapeRe(w)}`, 'i').exec(sentence);
      if (m) return [m.index, m.index + w.length];
    }
    return null;
  }
  const m = re.exec(sentence);
  return m ? [m.index, m.index + m[0].length] : null;
}

function sentenceWith(sentence, spans, context = 0) {
  // spans: [[start, end, field], ...] -> <q> with <mark>s, overlaps dropped;
  // context > 0: only that many characters around the first span
  const q = el('q', { class: 'evidence' });
  const list = spans.filter(Boolean).sort((x, y) => x[0] - y[0]);
  let at = 0, stop = sentence.length;
  if (context && list.length && sentence.length > 2 * context + 40) {
    at = Math.max(0, list[0][0] - context);
    stop = Math.min(sentence.length, list[0][1] + context);
    while (at > 0 && /\S/.test(sentence[at - 1])) at--;        // whole words
    while (stop < sentence.length && /\S/.test(sentence[stop])) stop++;
    if (at > 0) q.append('… ');
  }
  for (const [a, b, field] of list) {
    if (a < at || b > stop) continue;
    q.append(sentence.slice(at, a), el('mark', { 'data-field': field, title: field.replace('_', ' ') }, sentence.slice(a, b)));
    at = b;
  }
  q.append(sentence.slice(at, stop));
  if (stop < sentence.length) q.append(' …');
  return q;
}

const FIELDS = [
  ['event_type', 'Event type', (e) => e.event_type, (e) => [e.event_type, e.sub_event_type].filter(Boolean).join(' — ')],
  ['date', 'Date', (e) => e.date, (e) => e.date ? `${e.date} (${e.date_precision || 'day'})` : null],
  ['actor1', 'Actor 1', (e) => e.actor1 && e.actor1.name, (e) => e.actor1 && e.actor1.name],
  ['actor2', 'Actor 2', (e) => e.actor2 && e.actor2.name, (e) => e.actor2 && e.actor2.name],
  ['place', 'Place', (e) => e.location && e.location.name, (e) => e.location && [e.location.name, e.location.admin1, e.location.country].filter(Boolean).join(', ')],
  ['weapon', 'Weapon', (e) => e.weapon, (e) => e.weapon],
  ['fatalities', 'Fatalities', (e) => e.fatalities, (e) => e.fatalities == null ? null : `${e.fatalities}${e.fatalities_qualifier && e.fatalities_qualifier !== 'exact' ? ' (' + e.fatalities_qualifier.replace('_', ' ') + ')' : ''}`],
  ['injured', 'Injured', (e) => e.injured, (e) => e.injured == null ? null : String(e.injured)],
];

function drawPanel(inc) {
  const body = $('#panel-body');
  body.replaceChildren();
  const loc = inc.location || {};
  body.append(el('h2', {}, inc.sub_event_type || inc.event_type || 'Event'),
    el('p', { class: 'meta' }, `${inc.date || 'undated'} · ${[loc.name, loc.admin1, loc.country].filter(Boolean).join(', ') || 'place unknown'} · incident ${inc.incident_id}` +
      (loc.lat != null ? ` · ${loc.lat.toFixed(3)}, ${loc.lon.toFixed(3)} (${loc.precision})` : '')));
  const events = inc.events || [];
  const srcById = new Map((inc.sources || []).map((s) => [s.article_id, s]));
  // each field: its value in the incident, and the first member event's
  // sentence that carries it, highlighted
  const tbl = el('table', { class: 'fields' }, el('thead', {}, el('tr', {}, el('th', {}, 'Field'), el('th', {}, 'Value'), el('th', {}, 'Evidence'))));
  const tb = el('tbody');
  for (const [key, label, raw, shown] of FIELDS) {
    const value = shown(inc);
    if (value === null || value === undefined || value === '') continue;
    let cell = el('td', { class: 'none' }, 'not found in the evidence sentence');
    for (const e of events) {
      const sentence = e.evidence && e.evidence.text;
      if (!sentence) continue;
      const span = findValue(sentence, key, raw(e) ?? raw(inc));
      if (span) {
        const src = srcById.get(e.article_id);
        cell = el('td', {}, sentenceWith(sentence, [[span[0], span[1], key]], 50),
          src ? el('span', { class: 'from' }, ' — ', src.title || src.article_id) : null);
        break;
      }
    }
    tb.append(el('tr', { 'data-field': key }, el('th', {}, label), el('td', { class: 'value' }, value), cell));
  }
  tbl.append(tb);
  body.append(tbl);
  // every member event: its whole sentence with all found fields marked
  body.append(el('h3', {}, `Reports (${events.length})`));
  const list = el('ol', { class: 'reports' });
  for (const e of events) {
    const sentence = (e.evidence && e.evidence.text) || '';
    const spans = FIELDS.map(([key, , raw]) => {
      const s = findValue(sentence, key, raw(e));
      return s ? [s[0], s[1], key] : null;
    });
    const src = srcById.get(e.article_id) || { article_id: e.article_id };
    list.append(el('li', {},
      sentenceWith(sentence, spans),
      el('div', { class: 'source' },
        src.url ? el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer' }, src.title || src.url) : (src.title || src.article_id),
        ` · ${src.date || 'no date'} · article ${src.article_id} · confidence ${e.confidence}`)));
  }
  body.append(list);
  const srcs = el('ul', { class: 'sources' });
  for (const s of inc.sources || []) {
    srcs.append(el('li', {}, s.url ? el('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.title || s.url) : (s.title || s.article_id),
      ` (${s.date || 'no date'})`));
  }
  body.append(el('h3', {}, `Sources (${(inc.sources || []).length})`), srcs);
  $('#panel').hidden = false;
}

async function openEvent(id, push) {
  const s = readState();
  s.event = String(id);
  writeState(s, push);
  for (const m of document.querySelectorAll('.marker.selected, #events tr.selected')) m.classList.remove('selected');
  for (const m of document.querySelectorAll(`.marker[data-id="${Number(id)}"], #events tr[data-id="${Number(id)}"]`)) m.classList.add('selected');
  try {
    drawPanel(await api(`/api/events/${encodeURIComponent(id)}`));
    showError('');
  } catch (err) {
    showError(`Event ${id}: ${err.message}`);
  } finally {
    settle();
  }
}

function closePanel() {
  $('#panel').hidden = true;
  const s = readState();
  s.event = '';
  writeState(s, true);
  for (const m of document.querySelectorAll('.selected')) m.classList.remove('selected');
}

// ----------------------------------------------------------------- load

function settle() { if (pending === 0) document.body.dataset.state = 'ready'; }

function fillForm(s) {
  for (const k of FILTERS) {
    const input = $(`#f-${k}`);
    if (input.tagName === 'SELECT' && s[k] && ![...input.options].some((o) => o.value === s[k])) {
      input.append(el('option', { value: s[k] }, s[k]));
    }
    input.value = s[k];
  }
}

async function fillOptions() {
  const all = await api('/api/stats');
  const c = $('#f-country'), t = $('#f-type');
  for (const r of all.by_country) if (r.country !== 'unknown') c.append(el('option', { value: r.country }, `${r.country} (${r.n})`));
  const types = new Set(TYPES.map((x) => x[0]));
  for (const r of all.by_type) types.add(r.type);
  types.delete('unknown');
  for (const ty of types) t.append(el('option', { value: ty }, ty));
}

async function load() {
  const seq = ++loadSeq;
  const s = readState();
  fillForm(s);
  try {
    const q = filterQuery(s);
    const [geo, stats, page] = await Promise.all([
      api('/api/events.geojson' + (q ? '?' + q : '')),
      api('/api/stats' + (q ? '?' + q : '')),
      api('/api/events?' + filterQuery(s, { limit: PAGE, offset: s.offset })),
    ]);
    if (seq !== loadSeq) return; // a newer load is under way
    showError('');
    drawMap(s, geo, stats.total);
    drawTimeline(stats);
    drawTable(s, page);
    $('#summary').textContent = `${stats.total} incident${stats.total === 1 ? '' : 's'}, ${stats.fatalities} reported dead` +
      (stats.undated ? ` (${stats.undated} undated)` : '');
    if (s.event) await openEvent(s.event, false);
    else $('#panel').hidden = true;
  } catch (err) {
    if (seq === loadSeq) showError(err.message);
  } finally {
    settle();
  }
}

function onSubmit(ev) {
  ev.preventDefault();
  const s = readState();
  for (const k of FILTERS) s[k] = $(`#f-${k}`).value.trim();
  s.offset = 0;
  s.event = '';
  writeState(s, true);
  load();
}

async function main() {
  drawLegend();
  $('#filters').addEventListener('submit', onSubmit);
  $('#reset').addEventListener('click', () => { history.pushState(null, '', location.pathname); load(); });
  $('#panel-close').addEventListener('click', closePanel);
  $('#prev').addEventListener('click', () => { const s = readState(); s.offset = Math.max(0, s.offset - PAGE); writeState(s, true); load(); });
  $('#next').addEventListener('click', () => { const s = readState(); s.offset += PAGE; writeState(s, true); load(); });
  window.addEventListener('popstate', load);
  try {
    const [topo] = await Promise.all([
      fetch('/vendor/countries-50m.json').then((r) => { if (!r.ok) throw new Error('map shapes: ' + r.status); return r.json(); }),
      fillOptions(),
    ]);
    world = topojson.feature(topo, topo.objects.countries);
  } catch (err) {
    showError(err.message);
    settle();
    return;
  }
  await load();
}

main();
