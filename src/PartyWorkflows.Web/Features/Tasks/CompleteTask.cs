using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Persistence.Entities;
using PartyWorkflows.Infrastructure.Workflows.Commands;
using PartyWorkflows.Web.Auth;
using PartyWorkflows.Web.Features.Attachments;
using PartyWorkflows.Web.Features.Tasks.Forms;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Tasks;

/// <summary>
/// POST /api/tasks/{id}/complete: the acting body's decision moves the instance on. Answers with the instance's status
/// and the tasks now open, so the UI can say who acts next. The variables must fit the step's form (an impossible vote
/// count or an unknown decision is a 400 naming the field, and nothing changes). A concurrent completion loses with 409 and writes nothing.
/// </summary>
public static class CompleteTask
{
    public static async Task<Results<Ok<CompleteTaskResponse>, ValidationProblem, ProblemHttpResult>> Handle(
        Guid id, CompleteTaskRequest? request, ClaimsPrincipal user, WorkflowDbContext db, SeatAccess seats,
        WorkflowCommandProcessor processor, CancellationToken cancellationToken)
    {
        var userId = user.UserId();
        var (task, refused) = await ActingBody.OpenAsync(id, userId, db, seats, cancellationToken);
        if (task is null)
        {
            return refused!;
        }

        if (TaskFormCheck.Check(TaskFormCatalogue.For(task.FormKey), request?.Variables) is { Count: > 0 } errors)
        {
            return Problem.Invalid(errors);
        }

        if (await TaskAttachments.ForeignIdsAsync(db, task.Id, request?.Variables, cancellationToken) is { } foreign)
        {
            return Problem.Invalid(TaskAttachments.VariableName, foreign);
        }

        CommandResult result;
        try
        {
            result = await processor.ExecuteAsync(task.InstanceId,
                new Engine.Runtime.Commands.CompleteTask(id, request?.Variables) { Actor = userId }, cancellationToken);
        }
        catch (WorkflowCommandException e) when (e.Rejection == CommandRejection.NotFound)
        {
            // The row was open a moment ago: someone completed it in between, which is a conflict, not a missing task.
            return Problem.Conflict($"Nhiệm vụ '{task.Name}' vừa được đồng chí khác xử lý xong.");
        }

        return TypedResults.Ok(new CompleteTaskResponse(
            StoredNames.Of(result.State.Status), await OpenedTasks.OfAsync(db, result, cancellationToken)));
    }
}
