namespace NeuronOrleans.GpuCheck;

/// <summary>Command-line knobs of the device check; the defaults are the full-size dataset.</summary>
internal sealed record CheckOptions(int Images, int Labels, int Neurons, int Repeats)
{
    public static CheckOptions Parse(string[] args)
    {
        var options = new CheckOptions(Images: 22_210, Labels: 1_200, Neurons: 3, Repeats: 5);
        for (int i = 0; i < args.Length; i += 2)
        {
            if (i + 1 >= args.Length || !int.TryParse(args[i + 1], out int value) || value < 1)
                throw new ArgumentException($"Expected '--name positive-integer' pairs, got '{string.Join(' ', args)}'.");
            options = args[i] switch
            {
                "--images" => options with { Images = value },
                "--labels" => options with { Labels = value },
                "--neurons" => options with { Neurons = value },
                "--repeats" => options with { Repeats = value },
                _ => throw new ArgumentException($"Unknown option '{args[i]}' (known: --images, --labels, --neurons, --repeats)."),
            };
        }
        return options;
    }
}
