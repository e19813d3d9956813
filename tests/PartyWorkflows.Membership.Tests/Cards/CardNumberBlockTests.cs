using PartyWorkflows.Membership.Cards;
using PartyWorkflows.Membership.Members;

namespace PartyWorkflows.Membership.Tests.Cards;

/// <summary>Contiguous blocks per province in order of receipt (seed 000_29c5dfa480f916c0.txt §V.1).</summary>
public sealed class CardNumberBlockTests
{
    private static readonly CardNumberScheme Scheme = CardNumberScheme.Guidance12;

    [Fact]
    public void Lists_from_different_districts_share_the_province_sequence_in_order_of_receipt()
    {
        var source = new InMemoryCardNumberSource();

        var first = source.Allocate("30", Scheme, ["a", "b"], Guid.NewGuid());
        var second = source.Allocate("30", Scheme, ["c"], Guid.NewGuid());
        var otherProvince = source.Allocate("29", Scheme, ["d"], Guid.NewGuid());

        Assert.Equal(["30.000001", "30.000002"], first);
        Assert.Equal(["30.000003"], second);
        Assert.Equal(["29.000001"], otherProvince);
    }

    [Fact]
    public void A_block_past_999999_is_an_error_and_takes_nothing()
    {
        Assert.Throws<CardNumberOverflowException>(() => CardNumberBlock.Numbers(Scheme, "30", 999_999, 2));
        Assert.Equal(["30.999999"], CardNumberBlock.Numbers(Scheme, "30", 999_999, 1));
    }

    [Fact]
    public void A_member_keeps_the_old_number_when_a_new_scheme_issues_another()
    {
        var member = new Member("dv-1", "Nguyễn Văn A", [])
            .WithCardNumber(new CardNumber(Scheme.Name, "30.000010", new DateOnly(2022, 3, 1)))
            .WithCardNumber(new CardNumber("51-CT/TW", "30.0000010", new DateOnly(2026, 5, 19)));

        Assert.Equal(2, member.CardNumbers.Count);
        Assert.Equal("30.0000010", member.CurrentCardNumber?.Value);
    }
}
