namespace PartyWorkflows.Membership.Organisations;

/// <summary>Who may see and act on a task: only those who sit on the acting body of the acting organisation.</summary>
public static class TaskAuthorization
{
    /// <param name="body">The task's body; null means any body of the organisation may act.</param>
    public static bool CanAct(IEnumerable<Position> positions, Guid organisationId, string? body) =>
        positions.Any(p => p.OrganisationId == organisationId && (body is null || p.Body == body));
}
