/** The organization's bodies, forces, exercises, partners, agreements and timeline: facts from the sources on the records. */
import { describe, expect, it } from 'vitest';
import { agreements, body, events, exercises, force, operations, partners, snapshot, source, stateSteps, UnknownIdError } from '../src/index.js';

describe('bodies and forces', () => {
  it('the Parliamentary Assembly was created in St Petersburg on 16 November 2006', () => {
    expect(body('parliamentary-assembly').established).toBe('2006-11-16');
  });
  it('the Joint Staff’s current chief is Andrey Serdyukov, approved at the Minsk session of 23 November 2023', () => {
    const last = body('joint-staff').heads?.at(-1);
    expect([last?.person, last?.from, last?.to]).toEqual(['andrey-serdyukov', '2023-11-23', undefined]);
  });
  it('the Collective Rapid Reaction Forces were decided on 4 February 2009, at that day’s Moscow session', () => {
    expect([force('crrf').established, force('crrf').decidedAt]).toEqual(['2009-02-04', '2009-02-04-csc-moscow']);
  });
  it('an unknown body or force is an UnknownIdError with suggestions', () => {
    expect(() => body('joint-staf' as never)).toThrow(UnknownIdError);
    try {
      force('crr' as never);
    } catch (error) {
      expect((error as UnknownIdError).suggestions).toContain('crrf');
    }
  });
});

describe('exercises, partners, agreements, steps', () => {
  it('exercises filter by series, year, host and participant, and each cites sources', () => {
    const rubezh = exercises({ series: 'rubezh' });
    expect(rubezh.length).toBeGreaterThan(3);
    for (const e of rubezh) expect(e.series).toBe('rubezh');
    for (const e of exercises({ host: 'Kazakhstan' })) expect(e.host).toBe('KAZ');
    for (const e of exercises({ participant: 'ARM' })) expect(e.host === 'ARM' || e.participants?.includes('ARM')).toBe(true);
    for (const e of exercises()) expect(e.sources.length).toBeGreaterThan(0);
  });
  it('the Serbian and Afghan parliaments were observers of the Parliamentary Assembly from 2013 (TASS)', () => {
    const states = partners({ of: 'PA', on: '2015-01-01' }).map((p) => p.partner.state);
    expect(states).toEqual(expect.arrayContaining(['SRB', 'AFG']));
    expect(partners({ of: 'PA', on: '2012-06-01' })).toEqual([]);
  });
  it('the UN–CSTO joint declaration of 18 March 2010 and the SCO memorandum of 5 October 2007', () => {
    expect(agreements({ party: 'UN' }).map((a) => a.date)).toContain('2010-03-18');
    expect(agreements({ party: 'sco' }).map((a) => a.date)).toContain('2007-10-05');
  });
  it('Armenia said on 8 May 2024 it would not pay its share of the 2024 budget: a step, not a change of membership', () => {
    const step = stateSteps({ state: 'ARM', kind: 'budget-refusal' }).find((s) => s.date === '2024-05-08');
    expect(step?.membershipChange).toBe(false);
  });
});

describe('the decision of 6 January 2022 was taken without a session', () => {
  it('it is on the operation it started, not a held Council session', () => {
    const op = operations().find((o) => o.state === 'KAZ')!;
    expect(op.decision?.withoutSession).toBe(true);
    expect(op.decision?.announcedBy).toBe('nikol-pashinyan');
    expect(events({ from: '2022-01-06', to: '2022-01-06', kind: 'meeting' })).toEqual([]);
  });
});

describe('events: one stream of every dated thing', () => {
  const year = events({ from: '2022-01-01', to: '2022-12-31' });
  it('is in order, and every event may fall in the period asked about', () => {
    const firsts = year.map((e) => e.earliest ?? '');
    expect(firsts).toEqual([...firsts].sort());
    for (const e of year) {
      expect(e.latest === undefined || e.latest >= '2022-01-01').toBe(true);
      expect(e.earliest === undefined || e.earliest <= '2022-12-31').toBe(true);
    }
  });
  it('each event has a kind, a description, its record and sources', () => {
    for (const e of year) {
      expect(e.description.length).toBeGreaterThan(0);
      for (const id of e.sources) expect(source(id).id).toBe(id);
    }
    // 2022: Council sessions, the Kazakhstan deployment, exercises in Kazakhstan (sources on the records).
    expect([...new Set(year.map((e) => e.kind))]).toEqual(expect.arrayContaining(['meeting', 'operation', 'exercise']));
  });
  it('filters by state and kind', () => {
    for (const e of events({ state: 'ARM' })) expect(e.states).toContain('ARM');
    for (const e of events({ kind: 'chair-handover' })) expect(e.kind).toBe('chair-handover');
  });
});

describe('snapshot: the CSTO on 1 January 2015', () => {
  const s = snapshot('2015-01-01');
  it('names the six members, Tajikistan as chair and Bordyuzha as secretary general, all certain', () => {
    expect(s.members.filter((r) => r.certain).map((r) => r.record.state)).toEqual(['ARM', 'BLR', 'KAZ', 'KGZ', 'RUS', 'TJK']);
    expect(s.chair.map((r) => [r.record.state, r.certain])).toEqual([['TJK', true]]);
    expect(s.secretaryGeneral.map((r) => [r.record.person, r.certain])).toEqual([['nikolai-bordyuzha', true]]);
  });
  it('lists the forces in being and the Assembly’s observers, with sources', () => {
    expect(s.forces.map((f) => f.id)).toEqual(expect.arrayContaining(['crrf']));
    expect(s.partners.length).toBeGreaterThan(0);
    for (const part of [...s.forces, ...s.partners]) expect(part.sources.length).toBeGreaterThan(0);
  });
  it('and, from 2024, Armenia’s formal steps as the context of its frozen membership', () => {
    const steps = snapshot('2025-01-01').steps.filter((x) => x.state === 'ARM').map((x) => x.kind);
    expect(steps).toEqual(expect.arrayContaining(['freeze-participation', 'budget-refusal']));
    expect(s.steps.every((x) => x.date <= '2015-01-01')).toBe(true);
  });
  it('and the sessions before and after', () => {
    expect(s.previousSession?.date).toBe('2014-12-23');
    expect(s.nextSession && s.nextSession.date > '2015-01-01').toBe(true);
  });
});
