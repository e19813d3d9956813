using System.Text.Json;
using PartyWorkflows.Documents.Instances;
using PartyWorkflows.Documents.Tests.Reading;

namespace PartyWorkflows.Documents.Tests.Instances;

/// <summary>The forms of a running card-issuance or card-replacement instance, from its variables and how far it has got.</summary>
public sealed class InstanceFormsTests
{
    private static readonly OrganisationChain Chain = new("Chi bộ Giáo viên", "Đảng bộ Trường THPT Phúc Lợi", false, "Đảng ủy phường Phúc Lợi", "Thành ủy Hà Nội");

    private static readonly object[] Members =
    [
        new { memberKey = "dv-0101", fullName = "Nguyễn Thị Hồng Nhung", birthDate = "1990-03-05", hometown = "Phường Phúc Lợi, thành phố Hà Nội", admittedOn = "2025-01-12", fullMemberOn = "2026-01-12", cellName = "Chi bộ Giáo viên" },
        new { memberKey = "dv-0102", fullName = "Trần Đức Mạnh", birthDate = "1988-11-21", hometown = "Xã Đông Hưng, tỉnh Hưng Yên", admittedOn = "2025-02-03", fullMemberOn = "2026-02-03", cellName = "Chi bộ Giáo viên" },
    ];

    private static InstanceFacts Facts(string processId, object variables, params string[] reached) => new(
        processId,
        JsonSerializer.SerializeToElement(variables).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone()),
        reached.ToHashSet(),
        Chain,
        new DateOnly(2026, 3, 20));

    [Fact]
    public void A_card_issuance_offers_each_form_once_the_task_that_makes_it_has_opened()
    {
        var variables = new { provinceCode = "30", members = Members };

        Assert.Empty(InstanceForms.Available(Facts("card-issuance", variables, "cellResolution")));
        Assert.Equal(["1-tdv", "1a-tdv"], InstanceForms.Available(Facts("card-issuance", variables, "cellResolution", "grassrootsList", "superiorList")).Select(f => f.Code));
        Assert.Equal(["1-tdv", "1a-tdv", "8-tdv", "9-tdv"],
            InstanceForms.Available(Facts("card-issuance", variables, "cellResolution", "grassrootsList", "superiorList", "standingDecision", "makeCard", "handOver")).Select(f => f.Code));
        Assert.Empty(InstanceForms.Available(Facts("badge-award", variables, "grassrootsList")));
    }

    [Fact]
    public void The_1_TDV_of_an_instance_prints_its_members_under_the_grassroots_committee()
    {
        var file = InstanceForms.Generate(Facts("card-issuance", new { provinceCode = "30", members = Members }, "grassrootsList"), "1-TDV");

        var sheet = OpenedSheet.Open(Assert.IsType<Layout.FormFile>(file).Content);
        Assert.Equal(["ĐẢNG ỦY PHƯỜNG PHÚC LỢI", "ĐẢNG CỘNG SẢN VIỆT NAM"], sheet.Row(2));
        Assert.Equal("ĐẢNG BỘ TRƯỜNG THPT PHÚC LỢI", sheet[3, 1]);
        Assert.True(sheet.Contains("........, ngày 20 tháng 3 năm 2026"));
        var table = sheet.RowStartingWith("TT");
        Assert.Equal(["2", "Trần Đức Mạnh", "21/11/1988", "Xã Đông Hưng, tỉnh Hưng Yên", "03/02/2025", "03/02/2026", "Chi bộ Giáo viên"], sheet.Row(table + 2));
        Assert.True(sheet.RowOf("T/M ĐẢNG ỦY") > table + 2);
    }

    [Fact]
    public void The_1A_TDV_carries_the_allocated_numbers_only_once_allocate_card_number_has_run()
    {
        var before = InstanceForms.Generate(Facts("card-issuance", new { members = Members }, "superiorList"), "1a-tdv")!;
        var after = InstanceForms.Generate(Facts("card-issuance", new
        {
            members = Members,
            cardNumbers = new Dictionary<string, string> { ["dv-0101"] = "30.000010", ["dv-0102"] = "30.000011" },
            cardNumberScheme = "12-HD/BTCTW",
        }, "superiorList", "makeCard"), "1a-tdv")!;

        var unnumbered = OpenedSheet.Open(before.Content);
        Assert.Equal(string.Empty, unnumbered[unnumbered.RowStartingWith("TT") + 2, 7]);
        var numbered = OpenedSheet.Open(after.Content);
        var table = numbered.RowStartingWith("TT");
        Assert.Equal(("30.000011", "Đảng bộ Trường THPT Phúc Lợi"), (numbered[table + 2, 7], numbered[table + 2, 8]));
        Assert.Equal("BAN TỔ CHỨC", numbered[3, 1]);
    }

    [Fact]
    public void Cases_started_with_member_keys_only_print_the_keys()
    {
        var file = InstanceForms.Generate(Facts("card-issuance", new { memberKeys = new[] { "dv-1", "dv-2" } }, "grassrootsList"), "1-tdv")!;

        var sheet = OpenedSheet.Open(file.Content);
        var table = sheet.RowStartingWith("TT");
        Assert.Equal(["1", "dv-1"], sheet.Row(table + 1));
        Assert.Equal(["2", "dv-2"], sheet.Row(table + 2));
    }

    [Fact]
    public void An_unknown_or_not_yet_reached_form_is_not_generated()
    {
        var facts = Facts("card-issuance", new { members = Members }, "grassrootsList");

        Assert.Null(InstanceForms.Generate(facts, "1a-tdv"));
        Assert.Null(InstanceForms.Generate(facts, "99-tdv"));
    }

    [Fact]
    public void A_lost_card_lists_the_old_number_then_the_decision_and_hand_over_give_the_new_one()
    {
        var member = new
        {
            memberKey = "dv-0102", fullName = "Trần Đức Mạnh", birthDate = "1988-11-21", hometown = "Xã Đông Hưng, tỉnh Hưng Yên",
            admittedOn = "2025-02-03", fullMemberOn = "2026-02-03", cellName = "Chi bộ Giáo viên", cardNumber = "30.000011",
        };
        var facts = Facts("card-replacement", new
        {
            members = new[] { member },
            reason = "lost",
            reasonDetail = "Mất cùng ví khi đi công tác",
            decisionNumber = "45-QĐ/ĐU",
            cardNumbers = new Dictionary<string, string> { ["dv-0102"] = "30.000101" },
            cardNumberScheme = "12-HD/BTCTW",
        }, "selfCriticism", "cellReview", "grassrootsLostList", "superiorLostList", "standingDecision", "makeCard", "handOver");

        Assert.Equal(["2-tdv", "2a-tdv", "4-tdv", "9-tdv"], InstanceForms.Available(facts).Select(f => f.Code));

        var list = OpenedSheet.Open(InstanceForms.Generate(facts, "2a-tdv")!.Content);
        var row = list.RowStartingWith("TT") + 1;
        Assert.Equal(("30.000011", "30.000101", "Mất cùng ví khi đi công tác"), (list[row, 7], list[row, 8], list[row, 9]));

        var decision = OpenedDocument.Open(InstanceForms.Generate(facts, "4-tdv")!.Content);
        Assert.Equal("THÀNH ỦY HÀ NỘI\nĐẢNG ỦY PHƯỜNG PHÚC LỢI\n*\nSố 45-QĐ/ĐU", decision.Tables[0][0][0]);
        Assert.Equal("30.000101", decision.Tables[1][1][4]);

        var handOver = OpenedSheet.Open(InstanceForms.Generate(facts, "9-tdv")!.Content);
        Assert.Equal("30.000101", handOver[handOver.RowStartingWith("TT") + 1, 4]);
    }

    [Fact]
    public void A_damaged_card_keeps_its_number_on_the_3_TDV()
    {
        var facts = Facts("card-replacement", new
        {
            memberKeys = new[] { "dv-0103" },
            cardNumbers = new Dictionary<string, string> { ["dv-0103"] = "30.000012" },
            reason = "damaged",
        }, "grassrootsDamagedList");

        Assert.Equal(["3-tdv"], InstanceForms.Available(facts).Select(f => f.Code));
        var sheet = OpenedSheet.Open(InstanceForms.Generate(facts, "3-tdv")!.Content);
        var row = sheet.RowStartingWith("TT") + 1;
        Assert.Equal(("30.000012", "Bị hỏng thẻ"), (sheet[row, 8], sheet[row, 9]));
    }
}
