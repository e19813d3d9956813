using MassTransit;
using Microsoft.EntityFrameworkCore;
using NSubstitute;
using PartyWorkflows.Infrastructure.Messaging.Consumers;
using PartyWorkflows.Infrastructure.Messaging.Contracts;
using PartyWorkflows.Infrastructure.Tests.Fixtures;

namespace PartyWorkflows.Infrastructure.Tests.Messaging;

public sealed class IdempotentConsumerTests(PostgresDatabase database) : IClassFixture<PostgresDatabase>, IDisposable
{
    private WorkflowHarness Harness { get; } = new(database);

    public void Dispose() => Harness.Dispose();

    [Fact]
    public async Task A_redelivered_message_id_is_ignored_and_a_new_one_is_handled()
    {
        var overdue = new TaskOverdue(Guid.NewGuid(), Guid.NewGuid(), "card", "review", "Chi bộ xem xét", "member-42", Guid.NewGuid(),
            "secretary", new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.FromHours(7)), WorkflowHarness.Monday);
        var messageId = Guid.NewGuid();

        await ConsumeAsync(overdue, messageId);
        await ConsumeAsync(overdue, messageId);

        var notification = await Harness.Db(db => db.Notifications.SingleAsync(n => n.TaskId == overdue.TaskId));
        Assert.Equal("Quá hạn: Chi bộ xem xét (hạn cuối 09/03/2026)", notification.Text);
        Assert.Equal(1, await Harness.Db(db => db.ProcessedMessages.CountAsync(m => m.MessageId == messageId)));

        await ConsumeAsync(overdue, Guid.NewGuid());
        Assert.Equal(2, await Harness.Db(db => db.Notifications.CountAsync(n => n.TaskId == overdue.TaskId)));
    }

    private Task<int> ConsumeAsync(TaskOverdue message, Guid messageId) => Harness.Db(async db =>
    {
        var context = Substitute.For<ConsumeContext<TaskOverdue>>();
        context.Message.Returns(message);
        context.MessageId.Returns(messageId);
        await new TaskOverdueConsumer(db, Harness.Time).Consume(context);
        return 0;
    });
}
