import Foundation

/// A minimal HTTP/1.1 client for servers on this machine, over a POSIX socket.
///
/// Why not URLSession: FoundationNetworking in Swift 6.3 (swift-corelibs-foundation before
/// PR #5527) fails with "Failed writing header" on a header line with no space after the
/// colon, and chromedriver answers `Content-Length:252`. This client also sends the request
/// target byte for byte (URL loaders normalise `..`), which the server tests need.
public enum LoopbackHTTP {
    public struct Reply: Sendable {
        public let status: Int
        public let headers: [String: String]  // names lower-cased
        public let body: Data
        public var text: String { String(decoding: body, as: UTF8.self) }
    }

    /// `target` is sent as written: "/path?query". Runs off the Swift concurrency pool.
    public static func request(host: String = "127.0.0.1", port: Int, method: String = "GET", target: String,
                               body: Data? = nil, contentType: String? = nil, timeout: Double = 30) async throws -> Reply {
        try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global().async {
                continuation.resume(with: Result {
                    try blocking(host: host, port: port, method: method, target: target, body: body, contentType: contentType, timeout: timeout)
                })
            }
        }
    }

    /// The same for an `http://127.0.0.1:PORT/…` URL.
    public static func request(_ url: URL, method: String = "GET", body: Data? = nil, contentType: String? = nil,
                               timeout: Double = 30) async throws -> Reply {
        guard url.scheme == "http", let host = url.host, let port = url.port else { throw failure("not an http://host:port URL: \(url)") }
        var target = url.path.isEmpty ? "/" : url.path
        if let query = url.query { target += "?\(query)" }
        return try await request(host: host, port: port, method: method, target: target, body: body, contentType: contentType, timeout: timeout)
    }

    static func failure(_ message: String) -> ChildProcessError { ChildProcessError("HTTP: \(message)") }

    static func blocking(host: String, port: Int, method: String, target: String, body: Data?, contentType: String?,
                         timeout: Double) throws -> Reply {
        let deadline = Date().addingTimeInterval(timeout)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        guard inet_pton(AF_INET, host == "localhost" ? "127.0.0.1" : host, &address.sin_addr) == 1 else { throw failure("not an IPv4 address: \(host)") }
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw failure("socket: errno \(errno)") }
        defer { close(fd) }
        func setTimeouts() {  // per call: what is left of the deadline
            let left = max(deadline.timeIntervalSinceNow, 0.001)
            var tv = timeval(tv_sec: Int(left), tv_usec: Int((left - Double(Int(left))) * 1e6))
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, socklen_t(MemoryLayout<timeval>.size))  // bounds connect too
        }
        setTimeouts()
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { throw failure("connect to \(host):\(port): errno \(errno)") }

        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\nContent-Length: \(body?.count ?? 0)\r\n"
        if let contentType { head += "Content-Type: \(contentType)\r\n" }
        var request = Data((head + "\r\n").utf8)
        if let body { request.append(body) }
        try request.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var sent = 0
            while sent < raw.count {
                setTimeouts()
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                guard n > 0 else { throw failure("send: errno \(errno)") }
                sent += n
            }
        }

        var reply = Data()
        var chunk = [UInt8](repeating: 0, count: 65536)
        var expected: Int?  // header length + Content-Length, once known
        while expected.map({ reply.count < $0 }) ?? true {
            guard Date() < deadline else { throw failure("no complete reply from \(host):\(port)\(target) within \(timeout)s") }
            setTimeouts()
            let n = recv(fd, &chunk, chunk.count, 0)
            if n == 0 { break }  // closed: the reply is complete
            guard n > 0 else {
                if errno == EINTR { continue }
                throw failure(errno == EAGAIN ? "timed out after \(timeout)s reading \(target)" : "recv: errno \(errno)")
            }
            reply.append(contentsOf: chunk[0..<n])
            if expected == nil, let end = reply.range(of: Data("\r\n\r\n".utf8)),
               let length = parseHead(reply[..<end.lowerBound]).headers["content-length"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
                expected = end.upperBound - reply.startIndex + length
            }
        }
        guard let end = reply.range(of: Data("\r\n\r\n".utf8)) else { throw failure("no HTTP head in reply to \(target)") }
        let (status, headers) = parseHead(reply[..<end.lowerBound])
        guard status > 0 else { throw failure("bad status line in reply to \(target)") }
        var content = Data(reply[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { content = try dechunk(content) }
        return Reply(status: status, headers: headers, body: content)
    }

    static func parseHead(_ head: Data) -> (status: Int, headers: [String: String]) {
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let status = lines.first?.split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return (status, headers)
    }

    static func dechunk(_ data: Data) throws -> Data {
        var out = Data(), rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            let sizeText = String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16) else { throw failure("bad chunk size") }
            if size == 0 { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size + 2 else { throw failure("truncated chunk") }
            out.append(rest[start..<rest.index(start, offsetBy: size)])
            rest = rest[rest.index(start, offsetBy: size + 2)...]
        }
        return out
    }
}
