using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.CardCheck;

/// <summary>The data of a card check report: who reports, the units' figures in order, who signs.</summary>
/// <param name="Campaign">The line under the title, e.g. "Kiểm tra kỹ thuật thẻ đảng viên lần thứ tư (15/4/2021 – 15/5/2021)".</param>
public sealed record CardCheckReport<TCounts>(FormHeader Header, string Campaign, IReadOnlyList<UnitFigures<TCounts>> Units, IReadOnlyList<FormSignature> Signatures);
