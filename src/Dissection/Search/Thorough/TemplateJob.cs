using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Scoring;

namespace NeuronOrleans.Dissection.Search.Thorough;

/// <summary>
/// A combination template of a pass, made by <see cref="Connector"/> from <see cref="Member"/>, and the
/// primitives that may fill its hole: <see cref="Hole"/> holds the counts of every such primitive,
/// <see cref="Place"/> gives a filled formula as the loops of ALGORITHM §6.2 first produce it, and where.
/// </summary>
internal sealed record TemplateJob(Formula Member, Connector Connector, Formula Template, CountRange Hole, Func<int, bool> Admits, Func<int, (LoopOrder Order, Formula Formula)> Place);
