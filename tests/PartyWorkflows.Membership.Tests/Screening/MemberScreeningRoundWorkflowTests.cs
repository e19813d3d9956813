using PartyWorkflows.Engine.Runtime.State;

namespace PartyWorkflows.Membership.Tests.Screening;

/// <summary>workflows/member-screening-round.bpmn calling education-then-removal.bpmn per listed member (seed 003 §2.4, §2.3).</summary>
public sealed class MemberScreeningRoundWorkflowTests
{
    private const string Criterion = "Bỏ sinh hoạt đảng hoặc không đóng đảng phí dưới 03 tháng trong năm mà không có lý do chính đáng";

    private readonly RoundEngine _engine = new();

    [Fact]
    public void Each_member_listed_for_education_gets_a_case_of_their_own_found_by_their_key_and_the_round_waits_for_them()
    {
        var round = _engine.Start();
        round = _engine.Complete(round, "cellScreens", ("toEducate", new[]
        {
            Listed("DV-0101", "Nguyễn Văn An"),
            Listed("DV-0102", "Trần Thị Bình"),
        }));
        round = _engine.Complete(round, "grassrootsConsolidates");

        Assert.Contains(round.History, h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "roundClosed");
        var cases = _engine.Host.Instances.Where(i => i.ProcessId == "education-then-removal").ToList();
        Assert.Equal(["education-then-removal/DV-0101/2025", "education-then-removal/DV-0102/2025"], cases.Select(c => c.BusinessKey).Order());
        var first = cases.Single(c => c.BusinessKey == "education-then-removal/DV-0101/2025");
        Assert.Equal(("Nguyễn Văn An", Criterion, false),
            (first.Variables["member"].GetProperty("fullName").GetString(), first.Variables["criterion"].GetString(), first.Variables["grassrootsCell"].GetBoolean()));
        Assert.Equal("draftList", Assert.Single(first.Tasks).ElementId);
        Assert.Equal(InstanceStatus.Running, round.Status);
    }

    [Fact]
    public void A_round_with_nobody_to_educate_ends_when_it_is_reported()
    {
        var round = _engine.Start();
        round = _engine.Complete(round, "cellScreens");
        round = _engine.Complete(round, "grassrootsConsolidates");

        Assert.Equal(InstanceStatus.Completed, round.Status);
        Assert.Contains(round.History, h => h.Kind == HistoryKind.ElementCompleted && h.ElementId == "noneToEducate");
        Assert.DoesNotContain(_engine.Host.Instances, i => i.ProcessId == "education-then-removal");
    }

    private static Dictionary<string, string> Listed(string memberKey, string fullName) => new()
    {
        ["memberKey"] = memberKey, ["fullName"] = fullName, ["birthDate"] = "1980-01-01", ["admittedOn"] = "2010-05-19", ["criterion"] = Criterion,
    };

    private sealed class RoundEngine : ShippedWorkflowEngine
    {
        public RoundEngine()
            : base("member-screening-round.bpmn", new DateTimeOffset(2026, 1, 12, 9, 0, 0, TimeSpan.FromHours(7))) =>
            Deploy("education-then-removal.bpmn");

        public InstanceState Start() =>
            Host.Start("member-screening-round", Vars(("year", 2025), ("members", Array.Empty<object>())), businessKey: "member-screening-round/cell/2025");
    }
}
