using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Csv;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;
using NeuronOrleans.Dissection.Search;

namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>One unit's planted formula, as <c>planted.csv</c> lists it.</summary>
public sealed record PlantedUnit(int Unit, string Kind, int Length, Formula Formula);

/// <summary>How a search's answer for a planted unit compares with what was planted.</summary>
/// <param name="Identical">The answer is the planted formula (same canonical key).</param>
/// <param name="Recovered">The answer's mask has IoU ≥ 0.95 with the planted formula's mask.</param>
/// <param name="Missed">The planted formula, scored against the neuron, beats the answer's penalised score.</param>
public sealed record PlantedVerdict(bool Identical, bool Recovered, bool Missed)
{
    /// <summary>The planted formula's penalised score, and the answer's (null without an answer).</summary>
    public (double Planted, double? Answer) Scores { get; init; }
};

/// <summary>Judges sweep answers on planted units, and reads the files that list them.</summary>
public static class PlantedBenchmark
{
    public const double RecoveredIou = 0.95;

    public static PlantedVerdict Judge(LabelMaskBank bank, NeuronMask neuron, FormulaScorer scorer, Formula planted, Formula? answer)
    {
        var plantedMask = FormulaMasks.Evaluate(bank, planted);
        double plantedScore = scorer.Penalised(OverlapCounter.Count(neuron, plantedMask, 0, neuron.ImageCount), planted.Length);
        if (answer is null) return new PlantedVerdict(false, false, plantedScore > 0) { Scores = (plantedScore, null) };
        var answerMask = FormulaMasks.Evaluate(bank, answer);
        double answerScore = scorer.Penalised(OverlapCounter.Count(neuron, answerMask, 0, neuron.ImageCount), answer.Length);
        return new PlantedVerdict(
            FormulaCodec.Key(answer) == FormulaCodec.Key(planted),
            MaskIou(plantedMask, answerMask) >= RecoveredIou,
            plantedScore > answerScore) { Scores = (plantedScore, answerScore) };
    }

    /// <summary>Reads <c>planted.csv</c> (unit, kind, length, formula).</summary>
    public static List<PlantedUnit> ReadPlanted(string path, LabelTable labels)
    {
        var table = CsvTable.Read(path);
        int unit = table.Column("unit"), kind = table.Column("kind"), length = table.Column("length"), formula = table.Column("formula");
        var parser = new FormulaParser(labels);
        return [.. table.Rows.Select(row => new PlantedUnit(table.ParseInt(row, unit), row[kind], table.ParseInt(row, length), Parse(parser, table, row, formula)))];
    }

    /// <summary>The answer per neuron of a results CSV; none for a neuron without an explanation.</summary>
    public static Dictionary<int, Formula?> ReadAnswers(string path, LabelTable labels)
    {
        var table = CsvTable.Read(path);
        int neuron = table.Column("neuron"), formula = table.Column("formula");
        var parser = new FormulaParser(labels);
        return table.Rows.ToDictionary(row => table.ParseInt(row, neuron), row => row[formula].Length == 0 ? null : Parse(parser, table, row, formula));
    }

    private static Formula Parse(FormulaParser parser, CsvTable table, CsvRow row, int column)
    {
        try
        {
            return parser.Parse(row[column]);
        }
        catch (FormulaParseException error)
        {
            throw new BrodenFormatException($"'{table.Path}' line {row.Line}: {error.Message}", error);
        }
    }

    private static double MaskIou(ulong[] a, ulong[] b)
    {
        long both = 0, either = 0;
        for (int i = 0; i < a.Length; i++)
        {
            both += System.Numerics.BitOperations.PopCount(a[i] & b[i]);
            either += System.Numerics.BitOperations.PopCount(a[i] | b[i]);
        }
        return either == 0 ? 1 : (double)both / either;
    }
}
