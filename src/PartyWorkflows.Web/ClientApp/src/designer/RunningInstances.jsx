import { get } from '../api.js';
import { L, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';

/** The running cases of a process and the version each keeps until it ends. */
export function RunningInstances({ processId, latestVersion }) {
  const instances = useLoad(() => get(`/api/definitions/${encodeURIComponent(processId)}/instances`), [processId, latestVersion]);
  if (instances.error) return <ErrorBox error={instances.error} />;
  if (!instances.data || instances.data.length === 0) return null;
  return (
    <details class="card">
      <summary>{L(`Hồ sơ đang chạy (${instances.data.length})`, `Running cases (${instances.data.length})`)}</summary>
      <table class="wide" data-testid="running-instances">
        <thead><tr><th>{L('Hồ sơ', 'Case')}</th><th>{L('Tổ chức', 'Organisation')}</th><th>{L('Bắt đầu', 'Started')}</th><th>{L('Phiên bản', 'Version')}</th></tr></thead>
        <tbody>
          {instances.data.map((i) => (
            <tr key={i.instanceId}>
              <td><a href={`#/instances/${i.instanceId}`}>{i.businessKey || i.instanceId}</a></td>
              <td>{i.subjectOrganisationName}</td>
              <td>{formatDateTime(i.startedAt)}</td>
              <td>{i.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
