using NeuronOrleans.Dissection.Broden;
using NeuronOrleans.Dissection.MaskBank;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Dissection.Synthetic;
using NeuronOrleans.Grains;
using NeuronOrleans.Probing.Import;

namespace NeuronOrleans.TestSupport;

/// <summary>
/// A generated Broden dataset and planted activations for a handful of neurons: each unit fires
/// on the union of two labels' cells (plus noise), so searches have real structure to find.
/// Shared by every test of a collection; built once.
/// </summary>
public sealed class SweepData : IDisposable
{
    public SweepData() : this(SyntheticBrodenOptions.Tiny with { AdeImageCount = 120, Seed = 7 }, units: 8)
    {
    }

    /// <summary>A dataset of another size; xunit fixtures need the one public constructor above.</summary>
    public static SweepData Create(SyntheticBrodenOptions generated, int units) => new(generated, units);

    private SweepData(SyntheticBrodenOptions generated, int units)
    {
        Units = units;
        Root = Path.Combine(Path.GetTempPath(), "neuron-orleans-tests", Guid.NewGuid().ToString("N"));
        BrodenFolder = Path.Combine(Root, "broden");
        new SyntheticBrodenGenerator(generated).Write(BrodenFolder);
        var dataset = BrodenDataset.Open(BrodenFolder);
        var settings = new MaskBankSettings();
        Bank = LabelMaskBankBuilder.Build(dataset, settings);
        ActivationsFile = Path.Combine(Root, "activations.npy");
        WritePlantedActivations();
    }

    public int Units { get; }
    public string Root { get; }
    public string BrodenFolder { get; }
    public string ActivationsFile { get; }
    public LabelMaskBank Bank { get; }

    /// <summary>The activations written to <see cref="ActivationsFile"/>, [image, unit, cell].</summary>
    private float[] _values = [];

    /// <summary>One unit's activations as written, image by image, cell by cell: the truth the product's readers must return.</summary>
    public float[] NeuronValues(int unit)
    {
        int cells = Bank.Grid.Cells;
        var values = new float[Bank.ImageCount * cells];
        for (int image = 0; image < Bank.ImageCount; image++)
            Array.Copy(_values, (image * Units + unit) * cells, values, image * cells, cells);
        return values;
    }

    public SweepSpec Spec(int first, int last, int maxLength = 3, OperatorSet operators = OperatorSet.Close, string? outputRoot = null) => new()
    {
        Dataset = new DatasetSpec { Folder = BrodenFolder },
        Activations = new ActivationSpec { File = ActivationsFile },
        Search = new SearchSettings { MaxFormulaLength = maxLength, Operators = operators },
        FirstNeuron = first,
        LastNeuron = last,
        Outputs = new OutputSpec { OutputRoot = outputRoot ?? Path.Combine(Root, "out") },
    };

    private void WritePlantedActivations()
    {
        var random = new Random(11);
        var labels = Bank.Primitives().Where(p => p is Dissection.Formulas.LeafFormula).Cast<Dissection.Formulas.LeafFormula>().ToList();
        int images = Bank.ImageCount, cells = Bank.Grid.Cells;
        var values = new float[images * Units * cells];
        for (int unit = 0; unit < Units; unit++)
        {
            var a = Bank.Plain(labels[random.Next(labels.Count)].Label)!;
            var b = Bank.Plain(labels[random.Next(labels.Count)].Label)!;
            for (int image = 0; image < images; image++)
                for (int cell = 0; cell < cells; cell++)
                {
                    bool planted = ((a[image] | b[image]) >> cell & 1) == 1;
                    values[(image * Units + unit) * cells + cell] = (planted ? 2f : 0f) + (float)random.NextDouble();
                }
        }
        NpyWriter.Write(ActivationsFile, values, images, Units, 7, 7);
        _values = values;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A silo of a test that failed may still hold a file; the temp folder is cleaned later.
        }
    }
}
