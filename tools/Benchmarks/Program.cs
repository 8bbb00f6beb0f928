using System.CommandLine;
using ReportSearch.Benchmarks;

// End-to-end benchmarks, one subcommand per stage; results go to docs/benchmarks.md by hand, with the command.
var root = new RootCommand("ReportSearch benchmarks (run with -c Release)");
root.Subcommands.Add(ExtractionBenchmark.Create());
root.Subcommands.Add(AnalysisBenchmark.Create());
root.Subcommands.Add(IndexStagesBenchmark.Create());
root.Subcommands.Add(IngestStagesBenchmark.Create());
root.Subcommands.Add(SearchBenchmark.Create());
root.Subcommands.Add(IndexBenchmark.Create());
root.Subcommands.Add(CompareBenchmark.Create());
return root.Parse(args).Invoke();
