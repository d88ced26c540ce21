/**
 * Pictures drawn from the data as SVG: the membership timeline, the chairmanship by year, and the
 * attendance grid of the Collective Security Council's sessions. Each has a title and a legend.
 */
import { dayRange } from '../../src/_lib/dates.js';
import * as api from '../../src/index.js';

export const FONT = 'font-family="Helvetica, Arial, sans-serif"';
export const esc = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An SVG document with a white background, a title (also for screen readers) and the given body. */
export function svg(width: number, height: number, body: string[], title: string): string {
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${esc(title)}">`,
    `<title>${esc(title)}</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="20" y="28" ${FONT} font-size="18" font-weight="bold" fill="#222">${esc(title)}</text>`,
    ...body,
    '</svg>',
    '',
  ].join('\n');
}

function legend(x: number, y: number, items: ReadonlyArray<readonly [string, string]>, stroke = false): string[] {
  const out: string[] = [];
  let cx = x;
  for (const [color, label] of items) {
    out.push(`<rect x="${cx}" y="${y - 11}" width="14" height="14" fill="${color}"${stroke ? ' stroke="#999"' : ''}/>`);
    out.push(`<text x="${cx + 20}" y="${y}" ${FONT} font-size="13" fill="#333">${esc(label)}</text>`);
    cx += 30 + label.length * 7.2;
  }
  return out;
}

const FIRST_YEAR = 1992;
const lastYear = () => Number(api.dataAsOf.slice(0, 4));

/** x position of a day on a year axis. */
function axis(left: number, width: number) {
  const from = dayRange(String(FIRST_YEAR))[0];
  const to = dayRange(api.dataAsOf)[1];
  return (day: number) => left + ((Math.min(Math.max(day, from), to) - from) / (to - from)) * width;
}

function yearTicks(left: number, width: number, top: number, bottom: number): string[] {
  const x = axis(left, width);
  const out: string[] = [];
  for (let y = FIRST_YEAR; y <= lastYear(); y++) {
    const px = x(dayRange(String(y))[0]);
    const major = y % 5 === 0 || y === FIRST_YEAR;
    out.push(`<line x1="${px}" y1="${top}" x2="${px}" y2="${bottom}" stroke="${major ? '#bbb' : '#eee'}"/>`);
    if (major) out.push(`<text x="${px}" y="${bottom + 16}" ${FONT} font-size="12" fill="#555" text-anchor="middle">${y}</text>`);
  }
  return out;
}

const STATUS_COLOURS = { active: '#2e7d32', suspended: '#f9a825', frozen: '#4fc3f7' } as const;

/** One row per state since 1992: active, suspended, frozen, or out (blank). */
export function membershipTimeline(): string {
  const left = 130;
  const width = 820;
  const rowH = 26;
  const top = 50;
  const x = axis(left, width);
  const states = api.states();
  const body: string[] = [];
  const bottom = top + states.length * rowH;
  body.push(...yearTicks(left, width, top, bottom));
  states.forEach((s, i) => {
    const y = top + i * rowH;
    body.push(`<text x="${left - 10}" y="${y + 17}" ${FONT} font-size="13" fill="#222" text-anchor="end">${esc(s.name.en)}</text>`);
    body.push(`<rect x="${left}" y="${y + 4}" width="${width}" height="${rowH - 8}" fill="#f3f3f3"/>`);
    for (const p of api.memberships({ state: s.id })) {
      const x1 = x(dayRange(p.from)[0]);
      const x2 = p.to === undefined ? left + width : x(dayRange(p.to)[1]);
      body.push(`<rect x="${x1.toFixed(1)}" y="${y + 4}" width="${Math.max(1, x2 - x1).toFixed(1)}" height="${rowH - 8}" fill="${STATUS_COLOURS[p.status]}"><title>${esc(`${s.name.en}: ${p.status} ${p.from} – ${p.to ?? 'open'}`)}</title></rect>`);
    }
  });
  body.push(...legend(left, bottom + 46, [[STATUS_COLOURS.active, 'active member'], [STATUS_COLOURS.suspended, 'participation suspended'], [STATUS_COLOURS.frozen, 'participation frozen (still a member)'], ['#f3f3f3', 'not a member']], true));
  return svg(left + width + 30, bottom + 70, body, `CSTO membership, ${FIRST_YEAR}–${lastYear()} (data up to ${api.dataAsOf})`);
}

const STATE_COLOURS: Record<string, string> = {
  ARM: '#e57373', AZE: '#90a4ae', BLR: '#81c784', GEO: '#a1887f', KAZ: '#4fc3f7', KGZ: '#ffb74d', RUS: '#7986cb', TJK: '#ba68c8', UZB: '#4db6ac',
};

/** The chairmanship terms on a time axis, one band, coloured and labelled by state. */
export function chairmanshipTimeline(): string {
  const left = 30;
  const width = 920;
  const top = 60;
  const h = 44;
  const x = axis(left, width);
  const body: string[] = [];
  body.push(...yearTicks(left, width, top - 6, top + h + 6));
  body.push(`<rect x="${left}" y="${top}" width="${width}" height="${h}" fill="#f3f3f3"/>`);
  for (const t of api.chairmanships()) {
    // Only the days the term certainly covers: a bound known to the month or year is drawn at
    // the end of that month or year (start) or at its beginning (end).
    const x1 = x(dayRange(t.from)[1]);
    const x2 = t.to === undefined ? left + width : x(dayRange(t.to)[0] + 1);
    const w = Math.max(1, x2 - x1);
    const who = api.person(t.chair).name.en;
    body.push(`<rect x="${x1.toFixed(1)}" y="${top}" width="${w.toFixed(1)}" height="${h}" fill="${STATE_COLOURS[t.state] ?? '#ccc'}" stroke="#fff"><title>${esc(`${api.state(t.state).name.en} (${who}): ${t.from} – ${t.to ?? 'open'}`)}</title></rect>`);
    if (w > 19) body.push(`<text x="${(x1 + w / 2).toFixed(1)}" y="${top + h / 2 + 4}" ${FONT} font-size="10" fill="#111" text-anchor="middle">${t.state}</text>`);
  }
  const used = [...new Set(api.chairmanships().map((t) => t.state))].sort();
  body.push(`<text x="${left}" y="${top + h + 44}" ${FONT} font-size="12" fill="#555">Grey: no chairmanship the sources read date with certainty (a term known only to the year is drawn over the days it certainly covers).</text>`);
  body.push(...legend(left, top + h + 70, used.map((s) => [STATE_COLOURS[s] ?? '#ccc', api.state(s).name.en] as const)));
  return svg(left + width + 30, top + h + 90, body, 'Who chaired the CSTO');
}

const ATTENDANCE_COLOURS = { present: '#2e7d32', remote: '#1e88e5', represented: '#f9a825', absent: '#e53935', unknown: '#e0e0e0' } as const;

/** State × Collective Security Council session: present, video, represented, absent, unknown. */
export function attendanceGrid(): string {
  const sessions = api.meetings({ body: 'CSC', status: 'held' });
  const states = api.states();
  const left = 120;
  const top = 150;
  const cell = 16;
  const body: string[] = [];
  sessions.forEach((m, j) => {
    const cx = left + j * cell + cell / 2;
    body.push(`<text x="0" y="0" transform="translate(${cx + 4},${top - 6}) rotate(-70)" ${FONT} font-size="10" fill="#444">${esc(`${m.date} ${m.city ?? ''}`.trim())}</text>`);
    const a = api.attendance(m);
    const status = new Map<string, keyof typeof ATTENDANCE_COLOURS>();
    for (const r of a.records) status.set(r.state, r.status);
    for (const s of a.unknown) status.set(s, 'unknown');
    states.forEach((s, i) => {
      const st = status.get(s.id);
      const y = top + i * cell;
      if (st === undefined) return; // not a member then: left blank
      body.push(`<rect x="${left + j * cell + 1}" y="${y + 1}" width="${cell - 2}" height="${cell - 2}" fill="${ATTENDANCE_COLOURS[st]}"><title>${esc(`${m.id}: ${s.name.en} ${st}`)}</title></rect>`);
    });
  });
  states.forEach((s, i) => body.push(`<text x="${left - 8}" y="${top + i * cell + 12}" ${FONT} font-size="12" fill="#222" text-anchor="end">${esc(s.name.en)}</text>`));
  const bottom = top + states.length * cell;
  body.push(...legend(left, bottom + 30, [[ATTENDANCE_COLOURS.present, 'present'], [ATTENDANCE_COLOURS.remote, 'by video'], [ATTENDANCE_COLOURS.represented, 'represented at a lower level'], [ATTENDANCE_COLOURS.absent, 'absent'], [ATTENDANCE_COLOURS.unknown, 'not reported by any source']]));
  body.push(`<text x="${left}" y="${bottom + 52}" ${FONT} font-size="12" fill="#555">Blank: not a member on that date. One column per session of the Collective Security Council held, ${sessions[0]?.date.slice(0, 4)}–${sessions.at(-1)?.date.slice(0, 4)}.</text>`);
  return svg(Math.max(left + sessions.length * cell + 40, 900), bottom + 70, body, 'Who came to the Collective Security Council');
}
