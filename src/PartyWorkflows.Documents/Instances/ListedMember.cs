using PartyWorkflows.Documents.Members;

namespace PartyWorkflows.Documents.Instances;

/// <summary>A member of the case's list with the number of the card they hold, if the start variables gave it.</summary>
public sealed record ListedMember(MemberParticulars Particulars, string? HeldCardNumber);
