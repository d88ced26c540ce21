import { describe, expect, it } from 'vitest';
import { dayRange } from '../src/_lib/dates.js';
import {
  absences,
  attendance,
  chairOn,
  isMember,
  meeting,
  meetings,
  operations,
  person,
  source,
  UnknownIdError,
} from '../src/index.js';

describe('meetings: known facts from the sources', () => {
  it('Astana, 28 November 2024: five presidents, Armenia absent (Astana Times; The Washington Outsider)', () => {
    const a = attendance('2024-11-28-csc-astana');
    expect(a.present).toEqual(['BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(a.absent).toEqual(['ARM']);
    expect(a.unknown).toEqual([]);
    expect(a.complete).toBe(true);
    const m = meeting('2024-11-28-csc-astana');
    expect(m.host).toBe('KAZ');
    expect(m.chair).toBe('kassym-jomart-tokayev');
    expect(m.sources.map((id) => source(id).url)).toContain(
      'https://www.thewashingtonoutsider.com/critical-issues-on-the-agenda-of-the-csto-meeting-in-astana-november-28-2024/',
    );
  });

  it('Minsk, 23 November 2023: Armenia absent, chair handed to Kazakhstan (odkb-csto.org)', () => {
    expect(attendance('2023-11-23-csc-minsk').absent).toContain('ARM');
    const effects = meeting('2023-11-23-csc-minsk').documents?.flatMap((d) => d.effects ?? []) ?? [];
    expect(effects).toContainEqual({ type: 'chairmanship', state: 'KAZ' });
  });

  it('Armenia stayed away from both seed-document sessions', () => {
    const missed = absences('ARM').map((a) => a.meeting.id);
    expect(missed).toEqual(expect.arrayContaining(['2023-11-23-csc-minsk', '2024-11-28-csc-astana']));
  });

  it('the January 2022 deployment to Kazakhstan is recorded with its commander', () => {
    const op = operations().find((o) => o.state === 'KAZ' && o.kind === 'peacekeeping');
    expect(op).toBeDefined();
    expect(op?.from).toBe('2022-01-06');
    expect(op && op.commander && person(op.commander).name.en).toMatch(/Serdyukov/);
  });
});

describe('meetings: invariants over the data', () => {
  it('are sorted by date, with ids that start with their date', () => {
    const list = meetings();
    const days = list.map((m) => dayRange(m.date)[0]);
    expect(days).toEqual([...days].sort((a, b) => a - b));
    for (const m of list) expect(m.id.startsWith(m.date.length === 10 ? m.date : `${m.date}-xx`)).toBe(true);
  });

  it('only member states attend, and a complete list covers every member', () => {
    for (const m of meetings({ status: 'held' })) {
      const a = attendance(m);
      const listed = [...a.present, ...a.remote, ...a.represented, ...a.absent];
      expect(new Set(listed).size).toBe(listed.length);
      if (a.complete) expect(a.unknown).toEqual([]);
      if (m.date.length === 10) for (const s of listed) expect(isMember(s, m.date) || m.date === m.endDate).toBe(true);
    }
  });

  it('a Council session in a full date is chaired by the chair of the day or the outgoing one', () => {
    for (const m of meetings({ body: 'CSC' })) {
      if (!m.chair || m.date.length !== 10) continue;
      const chairState = person(m.chair).state;
      const holder = chairOn(m.date);
      if (holder && chairState) {
        const ok = holder.state === chairState;
        if (!ok) {
          // On a handover day the outgoing chair presides; its term ends that day.
          const before = new Date(Date.parse(`${m.date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
          expect(chairOn(before)?.state).toBe(chairState);
        }
      }
    }
  });
});

describe('meetings: queries and errors', () => {
  it('filters by year, body, host, attendee and absentee', () => {
    const y2024 = meetings({ year: 2024 });
    expect(y2024.length).toBeGreaterThan(0);
    expect(y2024.every((m) => m.date.startsWith('2024'))).toBe(true);
    expect(meetings({ body: 'CSC', year: 2024 }).every((m) => m.bodies.includes('CSC'))).toBe(true);
    expect(meetings({ host: 'Kazakhstan' }).every((m) => m.host === 'KAZ')).toBe(true);
    for (const m of meetings({ absentee: 'ARM' })) expect(attendance(m).absent).toContain('ARM');
    for (const m of meetings({ attendee: 'RUS' })) expect(attendance(m).absent).not.toContain('RUS');
    const between = meetings({ from: '2022-01-01', to: '2022-12-31' });
    expect(between.map((m) => m.id)).toEqual(meetings({ year: 2022 }).map((m) => m.id));
  });

  it('keeps unreported attendance unknown, never absent', () => {
    for (const m of meetings()) {
      const a = attendance(m);
      for (const s of a.unknown) expect(m.attendance.some((r) => r.state === s)).toBe(false);
    }
  });

  it('attendance accepts an id or a record and caches a frozen answer', () => {
    const m = meeting('2024-11-28-csc-astana');
    expect(attendance(m)).toBe(attendance(m.id));
    expect(Object.isFrozen(attendance(m).present)).toBe(true);
  });

  it('rejects bad input with documented errors', () => {
    expect(() => meeting('2024-11-28-csc-astna' as never)).toThrow(UnknownIdError);
    try {
      meeting('2024-11-28-csc-astna' as never);
    } catch (e) {
      expect((e as UnknownIdError).suggestions).toContain('2024-11-28-csc-astana');
    }
    expect(() => attendance(42 as never)).toThrow(TypeError);
    expect(() => attendance('nope' as never)).toThrow(UnknownIdError);
    expect(() => meetings({ year: '2024' as never })).toThrow(TypeError);
    expect(() => meetings({ body: 'XYZ' as never })).toThrow(RangeError);
    expect(() => meetings({ when: 2024 } as never)).toThrow(/unknown filter key "when"/);
    expect(() => absences('Narnia' as never)).toThrow(UnknownIdError);
  });
});
