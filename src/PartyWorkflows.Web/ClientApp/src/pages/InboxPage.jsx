import { useState } from 'preact/hooks';
import { get, post } from '../api.js';
import { L, bodyName } from '../i18n.js';
import { DueBadge, ErrorBox, useLoad } from '../components.jsx';
import { dueSoonHorizon } from '../workingDays.js';

const PAGE_SIZE = 200;

async function loadInbox(filters) {
  const query = new URLSearchParams({ pageSize: PAGE_SIZE });
  if (filters.processId) query.set('processId', filters.processId);
  if (filters.organisationId) query.set('organisationId', filters.organisationId);
  if (filters.search.trim()) query.set('search', filters.search.trim());
  if (filters.due === 'overdue') query.set('dueBefore', new Date().toISOString());
  if (filters.due === 'soon') query.set('dueBefore', await dueSoonHorizon());
  return get(`/api/inbox?${query}`);
}

/** Tasks grouped by the acting body: "Chi bộ Giáo viên — Hội nghị chi bộ". */
function groupByBody(items) {
  const groups = new Map();
  for (const item of items) {
    const key = `${item.organisationName || ''}|${item.body || ''}`;
    if (!groups.has(key)) groups.set(key, { organisationName: item.organisationName, body: item.body, items: [] });
    groups.get(key).items.push(item);
  }
  return [...groups.values()];
}

export function InboxPage({ user }) {
  const [filters, setFilters] = useState({ processId: '', organisationId: '', search: '', due: '' });
  const [applied, setApplied] = useState(filters);
  const [actionError, setActionError] = useState(null);
  const inbox = useLoad(() => loadInbox(applied), [applied]);
  const definitions = useLoad(() => get('/api/definitions'), []);
  const organisations = [...new Map(user.seats.map((s) => [s.organisationId, s.organisationName])).entries()];
  const set = (name) => (e) => setFilters({ ...filters, [name]: e.currentTarget.value });

  async function claim(item, release) {
    setActionError(null);
    try {
      await post(`/api/tasks/${item.taskId}/${release ? 'unclaim' : 'claim'}`);
      inbox.reload();
    } catch (e) {
      setActionError(e);
    }
  }

  const data = inbox.data;
  return (
    <section>
      <div class="page-head">
        <h1>{L('Hộp việc', 'Inbox')}</h1>
        {data && (
          <div class="counters">
            <span class="counter" data-testid="count-total">{L('Tổng', 'Total')}: <b>{data.total}</b></span>
            <span class="counter overdue">{L('Quá hạn', 'Overdue')}: <b>{data.overdue}</b></span>
            <span class="counter soon">{L('Sắp đến hạn', 'Due soon')}: <b>{data.dueSoon}</b></span>
          </div>
        )}
      </div>
      {user.seats.length === 0 && !user.isAdministrator && (
        <p class="muted">{L('Tài khoản chưa được giao chức vụ nào nên chưa có nhiệm vụ.', 'Your account holds no seat, so it has no tasks.')}</p>
      )}
      <form class="filters" onSubmit={(e) => { e.preventDefault(); setApplied(filters); }}>
        <input type="search" name="search" placeholder={L('Tìm theo tên, số thẻ đảng viên, mã hồ sơ…', 'Search by name, card number, case key…')}
          value={filters.search} onInput={set('search')} />
        <select name="processId" value={filters.processId} onChange={set('processId')}>
          <option value="">{L('Mọi quy trình', 'All procedures')}</option>
          {(definitions.data || []).map((d) => <option key={d.processId} value={d.processId}>{d.name || d.processId}</option>)}
        </select>
        <select name="organisationId" value={filters.organisationId} onChange={set('organisationId')}>
          <option value="">{L('Mọi tổ chức', 'All organisations')}</option>
          {organisations.map(([id, name]) => <option key={id} value={id}>{name}</option>)}
        </select>
        <select name="due" value={filters.due} onChange={set('due')}>
          <option value="">{L('Mọi thời hạn', 'Any deadline')}</option>
          <option value="overdue">{L('Quá hạn', 'Overdue')}</option>
          <option value="soon">{L('Đến hạn trong 3 ngày làm việc', 'Due within 3 working days')}</option>
        </select>
        <button type="submit" class="primary">{L('Lọc', 'Filter')}</button>
      </form>
      <ErrorBox error={inbox.error || actionError} />
      {data && data.total > data.items.length && (
        <p class="muted">{L(`Hiển thị ${data.items.length} trên ${data.total} nhiệm vụ, sớm đến hạn trước; dùng bộ lọc để thu hẹp.`,
          `Showing ${data.items.length} of ${data.total} tasks, earliest due first; filter to narrow them down.`)}</p>
      )}
      {data && data.items.length === 0 && <p class="empty" data-testid="inbox-empty">{L('Không có nhiệm vụ nào đang chờ.', 'No task is waiting.')}</p>}
      {data && groupByBody(data.items).map((group) => (
        <div class="group" key={`${group.organisationName}|${group.body}`}>
          <h2>{group.organisationName} — {bodyName(group.body)} <span class="badge">{group.items.length}</span></h2>
          <ul class="tasks">
            {group.items.map((item) => (
              <li key={item.taskId} class={item.isOverdue ? 'task overdue' : 'task'} data-testid="inbox-task">
                <a class="task-name" href={`#/tasks/${item.taskId}`}>{item.name}</a>
                <div class="task-meta">
                  <span>{item.processName || item.processId}</span>
                  {item.businessKey && <span class="key">{item.businessKey}</span>}
                  <DueBadge dueAt={item.dueAt} />
                  {item.claimedBy && <span class="claimed">{L('Đang xử lý', 'Taken by')}: {item.claimedBy}</span>}
                </div>
                <div class="task-actions">
                  {item.claimedBy
                    ? <button onClick={() => claim(item, true)}>{L('Trả lại', 'Release')}</button>
                    : <button onClick={() => claim(item, false)}>{L('Nhận xử lý', 'Claim')}</button>}
                  <a class="button primary" href={`#/tasks/${item.taskId}`}>{L('Mở', 'Open')}</a>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
