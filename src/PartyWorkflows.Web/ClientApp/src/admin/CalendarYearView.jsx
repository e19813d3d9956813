import { useEffect, useState } from 'preact/hooks';
import { get } from '../api.js';
import { L, formatDate, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';
import { CalendarYearEditor } from './CalendarYearEditor.jsx';

const weekday = (iso) => new Date(`${iso}T12:00:00+07:00`).toLocaleDateString(L('vi-VN', 'en-GB'), { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' });
const originText = (data) => ({
  computed: L('Lịch tính theo Bộ luật Lao động 2019, Điều 112 (chưa có lịch chính thức).', 'Computed from the Labour Code 2019 art. 112 (no official schedule).'),
  shipped: L('Lịch chính thức kèm theo phần mềm.', 'The official schedule shipped with the software.'),
  edited: L(`Lịch do ${data.publishedBy} công bố lúc ${formatDateTime(data.publishedAt)}.`, `Published by ${data.publishedBy} at ${formatDateTime(data.publishedAt)}.`),
}[data.origin]);

function DayList({ days, names, testId }) {
  if (days.length === 0) return <p class="muted">{L('Không có.', 'None.')}</p>;
  return (
    <ul data-testid={testId}>
      {days.map((d) => <li key={d}>{formatDate(`${d}T12:00:00+07:00`)} — {weekday(d)}{names[d] && <> — {names[d]}</>}</li>)}
    </ul>
  );
}

export function CalendarYearView() {
  const [year, setYear] = useState(new Date().getFullYear());
  const [editing, setEditing] = useState(false);
  const calendar = useLoad(() => get(`/api/calendar/${year}`), [year]);
  useEffect(() => setEditing(false), [year]);
  const data = calendar.data;
  return (
    <div class="card">
      <div class="toolbar">
        <button onClick={() => setYear(year - 1)}>←</button>
        <b>{L('Năm', 'Year')} {year}</b>
        <button onClick={() => setYear(year + 1)}>→</button>
        {data && !editing && <button onClick={() => setEditing(true)}>{L('Sửa lịch năm', "Edit the year's schedule")}</button>}
      </div>
      <ErrorBox error={calendar.error} />
      {data && (
        <>
          <p data-testid="calendar-origin">{L(`${data.workingDays} ngày làm việc.`, `${data.workingDays} working days.`)} {originText(data)}</p>
          {editing
            ? <CalendarYearEditor calendar={data} onDone={() => { setEditing(false); calendar.reload(); }} />
            : (
              <div class="columns">
                <div>
                  <h3>{L('Ngày nghỉ (ngày thường)', 'Days off (weekdays)')}</h3>
                  <DayList days={data.daysOff} names={data.dayNames} testId="days-off" />
                </div>
                <div>
                  <h3>{L('Ngày làm bù (cuối tuần)', 'Weekend days worked')}</h3>
                  <DayList days={data.workedWeekends} names={data.dayNames} testId="worked-weekends" />
                </div>
              </div>
            )}
        </>
      )}
    </div>
  );
}
