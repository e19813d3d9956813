using Microsoft.AspNetCore.Http.HttpResults;
using PartyWorkflows.Web.Problems;

namespace PartyWorkflows.Web.Features.Calendar;

/// <summary>The years the calendar pages and edits accept.</summary>
public static class CalendarYearRange
{
    public static ValidationProblem? Check(int year) =>
        year is < 2000 or > 2100 ? Problem.Invalid("year", "Năm (year) phải từ 2000 đến 2100.") : null;
}
