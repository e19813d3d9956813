namespace PartyWorkflows.Engine.Runtime.State;

/// <summary>The call activity (instance and token) that started this instance.</summary>
public sealed record ParentLink(Guid InstanceId, int TokenId);
