using System.CommandLine;
using NeuronOrleans.Dissection.Synthetic;

namespace NeuronOrleans.Coordinator.Commands;

/// <summary><c>generate</c>: writes a synthetic dataset in Broden's exact on-disk layout.</summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var output = new Option<string>("--out") { Description = "Folder to write the dataset to", Required = true };
        var images = new Option<int?>("--images") { Description = "Images in index_ade20k.csv (default 200)" };
        var seed = new Option<int>("--seed") { Description = "Random seed (default 1)", DefaultValueFactory = _ => 1 };
        var fullSize = new Option<bool>("--broden-size") { Description = "Broden's size: 22,210 ADE images, about 1,200 labels" };
        var planted = new Option<int>("--planted-units")
        {
            Description = "Also write activations.npy with this many units, each firing on a known formula (planted.csv), e.g. 512",
        };
        var command = new Command("generate", "Generate a synthetic Broden dataset (JPEGs, PNG label maps, CSVs)");
        foreach (var option in new Option[] { output, images, seed, fullSize, planted }) command.Options.Add(option);
        command.SetAction((parse, cancellation) => CommandRunner.RunAsync(stop =>
        {
            var options = parse.GetValue(fullSize) ? SyntheticBrodenOptions.BrodenSize : new SyntheticBrodenOptions();
            options = options with { Seed = parse.GetValue(seed), AdeImageCount = parse.GetValue(images) ?? options.AdeImageCount };
            try
            {
                options.Validate();
            }
            catch (ArgumentException error)
            {
                throw new UserInputException(error.Message, error);
            }
            var folder = Path.GetFullPath(parse.GetValue(output)!);
            new SyntheticBrodenGenerator(options).Write(folder, stop);
            Console.WriteLine(folder);
            if (parse.GetValue(planted) is > 0 and var units) Console.WriteLine(PlantedActivationFiles.Write(folder, units, options.Seed, stop));
            return Task.FromResult(ExitCodes.Success);
        }, cancellation));
        return command;
    }
}
