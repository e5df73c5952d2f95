'use strict';
/**
 * TopoJSON to GeoJSON for the map's offline outlines (world-atlas countries): quantized, delta-encoded arcs;
 * Polygon, MultiPolygon, LineString, MultiLineString, Point and GeometryCollection objects.
 * topoFeatures(topology, name) returns a GeoJSON FeatureCollection of the named object.
 */
window.topoFeatures = (function () {
  function decodeArcs(topology) {
    const t = topology.transform;
    return topology.arcs.map(function (arc) {
      let x = 0;
      let y = 0;
      return arc.map(function (p) {
        if (!t) {
          return [p[0], p[1]];
        }
        x += p[0];
        y += p[1];
        return [x * t.scale[0] + t.translate[0], y * t.scale[1] + t.translate[1]];
      });
    });
  }

  function point(topology, p) {
    const t = topology.transform;
    return t ? [p[0] * t.scale[0] + t.translate[0], p[1] * t.scale[1] + t.translate[1]] : [p[0], p[1]];
  }

  return function topoFeatures(topology, name) {
    const arcs = decodeArcs(topology);
    // An arc index below zero is the one's complement of an arc walked backwards.
    function line(indexes) {
      const out = [];
      indexes.forEach(function (i, k) {
        const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
        for (let j = k === 0 ? 0 : 1; j < a.length; j++) {
          out.push(a[j]);
        }
      });
      return out;
    }
    function geometry(g) {
      switch (g.type) {
        case 'Polygon': return { type: 'Polygon', coordinates: g.arcs.map(line) };
        case 'MultiPolygon': return { type: 'MultiPolygon', coordinates: g.arcs.map(function (p) { return p.map(line); }) };
        case 'LineString': return { type: 'LineString', coordinates: line(g.arcs) };
        case 'MultiLineString': return { type: 'MultiLineString', coordinates: g.arcs.map(line) };
        case 'Point': return { type: 'Point', coordinates: point(topology, g.coordinates) };
        default: return null;
      }
    }
    const object = topology.objects[name];
    if (!object) {
      throw new Error('TopoJSON has no object ' + name);
    }
    const geometries = object.type === 'GeometryCollection' ? object.geometries : [object];
    return {
      type: 'FeatureCollection',
      features: geometries.map(function (g) {
        return { type: 'Feature', id: g.id, properties: g.properties || {}, geometry: geometry(g) };
      }).filter(function (f) { return f.geometry !== null; })
    };
  };
}());
