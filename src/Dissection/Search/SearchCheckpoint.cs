using NeuronOrleans.Dissection.Formulas;

namespace NeuronOrleans.Dissection.Search;

/// <summary>
/// Everything a search carries from one pass to the next: the beam after every pass so far
/// (index 0 is the initial beam, formulas of length 1), the keys of every formula scored, and
/// the evaluation count. A search resumed from it ends exactly as an uninterrupted one.
/// </summary>
public sealed record SearchCheckpoint(
    IReadOnlyList<IReadOnlyList<ScoredFormula>> BeamHistory,
    IReadOnlyList<string> SeenKeys,
    long FormulasEvaluated)
{
    private const int FormatVersion = 1;

    public int PassesDone => BeamHistory.Count - 1;

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            writer.Write(FormatVersion);
            writer.Write(FormulasEvaluated);
            writer.Write(BeamHistory.Count);
            foreach (var beam in BeamHistory)
            {
                writer.Write(beam.Count);
                foreach (var member in beam)
                {
                    writer.Write(FormulaCodec.Encode(member.Formula));
                    writer.Write(member.Score);
                }
            }
            writer.Write(SeenKeys.Count);
            foreach (var key in SeenKeys) writer.Write(key);
        }
        return stream.ToArray();
    }

    /// <exception cref="InvalidDataException">The bytes are truncated or not a checkpoint of this format.</exception>
    public static SearchCheckpoint FromBytes(byte[] bytes)
    {
        try
        {
            using var reader = new BinaryReader(new MemoryStream(bytes));
            int version = reader.ReadInt32();
            if (version != FormatVersion)
                throw new InvalidDataException($"Search checkpoint has format version {version}; this build reads {FormatVersion}.");
            long evaluated = reader.ReadInt64();
            var history = new List<IReadOnlyList<ScoredFormula>>();
            for (int pass = reader.ReadInt32(); pass > 0; pass--)
            {
                var beam = new List<ScoredFormula>();
                for (int member = reader.ReadInt32(); member > 0; member--)
                    beam.Add(new ScoredFormula(FormulaCodec.Decode(reader.ReadString()), reader.ReadDouble()));
                history.Add(beam);
            }
            var seen = new List<string>();
            for (int key = reader.ReadInt32(); key > 0; key--) seen.Add(reader.ReadString());
            if (reader.BaseStream.Position != bytes.Length)
                throw new InvalidDataException($"Search checkpoint has {bytes.Length - reader.BaseStream.Position} trailing bytes.");
            return new SearchCheckpoint(history, seen, evaluated);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException($"Search checkpoint is truncated ({bytes.Length} bytes).", e);
        }
    }
}
