namespace PartyWorkflows.Web.Auth;

public static class Policies
{
    /// <summary>Holders of the administrator role (PartyRoles.Administrator).</summary>
    public const string Administrator = "administrator";
}
