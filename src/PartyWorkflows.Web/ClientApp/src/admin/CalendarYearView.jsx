import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { L, formatDate } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

const weekday = (iso) => new Date(`${iso}T12:00:00+07:00`).toLocaleDateString(L('vi-VN', 'en-GB'), { weekday: 'long', timeZone: 'Asia/Ho_Chi_Minh' });

export function CalendarYearView() {
  const [year, setYear] = useState(new Date().getFullYear());
  const calendar = useLoad(() => get(`/api/calendar/${year}`), [year]);
  return (
    <div class="card">
      <div class="toolbar">
        <button onClick={() => setYear(year - 1)}>←</button>
        <b>{L('Năm', 'Year')} {year}</b>
        <button onClick={() => setYear(year + 1)}>→</button>
      </div>
      <ErrorBox error={calendar.error} />
      {calendar.data && (
        <>
          <p>{L(`${calendar.data.workingDays} ngày làm việc.`, `${calendar.data.workingDays} working days.`)}
            {' '}{L('Lịch chính thức của năm (nếu có) thay cho lịch tính theo Bộ luật Lao động 2019, Điều 112.',
              "The year's official schedule, where one ships, replaces the Labour Code 2019 art. 112 default.")}</p>
          <div class="columns">
            <div>
              <h3>{L('Ngày nghỉ (ngày thường)', 'Days off (weekdays)')}</h3>
              <ul data-testid="days-off">{calendar.data.daysOff.map((d) => <li key={d}>{formatDate(`${d}T12:00:00+07:00`)} — {weekday(d)}</li>)}</ul>
            </div>
            <div>
              <h3>{L('Ngày làm bù (cuối tuần)', 'Weekend days worked')}</h3>
              {calendar.data.workedWeekends.length === 0 ? <p class="muted">{L('Không có.', 'None.')}</p>
                : <ul>{calendar.data.workedWeekends.map((d) => <li key={d}>{formatDate(`${d}T12:00:00+07:00`)} — {weekday(d)}</li>)}</ul>}
            </div>
          </div>
        </>
      )}
    </div>
  );
}
