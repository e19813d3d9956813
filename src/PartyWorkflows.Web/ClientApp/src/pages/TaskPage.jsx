import { useState } from 'preact/hooks';
import { get, post } from '../api.js';
import { L, bodyName, levelName, statusName, formatDateTime } from '../i18n.js';
import { DueBadge, ErrorBox, useLoad } from '../components.jsx';
import { TaskForm } from '../forms/TaskForm.jsx';

function WhatNext({ result }) {
  return (
    <div class="card next" data-testid="what-next" role="status">
      <h2>{L('Đã hoàn thành nhiệm vụ', 'Task completed')}</h2>
      {result.nextTasks.length > 0 ? (
        <>
          <p>{L('Bước tiếp theo:', 'What happens next:')}</p>
          <ul>
            {result.nextTasks.map((t) => (
              <li key={t.taskId}><b>{t.name}</b> — {t.organisationName} ({bodyName(t.body)}) <DueBadge dueAt={t.dueAt} /></li>
            ))}
          </ul>
        </>
      ) : (
        <p>{L('Không còn nhiệm vụ nào mở; hồ sơ: ', 'No task is open now; the case is: ')}<b>{statusName(result.instanceStatus)}</b></p>
      )}
      <a class="button" href="#/">{L('Về hộp việc', 'Back to the inbox')}</a>
    </div>
  );
}

export function TaskPage({ taskId }) {
  const task = useLoad(() => get(`/api/tasks/${taskId}?purpose=${encodeURIComponent('xử lý nhiệm vụ')}`), [taskId]);
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  async function act(path, body) {
    setBusy(true);
    setError(null);
    try {
      const response = await post(`/api/tasks/${taskId}/${path}`, body);
      if (path === 'complete') setResult(response);
      else task.reload();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  if (task.error) return <ErrorBox error={task.error} />;
  if (!task.data) return <p class="loading">{L('Đang tải…', 'Loading…')}</p>;
  const t = task.data;
  return (
    <section>
      <p><a href="#/">← {L('Hộp việc', 'Inbox')}</a></p>
      <h1 data-testid="task-name">{t.name}</h1>
      <dl class="facts">
        <dt>{L('Cấp xử lý', 'Acting body')}</dt><dd>{t.organisationName} — {bodyName(t.body)} ({levelName(t.committeeLevel)})</dd>
        <dt>{L('Hồ sơ', 'Case')}</dt><dd><a href={`#/instances/${t.instanceId}`}>{t.businessKey || t.instanceId}</a> ({t.processId})</dd>
        <dt>{L('Giao lúc', 'Opened')}</dt><dd>{formatDateTime(t.createdAt)}</dd>
        <dt>{L('Thời hạn', 'Deadline')}</dt><dd><DueBadge dueAt={t.dueAt} /></dd>
        <dt>{L('Người nhận xử lý', 'Taken by')}</dt><dd>{t.claimedBy || L('Chưa có', 'Nobody')}</dd>
      </dl>
      <ErrorBox error={error} />
      {result ? <WhatNext result={result} /> : t.status !== 'open' ? (
        <p class="muted">{L('Nhiệm vụ đã kết thúc.', 'This task is closed.')} {t.completedBy} {formatDateTime(t.completedAt)}</p>
      ) : (
        <>
          <div class="actions">
            {t.claimedBy
              ? <button disabled={busy} onClick={() => act('unclaim')}>{L('Trả lại nhiệm vụ', 'Release the task')}</button>
              : <button disabled={busy} onClick={() => act('claim')}>{L('Nhận xử lý', 'Claim')}</button>}
          </div>
          <TaskForm task={t} busy={busy} serverErrors={error?.fieldErrors} onSubmit={(variables) => act('complete', { variables })} />
        </>
      )}
    </section>
  );
}
