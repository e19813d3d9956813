using PartyWorkflows.Membership.Cards;

namespace PartyWorkflows.Membership.Members;

/// <summary>A party member, as far as the procedures need one so far: the business key and every card number held.</summary>
public sealed record Member(string BusinessKey, string FullName, IReadOnlyList<CardNumber> CardNumbers)
{
    /// <summary>Adds a newly issued number; earlier ones are kept (Chỉ thị 51-CT/TW card exchange).</summary>
    public Member WithCardNumber(CardNumber number) => this with { CardNumbers = [.. CardNumbers, number] };

    /// <summary>The number issued last, the one on the card the member carries.</summary>
    public CardNumber? CurrentCardNumber => CardNumbers.OrderBy(n => n.IssuedOn).LastOrDefault();
}
