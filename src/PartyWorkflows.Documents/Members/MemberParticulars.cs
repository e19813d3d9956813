namespace PartyWorkflows.Documents.Members;

/// <summary>
/// A member's particulars as the member lists print them (Hướng dẫn 12-HD/BTCTW, seed 000_29c5dfa480f916c0.txt §V: the
/// lists carry who the member is, when they joined and became a full member, and their cell).
/// </summary>
/// <param name="MemberKey">The member's business key in the workflow.</param>
/// <param name="FullMemberOn">Date recognised as a full member (ngày chính thức); null while probationary.</param>
public sealed record MemberParticulars(
    string MemberKey,
    string FullName,
    DateOnly? BirthDate,
    string? Hometown,
    DateOnly? AdmittedOn,
    DateOnly? FullMemberOn,
    string? CellName);
