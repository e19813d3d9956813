namespace PartyWorkflows.Engine.Runtime.State;

public static class IncidentKinds
{
    public const string Expression = "expression";
    public const string Handler = "handler";
    public const string RunawayLoop = "runaway-loop";
    public const string NoOutgoingFlow = "no-outgoing-flow";
    public const string UncaughtError = "uncaught-error";
    public const string Timer = "timer";
    public const string Definition = "definition";
}
