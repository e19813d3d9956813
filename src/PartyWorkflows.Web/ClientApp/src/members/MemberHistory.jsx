import { L, awardKindName, decidingLevelName, formatDate, memberGradeName, memberStatusName } from '../i18n.js';

/**
 * What the cases decided about the member: the approved grade of each year, every status change, the party badges and
 * the rewards, each with its case.
 */
export function MemberHistory({ gradings, statusChanges, badges, rewards }) {
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
      <div class="card" data-testid="member-badges">
        <h2>{L('Huy hiệu Đảng', 'Party badges')}</h2>
        {badges.length === 0
          ? <p class="muted">{L('Chưa được tặng Huy hiệu Đảng.', 'No party badge yet.')}</p>
          : (
            <table class="wide">
              <thead><tr><th>{L('Huy hiệu', 'Badge')}</th><th>{L('Số huy hiệu', 'Badge number')}</th><th>{L('Ngày tặng', 'Awarded on')}</th></tr></thead>
              <tbody>
                {badges.map((b) => (
                  <tr key={b.milestoneYears}>
                    <td><a href={`#/instances/${b.instanceId}`}>{L(`${b.milestoneYears} năm tuổi Đảng`, `${b.milestoneYears} years`)}</a></td>
                    <td>{b.badgeNumber ?? ''}</td>
                    <td>{formatDate(b.awardedOn)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </div>
      <div class="card" data-testid="member-rewards">
        <h2>{L('Khen thưởng', 'Rewards')}</h2>
        {rewards.length === 0
          ? <p class="muted">{L('Chưa có khen thưởng nào.', 'No reward yet.')}</p>
          : (
            <table class="wide">
              <thead><tr><th>{L('Năm', 'Year')}</th><th>{L('Hình thức', 'Award')}</th><th>{L('Cấp quyết định', 'Decided by')}</th></tr></thead>
              <tbody>
                {rewards.map((r) => (
                  <tr key={r.instanceId}>
                    <td><a href={`#/instances/${r.instanceId}`}>{r.year}</a></td>
                    <td>{awardKindName(r.awardKind)}</td>
                    <td>{decidingLevelName(r.decidingLevel)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
      </div>
    </div>
  );
}
