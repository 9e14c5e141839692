#!/usr/bin/env node
// Builds the dashboard's world map asset (consumer/src/main/resources/parley/web/world.json) from maintained open data.
//
// Inputs (npm packages, unpacked into a temporary directory, never committed):
//   world-atlas 2.0.2      ISC; the shapes are Natural Earth 1:110m admin-0 countries (public domain)
//   world-countries 5.1.0  ODbL-1.0 (only its ISO 3166-1 numeric -> alpha-3 table, the same package scripts/kb uses)
//
// Usage (Node.js, standard library only):
//   mkdir /tmp/mapbuild && cd /tmp/mapbuild && npm pack world-atlas@2.0.2 world-countries@5.1.0 && \
//     for f in *.tgz; do mkdir -p "${f%.tgz}" && tar xzf "$f" -C "${f%.tgz}"; done
//   node scripts/map/build-map.js /tmp/mapbuild/world-atlas-2.0.2/package/countries-110m.json \
//     /tmp/mapbuild/world-countries-5.1.0/package/countries.json consumer/src/main/resources/parley/web/world.json
//
// Output: {"width", "height", "source", "countries": {"AZE": {"name", "d": SVG path, "c": [x, y] centroid}}},
// already projected (Natural Earth I, the world 960 wide, Antarctica left out), coordinates rounded to 0.1 px.
'use strict';
const fs = require('fs');

const [atlasFile, countriesFile, outFile] = process.argv.slice(2);
if (!outFile) { console.error('usage: build-map.js countries-110m.json countries.json world.json'); process.exit(2); }
const topo = JSON.parse(fs.readFileSync(atlasFile, 'utf8'));
const table = JSON.parse(fs.readFileSync(countriesFile, 'utf8'));

// ISO numeric -> alpha-3; a few Natural Earth shapes have no numeric id (disputed or unrecognised): by name
const numToA3 = {};
for (const c of table) if (c.ccn3) numToA3[c.ccn3] = c.cca3;
const BY_NAME = { 'Kosovo': 'XKX', 'Somaliland': 'SOM', 'N. Cyprus': 'CYP' };
const SKIP = new Set(['ATA']);

// TopoJSON arcs: quantized, delta-encoded
const [sx, sy] = topo.transform.scale, [tx, ty] = topo.transform.translate;
const arcs = topo.arcs.map(arc => {
  let x = 0, y = 0;
  return arc.map(([dx, dy]) => { x += dx; y += dy; return [x * sx + tx, y * sy + ty]; });
});
function ring(indices) {
  const pts = [];
  for (const i of indices) {
    const a = i < 0 ? arcs[~i].slice().reverse() : arcs[i];
    pts.push(...(pts.length ? a.slice(1) : a));
  }
  return pts;
}

// world-atlas keeps rings that cross the antimeridian whole (Russia's Chukotka, Fiji): unwrap the longitudes,
// move the ring to the side where most of it lies, and clamp what sticks out to ±180 (a sliver at 1:110m)
function antimeridian(pts) {
  const out = [];
  let shift = 0, prev = null;
  for (const [lon, lat] of pts) {
    if (prev !== null) {
      if (lon + shift - prev > 180) shift -= 360;
      else if (lon + shift - prev < -180) shift += 360;
    }
    prev = lon + shift;
    out.push([prev, lat]);
  }
  const mean = out.reduce((a, p) => a + p[0], 0) / out.length;
  const k = mean > 180 ? -360 : mean < -180 ? 360 : 0;
  return out.map(([lon, lat]) => [Math.max(-180, Math.min(180, lon + k)), lat]);
}

// Natural Earth I projection (Šavrič et al. 2011), as d3-geo's geoNaturalEarth1
const W = 960;
const K = W / (2 * Math.PI * 0.8707);
function project([lon, lat]) {
  const l = lon * Math.PI / 180, p = lat * Math.PI / 180, p2 = p * p, p4 = p2 * p2;
  const x = l * (0.8707 - 0.131979 * p2 + p4 * (-0.013791 + p4 * (0.003971 * p2 - 0.001529 * p4)));
  const y = p * (1.007226 + p2 * (0.015085 + p4 * (-0.044475 + 0.028874 * p2 - 0.005916 * p4)));
  return [x * K + W / 2, -y * K];
}
const TOP = -project([0, 84])[1];
const H = Math.ceil(project([0, -58])[1] + TOP);
const px = ([x, y]) => [x, y + TOP];

const r1 = v => Math.round(v * 10) / 10;
function pathOf(rings) {
  let d = '';
  for (const pts of rings) {
    let prev = null, s = '';
    for (const p of pts) {
      const q = [r1(p[0]), r1(p[1])];
      if (prev && q[0] === prev[0] && q[1] === prev[1]) continue;
      s += (prev ? 'L' : 'M') + q[0] + ',' + q[1];
      prev = q;
    }
    d += s + 'Z';
  }
  return d.replace(/L/g, ' ').replace(/ (?=M)/g, '');
}
function area(pts) {
  let a = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) a += pts[j][0] * pts[i][1] - pts[i][0] * pts[j][1];
  return a / 2;
}
function centroid(pts) {
  let a = 0, cx = 0, cy = 0;
  for (let i = 0, j = pts.length - 1; i < pts.length; j = i++) {
    const f = pts[j][0] * pts[i][1] - pts[i][0] * pts[j][1];
    a += f; cx += (pts[j][0] + pts[i][0]) * f; cy += (pts[j][1] + pts[i][1]) * f;
  }
  return a ? [cx / (3 * a), cy / (3 * a)] : pts[0];
}

const out = {};
for (const g of topo.objects.countries.geometries) {
  const code = numToA3[g.id] || BY_NAME[g.properties.name];
  if (!code) { console.error('no alpha-3 for', g.id, g.properties.name, '(left out)'); continue; }
  if (SKIP.has(code)) continue;
  const polys = g.type === 'Polygon' ? [g.arcs] : g.type === 'MultiPolygon' ? g.arcs : [];
  const rings = [];
  let best = null;
  for (const poly of polys) {
    poly.forEach((r, k) => {
      const pts = antimeridian(ring(r)).map(project).map(px);
      rings.push(pts);
      if (k === 0 && (!best || Math.abs(area(pts)) > Math.abs(area(best)))) best = pts;
    });
  }
  if (!rings.length) continue;
  const e = out[code] || (out[code] = { name: g.properties.name, d: '', c: null, _a: 0 });
  e.d += pathOf(rings);
  if (Math.abs(area(best)) > e._a) { e._a = Math.abs(area(best)); e.c = centroid(best).map(r1); }
}
const countries = {};
for (const code of Object.keys(out).sort()) countries[code] = { name: out[code].name, d: out[code].d, c: out[code].c };
const doc = { width: W, height: H, projection: 'Natural Earth I',
  source: 'Natural Earth 1:110m admin-0 countries (public domain) via world-atlas 2.0.2; see NOTICE-world.txt',
  countries };
fs.writeFileSync(outFile, JSON.stringify(doc) + '\n');
console.error(Object.keys(countries).length + ' countries, ' + fs.statSync(outFile).size + ' bytes -> ' + outFile);
