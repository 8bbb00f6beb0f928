using System.Security.Cryptography;
using ReportSearch.CorpusGen.Findings;
using ReportSearch.CorpusGen.History;
using ReportSearch.CorpusGen.Places;
using ReportSearch.CorpusGen.Planning;
using ReportSearch.CorpusGen.Randomness;
using ReportSearch.Model;
using ReportSearch.Serialization;

namespace ReportSearch.CorpusGen.Writing;

/// <summary>What writing one township's reports produced, for the manifest and history truth.</summary>
public sealed record TownshipResult(IReadOnlyList<WrittenReport> Reports, IReadOnlyList<ProblemChange> Changes);

/// <summary>The little the manifest needs of one written report (whole truths would not fit in memory for large corpora).</summary>
public sealed record WrittenReport(string Format, string? Template, int? Year, IReadOnlyList<string> AnomalyKinds, bool CountyOpen);

/// <summary>
/// Writes all reports of one township in year order, carrying its problems from each report to the next, and a
/// truth JSON beside each file. Depends only on the corpus seed and the township, so townships run in parallel.
/// </summary>
public sealed class TownshipWriter(CorpusOptions options, Gazetteer gazetteer)
{
    private readonly ReportComposer _composer = new(options, gazetteer);
    private readonly ProblemHistory _history = new(options);

    public TownshipResult Write(TownshipPlan township, IReadOnlyDictionary<string, string> copiedParagraphs, Action? reportWritten = null)
    {
        var style = TownshipStyle.Choose(Rng.For(options.Seed, "style", township.Place.Code));
        var written = new List<WrittenReport>();
        var changes = new List<ProblemChange>();
        IReadOnlyList<FindingWording>? previous = null;
        ReportPlan? previousPlan = null;
        List<Finding>? previousTruth = null;
        foreach (var plan in township.Reports)
        {
            var findings = _history.Next(Rng.For(options.Seed, "findings", plan.Place.Code, plan.Year), previous);
            var composed = _composer.Compose(plan, style, findings, copiedParagraphs.GetValueOrDefault(plan.Id));
            var bytes = ReportFileEncoder.Encode(plan.Format, composed.Text, composed.Title);
            var truth = composed.Truth with { Sha256 = Convert.ToHexStringLower(SHA256.HashData(bytes)) };
            WriteFile(plan.RelativePath, bytes);
            WriteFile(plan.TruthPath, System.Text.Encoding.UTF8.GetBytes(ExtractJson.Serialize(truth, indented: false)));
            written.Add(new WrittenReport(plan.Format, truth.Template, truth.Year, truth.Anomalies.Select(a => a.Kind).ToList(), truth.County is null));

            if (previousPlan is not null && previousTruth is not null)
                changes.Add(Change(plan, previousPlan, findings, truth, previousTruth));
            previous = findings.Problems;
            previousPlan = plan;
            previousTruth = truth.Problems.ToList();
            reportWritten?.Invoke();
        }
        return new TownshipResult(written, changes);
    }

    /// <summary>The history truth of one report against the previous, by the titles actually written.</summary>
    private static ProblemChange Change(ReportPlan plan, ReportPlan before, ProblemHistory.YearFindings findings, Report truth, List<Finding> previousTruth)
    {
        var self = plan.Place.SelfReference;
        var kind = plan.Place.KindWord;
        Finding Now(FindingWording w) => truth.Problems.First(p => p.Title == w.TitleText(self, kind));
        Finding Before(FindingWording w) => previousTruth.First(p => p.Title == w.TitleText(self, kind));
        return new ProblemChange(
            plan.RelativePath, before.RelativePath, plan.Place.Code, plan.Year, before.Year,
            findings.Verbatim.Select(w => Now(w).Title).ToList(),
            findings.Reworded.Select(r => new RewordedProblem(Now(r.Now).Title, Before(r.Before).Title, Now(r.Now).Text, Before(r.Before).Text)).ToList(),
            findings.Resolved.Select(w => Before(w).Title).ToList(),
            findings.New.Select(w => Now(w).Title).ToList());
    }

    private void WriteFile(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(options.OutputDirectory, relativePath);
        File.WriteAllBytes(path, bytes);
    }
}
