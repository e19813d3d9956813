using System.Text.Json;
using PartyWorkflows.Web.Features.Tasks;

namespace PartyWorkflows.Web.Features.Messages;

/// <param name="MessageName">The BPMN message name, e.g. <c>newViolation</c>.</param>
/// <param name="BusinessKey">The case's business key: every running case with that key waiting for the message receives it.</param>
public sealed record DeliverMessageRequest(string? MessageName, string? BusinessKey, Dictionary<string, JsonElement>? Variables);

public sealed record DeliverMessageResponse(IReadOnlyList<DeliveredMessage> Delivered);

public sealed record DeliveredMessage(Guid InstanceId, string InstanceStatus, IReadOnlyList<OpenedTask> OpenTasks);
