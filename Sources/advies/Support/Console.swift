import AdviesCore
import Foundation

/// Writing to the terminal: results to stdout, problems to stderr as `advies: <what>: <why>`.
enum Console {
    static func out(_ text: String) {
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ subject: String, _ reason: String) {
        FileHandle.standardError.write(Data("advies: \(subject): \(reason)\n".utf8))
    }

    static func note(_ text: String) {
        FileHandle.standardError.write(Data("advies: \(text)\n".utf8))
    }

    /// What reading a file met (damage, a converted encoding, pages without text), one line each.
    static func report(_ path: String, _ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.code.isReading { error(path, diagnostic.message) }
    }

    /// Whether stderr is a terminal (progress lines are drawn only there).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }
}
