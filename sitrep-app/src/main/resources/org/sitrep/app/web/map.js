'use strict';
/**
 * The situation map: offline outlines (Natural Earth countries, and the first-level divisions of every country the
 * store covers), populated places for context (GeoNames, more as one zooms in), places coloured by who held them at
 * the end of the day chosen on the slider (a town as a dot, a province as its shaded outline, a place the map
 * cannot draw as a distinct square or in the "not on the map" list), events as markers by type (those begun by that
 * day, within the filters; overlapping ones clustered), and the side panel. The page reports what it is doing in
 * document.body.dataset.state ("loading", "ready" or "error"), the day it shows in data-day and the number of event
 * markers in data-events.
 */
(function () {
  const { el, fill, getJson, query, addDays } = window.sitrepDom;
  const SIDE_COLOURS = { government: '#c62828', opposition: '#2e7d32', contested: '#ef6c00', unknown: '#757575' };
  const OTHER_COLOURS = ['#1565c0', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#9e9d24', '#283593', '#00695c'];
  /** Places that are areas, not points: drawn as outlines (or a square), never as a town's dot at their centre. */
  const AREA_PRECISIONS = new Set(['DISTRICT', 'PROVINCE', 'COUNTRY']);
  /** The zoom from which each rank of populated place (1: ≥ 500,000 people, 2: ≥ 50,000, 3: smaller) is shown. */
  const TOWN_ZOOM = { 1: 5, 2: 7, 3: 9 };
  /** The zoom from which the places of the control layer carry their names. */
  const PLACE_LABEL_ZOOM = 8;
  const DAY = /^\d{4}-\d{2}-\d{2}$/;
  /** Each event type's marker, as the server's event-types table gives it (/api/summary). */
  const TYPE_GLYPHS = {};
  const state = { started: false, days: [], day: null, filters: {}, events: [], periods: [], sideColours: new Map(), towns: [], playing: false };
  const statusNode = document.getElementById('status');
  const slider = document.getElementById('day');
  const dayLabel = document.getElementById('day-label');
  const dayField = document.getElementById('day-field');
  const playButton = document.getElementById('day-play');

  function status(text, error) {
    statusNode.textContent = text;
    statusNode.className = error ? 'error' : '';
  }

  function showTab(name) {
    document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
    document.querySelectorAll('.tab').forEach(t => t.classList.toggle('active', t.id === 'tab-' + name));
  }

  const map = L.map('map', { zoomSnap: 0.25, minZoom: 2, maxZoom: 16, worldCopyJump: true, attributionControl: true }).setView([30, 30], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth (public domain) · places: GeoNames (CC BY 4.0)');
  map.createPane('outlines').style.zIndex = 250;
  map.createPane('areas').style.zIndex = 300;
  map.createPane('towns').style.zIndex = 350;
  map.createPane('events').style.zIndex = 420;
  map.createPane('places').style.zIndex = 450;
  const placesLayer = L.layerGroup().addTo(map);
  const townsLayer = L.layerGroup().addTo(map);
  // overlapping event markers gather into a cluster showing their number; a click zooms in or spreads them out
  const eventsLayer = L.markerClusterGroup({
    maxClusterRadius: 36, disableClusteringAtZoom: 11, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    clusterPane: 'events', animate: false
  }).addTo(map);
  /** First-level divisions by "CC|admin-1 name" (the names the store's places carry), folded. */
  const areas = new Map();
  let selectedEventMarker = null;

  const panels = window.sitrepPanels({
    status, showTab,
    eventShown: e => {
      if (e.place && e.place.lat !== null && e.place.lat !== undefined && !map.getBounds().contains([e.place.lat, e.place.lon])) {
        map.panTo([e.place.lat, e.place.lon]);
      }
    }
  });

  function sideColour(period) {
    if (period.contested) {
      return SIDE_COLOURS.contested;
    }
    const side = period.side || 'unknown';
    if (SIDE_COLOURS[side]) {
      return SIDE_COLOURS[side];
    }
    if (!state.sideColours.has(side)) {
      state.sideColours.set(side, OTHER_COLOURS[state.sideColours.size % OTHER_COLOURS.length]);
    }
    return state.sideColours.get(side);
  }

  function hasPoint(place) {
    return place && typeof place.lat === 'number' && typeof place.lon === 'number';
  }

  function isArea(place) {
    return place && AREA_PRECISIONS.has(place.precision);
  }

  function fold(s) {
    return String(s || '').normalize('NFD').replace(/[\u0300-\u036f\u02bb\u02bc\u2018\u2019'`]/g, '').toLowerCase()
        .replace(/\b(governorate|province|oblast|state|region|district)\b/g, '').replace(/^(al|el|as|ad|ar|ash|an)[- ]/, '')
        .replace(/[^a-z0-9\u0400-\u04ff\u0600-\u06ff]+/g, '');
  }

  /** The outline of a place that is a first-level division, or null. */
  function areaOf(place) {
    if (!place || place.precision !== 'PROVINCE' || !place.country) {
      return null;
    }
    return areas.get(place.country + '|' + fold(place.admin1 || place.name)) || areas.get(place.country + '|' + fold(place.name)) || null;
  }

  /** An SVG element's hover text (a <title> child: read by screen readers and shown by the browser). */
  function hoverText(node, text) {
    if (!node) {
      return;
    }
    const title = document.createElementNS('http://www.w3.org/2000/svg', 'title');
    title.textContent = text;
    node.appendChild(title);
  }

  async function loadOutlines() {
    const [world, divisions] = await Promise.all([getJson('/geo/countries-50m.json'), getJson('/api/areas.geojson')]);
    L.geoJSON(window.topoFeatures(world, 'countries'), {
      pane: 'outlines', interactive: false,
      style: { color: '#9e9e9e', weight: 0.7, fillColor: '#f5f2ea', fillOpacity: 1 }
    }).addTo(map);
    areas.clear();
    L.geoJSON(divisions, {
      pane: 'outlines',
      style: { color: '#616161', weight: 1, dashArray: '4 3', fill: true, fillOpacity: 0, className: 'area-outline' },
      onEachFeature: (f, layer) => {
        const p = f.properties;
        [p.admin1, p.name].filter(Boolean).forEach(n => areas.set(p.country + '|' + fold(n), f));
        layer.bindTooltip(el('span', {}, p.name + (p.kind ? ' (' + String(p.kind).toLowerCase() + ')' : '')), { sticky: true });
      }
    }).addTo(map);
  }

  /** Populated places for context: loaded once, drawn for the view (more of them, and smaller ones, as one zooms in). */
  async function loadTowns() {
    const towns = await getJson('/api/towns.geojson');
    state.towns = towns.features.map(f => ({
      name: f.properties.name, rank: f.properties.rank, lat: f.geometry.coordinates[1], lon: f.geometry.coordinates[0]
    }));
  }

  /** Draws the towns of the view, largest first, each only where its label overlaps no other label or place. */
  function drawTowns() {
    townsLayer.clearLayers();
    const zoom = map.getZoom();
    const bounds = map.getBounds().pad(0.1);
    const boxes = [];
    const free = (x, y, w) => !boxes.some(b => x < b[2] && x + w > b[0] && y - 8 < b[3] && y + 8 > b[1]);
    (state.periods || []).filter(p => hasPoint(p.place) && p.place.resolved).forEach(p => {
      const c = map.latLngToContainerPoint([p.place.lat, p.place.lon]);
      boxes.push([c.x - 10, c.y - 10, c.x + 12 + (zoom >= PLACE_LABEL_ZOOM ? 7 * p.place.name.length : 0), c.y + 10]);
    });
    let n = 0;
    for (const t of state.towns) {
      if (zoom < TOWN_ZOOM[t.rank] || !bounds.contains([t.lat, t.lon]) || n >= 300) {
        continue;
      }
      const c = map.latLngToContainerPoint([t.lat, t.lon]);
      const w = 8 + 6.5 * t.name.length;
      if (!free(c.x - 4, c.y, w)) {
        continue;
      }
      boxes.push([c.x - 4, c.y - 8, c.x - 4 + w, c.y + 8]);
      const m = L.circleMarker([t.lat, t.lon], { pane: 'towns', radius: t.rank === 1 ? 3.5 : 2.5, color: '#424242', weight: 1,
        fillColor: '#fff', fillOpacity: 1, interactive: false, className: 'town rank-' + t.rank });
      m.bindTooltip(el('span', {}, t.name), { permanent: true, direction: 'right', offset: [4, 0], className: 'town-label rank-' + t.rank, pane: 'towns' });
      m.addTo(townsLayer);
      n++;
    }
  }

  function zoomClasses() {
    const container = map.getContainer();
    container.classList.toggle('show-place-labels', map.getZoom() >= PLACE_LABEL_ZOOM);
  }

  /** Who held each place at the end of the chosen day. */
  async function loadControl() {
    const day = state.day;
    const periods = await getJson('/api/control' + query({ asOf: day }));
    if (day !== state.day) {
      return; // the slider moved on
    }
    state.periods = periods;
    state.unplaced = [];
    placesLayer.clearLayers();
    for (const p of periods) {
      const colour = sideColour(p);
      const holder = p.contested ? 'contested' : (p.controller || 'unknown');
      if (!hasPoint(p.place) || !p.place.resolved) {
        // no coordinates, or a place the gazetteer lacks (its point would be its region's centre, shared with every
        // other such place of the region): listed, not stacked on one point
        state.unplaced.push(p);
        continue;
      }
      const area = isArea(p.place) ? areaOf(p.place) : null;
      let layer;
      if (area) {
        // a governorate or province: its outline shaded by who held it
        layer = L.geoJSON(area, { pane: 'areas', style: { color: colour, weight: 2, dashArray: p.contested ? '6 4' : null,
          fillColor: colour, fillOpacity: 0.18, className: 'place area' } });
        layer.on('click', () => panels.showPlace(p));
        layer.addTo(placesLayer);
        layer.eachLayer(l => mark(l.getElement(), p, p.place.name + ' (' + (p.place.precision || '').toLowerCase() + ') — ' + holder, 'area'));
        continue;
      }
      if (isArea(p.place)) {
        // an area the map has no outline for: a square at its centre, not a town's dot
        const marker = L.marker([p.place.lat, p.place.lon], { pane: 'places', keyboard: false,
          icon: L.divIcon({ className: 'place area-symbol', html: '', iconSize: [16, 16], iconAnchor: [8, 8] }) });
        marker.bindTooltip(el('span', {}, p.place.name + ' (' + (p.place.precision || '').toLowerCase() + ') — ' + holder));
        marker.on('click', () => panels.showPlace(p));
        marker.addTo(placesLayer);
        marker.getElement().style.background = colour;
        mark(marker.getElement(), p, null, 'area-symbol');
        continue;
      }
      const marker = L.circleMarker([p.place.lat, p.place.lon], {
        pane: 'places', radius: 8, color: p.contested ? '#000' : '#fff', weight: 2,
        dashArray: p.contested ? '3 2' : null, fillColor: colour, fillOpacity: 0.95, className: 'place'
      });
      marker.bindTooltip(el('span', {}, p.place.name), { permanent: true, direction: 'right', offset: [8, 0], className: 'place-label' });
      marker.on('click', () => panels.showPlace(p));
      marker.addTo(placesLayer);
      mark(marker.getElement(), p, p.place.name + ' — ' + holder, 'point');
    }
    drawLegend();
    drawTowns();
  }

  function mark(node, p, hover, shape) {
    if (!node) {
      return;
    }
    node.setAttribute('data-key', p.placeKey);
    node.setAttribute('data-name', p.place.name);
    node.setAttribute('data-side', p.contested ? 'contested' : (p.side || 'unknown'));
    node.setAttribute('data-controller', p.controller || '');
    node.setAttribute('data-shape', shape);
    if (hover) {
      hoverText(node, hover);
    }
  }

  /** The events within the filters that had begun by the chosen day, a glyph by type, around their place. */
  function drawEvents() {
    eventsLayer.clearLayers();
    const end = addDays(state.day, 1) + 'T00:00:00';
    const atPlace = new Map();
    const markers = [];
    for (const e of state.events) {
      if (!hasPoint(e.place) || (e.interval && e.interval.start && e.interval.start >= end)) {
        continue;
      }
      const key = e.place.lat + ',' + e.place.lon;
      const n = atPlace.get(key) || 0;
      atPlace.set(key, n + 1);
      const angle = n * 2.39996; // golden angle: a ring of markers around the place's own circle
      const radius = 16 + 4 * Math.floor(n / 6);
      const area = isArea(e.place) || !e.place.resolved;
      const icon = L.divIcon({
        className: 'ev ev-' + String(e.type).toLowerCase() + ' realis-' + String(e.realis).toLowerCase() + (area ? ' ev-area' : ''),
        html: el('span', {}, TYPE_GLYPHS[e.type] || '•'),
        iconSize: [18, 18],
        iconAnchor: [9 - radius * Math.cos(angle), 9 - radius * Math.sin(angle)]
      });
      const marker = L.marker([e.place.lat, e.place.lon], { icon, pane: 'events', keyboard: false, riseOnHover: true });
      marker.bindTooltip(el('span', {}, String(e.type).toLowerCase() + ' · ' + (e.actor ? e.actor.id || e.actor.text : 'unknown actor')
          + ' · ' + (!e.place.resolved ? e.place.name + ', somewhere in ' + (e.place.admin1 || e.place.country || 'its region') + ' (not in the gazetteer)'
            : area ? 'somewhere in ' + e.place.name + ' (' + String(e.place.precision).toLowerCase() + ')' : e.place.name)
          + ' · ' + (e.interval && e.interval.start ? e.interval.start.slice(0, 10) : 'time unknown')));
      marker.on('click', () => {
        if (selectedEventMarker && selectedEventMarker.getElement()) {
          selectedEventMarker.getElement().classList.remove('selected');
        }
        selectedEventMarker = marker;
        marker.getElement().classList.add('selected');
        panels.showEvent(e.id);
      });
      marker.on('add', () => marker.getElement().setAttribute('data-id', e.id));
      marker.eventId = e.id;
      markers.push(marker);
    }
    eventsLayer.addLayers(markers);
    document.body.dataset.events = String(markers.length);
    return markers.length;
  }

  /** What the filters and the day select but the map cannot place: listed with a link each. */
  function unplaced() {
    const end = addDays(state.day, 1) + 'T00:00:00';
    const items = [];
    for (const p of state.unplaced || []) {
      items.push(el('li', { 'data-key': p.placeKey }, el('button', { type: 'button', class: 'link', onclick: () => panels.showPlace(p) },
          p.place.name), p.place.admin1 || p.place.country ? ' (somewhere in ' + (p.place.admin1 || p.place.country) + ')' : '',
          ' — ', p.contested ? 'contested' : (p.controller || 'unknown')));
    }
    for (const e of state.events) {
      if (!hasPoint(e.place) && !(e.interval && e.interval.start && e.interval.start >= end)) {
        items.push(el('li', { 'data-id': e.id }, el('button', { type: 'button', class: 'link', onclick: () => panels.showEvent(e.id) },
            String(e.type).toLowerCase()), ' at ', e.place ? e.place.name : 'no place'));
      }
    }
    return items.length ? el('details', { class: 'unplaced' }, el('summary', {}, items.length + ' not on the map (no point of their own)'),
        el('ul', {}, items)) : null;
  }

  function drawLegend() {
    const sides = new Map([['government', SIDE_COLOURS.government], ['opposition', SIDE_COLOURS.opposition]]);
    state.periods.forEach(p => {
      if (!p.contested && p.side) {
        sides.set(p.side, sideColour(p));
      }
    });
    sides.set('contested', SIDE_COLOURS.contested);
    const square = el('i', { class: 'swatch square' });
    fill(legend.getContainer(), el('strong', {}, 'held by'),
        [...sides.entries()].map(([side, colour]) => {
          const swatch = el('i', { class: 'swatch' });
          swatch.style.background = colour;
          return el('div', { 'data-side': side }, swatch, ' ', side);
        }),
        el('div', { class: 'shapes' }, el('i', { class: 'swatch town' }), ' town · ', el('i', { class: 'swatch area' }), ' province (outline) · ',
            square, ' area without outline'),
        el('details', {}, el('summary', {}, 'event symbols'),
            el('div', { class: 'glyphs' }, Object.entries(TYPE_GLYPHS).map(([t, g]) => el('span', { title: t.toLowerCase() }, g + ' ' + t.toLowerCase())))),
        unplaced());
  }

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => {
    const div = el('div', { class: 'legend' });
    L.DomEvent.disableClickPropagation(div);
    L.DomEvent.disableScrollPropagation(div);
    return div;
  };
  legend.addTo(map);

  async function loadEvents() {
    state.events = await getJson('/api/events' + query(Object.assign({ limit: 10000 }, state.filters)));
    const actors = new Set();
    state.events.forEach(e => e.actor && e.actor.id && actors.add(e.actor.id));
    fill(document.getElementById('actors'), [...actors].sort().map(a => el('option', { value: a })));
    panels.showEvents(state.events);
  }

  /** Redraws for the slider's day. */
  async function showDay() {
    state.day = state.days[Number(slider.value)];
    dayLabel.textContent = state.day;
    if (document.activeElement !== dayField) {
      dayField.value = state.day;
    }
    document.body.dataset.state = 'loading';
    try {
      await loadControl();
      const shown = drawEvents();
      status(state.periods.length + ' places, ' + shown + ' of ' + state.events.length + ' events by ' + state.day);
      document.body.dataset.day = state.day;
      if (state.started) {
        document.body.dataset.state = 'ready';
        remember();
      }
    } catch (e) {
      status(e.message, true);
      document.body.dataset.state = 'error';
    }
  }

  /** Keeps the address of what is shown (?day=…#zoom/lat/lon), so that a view can be shared or reloaded. */
  function remember() {
    const c = map.getCenter();
    const search = state.day ? '?day=' + state.day : '';
    history.replaceState(null, '', location.pathname + search + '#' + map.getZoom() + '/' + c.lat.toFixed(4) + '/' + c.lng.toFixed(4));
  }

  let pending = null;
  slider.addEventListener('input', () => {
    clearTimeout(pending);
    pending = setTimeout(showDay, 120);
  });

  /** Moves the slider by some days (clamped) and shows the day. */
  function step(n) {
    const v = Math.max(0, Math.min(state.days.length - 1, Number(slider.value) + n));
    if (v !== Number(slider.value)) {
      slider.value = String(v);
      return showDay();
    }
    return Promise.resolve();
  }

  document.getElementById('day-prev').addEventListener('click', () => step(-1));
  document.getElementById('day-next').addEventListener('click', () => step(1));

  /** Play: one day after another, each drawn before the next (a year takes a few minutes); stops at the last day. */
  async function play() {
    state.playing = !state.playing;
    playButton.setAttribute('aria-pressed', String(state.playing));
    playButton.textContent = state.playing ? 'pause' : 'play';
    if (state.playing && Number(slider.value) >= state.days.length - 1) {
      slider.value = '0';
    }
    while (state.playing && Number(slider.value) < state.days.length - 1) {
      await step(1);
      await new Promise(r => setTimeout(r, 350));
    }
    state.playing = false;
    playButton.setAttribute('aria-pressed', 'false');
    playButton.textContent = 'play';
  }
  playButton.addEventListener('click', play);

  /** The date field: a day typed as YYYY-MM-DD (never the browser's locale) moves the slider there. */
  dayField.addEventListener('keydown', ev => {
    if (ev.key !== 'Enter') {
      return;
    }
    ev.preventDefault();
    const asked = dayField.value.trim();
    const index = state.days.indexOf(asked);
    if (!DAY.test(asked) || isNaN(Date.parse(asked + 'T00:00:00Z'))) {
      dayField.setCustomValidity('a day as YYYY-MM-DD');
      status('"' + asked + '" is not a day: write it as YYYY-MM-DD', true);
    } else if (index < 0) {
      dayField.setCustomValidity('outside the data');
      status(asked + ' is outside the data (' + state.days[0] + ' to ' + state.days[state.days.length - 1] + ')', true);
    } else {
      dayField.setCustomValidity('');
      slider.value = String(index);
      showDay();
    }
    dayField.reportValidity();
  });
  dayField.addEventListener('input', () => dayField.setCustomValidity(''));

  document.getElementById('filters').addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = ev.target;
    state.filters = { actor: f.actor.value.trim(), type: f.type.value, from: f.from.value.trim(), to: f.to.value.trim() };
    await reloadEvents();
  });
  document.getElementById('filters').addEventListener('reset', () => {
    state.filters = {};
    setTimeout(reloadEvents, 0);
  });

  async function reloadEvents() {
    document.body.dataset.state = 'loading';
    try {
      await loadEvents();
      await showDay();
    } catch (e) {
      status(e.message, true);
      document.body.dataset.state = 'error';
    }
  }

  document.querySelectorAll('#tabs button').forEach(b => b.addEventListener('click', () => {
    showTab(b.dataset.tab);
    if (b.dataset.tab === 'contradictions') {
      panels.showContradictions();
    } else if (b.dataset.tab === 'framing') {
      panels.showFraming();
    } else if (b.dataset.tab === 'changes') {
      panels.showChanges();
    } else if (b.dataset.tab === 'alerts') {
      unseenAlerts = 0;
      badge();
      panels.showAlerts();
    }
  }));

  map.on('zoomend', zoomClasses);
  map.on('moveend', drawTowns);

  // alerts as they are raised (Server-Sent Events): listed first in the Alerts tab, counted on its button until it is
  // opened, and ringed on the map where they happened; the browser reconnects by itself after a break
  let unseenAlerts = 0;
  const alertsLayer = L.layerGroup().addTo(map);

  function badge() {
    const node = document.getElementById('alert-count');
    node.textContent = String(unseenAlerts);
    node.hidden = unseenAlerts === 0;
  }

  function listenForAlerts() {
    if (!window.EventSource) {
      return;
    }
    const stream = new EventSource('/api/alerts/stream');
    // a page left for another (kept in the back-forward cache) gives its connection back: a browser has only six per
    // server, and streams left open by earlier pages would hold them all
    window.addEventListener('pagehide', () => stream.close(), { once: true });
    window.addEventListener('pageshow', e => {
      if (e.persisted) {
        listenForAlerts();
      }
    }, { once: true });
    stream.addEventListener('alert', msg => {
      let a;
      try {
        a = JSON.parse(msg.data);
      } catch (e) {
        return;
      }
      document.body.dataset.alerts = String(Number(document.body.dataset.alerts || 0) + 1);
      document.body.dataset.lastAlert = String(a.id);
      panels.alertArrived(a);
      if (!document.getElementById('tab-alerts').classList.contains('active')) {
        unseenAlerts++;
        badge();
      }
      status('alert: ' + (a.summary || a.subject));
      const p = a.place || {};
      if (typeof p.lat === 'number' && typeof p.lon === 'number') {
        const ring = L.marker([p.lat, p.lon], { pane: 'places', icon: L.divIcon({ className: 'alert-pulse', iconSize: [26, 26] }),
          title: a.summary || '' }).addTo(alertsLayer);
        ring.on('click', () => {
          showTab('alerts');
          panels.showAlerts();
        });
      }
      if (a.kind === 'control' || a.kind === 'event') {
        reloadEvents();
      }
    });
    stream.addEventListener('open', () => {
      document.body.dataset.alertStream = 'open';
    });
  }

  /** For tests and scripts: the ids of the event markers on the map (clustered or not). */
  window.sitrepMap = {
    eventIds: () => eventsLayer.getLayers().map(m => m.eventId),
    /** How many event markers lie inside the view (each drawn alone or inside a cluster). */
    eventsInView: () => eventsLayer.getLayers().filter(m => map.getBounds().contains(m.getLatLng())).length
  };

  async function start() {
    const view = /^#(\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(location.hash);
    document.body.dataset.state = 'loading';
    showTab('events');
    try {
      const summary = await getJson('/api/summary');
      Object.assign(TYPE_GLYPHS, summary.eventGlyphs || {});
      fill(document.getElementById('f-type'), el('option', { value: '' }, 'any'),
          summary.eventTypes.map(t => el('option', { value: t.toLowerCase() }, t.toLowerCase())));
      const first = summary.firstDay ? addDays(summary.firstDay, -1) : new Date().toISOString().slice(0, 10);
      const last = summary.lastDay ? addDays(summary.lastDay, 1) : first;
      for (let d = first; d <= last; d = addDays(d, 1)) {
        state.days.push(d);
      }
      slider.max = String(state.days.length - 1);
      const asked = new URLSearchParams(location.search).get('day');
      slider.value = String(asked && state.days.includes(asked) ? state.days.indexOf(asked) : state.days.length - 1);
      await Promise.all([loadOutlines(), loadTowns()]);
      await loadEvents();
      await showDay();
      const points = state.periods.filter(p => hasPoint(p.place)).map(p => [p.place.lat, p.place.lon]);
      if (view) {
        map.setView([Number(view[2]), Number(view[3])], Number(view[1]));
      } else if (points.length) {
        map.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom: 10 });
      }
      zoomClasses();
      drawTowns();
      map.on('moveend', remember);
      state.started = true;
      listenForAlerts();
      document.body.dataset.state = 'ready';
      remember();
    } catch (e) {
      status(e.message, true);
      document.body.dataset.state = 'error';
    }
  }

  start();
}());
