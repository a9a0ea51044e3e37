import * as assert from 'node:assert/strict';
import { MAX_SESSION_MS } from '../../src/core/store/records';
import { validateChange } from '../../src/core/store/validate';
import { dateProblem, endAfter, formatMinutes, localDateText, MAX_SESSION_MINUTES, minutesProblem, parseClock, parseLocalDate, sessionTimes } from '../../src/core/tracking/timeEntry';

const MIN = 60_000;
const NOW = new Date(2026, 10, 24, 15, 30); // 24 Nov 2026, 15:30 local

describe('typed-in sessions (log and edit)', () => {
  it('has one longest session, the one the store keeps whole', () => {
    assert.equal(MAX_SESSION_MINUTES * MIN, MAX_SESSION_MS);
    assert.equal(minutesProblem(String(MAX_SESSION_MINUTES)), undefined);
    assert.match(minutesProblem(String(MAX_SESSION_MINUTES + 1))!, new RegExp(`between 1 and ${MAX_SESSION_MINUTES}`));
    // The longest session that can be typed in passes the store's own check (an export of it re-imports).
    const times = sessionTimes({ date: '2026-11-20', minutes: MAX_SESSION_MINUTES, startTime: '00:00' }, NOW);
    assert.ok(!('error' in times));
    const record = { id: 'x', category: 'iss.problemSets', start: times.start, end: times.end, source: 'logged', problemId: null, note: null, updatedAt: NOW.getTime(), deleted: false };
    assert.equal(validateChange('session', record, 'test', { now: NOW.getTime(), clampUpdatedAt: false }).ok, true);
  });

  it('refuses durations that are not a positive number of minutes', () => {
    for (const bad of ['', ' ', '0', '-5', 'abc', 'NaN', 'Infinity']) assert.ok(minutesProblem(bad), JSON.stringify(bad));
    for (const good of ['1', '30', '90.5']) assert.equal(minutesProblem(good), undefined, good);
  });

  it('parses real local dates and 24-hour times only', () => {
    assert.equal(parseLocalDate('2026-11-24')?.getTime(), new Date(2026, 10, 24).getTime());
    for (const bad of ['2026-02-30', '2026-13-01', '24/11/2026', '2026-1-2']) assert.equal(parseLocalDate(bad), undefined, bad);
    assert.deepEqual(parseClock(' 9:05 '), [9, 5]);
    for (const bad of ['24:00', '12:60', '12', '1205']) assert.equal(parseClock(bad), undefined, bad);
    assert.equal(localDateText(NOW), '2026-11-24');
    assert.equal(dateProblem('2026-11-25', NOW), 'The date is in the future.');
    assert.match(dateProblem('tomorrow', NOW)!, /YYYY-MM-DD/);
    assert.equal(dateProblem('2026-11-24', NOW), undefined);
  });

  it('places a session: at its start time; ending now today; ending at 18:00 another day', () => {
    assert.deepEqual(sessionTimes({ date: '2026-11-20', minutes: 45, startTime: '09:15' }, NOW), {
      start: new Date(2026, 10, 20, 9, 15).getTime(),
      end: new Date(2026, 10, 20, 10, 0).getTime(),
    });
    assert.deepEqual(sessionTimes({ date: '2026-11-24', minutes: '30' }, NOW), { start: NOW.getTime() - 30 * MIN, end: NOW.getTime() });
    assert.deepEqual(sessionTimes({ date: '2026-11-20', minutes: 60 }, NOW), {
      start: new Date(2026, 10, 20, 17, 0).getTime(),
      end: new Date(2026, 10, 20, 18, 0).getTime(),
    });
  });

  it('says what is wrong: the date, the duration, the time, or an end in the future', () => {
    assert.deepEqual(sessionTimes({ date: '2026-02-30', minutes: 30 }, NOW), { error: '"2026-02-30" is not a date. Use YYYY-MM-DD.' });
    assert.deepEqual(sessionTimes({ date: '2026-11-20', minutes: 0 }, NOW), { error: `A session lasts between 1 and ${MAX_SESSION_MINUTES} minutes (got "0").` });
    assert.deepEqual(sessionTimes({ date: '2026-11-20', minutes: 30, startTime: '25:00' }, NOW), { error: '"25:00" is not a time. Use HH:MM.' });
    assert.match((sessionTimes({ date: '2026-11-24', minutes: 60, startTime: '15:00' }, NOW) as { error: string }).error, /end in the future/);
  });

  it('changes a duration from the same start, within the same bounds', () => {
    assert.equal(endAfter(1_000, '90'), 1_000 + 90 * MIN);
    assert.equal(endAfter(1_000, String(MAX_SESSION_MINUTES + 1)), undefined);
    assert.equal(endAfter(1_000, 'x'), undefined);
  });

  it('formats durations for the status bar and messages', () => {
    assert.equal(formatMinutes(45 * MIN), '45 min');
    assert.equal(formatMinutes(65 * MIN), '1 h 05 min');
  });
});
