import Foundation
import Hummingbird
import Logging

/// `WebApp` over HTTP/1.1 (Hummingbird): every request goes to `WebApp.respond`, every page
/// leaves with a strict content security policy (nothing but the app's own stylesheet loads,
/// no script runs) and a `Server-Timing` header with the time it took to make.
public enum WebServer {
    /// Serves until SIGINT or SIGTERM, then stops cleanly. `onListening` gets the address once
    /// the port is bound (the real port when `port` is 0).
    public static func run(_ app: WebApp, host: String, port: Int, onListening: @escaping @Sendable (String) -> Void) async throws {
        // Logs to stderr: stdout carries the address line scripts wait for.
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = .warning
            return handler
        }
        let responder = CallbackResponder<BasicRequestContext> { request, _ in
            let started = ContinuousClock.now
            let answer = await app.respond(WebRequest(method: request.method.rawValue, path: request.uri.path, query: request.uri.query))
            let elapsed = ContinuousClock.now - started
            let milliseconds = Double(elapsed.components.seconds) * 1000 + Double(elapsed.components.attoseconds) / 1e15
            var headers: HTTPFields = [
                .contentType: answer.contentType,
                .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
                .init("X-Content-Type-Options")!: "nosniff",
                .init("Referrer-Policy")!: "no-referrer",
                .init("Server-Timing")!: String(format: "app;dur=%.2f", milliseconds),
            ]
            headers[.cacheControl] = answer.cacheable ? "public, max-age=300" : "no-cache"
            if let file = answer.attachment { headers[.contentDisposition] = "attachment; filename=\"\(file)\"" }
            let body = request.method == .head ? ByteBuffer() : ByteBuffer(string: answer.body)
            return Response(status: .init(code: answer.status), headers: headers, body: .init(byteBuffer: body))
        }
        let application = Application(
            responder: responder,
            configuration: .init(address: .hostname(host, port: port), serverName: nil),
            onServerRunning: { channel in
                let shown = host.contains(":") ? "[\(host)]" : host
                onListening("http://\(shown):\(channel.localAddress?.port ?? port)")
            },
            logger: Logger(label: "advies-serve")
        )
        try await application.runService(gracefulShutdownSignals: [.sigterm, .sigint])
    }
}
