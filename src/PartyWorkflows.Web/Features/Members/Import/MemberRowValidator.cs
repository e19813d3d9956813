using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>
/// Checks every row of an import sheet before anything is written, collecting each problem under
/// "rows[N].Heading" (N the Excel row number) so the whole sheet is corrected in one pass.
/// </summary>
/// <param name="cells">Codes of the organisations a member may belong to (cells and chi bộ cơ sở), to their ids.</param>
/// <param name="cardHolders">Card numbers named in the sheet that are already on record, to the member holding them.</param>
public sealed class MemberRowValidator(IReadOnlyDictionary<string, Guid> cells, IReadOnlyDictionary<string, string> cardHolders)
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public IDictionary<string, string[]> Errors => _errors.ToDictionary(e => e.Key, e => e.Value.ToArray());

    public List<ImportedMember> Validate(IReadOnlyList<SheetRow> rows)
    {
        var members = new List<ImportedMember>();
        var keys = new Dictionary<string, int>(StringComparer.Ordinal);
        var cards = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var before = _errors.Count;
            foreach (var heading in MemberSheet.Required.Where(h => row[h] is null))
            {
                Fail(row, heading, "bắt buộc, đang để trống.");
            }

            var key = row[MemberSheet.MemberKey];
            if (key is not null && !keys.TryAdd(key, row.Number))
            {
                Fail(row, MemberSheet.MemberKey, $"mã {key} trùng với dòng {keys[key]}.");
            }

            var organisationId = Cell(row);
            var birth = Date(row, MemberSheet.BirthDate);
            var admitted = Date(row, MemberSheet.AdmittedOn);
            var full = Date(row, MemberSheet.FullMemberOn);
            if (admitted is { } a && full is { } f && f <= a)
            {
                Fail(row, MemberSheet.FullMemberOn, "phải sau ngày vào Đảng.");
            }

            if (birth is { } b && admitted is { } a2 && b >= a2)
            {
                Fail(row, MemberSheet.BirthDate, "phải trước ngày vào Đảng.");
            }

            var card = Card(row, key, cards);
            var status = Status(row);
            if (_errors.Count == before && key is not null && organisationId is { } cell && birth is { } born && admitted is { } admittedOn)
            {
                members.Add(new ImportedMember(row.Number, key, row[MemberSheet.FullName]!, born, cell, admittedOn, full, card, status));
            }
        }

        return members;
    }

    private Guid? Cell(SheetRow row)
    {
        if (row[MemberSheet.CellCode] is not { } code)
        {
            return null;
        }

        if (cells.TryGetValue(code, out var id))
        {
            return id;
        }

        Fail(row, MemberSheet.CellCode, $"không có chi bộ mã {code}.");
        return null;
    }

    private DateOnly? Date(SheetRow row, string heading)
    {
        if (row[heading] is not { } text)
        {
            return null;
        }

        if (SheetDates.TryParse(text, out var date))
        {
            return date;
        }

        Fail(row, heading, $"“{text}” không phải ngày (dd/MM/yyyy).");
        return null;
    }

    /// <summary>Written as Hướng dẫn 12-HD/BTCTW prescribes, e.g. 30.000010 (seed 000_29c5dfa480f916c0.txt §V.1), held by no one else.</summary>
    private string? Card(SheetRow row, string? key, Dictionary<string, int> cards)
    {
        if (row[MemberSheet.CardNumber] is not { } number)
        {
            return null;
        }

        if (!CardNumberFormatter.TryParse(CardNumberScheme.Guidance12, number, out _, out _))
        {
            Fail(row, MemberSheet.CardNumber, $"“{number}” không đúng dạng {CardNumberScheme.Guidance12.Pattern}.");
        }
        else if (!cards.TryAdd(number, row.Number))
        {
            Fail(row, MemberSheet.CardNumber, $"số thẻ {number} trùng với dòng {cards[number]}.");
        }
        else if (cardHolders.TryGetValue(number, out var holder) && holder != key)
        {
            Fail(row, MemberSheet.CardNumber, $"số thẻ {number} đã cấp cho đảng viên {holder}.");
        }

        return number;
    }

    private Membership.Members.MemberStatus? Status(SheetRow row)
    {
        if (row[MemberSheet.Status] is not { } label)
        {
            return null;
        }

        if (MemberStatusLabels.ByLabel.TryGetValue(label, out var status))
        {
            return status;
        }

        Fail(row, MemberSheet.Status, $"“{label}” không phải trạng thái: {string.Join(", ", MemberStatusLabels.ByLabel.Keys)}.");
        return null;
    }

    private void Fail(SheetRow row, string heading, string message)
    {
        var field = $"rows[{row.Number}].{heading}";
        if (!_errors.TryGetValue(field, out var list))
        {
            _errors[field] = list = [];
        }

        list.Add($"Dòng {row.Number}, cột “{heading}”: {message}");
    }
}
