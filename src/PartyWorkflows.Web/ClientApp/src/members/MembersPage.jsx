import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { L, formatDate, memberStatusName, memberStatusOptions, standingName } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';
import { organisationChoices } from '../session.js';
import { MemberImport } from './MemberImport.jsx';

const PAGE_SIZE = 20;

function loadMembers(filters, page) {
  const query = new URLSearchParams({ page, pageSize: PAGE_SIZE });
  if (filters.search.trim()) query.set('search', filters.search.trim());
  if (filters.organisationId) query.set('organisationId', filters.organisationId);
  if (filters.status) query.set('status', filters.status);
  return get(`/api/members?${query}`);
}

/** Đảng viên: the members of the organisations the user sits on and below (administrators: all), searched and paged. */
export function MembersPage({ user }) {
  const [filters, setFilters] = useState({ search: '', organisationId: '', status: '' });
  const [applied, setApplied] = useState({ filters, page: 1 });
  const members = useLoad(() => loadMembers(applied.filters, applied.page), [applied]);
  const organisations = useLoad(() => organisationChoices(user), []);
  const set = (name) => (e) => setFilters({ ...filters, [name]: e.currentTarget.value });
  const data = members.data;
  const pages = data ? Math.max(1, Math.ceil(data.total / data.pageSize)) : 1;
  const goTo = (page) => setApplied({ ...applied, page });

  return (
    <section>
      <div class="page-head">
        <h1>{L('Đảng viên', 'Party members')}</h1>
        {data && <span class="counter" data-testid="members-total">{L('Tổng', 'Total')}: <b>{data.total}</b></span>}
      </div>
      {user.isAdministrator && <MemberImport onImported={() => setApplied({ ...applied, page: 1 })} />}
      <form class="filters members-filters" onSubmit={(e) => { e.preventDefault(); setApplied({ filters, page: 1 }); }}>
        <input type="search" name="search" placeholder={L('Tìm theo họ tên, số thẻ đảng viên, mã đảng viên…', 'Search by name, card number, member key…')}
          value={filters.search} onInput={set('search')} />
        <select name="organisationId" value={filters.organisationId} onChange={set('organisationId')}>
          <option value="">{L('Mọi tổ chức', 'All organisations')}</option>
          {(organisations.data || []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
        </select>
        <select name="status" value={filters.status} onChange={set('status')}>
          <option value="">{L('Mọi trạng thái', 'Any status')}</option>
          {memberStatusOptions.map((s) => <option key={s} value={s}>{memberStatusName(s)}</option>)}
        </select>
        <button type="submit" class="primary">{L('Lọc', 'Filter')}</button>
      </form>
      <ErrorBox error={members.error || organisations.error} />
      {data && data.items.length === 0 && <p class="empty" data-testid="members-empty">{L('Không có đảng viên nào.', 'No member found.')}</p>}
      {data && data.items.length > 0 && (
        <ul class="members" data-testid="members">
          {data.items.map((m) => (
            <li key={m.memberKey} class={`member status-${m.status}`} data-testid="member">
              <a class="member-name" href={`#/members/${encodeURIComponent(m.memberKey)}`}>{m.fullName}</a>
              <div class="task-meta">
                <span class="key">{m.memberKey}</span>
                <span>{m.organisationName}</span>
                <span>{memberStatusName(m.status)} · {standingName(m.standing)}</span>
                <span>{L('Sinh ngày', 'Born')} {formatDate(m.birthDate)}</span>
                <span>{L('Vào Đảng', 'Admitted')} {formatDate(m.admittedOn)}</span>
              </div>
            </li>
          ))}
        </ul>
      )}
      {data && pages > 1 && (
        <nav class="pager" aria-label={L('Phân trang', 'Pages')}>
          <button disabled={data.page <= 1} onClick={() => goTo(data.page - 1)}>{L('‹ Trang trước', '‹ Previous')}</button>
          <span data-testid="members-page">{L(`Trang ${data.page} / ${pages}`, `Page ${data.page} of ${pages}`)}</span>
          <button disabled={data.page >= pages} onClick={() => goTo(data.page + 1)}>{L('Trang sau ›', 'Next ›')}</button>
        </nav>
      )}
    </section>
  );
}
