using System.Text.Json;

namespace PartyWorkflows.Web.Features.Tasks.Forms;

/// <summary>
/// A cell meeting's count (DESIGN.md "Votes and thresholds"): the cell's full members, those convened, those present,
/// and the ballots for and against. Impossible numbers are refused before the engine sees them, since a gateway would
/// otherwise decide on them. The gateways need agree and their base (fullMembers for the card procedures, convened for
/// the screening votes); the other numbers are checked whenever they are given.
/// </summary>
public static class VoteCount
{
    public const string FullMembers = "fullMembers";
    public const string Convened = "convened";
    public const string Present = "present";
    public const string Agree = "agree";
    public const string Disagree = "disagree";

    private static readonly Dictionary<string, string> Labels = new()
    {
        [FullMembers] = "Số đảng viên chính thức của chi bộ",
        [Convened] = "Số đảng viên chính thức được triệu tập",
        [Present] = "Số đảng viên có mặt",
        [Agree] = "Số phiếu tán thành",
        [Disagree] = "Số phiếu không tán thành",
    };

    /// <summary>Each of these cannot exceed the one before it that was given.</summary>
    private static readonly string[] Attendance = [FullMembers, Convened, Present];

    /// <returns>Errors keyed by variable name; empty when the count is possible.</returns>
    public static Dictionary<string, string[]> Check(IReadOnlyDictionary<string, JsonElement>? variables)
    {
        var errors = new Dictionary<string, string[]>();
        var numbers = new Dictionary<string, int>();
        foreach (var (field, label) in Labels)
        {
            if (variables is null || !variables.TryGetValue(field, out var value))
            {
                continue;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) && number >= 0)
            {
                numbers[field] = number;
            }
            else
            {
                errors[field] = [$"{label} ({field}) phải là số nguyên không âm."];
            }
        }

        if (!numbers.ContainsKey(Agree) && !errors.ContainsKey(Agree))
        {
            errors[Agree] = [$"{Labels[Agree]} ({Agree}) là bắt buộc."];
        }

        if (!numbers.ContainsKey(FullMembers) && !numbers.ContainsKey(Convened) && !errors.ContainsKey(FullMembers))
        {
            errors[FullMembers] = [$"{Labels[FullMembers]} ({FullMembers}) hoặc {Labels[Convened].ToLowerInvariant()} ({Convened}) là bắt buộc."];
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        string? previous = null;
        foreach (var field in Attendance.Where(numbers.ContainsKey))
        {
            if (previous is not null && numbers[field] > numbers[previous])
            {
                errors[field] = [$"{Labels[field]} ({numbers[field]}) không thể lớn hơn {Labels[previous].ToLowerInvariant()} ({numbers[previous]})."];
            }

            previous = field;
        }

        var ballots = numbers[Agree] + numbers.GetValueOrDefault(Disagree);
        if (previous is not null && ballots > numbers[previous])
        {
            errors[Agree] = [$"Tổng phiếu tán thành và không tán thành ({ballots}) không thể lớn hơn {Labels[previous].ToLowerInvariant()} ({numbers[previous]})."];
        }

        return errors;
    }
}
