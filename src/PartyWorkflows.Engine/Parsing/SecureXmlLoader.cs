using System.Xml;
using System.Xml.Linq;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Loads untrusted XML (files uploaded from the browser designer) with DTDs, entities and external resolution off,
/// a size cap, and line information kept for diagnostics. Every failure becomes a diagnostic, never an exception.
/// </summary>
internal static class SecureXmlLoader
{
    public static XDocument? Load(TextReader source, ParserOptions options, ICollection<Diagnostic> diagnostics)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            MaxCharactersFromEntities = 0,
            MaxCharactersInDocument = options.MaxCharacters,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        using var inspected = new InspectingTextReader(source);
        try
        {
            using var reader = XmlReader.Create(inspected, settings);
            return XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException ex)
        {
            diagnostics.Add(Classify(ex, inspected, options));
            return null;
        }
    }

    private static Diagnostic Classify(XmlException ex, InspectingTextReader inspected, ParserOptions options)
    {
        // Order matters: a huge document is rejected for its size whatever else is wrong with it.
        if (inspected.CharactersRead > options.MaxCharacters)
        {
            return DiagnosticFactory.XmlTooLarge(options.MaxCharacters);
        }
        if (ex.LineNumber == 0 && inspected.DoctypeLocation is { } doctype)
        {
            return DiagnosticFactory.XmlDtdProhibited(doctype);
        }
        SourceLocation? location = ex.LineNumber > 0 ? new SourceLocation(ex.LineNumber, ex.LinePosition) : null;
        return DiagnosticFactory.XmlMalformed(ex.Message, location);
    }
}
