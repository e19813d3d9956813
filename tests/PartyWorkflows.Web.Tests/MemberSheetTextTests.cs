using PartyWorkflows.Web.Features.Members;
using PartyWorkflows.Web.Features.Members.Import;

namespace PartyWorkflows.Web.Tests;

/// <summary>The pure pieces of the member search and import: accent folding, date cells, column letters.</summary>
public sealed class MemberSheetTextTests
{
    [Theory]
    [InlineData("Trần Thị Bình", "tran thi binh")]
    [InlineData("ĐỖ VĂN ĐỨC", "do van duc")]
    [InlineData("Nguyễn Hữu Ước", "nguyen huu uoc")]
    public void Folding_drops_case_tones_and_hats(string name, string folded) => Assert.Equal(folded, AccentFolding.Fold(name));

    [Theory]
    [InlineData("45000", 2023, 3, 15)]
    [InlineData("17/05/1990", 1990, 5, 17)]
    [InlineData("7/5/1990", 1990, 5, 7)]
    [InlineData("1990-05-17", 1990, 5, 17)]
    public void Date_cells_are_serial_numbers_or_day_first_text(string text, int year, int month, int day)
    {
        Assert.True(SheetDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("31/02/1990")]
    [InlineData("05/17/1990")]
    [InlineData("0")]
    [InlineData("hôm qua")]
    public void Other_date_texts_are_refused(string text) => Assert.False(SheetDates.TryParse(text, out _));

    [Theory]
    [InlineData(1, "A")]
    [InlineData(26, "Z")]
    [InlineData(27, "AA")]
    [InlineData(703, "AAA")]
    public void Column_letters_go_both_ways(int column, string letters)
    {
        Assert.Equal(letters, SheetColumns.Letters(column));
        Assert.Equal(column, SheetColumns.Of(letters + "12"));
    }
}
