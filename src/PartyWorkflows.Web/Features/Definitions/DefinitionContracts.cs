namespace PartyWorkflows.Web.Features.Definitions;

/// <summary>A BPMN 2.0 file sent as JSON (the alternative to an application/xml or text/xml body).</summary>
public sealed record DeployDefinitionRequest(string? Xml);

/// <param name="IsNewVersion">False when the content equals the latest version, which is returned instead.</param>
/// <param name="Warnings">Non-blocking findings of the validator.</param>
public sealed record DeploymentResponse(string ProcessId, int Version, bool IsNewVersion, IReadOnlyList<DiagnosticResponse> Warnings);

/// <summary>One validator finding: its stable code, the BPMN element and line it points at, in both languages.</summary>
public sealed record DiagnosticResponse(string Code, string? ElementId, int? Line, int? Column, string Message, string MessageEn);

public sealed record ProcessSummary(string ProcessId, string? Name, int LatestVersion, IReadOnlyList<VersionSummary> Versions);

/// <param name="DeployedBy">Display name of the deployer, or "system" for start-up deployments.</param>
/// <param name="RunningInstances">Instances still running on this version.</param>
public sealed record VersionSummary(int Version, string? Name, string DeployedBy, DateTimeOffset DeployedAt, int RunningInstances);

/// <param name="Errors">Findings that block publishing.</param>
/// <param name="Warnings">Findings that do not.</param>
public sealed record ValidationResponse(IReadOnlyList<DiagnosticResponse> Errors, IReadOnlyList<DiagnosticResponse> Warnings);

/// <param name="Version">The definition version the case started on and keeps.</param>
public sealed record RunningInstance(Guid InstanceId, string? BusinessKey, int Version, DateTimeOffset StartedAt, string? SubjectOrganisationName);
