namespace PartyWorkflows.Infrastructure.Identity;

/// <summary>Application roles. Committee seats are positions, not roles; roles only grant system administration.</summary>
public static class PartyRoles
{
    /// <summary>Deploys definitions, creates users, starts in bulk, cancels instances and retries incidents.</summary>
    public const string Administrator = "administrator";
}
