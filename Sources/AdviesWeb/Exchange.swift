/// A request as the web app sees it: the method, the path as sent (percent-encoded) and the
/// query string. Independent of the HTTP server, so the pages can be tested without one.
public struct WebRequest: Sendable {
    public var method: String
    public var path: String
    public var query: String?

    public init(method: String = "GET", path: String, query: String? = nil) {
        self.method = method
        self.path = path
        self.query = query
    }

    /// "/search?q=x" split at the first "?".
    public init(method: String = "GET", target: String) {
        let parts = target.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)
        self.init(method: method, path: String(parts[0]), query: parts.count > 1 ? String(parts[1]) : nil)
    }
}

/// What the web app answers: a status, a content type, the body, and for a download the
/// file name it is saved as.
public struct WebResponse: Sendable {
    public var status: Int
    public var contentType: String
    public var body: String
    /// Sent as `Content-Disposition: attachment`.
    public var attachment: String?
    /// Whether a browser may keep it for a while (the stylesheet).
    public var cacheable = false

    public init(status: Int = 200, contentType: String, body: String, attachment: String? = nil) {
        self.status = status
        self.contentType = contentType
        self.body = body
        self.attachment = attachment
    }

    static func html(_ body: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, contentType: "text/html; charset=utf-8", body: body)
    }

    static func json(_ body: String, status: Int = 200) -> WebResponse {
        WebResponse(status: status, contentType: "application/json; charset=utf-8", body: body + "\n")
    }
}

/// Why a request cannot be answered: a status and the one line a reader is told (never a
/// stack trace or SQL), with ids that look like the one asked for.
struct WebError: Error {
    var status: Int
    var message: String
    var suggestions: [String] = []

    static func badParameter(_ name: String, _ reason: String) -> WebError {
        WebError(status: 400, message: "parameter \(name): \(reason)")
    }

    static func notFound(_ message: String, suggestions: [String] = []) -> WebError {
        WebError(status: 404, message: message, suggestions: suggestions)
    }
}
