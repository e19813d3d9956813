using System.Net;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Documents.Tests.Reading;
using PartyWorkflows.Web.Features.Members.Import;
using PartyWorkflows.Web.Hosting.DemoData;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>Importing members from Excel: a good sheet inserts and updates in one go, a sheet with errors names them and changes nothing.</summary>
public sealed class MemberImportTests(PostgresWebApp app) : IClassFixture<PostgresWebApp>
{
    internal static readonly string[] Headings = [.. MemberSheet.Headings];

    [Fact]
    public async Task A_sheet_inserts_new_members_updates_known_ones_and_records_card_numbers()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var workbook = TestWorkbook.Build(Headings,
            ["Đỗ Thị Hoa", new DateOnly(1990, 5, 17), "DV-1001", "CB-GV-THPT-PL", new DateOnly(2015, 3, 2), new DateOnly(2016, 3, 2), "30.000123", null],
            ["Trần Thị Bình Minh", "26/03/1985", "DV-0002", "CB-KHTN-THCS-PL", "03/02/2012", null, null, "Đang sinh hoạt"]);

        var response = await admin.PostAsync("/api/members/import", TestWorkbook.Upload(workbook));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.JsonAsync();
        Assert.Equal((1, 1, 1), (result.GetProperty("inserted").GetInt32(), result.GetProperty("updated").GetInt32(),
            result.GetProperty("cardNumbersRecorded").GetInt32()));

        var hoa = await app.Db(db => db.Members.SingleAsync(m => m.BusinessKey == "DV-1001"));
        Assert.Equal((new DateOnly(1990, 5, 17), DemoOrganisations.TeachersCell, "full"), (hoa.BirthDate, hoa.OrganisationId, hoa.Standing));
        var binh = await app.Db(db => db.Members.SingleAsync(m => m.BusinessKey == "DV-0002"));
        Assert.Equal(("Trần Thị Bình Minh", DemoOrganisations.ScienceTeachersCell, "probationary"), (binh.FullName, binh.OrganisationId, binh.Standing));

        // The card number finds its member, and the province's counter now runs past it.
        var found = await (await admin.GetAsync("/api/members?search=30.000123")).JsonAsync();
        Assert.Equal("DV-1001", Assert.Single(found.GetProperty("items").EnumerateArray()).GetProperty("memberKey").GetString());
        Assert.Equal(124, await app.Db(db => db.CardNumberSequences.Where(s => s.ProvinceCode == "30").Select(s => s.NextValue).SingleAsync()));
    }

    [Fact]
    public async Task A_sheet_with_errors_in_rows_3_and_5_names_them_and_imports_nothing()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var workbook = TestWorkbook.Build(Headings,
            ["Vũ Văn Giang", "01/01/1980", "DV-2001", "CB-GV-THPT-PL", "01/01/2010", null, null, null],
            ["Vũ Văn Hải", "01/01/1981", "DV-2002", "CB-KHONG-CO", "01/01/2010", null, null, null],
            ["Vũ Văn Khánh", "01/01/1982", "DV-2003", "CB-GV-THPT-PL", "01/01/2010", null, null, null],
            ["Vũ Văn Long", "31/02/1983", "DV-2001", "CB-GV-THPT-PL", "01/01/2010", null, null, null]);

        var response = await admin.PostAsync("/api/members/import", TestWorkbook.Upload(workbook));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.JsonAsync()).GetProperty("errors");
        Assert.Equal(["rows[3].Chi bộ (mã)", "rows[5].Mã đảng viên", "rows[5].Ngày sinh"],
            errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));
        Assert.StartsWith("Dòng 3, cột “Chi bộ (mã)”", errors.GetProperty("rows[3].Chi bộ (mã)")[0].GetString());
        Assert.False(await app.Db(db => db.Members.AnyAsync(m => m.BusinessKey.StartsWith("DV-2"))));
    }

    [Fact]
    public async Task Only_administrators_import_and_a_missing_heading_or_file_is_named()
    {
        var secretary = await app.SignInAsync(DemoAccounts.CellSecretary);
        var workbook = TestWorkbook.Build(Headings, ["Vũ Văn Giang", "01/01/1980", "DV-3001", "CB-GV-THPT-PL", "01/01/2010"]);
        Assert.Equal(HttpStatusCode.Forbidden, (await secretary.PostAsync("/api/members/import", TestWorkbook.Upload(workbook))).StatusCode);

        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var noKey = await admin.PostAsync("/api/members/import",
            TestWorkbook.Upload(TestWorkbook.Build(["Họ và tên", "Ngày sinh"], ["Vũ Văn Giang", "01/01/1980"])));
        Assert.Equal(HttpStatusCode.BadRequest, noKey.StatusCode);
        Assert.Contains("Mã đảng viên", (await noKey.JsonAsync()).GetProperty("errors").GetProperty("file")[0].GetString());
        var notExcel = await admin.PostAsync("/api/members/import", TestWorkbook.Upload("không phải Excel"u8.ToArray()));
        Assert.Equal(HttpStatusCode.BadRequest, notExcel.StatusCode);
        Assert.False(await app.Db(db => db.Members.AnyAsync(m => m.BusinessKey == "DV-3001")));
    }

    [Fact]
    public async Task The_template_opens_with_the_headings()
    {
        var admin = await app.SignInAsync(DemoAccounts.Administrator);
        var response = await admin.GetAsync("/api/members/import/template");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(MemberSheet.ContentType, response.Content.Headers.ContentType?.MediaType);
        var sheet = OpenedSheet.Open(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(Headings, sheet.Row(1));
        Assert.Equal(1, sheet.LastRow);
    }
}
