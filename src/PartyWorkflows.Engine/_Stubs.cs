// TEMPORARY until calendar/expressions branches merge
namespace PartyWorkflows.Engine.Expressions
{
    public static class ExpressionText { public static string Unwrap(string t) => t.Trim(); }
    public sealed class ExpressionException(string m) : Exception(m);
}
