using NeuronOrleans.Dissection.Counting;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Masks;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// Counts templates image by image with a compiled <see cref="WordProgram"/>. In an image where the
/// primitive has no cell the template's word is what it is with an empty hole, the same for every
/// primitive; so a template is counted once with the hole empty, and then only the images holding
/// the primitive are visited: for all primitives at once through the firing images' inverted
/// index, or for one primitive through its own images. Single-word grids (7×7).
/// </summary>
internal sealed class WordTemplateCounter(LabelMaskBank bank, NeuronMask neuron, IReadOnlyList<Formula> primitives) : ITemplateCounter
{
    private readonly FiringImages _firing = new(bank, neuron, primitives);
    private readonly GridGeometry _geometry = GridGeometry.For(bank.Grid);
    private readonly HashSet<Formula> _nodes = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Formula, (ulong[] Firing, ulong[] All)> _words = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Formula, (OverlapCounts Firing, OverlapCounts All)> _counts = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<Formula, (WordProgram Program, OverlapCounts Empty)> _fullPrograms = new(ReferenceEqualityComparer.Instance);

    public IReadOnlyList<OverlapCounts> PrimitiveFiringCounts => _firing.PrimitiveCounts;

    /// <summary>Nodes are evaluated when first needed: a pass over every primitive touches few of them.</summary>
    public void BeginPass(IReadOnlyList<Formula> members)
    {
        _nodes.Clear();
        _words.Clear();
        _counts.Clear();
        _fullPrograms.Clear();
        foreach (var node in members.SelectMany(FormulaParts.Nodes)) _nodes.Add(node);
    }

    public (OverlapCounts Firing, OverlapCounts All)? NodeCounts(Formula node)
    {
        if (_counts.TryGetValue(node, out var counts)) return counts;
        if (Words(node) is not var (firing, all)) return null;
        return _counts[node] = (_firing.Counts(firing), OverlapCounter.Count(neuron, all, 0, neuron.ImageCount));
    }

    private (ulong[] Firing, ulong[] All)? Words(Formula node)
    {
        if (_words.TryGetValue(node, out var words)) return words;
        if (!_nodes.Contains(node)) return null;
        var all = node is LeafFormula or ExpandFormula ? bank.Primitive(node) : FormulaMasks.Evaluate(bank, node);
        return _words[node] = (_firing.Gather(all), all);
    }

    public OverlapCounts[] CountOnFiringImages(Formula template)
    {
        var program = Compile(template, words => words.Firing);
        var counts = new OverlapCounts[primitives.Count];
        OverlapCounts empty = default;
        for (int k = 0; k < _firing.Count; k++)
        {
            ulong absent = program.At(k, 0);
            var absentCounts = _firing.Counts(k, absent);
            empty += absentCounts;
            if (!DependsOnHole(program, k, absent)) continue;
            for (int e = _firing.EntryStart[k]; e < _firing.EntryStart[k + 1]; e++)
            {
                ulong word = program.At(k, _firing.EntryWord[e]);
                if (word != absent) counts[_firing.EntryPrimitive[e]] += _firing.Counts(k, word) - absentCounts;
            }
        }
        for (int p = 0; p < counts.Length; p++) counts[p] += empty;
        return counts;
    }

    public (OverlapCounts Firing, OverlapCounts All)? EmptyHoleCounts(Formula template)
    {
        var compiled = FullProgram(template);
        var program = Compile(template, words => words.Firing);
        OverlapCounts firing = default;
        for (int k = 0; k < _firing.Count; k++) firing += _firing.Counts(k, program.At(k, 0));
        return (firing, compiled.Empty);
    }

    public OverlapCounts CountInFull(Formula template, int primitive)
    {
        var compiled = FullProgram(template);
        var mask = bank.Primitive(primitives[primitive]);
        var counts = compiled.Empty;
        foreach (int image in bank.Support(primitives[primitive]))
        {
            ulong absent = compiled.Program.At(image, 0), word = compiled.Program.At(image, mask[image]);
            if (word != absent) counts += Counts(image, word) - Counts(image, absent);
        }
        return counts;
    }

    /// <summary>The template compiled over all images, with its counts when the hole is empty.</summary>
    private (WordProgram Program, OverlapCounts Empty) FullProgram(Formula template)
    {
        if (_fullPrograms.TryGetValue(template, out var compiled)) return compiled;
        var program = Compile(template, words => words.All);
        OverlapCounts emptyHole = default;
        for (int image = 0; image < neuron.ImageCount; image++) emptyHole += Counts(image, program.At(image, 0));
        return _fullPrograms[template] = (program, emptyHole);
    }

    public void Dispose()
    {
    }

    private WordProgram Compile(Formula template, Func<(ulong[] Firing, ulong[] All), ulong[]> side) =>
        WordProgram.Compile(template, TemplateHole.Node, node => Words(node) is { } words ? side(words) : null, _geometry);

    /// <summary>
    /// The hole occurs once, under connectors monotone or antitone in it: a template that is the same
    /// with no cells and with all cells in the hole is the same for every primitive's word.
    /// </summary>
    private bool DependsOnHole(WordProgram program, int k, ulong absent) => program.At(k, _geometry.AllCells) != absent;

    private OverlapCounts Counts(int image, ulong word) => WordCounts.Of(word, neuron.Bits[image], neuron.ImageCounts[image]);
}
