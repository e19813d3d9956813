using System.IO.Compression;
using PartyWorkflows.Web.Features.Attachments;
using PartyWorkflows.Web.Tests.Fixtures;

namespace PartyWorkflows.Web.Tests;

/// <summary>File types are told from content; the name only separates the two Office zips, and a bare zip is refused.</summary>
public sealed class FileKindsTests
{
    [Fact]
    public void Content_decides_the_type_whatever_the_name_says()
    {
        Assert.Equal("image/jpeg", FileKinds.Sniff(TestFiles.Jpeg, ".pdf")?.ContentType);
        Assert.Equal("application/pdf", FileKinds.Sniff(TestFiles.Pdf, ".jpg")?.ContentType);
        Assert.Equal("image/png", FileKinds.Sniff([0x89, .."PNG"u8, 0x0D, 0x0A, 0x1A, 0x0A, 0x00], ".png")?.ContentType);
        Assert.Null(FileKinds.Sniff(TestFiles.Executable, ".jpg"));
    }

    [Fact]
    public void A_zip_is_accepted_only_as_the_office_document_its_parts_show()
    {
        var docx = Zip("word/document.xml");
        Assert.Equal(".docx", FileKinds.Sniff(docx, ".DOCX")?.Extension);
        Assert.Null(FileKinds.Sniff(docx, ".xlsx"));
        Assert.Equal(".xlsx", FileKinds.Sniff(Zip("xl/workbook.xml"), ".xlsx")?.Extension);
        Assert.Null(FileKinds.Sniff(Zip("setup.exe"), ".docx"));
    }

    [Fact]
    public void Names_lose_their_folders_and_unsafe_characters_and_take_the_sniffed_extension()
    {
        var jpeg = FileKinds.Sniff(TestFiles.Jpeg, ".jpg")!;
        Assert.Equal("ảnh_1_.jpg", AttachmentFileName.Sanitise("C:\\tmp\\ảnh<1>.exe", jpeg));
        Assert.Equal("tai-lieu.jpg", AttachmentFileName.Sanitise("..", jpeg));
        Assert.Equal(120 + ".jpg".Length, AttachmentFileName.Sanitise(new string('a', 300) + ".jpg", jpeg).Length);
    }

    private static byte[] Zip(string entry)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create))
        {
            zip.CreateEntry(entry);
        }

        return buffer.ToArray();
    }
}
