using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Screening;

/// <summary>A member on a screening list.</summary>
/// <param name="Criterion">The criterion met, in the seed's words (§2.2 for removal, §2.3 for education and help).</param>
/// <param name="VotesInFavour">Secret-ballot votes for listing (step 1) or for removal (step 3); null until the ballot is held.</param>
/// <param name="Helper">The full member assigned to help (step 2); education list only.</param>
public sealed record ScreeningEntry(MemberParticulars Member, string Criterion, int? VotesInFavour, string? Helper = null, string? Note = null);
