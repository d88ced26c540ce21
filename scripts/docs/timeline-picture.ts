/**
 * docs/img/timeline.svg: every event of the timeline (`events()`), counted by year and kind, as
 * stacked bars — where the record is dense and where it is thin.
 */
import * as api from '../../src/index.js';
import { EVENT_KINDS } from '../../src/vocabulary.js';
import { esc, FONT, svg } from './pictures.js';


const COLORS: Record<(typeof EVENT_KINDS)[number], string> = {
  milestone: '#4e79a7',
  membership: '#f28e2b',
  'chair-handover': '#e15759',
  'secretary-general': '#76b7b2',
  body: '#59a14f',
  force: '#edc948',
  meeting: '#b07aa1',
  operation: '#ff9da7',
  exercise: '#9c755f',
  agreement: '#bab0ac',
  'partner-status': '#86bcb6',
  'state-step': '#d37295',
};

/** The picture: one bar per year from 1992 to the data's year, one segment per kind of event. */
export function timelinePicture(): string {
  const first = 1992;
  const last = Number(api.dataAsOf.slice(0, 4));
  const counts = new Map<number, Map<string, number>>();
  for (const e of api.events()) {
    const year = Number((e.earliest ?? e.date).slice(0, 4));
    if (!Number.isFinite(year) || year < first || year > last) continue;
    const row = counts.get(year) ?? new Map<string, number>();
    row.set(e.kind, (row.get(e.kind) ?? 0) + 1);
    counts.set(year, row);
  }
  const max = Math.max(1, ...[...counts.values()].map((row) => [...row.values()].reduce((a, b) => a + b, 0)));
  const [left, top, plotHeight, bar] = [50, 50, 300, 22];
  const width = left + (last - first + 1) * (bar + 4) + 20;
  const height = top + plotHeight + 120;
  const title = `The CSTO year by year: ${api.events().length} dated events by kind (data reviewed up to ${api.dataAsOf})`;
  const body: string[] = [];
  for (let year = first; year <= last; year++) {
    const x = left + (year - first) * (bar + 4);
    let y = top + plotHeight;
    for (const kind of EVENT_KINDS) {
      const n = counts.get(year)?.get(kind) ?? 0;
      if (n === 0) continue;
      const h = (n / max) * plotHeight;
      y -= h;
      body.push(`<rect x="${x}" y="${y.toFixed(1)}" width="${bar}" height="${h.toFixed(1)}" fill="${COLORS[kind]}"><title>${year}: ${n} × ${kind}</title></rect>`);
    }
    if (year % 2 === 0) body.push(`<text x="${x + bar / 2}" y="${top + plotHeight + 16}" ${FONT} font-size="11" text-anchor="middle" fill="#444">${year}</text>`);
  }
  body.push(`<text x="${left - 8}" y="${top + 10}" ${FONT} font-size="11" text-anchor="end" fill="#444">${max}</text>`);
  body.push(`<line x1="${left - 4}" y1="${top + plotHeight}" x2="${width - 16}" y2="${top + plotHeight}" stroke="#999"/>`);
  EVENT_KINDS.forEach((kind, i) => {
    const x = left + (i % 6) * 150;
    const y = top + plotHeight + 44 + Math.floor(i / 6) * 22;
    body.push(`<rect x="${x}" y="${y - 11}" width="14" height="14" fill="${COLORS[kind]}"/>`);
    body.push(`<text x="${x + 20}" y="${y}" ${FONT} font-size="13" fill="#333">${esc(kind)}</text>`);
  });
  return svg(width, height, body, title);
}
