import { useState } from 'preact/hooks';
import { api, get, post } from '../api.js';
import { L, bodyName, bodyOptions } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

function AddPosition({ user, organisations, onChanged, onError }) {
  const [organisationId, setOrganisationId] = useState('');
  const [body, setBody] = useState('');
  async function add(event) {
    event.preventDefault();
    try {
      await post(`/api/admin/users/${encodeURIComponent(user.userId)}/positions`, { organisationId: organisationId || null, body: body || null });
      onChanged();
    } catch (e) { onError(e); }
  }
  return (
    <form class="inline" onSubmit={add}>
      <select value={organisationId} onChange={(e) => setOrganisationId(e.currentTarget.value)} aria-label={L('Tổ chức', 'Organisation')}>
        <option value="">{L('— Tổ chức —', '— Organisation —')}</option>
        {organisations.map((o) => <option key={o.organisationId} value={o.organisationId}>{o.name}</option>)}
      </select>
      <select value={body} onChange={(e) => setBody(e.currentTarget.value)} aria-label={L('Cơ quan', 'Body')}>
        <option value="">{L('— Cơ quan —', '— Body —')}</option>
        {bodyOptions.map((b) => <option key={b} value={b}>{bodyName(b)}</option>)}
      </select>
      <button type="submit">{L('Giao chức vụ', 'Add seat')}</button>
    </form>
  );
}

export function UsersAndPositions() {
  const users = useLoad(() => get('/api/admin/users'), []);
  const organisations = useLoad(() => get('/api/admin/organisations'), []);
  const [error, setError] = useState(null);
  async function remove(user, p) {
    try {
      await api(`/api/admin/users/${encodeURIComponent(user.userId)}/positions?organisationId=${p.organisationId}&body=${encodeURIComponent(p.body)}`, { method: 'DELETE' });
      users.reload();
    } catch (e) { setError(e); }
  }
  if (users.error) return <ErrorBox error={users.error} />;
  return (
    <div>
      <ErrorBox error={error} />
      <table class="wide">
        <thead><tr><th>{L('Người dùng', 'User')}</th><th>{L('Chức vụ', 'Seats')}</th></tr></thead>
        <tbody>
          {(users.data || []).map((u) => (
            <tr key={u.userId}>
              <td><b>{u.displayName}</b><div class="muted">{u.email}{u.isAdministrator && ` · ${L('quản trị', 'administrator')}`}</div></td>
              <td>
                <ul class="plain">
                  {u.positions.map((p) => (
                    <li key={`${p.organisationId}|${p.body}`}>{p.organisationName} — {bodyName(p.body)}
                      <button class="link" onClick={() => remove(u, p)}>{L('Thôi giao', 'Remove')}</button></li>
                  ))}
                </ul>
                <AddPosition user={u} organisations={organisations.data || []} onChanged={users.reload} onError={setError} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
