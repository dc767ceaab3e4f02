import Foundation

/// The outcome of running a command.
public struct CommandResult: Sendable {
    public var status: Int32
    public var stdout: String
    public var stderr: String

    /// Non-empty lines of stderr.
    public var errorLines: [String] {
        stderr.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }
}

public enum Command {
    /// Runs an executable with arguments and returns its exit status and output.
    public static func run(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                           currentDirectory: URL? = nil) throws -> CommandResult {
        try start(executable, arguments, environment: environment, currentDirectory: currentDirectory).finish()
    }

    /// Starts an executable and returns at once; `finish` waits for it. Tests that need
    /// processes running at the same moment start them all first (run from tasks, a thread
    /// pool as small as the cores would run them one after another).
    public static func start(_ executable: URL, _ arguments: [String], environment: [String: String] = [:],
                             currentDirectory: URL? = nil) throws -> Running {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        var env = ProcessInfo.processInfo.environment
        for (key, value) in environment { env[key] = value }
        process.environment = env
        if let currentDirectory { process.currentDirectoryURL = currentDirectory }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        return Running(process: process, out: out, err: err)
    }

    /// A process started by `start`, its output read while it runs so a full pipe never blocks it.
    public final class Running: @unchecked Sendable {
        private let process: Process
        private let group = DispatchGroup()
        private var outData = Data(), errData = Data()

        init(process: Process, out: Pipe, err: Pipe) {
            self.process = process
            DispatchQueue.global().async(group: group) { self.outData = out.fileHandleForReading.readDataToEndOfFile() }
            DispatchQueue.global().async(group: group) { self.errData = err.fileHandleForReading.readDataToEndOfFile() }
        }

        /// Waits for the process and returns its exit status and output.
        public func finish() -> CommandResult {
            group.wait()
            process.waitUntilExit()
            return CommandResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                                 stderr: String(decoding: errData, as: UTF8.self))
        }
    }

    /// Starts the built `advies` binary (see `start(_:_:)`).
    public static func start(_ arguments: [String]) throws -> Running {
        try start(Repository.binary, arguments)
    }

    /// Runs the built `advies` binary.
    public static func advies(_ arguments: [String], environment: [String: String] = [:],
                              currentDirectory: URL? = nil) throws -> CommandResult {
        try run(Repository.binary, arguments, environment: environment, currentDirectory: currentDirectory)
    }

    /// Starts the built `advies` binary without waiting for it, its output discarded: for
    /// tests that stop it midway.
    public static func launch(_ arguments: [String]) throws -> Process {
        let process = Process()
        process.executableURL = Repository.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        return process
    }

    /// Runs the built `advies` binary, handing `watch` its stderr so far each time more
    /// arrives, so a test can act while the command runs.
    public static func advies(_ arguments: [String], watch: (String) -> Void) throws -> CommandResult {
        let process = Process()
        process.executableURL = Repository.binary
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        let err = Pipe()
        process.standardError = err
        try process.run()
        var errData = Data()
        while case let chunk = err.fileHandleForReading.availableData, !chunk.isEmpty {
            errData.append(chunk)
            watch(String(decoding: errData, as: UTF8.self))
        }
        process.waitUntilExit()
        return CommandResult(status: process.terminationStatus, stdout: "", stderr: String(decoding: errData, as: UTF8.self))
    }

    /// Runs a program found on PATH.
    public static func tool(_ name: String, _ arguments: [String]) throws -> CommandResult {
        try run(URL(fileURLWithPath: "/usr/bin/env"), [name] + arguments)
    }
}
