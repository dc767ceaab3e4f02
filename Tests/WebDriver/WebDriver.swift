import Foundation

/// An error answer from the driver (W3C: `{"value": {"error": …, "message": …}}`) or a bad reply.
public struct WebDriverError: Error, CustomStringConvertible {
    public let request: String
    public let status: Int
    public let error: String
    public let message: String
    public var description: String { "WebDriver \(request): HTTP \(status) \(error): \(message.prefix(500))" }
}

/// A wait that ran out of time.
public struct WaitTimeout: Error, CustomStringConvertible {
    public let what: String
    public let seconds: Double
    public var description: String { "timed out after \(seconds)s waiting for \(what)" }
}

/// A web element reference, as the driver hands it out.
public struct Element: Sendable, Hashable {
    public let id: String
    static let key = "element-6066-11e4-a52e-4f735466cecf"  // the W3C element identifier key
}

/// Polls `probe` until it returns non-nil, every `interval`, for at most `timeout` seconds.
public func waitFor<T>(_ what: String, timeout: Double = 10, interval: Double = 0.1,
                       _ probe: () async throws -> T?) async throws -> T {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
        if let value = try await probe() { return value }
        if Date() >= deadline { throw WaitTimeout(what: what, seconds: timeout) }
        try await Task.sleep(nanoseconds: UInt64(interval * 1e9))
    }
}

/// One W3C WebDriver session, spoken over HTTP (``LoopbackHTTP``) with JSONSerialization.
/// Every call has a timeout (`requestTimeout`, longer for starting the browser).
public struct WebDriverSession: Sendable {
    public let driver: URL
    public let id: String
    public var requestTimeout: Double = 30

    /// `POST /session`. `capabilities` is the W3C `{"alwaysMatch": …}` object.
    public static func start(driver: URL, capabilities: [String: Any], timeout: Double = 60) async throws -> WebDriverSession {
        let value = try await call(driver, "POST", "session", ["capabilities": capabilities], timeout: timeout)
        guard let id = (value as? [String: Any])?["sessionId"] as? String else {
            throw WebDriverError(request: "POST /session", status: 200, error: "bad reply", message: "\(value ?? "nil")")
        }
        return WebDriverSession(driver: driver, id: id)
    }

    /// `GET /status`: true when the driver is ready for a new session.
    public static func isReady(driver: URL) async -> Bool {
        let value = try? await call(driver, "GET", "status", nil, timeout: 2)
        return ((value as? [String: Any])?["ready"] as? Bool) ?? false
    }

    @discardableResult
    public func send(_ method: String, _ path: String, _ body: [String: Any]? = nil) async throws -> Any? {
        try await Self.call(driver, method, "session/\(id)" + (path.isEmpty ? "" : "/\(path)"), body, timeout: requestTimeout)
    }

    // MARK: Navigation and page

    public func navigate(to url: URL) async throws { try await send("POST", "url", ["url": url.absoluteString]) }
    public func currentURL() async throws -> URL? { (try await send("GET", "url") as? String).flatMap(URL.init(string:)) }
    public func title() async throws -> String { try await send("GET", "title") as? String ?? "" }
    public func pageSource() async throws -> String { try await send("GET", "source") as? String ?? "" }

    /// `POST /execute/sync`: runs `script` as a function body; `arguments[0]` etc. are `args`.
    public func execute(_ script: String, _ args: [Any] = []) async throws -> Any? {
        try await send("POST", "execute/sync", ["script": script, "args": args])
    }

    /// Waits until `document.readyState` is "complete".
    public func waitForPageLoad(timeout: Double = 10) async throws {
        _ = try await waitFor("document.readyState == complete", timeout: timeout) {
            try await execute("return document.readyState") as? String == "complete" ? true : nil
        }
    }

    // MARK: Elements

    public func find(_ css: String) async throws -> Element {
        try Self.element(try await send("POST", "element", ["using": "css selector", "value": css]))
    }

    public func findAll(_ css: String) async throws -> [Element] {
        (try await send("POST", "elements", ["using": "css selector", "value": css]) as? [Any] ?? []).compactMap { try? Self.element($0) }
    }

    /// Finds an element, retrying while it is not there yet.
    public func waitForElement(_ css: String, timeout: Double = 10) async throws -> Element {
        try await waitFor("element \(css)", timeout: timeout) {
            do { return try await find(css) } catch let error as WebDriverError where error.error == "no such element" { return nil }
        }
    }

    public func click(_ element: Element) async throws { try await send("POST", "element/\(element.id)/click", [:]) }
    public func text(_ element: Element) async throws -> String { try await send("GET", "element/\(element.id)/text") as? String ?? "" }
    public func type(_ text: String, into element: Element) async throws {
        try await send("POST", "element/\(element.id)/value", ["text": text])
    }
    public func property(_ name: String, of element: Element) async throws -> Any? {
        try await send("GET", "element/\(element.id)/property/\(name)")
    }

    // MARK: Window, screenshots, Chromium's DevTools

    /// `POST /window/rect`: the outer window size. Headless Chromium keeps ~140 px of it for
    /// (invisible) browser UI, so the viewport is smaller; returns the viewport.
    @discardableResult
    public func setWindowSize(width: Int, height: Int) async throws -> (width: Int, height: Int) {
        try await send("POST", "window/rect", ["width": width, "height": height])
        return try await viewportSize()
    }

    /// Resizes the window so that the viewport (and so a screenshot) is exactly width x height.
    @discardableResult
    public func setViewportSize(width: Int, height: Int) async throws -> (width: Int, height: Int) {
        let first = try await setWindowSize(width: width, height: height)
        if first == (width, height) { return first }
        return try await setWindowSize(width: 2 * width - first.width, height: 2 * height - first.height)
    }

    public func viewportSize() async throws -> (width: Int, height: Int) {
        let size = try await execute("return [window.innerWidth, window.innerHeight]") as? [Any] ?? []
        return ((size.first as? NSNumber)?.intValue ?? -1, (size.last as? NSNumber)?.intValue ?? -1)
    }

    /// The viewport as PNG data.
    public func screenshot() async throws -> Data {
        guard let base64 = try await send("GET", "screenshot") as? String, let png = Data(base64Encoded: base64) else {
            throw WebDriverError(request: "GET screenshot", status: 200, error: "bad reply", message: "not base64")
        }
        return png
    }

    /// Chromedriver's extension: one Chrome DevTools Protocol command on the current page.
    @discardableResult
    public func cdp(_ command: String, _ params: [String: Any] = [:]) async throws -> Any? {
        try await send("POST", "goog/cdp/execute", ["cmd": command, "params": params])
    }

    /// `DELETE /session/{id}`: closes the browser.
    public func delete() async throws { try await send("DELETE", "") }

    // MARK: Transport

    static func element(_ value: Any?) throws -> Element {
        guard let id = (value as? [String: Any])?[Element.key] as? String else {
            throw WebDriverError(request: "element", status: 200, error: "bad reply", message: "\(value ?? "nil")")
        }
        return Element(id: id)
    }

    static func call(_ driver: URL, _ method: String, _ path: String, _ body: [String: Any]?, timeout: Double) async throws -> Any? {
        let data = try body.map { try JSONSerialization.data(withJSONObject: $0) }
        let reply = try await LoopbackHTTP.request(driver.appendingPathComponent(path), method: method, body: data,
                                                   contentType: data == nil ? nil : "application/json; charset=utf-8", timeout: timeout)
        let json = try? JSONSerialization.jsonObject(with: reply.body, options: [.fragmentsAllowed]) as? [String: Any]
        let value = json?["value"]
        if reply.status != 200 {
            let detail = value as? [String: Any]
            throw WebDriverError(request: "\(method) /\(path)", status: reply.status, error: detail?["error"] as? String ?? "unknown error",
                                 message: detail?["message"] as? String ?? String(reply.text.prefix(500)))
        }
        return value is NSNull ? nil : value
    }
}
