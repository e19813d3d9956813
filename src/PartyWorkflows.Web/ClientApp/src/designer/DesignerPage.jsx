// The workflow designer for administrators: bpmn-js's modeler (its bpmn.io watermark stays, as its licence requires)
// with the Camunda properties panel and our pw: group; server-side validation marked on the diagram; drafts kept on
// the server and offered when a process is opened; publishing deploys a new version (running instances stay on theirs); two versions compared.
import { useEffect, useRef, useState } from 'preact/hooks';
import BpmnModeler from 'bpmn-js/lib/Modeler';
import { BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule } from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import pwModdle from './pwModdle.json';
import pwPropertiesModule from './pwPropertiesModule.js';
import { ApiError, api, get, post } from '../api.js';
import { L, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';
import { fitWithMargin, mark, unmarkAll } from '../diagram.js';
import { emptyDiagram, withLayout } from './bpmnXml.js';
import { drafts } from './drafts.js';
import { VersionCompare } from './VersionCompare.jsx';
import { RunningInstances } from './RunningInstances.jsx';

function showDiagnostics(modeler, diagnostics) {
  const overlays = modeler.get('overlays');
  overlays.remove({ type: 'pw-diagnostic' });
  unmarkAll(modeler, 'pw-error');
  unmarkAll(modeler, 'pw-warning');
  const registry = modeler.get('elementRegistry');
  for (const d of diagnostics) {
    if (!d.elementId || !registry.get(d.elementId)) continue;
    mark(modeler, [d.elementId], d.severity === 'error' ? 'pw-error' : 'pw-warning');
    const badge = document.createElement('div');
    badge.className = `diagnostic-badge ${d.severity}`;
    badge.textContent = d.severity === 'error' ? '!' : '?';
    badge.title = d.message;
    overlays.add(d.elementId, 'pw-diagnostic', { position: { top: -10, right: 10 }, html: badge });
  }
}

const withSeverity = (result) => [
  ...result.errors.map((d) => ({ ...d, severity: 'error' })),
  ...result.warnings.map((d) => ({ ...d, severity: 'warning' })),
];

export function DesignerPage({ processId, query }) {
  const canvas = useRef(null);
  const panel = useRef(null);
  const modeler = useRef(null);
  const definitions = useLoad(() => get('/api/definitions'), []);
  const [diagnostics, setDiagnostics] = useState([]);
  const [message, setMessage] = useState(null);
  const [error, setError] = useState(null);
  const [draft, setDraft] = useState(null);
  const version = Number(query.get('version')) || null;

  useEffect(() => {
    modeler.current = new BpmnModeler({
      container: canvas.current,
      propertiesPanel: { parent: panel.current },
      additionalModules: [BpmnPropertiesPanelModule, BpmnPropertiesProviderModule, CamundaPlatformPropertiesProviderModule, CamundaBehaviorsModule, pwPropertiesModule],
      moddleExtensions: { camunda: camundaModdle, pw: pwModdle },
    });
    return () => modeler.current.destroy();
  }, []);

  const process = (definitions.data || []).find((d) => d.processId === processId);

  async function open(xml) {
    setDiagnostics([]);
    await modeler.current.importXML(await withLayout(xml));
    fitWithMargin(modeler.current);
  }

  useEffect(() => {
    if (!definitions.data) return;
    // The message stays: publishing itself moves to the new version and its confirmation must remain visible.
    setError(null);
    setDraft(null);
    drafts.load(processId || 'quy-trinh-moi').then(setDraft).catch(setError);
    if (!processId) { open(emptyDiagram('quy-trinh-moi')).catch(setError); return; }
    const chosen = version || process?.latestVersion;
    if (!chosen) { open(emptyDiagram(processId)).catch(setError); return; }
    get(`/api/definitions/${encodeURIComponent(processId)}/versions/${chosen}`).then(open).catch(setError);
  }, [processId, version, definitions.data]);

  const exportXml = async () => (await modeler.current.saveXML({ format: true })).xml;

  async function validate() {
    setError(null);
    try {
      const result = await post('/api/definitions/validate', { xml: await exportXml() });
      const found = withSeverity(result);
      setDiagnostics(found);
      showDiagnostics(modeler.current, found);
      setMessage(result.errors.length === 0 ? L('Không có lỗi; có thể xuất bản.', 'No errors: ready to publish.') : null);
    } catch (e) { setError(e); }
  }

  // Filed under the diagram's own process id, so a renamed new workflow keeps its draft under its new name.
  const diagramProcessId = () => modeler.current.get('canvas').getRootElement().businessObject.id;

  async function saveDraft() {
    setError(null);
    try {
      const saved = await drafts.save(diagramProcessId(), await exportXml());
      const found = withSeverity(saved);
      setDiagnostics(found);
      showDiagnostics(modeler.current, found);
      setMessage(saved.errors.length === 0
        ? L(`Đã lưu bản nháp lúc ${formatDateTime(saved.savedAt)}.`, `Draft saved at ${formatDateTime(saved.savedAt)}.`)
        : L(`Đã lưu bản nháp lúc ${formatDateTime(saved.savedAt)}; còn ${saved.errors.length} lỗi cần sửa trước khi xuất bản.`,
          `Draft saved at ${formatDateTime(saved.savedAt)}; ${saved.errors.length} errors to fix before publishing.`));
    } catch (e) { setError(e); }
  }

  async function openDraft() {
    try {
      await open(draft.xml);
      setMessage(L(`Đang sửa bản nháp lưu lúc ${formatDateTime(draft.savedAt)} bởi ${draft.savedBy}.`,
        `Editing the draft saved at ${formatDateTime(draft.savedAt)} by ${draft.savedBy}.`));
      setDraft(null);
    } catch (e) { setError(e); }
  }

  async function publish() {
    setError(null);
    setMessage(null);
    try {
      const result = await api('/api/definitions', { method: 'POST', body: { xml: await exportXml() } });
      setDiagnostics(result.warnings.map((d) => ({ ...d, severity: 'warning' })));
      setMessage(result.isNewVersion
        ? L(`Đã xuất bản phiên bản ${result.version} của quy trình ${result.processId}.`, `Published version ${result.version} of ${result.processId}.`)
        : L(`Không có thay đổi; phiên bản hiện hành vẫn là ${result.version}.`, `Nothing changed; the current version is still ${result.version}.`));
      await definitions.reload();
      location.hash = `#/designer/${encodeURIComponent(result.processId)}?version=${result.version}`;
    } catch (e) {
      if (e instanceof ApiError && e.status === 422) {
        const found = (e.problem.errors || []).map((d) => ({ ...d, severity: 'error' }));
        setDiagnostics(found);
        showDiagnostics(modeler.current, found);
      }
      setError(e);
    }
  }

  return (
    <section class="designer">
      <div class="page-head">
        <h1>{L('Thiết kế quy trình', 'Workflow designer')}</h1>
        <select aria-label={L('Quy trình', 'Procedure')} value={processId || ''}
          onChange={(e) => { setMessage(null); location.hash = e.currentTarget.value ? `#/designer/${encodeURIComponent(e.currentTarget.value)}` : '#/designer'; }}>
          <option value="">{L('— Quy trình mới —', '— New workflow —')}</option>
          {(definitions.data || []).map((d) => <option key={d.processId} value={d.processId}>{d.name || d.processId}</option>)}
        </select>
      </div>
      {process && (
        <table class="versions" data-testid="versions">
          <thead><tr><th>{L('Phiên bản', 'Version')}</th><th>{L('Người triển khai', 'Deployed by')}</th><th>{L('Thời điểm', 'When')}</th><th>{L('Hồ sơ đang chạy', 'Running cases')}</th><th /></tr></thead>
          <tbody>
            {process.versions.map((v) => (
              <tr key={v.version} class={v.version === (version || process.latestVersion) ? 'current' : ''}>
                <td>{v.version}{v.version === process.latestVersion && <> ({L('hiện hành', 'current')})</>}</td>
                <td>{v.deployedBy}</td><td>{formatDateTime(v.deployedAt)}</td>
                <td data-testid={`running-v${v.version}`}>{v.runningInstances}</td>
                <td><a href={`#/designer/${encodeURIComponent(process.processId)}?version=${v.version}`}>{L('Mở', 'Open')}</a></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {process && <RunningInstances processId={process.processId} latestVersion={process.latestVersion} />}
      <div class="toolbar">
        <button onClick={validate}>{L('Kiểm tra', 'Validate')}</button>
        <button onClick={saveDraft}>{L('Lưu nháp', 'Save draft')}</button>
        <button class="primary" onClick={publish}>{L('Xuất bản phiên bản mới', 'Publish a new version')}</button>
      </div>
      {draft && (
        <div class="notice" data-testid="draft-offer">
          {L(`Có bản nháp lưu lúc ${formatDateTime(draft.savedAt)} bởi ${draft.savedBy}: mở bản nháp?`,
            `There is a draft saved at ${formatDateTime(draft.savedAt)} by ${draft.savedBy}: open it?`)}
          {' '}<button onClick={openDraft}>{L('Mở bản nháp', 'Open draft')}</button>
        </div>
      )}
      {message && <div class="notice" role="status" data-testid="designer-message">{message}</div>}
      <ErrorBox error={error} />
      <div class="modeler">
        <div class="modeler-canvas" ref={canvas} data-testid="modeler" />
        <div class="modeler-panel" ref={panel} />
      </div>
      {diagnostics.length > 0 && (
        <ul class="diagnostics" data-testid="diagnostics">
          {diagnostics.map((d, n) => (
            <li key={n} class={d.severity}>
              <b>{d.code}</b> {d.elementId && <code>{d.elementId}</code>} {d.line ? `(${L('dòng', 'line')} ${d.line})` : ''}: {L(d.message, d.messageEn)}
            </li>
          ))}
        </ul>
      )}
      {process && process.versions.length > 1 && <VersionCompare process={process} />}
    </section>
  );
}
