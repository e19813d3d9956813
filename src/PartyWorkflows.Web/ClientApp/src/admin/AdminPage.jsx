// Administration: the organisation tree, users and their seats, the working-day calendar, scheduled jobs and
// incidents. Every call here is behind the administrator policy on the server as well.
import { L } from '../i18n.js';
import { OrganisationTree } from './OrganisationTree.jsx';
import { UsersAndPositions } from './UsersAndPositions.jsx';
import { CalendarYearView } from './CalendarYearView.jsx';
import { Incidents } from './Incidents.jsx';

const tabs = [
  ['organisations', () => L('Tổ chức đảng', 'Organisations')],
  ['users', () => L('Người dùng và chức vụ', 'Users and positions')],
  ['calendar', () => L('Lịch ngày làm việc', 'Working-day calendar')],
  ['jobs', () => L('Công việc định kỳ', 'Scheduled jobs')],
  ['incidents', () => L('Sự cố', 'Incidents')],
];

function Jobs() {
  return (
    <div class="card">
      <p>{L('Các hẹn giờ của quy trình, việc quét hẹn giờ đến hạn và quét nhiệm vụ quá hạn chạy trên Hangfire.',
        'Workflow timers, the due-timer sweep and the overdue-task sweep run on Hangfire.')}</p>
      <ul>
        <li><a href="/hangfire/recurring" target="_blank" rel="noopener">{L('Công việc định kỳ', 'Recurring jobs')}</a></li>
        <li><a href="/hangfire/jobs/scheduled" target="_blank" rel="noopener">{L('Hẹn giờ đã lên lịch', 'Scheduled timers')}</a></li>
        <li><a href="/hangfire/jobs/failed" target="_blank" rel="noopener">{L('Công việc lỗi', 'Failed jobs')}</a></li>
        <li><a href="/hangfire" target="_blank" rel="noopener">{L('Bảng điều khiển Hangfire', 'Hangfire dashboard')}</a></li>
      </ul>
    </div>
  );
}

export function AdminPage({ tab }) {
  return (
    <section>
      <h1>{L('Quản trị', 'Administration')}</h1>
      <nav class="tabs">
        {tabs.map(([id, label]) => <a key={id} href={`#/admin/${id}`} class={tab === id ? 'active' : ''}>{label()}</a>)}
      </nav>
      {tab === 'organisations' && <OrganisationTree />}
      {tab === 'users' && <UsersAndPositions />}
      {tab === 'calendar' && <CalendarYearView />}
      {tab === 'jobs' && <Jobs />}
      {tab === 'incidents' && <Incidents />}
    </section>
  );
}
