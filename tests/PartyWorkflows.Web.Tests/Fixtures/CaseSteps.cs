using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;

namespace PartyWorkflows.Web.Tests.Fixtures;

/// <summary>Drives a case over HTTP step by step, as the committee sitting on each task would.</summary>
public static class CaseSteps
{
    /// <summary>Completes the case's open task at <paramref name="elementId"/> as <paramref name="client"/>'s user, who must succeed.</summary>
    public static async Task CompleteAsync(this PostgresWebApp app, HttpClient client, Guid instanceId, string elementId, object variables)
    {
        var taskId = await app.Db(db => db.Tasks.Where(t => t.InstanceId == instanceId && t.ElementId == elementId && t.CompletedAt == null).Select(t => t.Id).SingleAsync());
        var completed = await client.PostAsJsonAsync($"/api/tasks/{taskId}/complete", new { variables });
        Assert.Equal(HttpStatusCode.OK, completed.StatusCode);
    }
}
