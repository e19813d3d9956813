import { useEffect, useState } from 'preact/hooks';
import { get } from '../api.js';
import { L } from '../i18n.js';
import { compareVersions } from './bpmnXml.js';

const kinds = { added: ['Thêm mới', 'Added'], removed: ['Bỏ đi', 'Removed'], changed: ['Thay đổi', 'Changed'] };

/** Two versions of a process side by side, element by element. */
export function VersionCompare({ process }) {
  const versions = process.versions.map((v) => v.version);
  const [from, setFrom] = useState(versions[1]);
  const [to, setTo] = useState(versions[0]);
  const [changes, setChanges] = useState(null);
  useEffect(() => {
    const xmlOf = (v) => get(`/api/definitions/${encodeURIComponent(process.processId)}/versions/${v}`);
    Promise.all([xmlOf(from), xmlOf(to)]).then(([a, b]) => setChanges(compareVersions(a, b)));
  }, [process.processId, from, to]);
  const picker = (value, set) => (
    <select value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
      {versions.map((v) => <option key={v} value={v}>{L('Phiên bản', 'Version')} {v}</option>)}
    </select>
  );
  return (
    <div class="compare card">
      <h2>{L('So sánh hai phiên bản', 'Compare two versions')}</h2>
      <div class="toolbar">{picker(from, setFrom)} → {picker(to, setTo)}</div>
      {changes && changes.length === 0 && <p class="muted">{L('Hai phiên bản giống nhau.', 'The versions are the same.')}</p>}
      {changes && changes.length > 0 && (
        <table data-testid="compare">
          <thead><tr><th>{L('Phần tử', 'Element')}</th><th>{L('Thay đổi', 'Change')}</th><th>{L('Chi tiết', 'Details')}</th></tr></thead>
          <tbody>
            {changes.map((c) => (
              <tr key={c.id} class={c.kind}>
                <td><code>{c.id}</code> <span class="muted">{c.type}</span></td>
                <td>{L(...kinds[c.kind])}</td>
                <td>{c.details.map((d) => <div key={d.name}><code>{d.name}</code>: {d.before || '∅'} → {d.after || '∅'}</div>)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
