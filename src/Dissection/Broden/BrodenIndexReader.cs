using System.Globalization;
using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Labels;

namespace NeuronOrleans.Dissection.Broden;

/// <summary>
/// Reads an index file (<c>index.csv</c> or <c>index_ade20k.csv</c>) into images, columns by name.
/// </summary>
/// <remarks>
/// Whether a category is pixel-level or image-level is decided from the data, per cell entry, as
/// the original loader does: an entry that is a decimal number is a global label number covering
/// the whole image (Broden's scene and texture columns), anything else is a PNG label map. Label
/// 0 means "none" and is dropped (the ADE subset has scene 0 in about 2,000 rows).
/// </remarks>
internal static class BrodenIndexReader
{
    public static IReadOnlyList<BrodenImage> Read(string path, IReadOnlyList<string> categories, LabelTable labels)
    {
        var table = CsvTable.Read(path);
        int image = table.Column("image"), split = table.Column("split");
        int ih = table.Column("ih"), iw = table.Column("iw"), sh = table.Column("sh"), sw = table.Column("sw");
        var categoryColumns = categories.Where(table.HasColumn).Select(table.Column).ToArray();

        var images = new List<BrodenImage>(table.Rows.Count);
        foreach (var row in table.Rows)
        {
            var maps = new List<string>();
            var imageLabels = new List<int>();
            foreach (int column in categoryColumns)
                foreach (var entry in row[column].Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
                {
                    if (!int.TryParse(entry, NumberStyles.None, CultureInfo.InvariantCulture, out int label)) maps.Add(entry);
                    else if (label == 0) continue;
                    else if (!labels.Contains(label))
                        throw new BrodenFormatException(
                            $"'{path}' line {row.Line}, column '{table.Header[column]}': label {label} is not in label.csv.");
                    else if (!imageLabels.Contains(label)) imageLabels.Add(label);
                }
            images.Add(new BrodenImage(
                images.Count, row[image], row[split],
                PositiveInt(table, row, ih), PositiveInt(table, row, iw), PositiveInt(table, row, sh), PositiveInt(table, row, sw),
                maps, imageLabels));
        }
        return images;
    }

    private static int PositiveInt(CsvTable table, CsvRow row, int column)
    {
        int value = table.ParseInt(row, column);
        return value > 0 ? value : throw table.BadCell(row, column, "a positive size");
    }
}
