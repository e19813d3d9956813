// Administration: the organisation tree, users and their seats, the member import, the working-day calendar, scheduled jobs and
// incidents. Every call here is behind the administrator policy on the server as well.
import { L } from '../i18n.js';
import { OrganisationTree } from './OrganisationTree.jsx';
import { UsersAndPositions } from './UsersAndPositions.jsx';
import { CalendarYearView } from './CalendarYearView.jsx';
import { Incidents } from './Incidents.jsx';
import { ScheduledJobs } from './ScheduledJobs.jsx';
import { MemberImport } from '../members/MemberImport.jsx';

const tabs = [
  ['organisations', () => L('Tổ chức đảng', 'Organisations')],
  ['users', () => L('Người dùng và chức vụ', 'Users and positions')],
  ['members', () => L('Nhập đảng viên', 'Member import')],
  ['calendar', () => L('Lịch ngày làm việc', 'Working-day calendar')],
  ['jobs', () => L('Công việc định kỳ', 'Scheduled jobs')],
  ['incidents', () => L('Sự cố', 'Incidents')],
];

export function AdminPage({ tab }) {
  return (
    <section>
      <h1>{L('Quản trị', 'Administration')}</h1>
      <nav class="tabs">
        {tabs.map(([id, label]) => <a key={id} href={`#/admin/${id}`} class={tab === id ? 'active' : ''}>{label()}</a>)}
      </nav>
      {tab === 'organisations' && <OrganisationTree />}
      {tab === 'users' && <UsersAndPositions />}
      {tab === 'members' && <MemberImport />}
      {tab === 'calendar' && <CalendarYearView />}
      {tab === 'jobs' && <ScheduledJobs />}
      {tab === 'incidents' && <Incidents />}
    </section>
  );
}
