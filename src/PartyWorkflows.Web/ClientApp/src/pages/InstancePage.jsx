import { useEffect, useRef, useState } from 'preact/hooks';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { ApiError, get } from '../api.js';
import { L, bodyName, statusName, formatDateTime } from '../i18n.js';
import { DueBadge, ErrorBox, useLoad } from '../components.jsx';
import { fitWithMargin, mark } from '../diagram.js';
import { withLayout } from '../designer/bpmnXml.js';
import { CaseAttachments } from './CaseAttachments.jsx';

const actions = {
  'instance-started': ['Khởi tạo hồ sơ', 'Case started'],
  'instance-completed': ['Hồ sơ hoàn thành', 'Case completed'],
  'instance-cancelled': ['Hủy hồ sơ', 'Case cancelled'],
  'instance-failed': ['Hồ sơ bị lỗi', 'Case failed'],
  'task-completed': ['Hoàn thành bước', 'Step completed'],
  'task-unassigned': ['Bước chưa có cấp xử lý', 'Step without an acting body'],
  'incident-raised': ['Phát sinh sự cố', 'Incident raised'],
  'incident-retried': ['Chạy lại bước lỗi', 'Incident retried'],
  'incident-resolved': ['Sự cố đã xử lý', 'Incident resolved'],
  'attachment-uploaded': ['Đính kèm tài liệu', 'File attached'],
};
const actionName = (a) => (actions[a] ? L(...actions[a]) : a);

/** The decision-bearing variables of a timeline entry, e.g. "agree: 5, fullMembers: 6". */
function summarise(data) {
  const variables = data?.variables ?? data;
  if (!variables || typeof variables !== 'object') return '';
  return Object.entries(variables)
    .filter(([, v]) => v === null || typeof v !== 'object')
    .map(([k, v]) => `${k}: ${v}`).join(', ');
}

function Diagram({ instance }) {
  const container = useRef(null);
  const [error, setError] = useState(null);
  useEffect(() => {
    const viewer = new NavigatedViewer({ container: container.current });
    get(`/api/definitions/${encodeURIComponent(instance.processId)}/versions/${instance.version}`)
      .then(withLayout)
      .then((xml) => viewer.importXML(xml))
      .then(() => {
        fitWithMargin(viewer, 20);
        const tasks = instance.tasks;
        mark(viewer, tasks.filter((t) => t.status !== 'open').map((t) => t.elementId), 'pw-done');
        mark(viewer, instance.timeline.map((e) => e.elementId).filter(Boolean), 'pw-done');
        mark(viewer, tasks.filter((t) => t.status === 'open').map((t) => t.elementId), 'pw-active');
        mark(viewer, instance.timers.map((t) => t.elementId), 'pw-waiting');
      })
      .catch(setError);
    return () => viewer.destroy();
  }, [instance.instanceId]);
  return (
    <div>
      <div class="diagram" ref={container} data-testid="instance-diagram" />
      <div class="legend">
        <span class="legend-done">{L('Đã xong', 'Done')}</span>
        <span class="legend-active">{L('Đang xử lý', 'Active')}</span>
        <span class="legend-waiting">{L('Đang chờ (hẹn giờ)', 'Waiting (timer)')}</span>
      </div>
      {error && <div class="error">{String(error.message || error)}</div>}
    </div>
  );
}

function GeneratedForms({ instanceId }) {
  const forms = useLoad(() => get(`/api/instances/${instanceId}/forms`).catch((e) => {
    // The forms endpoint may not be deployed on this server yet: then there is simply nothing to download.
    if (e instanceof ApiError && e.status === 404) return [];
    throw e;
  }), [instanceId]);
  if (forms.error) return <ErrorBox error={forms.error} />;
  if (!forms.data) return null;
  if (forms.data.length === 0) return <p class="muted">{L('Chưa có biểu mẫu nào.', 'No form has been generated.')}</p>;
  return (
    <ul class="forms">
      {forms.data.map((f) => (
        <li key={f.code}><a href={`/api/instances/${instanceId}/forms/${encodeURIComponent(f.code)}`} download={f.fileName}>{f.title}</a> <span class="muted">({f.fileName})</span></li>
      ))}
    </ul>
  );
}

export function InstancePage({ instanceId }) {
  const instance = useLoad(() => get(`/api/instances/${instanceId}?purpose=${encodeURIComponent('xem hồ sơ')}`), [instanceId]);
  if (instance.error) return <ErrorBox error={instance.error} />;
  if (!instance.data) return <p class="loading">{L('Đang tải…', 'Loading…')}</p>;
  const i = instance.data;
  const names = Object.fromEntries(i.tasks.map((t) => [t.elementId, t.name]));
  return (
    <section>
      <h1 data-testid="instance-title">{i.processName || i.processId} — {i.businessKey || i.instanceId}</h1>
      <dl class="facts">
        <dt>{L('Tình trạng', 'Status')}</dt><dd>{statusName(i.status)}{i.endReason ? ` (${i.endReason})` : ''}</dd>
        <dt>{L('Phiên bản quy trình', 'Workflow version')}</dt><dd data-testid="instance-version">{i.version}</dd>
        <dt>{L('Tổ chức', 'Organisation')}</dt><dd>{i.subjectOrganisationName}</dd>
        <dt>{L('Bắt đầu', 'Started')}</dt><dd>{formatDateTime(i.startedAt)}</dd>
      </dl>
      <Diagram instance={i} />
      <div class="columns">
        <div>
          <h2>{L('Nhiệm vụ đang mở', 'Open tasks')}</h2>
          <ul>{i.tasks.filter((t) => t.status === 'open').map((t) => (
            <li key={t.taskId}><a href={`#/tasks/${t.taskId}`}>{t.name}</a> — {t.organisationName} ({bodyName(t.body)}) <DueBadge dueAt={t.dueAt} /></li>
          ))}</ul>
          <h2>{L('Hẹn giờ đang chờ', 'Open timers')}</h2>
          {i.timers.length === 0 ? <p class="muted">{L('Không có.', 'None.')}</p> : (
            <ul>{i.timers.map((t) => <li key={t.timerId}>{t.elementId} ({t.purpose}): {formatDateTime(t.dueAt)}</li>)}</ul>
          )}
          <h2>{L('Biểu mẫu', 'Forms')}</h2>
          <GeneratedForms instanceId={i.instanceId} />
          <h2>{L('Tài liệu đính kèm', 'Attachments')}</h2>
          <CaseAttachments instanceId={i.instanceId} names={names} />
          <details>
            <summary>{L('Dữ liệu hồ sơ', 'Case data')}</summary>
            <pre class="variables">{JSON.stringify(i.variables, null, 2)}</pre>
          </details>
        </div>
        <div>
          <h2>{L('Quá trình xử lý', 'History')}</h2>
          <ol class="timeline" data-testid="timeline">
            {i.timeline.map((e, n) => (
              <li key={n}>
                <time>{formatDateTime(e.at)}</time>
                <b>{actionName(e.action)}</b>{e.elementId && <> — {names[e.elementId] || e.elementId}</>}
                {e.actor && <div>{L('Người thực hiện', 'By')}: {e.actor}</div>}
                {summarise(e.data) && <div class="muted">{summarise(e.data)}</div>}
              </li>
            ))}
          </ol>
        </div>
      </div>
    </section>
  );
}
