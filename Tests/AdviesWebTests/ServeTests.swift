import Foundation
import TestSupport
import Testing
import WebDriver

/// `advies serve` as a process: it prints its address, sends the security headers, keeps
/// requests inside the app, and stops cleanly on a signal.
@Suite("advies serve")
struct ServeTests {
    @Test("Prints its address on a free port and answers with the security headers")
    func startsAndAnswers() async throws {
        _ = Fixture.knowledgeBase
        let server = try await ServeProcess.start()
        defer { server.stop() }
        // How fast it starts is measured by scripts/bench; here only reported (a shared machine's load decides it).
        print("advies serve listened after \(String(format: "%.3f", server.startSeconds)) s")
        let home = try await server.get("/")
        #expect(home.status == 200)
        #expect(home.headers["content-security-policy"]?.hasPrefix("default-src 'none'") == true)
        #expect(home.headers["x-content-type-options"] == "nosniff")
        #expect(home.headers["server-timing"]?.hasPrefix("app;dur=") == true)
        let head = try await server.get("/stats", method: "HEAD")
        #expect(head.status == 200 && head.body.isEmpty)
        let form = try await server.get("/search?q=duaal+leren&in=recommendations")
        #expect(form.status == 200 && form.text.contains("duaal leren"))
    }

    @Test("Requests sent byte for byte never reach a file outside the app")
    func noPathTraversal() async throws {
        let server = try await ServeProcess.start()
        defer { server.stop() }
        for target in ["/assets/../../../../etc/passwd", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd",
                       "/assets/..%2F..%2F..%2Fetc%2Fpasswd", "/assets/%2e%2e%2fPackage.swift", "/documents/../../etc/passwd",
                       "//etc/passwd", "/assets/style.css/../../Package.swift"] {
            let reply = try await server.get(target)
            #expect([400, 404].contains(reply.status), "\(target): \(reply.status)")
            #expect(!reply.text.contains("root:x:") && !reply.text.contains("swift-tools-version"), "\(target)")
        }
    }

    @Test("Stops cleanly on a signal", arguments: [SIGTERM, SIGINT])
    func stopsOnSignal(_ signal: Int32) async throws {
        let server = try await ServeProcess.start()
        defer { server.stop() }
        server.process.send(signal)
        let status = await server.process.waitForExit(timeout: 5)
        #expect(status == 0, "exit status \(String(describing: status)) after signal \(signal): \(server.process.output)")
        #expect(server.process.output.contains("advies: stopped"))
    }

    @Test("A missing knowledge base is one line and exit 1, no server")
    func missingKnowledgeBase() throws {
        let result = try Command.advies(["serve", "--db", "/nonexistent/kb.sqlite", "--port", "0"])
        #expect(result.status == 1)
        #expect(result.errorLines == ["advies: /nonexistent/kb.sqlite: no knowledge base here (run `advies ingest` first, or give --db)"])
    }
}
