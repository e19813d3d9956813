// The files the committees attached to a case. Downloads are logged with a purpose (the dossier is confidential), so the
// purpose is asked here, with a default, and sent with each download link.
import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { L, formatDateTime } from '../i18n.js';
import { ErrorBox, useLoad } from '../components.jsx';
import { formatSize } from '../forms/AttachmentUploads.jsx';

export function CaseAttachments({ instanceId, names }) {
  const attachments = useLoad(() => get(`/api/instances/${instanceId}/attachments`), [instanceId]);
  const [purpose, setPurpose] = useState(L('Xem tài liệu đính kèm hồ sơ', 'View the case attachments'));
  if (attachments.error) return <ErrorBox error={attachments.error} />;
  if (!attachments.data) return null;
  if (attachments.data.length === 0) return <p class="muted">{L('Chưa có tài liệu nào.', 'No file attached.')}</p>;
  const query = `?purpose=${encodeURIComponent(purpose.trim())}`;
  return (
    <div data-testid="case-attachments">
      <label>{L('Mục đích tải (được ghi nhật ký)', 'Purpose of the download (recorded)')}
        <input name="attachment-purpose" value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
      </label>
      <ul class="forms">
        {attachments.data.map((a) => (
          <li key={a.attachmentId}>
            <a href={`/api/attachments/${a.attachmentId}${query}`} download={a.fileName}>{a.fileName}</a>{' '}
            <span class="muted">({formatSize(a.size)}; {names[a.elementId] || a.elementId}; {a.uploadedByName || a.uploadedBy}, {formatDateTime(a.uploadedAt)})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
