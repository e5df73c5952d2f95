'use strict';
/**
 * The situation map: offline outlines (Natural Earth countries and Syria's governorates), places coloured by who
 * held them at the end of the day chosen on the slider, events as markers by type (those begun by that day, within
 * the filters), and the side panel. The page reports what it is doing in document.body.dataset.state
 * ("loading", "ready" or "error") and the day it shows in data-day.
 */
(function () {
  const { el, fill, getJson, query, addDays } = window.sitrepDom;
  const SIDE_COLOURS = { government: '#c62828', opposition: '#2e7d32', contested: '#ef6c00', unknown: '#757575' };
  const OTHER_COLOURS = ['#1565c0', '#6a1b9a', '#00838f', '#ad1457', '#4e342e', '#9e9d24', '#283593', '#00695c'];
  /** Each event type's marker, as the server's event-types table gives it (/api/summary). */
  const TYPE_GLYPHS = {};
  const state = { started: false, days: [], day: null, filters: {}, events: [], periods: [], sideColours: new Map() };
  const statusNode = document.getElementById('status');
  const slider = document.getElementById('day');
  const dayLabel = document.getElementById('day-label');

  function status(text, error) {
    statusNode.textContent = text;
    statusNode.className = error ? 'error' : '';
  }

  function showTab(name) {
    document.querySelectorAll('#tabs button').forEach(b => b.classList.toggle('active', b.dataset.tab === name));
    document.querySelectorAll('.tab').forEach(t => t.classList.toggle('active', t.id === 'tab-' + name));
  }

  const map = L.map('map', { zoomSnap: 0.25, worldCopyJump: true, attributionControl: true }).setView([30, 30], 3);
  map.attributionControl.setPrefix(false);
  map.attributionControl.addAttribution('Outlines: Natural Earth (public domain) · places: GeoNames (CC BY 4.0)');
  map.createPane('outlines').style.zIndex = 250;
  map.createPane('events').style.zIndex = 420;
  map.createPane('places').style.zIndex = 450;
  const placesLayer = L.layerGroup().addTo(map);
  const eventsLayer = L.layerGroup().addTo(map);
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

  async function loadOutlines() {
    const [world, syria] = await Promise.all([getJson('/geo/countries-50m.json'), getJson('/geo/syria-admin1.geojson')]);
    L.geoJSON(window.topoFeatures(world, 'countries'), {
      pane: 'outlines', interactive: false,
      style: { color: '#9e9e9e', weight: 0.7, fillColor: '#f5f2ea', fillOpacity: 1 }
    }).addTo(map);
    L.geoJSON(syria, {
      pane: 'outlines',
      style: { color: '#616161', weight: 1, dashArray: '4 3', fill: true, fillOpacity: 0 },
      onEachFeature: (f, layer) => layer.bindTooltip(el('span', {}, f.properties.name_en || f.properties.name), { sticky: true })
    }).addTo(map);
  }

  /** Who held each place at the end of the chosen day. */
  async function loadControl() {
    const day = state.day;
    const periods = await getJson('/api/control' + query({ asOf: day }));
    if (day !== state.day) {
      return; // the slider moved on
    }
    state.periods = periods;
    placesLayer.clearLayers();
    for (const p of periods) {
      if (!hasPoint(p.place)) {
        continue;
      }
      const colour = sideColour(p);
      const marker = L.circleMarker([p.place.lat, p.place.lon], {
        pane: 'places', radius: p.place.precision === 'CITY' ? 10 : 8, color: p.contested ? '#000' : '#fff', weight: 2,
        dashArray: p.contested ? '3 2' : null, fillColor: colour, fillOpacity: 0.95, className: 'place'
      });
      marker.bindTooltip(el('span', {}, p.place.name + ' — ' + (p.contested ? 'contested' : (p.controller || 'unknown'))));
      marker.on('click', () => panels.showPlace(p));
      marker.addTo(placesLayer);
      const node = marker.getElement();
      node.setAttribute('data-key', p.placeKey);
      node.setAttribute('data-name', p.place.name);
      node.setAttribute('data-side', p.contested ? 'contested' : (p.side || 'unknown'));
      node.setAttribute('data-controller', p.controller || '');
    }
    drawLegend();
  }

  /** The events within the filters that had begun by the chosen day, a glyph by type, around their place. */
  function drawEvents() {
    eventsLayer.clearLayers();
    const end = addDays(state.day, 1) + 'T00:00:00';
    const atPlace = new Map();
    let shown = 0;
    for (const e of state.events) {
      if (!hasPoint(e.place) || (e.interval && e.interval.start && e.interval.start >= end)) {
        continue;
      }
      const key = e.place.lat + ',' + e.place.lon;
      const n = atPlace.get(key) || 0;
      atPlace.set(key, n + 1);
      const angle = n * 2.39996; // golden angle: a ring of markers around the place's own circle
      const radius = 16 + 4 * Math.floor(n / 6);
      const icon = L.divIcon({
        className: 'ev ev-' + String(e.type).toLowerCase() + ' realis-' + String(e.realis).toLowerCase(),
        html: el('span', {}, TYPE_GLYPHS[e.type] || '•'),
        iconSize: [18, 18],
        iconAnchor: [9 - radius * Math.cos(angle), 9 - radius * Math.sin(angle)]
      });
      const marker = L.marker([e.place.lat, e.place.lon], { icon, pane: 'events', keyboard: false, riseOnHover: true });
      marker.bindTooltip(el('span', {}, String(e.type).toLowerCase() + ' · ' + (e.actor ? e.actor.id || e.actor.text : 'unknown actor')
          + ' · ' + e.place.name + ' · ' + (e.interval && e.interval.start ? e.interval.start.slice(0, 10) : 'time unknown')));
      marker.on('click', () => {
        if (selectedEventMarker && selectedEventMarker.getElement()) {
          selectedEventMarker.getElement().classList.remove('selected');
        }
        selectedEventMarker = marker;
        marker.getElement().classList.add('selected');
        panels.showEvent(e.id);
      });
      marker.addTo(eventsLayer);
      marker.getElement().setAttribute('data-id', e.id);
      shown++;
    }
    return shown;
  }

  function drawLegend() {
    const sides = new Map([['government', SIDE_COLOURS.government], ['opposition', SIDE_COLOURS.opposition]]);
    state.periods.forEach(p => {
      if (!p.contested && p.side) {
        sides.set(p.side, sideColour(p));
      }
    });
    sides.set('contested', SIDE_COLOURS.contested);
    fill(legend.getContainer(), el('strong', {}, 'held by'),
        [...sides.entries()].map(([side, colour]) => {
          const swatch = el('i', { class: 'swatch' });
          swatch.style.background = colour;
          return el('div', { 'data-side': side }, swatch, ' ', side);
        }),
        el('details', {}, el('summary', {}, 'event symbols'),
            el('div', { class: 'glyphs' }, Object.entries(TYPE_GLYPHS).map(([t, g]) => el('span', { title: t.toLowerCase() }, g + ' ' + t.toLowerCase())))));
  }

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = () => el('div', { class: 'legend' });
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

  document.getElementById('filters').addEventListener('submit', async ev => {
    ev.preventDefault();
    const f = ev.target;
    state.filters = { actor: f.actor.value.trim(), type: f.type.value, from: f.from.value, to: f.to.value };
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
    }
  }));

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
      await loadOutlines();
      await loadEvents();
      await showDay();
      const points = state.periods.filter(p => hasPoint(p.place)).map(p => [p.place.lat, p.place.lon]);
      if (view) {
        map.setView([Number(view[2]), Number(view[3])], Number(view[1]));
      } else if (points.length) {
        map.fitBounds(L.latLngBounds(points).pad(0.15), { maxZoom: 10 });
      }
      map.on('moveend', remember);
      state.started = true;
      document.body.dataset.state = 'ready';
      remember();
    } catch (e) {
      status(e.message, true);
      document.body.dataset.state = 'error';
    }
  }

  start();
}());
