namespace NeuronOrleans.Dissection.Labels;

/// <summary>All labels of a dataset, addressable by global number and by name.</summary>
public sealed class LabelTable
{
    private readonly Label?[] _byNumber;
    private readonly Dictionary<string, Label> _byName;

    public LabelTable(IEnumerable<Label> labels)
    {
        var list = labels.OrderBy(l => l.Number).ToList();
        if (list.Count > 0 && list[0].Number < 1)
            throw new ArgumentException($"Label numbers start at 1; found {list[0].Number} ('{list[0].Name}').");
        _byNumber = new Label?[list.Count == 0 ? 1 : list[^1].Number + 1];
        _byName = new Dictionary<string, Label>(StringComparer.Ordinal);
        foreach (var label in list)
        {
            if (_byNumber[label.Number] is not null)
                throw new ArgumentException($"Label number {label.Number} appears twice.");
            if (!_byName.TryAdd(label.Name, label))
                throw new ArgumentException($"Label name '{label.Name}' appears twice (numbers {_byName[label.Name].Number} and {label.Number}).");
            _byNumber[label.Number] = label;
        }
        All = list;
    }

    /// <summary>Labels in ascending number order.</summary>
    public IReadOnlyList<Label> All { get; }

    /// <summary>The largest label number (the size of the number space).</summary>
    public int MaxNumber => _byNumber.Length - 1;

    public Label this[int number] =>
        number > 0 && number < _byNumber.Length && _byNumber[number] is { } label
            ? label
            : throw new KeyNotFoundException($"No label has number {number}.");

    public bool TryGet(string name, out Label label) => _byName.TryGetValue(name, out label!);

    public bool Contains(int number) => number > 0 && number < _byNumber.Length && _byNumber[number] is not null;
}
