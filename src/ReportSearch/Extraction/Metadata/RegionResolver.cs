using ReportSearch.Divisions;

namespace ReportSearch.Extraction.Metadata;

/// <summary>
/// Reads who issued a report and resolves where it sits against the national division list: the township named
/// by the issuing body (or the title), narrowed by the places the text names, with county, city and province
/// filled from the list. What the text cannot settle stays null; it never guesses.
/// Build one per process (it indexes every name of the list) and share it; <see cref="Resolve"/> is thread-safe.
/// </summary>
public sealed class RegionResolver
{
    private readonly DivisionTable _divisions;
    private readonly DivisionNameFinder _names;
    private readonly CandidateNarrowing _narrowing;

    public RegionResolver(DivisionTable divisions) : this(divisions, new DivisionNameFinder(divisions)) { }

    /// <summary>With a name finder already built over the same table (it is the costly part).</summary>
    public RegionResolver(DivisionTable divisions, DivisionNameFinder names)
    {
        _divisions = divisions;
        _names = names;
        _narrowing = new CandidateNarrowing(divisions);
    }

    public RegionResolution Resolve(string text) =>
        string.IsNullOrEmpty(text) ? RegionResolution.Unknown : Resolve(text, ReportLayout.Of(text));

    /// <summary>As <see cref="Resolve(string)"/>, with the text's layout already worked out (the extractor shares one).</summary>
    internal RegionResolution Resolve(string text, ReportLayout layout)
    {
        if (string.IsNullOrEmpty(text)) return RegionResolution.Unknown;
        var mentions = _names.Find(text);
        var body = IssuingBodyFinder.Find(text, layout, mentions);

        var (target, level) = Target(body, mentions, layout);
        if (target is null) return RegionResolution.Unknown with { Body = body?.Text };

        var initial = target.Divisions.Where(d => d.Level == level).ToList();
        var chains = RegionEvidence.ChainsBefore(target, level, mentions, layout, body);
        var evidence = RegionEvidence.NamesAbove(target, level, mentions, layout, body);
        var narrowed = _narrowing.Narrow(initial, chains, evidence);
        return Describe(body?.Text, target, level, narrowed);
    }

    /// <summary>The name to resolve: the body's township, else a township in the title, preamble or signature; a county when no township is named.</summary>
    private static (DivisionName? Name, DivisionLevel Level) Target(IssuingBody? body, IReadOnlyList<NameMention> mentions, ReportLayout layout)
    {
        bool InHeadTitle(NameMention m) =>
            layout.ZoneOf(m.Start) == EvidenceZone.Head && IssuingBodyFinder.IsTitleLine(layout.Lines[layout.LineAt(m.Start)].In(layout.Text));

        if (body is { Township: >= 0 }) return (mentions[body.Township].Name, DivisionLevel.Township);
        if (body is not null)
        {
            // A township the list lacks: the county written before it is still worth resolving.
            var county = mentions.LastOrDefault(m => m.Start >= body.Start && m.End <= body.End && IssuingBodyFinder.HasLevel(m, DivisionLevel.County));
            return county.Name is null ? (null, DivisionLevel.Township) : (county.Name, DivisionLevel.County);
        }
        // No body: a township on a title line, then elsewhere in the head (a site's menu may list its neighbours),
        // then in the preamble or the signature; a county only when no township is named there.
        foreach (var level in (DivisionLevel[])[DivisionLevel.Township, DivisionLevel.County])
            foreach (var place in (Func<NameMention, bool>[])[m => InHeadTitle(m), m => layout.ZoneOf(m.Start) == EvidenceZone.Head,
                         m => layout.ZoneOf(m.Start) == EvidenceZone.Preamble, m => layout.ZoneOf(m.Start) == EvidenceZone.Tail])
                foreach (var m in mentions)
                    if (IssuingBodyFinder.HasLevel(m, level) && place(m)) return (m.Name, level);
        return (null, DivisionLevel.Township);
    }

    private RegionResolution Describe(string? body, DivisionName target, DivisionLevel level, Narrowed narrowed)
    {
        var candidates = narrowed.Candidates;
        var township = level == DivisionLevel.Township
            ? candidates.Select(c => c.Name).Distinct().Count() == 1 ? candidates[0].Name : target.Written
            : null;
        if (candidates.Count == 0) return RegionResolution.Unknown with { Body = body, Township = township };

        var county = narrowed.Contradicted ? null : Common(candidates, DivisionLevel.County);
        var city = narrowed.Contradicted ? null : Common(candidates, DivisionLevel.City);
        var province = narrowed.Contradicted ? null : Common(candidates, DivisionLevel.Province);
        IReadOnlyList<string> countyCandidates = county is not null ? [] : candidates
            .Select(c => _divisions.AncestorAt(c, DivisionLevel.County)?.Name).OfType<string>().Distinct().ToList();
        var code = narrowed.Settled && level == DivisionLevel.Township ? candidates[0].Code : null;
        return new RegionResolution(body, township, county, countyCandidates, city, province, code);
    }

    /// <summary>The name of the ancestor at this level that all candidates share; null when they differ or have none.</summary>
    private string? Common(IReadOnlyList<Division> candidates, DivisionLevel level)
    {
        Division? shared = null;
        foreach (var c in candidates)
        {
            var at = _divisions.AncestorAt(c, level);
            if (at is null || (shared is not null && shared.Code != at.Code)) return null;
            shared = at;
        }
        return shared?.Name;
    }
}
