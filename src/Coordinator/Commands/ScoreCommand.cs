using System.CommandLine;
using NeuronOrleans.Coordinator.Cli;
using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary><c>score --neuron N "formula"</c>: every score of a formula the user writes, to test a hypothesis.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var job = new JobOptions();
        var neuron = new Option<int>("--neuron") { Description = "The neuron to score against", Required = true };
        var formula = new Argument<string>("formula") { Description = "A formula such as \"((highway-s OR field-cultivated-s) AND NOT sky)\"" };
        var command = new Command("score", "Score a formula against one neuron: IoU, ImRoU, ImRoUn, coverages");
        job.AddTo(command);
        command.Options.Add(neuron);
        command.Arguments.Add(formula);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(async stop =>
        {
            var settings = job.Read(parse);
            int unit = parse.GetValue(neuron);
            using var neurons = LocalNeurons.Open(settings with { Inputs = settings.Inputs with { Neurons = $"{unit}" } }, Console.Out);
            Formula parsed;
            try
            {
                parsed = new FormulaParser(neurons.Bank.Labels).Parse(parse.GetValue(formula)!);
            }
            catch (FormulaParseException error)
            {
                throw new UserInputException(error.Message, error);
            }
            var data = neurons.Load(unit);
            var counts = OverlapCounter.Count(data.Mask, FormulaMasks.Evaluate(neurons.Bank, parsed), 0, data.Mask.ImageCount);
            Print(unit, data.Threshold, parsed, neurons.Bank.Labels, data.Mask.Totals(data.Mask.ImageCount), counts, data.Mask.ImageCount * (long)data.Mask.Grid.Cells, settings.Search.ImrouMultiplier, data.Mask.Grid.Cells);
            return ExitCodes.Success;
        }, cancellation));
        return command;
    }

    private static void Print(int unit, double threshold, Formula formula, Dissection.Labels.LabelTable labels, NeuronTotals neuron, OverlapCounts counts, long cells, double r, int cellsPerImage)
    {
        Console.WriteLine($"neuron {unit}, threshold {threshold:F4}");
        Console.WriteLine($"formula   {formula.Print(labels)}  (length {formula.Length}, categories {formula.PrintCategories(labels)})");
        Console.WriteLine($"IoU       {Scores.Iou(neuron, counts):F4}");
        Console.WriteLine($"ImRoU     {Scores.Imrou(neuron, counts, r, cellsPerImage):F4}  (r = {r})");
        Console.WriteLine($"ImRoUn    {Scores.Imroun(neuron, counts, r, cellsPerImage):F4}");
        Console.WriteLine($"coverage  neuron {100.0 * neuron.Cells / cells:F3} %, formula {100.0 * counts.FormulaCells / cells:F3} %, both {100.0 * counts.Intersection / cells:F3} %");
    }
}
