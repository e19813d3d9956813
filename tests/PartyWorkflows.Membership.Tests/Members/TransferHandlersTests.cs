using System.Text.Json;
using PartyWorkflows.Engine.Runtime.Handlers;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Members;

/// <summary>The transfer workflow's service tasks read their variables strictly: bad input names the variable and records nothing.</summary>
public sealed class TransferHandlersTests
{
    private readonly RecordingRegister _register = new();

    [Fact]
    public void Record_transfer_slip_passes_the_slip_on()
    {
        var from = Guid.NewGuid();
        var to = Guid.NewGuid();
        new RecordTransferSlipHandler(_register).Execute(Context(
            ("memberKey", "dv-1"), ("fromOrganisationId", from.ToString()), ("toOrganisationId", to.ToString()),
            ("slipNumber", "PB-1"), ("issuedOn", "2026-01-15")));

        Assert.Equal(new TransferSlip("PB-1", "dv-1", from, to, new DateOnly(2026, 1, 15)), Assert.Single(_register.Slips));
    }

    [Theory]
    [InlineData("issuedOn", "15/01/2026")]
    [InlineData("toOrganisationId", "not-an-id")]
    [InlineData("slipNumber", "")]
    public void A_malformed_variable_is_named_and_nothing_is_recorded(string name, string value)
    {
        var variables = new Dictionary<string, object>
        {
            ["memberKey"] = "dv-1", ["fromOrganisationId"] = Guid.NewGuid().ToString(), ["toOrganisationId"] = Guid.NewGuid().ToString(),
            ["slipNumber"] = "PB-1", ["issuedOn"] = "2026-01-15",
        };
        variables[name] = value;

        var error = Assert.Throws<InvalidOperationException>(() =>
            new RecordTransferSlipHandler(_register).Execute(Context([.. variables.Select(v => (v.Key, v.Value))])));
        Assert.Contains(name, error.Message);
        Assert.Empty(_register.Slips);
    }

    [Fact]
    public void Record_dossier_received_needs_the_receipt_date()
    {
        var error = Assert.Throws<InvalidOperationException>(() =>
            new RecordDossierReceivedHandler(_register).Execute(Context(("memberKey", "dv-1"), ("slipNumber", "PB-1"))));
        Assert.Contains("receivedOn", error.Message);
        Assert.Empty(_register.Received);
    }

    private static ServiceTaskContext Context(params (string Name, object Value)[] variables) => new(
        Guid.NewGuid(), "party-transfer", "step", null,
        variables.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value)), DateTimeOffset.UnixEpoch);

    private sealed class RecordingRegister : ITransferSlipRegister
    {
        public List<TransferSlip> Slips { get; } = [];
        public List<(string MemberKey, string SlipNumber, DateOnly ReceivedOn)> Received { get; } = [];

        public void Record(TransferSlip slip) => Slips.Add(slip);

        public void DossierReceived(string memberKey, string slipNumber, DateOnly receivedOn) => Received.Add((memberKey, slipNumber, receivedOn));
    }
}
