using System.Globalization;
using NeuronOrleans.Dissection.Formulas;
using NeuronOrleans.Dissection.Search;
using NeuronOrleans.Reports.Output;
using Xunit;

namespace NeuronOrleans.Fidelity.Tests;

/// <summary>
/// Our search against the original's results and history on the bundle, neuron by neuron and pass
/// by pass (standard operators, IoU, length 3). The only differences allowed are the documented
/// decision of ALGORITHM §4.3: formulas are told apart by canonical keys, where the original's
/// prime codes make some distinct formulas collide and skip the later one.
/// </summary>
public sealed class SearchParityTests(FidelityBundle bundle) : IClassFixture<FidelityBundle>
{
    private static readonly string[] OriginalCsv = File.ReadAllLines(FidelityBundle.File("original_standard_iou_FL3", "results_0_511.csv"));

    [Fact]
    public void Candidates_and_the_beams_of_lengths_1_and_2_equal_the_original_for_every_neuron()
    {
        var differences = new List<string>();
        foreach (var (unit, original) in bundle.History)
        {
            var ours = bundle.Results[unit];
            if (!original.Candidates.SequenceEqual(ours.Candidates.Select(Print)))
                differences.Add($"{unit}: candidates");
            for (int pass = 0; pass < 2; pass++)
                if (!original.Beams[pass].SequenceEqual(Beam(ours, pass)))
                    differences.Add($"{unit}: beam at length {pass + 1}");
            // Bit-identical scores: the worst score is printed with all its digits.
            var worst = ours.BeamHistory.Take(2).Select(beam => PythonFloat.Repr(beam.Min(m => m.Score)));
            if (!original.WorstScores.SequenceEqual(worst)) differences.Add($"{unit}: worst scores");
        }
        Assert.Equal(512, bundle.History.Count);
        Assert.Empty(differences);
    }

    [Fact]
    public void Length_3_beams_differ_only_by_formulas_the_original_skips_as_prime_code_duplicates()
    {
        int differingBeams = 0;
        var unexplained = new List<string>();
        foreach (var (unit, original) in bundle.History)
        {
            var ours = Beam(bundle.Results[unit], 2);
            var theirs = original.Beams[2];
            var shared = ours.Intersect(theirs).ToList();
            var onlyOurs = ours.Where(m => !theirs.Any(o => o.Formula == m.Formula)).ToList();
            var onlyTheirs = theirs.Where(o => !ours.Any(m => m.Formula == o.Formula)).ToList();
            if (onlyOurs.Count == 0 && onlyTheirs.Count == 0 && ours.SequenceEqual(theirs)) continue;
            differingBeams++;

            if (shared.Count + onlyOurs.Count != ours.Count || onlyOurs.Count != onlyTheirs.Count)
                unexplained.Add($"{unit}: shared formulas score differently");
            var loop = new PassLoop(bundle, bundle.Results[unit]);
            foreach (var (formula, score) in onlyOurs)
                if (!loop.FollowsAPrimeCodePartner(Parse(formula)) && !OutrankedByAPartnerIgnoringExpansion(formula, score, theirs))
                    unexplained.Add($"{unit}: {formula} has no formula with the same prime code before it or above it");
            // Ours hold extra formulas, so each formula they pushed out scores no more than our lowest.
            double lowest = ours.Min(m => double.Parse(m.Score, CultureInfo.InvariantCulture));
            foreach (var (formula, score) in onlyTheirs)
                if (double.Parse(score, CultureInfo.InvariantCulture) > lowest)
                    unexplained.Add($"{unit}: the original's {formula} ({score}) beats our lowest ({lowest})");
        }
        Assert.Empty(unexplained);
        Assert.InRange(differingBeams, 1, 511); // the collisions are real in this bundle
    }

    [Fact]
    public void Thresholds_and_formulas_equal_the_original_results_but_where_our_best_is_a_prime_code_duplicate()
    {
        var rows = OriginalCsv.Skip(1).Select(line => line.Split(',')).ToList();
        Assert.Equal("neuron,category,formula,threshold", OriginalCsv[0]);
        Assert.Equal(512, rows.Count);
        var differentFormulas = new List<int>();
        foreach (var row in rows)
        {
            int unit = int.Parse(row[0], CultureInfo.InvariantCulture);
            var ours = bundle.Results[unit];
            Assert.Equal(row[^1], FixedPoint.Format(bundle.Thresholds[unit], 1));
            string formula = string.Join(',', row[2..^1]);
            if (formula == Print(ours.Best!)) continue;
            differentFormulas.Add(unit);
            // The original's answer is in our final beam with the original's score; ours beats it.
            var theirs = bundle.History[unit].Beams[2];
            Assert.Contains(Beam(ours, 2), m => m.Formula == formula);
            Assert.DoesNotContain(theirs, m => m.Formula == Print(ours.Best!));
            Assert.True(new PassLoop(bundle, ours).FollowsAPrimeCodePartner(ours.Best!.Formula), $"{unit}: {Print(ours.Best!)}");
        }
        // ALGORITHM §10: ((stove AND NOT tree-X) OR bus-X) and ((bench-X AND NOT kitchen-s) OR book-X).
        Assert.Equal([25, 282], differentFormulas);
    }

    /// <summary>
    /// The beam takes formulas with distinct codes ignoring expansion (ALGORITHM §6.1): a formula of
    /// the original's beam whose prime code, ignoring expansion, equals this one's keeps it out.
    /// </summary>
    private bool OutrankedByAPartnerIgnoringExpansion(string formula, string score, IReadOnlyList<(string Formula, string Score)> theirs)
    {
        var partners = PassLoop.PrimeCodePartners(Parse(formula)).Select(p => FormulaCodec.Key(p, ignoreExpansion: true)).ToHashSet();
        return theirs.Any(o => partners.Contains(FormulaCodec.Key(Parse(o.Formula), ignoreExpansion: true))
            && double.Parse(o.Score, CultureInfo.InvariantCulture) >= double.Parse(score, CultureInfo.InvariantCulture));
    }

    private string Print(ScoredFormula member) => member.Formula.Print(bundle.Bank.Labels);

    private Formula Parse(string formula) => new FormulaParser(bundle.Bank.Labels).Parse(formula);

    private List<(string Formula, string Score)> Beam(SearchResult result, int pass) =>
        [.. result.BeamHistory[pass].Select(m => (Print(m), FixedPoint.Format(m.Score, 4)))];
}
