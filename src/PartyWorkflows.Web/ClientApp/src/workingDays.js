// Due dates in working days, on the service's calendar (GET /api/calendar/{year}): a whole-working-day deadline ends
// at 00:00 Vietnam time of the day after its last working day, so that day is what the inbox names.
import { get } from './api.js';

const years = new Map();

function loadYear(year) {
  if (!years.has(year)) {
    years.set(year, get(`/api/calendar/${year}`).then((y) => ({
      off: new Set(y.daysOff),
      worked: new Set(y.workedWeekends),
    })));
  }
  return years.get(year);
}

const iso = (date) => date.toISOString().slice(0, 10);

/** The Vietnam calendar date (UTC+7, no daylight saving) of an instant, as a UTC midnight Date. */
function vietnamDay(instant) {
  const shifted = new Date(new Date(instant).getTime() + 7 * 3600 * 1000);
  return new Date(Date.UTC(shifted.getUTCFullYear(), shifted.getUTCMonth(), shifted.getUTCDate()));
}

async function isWorkingDay(day) {
  const year = await loadYear(day.getUTCFullYear());
  const key = iso(day);
  const weekend = day.getUTCDay() === 0 || day.getUTCDay() === 6;
  return weekend ? year.worked.has(key) : !year.off.has(key);
}

/** Working days after `from` up to and including `to` (both UTC-midnight dates). */
async function workingDaysBetween(from, to) {
  let count = 0;
  for (let day = new Date(from.getTime() + 86400000); day <= to; day = new Date(day.getTime() + 86400000)) {
    if (await isWorkingDay(day)) count++;
  }
  return count;
}

export const DUE_SOON_WORKING_DAYS = 3;

/**
 * @returns {{lastDay: string, overdue: boolean, soon: boolean, days: number}} days = working days left after today
 * (0: the last day is today), or working days past the last day when overdue.
 */
export async function describeDue(dueAt, now = new Date()) {
  const lastDay = vietnamDay(new Date(dueAt).getTime() - 1);
  const today = vietnamDay(now);
  if (new Date(dueAt) <= now) {
    return { lastDay: iso(lastDay), overdue: true, soon: false, days: await workingDaysBetween(lastDay, today) };
  }
  const days = await workingDaysBetween(today, lastDay);
  return { lastDay: iso(lastDay), overdue: false, soon: days < DUE_SOON_WORKING_DAYS, days };
}

/** The instant a task must be due before to count as due soon: 00:00 Vietnam time after the n-th working day from today. */
export async function dueSoonHorizon(n = DUE_SOON_WORKING_DAYS, now = new Date()) {
  let day = vietnamDay(now);
  for (let left = n; left > 0;) {
    day = new Date(day.getTime() + 86400000);
    if (await isWorkingDay(day)) left--;
  }
  return new Date(day.getTime() + 86400000 - 7 * 3600 * 1000).toISOString();
}
