using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>The card number's written form (seed 000_29c5dfa480f916c0.txt §V.1, Hướng dẫn 12-HD/BTCTW).</summary>
public sealed class CardNumberFormatterTests
{
    private static readonly CardNumberScheme Scheme = CardNumberScheme.Guidance12;

    [Fact]
    public void The_seed_example_is_province_30_sequence_10()
    {
        Assert.Equal("NN.NNNNNN", Scheme.Pattern);
        Assert.Equal("30.000010", CardNumberFormatter.Format(Scheme, "30", 10));
        Assert.True(CardNumberFormatter.TryParse(Scheme, "30.000010", out var province, out var sequence));
        Assert.Equal(("30", 10L), (province, sequence));
    }

    [Theory]
    [InlineData(1, "01.000001")]
    [InlineData(999_999, "01.999999")]
    public void The_range_is_000001_to_999999(long sequence, string expected)
    {
        Assert.Equal(expected, CardNumberFormatter.Format(Scheme, "01", sequence));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    public void A_sequence_outside_the_range_is_an_overflow_error(long sequence)
    {
        var error = Assert.Throws<CardNumberOverflowException>(() => CardNumberFormatter.Format(Scheme, "01", sequence));
        Assert.Equal(sequence, error.Sequence);
    }

    [Theory]
    [InlineData("1")]
    [InlineData("301")]
    [InlineData("3a")]
    public void A_province_code_must_have_the_scheme_digits(string province)
    {
        Assert.Throws<ArgumentException>(() => CardNumberFormatter.Format(Scheme, province, 1));
    }

    [Theory]
    [InlineData("30000010")]
    [InlineData("30.00001")]
    [InlineData("30-000010")]
    [InlineData("3O.000010")]
    [InlineData("30.000000")]
    public void Other_shapes_do_not_parse(string value)
    {
        Assert.False(CardNumberFormatter.TryParse(Scheme, value, out _, out _));
    }

    [Fact]
    public void A_new_scheme_is_data_with_its_own_pattern()
    {
        var exchange = new CardNumberScheme("51-CT/TW", 2, 7, '.', new DateOnly(2025, 9, 1));

        Assert.Equal("NN.NNNNNNN", exchange.Pattern);
        Assert.Equal("30.0000010", CardNumberFormatter.Format(exchange, "30", 10));
        Assert.Equal(9_999_999, exchange.MaxSequence);
    }
}
