using System.CommandLine;
using ReportSearch.Cli.Commands;

// Wiring only: each subcommand lives in Commands/ and is composed here.
var root = new RootCommand("ReportSearch: search and compare township government-information-disclosure annual reports.");
root.Subcommands.Add(ExtractCommand.Create());
root.Subcommands.Add(DemoCommand.Create());
root.Subcommands.Add(IndexCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(CompareCommand.Create());
root.Subcommands.Add(ProblemsCommand.Create());
root.Subcommands.Add(CopiesCommand.Create());
root.Subcommands.Add(MetricsCommand.Create());
root.Subcommands.Add(ValidateCommand.Create());
return root.Parse(args).Invoke();
