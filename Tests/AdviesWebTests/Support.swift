import AdviesWeb
import Foundation
import TestSupport
import WebDriver

/// The corpus in a knowledge base made once per test run with the built `advies` binary, and
/// one document of hostile values beside it (markup in its title and text, a `javascript:`
/// address), as a third-party PDF might carry them.
enum Fixture {
    static let hostileID = "hostile-markup"
    static let hostileTitle = #"<img src=x onerror="alert(1)"> & 'quotes'"#

    static let knowledgeBase: String = {
        let folder = try! Repository.scratchDirectory("advies-web-kb")
        let path = folder.appendingPathComponent("kb.sqlite").path
        let corpus = try! Command.advies(["ingest", Repository.corpus.path, "--db", path])
        precondition(corpus.status == 0, "ingest of the corpus failed: \(corpus.stderr)")
        let hostile = folder.appendingPathComponent("hostile")
        try! FileManager.default.createDirectory(at: hostile, withIntermediateDirectories: true)
        try! """
            1 Inleiding

            De Vlor vraagt <script>alert("x")</script> dat de Vlaamse Regering de premie verhoogt.1

            1 Zie javascript:alert(1) en <b>vet</b>.
            """.write(to: hostile.appendingPathComponent("\(hostileID).txt"), atomically: true, encoding: .utf8)
        let manifest: [String: Any] = ["documents": [[
            "id": hostileID, "kind": "advisory", "organisation": "Vlaamse Onderwijsraad", "council": "<b>Raad</b>",
            "title": hostileTitle, "date": "2022-05-01", "date_precision": "day", "url": "javascript:alert(1)",
            "text": "\(hostileID).txt",
        ]]]
        try! JSONSerialization.data(withJSONObject: manifest).write(to: hostile.appendingPathComponent("manifest.json"))
        let extra = try! Command.advies(["ingest", hostile.path, "--db", path])
        precondition(extra.status == 0, "ingest of the hostile document failed: \(extra.stderr)")
        return path
    }()

    static let app: WebApp = try! WebApp(databasePath: knowledgeBase)
}

/// A request answered in process.
func get(_ target: String, method: String = "GET") async -> WebResponse {
    await Fixture.app.respond(WebRequest(method: method, target: target))
}

/// `advies serve` on a free port, its address read from its first line. Its lifetime (the
/// backstop that ends it should the test runner die) is long: on a loaded machine a test may
/// wait minutes for the fixture and for the few threads of the concurrency pool.
struct ServeProcess {
    let process: ChildProcess
    let url: URL
    let startSeconds: Double

    static func start(_ extra: [String] = [], database: String = Fixture.knowledgeBase) async throws -> ServeProcess {
        let started = Date()
        let process = try ChildProcess(name: "advies serve", executable: Repository.binary.path,
                                       arguments: ["serve", "--db", database, "--port", "0"] + extra, lifetime: 1800)
        let match = try await process.waitForOutput(matching: #"on (http://127\.0\.0\.1:\d+) "#, timeout: 60)
        return ServeProcess(process: process, url: URL(string: match[1])!, startSeconds: Date().timeIntervalSince(started))
    }

    /// A request sent byte for byte (`target` is not normalised).
    func get(_ target: String, method: String = "GET") async throws -> LoopbackHTTP.Reply {
        try await LoopbackHTTP.request(port: url.port!, method: method, target: target, timeout: 30)
    }

    func stop() { process.stop() }
}

/// Where screenshots go: $ADVIES_WEB_ARTEFACTS, else `.build/web-artefacts/` of the repository
/// (ignored by git, kept after the run).
func artefactFolder() throws -> URL {
    let url = ProcessInfo.processInfo.environment["ADVIES_WEB_ARTEFACTS"].map { URL(fileURLWithPath: $0) }
        ?? Repository.root.appendingPathComponent(".build/web-artefacts")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
}

/// Width and height from a PNG's header, or nil if `data` is not a PNG.
func pngSize(_ data: Data) -> (width: Int, height: Int)? {
    let bytes = [UInt8](data.prefix(24))
    guard bytes.count == 24, bytes.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) else { return nil }
    func be32(_ i: Int) -> Int { bytes[i..<i + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}
