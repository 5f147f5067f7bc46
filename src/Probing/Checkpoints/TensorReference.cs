namespace NeuronOrleans.Probing.Checkpoints;

/// <summary>A tensor as the pickle describes it: a view (offset, size, stride) into a storage whose bytes come later.</summary>
public sealed record TensorReference(StorageReference Storage, long Offset, long[] Shape, long[] Stride)
{
    /// <summary>Gathers the view into a dense row-major tensor from the storage's decoded elements.</summary>
    public CheckpointTensor Materialize(float[] storage, string source, string name)
    {
        var count = Shape.Aggregate(1L, (a, b) => a * b);
        var start = Storage.Offset + Offset;
        var last = start + Shape.Zip(Stride, (size, stride) => size == 0 ? 0 : (size - 1) * stride).Sum();
        if (count > 0 && (start < 0 || last >= storage.Length))
        {
            throw new CheckpointException($"{source}: tensor '{name}' of shape [{string.Join(", ", Shape)}] reaches element {last} of storage '{Storage.Key}', which has {storage.Length}");
        }
        var values = new float[count];
        if (IsContiguous())
        {
            Array.Copy(storage, start, values, 0, count);
        }
        else
        {
            Gather(storage, start, values);
        }
        return new CheckpointTensor(Shape, values);
    }

    private bool IsContiguous()
    {
        long expected = 1;
        for (var d = Shape.Length - 1; d >= 0; d--)
        {
            if (Shape[d] != 1 && Stride[d] != expected)
            {
                return false;
            }
            expected *= Shape[d];
        }
        return true;
    }

    private void Gather(float[] storage, long start, float[] values)
    {
        var index = new long[Shape.Length];
        for (long i = 0; i < values.Length; i++)
        {
            var at = start;
            for (var d = 0; d < Shape.Length; d++)
            {
                at += index[d] * Stride[d];
            }
            values[i] = storage[at];
            for (var d = Shape.Length - 1; d >= 0 && ++index[d] == Shape[d]; d--)
            {
                index[d] = 0;
            }
        }
    }
}
