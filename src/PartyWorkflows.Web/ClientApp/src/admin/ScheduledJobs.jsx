import { get } from '../api.js';
import { L, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

const names = {
  'workflow-due-timers': ['Quét hẹn giờ đến hạn (bù khi máy chủ ngừng)', 'Due-timer sweep (catch-up after downtime)'],
  'workflow-overdue-tasks': ['Quét nhiệm vụ quá hạn, gửi thông báo', 'Overdue-task sweep and notices'],
};

/** The recurring checks with their schedule; triggering and history stay on the Hangfire dashboard. */
export function ScheduledJobs() {
  const jobs = useLoad(() => get('/api/admin/jobs'), []);
  if (jobs.error) return <ErrorBox error={jobs.error} />;
  if (!jobs.data) return null;
  return (
    <div class="card">
      <p>{L(`${jobs.data.delayedTimers} hẹn giờ của quy trình đang chờ; ${jobs.data.failed} công việc lỗi.`,
        `${jobs.data.delayedTimers} workflow timers waiting; ${jobs.data.failed} failed jobs.`)}</p>
      <table class="wide" data-testid="jobs">
        <thead><tr><th>{L('Công việc', 'Job')}</th><th>{L('Lịch (cron)', 'Schedule (cron)')}</th><th>{L('Lần chạy trước', 'Last run')}</th><th>{L('Lần chạy tới', 'Next run')}</th></tr></thead>
        <tbody>
          {jobs.data.recurring.map((j) => (
            <tr key={j.id}>
              <td><b>{names[j.id] ? L(...names[j.id]) : j.id}</b><div class="muted">{j.id}</div>{j.error && <div class="field-error">{j.error}</div>}</td>
              <td><code>{j.cron}</code> <span class="muted">{j.timeZoneId}</span></td>
              <td>{j.lastExecution ? `${formatDateTime(j.lastExecution + 'Z')} (${j.lastState || ''})` : '—'}</td>
              <td>{j.nextExecution ? formatDateTime(j.nextExecution + 'Z') : '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p><a href="/hangfire" target="_blank" rel="noopener">{L('Mở bảng điều khiển Hangfire (chạy ngay, lịch sử, hẹn giờ)', 'Open the Hangfire dashboard (trigger, history, timers)')}</a></p>
    </div>
  );
}
