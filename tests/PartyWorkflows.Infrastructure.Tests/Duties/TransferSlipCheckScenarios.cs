using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using PartyWorkflows.Engine.Runtime.State;
using PartyWorkflows.Infrastructure.Duties;
using PartyWorkflows.Infrastructure.Persistence;
using PartyWorkflows.Infrastructure.Tests.Fixtures;
using PartyWorkflows.Membership.Organisations;

namespace PartyWorkflows.Infrastructure.Tests.Duties;

/// <summary>
/// The quarterly transfer-slip check on each provider (seed 000_29c5dfa480f916c0.txt §IV.2, seed
/// 003_8ecac7def258469f.txt §1.3): more than three months without the dossier opens one overdue-transfer instance per
/// slip at the receiving committee, never twice.
/// </summary>
public abstract class TransferSlipCheckScenarios : IAsyncLifetime
{
    /// <summary>Three calendar months before the harness's Monday 2 March 2026 is 2 December 2025.</summary>
    private static readonly DateOnly IssuedOn = new(2025, 12, 3);

    private readonly WorkflowHarness _harness;
    private OrganisationTree _tree = null!;

    protected TransferSlipCheckScenarios(ITestDatabase database) => _harness = DutyHarness.Create(database);

    public async Task InitializeAsync()
    {
        await _harness.DeployAsync("overdue-transfer.bpmn");
        _tree = await OrganisationTree.SeedAsync(_harness);
    }

    public Task DisposeAsync()
    {
        _harness.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_slip_is_flagged_only_after_three_months_and_a_day_and_only_once()
    {
        await new MemberStoreSeed()
            .Member("dv-late", _tree.Cell)
            .Slip("PB-001", "dv-late", _tree.Grassroots, IssuedOn)
            .Slip("PB-002", "dv-received", _tree.Grassroots, IssuedOn.AddMonths(-6), receivedOn: IssuedOn)
            .SaveAsync(_harness);

        // 2 March 2026: three months less a day.
        Assert.Equal(0, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));

        // 3 March: exactly three months is not "more than" three.
        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));

        // 4 March: three months and a day.
        _harness.Time.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));
        var instance = Assert.Single(await SlipInstancesAsync("PB-001"));
        Assert.Equal(_tree.Grassroots, instance.SubjectOrganisationId);
        var slip = await _harness.Db(db => db.TransferSlips.AsNoTracking().SingleAsync(s => s.SlipNumber == "PB-001"));
        Assert.Equal(instance.Id, slip.OverdueCheckInstanceId);

        var task = await _harness.OpenTaskAsync(instance.Id);
        Assert.Equal(("establishReason", _tree.Grassroots), (task.ElementId, task.OrganisationId));
        var state = InstanceStateJson.Deserialize(instance.State);
        Assert.Equal("Đảng viên dv-late", state.Variables["fullName"].GetString());
        Assert.Equal("2025-12-03", state.Variables["issuedOn"].GetString());

        // The next run, and one a quarter later, open nothing new.
        Assert.Equal(0, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));
        _harness.Time.Advance(TimeSpan.FromDays(92));
        Assert.Equal(0, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));
        Assert.Single(await SlipInstancesAsync("PB-001"));
    }

    [Fact]
    public async Task A_run_cut_short_before_marking_the_slip_does_not_open_a_second_instance()
    {
        await new MemberStoreSeed().Slip("PB-101", "dv-unmarked", _tree.Grassroots, IssuedOn.AddMonths(-1)).SaveAsync(_harness);
        await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId);
        var before = await _harness.InstancesAsync(TransferSlipCheckDuty.ProcessId);

        // As if the process had died between the batch's commit and the mark.
        await _harness.Db(db => db.TransferSlips.Where(s => s.SlipNumber == "PB-101")
            .ExecuteUpdateAsync(set => set.SetProperty(s => s.OverdueCheckInstanceId, (Guid?)null)));

        Assert.Equal(0, await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId));
        Assert.Equal(before.Select(i => i.Id), (await _harness.InstancesAsync(TransferSlipCheckDuty.ProcessId)).Select(i => i.Id));
        Assert.NotNull(await _harness.Db(db => db.TransferSlips.Where(s => s.SlipNumber == "PB-101").Select(s => s.OverdueCheckInstanceId).SingleAsync()));
    }

    [Fact]
    public async Task A_good_reason_closes_the_case_and_none_sends_it_to_the_superior_committee_for_name_removal()
    {
        await new MemberStoreSeed()
            .Slip("PB-201", "dv-reason", _tree.Grassroots, IssuedOn.AddMonths(-2))
            .Slip("PB-202", "dv-no-reason", _tree.Grassroots, IssuedOn.AddMonths(-2))
            .SaveAsync(_harness);
        await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId);
        var instances = (await _harness.InstancesAsync(TransferSlipCheckDuty.ProcessId)).ToDictionary(i => i.BusinessKey!);

        var withReason = instances["overdue-transfer/PB-201"].Id;
        await _harness.CompleteOpenTaskAsync(withReason, ("reasonAccepted", true), ("reason", "Đang điều trị dài ngày"));
        var closed = await _harness.Db(db => db.Instances.AsNoTracking().SingleAsync(i => i.Id == withReason));
        Assert.Equal(StoredNames.Of(InstanceStatus.Completed), closed.Status);

        var noReason = instances["overdue-transfer/PB-202"].Id;
        await _harness.CompleteOpenTaskAsync(noReason, ("reasonAccepted", false));
        var review = await _harness.OpenTaskAsync(noReason);
        Assert.Equal(("reviewNameRemoval", _tree.Superior, "standing-committee"), (review.ElementId, review.OrganisationId, review.CommitteeBody));
    }

    [Fact]
    public async Task The_transfer_handlers_record_the_slip_once_and_a_received_dossier_is_never_flagged()
    {
        await _harness.DeployXmlAsync(TransferSteps);
        var variables = Vars.Of(
            ("memberKey", "dv-moving"),
            ("fromOrganisationId", Guid.NewGuid().ToString()),
            ("toOrganisationId", _tree.Cell.ToString()),
            ("slipNumber", "PB-301"),
            ("issuedOn", "2025-10-01"),
            ("receivedOn", "2026-01-15"));

        await _harness.Processor(p => p.StartAsync("transfer-steps-test", _tree.Grassroots, variables));
        await _harness.Processor(p => p.StartAsync("transfer-steps-test", _tree.Grassroots, variables));

        var slip = await _harness.Db(db => db.TransferSlips.AsNoTracking().SingleAsync(s => s.MemberKey == "dv-moving"));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 1, 15), _tree.Cell), (slip.IssuedOn, slip.DossierReceivedOn, slip.ToOrganisationId));

        // The slip names the receiving cell; its grassroots committee keeps the dossier.
        var dossier = await _harness.Db(db => db.Dossiers.AsNoTracking().SingleAsync(d => d.MemberKey == "dv-moving"));
        Assert.Equal((_tree.Grassroots, "held"), (dossier.HeldByOrganisationId, dossier.Status));

        await _harness.RunDutyAsync(TransferSlipCheckDuty.DutyId);
        Assert.DoesNotContain(await _harness.InstancesAsync(TransferSlipCheckDuty.ProcessId), i => i.BusinessKey == "overdue-transfer/PB-301");
    }

    [Fact]
    public async Task A_dossier_received_without_its_slip_on_record_is_an_incident_and_changes_nothing()
    {
        await _harness.DeployXmlAsync(TransferSteps.Replace("transfer-steps-test", "received-only-test").Replace(
            """<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="record" />""",
            """<bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="received" />"""));
        var started = await _harness.Processor(p => p.StartAsync("received-only-test", _tree.Grassroots, Vars.Of(
            ("memberKey", "dv-unknown"), ("slipNumber", "PB-404"), ("receivedOn", "2026-01-15"))));

        Assert.Single(started.State.Incidents);
        Assert.False(await _harness.Db(db => db.Dossiers.AnyAsync(d => d.MemberKey == "dv-unknown")));
    }

    [Fact]
    public async Task A_slip_to_an_unknown_organisation_is_an_incident_and_records_nothing()
    {
        await _harness.DeployXmlAsync(TransferSteps);
        var started = await _harness.Processor(p => p.StartAsync("transfer-steps-test", _tree.Grassroots, Vars.Of(
            ("memberKey", "dv-lost"), ("fromOrganisationId", Guid.NewGuid().ToString()), ("toOrganisationId", Guid.NewGuid().ToString()),
            ("slipNumber", "PB-405"), ("issuedOn", "2025-10-01"), ("receivedOn", "2026-01-15"))));

        Assert.Contains("toOrganisationId", Assert.Single(started.State.Incidents).Message);
        Assert.False(await _harness.Db(db => db.TransferSlips.AnyAsync(s => s.SlipNumber == "PB-405")));
    }

    /// <summary>Facts share the class's database: each looks at its own slips' instances.</summary>
    private async Task<List<Persistence.Entities.InstanceRecord>> SlipInstancesAsync(string slipNumber) =>
        (await _harness.InstancesAsync(TransferSlipCheckDuty.ProcessId)).Where(i => i.BusinessKey == TransferSlipCheckDuty.BusinessKey(slipNumber)).ToList();

    /// <summary>The two service tasks the transfer workflow calls, in a row.</summary>
    private const string TransferSteps = """
        <?xml version="1.0" encoding="UTF-8"?>
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                          id="transfer-steps-test-definitions" targetNamespace="http://partyworkflows.vn/test">
          <bpmn:process id="transfer-steps-test" isExecutable="true">
            <bpmn:startEvent id="start" />
            <bpmn:serviceTask id="record" camunda:type="external" camunda:topic="record-transfer-slip" />
            <bpmn:serviceTask id="received" camunda:type="external" camunda:topic="record-dossier-received" />
            <bpmn:endEvent id="end" />
            <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="record" />
            <bpmn:sequenceFlow id="f2" sourceRef="record" targetRef="received" />
            <bpmn:sequenceFlow id="f3" sourceRef="received" targetRef="end" />
          </bpmn:process>
        </bpmn:definitions>
        """;
}

public sealed class PostgresTransferSlipCheckTests(PostgresDatabase database)
    : TransferSlipCheckScenarios(database), IClassFixture<PostgresDatabase>;

public sealed class SqliteTransferSlipCheckTests(SqliteDatabase database)
    : TransferSlipCheckScenarios(database), IClassFixture<SqliteDatabase>;
