using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Instances;

namespace PartyWorkflows.Web.Features.Forms;

/// <summary>
/// GET /api/instances/{instanceId}/forms: the standard forms the case has got far enough to need (none for a process
/// without standard forms), for those who may read its dossier. Lists names only, so no read is logged.
/// </summary>
public static class ListInstanceForms
{
    public static async Task<Results<Ok<IReadOnlyList<FormSummary>>, ProblemHttpResult>> Handle(
        Guid instanceId, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats, TimeProvider time, CancellationToken cancellationToken)
    {
        var (instance, denied) = await DossierAccess.OpenAsync(instanceId, user, db, seats, cancellationToken);
        if (instance is null)
        {
            return denied!;
        }

        var facts = await InstanceFactsLoader.LoadAsync(instance, db, time, cancellationToken);
        IReadOnlyList<FormSummary> forms = [.. InstanceForms.Available(facts).Select(f => new FormSummary(f.Code, f.DisplayTitle, f.FileName, f.ContentType))];
        return TypedResults.Ok(forms);
    }
}
