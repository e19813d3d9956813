using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace PartyWorkflows.Documents.Tests.Reading;

/// <summary>A generated package must pass the Open XML SDK's schema validation, or Excel and Word would "repair" it.</summary>
internal static class OpenXmlValid
{
    public static void Check(OpenXmlPackage package)
    {
        var errors = new OpenXmlValidator().Validate(package).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }
}
