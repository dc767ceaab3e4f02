import ArgumentParser

@main
struct Advies: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "advies",
        abstract: "Turn Flemish policy advisories into a knowledge base you can question.",
        subcommands: [ExtractCommand.self, ParseCommand.self, EvalCommand.self]
    )
}
