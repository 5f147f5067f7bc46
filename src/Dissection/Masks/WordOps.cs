using System.Numerics;

namespace NeuronOrleans.Dissection.Masks;

/// <summary>A cellwise connector with a scalar and a vector form, driven by <see cref="MaskOps"/>.</summary>
internal interface IWordOp
{
    static abstract ulong Apply(ulong a, ulong b);
    static abstract Vector<ulong> Apply(Vector<ulong> a, Vector<ulong> b);
}

internal readonly struct OrOp : IWordOp
{
    public static ulong Apply(ulong a, ulong b) => a | b;
    public static Vector<ulong> Apply(Vector<ulong> a, Vector<ulong> b) => a | b;
}

internal readonly struct AndOp : IWordOp
{
    public static ulong Apply(ulong a, ulong b) => a & b;
    public static Vector<ulong> Apply(Vector<ulong> a, Vector<ulong> b) => a & b;
}

internal readonly struct AndNotOp : IWordOp
{
    public static ulong Apply(ulong a, ulong b) => a & ~b;
    public static Vector<ulong> Apply(Vector<ulong> a, Vector<ulong> b) => Vector.AndNot(a, b);
}
