import { useState } from 'preact/hooks';
import { upload } from '../api.js';
import { L } from '../i18n.js';

/** "rows[12].Ngày sinh" → { row: 12, column: 'Ngày sinh' }; other keys (the file as a whole) have no row. */
function importErrors(error) {
  return Object.entries(error.fieldErrors || {}).flatMap(([key, messages]) => {
    const match = /^rows\[(\d+)\]\.(.*)$/.exec(key);
    // The server's message already begins "Dòng 12, cột “Ngày sinh”: "; the table shows those in their own columns.
    return messages.map((message) => (match
      ? { row: Number(match[1]), column: match[2], message: message.replace(/^Dòng \d+, cột “[^”]*”: /, '') }
      : { row: null, column: null, message }));
  }).sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
}

/**
 * Import of the member list from the Excel template (administrators): the whole workbook or nothing. A refused
 * workbook lists every row and column to correct.
 */
export function MemberImport({ onImported }) {
  const [file, setFile] = useState(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState(null);
  const [error, setError] = useState(null);

  async function submit(event) {
    event.preventDefault();
    if (!file) return;
    setBusy(true);
    setResult(null);
    setError(null);
    try {
      setResult(await upload('/api/members/import', file));
      onImported?.();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const errors = error ? importErrors(error) : [];
  return (
    <div class="card import" data-testid="member-import">
      <h2>{L('Nhập danh sách đảng viên từ Excel', 'Import members from Excel')}</h2>
      <p class="muted">
        {L('Điền tệp mẫu (mỗi dòng một đảng viên, mã chi bộ theo cây tổ chức) rồi tải lên. Nếu có dòng sai, không dòng nào được ghi.',
          'Fill in the template (one member a row, cell codes as in the organisation tree) and upload it. If any row is wrong, nothing is written.')}
      </p>
      <form class="inline" onSubmit={submit}>
        <a class="button" href="/api/members/import/template" download>{L('Tải tệp mẫu', 'Download the template')}</a>
        <input type="file" name="file" accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label={L('Tệp Excel', 'Excel file')} onChange={(e) => setFile(e.currentTarget.files[0] || null)} />
        <button type="submit" class="primary" disabled={!file || busy}>{busy ? L('Đang nhập…', 'Importing…') : L('Nhập', 'Import')}</button>
      </form>
      {result && (
        <div class="notice" role="status" data-testid="import-result">
          {L(`Đã nhập: ${result.inserted} đảng viên mới, cập nhật ${result.updated} đảng viên, ghi ${result.cardNumbersRecorded} số thẻ.`,
            `Imported: ${result.inserted} new members, ${result.updated} updated, ${result.cardNumbersRecorded} card numbers recorded.`)}
        </div>
      )}
      {error && (
        <div class="error" role="alert" data-testid="import-errors">
          <strong>{L('Tệp chưa được nhập — không dòng nào được ghi.', 'The workbook was not imported — no row was written.')}</strong>
          {errors.length === 0 && <div>{error.message}</div>}
          {errors.some((e) => e.row === null) && <ul>{errors.filter((e) => e.row === null).map((e) => <li key={e.message}>{e.message}</li>)}</ul>}
          {errors.some((e) => e.row !== null) && (
            <table class="wide import-errors">
              <thead><tr><th>{L('Dòng', 'Row')}</th><th>{L('Cột', 'Column')}</th><th>{L('Lỗi', 'Problem')}</th></tr></thead>
              <tbody>
                {errors.filter((e) => e.row !== null).map((e) => (
                  <tr key={`${e.row}|${e.column}|${e.message}`}>
                    <td>{L(`Dòng ${e.row}`, `Row ${e.row}`)}</td><td>{e.column}</td><td>{e.message}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      )}
    </div>
  );
}
