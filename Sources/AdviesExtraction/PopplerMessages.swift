import CPoppler
import Foundation

/// Poppler reports syntax problems (a damaged cross-reference table, a broken content stream)
/// through poppler-glib's error callback, which logs them with `g_log` in the "Poppler" domain at
/// info level, where GLib's default handler drops them. A handler on that domain collects them per
/// thread, so they become diagnostics of the file being read instead of vanishing or turning up
/// as library chatter on the user's terminal.
enum PopplerMessages {
    private static let key = "advies.poppler.messages"

    /// Installs the handler once per process.
    static let install: Void = {
        let levels = GLogLevelFlags(rawValue: G_LOG_LEVEL_MASK.rawValue | G_LOG_FLAG_FATAL.rawValue | G_LOG_FLAG_RECURSION.rawValue)
        g_log_set_handler("Poppler", levels, { _, _, message, _ in
            guard let message else { return }
            let box = Thread.current.threadDictionary[PopplerMessages.key] as? MessageBox
            box?.messages.append(PopplerMessages.clean(String(cString: message)))
        }, nil)
    }()

    /// Runs `body` and returns what poppler said while it ran on this thread.
    static func collecting<T>(_ body: () throws -> T) rethrows -> (T, [String]) {
        _ = install
        let box = MessageBox()
        let previous = Thread.current.threadDictionary[key]
        Thread.current.threadDictionary[key] = box
        defer { Thread.current.threadDictionary[key] = previous }
        let value = try body()
        return (value, box.messages)
    }

    /// "Syntax error at position 10661: Illegal character <fd> in hex string" reads as
    /// "illegal character <fd> in hex string": the byte offset means nothing to a reader.
    static func clean(_ message: String) -> String {
        var text = message.trimming(.whitespacesAndNewlines)
        if let range = text.range(of: " at position "), let colon = text[range.upperBound...].firstIndex(of: ":") {
            text = String(text[text.index(after: colon)...]).trimming(.whitespaces)
        }
        text = text.replacingOccurrences(of: "<0a>", with: "")
        guard let first = text.first else { return text }
        return first.lowercased() + text.dropFirst()
    }

    private final class MessageBox {
        var messages: [String] = []
    }
}
