using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using PartyWorkflows.Infrastructure.Persistence.Entities;

namespace PartyWorkflows.Web.Features.Members;

/// <summary>
/// Accent-insensitive name search on both providers without a database extension: the term is folded here, the
/// column in SQL by lower() and one replace() per Vietnamese accented letter (capitals too, since SQLite's lower()
/// folds ASCII only), so "tran thi" finds "Trần Thị". Names are expected in NFC, as keyboards and Excel write them.
/// </summary>
public static class AccentFolding
{
    /// <summary>The accented lower-case letters of Vietnamese: a, ă, â, e, ê, i, o, ô, ơ, u, ư, y with their tones, and đ.</summary>
    private const string Accented = "àáạảãâầấậẩẫăằắặẳẵèéẹẻẽêềếệểễìíịỉĩòóọỏõôồốộổỗơờớợởỡùúụủũưừứựửữỳýỵỷỹđ";

    private static readonly (string From, string To)[] Replacements =
    [
        .. Accented.SelectMany(c => new[] { c, char.ToUpperInvariant(c) })
            .Select(c => (c.ToString(), Fold(c.ToString()))),
    ];

    /// <summary>Lower case, without tone marks or vowel hats, đ as d.</summary>
    public static string Fold(string text)
    {
        var decomposed = text.Replace('đ', 'd').Replace('Đ', 'D').Normalize(NormalizationForm.FormD);
        var bare = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark))
        {
            bare.Append(c);
        }

        return bare.ToString().Normalize(NormalizationForm.FormC).ToLowerInvariant();
    }

    /// <summary>member => folded(member.FullName).Contains(folded term), translatable by EF Core on PostgreSQL and SQLite.</summary>
    public static Expression<Func<MemberRecord, bool>> NameContains(string term)
    {
        var member = Expression.Parameter(typeof(MemberRecord), "m");
        Expression name = Expression.Call(Expression.Property(member, nameof(MemberRecord.FullName)), nameof(string.ToLower), Type.EmptyTypes);
        var replace = typeof(string).GetMethod(nameof(string.Replace), [typeof(string), typeof(string)])!;
        foreach (var (from, to) in Replacements)
        {
            name = Expression.Call(name, replace, Expression.Constant(from), Expression.Constant(to));
        }

        var folded = Fold(term);
        Expression<Func<string>> parameter = () => folded;
        var contains = Expression.Call(name, typeof(string).GetMethod(nameof(string.Contains), [typeof(string)])!, parameter.Body);
        return Expression.Lambda<Func<MemberRecord, bool>>(contains, member);
    }
}
