import Foundation

/// SVG from DOT through Graphviz's `dot`.
public enum Graphviz {
    public enum Failure: Error, CustomStringConvertible {
        case notInstalled
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled: "graphviz: cannot run dot (install the graphviz package)"
            case .failed(let reason): "graphviz: dot failed (\(reason))"
            }
        }
    }

    public static func svg(_ dot: String) throws(Failure) -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["dot", "-Tsvg"]
        let input = Pipe(), output = Pipe(), errors = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = errors
        do { try process.run() } catch { throw .notInstalled }
        // Read both pipes while dot runs, so neither fills and blocks it.
        let group = DispatchGroup()
        nonisolated(unsafe) var svg = Data(), messages = Data()
        DispatchQueue.global().async(group: group) { svg = output.fileHandleForReading.readDataToEndOfFile() }
        DispatchQueue.global().async(group: group) { messages = errors.fileHandleForReading.readDataToEndOfFile() }
        input.fileHandleForWriting.write(Data(dot.utf8))
        try? input.fileHandleForWriting.close()
        group.wait()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            if process.terminationStatus == 127 { throw .notInstalled }
            let reason = String(decoding: messages, as: UTF8.self).split(separator: "\n").first.map(String.init)
            throw .failed(reason ?? "exit \(process.terminationStatus)")
        }
        return String(decoding: svg, as: UTF8.self)
    }
}
