import AdviesExport
import AdviesModel
import Foundation

/// Writing to the terminal: results to stdout, problems to stderr as one line each,
/// `advies: <what>: <why>`, with control characters from file names, manifests and documents
/// shown rather than obeyed. A progress line, when one is drawn, is cleared before a message
/// and redrawn after it.
enum Console {
    /// A result; an empty one (a listing of nothing) prints nothing.
    static func out(_ text: String) {
        guard !text.isEmpty else { return }
        FileHandle.standardOutput.write(Data((text + "\n").utf8))
    }

    static func error(_ subject: String, _ reason: String) {
        write("advies: \(TerminalText.visible(subject)): \(TerminalText.visible(reason))")
    }

    static func note(_ text: String) {
        write("advies: \(TerminalText.visible(text))")
    }

    /// What reading a file met (damage, a converted encoding, pages without text), one line each.
    static func report(_ path: String, _ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics where diagnostic.code.isReading { error(path, diagnostic.message) }
    }

    /// Whether stderr is a terminal (progress lines are drawn only there).
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) != 0 }

    /// Whether stdout is a terminal (search hits are highlighted only there).
    static var stdoutIsTerminal: Bool { isatty(STDOUT_FILENO) != 0 }

    private static func write(_ line: String) {
        ProgressLine.shared.interrupt { FileHandle.standardError.write(Data((line + "\n").utf8)) }
    }
}

/// The one progress line of a run, redrawn in place on a terminal (and never drawn
/// elsewhere): "[3/11] x.pdf · 2.1 files/s", "OCR page 2/6 · scan.pdf".
final class ProgressLine: @unchecked Sendable {
    static let shared = ProgressLine(terminal: Console.stderrIsTerminal)

    private let terminal: Bool
    private let lock = NSLock()
    private var shown: String?

    init(terminal: Bool) {
        self.terminal = terminal
    }

    /// Draws `text` in place of what the line showed.
    func show(_ text: String) {
        guard terminal else { return }
        lock.withLock {
            shown = TerminalText.visible(text)
            draw()
        }
    }

    /// Clears the line for good.
    func clear() {
        guard terminal else { return }
        lock.withLock {
            if shown != nil { erase() }
            shown = nil
        }
    }

    /// Runs `body` (which writes a message) with the line cleared, then draws it again.
    func interrupt(_ body: () -> Void) {
        lock.withLock {
            if terminal && shown != nil { erase() }
            body()
            if terminal && shown != nil { draw() }
        }
    }

    private func draw() {
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (shown ?? "")).utf8))
    }

    private func erase() {
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
