'use strict';
/**
 * The page's only way to make markup: el() builds elements from a tag, properties and children, and every string
 * child becomes a text node. Nothing from an article (quotes, titles, outlets, names) is ever parsed as HTML, so an
 * article holding "<script>" or an onerror= attribute is shown as the text it is.
 */
window.sitrepDom = (function () {
  const ALLOWED_ATTRIBUTES = /^(class|title|type|value|colspan|role|aria-[a-z]+|data-[a-z-]+|open|for|lang|dir)$/;

  function el(tag, props, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (value === null || value === undefined || value === false) {
        continue;
      }
      if (key === 'onclick') {
        node.addEventListener('click', value);
      } else if (key === 'href') {
        if (/^(https?:\/\/|#)/i.test(String(value))) { // never javascript: or data: links from article metadata
          node.setAttribute('href', String(value));
          node.setAttribute('rel', 'noopener noreferrer');
          node.setAttribute('target', '_blank');
        }
      } else if (ALLOWED_ATTRIBUTES.test(key)) {
        node.setAttribute(key, value === true ? '' : String(value));
      } else {
        throw new Error('el(): attribute not allowed: ' + key);
      }
    }
    append(node, children);
    return node;
  }

  function append(node, children) {
    for (const child of children) {
      if (child === null || child === undefined || child === false) {
        continue;
      }
      if (Array.isArray(child)) {
        append(node, child);
      } else if (child instanceof Node) {
        node.appendChild(child);
      } else {
        node.appendChild(document.createTextNode(String(child)));
      }
    }
  }

  /** Empties a node and fills it with children. */
  function fill(node, ...children) {
    node.replaceChildren();
    append(node, children);
    return node;
  }

  /** GET a JSON resource of the API; a problem answer becomes an Error carrying its detail. */
  async function getJson(url) {
    const r = await fetch(url, { headers: { Accept: 'application/json' } });
    const body = await r.text();
    let value = null;
    try {
      value = body ? JSON.parse(body) : null;
    } catch (e) {
      throw new Error(url + ': not JSON (' + r.status + ')');
    }
    if (!r.ok) {
      throw new Error(value && value.detail ? value.detail : url + ': ' + r.status);
    }
    return value;
  }

  /** A query string of the set values of an object. */
  function query(params) {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(params)) {
      if (v !== null && v !== undefined && v !== '') {
        q.set(k, v);
      }
    }
    const s = q.toString();
    return s ? '?' + s : '';
  }

  /** An interval as people write it: a day, a day range, a time of day, or "unknown". */
  function when(interval) {
    if (!interval || !interval.start) {
      return 'unknown time';
    }
    const start = clock(interval.start);
    const end = interval.end ? clock(interval.end) : null;
    const oneDay = interval.end && dayAfter(interval.start.slice(0, 10)) === interval.end.slice(0, 10)
        && interval.start.endsWith('T00:00:00') && interval.end.endsWith('T00:00:00');
    const approx = interval.precision === 'INFERRED' ? ' (inferred)' : '';
    if (oneDay || !end) {
      return start.slice(0, oneDay ? 10 : undefined) + approx;
    }
    return start + ' – ' + end + approx;
  }

  /** "2024-12-03T16:00:00" as "2024-12-03 16:00"; midnight as the day alone. */
  function clock(t) {
    return t.replace(/T00:00(:00)?$/, '').replace(/(T\d\d:\d\d):00$/, '$1').replace('T', ' ');
  }

  function dayAfter(day) {
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + 1);
    return d.toISOString().slice(0, 10);
  }

  function addDays(day, n) {
    const d = new Date(day + 'T00:00:00Z');
    d.setUTCDate(d.getUTCDate() + n);
    return d.toISOString().slice(0, 10);
  }

  /** Who reported it, named as the server names sources everywhere: outlet, else the site of its URL, else its title. */
  function source(m) {
    return m.source || m.outlet || 'unknown source';
  }

  return { el, fill, getJson, query, when, addDays, source };
}());
