// Small pieces every page uses: the error box for problem details, the due-date badge.
import { useEffect, useState } from 'preact/hooks';
import { L, formatDate } from './i18n.js';
import { describeDue } from './workingDays.js';

export function ErrorBox({ error }) {
  if (!error) return null;
  const fields = Object.entries(error.fieldErrors || {});
  return (
    <div class="error" role="alert">
      <strong>{error.problem?.title || L('Đã xảy ra lỗi', 'Something went wrong')}</strong>
      <div>{error.message}</div>
      {fields.length > 1 && <ul>{fields.map(([field, messages]) => <li key={field}>{messages.join(' ')}</li>)}</ul>}
    </div>
  );
}

export function DueBadge({ dueAt }) {
  const [due, setDue] = useState(null);
  useEffect(() => {
    let live = true;
    if (dueAt) describeDue(dueAt).then((d) => live && setDue(d)).catch(() => {});
    return () => { live = false; };
  }, [dueAt]);
  if (!dueAt) return <span class="due none">{L('Không có hạn', 'No deadline')}</span>;
  if (!due) return <span class="due">{formatDate(dueAt)}</span>;
  const day = formatDate(due.lastDay + 'T12:00:00+07:00');
  if (due.overdue) {
    return <span class="due overdue" data-testid="due-overdue">{L(`Quá hạn ${due.days} ngày làm việc (hạn ${day})`, `Overdue by ${due.days} working days (due ${day})`)}</span>;
  }
  const text = due.days === 0
    ? L(`Hạn hôm nay (${day})`, `Due today (${day})`)
    : L(`Còn ${due.days} ngày làm việc (hạn ${day})`, `${due.days} working days left (due ${day})`);
  return <span class={due.soon ? 'due soon' : 'due'}>{text}</span>;
}

export function useLoad(load, deps) {
  const [state, setState] = useState({ data: null, error: null, loading: true });
  const reload = () => {
    setState((s) => ({ ...s, loading: true }));
    return load().then(
      (data) => setState({ data, error: null, loading: false }),
      (error) => setState({ data: null, error, loading: false }));
  };
  useEffect(() => { reload(); }, deps);
  return { ...state, reload };
}
