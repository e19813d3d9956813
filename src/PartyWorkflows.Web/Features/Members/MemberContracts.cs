namespace PartyWorkflows.Web.Features.Members;

/// <summary>A line of the member list. Status and standing are the stored kebab-case names (active, probationary…).</summary>
public sealed record MemberSummary(
    string MemberKey,
    string FullName,
    DateOnly BirthDate,
    Guid OrganisationId,
    string? OrganisationName,
    string Status,
    string Standing,
    DateOnly AdmittedOn,
    DateOnly? FullMemberOn);

public sealed record MemberPage(int Total, int Page, int PageSize, List<MemberSummary> Items);

/// <summary>
/// The member record: identity and standing, card numbers, the dossier, transfer slips, the cases about the member, and
/// the decisions those cases wrote back (grades by year, status changes).
/// </summary>
public sealed record MemberDetail(
    MemberSummary Member,
    List<MemberCardNumber> CardNumbers,
    MemberDossier? Dossier,
    List<MemberTransferSlip> TransfersIn,
    List<MemberTransferSlip> TransfersOut,
    List<MemberCase> Cases,
    List<MemberGradingEntry> Gradings,
    List<MemberStatusChangeEntry> StatusChanges,
    List<MemberBadgeEntry> Badges,
    List<MemberRewardEntry> Rewards);

/// <summary>An approved annual grade: excellent, good, completed or not-completed.</summary>
public sealed record MemberGradingEntry(int Year, string Grade, Guid DecidedByInstanceId, DateTimeOffset DecidedAt);

/// <summary>A decided status change; <c>from</c> is null when the member was not yet on the list.</summary>
public sealed record MemberStatusChangeEntry(string? From, string To, string Reason, DateOnly EffectiveOn, Guid InstanceId);

/// <summary>A party badge for a milestone of party age; <c>badgeNumber</c> is null when the case carried none.</summary>
public sealed record MemberBadgeEntry(int MilestoneYears, string? BadgeNumber, DateOnly AwardedOn, Guid InstanceId);

/// <summary>An approved reward: award kind certificate or diploma; deciding level grassroots-committee, superior-committee or province.</summary>
public sealed record MemberRewardEntry(string AwardKind, string DecidingLevel, int Year, Guid InstanceId);

public sealed record MemberCardNumber(string Value, string Scheme, DateTimeOffset AllocatedAt);

public sealed record MemberDossier(
    Guid HeldByOrganisationId,
    string? HeldByOrganisationName,
    string Status,
    DateOnly? SubmittedOn,
    DateOnly? ReceivedOn,
    List<MemberDossierDocument> Documents);

public sealed record MemberDossierDocument(string Kind, bool Damaged);

public sealed record MemberTransferSlip(
    string SlipNumber,
    Guid FromOrganisationId,
    Guid ToOrganisationId,
    DateOnly IssuedOn,
    DateOnly? DossierReceivedOn,
    Guid? OverdueCheckInstanceId);

public sealed record MemberCase(
    Guid InstanceId,
    string ProcessId,
    string? BusinessKey,
    string Status,
    DateTimeOffset StartedAt,
    DateTimeOffset? EndedAt);

/// <summary>What an import did: members inserted and updated, card numbers recorded.</summary>
public sealed record MemberImportResult(int Inserted, int Updated, int CardNumbersRecorded);
