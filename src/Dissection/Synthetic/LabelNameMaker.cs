namespace NeuronOrleans.Dissection.Synthetic;

/// <summary>
/// Makes unique, pronounceable label names in Broden's file form: words of two or three syllables,
/// sometimes two words joined by '_' (read back as a space).
/// </summary>
internal sealed class LabelNameMaker
{
    private static readonly string[] Syllables =
    [
        "ba", "be", "bo", "da", "de", "di", "fa", "fo", "ga", "gu", "ka", "ke", "ki", "la", "le", "lo",
        "ma", "mi", "mo", "na", "ne", "nu", "pa", "pi", "ra", "re", "ro", "sa", "si", "ta", "to", "tu",
        "va", "vi", "za", "zo",
    ];

    private readonly HashSet<string> _used = new(StringComparer.Ordinal);

    /// <summary>Reserves a fixed name (the colours) so that no made-up name repeats it.</summary>
    public string Reserve(string name) =>
        _used.Add(name) ? name : throw new InvalidOperationException($"Label name '{name}' is used twice.");

    public string Make(ref SplitMix64 random, string suffix)
    {
        while (true)
        {
            var name = Word(ref random);
            if (random.Chance(0.2)) name += "_" + Word(ref random);
            name += suffix;
            if (_used.Add(name)) return name;
        }
    }

    private static string Word(ref SplitMix64 random)
    {
        int length = random.Next(2, 4);
        var word = "";
        for (int i = 0; i < length; i++) word += Syllables[random.Next(Syllables.Length)];
        return word;
    }
}
