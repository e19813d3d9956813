using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace PartyWorkflows.Documents.Layout;

/// <summary>
/// Lays a <see cref="FormDocument"/> out on one A4 landscape worksheet: marker and header block split into a left and a
/// right half, title and paragraphs merged across the table's width, the bordered numbered table, signatures below.
/// </summary>
public static class XlsxFormWriter
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Points per printed line of 12 pt text.</summary>
    private const double LineHeight = 15.75;

    /// <summary>The title's 14 pt against the body's 12 pt.</summary>
    private const double TitleScale = 14.0 / 12.0;

    /// <summary>Rows left blank for the handwritten signature and the seal.</summary>
    private const int SignatureSpace = 4;

    public static byte[] Write(FormDocument form)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            workbook.Workbook = new Workbook();
            workbook.AddNewPart<WorkbookStylesPart>().Stylesheet = XlsxStyles.Create();
            var sheetPart = workbook.AddNewPart<WorksheetPart>();
            sheetPart.Worksheet = new SheetBuilder(form).Build();
            workbook.Workbook.AppendChild(new Sheets(new Sheet
            {
                Id = workbook.GetIdOfPart(sheetPart),
                SheetId = 1,
                Name = form.Marker ?? "Danh sách",
            }));
        }

        return stream.ToArray();
    }

    private sealed class SheetBuilder(FormDocument form)
    {
        private readonly SheetData _data = new();
        private readonly MergeCells _merges = new();
        private readonly IReadOnlyList<FormColumn> _columns = form.Table?.PrintedColumns ?? DefaultColumns;
        private uint _row;

        private static readonly FormColumn[] DefaultColumns = [.. Enumerable.Repeat(new FormColumn(string.Empty, 16), 6)];

        private int Width => _columns.Count;
        private int Half => Math.Max(1, Width / 2);
        private double TotalChars => _columns.Sum(c => c.Width);

        public Worksheet Build()
        {
            WriteHeader();
            Blank();
            Merged(form.PrintedTitle, XlsxStyles.Title, 1, Width);
            foreach (var subtitle in form.Subtitles)
            {
                Merged(subtitle, XlsxStyles.Centred, 1, Width);
            }

            Blank();
            foreach (var paragraph in form.Preamble)
            {
                Paragraph(paragraph);
            }

            if (form.Table is { } table)
            {
                WriteTable(table);
                Blank();
            }

            foreach (var paragraph in form.Closing)
            {
                Paragraph(paragraph);
            }

            WriteSignatures();

            var columns = new Columns(_columns.Select((c, i) => new Column
            {
                Min = (uint)(i + 1),
                Max = (uint)(i + 1),
                Width = c.Width,
                CustomWidth = true,
            }));
            var worksheet = new Worksheet(new SheetProperties(new PageSetupProperties { FitToPage = true }), columns, _data);
            if (_merges.HasChildren)
            {
                worksheet.Append(_merges);
            }

            worksheet.Append(
                new PageMargins { Left = 0.5, Right = 0.4, Top = 0.5, Bottom = 0.5, Header = 0.3, Footer = 0.3 },
                new PageSetup { PaperSize = 9, Orientation = OrientationValues.Landscape, FitToWidth = 1, FitToHeight = 0 });
            return worksheet;
        }

        private void WriteHeader()
        {
            if (form.Marker is { } marker)
            {
                Put(NextRow(), Half + 1, Width, marker, XlsxStyles.Marker);
            }

            var left = form.Header.IssuerLines;
            string[] right = [FormHeader.PartyName, string.Empty, form.Header.DateLine];
            for (var i = 0; i < Math.Max(left.Count, right.Length); i++)
            {
                var row = NextRow();
                if (i < left.Count)
                {
                    Put(row, 1, Half, left[i], XlsxStyles.HeaderLine);
                }

                if (i < right.Length && right[i].Length > 0)
                {
                    Put(row, Half + 1, Width, right[i], i == 0 ? XlsxStyles.PartyName : XlsxStyles.DateLine);
                }
            }
        }

        private void WriteTable(FormTable table)
        {
            var heading = NextRow();
            for (var c = 0; c < table.Headings.Count; c++)
            {
                Put(heading, c + 1, c + 1, table.Headings[c], XlsxStyles.TableHeading);
            }

            FitHeight(heading, table.Headings);
            foreach (var printed in table.PrintedRows)
            {
                var row = NextRow();
                for (var c = 0; c < printed.Count; c++)
                {
                    Put(row, c + 1, c + 1, printed[c], c == 0 ? XlsxStyles.TableCentred : XlsxStyles.TableText);
                }

                FitHeight(row, printed);
            }
        }

        /// <summary>
        /// Neither Excel nor LibreOffice reliably grows a row to its wrapped cells when opening a file, so the height is
        /// set from the longest cell against its column's width.
        /// </summary>
        private void FitHeight(Row row, IReadOnlyList<string> texts)
        {
            var lines = texts.Select((text, c) => Lines(text, _columns[c].Width)).Max();
            row.Height = Math.Max(1, lines) * LineHeight;
            row.CustomHeight = true;
        }

        private void WriteSignatures()
        {
            var signatures = form.Signatures;
            if (signatures.Count == 0)
            {
                return;
            }

            Blank();
            // One block sits on the right half; two share the width, the first on the left.
            var spans = signatures.Count == 1
                ? [(Half + 1, Width)]
                : signatures.Select((_, i) => (1 + (i * Width / signatures.Count), (i + 1) * Width / signatures.Count)).ToArray();
            var lines = signatures.Max(s => s.Lines.Count);
            for (var line = 0; line < lines + SignatureSpace + 1; line++)
            {
                var row = NextRow();
                for (var s = 0; s < signatures.Count; s++)
                {
                    var text = line < signatures[s].Lines.Count ? signatures[s].Lines[line]
                        : line == lines + SignatureSpace ? signatures[s].SignerName ?? string.Empty
                        : string.Empty;
                    if (text.Length > 0)
                    {
                        Put(row, spans[s].Item1, spans[s].Item2, text, XlsxStyles.HeaderLine);
                    }
                }
            }
        }

        private void Paragraph(FormParagraph paragraph) =>
            Merged(paragraph.Text, paragraph.Heading ? XlsxStyles.HeaderLine : XlsxStyles.Paragraph, 1, Width);

        private void Merged(string text, uint style, int from, int to)
        {
            var row = NextRow();
            Put(row, from, to, text, style);
            // Excel does not grow a merged row to its wrapped text, so the height is set from the text's length.
            var scale = style == XlsxStyles.Title ? TitleScale : 1.0;
            row.Height = Math.Max(1, Lines(text, TotalChars / scale)) * LineHeight * scale;
            row.CustomHeight = true;
        }

        /// <summary>Printed lines of <paramref name="text"/> wrapped at word boundaries in a column this many characters wide.</summary>
        private static int Lines(string text, double width)
        {
            // Times New Roman's Vietnamese capitals and bold run wider than the column unit: leave a margin.
            var perLine = Math.Max(1, (int)(width / 1.2));
            var lines = 0;
            var used = perLine;
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (used + 1 + word.Length > perLine)
                {
                    lines += Math.Max(1, (int)Math.Ceiling(word.Length / (double)perLine));
                    used = word.Length % perLine;
                }
                else
                {
                    used += 1 + word.Length;
                }
            }

            return lines;
        }

        private void Blank() => NextRow();

        private Row NextRow()
        {
            var row = new Row { RowIndex = ++_row };
            _data.Append(row);
            return row;
        }

        private void Put(Row row, int from, int to, string text, uint style)
        {
            row.Append(new Cell
            {
                CellReference = Reference(from, row.RowIndex!.Value),
                DataType = CellValues.InlineString,
                InlineString = new InlineString(new Text(text) { Space = SpaceProcessingModeValues.Preserve }),
                StyleIndex = style,
            });
            for (var c = from + 1; c <= to; c++)
            {
                row.Append(new Cell { CellReference = Reference(c, row.RowIndex.Value), StyleIndex = style });
            }

            if (to > from)
            {
                _merges.Append(new MergeCell { Reference = $"{Reference(from, row.RowIndex.Value)}:{Reference(to, row.RowIndex.Value)}" });
            }
        }

        private static string Reference(int column, uint row) => ColumnName(column) + row.ToString(CultureInfo.InvariantCulture);

        private static string ColumnName(int column)
        {
            var name = string.Empty;
            for (var n = column; n > 0; n = (n - 1) / 26)
            {
                name = (char)('A' + ((n - 1) % 26)) + name;
            }

            return name;
        }
    }
}
