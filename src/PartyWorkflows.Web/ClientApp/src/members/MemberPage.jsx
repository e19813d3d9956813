import { useState } from 'preact/hooks';
import { get } from '../api.js';
import { L, dossierStatusName, formatDate, formatDateTime, memberStatusName, standingName, statusName } from '../i18n.js';
import { ErrorBox } from '../components.jsx';
import { MemberHistory } from './MemberHistory.jsx';

const purposes = [
  ['Xét kết nạp, chuyển đảng chính thức', 'Admission or full membership'],
  ['Chuyển sinh hoạt đảng', 'Transfer of party activity'],
  ['Đánh giá, xếp loại đảng viên', 'Annual grading'],
  ['Kiểm tra, giám sát', 'Inspection'],
  ['Cấp, đổi thẻ đảng viên', 'Card issuance'],
];

/** The member record. The dossier is confidential: the user states why before it loads, and the server logs the read. */
export function MemberPage({ memberKey }) {
  const [purpose, setPurpose] = useState('');
  const [record, setRecord] = useState(null);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  async function open(event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      setRecord(await get(`/api/members/${encodeURIComponent(memberKey)}?purpose=${encodeURIComponent(purpose.trim())}`));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <section>
      <p><a href="#/members">{L('‹ Danh sách đảng viên', '‹ Party members')}</a></p>
      {!record && (
        <form class="card stack" onSubmit={open} data-testid="purpose-form">
          <h1>{L(`Hồ sơ đảng viên ${memberKey}`, `Member record ${memberKey}`)}</h1>
          <p class="muted">{L('Hồ sơ đảng viên được quản lý theo chế độ Mật: mỗi lần xem được ghi lại cùng mục đích xem.',
            'Member dossiers are confidential: every read is recorded with its purpose.')}</p>
          <label>{L('Mục đích xem hồ sơ', 'Purpose of consulting the dossier')}
            <input name="purpose" list="purposes" required value={purpose} onInput={(e) => setPurpose(e.currentTarget.value)} />
            <datalist id="purposes">{purposes.map(([vi, en]) => <option key={vi} value={L(vi, en)} />)}</datalist>
          </label>
          <ErrorBox error={error} />
          <button type="submit" class="primary" disabled={busy || !purpose.trim()}>{L('Xem hồ sơ', 'Open the record')}</button>
        </form>
      )}
      {record && <MemberRecord record={record} purpose={purpose} />}
    </section>
  );
}

function MemberRecord({ record, purpose }) {
  const m = record.member;
  const dossier = record.dossier;
  return (
    <div data-testid="member-record">
      <h1>{m.fullName} <span class="key muted">{m.memberKey}</span></h1>
      <p class="muted">{L('Mục đích xem', 'Purpose')}: {purpose}</p>
      <div class="columns">
        <div class="card">
          <h2>{L('Thông tin đảng viên', 'Member')}</h2>
          <dl class="facts">
            <dt>{L('Ngày sinh', 'Born')}</dt><dd>{formatDate(m.birthDate)}</dd>
            <dt>{L('Chi bộ', 'Cell')}</dt><dd>{m.organisationName}</dd>
            <dt>{L('Trạng thái', 'Status')}</dt><dd data-testid="member-status">{memberStatusName(m.status)}</dd>
            <dt>{L('Đảng viên', 'Standing')}</dt><dd>{standingName(m.standing)}</dd>
            <dt>{L('Ngày vào Đảng', 'Admitted')}</dt><dd>{formatDate(m.admittedOn)}</dd>
            <dt>{L('Ngày chính thức', 'Full member since')}</dt><dd>{m.fullMemberOn ? formatDate(m.fullMemberOn) : '—'}</dd>
          </dl>
          <h2>{L('Số thẻ đảng viên', 'Card numbers')}</h2>
          {record.cardNumbers.length === 0
            ? <p class="muted">{L('Chưa có số thẻ.', 'No card number.')}</p>
            : (
              <ul class="plain" data-testid="card-numbers">
                {record.cardNumbers.map((c) => <li key={c.value}><span class="key">{c.value}</span> <span class="muted">({formatDate(c.allocatedAt)})</span></li>)}
              </ul>
            )}
        </div>
        <div class="card" data-testid="dossier">
          <h2>{L('Hồ sơ đảng viên', 'Dossier')}</h2>
          {!dossier && <p class="muted">{L('Chưa có hồ sơ lưu giữ.', 'No dossier on record.')}</p>}
          {dossier && (
            <>
              <dl class="facts">
                <dt>{L('Nơi lưu giữ', 'Held by')}</dt><dd>{dossier.heldByOrganisationName}</dd>
                <dt>{L('Tình trạng', 'State')}</dt><dd>{dossierStatusName(dossier.status)}</dd>
                {dossier.submittedOn && <><dt>{L('Ngày nộp', 'Submitted')}</dt><dd>{formatDate(dossier.submittedOn)}</dd></>}
                {dossier.receivedOn && <><dt>{L('Ngày nhận', 'Received')}</dt><dd>{formatDate(dossier.receivedOn)}</dd></>}
              </dl>
              <h3>{L('Tài liệu', 'Documents')}</h3>
              {dossier.documents.length === 0 && <p class="muted">{L('Không có tài liệu.', 'No document.')}</p>}
              <ul class="plain documents">
                {dossier.documents.map((d, i) => (
                  <li key={i} class={d.damaged ? 'damaged' : ''}>
                    {d.kind}{d.damaged && <span class="badge" data-testid="damaged">{L('Hư hỏng', 'Damaged')}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      <MemberHistory gradings={record.gradings} statusChanges={record.statusChanges} badges={record.badges} rewards={record.rewards} />
      <Slips title={L('Phiếu chuyển sinh hoạt đến', 'Transfer slips in')} slips={record.transfersIn} />
      <Slips title={L('Phiếu chuyển sinh hoạt đi', 'Transfer slips out')} slips={record.transfersOut} />
      <h2>{L('Hồ sơ công việc', 'Cases')}</h2>
      {record.cases.length === 0
        ? <p class="muted">{L('Chưa có hồ sơ công việc nào về đảng viên này.', 'No case about this member.')}</p>
        : (
          <ul class="plain" data-testid="member-cases">
            {record.cases.map((c) => (
              <li key={c.instanceId}>
                <a href={`#/instances/${c.instanceId}`}>{c.processId}{c.businessKey ? ` — ${c.businessKey}` : ''}</a>{' '}
                <span class="muted">{statusName(c.status)} · {formatDateTime(c.startedAt)}{c.endedAt ? ` → ${formatDateTime(c.endedAt)}` : ''}</span>
              </li>
            ))}
          </ul>
        )}
    </div>
  );
}

function Slips({ title, slips }) {
  if (slips.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <div class="scroll">
        <table class="wide">
          <thead><tr><th>{L('Số phiếu', 'Slip')}</th><th>{L('Ngày cấp', 'Issued')}</th><th>{L('Ngày nhận hồ sơ', 'Dossier received')}</th><th /></tr></thead>
          <tbody>
            {slips.map((s) => (
              <tr key={s.slipNumber}>
                <td class="key">{s.slipNumber}</td>
                <td>{formatDate(s.issuedOn)}</td>
                <td>{s.dossierReceivedOn ? formatDate(s.dossierReceivedOn) : L('Chưa nhận', 'Not yet')}</td>
                <td>{s.overdueCheckInstanceId && <a href={`#/instances/${s.overdueCheckInstanceId}`}>{L('Theo dõi quá hạn', 'Overdue check')}</a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
