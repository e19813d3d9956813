// The approval form's files (photos, a self-criticism…): each chosen file is uploaded to the task at once; the server
// sniffs its type and answers with an id, which the completion cites in its `attachments` variable. Files already
// uploaded to the task (before a reload) are listed again, so they are not lost from the completion.
import { useEffect, useState } from 'preact/hooks';
import { get, upload } from '../api.js';
import { L } from '../i18n.js';

export const formatSize = (bytes) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / (1024 * 1024)).toFixed(1)} MB`);

export function AttachmentUploads({ taskId, instanceId, attachments, setAttachments, setUploading, error }) {
  const [failures, setFailures] = useState([]);

  useEffect(() => {
    get(`/api/instances/${instanceId}/attachments`)
      .then((all) => setAttachments(all.filter((a) => a.taskId === taskId)))
      .catch((e) => setFailures([e.message]));
  }, [taskId]);

  async function choose(event) {
    const files = [...event.currentTarget.files];
    event.currentTarget.value = '';
    setUploading(true);
    const uploaded = [];
    const failed = [];
    for (const file of files) {
      try {
        uploaded.push(await upload(`/api/tasks/${taskId}/attachments`, file));
      } catch (e) {
        failed.push(`${file.name}: ${e.fieldErrors?.file?.join(' ') || e.message}`);
      }
    }
    setAttachments([...attachments, ...uploaded]);
    setFailures(failed);
    setUploading(false);
  }

  return (
    <div class={error ? 'invalid' : ''}>
      <label>{L('Tài liệu kèm theo (ảnh, bản kiểm điểm…; JPEG, PNG, PDF, DOCX, XLSX)', 'Attachments (photos, self-criticism…; JPEG, PNG, PDF, DOCX, XLSX)')}
        <input type="file" name="file" multiple accept=".jpg,.jpeg,.png,.pdf,.docx,.xlsx" onChange={choose} />
      </label>
      {attachments.length > 0 && (
        <ul class="attachments" data-testid="uploaded-attachments">
          {attachments.map((a) => (
            <li key={a.attachmentId}>
              {a.fileName} <span class="muted">({formatSize(a.size)})</span>{' '}
              <button type="button" class="link" onClick={() => setAttachments(attachments.filter((x) => x !== a))}>{L('Bỏ', 'Remove')}</button>
            </li>
          ))}
        </ul>
      )}
      {failures.map((f) => <span key={f} class="field-error" role="alert">{f}</span>)}
      {error && <span class="field-error" role="alert">{error}</span>}
    </div>
  );
}
