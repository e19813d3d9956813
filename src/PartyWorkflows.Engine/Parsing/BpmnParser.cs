using System.Text;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Turns a BPMN 2.0 file into the immutable model. Input is untrusted (uploaded from the browser designer), so bad
/// input of any kind — malformed, hostile, oversized or unsupported — comes back as diagnostics, never as an exception.
/// </summary>
public static class BpmnParser
{
    public static ParseResult Parse(string xml, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml);
        options ??= ParserOptions.Default;
        // Reject before parsing so an oversized upload costs nothing.
        if (xml.Length > options.MaxCharacters)
        {
            return new ParseResult(null, [DiagnosticFactory.XmlTooLarge(options.MaxCharacters)]);
        }
        return Parse(new StringReader(xml), options);
    }

    /// <summary>
    /// Reads UTF-8, or UTF-16/32 with a byte order mark (what every BPMN modeler writes); the declared encoding of the
    /// XML declaration is not consulted. The stream is left open.
    /// </summary>
    public static ParseResult Parse(Stream stream, ParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var reader = new StreamReader(stream, Encoding.UTF8, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        return Parse(reader, options ?? ParserOptions.Default);
    }

    private static ParseResult Parse(TextReader reader, ParserOptions options)
    {
        var diagnostics = new List<Diagnostic>();
        var document = SecureXmlLoader.Load(reader, options, diagnostics);
        return document is null ? new ParseResult(null, diagnostics) : DefinitionsReader.Read(document);
    }
}
