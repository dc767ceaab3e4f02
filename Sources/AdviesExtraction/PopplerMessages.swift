import CPoppler
import Foundation

/// Poppler reports syntax problems by printing to stderr unless a callback is installed. The
/// callback setter is C++ (`setErrorCallback` in libpoppler), not part of poppler-glib, so it
/// is looked up by its symbol. Messages are collected per thread and become diagnostics
/// instead of library chatter on the user's terminal.
enum PopplerMessages {
    private typealias Callback = @convention(c) (Int32, Int64, UnsafePointer<CChar>?) -> Void
    private typealias Setter = @convention(c) (Callback?) -> Void

    private static let key = "advies.poppler.messages"

    /// Installs the callback once per process.
    static let install: Void = {
        // setErrorCallback(void (*)(ErrorCategory, Goffset, const char *))
        #if os(macOS)
        let everywhere = UnsafeMutableRawPointer(bitPattern: -2)  // RTLD_DEFAULT
        #else
        let everywhere: UnsafeMutableRawPointer? = nil  // RTLD_DEFAULT
        #endif
        guard let symbol = dlsym(everywhere, "_Z16setErrorCallbackPFv13ErrorCategoryxPKcE") else { return }
        let setter = unsafeBitCast(symbol, to: Setter.self)
        setter { _, _, message in
            guard let message else { return }
            let text = String(cString: message)
            let box = Thread.current.threadDictionary[PopplerMessages.key] as? MessageBox
            box?.messages.append(text)
        }
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

    private final class MessageBox {
        var messages: [String] = []
    }
}
