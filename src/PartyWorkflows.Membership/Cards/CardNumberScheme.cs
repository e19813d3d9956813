namespace PartyWorkflows.Membership.Cards;

/// <summary>
/// How card numbers are written, as data so a later scheme (e.g. the whole-party card exchange of Chỉ thị 51-CT/TW)
/// is added without code. A number is the province's code, a separator and a sequence within the province.
/// </summary>
/// <param name="Name">Stored with every allocated number and counter.</param>
/// <param name="ProvinceDigits">Digits of the province's code (số hiệu của đảng bộ trực thuộc Trung ương).</param>
/// <param name="SequenceDigits">Digits of the sequence; the largest sequence is all nines.</param>
/// <param name="Separator">Between the two groups.</param>
/// <param name="EffectiveFrom">First day numbers of this scheme are issued.</param>
public sealed record CardNumberScheme(string Name, int ProvinceDigits, int SequenceDigits, char Separator, DateOnly EffectiveFrom)
{
    /// <summary>
    /// "8 chữ số, chia làm 2 nhóm, ngăn cách bằng dấu chấm (.)": 2 digits of the province, 6 of the sequence from
    /// 000001 to 999999, e.g. 30.000010 (seed 000_29c5dfa480f916c0.txt §V.1, Hướng dẫn 12-HD/BTCTW of 18/01/2022).
    /// </summary>
    public static CardNumberScheme Guidance12 { get; } = new("12-HD/BTCTW", 2, 6, '.', new DateOnly(2022, 1, 18));

    /// <summary>The written shape, N for a digit: NN.NNNNNN for <see cref="Guidance12"/>.</summary>
    public string Pattern => new string('N', ProvinceDigits) + Separator + new string('N', SequenceDigits);

    /// <summary>Largest sequence the scheme can write; numbering starts at 1 (§V.1 "từ 000.001").</summary>
    public long MaxSequence => long.Parse(new string('9', SequenceDigits), System.Globalization.CultureInfo.InvariantCulture);
}
