using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Tests.Broden;

namespace NeuronOrleans.Dissection.Tests.Csv;

/// <summary>The one CSV mechanism: what it writes, and that the reader gives back exactly that.</summary>
public class CsvTextTests
{
    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a, b", "\"a, b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Fields_are_quoted_only_when_needed(string field, string expected)
    {
        Assert.Equal($"h,n\n{expected},1\n", CsvText.Format(["h", "n"], [[field, "1"]]));
    }

    [Fact]
    public void A_header_without_rows_is_one_line()
    {
        Assert.Equal("a,b\n", CsvText.Format(["a", "b"], []));
    }

    [Fact]
    public void The_reader_gives_back_every_field_with_its_line()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "table.csv");
        string[][] rows = [["1", "a, b"], ["2", "say \"hi\""], ["3", "two\nlines"], ["4", ""]];
        CsvText.Write(path, ["n", "text"], rows);

        var table = CsvTable.Read(path);

        Assert.Equal(["n", "text"], table.Header);
        Assert.Equal(rows, table.Rows.Select(r => r.Cells));
        Assert.Equal([2, 3, 4, 6], table.Rows.Select(r => r.Line));
    }

    [Fact]
    public void A_row_with_another_number_of_columns_is_named_by_line()
    {
        using var folder = new TempFolder();
        string path = Path.Combine(folder.Path, "short.csv");
        File.WriteAllText(path, "a,b\n1,2\n\n3\n");
        var error = Assert.Throws<BrodenFormatException>(() => CsvTable.Read(path));
        Assert.Equal($"'{path}' line 4: expected 2 columns as in the header, found 1.", error.Message);
    }
}
