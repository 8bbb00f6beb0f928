using ReportSearch.CorpusGen.Findings;
using ReportSearch.CorpusGen.Randomness;

namespace ReportSearch.CorpusGen.History;

/// <summary>
/// Carries a township's problems from one report to the next: each of last year's problems is stated again word
/// for word, stated again in other words, or resolved (dropped), in the shares of the corpus options; new
/// problems fill the list up to this year's count. Measures follow the problems' categories.
/// </summary>
public sealed class ProblemHistory(CorpusOptions options)
{
    /// <summary>What this year's report says, and how each problem relates to last year's.</summary>
    public sealed record YearFindings(
        IReadOnlyList<FindingWording> Problems, IReadOnlyList<FindingWording> Measures,
        IReadOnlyList<FindingWording> Verbatim, IReadOnlyList<(FindingWording Now, FindingWording Before)> Reworded,
        IReadOnlyList<FindingWording> Resolved, IReadOnlyList<FindingWording> New);

    public YearFindings Next(Rng rng, IReadOnlyList<FindingWording>? previous)
    {
        var problems = new List<FindingWording>();
        var verbatim = new List<FindingWording>();
        var reworded = new List<(FindingWording, FindingWording)>();
        var resolved = new List<FindingWording>();
        foreach (var before in previous ?? [])
        {
            var x = rng.NextDouble();
            if (x < options.RepeatVerbatimShare)
            {
                problems.Add(before);
                verbatim.Add(before);
            }
            else if (x < options.RepeatVerbatimShare + options.RepeatRewordedShare && before.Idea.Titles.Count > 1)
            {
                var now = Reword(rng, before);
                problems.Add(now);
                reworded.Add((now, before));
            }
            else resolved.Add(before);
        }

        var target = rng.Between(2, 5);
        var fresh = new List<FindingWording>();
        var used = new HashSet<string>((previous ?? []).Select(p => p.Idea.Id));
        foreach (var idea in rng.Sample(ProblemCatalog.All, ProblemCatalog.All.Count))
        {
            if (problems.Count >= target && (problems.Count > 0)) break;
            if (used.Contains(idea.Id) || Overlaps(problems, idea)) continue;
            var w = Word(rng, idea);
            problems.Add(w);
            fresh.Add(w);
        }
        rng.Shuffle(problems);
        return new YearFindings(problems, Measures(rng, problems), verbatim, reworded, resolved, fresh);
    }

    /// <summary>Two problems of one report never share a category set, so each reads as a distinct point.</summary>
    private static bool Overlaps(List<FindingWording> chosen, FindingIdea idea) =>
        chosen.Any(c => c.Idea.Categories.SequenceEqual(idea.Categories));

    private static FindingWording Word(Rng rng, FindingIdea idea) =>
        new(idea, rng.Next(idea.Titles.Count), idea.Details.Count == 0 || rng.Chance(0.15) ? -1 : rng.Next(idea.Details.Count));

    /// <summary>The same idea with another title and another detail.</summary>
    private static FindingWording Reword(Rng rng, FindingWording before)
    {
        var idea = before.Idea;
        var title = (before.Title + 1 + rng.Next(idea.Titles.Count - 1)) % idea.Titles.Count;
        var detail = idea.Details.Count switch
        {
            0 => -1,
            1 => before.Detail < 0 ? 0 : -1,
            _ => (Math.Max(before.Detail, 0) + 1 + rng.Next(idea.Details.Count - 1)) % idea.Details.Count,
        };
        return new FindingWording(idea, title, detail);
    }

    private static List<FindingWording> Measures(Rng rng, IReadOnlyList<FindingWording> problems)
    {
        var wanted = problems.SelectMany(p => p.Idea.Categories).ToHashSet();
        var matching = MeasureCatalog.All.Where(m => m.Categories.Any(wanted.Contains)).ToList();
        var others = MeasureCatalog.All.Except(matching).ToList();
        var count = rng.Between(2, 5);
        var chosen = rng.Sample(matching, Math.Min(count, matching.Count));
        chosen.AddRange(rng.Sample(others, Math.Max(0, count - chosen.Count)));
        return chosen.Select(m => Word(rng, m)).ToList();
    }
}
