using System.Text.Json;
using System.Text.Json.Serialization;
using PartyWorkflows.Membership.Grading;

namespace PartyWorkflows.Membership.Workflows;

/// <summary>
/// An <see cref="OrganisationScorecard"/> as a form sends it: an object of points by camelCase criterion name
/// (<c>{"politicalTasks": 28, …}</c>). Missing or out-of-range points are refused by the scorecard itself.
/// </summary>
public sealed class OrganisationScorecardJsonConverter : JsonConverter<OrganisationScorecard>
{
    public override OrganisationScorecard Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var byName = JsonSerializer.Deserialize<Dictionary<string, decimal>>(ref reader, options)
            ?? throw new JsonException("Thiếu điểm các tiêu chí.");
        var points = new Dictionary<OrganisationCriterion, decimal>();
        foreach (var (name, given) in byName)
        {
            if (!Enum.TryParse<OrganisationCriterion>(name, ignoreCase: true, out var criterion) || !Enum.IsDefined(criterion))
            {
                throw new JsonException($"Tiêu chí chấm điểm không xác định: {name}.");
            }

            points[criterion] = given;
        }

        return new OrganisationScorecard(points);
    }

    public override void Write(Utf8JsonWriter writer, OrganisationScorecard value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        writer.WriteStartObject();
        foreach (var criterion in OrganisationCriteria.MaxPoints.Keys)
        {
            writer.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(criterion.ToString()), value[criterion]);
        }

        writer.WriteEndObject();
    }
}
