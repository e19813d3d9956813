using System.Reflection;

namespace PartyWorkflows.Engine.Tests.Parsing.Fixtures;

/// <summary>The .bpmn files next to this class, embedded in the test assembly.</summary>
internal static class FixtureFiles
{
    public const string CardReplacement = "CardReplacement.bpmn";
    public const string CamundaModeler = "CamundaModeler.bpmn";

    public static Stream Open(string name) =>
        Assembly.GetExecutingAssembly().GetManifestResourceStream(typeof(FixtureFiles).Namespace + "." + name)
        ?? throw new FileNotFoundException($"Embedded fixture '{name}' not found.");

    public static string Read(string name)
    {
        using var reader = new StreamReader(Open(name));
        return reader.ReadToEnd();
    }
}
