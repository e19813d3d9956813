using System.Globalization;

namespace PartyWorkflows.Membership.Cards;

/// <summary>Writes and reads card numbers of a <see cref="CardNumberScheme"/> (seed 000 §V.1).</summary>
public static class CardNumberFormatter
{
    public static string Format(CardNumberScheme scheme, string provinceCode, long sequence)
    {
        if (provinceCode.Length != scheme.ProvinceDigits || !provinceCode.All(char.IsAsciiDigit))
        {
            throw new ArgumentException(
                $"Mã đảng bộ tỉnh '{provinceCode}' phải gồm {scheme.ProvinceDigits} chữ số (mẫu {scheme.Pattern}).", nameof(provinceCode));
        }

        if (sequence < 1 || sequence > scheme.MaxSequence)
        {
            throw new CardNumberOverflowException(scheme, provinceCode, sequence);
        }

        return provinceCode + scheme.Separator + sequence.ToString(new string('0', scheme.SequenceDigits), CultureInfo.InvariantCulture);
    }

    /// <summary>Reads a number written in the scheme's pattern; false for any other shape or a zero sequence.</summary>
    public static bool TryParse(CardNumberScheme scheme, string value, out string provinceCode, out long sequence)
    {
        (provinceCode, sequence) = (string.Empty, 0);
        if (value.Length != scheme.Pattern.Length || value[scheme.ProvinceDigits] != scheme.Separator)
        {
            return false;
        }

        var province = value[..scheme.ProvinceDigits];
        var digits = value[(scheme.ProvinceDigits + 1)..];
        if (!province.All(char.IsAsciiDigit) || !digits.All(char.IsAsciiDigit))
        {
            return false;
        }

        var parsed = long.Parse(digits, CultureInfo.InvariantCulture);
        if (parsed < 1)
        {
            return false;
        }

        (provinceCode, sequence) = (province, parsed);
        return true;
    }
}
