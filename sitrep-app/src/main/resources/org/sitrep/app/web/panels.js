'use strict';
/**
 * The side panel: a place's control timeline with its evidence, an event with every mention, an article with the
 * quote highlighted, the event list, contradictions side by side and the framing table per outlet. All text from
 * the store goes through sitrepDom.el (text nodes only).
 */
window.sitrepPanels = function (hooks) {
  const { el, fill, getJson, when, source } = window.sitrepDom;
  const api = '/api';

  function tab(name) {
    return document.getElementById('tab-' + name);
  }

  function failed(name, e) {
    fill(tab(name), el('p', { class: 'error' }, e.message));
    hooks.status(e.message, true);
  }

  /** The API's answer at a path, or null (the failure shown in the tab and the status line). */
  async function load(name, path) {
    try {
      return await getJson(api + path);
    } catch (e) {
      failed(name, e);
      return null;
    }
  }

  function quote(text, articleId, span) {
    return el('blockquote', { class: 'quote' }, text,
        articleId ? el('button', { type: 'button', class: 'open-article', title: 'open the article with this sentence highlighted',
          onclick: () => showArticle(articleId, span, text) }, 'article ›') : null);
  }

  function realis(r) {
    return el('span', { class: 'realis realis-' + String(r || '').toLowerCase() }, String(r || '').toLowerCase());
  }

  function evidence(items) {
    return el('ul', { class: 'evidence' }, items.map(e => el('li', {},
        el('span', { class: 'role' }, e.role), ' ', String(e.type || '').toLowerCase(), ' ', realis(e.realis), ' · ',
        el('span', { class: 'source' }, source(e)), e.claimant ? ' · claimed by ' + e.claimant : '',
        quote(e.quote, e.articleId, e.span))));
  }

  function holder(p) {
    return p.contested ? 'contested (' + (p.controller || '?') + ' inside)' : (p.controller || 'unknown') + (p.side ? ' (' + p.side + ')' : '');
  }

  /** A place: its changes of control (each with the evidence of the new state) and every period. */
  async function showPlace(period) {
    hooks.showTab('place');
    const node = fill(tab('place'), el('p', { class: 'hint' }, 'loading ' + period.place.name + '…'));
    const periods = await load('place', '/timeline/' + encodeURIComponent(period.placeKey));
    if (periods === null) {
      return;
    }
    const p = period.place;
    const changes = [];
    for (let i = 1; i < periods.length; i++) {
      if (periods[i].controller !== periods[i - 1].controller || periods[i].contested !== periods[i - 1].contested) {
        changes.push(el('li', { class: 'change', 'data-to': periods[i].controller || '' },
            el('div', { class: 'change-head' }, holder(periods[i - 1]), ' → ', el('strong', {}, holder(periods[i])), ' · ', when(periods[i].from)),
            evidence(periods[i].evidence)));
      }
    }
    fill(node,
        el('h2', { class: 'place-name' }, p.name),
        el('p', { class: 'meta' }, [p.admin1, p.country].filter(Boolean).join(', '), ' · ', (p.precision || '').toLowerCase(),
            p.resolved ? '' : ' · not in the gazetteer (shown at its region)'),
        el('h3', {}, changes.length === 1 ? '1 change of control' : changes.length + ' changes of control'),
        changes.length ? el('ol', { class: 'changes' }, changes) : el('p', { class: 'hint' }, 'No change of control reported.'),
        el('h3', {}, 'Periods'),
        el('ol', { class: 'periods' }, periods.map(q => el('li', { class: 'period side-' + (q.contested ? 'contested' : q.side || 'unknown') },
            el('div', {}, el('strong', {}, holder(q)), ' from ', when(q.from), ' to ', q.to && q.to.start ? when(q.to) : 'now',
                ' · confidence ', (q.confidence || 0).toFixed(2), q.inferred ? ' · inferred from what came after' : ''),
            el('details', {}, el('summary', {}, q.evidenceTotal + ' piece' + (q.evidenceTotal === 1 ? '' : 's') + ' of evidence'),
                evidence(q.evidence))))));
  }

  /** An event: what, who, where, when, and every mention with its outlet, claimant, realis and quote. */
  async function showEvent(id) {
    hooks.showTab('event');
    const node = fill(tab('event'), el('p', { class: 'hint' }, 'loading…'));
    const e = await load('event', '/events/' + encodeURIComponent(id));
    if (e === null) {
      return;
    }
    fill(node,
        el('h2', {}, String(e.type).toLowerCase(), ' ', realis(e.realis)),
        el('table', { class: 'facts' },
            row('actor', e.actor ? e.actor.id || e.actor.text : '—'),
            row('target', e.target ? e.target.id || e.target.text : '—'),
            row('place', e.place ? e.place.name + (e.place.admin1 ? ', ' + e.place.admin1 : '') : '—'),
            row('when', when(e.interval)),
            row('sources', e.corroboration + ' independent' + (e.unknownSources ? ', ' + e.unknownSources + ' unknown' : '')),
            row('disputed', e.disputed.length ? e.disputed.join(', ') : '—')),
        el('h3', {}, e.mentionTotal + ' mention' + (e.mentionTotal === 1 ? '' : 's')),
        el('ol', { class: 'mentions' }, e.mentions.map(m => el('li', { class: 'mention' },
            el('div', {}, el('span', { class: 'source' }, source(m)), ' · ', realis(m.mention.realis),
                m.mention.claimant ? ' · claimed by ' + (m.mention.claimant.id || m.mention.claimant.text || m.mention.claimant) : '',
                ' · published ', when(m.published)),
            quote(m.mention.quote, m.articleId, m.mention.span)))));
    hooks.eventShown(e);
  }

  function row(name, value) {
    return el('tr', {}, el('th', {}, name), el('td', {}, value));
  }

  /** The site of a URL without "www.", or null. */
  function site(url) {
    try {
      return url ? new URL(url).hostname.replace(/^www\./, '') || null : null;
    } catch (e) {
      return null;
    }
  }

  /** An article's cleaned text with one span (or the first occurrence of a quote) highlighted. */
  async function showArticle(id, span, text) {
    hooks.showTab('article');
    const node = fill(tab('article'), el('p', { class: 'hint' }, 'loading…'));
    const a = await load('article', '/articles/' + encodeURIComponent(id));
    if (a === null) {
      return;
    }
    let start = span ? span.start : -1;
    let end = span ? span.end : -1;
    if ((start < 0 || a.cleaned.slice(start, end) !== text) && text) {
      start = a.cleaned.indexOf(text);
      end = start < 0 ? -1 : start + text.length;
    }
    const body = start < 0 ? el('div', { class: 'article-text' }, a.cleaned)
        : el('div', { class: 'article-text' }, a.cleaned.slice(0, start), el('mark', {}, a.cleaned.slice(start, end)), a.cleaned.slice(end));
    fill(node,
        el('h2', { class: 'article-title' }, a.title || a.doc),
        el('p', { class: 'meta' }, el('span', { class: 'source' }, a.outlet || site(a.url) || 'outlet unknown'), ' · published ', when(a.published),
            a.url ? [' · ', el('a', { href: a.url }, a.url)] : ''),
        body);
    const mark = node.querySelector('mark');
    if (mark) {
      mark.scrollIntoView({ block: 'center' });
    }
  }

  /** The filtered event list; a row opens the event. */
  function showEvents(events) {
    fill(tab('events'),
        el('p', { class: 'meta' }, events.length + ' events (earliest first)'),
        el('table', { class: 'event-list' },
            el('tr', {}, ['when', 'type', 'actor', 'place', 'realis', 'sources'].map(h => el('th', {}, h))),
            events.map(e => el('tr', { class: 'event-row', 'data-id': e.id, onclick: () => showEvent(e.id) },
                el('td', {}, when(e.interval)), el('td', {}, String(e.type).toLowerCase()),
                el('td', {}, e.actor ? e.actor.id || e.actor.text : ''), el('td', {}, e.place ? e.place.name : ''),
                el('td', {}, realis(e.realis)), el('td', {}, String(e.corroboration))))));
  }

  /** Contradictions, each with its claims side by side. */
  async function showContradictions() {
    const node = tab('contradictions');
    const all = node.dataset.all === 'true';
    const list = await load('contradictions', '/contradictions' + (all ? '?all=true' : ''));
    if (list === null) {
      return;
    }
    const toggle = el('label', { class: 'meta' }, el('input', { type: 'checkbox' }), ' include compatible reports (agree within their approximation)');
    toggle.firstChild.checked = all;
    toggle.firstChild.addEventListener('change', () => {
      node.dataset.all = String(toggle.firstChild.checked);
      showContradictions();
    });
    fill(node, toggle, el('p', { class: 'meta' }, list.length + ' contradictions'),
        list.map(c => el('article', { class: 'contradiction kind-' + String(c.kind).toLowerCase() },
            el('h3', {}, c.subject, ' — ', c.attribute, ' ', el('span', { class: 'kind' }, String(c.kind).toLowerCase())),
            c.eventId ? el('button', { type: 'button', class: 'link', onclick: () => showEvent(c.eventId) }, 'the event ›') : null,
            el('div', { class: 'positions' }, c.positions.map(p => el('div', { class: 'position' },
                el('div', { class: 'value' }, p.value, p.approximate ? ' (approx.)' : ''),
                el('div', { class: 'source' }, source(p), p.claimant ? ' · claimed by ' + p.claimant : ''),
                quote(p.quote, p.articleId, p.span)))))));
  }

  /** Per outlet: for each side, the terms used for it, loaded ones marked, with their sentences. */
  async function showFraming() {
    const rows = await load('framing', '/framing');
    if (rows === null) {
      return;
    }
    const byOutlet = new Map();
    rows.forEach(r => {
      if (!byOutlet.has(r.outlet)) {
        byOutlet.set(r.outlet, []);
      }
      byOutlet.get(r.outlet).push(r);
    });
    fill(tab('framing'), el('p', { class: 'meta' }, 'Terms each outlet uses for each side; ', el('span', { class: 'loaded' }, 'loaded'), ' terms marked.'),
        [...byOutlet.entries()].map(([outlet, terms]) => el('section', { class: 'outlet' },
            el('h3', {}, outlet),
            el('table', { class: 'framing' },
                el('tr', {}, el('th', {}, 'side'), el('th', {}, 'term'), el('th', {}, 'uses'), el('th', {}, 'kind')),
                terms.map(t => el('tr', { class: t.loaded ? 'loaded-row' : '' },
                    el('td', {}, t.side), el('td', {}, el('details', {},
                        el('summary', { class: t.loaded ? 'loaded' : '' }, t.term),
                        t.quotes.map(q => quote(q.text, q.articleId, null)))),
                    el('td', {}, String(t.count)), el('td', {}, t.kind)))))));
  }

  /** One alert: what changed, where, when it was raised, and its evidence with links to the articles. */
  function alertItem(a, fresh) {
    const place = a.place || {};
    return el('li', { class: 'alert alert-' + a.kind + (fresh ? ' fresh' : ''), 'data-id': String(a.id) },
        el('div', { class: 'alert-head' }, el('strong', {}, a.summary || a.subject)),
        el('div', { class: 'meta' }, '#' + a.id, ' · ', a.watchlist, ' · raised ', String(a.createdAt || '').replace('T', ' ').slice(0, 19), ' UTC',
            a.delivery && a.delivery !== 'none' ? ' · webhook ' + a.delivery : ''),
        a.kind === 'event' && a.event ? el('button', { type: 'button', class: 'link', onclick: () => showEvent(a.event.id) }, 'the event ›') : null,
        a.kind === 'control' && a.placeKey ? el('button', { type: 'button', class: 'link',
          onclick: () => showPlace({ placeKey: a.placeKey, place: place }) }, 'the place ›') : null,
        el('ul', { class: 'evidence' }, (a.evidence || []).map(q => el('li', {},
            el('span', { class: 'source' }, q.source || '?'), q.url ? el('a', { href: q.url, class: 'link' }, ' ↗') : null,
            quote(q.quote, q.articleId, null)))));
  }

  /** The alerts raised, newest first; new ones are added by alertArrived as the stream brings them. */
  async function showAlerts() {
    const list = await load('alerts', '/alerts?limit=200');
    if (list === null) {
      return;
    }
    const watchlists = await load('alerts', '/watchlists');
    fill(tab('alerts'),
        el('p', { class: 'meta' }, (watchlists || []).length ? 'Watchlists: ' + watchlists.map(w => w.name).join(', ') + '. New alerts appear here as they are raised.'
            : 'No watchlist yet: add one with sitrep watchlist add.'),
        el('ol', { class: 'alerts' }, list.slice().reverse().map(a => alertItem(a, false))));
  }

  /** An alert from the stream: put first in the list (made when the tab was never opened). */
  function alertArrived(a) {
    let ol = tab('alerts').querySelector('ol.alerts');
    if (!ol) {
      ol = el('ol', { class: 'alerts' });
      fill(tab('alerts'), el('p', { class: 'meta' }, 'New alerts appear here as they are raised.'), ol);
    }
    if (!ol.querySelector('li[data-id="' + a.id + '"]')) {
      ol.prepend(alertItem(a, true));
    }
  }

  function eventLine(e, fresh) {
    return el('li', { class: 'change-event', 'data-id': e.id },
        el('button', { type: 'button', class: 'link', onclick: () => showEvent(e.id) },
            when(e.interval), ' ', String(e.type).toLowerCase(), e.actor ? ' by ' + (e.actor.id || e.actor.text) : '',
            ' at ', e.place ? e.place.name : '?'), ' ', realis(e.realis), ' · ', e.corroboration + (e.corroboration === 1 ? ' source' : ' sources'),
        el('ul', { class: 'evidence' }, (e.mentions || []).filter(m => fresh.has(m.articleId)).map(m => el('li', {},
            el('span', { class: 'source' }, source(m)), quote(m.mention.quote, m.articleId, m.mention.span)))));
  }

  /** What the articles ingested since a time changed (the API's digest): the analyst's morning page, in the panel. */
  async function showChanges() {
    const node = tab('changes');
    const since = node.dataset.since || '24h';
    const form = el('form', { class: 'since' }, el('label', {}, 'changes since ',
        el('input', { type: 'text', value: since, title: 'a span back from now (24h, 7d), a day (2026-12-01) or an instant' })),
        el('button', { type: 'submit' }, 'show'));
    form.addEventListener('submit', ev => {
      ev.preventDefault();
      node.dataset.since = form.querySelector('input').value.trim() || '24h';
      showChanges();
    });
    fill(node, form, el('p', { class: 'hint' }, 'loading…'));
    const d = await load('changes', '/digest?since=' + encodeURIComponent(since));
    if (d === null) {
      node.prepend(form);
      return;
    }
    const fresh = new Set(d.articleIds || []);
    const areas = Object.entries(d.newEventsByArea || {});
    const newCount = areas.reduce((n, [, es]) => n + es.length, 0);
    fill(node, form,
        el('p', { class: 'meta' }, d.articles + (d.articles === 1 ? ' article' : ' articles') + ' ingested since ' + d.since.replace('T', ' ').slice(0, 19) + ' UTC'),
        el('h3', {}, 'Control changes (' + d.controlChanges.length + ')'),
        el('ol', { class: 'changes' }, d.controlChanges.map(c => el('li', { class: 'change', 'data-to': c.period.controller || '' },
            el('button', { type: 'button', class: 'link', onclick: () => showPlace(c.period) }, c.period.place.name), ': ',
            c.before || '?', ' → ', el('strong', {}, c.after), ' · ', when(c.period.from),
            evidence(c.period.evidence.filter(e => fresh.has(e.articleId)))))),
        el('h3', {}, 'New events (' + newCount + ')'),
        areas.map(([area, es]) => el('section', { class: 'area' }, el('h4', {}, area), el('ul', {}, es.map(e => eventLine(e, fresh))))),
        el('h3', {}, 'Corroborated or updated (' + d.updated.length + ')'),
        el('ul', {}, d.updated.map(e => eventLine(e, fresh))),
        el('h3', {}, 'New contradictions (' + d.contradictions.length + ')'),
        el('ul', {}, d.contradictions.map(c => el('li', {}, c.subject, ' — ', c.attribute, ' ',
            c.eventId ? el('button', { type: 'button', class: 'link', onclick: () => showEvent(c.eventId) }, 'the event ›') : null))));
  }

  return { showPlace, showEvent, showArticle, showEvents, showContradictions, showFraming, showAlerts, alertArrived, showChanges };
};
