using PartyWorkflows.Documents.Layout;

namespace PartyWorkflows.Documents.Instances;

/// <summary>
/// Who issues and signs each card form of a case, from the case's organisation chain: the grassroots committee its
/// list (1/2/3-TĐV), the superior's organization department its consolidated lists and books (1A/2A/3A/8/9-TĐV), the
/// superior's standing committee the decision (4-TĐV), seed 000_29c5dfa480f916c0.txt §V.2–3. The place is left to be
/// written by hand: the tree does not record it.
/// </summary>
internal static class CardCaseSignatories
{
    /// <summary>Dots for what the organisation tree does not record, to be written by hand.</summary>
    internal const string Unknown = "........";

    public static FormHeader Grassroots(InstanceFacts facts) =>
        new(facts.Organisations.Superior, facts.Organisations.Grassroots ?? Unknown, null, facts.Today);

    public static FormHeader Department(InstanceFacts facts) =>
        new(facts.Organisations.Superior, "Ban Tổ chức", null, facts.Today);

    public static FormHeader StandingCommittee(InstanceFacts facts, string? decisionNumber) =>
        new(facts.Organisations.Province, facts.Organisations.Superior ?? Unknown, null, facts.Today, $"Số {decisionNumber ?? Unknown}");

    public static IReadOnlyList<FormSignature> GrassrootsSignature(InstanceFacts facts) =>
        [new(facts.Organisations.GrassrootsIsCell ? "T/M CHI BỘ" : "T/M ĐẢNG ỦY", "BÍ THƯ")];

    public static IReadOnlyList<FormSignature> DepartmentSignature => [new(null, "TRƯỞNG BAN")];

    public static IReadOnlyList<FormSignature> StandingCommitteeSignature => [new("T/M BAN THƯỜNG VỤ", "BÍ THƯ")];

    /// <summary>9-TĐV: the department hands over, the grassroots committee receives.</summary>
    public static IReadOnlyList<FormSignature> HandOver => [new(null, "NGƯỜI GIAO"), new(null, "NGƯỜI NHẬN")];
}
