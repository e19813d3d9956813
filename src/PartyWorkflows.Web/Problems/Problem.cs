using Microsoft.AspNetCore.Http.HttpResults;

namespace PartyWorkflows.Web.Problems;

/// <summary>RFC 7807 responses with a Vietnamese detail; the title comes from <see cref="VietnameseProblemTitles"/>.</summary>
public static class Problem
{
    public static ProblemHttpResult NotFound(string detail) => Of(StatusCodes.Status404NotFound, detail);

    public static ProblemHttpResult Forbidden(string detail) => Of(StatusCodes.Status403Forbidden, detail);

    public static ProblemHttpResult Conflict(string detail) => Of(StatusCodes.Status409Conflict, detail);

    public static ProblemHttpResult Of(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail: detail, statusCode: status, extensions: extensions);

    /// <summary>A 400 naming the offending field, e.g. <c>{"errors": {"processId": ["…"]}}</c>.</summary>
    public static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(new Dictionary<string, string[]> { [field] = [message] }, detail: message);

    public static ValidationProblem Invalid(IDictionary<string, string[]> errors) =>
        TypedResults.ValidationProblem(errors, detail: errors.First().Value[0]);
}
