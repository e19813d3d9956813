using PartyWorkflows.Engine.Model;

namespace PartyWorkflows.Engine.Parsing;

/// <summary>
/// Passes characters through to the XML reader while counting them and noting where a DOCTYPE starts.
/// XmlReader reports both "too large" and "DTD prohibited" as plain XmlExceptions without a position, so this is
/// how the parser tells them apart from malformed XML and points at the offending declaration.
/// </summary>
internal sealed class InspectingTextReader(TextReader inner) : TextReader
{
    private const string DoctypeMarker = "<!DOCTYPE";

    private int _line = 1;
    private int _column = 1;
    private int _matched;
    private SourceLocation _matchStart;

    public long CharactersRead { get; private set; }

    public SourceLocation? DoctypeLocation { get; private set; }

    public override int Peek() => inner.Peek();

    public override int Read()
    {
        var c = inner.Read();
        if (c >= 0)
        {
            Observe((char)c);
        }
        return c;
    }

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var read = inner.Read(buffer);
        foreach (var c in buffer[..read])
        {
            Observe(c);
        }
        return read;
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }
        base.Dispose(disposing);
    }

    private void Observe(char c)
    {
        CharactersRead++;
        if (DoctypeLocation is null)
        {
            Match(c);
        }
        if (c == '\n')
        {
            _line++;
            _column = 1;
        }
        else
        {
            _column++;
        }
    }

    private void Match(char c)
    {
        if (c == DoctypeMarker[_matched])
        {
            if (_matched == 0)
            {
                _matchStart = new SourceLocation(_line, _column);
            }
            if (++_matched == DoctypeMarker.Length)
            {
                DoctypeLocation = _matchStart;
            }
        }
        else
        {
            // '<' cannot occur inside the marker after its first character, so restarting here is exact.
            _matched = c == '<' ? 1 : 0;
            if (_matched == 1)
            {
                _matchStart = new SourceLocation(_line, _column);
            }
        }
    }
}
