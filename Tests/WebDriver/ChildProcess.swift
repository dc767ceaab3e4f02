import Foundation

public struct ChildProcessError: Error, CustomStringConvertible {
    public let description: String
    public init(_ description: String) { self.description = description }
}

/// A child process for tests: stdout and stderr captured together, a hard lifetime, and a stop
/// that leaves nothing behind. It runs under coreutils `timeout`, which (1) kills it after
/// `lifetime` seconds even if the test runner crashed and (2) makes a new process group, so
/// `stop()` can SIGKILL every process it spawned (chromedriver's browser, its renderers).
public final class ChildProcess: @unchecked Sendable {
    public let name: String
    private let process = Process()
    private let lock = NSLock()
    private var buffer = Data()
    private var stopped = false

    public var pid: Int32 { process.processIdentifier }
    public var isRunning: Bool { process.isRunning }
    public var output: String { lock.withLock { String(decoding: buffer, as: UTF8.self) } }

    public init(name: String, executable: String, arguments: [String], lifetime: Int = 600,
                environment: [String: String]? = nil) throws {
        guard FileManager.default.isExecutableFile(atPath: executable) else {
            throw ChildProcessError("\(name): no executable at \(executable)")
        }
        self.name = name
        process.executableURL = URL(fileURLWithPath: "/usr/bin/timeout")
        process.arguments = ["--kill-after=5", "\(lifetime)s", executable] + arguments
        if let environment { process.environment = environment }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
            let chunk = handle.availableData
            if chunk.isEmpty { handle.readabilityHandler = nil } else { self?.lock.withLock { self?.buffer.append(chunk) } }
        }
        // Foundation's Process passes on the calling thread's signal mask, and Swift
        // concurrency's threads block SIGTERM and SIGINT: a child started from an async test
        // would never see them. Spawn with an empty mask.
        var empty = sigset_t(), saved = sigset_t()
        sigemptyset(&empty)
        pthread_sigmask(SIG_SETMASK, &empty, &saved)
        defer { pthread_sigmask(SIG_SETMASK, &saved, nil) }
        try process.run()
    }

    deinit { stop(grace: 0) }

    /// Waits until the output matches `pattern`; returns the match's capture groups (0 = whole).
    /// Fails at once, with the output, if the process exits first.
    public func waitForOutput(matching pattern: String, timeout: Double) async throws -> [String] {
        let regex = try NSRegularExpression(pattern: pattern)
        return try await waitFor("\(name) to print /\(pattern)/", timeout: timeout, interval: 0.02) {
            let text = output
            if let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) {
                return (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
            }
            if !process.isRunning {
                throw ChildProcessError("\(name) exited (status \(process.terminationStatus)) before printing /\(pattern)/. Output:\n\(text.suffix(3000))")
            }
            return nil
        }
    }

    /// Sends `signal` to the process only (not its group). `timeout` passes it on to its child.
    public func send(_ signal: Int32) { if process.isRunning { kill(process.processIdentifier, signal) } }

    /// Waits up to `timeout` seconds for the process to exit; its status, or nil if still running.
    /// Sleeps with `Task.sleep`, so it does not hold one of the (few) concurrency threads.
    public func waitForExit(timeout: Double) async -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { try? await Task.sleep(nanoseconds: 10_000_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    private func blockingWaitForExit(timeout: Double) -> Int32? {
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        return process.isRunning ? nil : process.terminationStatus
    }

    /// SIGTERM, up to `grace` seconds, then SIGKILL to the whole process group. Synchronous, so
    /// it works in `defer`; safe to call twice. Returns the exit status.
    @discardableResult
    public func stop(grace: Double = 3) -> Int32 {
        let pid = process.processIdentifier
        guard lock.withLock({ let first = !stopped; stopped = true; return first }), pid > 0 else {
            return process.isRunning ? -1 : process.terminationStatus
        }
        send(SIGTERM)
        _ = blockingWaitForExit(timeout: grace)  // blocks: stop() must work in `defer`
        kill(-pid, SIGKILL)  // the group `timeout` made: whatever is left of the children
        if process.isRunning { kill(pid, SIGKILL) }
        return blockingWaitForExit(timeout: 5) ?? -1
    }
}
