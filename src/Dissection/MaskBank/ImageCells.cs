using NeuronOrleans.Dissection.Masks;

namespace NeuronOrleans.Dissection.MaskBank;

/// <summary>
/// Scratch for one image: the grid cells of every label found in it. Reused across images by one
/// worker; clearing touches only the labels that were set.
/// </summary>
internal sealed class ImageCells
{
    private readonly GridShape _grid;
    private readonly ulong[] _words;
    private readonly List<int> _labels = [];

    public ImageCells(int labelSlots, GridShape grid)
    {
        _grid = grid;
        _words = new ulong[labelSlots * grid.WordsPerImage];
    }

    /// <summary>Labels with at least one true cell, in the order first set.</summary>
    public IReadOnlyList<int> Labels => _labels;

    public ReadOnlySpan<ulong> Words(int label) => _words.AsSpan(label * _grid.WordsPerImage, _grid.WordsPerImage);

    public void Set(int label, int cell)
    {
        var words = _words.AsSpan(label * _grid.WordsPerImage, _grid.WordsPerImage);
        if (!ImageWords.Any(words)) _labels.Add(label);
        ImageWords.Set(words, cell);
    }

    public void SetAll(int label)
    {
        for (int cell = 0; cell < _grid.Cells; cell++) Set(label, cell);
    }

    public void Clear()
    {
        foreach (int label in _labels) _words.AsSpan(label * _grid.WordsPerImage, _grid.WordsPerImage).Clear();
        _labels.Clear();
    }
}
