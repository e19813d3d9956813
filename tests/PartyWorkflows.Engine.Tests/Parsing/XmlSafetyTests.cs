using System.Text;
using PartyWorkflows.Engine.Model;
using PartyWorkflows.Engine.Parsing;
using PartyWorkflows.Engine.Tests.Parsing.Fixtures;
using PartyWorkflows.Engine.Validation;

namespace PartyWorkflows.Engine.Tests.Parsing;

/// <summary>Hostile or broken uploads come back as diagnostics; nothing is resolved, expanded or thrown.</summary>
public sealed class XmlSafetyTests
{
    [Fact]
    public void Malformed_xml_reports_where_it_broke()
    {
        var result = BpmnParser.Parse("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\">\n  <bpmn:process id=\"p\">\n</bpmn:definitions>");

        Assert.Null(result.Definitions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.XmlMalformed, diagnostic.Code);
        Assert.Equal(3, diagnostic.Location!.Value.Line);
        Assert.True(result.HasErrors);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not xml at all")]
    [InlineData("<a><b></a>")]
    public void Garbage_never_throws(string xml)
    {
        var result = BpmnParser.Parse(xml);
        Assert.Null(result.Definitions);
        Assert.Equal(DiagnosticCodes.XmlMalformed, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void External_entity_is_refused_and_the_file_is_never_read()
    {
        var secretFile = Path.GetTempFileName();
        const string secret = "SECRET-3f9c1b";
        File.WriteAllText(secretFile, secret);
        try
        {
            var xml = $"""
                <?xml version="1.0"?>
                <!DOCTYPE bpmn:definitions [<!ENTITY xxe SYSTEM "{new Uri(secretFile).AbsoluteUri}">]>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL">
                  <bpmn:process id="p" name="&xxe;" />
                </bpmn:definitions>
                """;

            var result = BpmnParser.Parse(xml);

            Assert.Null(result.Definitions);
            var diagnostic = Assert.Single(result.Diagnostics);
            Assert.Equal(DiagnosticCodes.XmlDtdProhibited, diagnostic.Code);
            Assert.Equal(new SourceLocation(2, 1), diagnostic.Location);
            Assert.DoesNotContain(secret, diagnostic.ToString(), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(secretFile);
        }
    }

    [Fact]
    public void Billion_laughs_is_refused_before_any_expansion()
    {
        const string xml = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
              <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
              <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
              <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
              <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
              <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
              <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
              <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
            ]>
            <lolz>&lol9;</lolz>
            """;

        var result = BpmnParser.Parse(xml);

        Assert.Null(result.Definitions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.XmlDtdProhibited, diagnostic.Code);
        Assert.Equal(new SourceLocation(2, 1), diagnostic.Location);
    }

    [Fact]
    public void Undeclared_entity_without_a_dtd_is_malformed()
    {
        var result = BpmnParser.Parse(BpmnSnippets.Process("<bpmn:startEvent id=\"s\" name=\"&xxe;\" />"));
        Assert.Equal(DiagnosticCodes.XmlMalformed, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Oversize_string_is_rejected_before_parsing()
    {
        var xml = BpmnSnippets.Process(BpmnSnippets.StartToEnd);

        var result = BpmnParser.Parse(xml, new ParserOptions { MaxCharacters = xml.Length - 1 });

        Assert.Null(result.Definitions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.XmlTooLarge, diagnostic.Code);
        Assert.Null(diagnostic.Location);
        Assert.Empty(BpmnParser.Parse(xml, new ParserOptions { MaxCharacters = xml.Length }).Diagnostics);
    }

    [Fact]
    public void Oversize_stream_is_cut_off_while_reading()
    {
        // Far beyond the limit, and malformed past it, so only the size check can explain the failure.
        var padding = new string(' ', 200_000);
        var xml = BpmnSnippets.Process(BpmnSnippets.StartToEnd + padding) + "<unclosed>";
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));

        var result = BpmnParser.Parse(stream, new ParserOptions { MaxCharacters = 10_000 });

        Assert.Null(result.Definitions);
        Assert.Equal(DiagnosticCodes.XmlTooLarge, Assert.Single(result.Diagnostics).Code);
    }

    [Fact]
    public void Default_limit_is_five_million_characters()
    {
        Assert.Equal(5_000_000, ParserOptions.Default.MaxCharacters);
        var xml = BpmnSnippets.Process(BpmnSnippets.StartToEnd + new string(' ', 5_000_000));
        Assert.Equal(DiagnosticCodes.XmlTooLarge, Assert.Single(BpmnParser.Parse(xml).Diagnostics).Code);
    }

    [Fact]
    public void Xml_that_is_not_bpmn_is_named()
    {
        var result = BpmnParser.Parse("<definitions xmlns=\"urn:something-else\" />");
        Assert.Null(result.Definitions);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(DiagnosticCodes.NotBpmn, diagnostic.Code);
        Assert.Contains("urn:something-else", diagnostic.MessageEn, StringComparison.Ordinal);
    }

    [Fact]
    public void Definitions_without_a_process_report_no_process()
    {
        var result = BpmnParser.Parse("<bpmn:definitions xmlns:bpmn=\"http://www.omg.org/spec/BPMN/20100524/MODEL\" id=\"d\" />");
        Assert.Empty(result.Definitions!.Processes);
        Assert.Equal(DiagnosticCodes.NoProcess, Assert.Single(result.Diagnostics).Code);
    }
}
