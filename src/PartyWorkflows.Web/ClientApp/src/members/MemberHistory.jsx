import { L, formatDate, memberGradeName, memberStatusName } from '../i18n.js';

/** What the cases decided about the member: the approved grade of each year and every status change, each with its case. */
export function MemberHistory({ gradings, statusChanges }) {
  return (
    <div class="columns">
      <div class="card" data-testid="member-gradings">
        <h2>{L('Xếp loại chất lượng hằng năm', 'Annual grading')}</h2>
        {gradings.length === 0
          ? <p class="muted">{L('Chưa có kết quả xếp loại được công nhận.', 'No approved grade yet.')}</p>
          : (
            <table class="wide">
              <thead><tr><th>{L('Năm', 'Year')}</th><th>{L('Mức xếp loại', 'Grade')}</th></tr></thead>
              <tbody>
                {gradings.map((g) => (
                  <tr key={g.year}>
                    <td><a href={`#/instances/${g.decidedByInstanceId}`}>{g.year}</a></td>
                    <td>{memberGradeName(g.grade)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </div>
      <div class="card" data-testid="member-status-changes">
        <h2>{L('Thay đổi trạng thái', 'Status changes')}</h2>
        {statusChanges.length === 0
          ? <p class="muted">{L('Chưa có thay đổi trạng thái nào.', 'No status change.')}</p>
          : (
            <table class="wide">
              <thead><tr><th>{L('Từ ngày', 'From')}</th><th>{L('Trạng thái', 'Status')}</th><th>{L('Lý do', 'Reason')}</th></tr></thead>
              <tbody>
                {statusChanges.map((c) => (
                  <tr key={`${c.instanceId}-${c.to}`}>
                    <td><a href={`#/instances/${c.instanceId}`}>{formatDate(c.effectiveOn)}</a></td>
                    <td>{c.from ? `${memberStatusName(c.from)} → ` : ''}{memberStatusName(c.to)}</td>
                    <td>{c.reason}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </div>
    </div>
  );
}
