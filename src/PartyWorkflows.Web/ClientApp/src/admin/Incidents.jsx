import { useState } from 'preact/hooks';
import { get, post } from '../api.js';
import { L, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

export function Incidents() {
  const incidents = useLoad(() => get('/api/incidents'), []);
  const [error, setError] = useState(null);
  async function retry(incident) {
    setError(null);
    try {
      await post(`/api/incidents/${incident.incidentId}/retry`);
      incidents.reload();
    } catch (e) { setError(e); }
  }
  if (incidents.error) return <ErrorBox error={incidents.error} />;
  if (!incidents.data) return null;
  return (
    <div>
      <ErrorBox error={error} />
      {incidents.data.length === 0 ? <p class="empty">{L('Không có sự cố nào chưa xử lý.', 'No open incident.')}</p> : (
        <table class="wide">
          <thead><tr><th>{L('Hồ sơ', 'Case')}</th><th>{L('Bước', 'Step')}</th><th>{L('Lỗi', 'Error')}</th><th>{L('Lúc', 'When')}</th><th /></tr></thead>
          <tbody>
            {incidents.data.map((i) => (
              <tr key={i.incidentId}>
                <td><a href={`#/instances/${i.instanceId}`}>{i.businessKey || i.instanceId}</a><div class="muted">{i.processId}</div></td>
                <td><code>{i.elementId}</code></td>
                <td>{i.message}</td>
                <td>{formatDateTime(i.createdAt)}</td>
                <td><button onClick={() => retry(i)}>{L('Chạy lại', 'Retry')}</button></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
