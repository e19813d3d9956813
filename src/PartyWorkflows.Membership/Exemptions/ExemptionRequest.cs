namespace PartyWorkflows.Membership.Exemptions;

/// <summary>A member's application for exemption from party work and activity, or for its extension.</summary>
/// <param name="Until">Last day of the exemption; none for age and health, which lasts until the member asks to return.</param>
/// <param name="IsExtension">Asks to continue an exemption that is ending ("tiếp tục miễn").</param>
/// <param name="ExtensionVerified">The cell committee has verified and appraised the reason for the extension.</param>
public sealed record ExemptionRequest(
    ExemptionGround Ground,
    DateOnly From,
    DateOnly? Until,
    bool HasMedicalCertificate,
    bool IsExtension,
    bool ExtensionVerified);
