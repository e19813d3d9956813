using System.Buffers;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PartyWorkflows.Engine.Expressions;

/// <summary>Builds JSON elements for primitive script results without a round trip through the JS serializer.</summary>
internal static class JsonPrimitives
{
    // Like JS, integral numbers below 1e21 print as plain digits; larger ones use exponent notation.
    private const double MaxPlainInteger = 1e21;

    // Relaxed escaping keeps Vietnamese text readable in the stored JSON instead of \uXXXX escapes.
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonElement Null { get; } = JsonElement.Parse("null");

    public static JsonElement True { get; } = JsonElement.Parse("true");

    public static JsonElement False { get; } = JsonElement.Parse("false");

    public static JsonElement Number(double value)
    {
        // Same as JSON.stringify: NaN and infinities have no JSON form.
        if (!double.IsFinite(value))
        {
            return Null;
        }

        var buffer = new ArrayBufferWriter<byte>(32);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            // JS has one number type; integral values are written as integers so 3 stays 3 (and -0 becomes 0).
            if (value == 0)
            {
                writer.WriteNumberValue(0);
            }
            else if (Math.Abs(value) < MaxPlainInteger && value == Math.Truncate(value))
            {
                writer.WriteRawValue(value.ToString("F0", CultureInfo.InvariantCulture), skipInputValidation: true);
            }
            else
            {
                writer.WriteNumberValue(value);
            }
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }

    public static JsonElement String(string value)
    {
        var buffer = new ArrayBufferWriter<byte>(value.Length + 2);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStringValue(value);
        }

        return JsonElement.Parse(buffer.WrittenSpan);
    }
}
