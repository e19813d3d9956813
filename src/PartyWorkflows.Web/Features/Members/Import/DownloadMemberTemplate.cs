namespace PartyWorkflows.Web.Features.Members.Import;

/// <summary>GET /api/members/import/template: the empty import workbook with the headings the importer reads.</summary>
public static class DownloadMemberTemplate
{
    public static IResult Handle() => TypedResults.File(MemberSheetTemplate.Create(), MemberSheet.ContentType, MemberSheet.TemplateFileName);
}
