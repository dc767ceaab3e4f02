import AdviesExport
import AdviesWeb
import ArgumentParser
import Foundation

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The knowledge base in a browser: search, documents, recommendations, traces, graphs, citation lists.",
        discussion: """
            Read-only. Prints the address it listens on (with --port 0, a free port) and serves until \
            Ctrl-C or SIGTERM. Loopback only unless --host says otherwise.
            """
    )

    @Option(help: "The port to listen on; 0 picks a free one.")
    var port = 8080

    @Option(help: "The address to listen on (default: loopback only).")
    var host = "127.0.0.1"

    @OptionGroup var store: KnowledgeBaseOptions

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
    }

    func run() async throws {
        let app = try reporting { try WebApp(databasePath: store.path) }
        try await WebServer.run(app, host: host, port: port) { address in
            // One line, at once: scripts and tests wait for it.
            FileHandle.standardOutput.write(Data("advies: serving \(TerminalText.visible(store.path)) on \(address) (Ctrl-C stops)\n".utf8))
        }
        FileHandle.standardOutput.write(Data("advies: stopped\n".utf8))
    }
}
