// The form of a step, by the kind the server names (GET /api/tasks/{id} → form): a cell meeting's vote, an approval
// (decision, comments, attachments) or a card step showing the allocated numbers.
import { useState } from 'preact/hooks';
import { L } from '../i18n.js';
import { checkVote, voteFields } from './voteRules.js';
import { AttachmentUploads } from './AttachmentUploads.jsx';

const decisionLabels = {
  approve: ['Đồng ý', 'Approve'],
  reject: ['Không đồng ý', 'Reject'],
  return: ['Trả lại để bổ sung, sửa chữa', 'Return for correction'],
  true: ['Đồng ý', 'Approve'],
  false: ['Không đồng ý', 'Reject'],
  lost: ['Mất thẻ', 'Card lost'],
  damaged: ['Thẻ bị hỏng', 'Card damaged'],
};
const decisionLabel = (value) => (decisionLabels[value] ? L(...decisionLabels[value]) : value);

function VoteFields({ values, setValues, errors }) {
  return (
    <fieldset class="vote">
      <legend>{L('Kết quả biểu quyết của chi bộ', "The cell meeting's vote")}</legend>
      {voteFields.map(([field, label]) => (
        <label key={field} class={errors[field] ? 'invalid' : ''}>{label()}
          <input type="number" min="0" step="1" inputMode="numeric" name={field} required
            value={values[field] ?? ''} onInput={(e) => setValues({ ...values, [field]: e.currentTarget.value })} />
          {errors[field] && <span class="field-error" role="alert">{errors[field]}</span>}
        </label>
      ))}
    </fieldset>
  );
}

function DecisionFields({ decision, value, setValue, error }) {
  return (
    <fieldset class={error ? 'invalid' : ''}>
      <legend>{L('Quyết định', 'Decision')}</legend>
      {decision.options.map((option) => (
        <label key={option} class="radio">
          <input type="radio" name="decision" value={option} checked={value === option} onChange={() => setValue(option)} />
          {decisionLabel(option)}
        </label>
      ))}
      {error && <span class="field-error" role="alert">{error}</span>}
    </fieldset>
  );
}

function CardNumbers({ variables }) {
  const numbers = variables.cardNumbers;
  if (!numbers) return <p class="muted">{L('Chưa cấp số thẻ.', 'No card number allocated yet.')}</p>;
  const rows = Array.isArray(numbers) ? numbers.map((n, i) => [i + 1, n]) : Object.entries(numbers);
  return (
    <table class="card-numbers" data-testid="card-numbers">
      <thead><tr><th>{L('Đảng viên', 'Member')}</th><th>{L('Số thẻ đảng viên', 'Card number')}</th></tr></thead>
      <tbody>{rows.map(([member, number]) => <tr key={member}><td>{member}</td><td class="key">{String(number)}</td></tr>)}</tbody>
    </table>
  );
}

const toNumbers = (values) => Object.fromEntries(voteFields.map(([f]) => [f, values[f] === '' || values[f] === undefined ? NaN : Number(values[f])]));

export function TaskForm({ task, onSubmit, serverErrors, busy }) {
  const form = task.form;
  const [vote, setVote] = useState({ fullMembers: task.variables.fullMembers ?? '' });
  const [decision, setDecision] = useState('');
  const [comments, setComments] = useState('');
  const [attachments, setAttachments] = useState([]);
  const [uploading, setUploading] = useState(false);
  const [misprinted, setMisprinted] = useState(false);
  const [errors, setErrors] = useState({});
  const allErrors = { ...errors, ...Object.fromEntries(Object.entries(serverErrors || {}).map(([k, v]) => [k, v.join(' ')])) };

  function submit(event) {
    event.preventDefault();
    const variables = {};
    let found = {};
    if (form.kind === 'vote') {
      const numbers = toNumbers(vote);
      found = checkVote(numbers);
      Object.assign(variables, numbers);
    }
    if (form.decision) {
      if (!decision) found[form.decision.variable] = L('Chọn một quyết định.', 'Choose a decision.');
      variables[form.decision.variable] = form.decision.isBoolean ? decision === 'true' : decision;
    }
    if (task.formKey === 'card-issuance-9-tdv') variables.misprinted = misprinted;
    if (comments.trim()) variables.comments = comments.trim();
    if (attachments.length) variables.attachments = attachments.map((a) => a.attachmentId);
    setErrors(found);
    if (Object.keys(found).length === 0) onSubmit(variables);
  }

  return (
    <form class="task-form card" onSubmit={submit} novalidate>
      {form.kind === 'vote' && <VoteFields values={vote} setValues={setVote} errors={allErrors} />}
      {form.kind === 'card' && <CardNumbers variables={task.variables} />}
      {form.decision && <DecisionFields decision={form.decision} value={decision} setValue={setDecision} error={allErrors[form.decision.variable]} />}
      {task.formKey === 'card-issuance-9-tdv' && (
        <label class="radio"><input type="checkbox" checked={misprinted} onChange={(e) => setMisprinted(e.currentTarget.checked)} />
          {L('Thẻ bị in sai hoặc hỏng, gửi lại để làm lại (giữ nguyên số thẻ)', 'Card misprinted or damaged: send back to be remade (same number)')}</label>
      )}
      <label>{L('Ý kiến', 'Comments')}
        <textarea name="comments" rows="3" value={comments} onInput={(e) => setComments(e.currentTarget.value)} />
      </label>
      {form.kind !== 'vote' && (
        <AttachmentUploads taskId={task.taskId} instanceId={task.instanceId} attachments={attachments} setAttachments={setAttachments}
          setUploading={setUploading} error={allErrors.attachments} />
      )}
      <button type="submit" class="primary" disabled={busy || uploading}>{L('Hoàn thành', 'Complete')}</button>
    </form>
  );
}
