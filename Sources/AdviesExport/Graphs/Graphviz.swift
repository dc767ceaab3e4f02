import Foundation

/// SVG from DOT through Graphviz's `dot`, stopped when it takes longer than it may: dot's
/// layout grows steeply with the graph (300 documents took over three minutes).
public enum Graphviz {
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)
        case timedOut(seconds: Double)

        public var description: String {
            switch self {
            case .notInstalled: "graphviz: cannot run dot (install the graphviz package)"
            case .failed(let reason): "graphviz: dot failed (\(reason))"
            case .timedOut(let seconds): "graphviz: dot did not finish in \(String(format: "%g", seconds)) s and was stopped"
            }
        }
    }

    public static let defaultTimeout = 120.0

    public static func svg(_ dot: String, timeout: Double = defaultTimeout) throws(Failure) -> String {
        // The graph goes to dot as a file: writing to a pipe of a dot that has stopped (killed
        // at the timeout, or done early on an error) would end this process with SIGPIPE.
        let input = FileManager.default.temporaryDirectory.appendingPathComponent("advies-graph-\(UUID().uuidString).dot")
        do { try Data(dot.utf8).write(to: input) } catch { throw .failed("cannot write its input: \(error.localizedDescription)") }
        defer { try? FileManager.default.removeItem(at: input) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg", input.path]
        let output = Pipe(), errors = Pipe()
        process.standardOutput = output
        process.standardError = errors
        let exited = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in exited.signal() }
        do { try process.run() } catch { throw .notInstalled }
        // Read both pipes while dot runs, so neither fills and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var svg = Data(), messages = Data()
        DispatchQueue.global().async(group: group) { svg = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { messages = errors.fileHandleForReading.readDataToEndOfFile() }
        guard exited.wait(timeout: .now() + timeout) == .success else {
            kill(process.processIdentifier, SIGKILL)
            exited.wait()
            throw .timedOut(seconds: timeout)
        }
        group.wait()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { throw .notInstalled }
            let reason = String(decoding: messages, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw .failed(reason ?? "exit \(process.terminationStatus)")
        }
        return String(decoding: svg, as: UTF8.self)
    }
}
