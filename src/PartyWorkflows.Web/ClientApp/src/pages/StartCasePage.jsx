import { useState } from 'preact/hooks';
import { get, post } from '../api.js';
import { L, bodyName } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';
import { organisationChoices } from '../session.js';

/** Opens a case about an organisation the user sits on (or, for administrators, any organisation). */
export function StartCasePage({ user }) {
  const definitions = useLoad(() => get('/api/definitions'), []);
  const organisations = useLoad(() => organisationChoices(user), []);
  const [form, setForm] = useState({ processId: '', subjectOrganisationId: '', businessKey: '', variables: '{}' });
  const [error, setError] = useState(null);
  const [started, setStarted] = useState(null);
  const set = (name) => (e) => setForm({ ...form, [name]: e.currentTarget.value });

  async function submit(event) {
    event.preventDefault();
    setError(null);
    let variables;
    try {
      variables = JSON.parse(form.variables || '{}');
    } catch {
      setError({ message: L('Biến hồ sơ phải là JSON hợp lệ.', 'Case variables must be valid JSON.'), fieldErrors: {} });
      return;
    }
    try {
      setStarted(await post('/api/instances', { ...form, businessKey: form.businessKey || null, variables }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section>
      <h1>{L('Mở hồ sơ mới', 'Start a case')}</h1>
      <form class="card stack" onSubmit={submit}>
        <label>{L('Quy trình', 'Procedure')}
          <select name="processId" required value={form.processId} onChange={set('processId')}>
            <option value="">{L('— Chọn —', '— Choose —')}</option>
            {(definitions.data || []).map((d) => <option key={d.processId} value={d.processId}>{d.name || d.processId}</option>)}
          </select>
        </label>
        <label>{L('Tổ chức đảng của hồ sơ', 'Organisation the case is about')}
          <select name="subjectOrganisationId" required value={form.subjectOrganisationId} onChange={set('subjectOrganisationId')}>
            <option value="">{L('— Chọn —', '— Choose —')}</option>
            {(organisations.data || []).map((o) => <option key={o.id} value={o.id}>{o.name}</option>)}
          </select>
        </label>
        <label>{L('Mã hồ sơ (số thẻ, mã đảng viên…)', 'Case key (card number, member key…)')}
          <input name="businessKey" value={form.businessKey} onInput={set('businessKey')} />
        </label>
        <label>{L('Biến hồ sơ (JSON)', 'Case variables (JSON)')}
          <textarea name="variables" rows="4" value={form.variables} onInput={set('variables')} />
        </label>
        <ErrorBox error={error} />
        <button type="submit" class="primary">{L('Mở hồ sơ', 'Start')}</button>
      </form>
      {started && (
        <div class="card next" role="status">
          <p>{L('Đã mở hồ sơ.', 'The case has started.')} <a href={`#/instances/${started.instanceId}`}>{L('Xem hồ sơ', 'View the case')}</a></p>
          <ul>{started.openTasks.map((t) => <li key={t.taskId}>{t.name} — {t.organisationName} ({bodyName(t.body)})</li>)}</ul>
        </div>
      )}
    </section>
  );
}
