using PartyWorkflows.Engine.Calendar;

namespace PartyWorkflows.Engine.Tests.Calendar;

public class YearScheduleJsonTests
{
    [Fact]
    public void Parses_ranges_and_extra_working_days()
    {
        var schedule = YearScheduleJson.Parse("""
            {
              "year": 2030,
              "source": "test notice",
              "holidays": [ { "name": "Tết", "from": "2030-02-01", "to": "2030-02-03" }, { "from": "2030-09-02" } ],
              "extraWorkingDays": [ "2030-02-09" ]
            }
            """);

        Assert.Equal(2030, schedule.Year);
        Assert.Equal("test notice", schedule.Source);
        Assert.Equal(
            [new DateOnly(2030, 2, 1), new DateOnly(2030, 2, 2), new DateOnly(2030, 2, 3), new DateOnly(2030, 9, 2)],
            schedule.Holidays);
        Assert.Equal([new DateOnly(2030, 2, 9)], schedule.ExtraWorkingDays);
    }

    [Fact]
    public void Parses_an_array_of_schedules()
    {
        var schedules = YearScheduleJson.ParseMany("""
            [ { "year": 2030, "source": "a" }, { "year": 2031, "source": "b", "holidays": [] } ]
            """);

        Assert.Equal([2030, 2031], schedules.Select(s => s.Year));
    }

    [Theory]
    [InlineData("not json", "Invalid year schedule JSON")]
    [InlineData("""{ "source": "x" }""", "\"year\"")]
    [InlineData("""{ "year": 2030 }""", "\"source\"")]
    [InlineData("""{ "year": 2030, "source": "x", "holidays": [ "2030-01-01" ] }""", "\"from\"")]
    [InlineData("""{ "year": 2030, "source": "x", "holidays": [ { "from": "01/01/2030" } ] }""", "yyyy-MM-dd")]
    [InlineData("""{ "year": 2030, "source": "x", "holidays": [ { "from": "2030-01-05", "to": "2030-01-01" } ] }""", "ends before")]
    [InlineData("""{ "year": 2030, "source": "x", "holidays": [ { "from": "2031-01-01" } ] }""", "not in 2030")]
    [InlineData("""{ "year": 2030, "source": "x", "extraWorkingDays": [ "2030-01-07" ] }""", "Monday")]
    [InlineData("""{ "year": 2030, "source": "x", "holidays": [ { "from": "2030-01-05" } ], "extraWorkingDays": [ "2030-01-05" ] }""", "both")]
    public void Rejects_invalid_schedules_with_a_reason(string json, string reason)
    {
        var error = Assert.Throws<FormatException>(() => YearScheduleJson.Parse(json));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }
}
