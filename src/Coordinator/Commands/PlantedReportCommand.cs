using System.CommandLine;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Labels;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary>
/// <c>planted-report --planted planted.csv --results NAME=results.csv …</c>: how many planted formulas
/// each sweep found, per kind and length: identical, recovered (mask IoU ≥ 0.95), missed (the planted
/// formula outscores the answer).
/// </summary>
internal static class PlantedReportCommand
{
    public static Command Create()
    {
        var job = new JobOptions();
        var planted = new Option<string>("--planted") { Description = "planted.csv written by generate --planted-units", Required = true };
        var results = new Option<string[]>("--results")
        {
            Description = "NAME=results.csv of a sweep over the planted units; repeat for several sweeps", Required = true,
        };
        var command = new Command("planted-report", "Compare sweeps' answers with the formulas planted in generated activations");
        job.AddTo(command);
        command.Options.Add(planted);
        command.Options.Add(results);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(async stop =>
        {
            using var neurons = LocalNeurons.Open(job.Read(parse), TextWriter.Null);
            var labels = neurons.Bank.Labels;
            var units = Read(() => PlantedBenchmark.ReadPlanted(parse.GetValue(planted)!, labels));
            var sweeps = parse.GetValue(results)!.Select(Named).Select(r => (r.Name, Answers: Read(() => PlantedBenchmark.ReadAnswers(r.Path, labels)))).ToList();
            var verdicts = new List<Judged>();
            foreach (var unit in units)
            {
                stop.ThrowIfCancellationRequested();
                var data = neurons.Load(unit.Unit);
                var scorer = new FormulaScorer(neurons.Search, data.Mask.Totals(data.Mask.ImageCount), data.Mask.Grid.Cells);
                foreach (var (name, answers) in sweeps)
                    if (answers.TryGetValue(unit.Unit, out var answer))
                        verdicts.Add(new Judged(unit, name, answer, PlantedBenchmark.Judge(neurons.Bank, data.Mask, scorer, unit.Formula, answer)));
            }
            Print(verdicts);
            PrintMissed(verdicts, labels);
            return ExitCodes.Success;
        }, cancellation));
        return command;
    }

    private static (string Name, string Path) Named(string value)
    {
        int split = value.IndexOf('=');
        if (split <= 0) throw new UserInputException($"--results {value}: expected NAME=results.csv.");
        return (value[..split], value[(split + 1)..]);
    }

    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (BrodenFormatException error)
        {
            throw new UserInputException(error.Message, error);
        }
    }

    private sealed record Judged(PlantedUnit Unit, string Sweep, Formula? Answer, PlantedVerdict Verdict);

    /// <summary>Each missed unit with both formulas and scores: what to look at first.</summary>
    private static void PrintMissed(List<Judged> verdicts, LabelTable labels)
    {
        foreach (var (unit, sweep, answer, verdict) in verdicts.Where(v => v.Verdict.Missed).OrderBy(v => v.Sweep, StringComparer.Ordinal).ThenBy(v => v.Unit.Unit))
            Console.WriteLine(FormattableString.Invariant(
                $"missed by {sweep}: unit {unit.Unit}, planted {unit.Formula.Print(labels)} ({verdict.Scores.Planted:F4}), answer {answer?.Print(labels) ?? "none"} ({verdict.Scores.Answer:F4})"));
    }

    private static void Print(List<Judged> verdicts)
    {
        Console.WriteLine("| kind | length | sweep | units | identical | recovered | missed |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var group in verdicts.GroupBy(v => (v.Unit.Kind, v.Unit.Length, v.Sweep)).Concat(verdicts.GroupBy(v => (Kind: "all", Length: 0, v.Sweep))))
        {
            int count = group.Count();
            string length = group.Key.Length == 0 ? "1–3" : group.Key.Length.ToString();
            Console.WriteLine($"| {group.Key.Kind} | {length} | {group.Key.Sweep} | {count} | {group.Count(v => v.Verdict.Identical)} | "
                + $"{group.Count(v => v.Verdict.Recovered)} | {group.Count(v => v.Verdict.Missed)} ({100.0 * group.Count(v => v.Verdict.Missed) / count:F1} %) |");
        }
    }
}
