import { DEFAULT_CALENDAR_RULES, dueAfterCalendarDays, dueAfterWorkingDays } from '../../../../../core/server/src/domain/calendar';
import { demoAuthorities } from '../../../../../../database/src/seeds/demo-authorities';
import { demoPetitions } from '../../../../../../database/src/seeds/demo-petitions';
import { petitionSettings } from '../../domain';
import { replayScenario } from '../replay-scenario';

const deadlines = {
  afterWorkingDays: (start: Date, days: number) => dueAfterWorkingDays(start, days, DEFAULT_CALENDAR_RULES),
  afterCalendarDays: (start: Date, days: number) => dueAfterCalendarDays(start, days),
};
const settingsOf = (slug: string) => {
  const authority = demoAuthorities.find((a) => a.slug === slug);
  return petitionSettings(authority?.moduleSettings?.petitions as unknown, { national: authority?.kind === 'central' });
};

// Every day of a year (holidays, New Year, Easter, weekends on either side): the demo must tell the same story
// whatever day `npm start` or `npm test` runs.
const EVERY_DAY = Array.from({ length: 366 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 9) + i * 24 * 60 * 60 * 1000));
// Two faked "today"s for the whole seed: a Friday in December and the Monday after Orthodox Easter 2027 (a day off).
const TWO_TODAYS = [new Date('2026-12-04T10:00:00Z'), new Date('2027-05-03T10:00:00Z')];
const replay = (scenario: (typeof demoPetitions)[number], now: Date) =>
  replayScenario(scenario, { now, settings: settingsOf(scenario.authority), deadlines, signers: 60, documentIdOf: () => 'demooriginal0001' });

describe('the demo petitions replayed on any day of the year', () => {
  it.each(TWO_TODAYS)('replays every demo petition through the state machine on %s', (now) => {
    for (const scenario of demoPetitions) expect(() => replay(scenario, now)).not.toThrow();
  });

  it.each(demoPetitions.filter((s) => s.answered).map((s) => [s.title, s] as const))(
    '%s is answered on time on every day of the year',
    (_title, scenario) => {
      for (const now of EVERY_DAY) {
        const { state } = replay(scenario, now);
        expect({ now, onTime: state.answeredAt!.getTime() <= state.answerDueAt!.getTime() }).toEqual({ now, onTime: true });
      }
    },
  );

  it('replays the same scenario to different dates on two different todays (the clock is really used)', () => {
    const scenario = demoPetitions.find((s) => s.answered)!;
    const [first, second] = TWO_TODAYS.map((now) => replay(scenario, now).state.answeredAt);
    expect(first).not.toEqual(second);
  });
});
