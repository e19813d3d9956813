namespace PartyWorkflows.Infrastructure.Workflows;

/// <summary>
/// Someone else changed the same instance (or deployed the same version) first. Nothing of this command was written;
/// hosts map it to 409 and the caller may reload and retry.
/// </summary>
public sealed class ConcurrencyConflictException(string message, Exception? innerException = null) : Exception(message, innerException);
