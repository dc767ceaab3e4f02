import ArgumentParser

@main
struct Advies: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advies",
        abstract: "Turn policy advisories, letters and parliamentary questions into a knowledge base you can question.",
        subcommands: [IngestCommand.self, SearchCommand.self, ListCommand.self, ShowCommand.self, RecsCommand.self,
                      StatsCommand.self, CitesCommand.self, CitedByCommand.self, CiteCommand.self, TraceCommand.self,
                      GraphCommand.self, ServeCommand.self, ParseCommand.self, ExtractCommand.self, EvalCommand.self,
                      GenerateCorpusCommand.self, MigrateCommand.self]
    )
}
