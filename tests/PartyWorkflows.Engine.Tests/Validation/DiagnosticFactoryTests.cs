using System.Reflection;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Tests.Validation;

/// <summary>Every code has a factory method, and every message exists in both languages.</summary>
public sealed class DiagnosticFactoryTests
{
    private static readonly IReadOnlyList<Diagnostic> AllDiagnostics = typeof(DiagnosticFactory)
        .GetMethods(BindingFlags.Public | BindingFlags.Static)
        .Where(m => m.ReturnType == typeof(Diagnostic))
        .Select(m => (Diagnostic)m.Invoke(null, m.GetParameters().Select(SampleArgument).ToArray())!)
        .ToList();

    [Fact]
    public void Every_code_can_be_built()
    {
        var codes = typeof(DiagnosticCodes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!);
        Assert.Equal(codes.Order(), AllDiagnostics.Select(d => d.Code).Distinct().Order());
    }

    [Fact]
    public void Codes_are_kebab_case()
    {
        Assert.All(AllDiagnostics, d => Assert.Matches("^[a-z]+(-[a-z]+)*$", d.Code));
    }

    [Fact]
    public void Messages_are_given_in_english_and_vietnamese()
    {
        Assert.All(AllDiagnostics, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.MessageEn));
            Assert.False(string.IsNullOrWhiteSpace(d.MessageVi));
            Assert.NotEqual(d.MessageEn, d.MessageVi);
        });
    }

    [Fact]
    public void Vietnamese_uses_proper_diacritics()
    {
        Assert.Equal("Nút 'n1' không thể đạt tới từ sự kiện bắt đầu.", DiagnosticFactory.UnreachableNode("n1", null).MessageVi);
    }

    private static object? SampleArgument(ParameterInfo parameter) => parameter.ParameterType switch
    {
        var t when t == typeof(string) => "x",
        var t when t == typeof(int) => 1,
        var t when t == typeof(SourceLocation?) => new SourceLocation(1, 1),
        var t when t == typeof(ExpectedValue) => ExpectedValue.Boolean,
        var t => throw new NotSupportedException(t.Name),
    };
}
