// GapLens gap heatmap: a static page over the public GraphQL API only. No build step, no dependency.
// Every request carries the key the user pasted (sessionStorage) and stays cheap: pages of at most
// 20 to 72 rows, one request per user action, never a request in a loop.
'use strict';

(() => {
  const KEY_STORAGE = 'gaplens.apiKey';
  const GRAPHQL_URL = new URL('../graphql', window.location.href).toString();
  const SVG_NS = 'http://www.w3.org/2000/svg';

  const CELL = `fragment Cell on GapCell {
  keys { dimension value label }
  bucket count weight lived livedInterval { lower upper }
  promisedCount promisedWeight promisedLived target gap interval { lower upper } significance severity
  methods methodCount weakSignal unpromisedCount
}`;

  const QUERIES = {
    start: `query LensStart {
  experienceModel { families dimensions variables { code family dimension } }
  brands(first: 20) { edges { node { id name } } }
}`,
    segments: `query LensSegments($brandId: ID!) {
  segments(first: 20, filter: {brand: $brandId}) { edges { node { id name kind } } }
}`,
    views: `query LensViews($brandId: ID!, $segmentId: ID, $period: PeriodInput!, $filter: GapFilterInput!) {
  gapMatrix(brandId: $brandId, segmentId: $segmentId, period: $period) {
    cells { ...Cell } families { ...Cell } dimensions { ...Cell } total { ...Cell }
  }
  worstIrritants(filter: $filter, first: 10) { ...Cell }
  signatureMoments(filter: $filter, first: 10) { ...Cell }
  brandValueEmbodiment(filter: $filter) { ...Cell }
  fluidityAndFullness(filter: $filter) {
    fluidity { promisedLived target gap severity significance }
    fullness { promisedLived target gap severity significance }
  }
}
${CELL}`,
    anyMoments: `query LensMomentsNotSignificant($filter: GapFilterInput!) {
  signatureMoments(filter: $filter, first: 10, includeNotSignificant: true) { ...Cell }
}
${CELL}`,
    trend: `query LensTrend($filter: GapFilterInput!) {
  overall: gaps(filter: $filter, bucket: MONTH, orderBy: {field: KEYS}, first: 24) {
    edges { node { bucket promisedCount promisedLived target gap } }
    pageInfo { hasNextPage }
  }
  byDimension: gaps(filter: $filter, groupBy: [DIMENSION], bucket: MONTH, orderBy: {field: KEYS}, first: 72) {
    edges { node { keys { dimension value label } bucket promisedCount promisedLived target gap } }
    pageInfo { hasNextPage }
  }
}`,
    drill: `query LensDrillDown($filter: GapFilterInput!) {
  gaps(filter: $filter, groupBy: [TOUCHPOINT], orderBy: {field: GAP, direction: ASC}, first: 20) {
    edges { node { ...Cell } }
    pageInfo { hasNextPage }
  }
}
${CELL}`,
  };

  const WORDS = {
    ACCESS: 'Access', USE: 'Use', CUSTOMER_RELATIONSHIP: 'Customer relationship', SHARING: 'Sharing',
    USEFUL: 'Useful', EASY: 'Easy', PLEASANT: 'Pleasant',
    CRITICAL: 'critical', MAJOR: 'major', MINOR: 'minor', ON_TARGET: 'on target', EXCEEDED: 'exceeded',
  };
  const DIMENSION_COLOURS = { USEFUL: '#1b9e77', EASY: '#d95f02', PLEASANT: '#7570b3' };

  const $ = (id) => document.getElementById(id);
  const state = { key: null, model: null, generation: 0, drillGeneration: 0 };

  // ---------------------------------------------------------------- formatting

  const MINUS = '\u2212';
  function fmt(x) {
    if (x === null || x === undefined) return '–';
    const s = Math.abs(x).toFixed(1);
    return (x < 0 && s !== '0.0' ? MINUS : '') + s;
  }
  function fmtGap(x) {
    if (x === null || x === undefined) return '–';
    const s = Math.abs(x).toFixed(1);
    if (s === '0.0') return '0.0';
    return (x < 0 ? MINUS : '+') + s;
  }
  function fmtTick(t) {
    return t === 0 ? '0' : `${t < 0 ? MINUS : '+'}${Math.abs(t)}`;
  }
  function fmtInterval(i) {
    return i ? `${fmt(i.lower)}–${fmt(i.upper)}` : 'undetermined';
  }
  function words(code) {
    if (!code) return '';
    if (WORDS[code]) return WORDS[code];
    const variable = state.model && state.model.variables.find((v) => v.code === code);
    if (variable) return `${WORDS[variable.family]} · ${WORDS[variable.dimension]}`;
    return code.charAt(0) + code.slice(1).toLowerCase().replace(/_/g, ' ');
  }
  function key(cell, dimension) {
    const k = cell.keys.find((x) => x.dimension === dimension);
    return k ? k : null;
  }
  // The gap compares the promised measurements only: promised lived − target. The lived score of every measurement
  // (promised or not) is shown apart, so that each figure reads for what it is.
  function describe(cell, heading) {
    const lines = [heading];
    if (cell.gap === null || cell.gap === undefined) {
      lines.push('nothing promised here: no gap');
    } else {
      lines.push(`gap ${fmtGap(cell.gap)} (${WORDS[cell.severity] || cell.severity}) = promised lived ${fmt(cell.promisedLived)} − target ${fmt(cell.target)}`);
      lines.push(`promised measurements: n = ${cell.promisedCount}, weight ${cell.promisedWeight}`);
      lines.push(`95 % interval of the promised lived score ${fmtInterval(cell.interval)}: ${significanceWords(cell.significance)}`);
    }
    lines.push(`every measurement: lived ${fmt(cell.lived)} (95 % interval ${fmtInterval(cell.livedInterval)}), n = ${cell.count}, weight ${cell.weight}`);
    lines.push(`methods (${cell.methodCount}): ${cell.methods.join(', ')}${cell.weakSignal ? ' — one method alone is a weak signal' : ''}`);
    if (cell.unpromisedCount > 0) lines.push(`${cell.unpromisedCount} measurements no commitment covers`);
    return lines.join('\n');
  }
  function significanceWords(significance) {
    if (significance === 'SIGNIFICANT') return 'significant';
    if (significance === 'NOT_SIGNIFICANT') return 'not significant';
    return 'undetermined (one respondent)';
  }
  function el(tag, attributes, ...children) {
    const node = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes || {})) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'className') node.className = value;
      else node.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }
  function svg(tag, attributes, ...children) {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes || {})) node.setAttribute(name, value);
    for (const child of children.flat()) {
      if (child === null || child === undefined) continue;
      node.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return node;
  }

  // ---------------------------------------------------------------- GraphQL

  class ApiError extends Error {
    constructor(message, code) { super(message); this.code = code; }
  }

  async function graphql(query, variables) {
    let response;
    try {
      response = await fetch(GRAPHQL_URL, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json', Authorization: `Bearer ${state.key}` },
        body: JSON.stringify({ query, variables: variables || {} }),
      });
    } catch (failure) {
      throw new ApiError(`GapLens cannot be reached (${failure.message}).`, 'NETWORK');
    }
    let body = null;
    try { body = await response.json(); } catch (ignored) { /* not JSON: reported below */ }
    if (body && body.errors && body.errors.length) {
      const e = body.errors[0];
      const x = e.extensions || {};
      const detail = [x.code, x.reason, x.field && `field ${x.field}`, x.retryAfterSeconds && `retry after ${x.retryAfterSeconds} s`]
        .filter(Boolean).join(', ');
      throw new ApiError(`${e.message}${detail ? ` (${detail})` : ''}`, x.code);
    }
    if (!response.ok || !body) throw new ApiError(`GapLens answered HTTP ${response.status}.`, 'HTTP');
    return body.data;
  }

  function say(message, kind) {
    const status = $('status');
    status.textContent = message || '';
    status.className = kind || '';
  }

  function failed(error) {
    say(error.message, 'error');
    if (error.code === 'UNAUTHENTICATED') forgetKey(false);
  }

  // ---------------------------------------------------------------- key

  function useKey(value) {
    state.key = value;
    sessionStorage.setItem(KEY_STORAGE, value);
    $('forget-key').hidden = false;
    $('api-key').value = '';
    $('api-key').placeholder = 'a key is in use (paste another to switch)';
    $('api-key').required = false;
    start();
  }

  function forgetKey(clearStatus) {
    state.key = null;
    state.generation += 1;
    sessionStorage.removeItem(KEY_STORAGE);
    $('forget-key').hidden = true;
    $('api-key').placeholder = 'gl_…';
    $('api-key').required = true;
    $('views').hidden = true;
    if (clearStatus) say('');
  }

  // ---------------------------------------------------------------- choices

  function isoDay(date) {
    return date.toISOString().slice(0, 10);
  }
  function defaultPeriod() {
    const today = new Date();
    const from = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() - 11, 1));
    return { from: isoDay(from), to: isoDay(today) };
  }

  async function start() {
    say('Reading the brands…');
    let data;
    try {
      data = await graphql(QUERIES.start);
    } catch (error) {
      failed(error);
      return;
    }
    state.model = data.experienceModel;
    const brands = data.brands.edges.map((e) => e.node);
    const select = $('brand');
    select.replaceChildren(...brands.map((b) => el('option', { value: b.id }, b.name)));
    if (!brands.length) {
      say('This tenant has no brand yet: define one (defineBrand) and record measurements first.', 'error');
      return;
    }
    if (!$('from').value) {
      const period = defaultPeriod();
      $('from').value = period.from;
      $('to').value = period.to;
    }
    $('views').hidden = false;
    await brandChosen();
  }

  async function brandChosen() {
    const generation = ++state.generation;
    say('Reading the segments…');
    let data;
    try {
      data = await graphql(QUERIES.segments, { brandId: $('brand').value });
    } catch (error) {
      failed(error);
      return;
    }
    if (generation !== state.generation) return;
    const segments = data.segments.edges.map((e) => e.node);
    $('segment').replaceChildren(
      el('option', { value: '' }, 'All customers'),
      ...segments.map((s) => el('option', { value: s.id }, `${s.name} (${s.kind.toLowerCase()})`)));
    await loadViews();
  }

  function choices() {
    const brandId = $('brand').value;
    const segmentId = $('segment').value || null;
    const period = { from: $('from').value, to: $('to').value };
    const filter = { brandIds: [brandId], period };
    if (segmentId) filter.segmentIds = [segmentId];
    return { brandId, segmentId, period, filter };
  }

  // ---------------------------------------------------------------- views

  async function loadViews() {
    const generation = ++state.generation;
    const chosen = choices();
    if (!chosen.period.from || !chosen.period.to) {
      say('Choose both dates of the period.', 'error');
      return;
    }
    $('drill').hidden = true;
    say('Computing the gaps…', 'busy');
    document.body.classList.add('loading');
    try {
      const [views, trend] = await Promise.all([
        graphql(QUERIES.views, chosen),
        graphql(QUERIES.trend, { filter: chosen.filter }),
      ]);
      if (generation !== state.generation) return;
      renderMatrix(views.gapMatrix);
      renderFluidity(views.fluidityAndFullness);
      renderCells($('irritants'), views.worstIrritants, 'No significant negative gap: no irritant stands out.');
      let moments = views.signatureMoments;
      $('moments-note').textContent = 'significant gaps of +3 or more';
      if (!moments.length) {
        moments = (await graphql(QUERIES.anyMoments, { filter: chosen.filter })).signatureMoments;
        if (generation !== state.generation) return;
        $('moments-note').textContent = 'none is significant: gaps of +3 or more, not significant';
      }
      renderCells($('moments'), moments, 'No gap of +3 or more.');
      renderValues(views.brandValueEmbodiment);
      renderTrend(trend);
      const measured = views.gapMatrix.total;
      say(measured
        ? `${measured.count.toLocaleString('en')} measurements (${measured.weight.toLocaleString('en')} respondents) from ${chosen.period.from} to ${chosen.period.to}.`
        : `No measurement from ${chosen.period.from} to ${chosen.period.to}.`, 'done');
    } catch (error) {
      if (generation === state.generation) failed(error);
    } finally {
      if (generation === state.generation) document.body.classList.remove('loading');
    }
  }

  // What the gap is the difference of: "promised lived / target"; the lived score alone where nothing is promised.
  function promisedAgainstTarget(cell) {
    if (cell.gap === null || cell.gap === undefined) return `lived ${fmt(cell.lived)}`;
    return `${fmt(cell.promisedLived)} / ${fmt(cell.target)}`;
  }

  function severityClass(cell) {
    if (!cell || cell.gap === null || cell.gap === undefined) return 'sev-NONE';
    return `sev-${cell.severity}`;
  }

  function matrixCell(cell, heading, variable) {
    if (!cell) {
      return el('td', { className: 'cell empty', title: `${heading}\nnot measured in this period` }, el('span', { className: 'gap' }, '·'));
    }
    const classes = ['cell', severityClass(cell)];
    if (cell.significance !== 'SIGNIFICANT') classes.push('not-significant');
    const content = [
      el('span', { className: 'gap' }, fmtGap(cell.gap)),
      el('span', { className: 'lived-target' }, promisedAgainstTarget(cell)),
      cell.weakSignal ? el('span', { className: 'weak' }, '1 method') : null,
    ];
    const title = describe(cell, heading);
    if (variable) {
      return el('td', { className: classes.join(' '), 'data-variable': variable },
        el('button', { type: 'button', title, 'aria-label': `${heading}: gap ${fmtGap(cell.gap)}. Show its touchpoints.` }, content));
    }
    return el('td', { className: `${classes.join(' ')} total`, title }, content);
  }

  function renderMatrix(matrix) {
    const { families, dimensions, variables } = state.model;
    const byVariable = new Map(matrix.cells.map((c) => [key(c, 'VARIABLE') ? key(c, 'VARIABLE').value : null, c]));
    const byFamily = new Map(matrix.families.map((c) => [key(c, 'FAMILY') ? key(c, 'FAMILY').value : null, c]));
    const byDimension = new Map(matrix.dimensions.map((c) => [key(c, 'DIMENSION') ? key(c, 'DIMENSION').value : null, c]));
    const table = $('matrix');
    table.tHead.replaceChildren(el('tr', {},
      el('th', { scope: 'col' }, ''),
      dimensions.map((d) => el('th', { scope: 'col' }, WORDS[d] || d)),
      el('th', { scope: 'col', className: 'total' }, 'All dimensions')));
    table.tBodies[0].replaceChildren(...families.map((f) => el('tr', {},
      el('th', { scope: 'row' }, WORDS[f] || f),
      dimensions.map((d) => {
        const variable = variables.find((v) => v.family === f && v.dimension === d).code;
        return matrixCell(byVariable.get(variable), `${WORDS[f]} · ${WORDS[d]} (${variable})`, variable);
      }),
      matrixCell(byFamily.get(f), `${WORDS[f]}, all dimensions`))));
    table.tFoot.replaceChildren(el('tr', {},
      el('th', { scope: 'row' }, 'All families'),
      dimensions.map((d) => matrixCell(byDimension.get(d), `${WORDS[d]}, all families`)),
      matrixCell(matrix.total, 'Whole brand')));
  }

  function renderFluidity(ff) {
    const figure = (name, explanation, f) => [
      el('dt', {}, name, ' ', el('small', {}, explanation)),
      el('dd', { className: f ? `sev-text-${f.severity}` : '' },
        f ? `${fmtGap(f.gap)} (promised lived ${fmt(f.promisedLived)} / target ${fmt(f.target)}, ${significanceWords(f.significance)})` : '–'),
    ];
    $('fluidity').replaceChildren(
      ...figure('Fluidity', 'gap over EASY', ff.fluidity),
      ...figure('Fullness', 'gap over USEFUL and PLEASANT', ff.fullness));
  }

  const KEY_ORDER = ['BRAND', 'SEGMENT', 'BRAND_VALUE', 'COMMITMENT', 'PHASE', 'TOUCHPOINT', 'CHANNEL', 'METHOD',
    'FAMILY', 'DIMENSION', 'VARIABLE'];
  function cellHeading(cell) {
    return [...cell.keys]
      .sort((a, b) => KEY_ORDER.indexOf(a.dimension) - KEY_ORDER.indexOf(b.dimension))
      .map((k) => (k.dimension === 'VARIABLE' ? words(k.value) : k.label)).join(' · ');
  }

  function renderCells(list, cells, empty) {
    if (!cells.length) {
      list.replaceChildren(el('li', { className: 'none' }, empty));
      return;
    }
    list.replaceChildren(...cells.map((cell) => {
      const heading = cellHeading(cell);
      return el('li', { title: describe(cell, heading) },
        el('span', { className: `chip ${severityClass(cell)}` }, fmtGap(cell.gap)),
        el('span', { className: 'what' }, heading),
        el('span', { className: 'figures' }, `promised lived ${fmt(cell.promisedLived)} vs target ${fmt(cell.target)}, n = ${cell.promisedCount}${cell.weakSignal ? ', 1 method' : ''}`));
    }));
  }

  function renderValues(cells) {
    const box = $('values');
    const rows = cells.filter((c) => c.gap !== null && c.gap !== undefined).sort((a, b) => a.gap - b.gap);
    if (!rows.length) {
      box.replaceChildren(el('p', { className: 'none' }, 'No commitment measured in this period.'));
      return;
    }
    const gapInterval = (c) => (c.interval ? [c.interval.lower - c.target, c.interval.upper - c.target] : [c.gap, c.gap]);
    const extent = Math.max(10, ...rows.flatMap((c) => gapInterval(c).map(Math.abs)));
    const max = Math.ceil(extent / 5) * 5;
    const width = 720; const labelWidth = 170; const valueWidth = 70; const rowHeight = 30; const top = 24;
    const plot = width - labelWidth - valueWidth;
    const x = (v) => labelWidth + ((v + max) / (2 * max)) * plot;
    const height = top + rows.length * rowHeight + 6;
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Gap per brand value' });
    for (let t = -max; t <= max; t += max / 2) {
      chart.append(svg('line', { x1: x(t), x2: x(t), y1: top - 4, y2: height - 4, class: t === 0 ? 'axis zero' : 'axis' }));
      chart.append(svg('text', { x: x(t), y: top - 8, class: 'tick', 'text-anchor': 'middle' }, fmtTick(t)));
    }
    rows.forEach((c, i) => {
      const y = top + i * rowHeight;
      const value = key(c, 'BRAND_VALUE');
      const [lo, hi] = gapInterval(c);
      const group = svg('g', { class: `bar ${severityClass(c)}`, 'data-value': value ? value.label : '' },
        svg('title', {}, describe(c, value ? value.label : 'brand value')),
        svg('text', { x: labelWidth - 8, y: y + rowHeight / 2 + 4, 'text-anchor': 'end', class: 'label' }, value ? value.label : '?'),
        svg('rect', { x: Math.min(x(0), x(c.gap)), y: y + 6, width: Math.max(1, Math.abs(x(c.gap) - x(0))), height: rowHeight - 12, class: 'fill' }),
        svg('line', { x1: x(lo), x2: x(hi), y1: y + rowHeight / 2, y2: y + rowHeight / 2, class: 'whisker' }),
        svg('line', { x1: x(lo), x2: x(lo), y1: y + 10, y2: y + rowHeight - 10, class: 'whisker' }),
        svg('line', { x1: x(hi), x2: x(hi), y1: y + 10, y2: y + rowHeight - 10, class: 'whisker' }),
        svg('text', { x: width - valueWidth + 8, y: y + rowHeight / 2 + 4, class: 'value' }, fmtGap(c.gap)));
      chart.append(group);
    });
    box.replaceChildren(chart);
  }

  function renderTrend(trend) {
    const box = $('trend');
    const series = [];
    const overall = trend.overall.edges.map((e) => e.node).filter((n) => n.gap !== null);
    series.push({ name: 'All', className: 'overall', colour: '#222', points: overall });
    for (const d of state.model.dimensions) {
      const points = trend.byDimension.edges.map((e) => e.node)
        .filter((n) => n.gap !== null && key(n, 'DIMENSION') && key(n, 'DIMENSION').value === d);
      series.push({ name: WORDS[d], className: `dim-${d}`, colour: DIMENSION_COLOURS[d], points });
    }
    const buckets = [...new Set(series.flatMap((s) => s.points.map((p) => p.bucket)))].sort();
    if (!buckets.length) {
      box.replaceChildren(el('p', { className: 'none' }, 'No promised measurement in this period.'));
      return;
    }
    const gaps = series.flatMap((s) => s.points.map((p) => p.gap));
    const lo = Math.floor(Math.min(0, ...gaps) / 5) * 5;
    const hi = Math.ceil(Math.max(0, ...gaps) / 5) * 5 || 5;
    const width = 720; const height = 280; const left = 56; const right = 110; const top = 14; const bottom = 36;
    const x = (b) => left + (buckets.length === 1 ? (width - left - right) / 2
      : (buckets.indexOf(b) / (buckets.length - 1)) * (width - left - right));
    const y = (g) => top + ((hi - g) / (hi - lo)) * (height - top - bottom);
    const chart = svg('svg', { viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': 'Gap per month' });
    const step = (hi - lo) > 40 ? 10 : 5;
    for (let g = lo; g <= hi; g += step) {
      chart.append(svg('line', { x1: left, x2: width - right, y1: y(g), y2: y(g), class: g === 0 ? 'axis zero' : 'axis' }));
      chart.append(svg('text', { x: left - 6, y: y(g) + 4, 'text-anchor': 'end', class: 'tick' }, fmtTick(g)));
    }
    buckets.forEach((b, i) => {
      if (buckets.length > 12 && i % 2) return;
      chart.append(svg('text', { x: x(b), y: height - bottom + 20, 'text-anchor': 'middle', class: 'tick' }, b));
    });
    series.forEach((s, index) => {
      if (!s.points.length) return;
      const points = [...s.points].sort((a, b) => (a.bucket < b.bucket ? -1 : 1));
      const line = svg('g', { class: `series ${s.className}` });
      line.append(svg('polyline', {
        points: points.map((p) => `${x(p.bucket)},${y(p.gap)}`).join(' '),
        fill: 'none', stroke: s.colour, 'stroke-width': s.className === 'overall' ? 3 : 2,
      }));
      for (const p of points) {
        line.append(svg('circle', { cx: x(p.bucket), cy: y(p.gap), r: s.className === 'overall' ? 4 : 3, fill: s.colour },
          svg('title', {}, `${s.name}, ${p.bucket}: gap ${fmtGap(p.gap)} (promised lived ${fmt(p.promisedLived)}, target ${fmt(p.target)}, n = ${p.promisedCount})`)));
      }
      const ly = top + 14 + index * 20;
      line.append(svg('line', { x1: width - right + 12, x2: width - right + 32, y1: ly - 4, y2: ly - 4, stroke: s.colour, 'stroke-width': 3 }));
      line.append(svg('text', { x: width - right + 38, y: ly, class: 'legend-text' }, s.name));
      chart.append(line);
    });
    const notes = [];
    if (trend.overall.pageInfo.hasNextPage || trend.byDimension.pageInfo.hasNextPage) {
      notes.push(el('p', { className: 'hint' }, 'Only the first 24 months are drawn: choose a shorter period to see the rest.'));
    }
    box.replaceChildren(chart, ...notes);
  }

  // ---------------------------------------------------------------- drill-down

  const DRILL_COLUMNS = 10;

  async function drill(variable) {
    const generation = ++state.drillGeneration;
    const chosen = choices();
    const section = $('drill');
    section.hidden = false;
    document.querySelectorAll('#matrix td.selected').forEach((td) => td.classList.remove('selected'));
    const td = document.querySelector(`#matrix td[data-variable="${variable}"]`);
    if (td) td.classList.add('selected');
    $('drill-title').textContent = `Touchpoints of ${words(variable)} (${variable}), worst gap first`;
    const body = section.querySelector('tbody');
    body.replaceChildren(el('tr', {}, el('td', { colspan: DRILL_COLUMNS, className: 'none' }, 'Reading…')));
    try {
      const data = await graphql(QUERIES.drill, { filter: { ...chosen.filter, variables: [variable] } });
      if (generation !== state.drillGeneration) return;
      const cells = data.gaps.edges.map((e) => e.node);
      if (!cells.length) {
        body.replaceChildren(el('tr', {}, el('td', { colspan: DRILL_COLUMNS, className: 'none' }, 'No measurement of this variable in this period.')));
        return;
      }
      body.replaceChildren(...cells.map((c) => {
        const touchpoint = key(c, 'TOUCHPOINT');
        const name = touchpoint ? touchpoint.label : '?';
        return el('tr', { title: describe(c, name), 'data-touchpoint': touchpoint ? touchpoint.value : '' },
          el('th', { scope: 'row' }, name),
          el('td', { className: 'num' }, c.count.toLocaleString('en')),
          el('td', { className: 'num lived' }, fmt(c.lived)),
          el('td', { className: 'num promised-n' }, c.promisedCount.toLocaleString('en')),
          el('td', { className: 'num promised-lived' }, fmt(c.promisedLived)),
          el('td', { className: 'num target' }, fmt(c.target)),
          el('td', { className: `num gap ${severityClass(c)}` }, fmtGap(c.gap)),
          el('td', { className: 'num' }, c.interval ? fmtInterval(c.interval) : '–'),
          el('td', {}, c.gap === null ? 'not promised' : `${WORDS[c.severity]}${c.significance === 'SIGNIFICANT' ? '' : ` (${significanceWords(c.significance)})`}`),
          el('td', {}, `${c.methodCount}${c.weakSignal ? ' (weak signal)' : ''}`));
      }));
      if (data.gaps.pageInfo.hasNextPage) {
        body.append(el('tr', {}, el('td', { colspan: DRILL_COLUMNS, className: 'none' }, 'The 20 worst are shown.')));
      }
      section.scrollIntoView({ block: 'nearest' });
    } catch (error) {
      if (generation === state.drillGeneration) failed(error);
    }
  }

  // ---------------------------------------------------------------- queries shown on the page

  function renderQueries() {
    const box = $('queries');
    for (const [name, text] of Object.entries(QUERIES)) {
      const pre = el('pre', {}, el('code', {}, text));
      const copy = el('button', { type: 'button', className: 'copy' }, 'Copy');
      copy.addEventListener('click', async () => {
        try {
          await navigator.clipboard.writeText(text);
          copy.textContent = 'Copied';
        } catch (ignored) {
          copy.textContent = 'Select the text to copy it';
        }
      });
      box.append(el('div', { className: 'query' }, el('h3', {}, name, ' ', copy), pre));
    }
  }

  // ---------------------------------------------------------------- wiring

  document.addEventListener('DOMContentLoaded', () => {
    renderQueries();
    $('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      const value = $('api-key').value.trim();
      if (value) useKey(value);
    });
    $('forget-key').addEventListener('click', () => forgetKey(true));
    $('brand').addEventListener('change', brandChosen);
    $('segment').addEventListener('change', loadViews);
    $('choices').addEventListener('submit', (event) => {
      event.preventDefault();
      loadViews();
    });
    $('matrix').addEventListener('click', (event) => {
      const td = event.target.closest('td[data-variable]');
      if (td) drill(td.dataset.variable);
    });
    const stored = sessionStorage.getItem(KEY_STORAGE);
    if (stored) useKey(stored);
  });
})();
