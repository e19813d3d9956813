// Editing one year's official schedule: it replaces the year's default as a whole, so the editor starts from the days
// in force and saves the full lists. Deadlines already computed do not move, which the page says before saving.
import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { L, formatDate } from '../i18n.js';
import { ErrorBox } from '../components.jsx';

const named = (days, names) => days.map((date) => ({ date, name: names[date] || '' }));
const isWeekend = (iso) => [0, 6].includes(new Date(`${iso}T12:00:00Z`).getUTCDay());

function DayRows({ kind, days, errors, onRemove }) {
  return (
    <ul data-testid={`edit-${kind}`}>
      {days.map((d, i) => (
        <li key={d.date}>
          {formatDate(`${d.date}T12:00:00+07:00`)} {d.name && <>— {d.name}</>}
          {' '}<button type="button" onClick={() => onRemove(i)}>{L('Bỏ', 'Remove')}</button>
          {errors[`${kind}[${i}].date`] && <div class="field-error">{errors[`${kind}[${i}].date`].join(' ')}</div>}
        </li>
      ))}
    </ul>
  );
}

export function CalendarYearEditor({ calendar, onDone }) {
  const [daysOff, setDaysOff] = useState(named(calendar.daysOff, calendar.dayNames));
  const [workedWeekends, setWorkedWeekends] = useState(named(calendar.workedWeekends, calendar.dayNames));
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState(null);
  const errors = error?.fieldErrors || {};

  function add(event) {
    event.preventDefault();
    setError(null);
    if (!date) return;
    // The kind follows the day: a weekday added is a day off, a weekend day added is worked. The server checks again.
    const day = { date, name: name.trim() };
    if (isWeekend(date)) setWorkedWeekends([...workedWeekends, day].sort((a, b) => a.date.localeCompare(b.date)));
    else setDaysOff([...daysOff, day].sort((a, b) => a.date.localeCompare(b.date)));
    setDate('');
    setName('');
  }

  async function save() {
    setError(null);
    try {
      await api(`/api/admin/calendar/${calendar.year}`, { method: 'PUT', body: { daysOff, workedWeekends } });
      onDone();
    } catch (e) { setError(e); }
  }

  async function reset() {
    setError(null);
    try {
      await api(`/api/admin/calendar/${calendar.year}`, { method: 'DELETE' });
      onDone();
    } catch (e) { setError(e); }
  }

  return (
    <div data-testid="calendar-editor">
      <p class="notice">{L('Lịch lưu ở đây thay toàn bộ lịch của năm. Hạn xử lý đã tính cho các nhiệm vụ và hẹn giờ đang mở không thay đổi; chỉ những hạn tính sau khi lưu mới theo lịch mới.',
        "The schedule saved here replaces the whole year. Due dates already computed for open tasks and timers do not move; only deadlines computed after saving follow the new schedule.")}</p>
      <form class="toolbar" onSubmit={add}>
        <input type="date" aria-label={L('Ngày', 'Date')} value={date} onInput={(e) => setDate(e.currentTarget.value)} />
        <input aria-label={L('Tên ngày', 'Name of the day')} placeholder={L('Tên (ví dụ: Nghỉ bù Quốc khánh)', 'Name (e.g. National Day compensatory day)')}
          value={name} onInput={(e) => setName(e.currentTarget.value)} />
        <button type="submit">{L('Thêm ngày', 'Add day')}</button>
      </form>
      <p class="muted">{L('Ngày thường được thêm thành ngày nghỉ; thứ Bảy, Chủ nhật được thêm thành ngày làm bù.',
        'A weekday is added as a day off; a Saturday or Sunday as a worked day.')}</p>
      <div class="columns">
        <div>
          <h3>{L('Ngày nghỉ (ngày thường)', 'Days off (weekdays)')}</h3>
          <DayRows kind="daysOff" days={daysOff} errors={errors} onRemove={(i) => setDaysOff(daysOff.filter((_, n) => n !== i))} />
        </div>
        <div>
          <h3>{L('Ngày làm bù (cuối tuần)', 'Weekend days worked')}</h3>
          <DayRows kind="workedWeekends" days={workedWeekends} errors={errors} onRemove={(i) => setWorkedWeekends(workedWeekends.filter((_, n) => n !== i))} />
        </div>
      </div>
      <ErrorBox error={error} />
      <div class="toolbar">
        <button class="primary" onClick={save}>{L('Lưu lịch năm', "Save the year's schedule")}</button>
        {calendar.origin === 'edited' && <button onClick={reset}>{L('Trả về lịch mặc định', 'Return to the default')}</button>}
        <button onClick={onDone}>{L('Hủy', 'Cancel')}</button>
      </div>
    </div>
  );
}
