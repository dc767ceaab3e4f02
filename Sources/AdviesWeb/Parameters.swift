import Foundation
import AdviesModel

/// A page's query parameters, decoded strictly: `application/x-www-form-urlencoded` as a GET
/// form sends it (`+` a space, `%XX` a byte, UTF-8), each parameter at most once, only those
/// the page takes. Anything else is a 400 naming the parameter and the reason. An empty value
/// (a form's empty field) is no value.
struct Parameters {
    private var values: [String: String] = [:]

    init(_ query: String?, allowed: [String]) throws(WebError) {
        guard let query, !query.isEmpty else { return }
        guard query.utf8.count <= 4096 else { throw WebError(status: 400, message: "the query string is longer than 4096 bytes") }
        for pair in query.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard let name = Self.decode(parts[0]) else { throw WebError(status: 400, message: "a parameter name is not valid URL encoding") }
            guard allowed.contains(name) else {
                throw .badParameter(name, "not a parameter of this page (it takes \(allowed.joined(separator: ", ")))")
            }
            guard let value = parts.count > 1 ? Self.decode(parts[1]) : "" else { throw .badParameter(name, "not valid URL encoding") }
            guard values[name] == nil else { throw .badParameter(name, "given more than once") }
            values[name] = value
        }
        values = values.filter { !$0.value.trimmingCharacters(in: .whitespaces).isEmpty }
    }

    /// Decodes a form-encoded component; nil for a malformed escape or bytes that are not UTF-8
    /// (Foundation's decoder on Linux lets "%ZZ" through unchanged).
    static func decode(_ text: Substring, plusIsSpace: Bool = true) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        func hex(_ byte: UInt8?) -> UInt8? {
            switch byte {
            case let b? where (0x30...0x39).contains(b): b - 0x30
            case let b? where (0x41...0x46).contains(b): b - 0x41 + 10
            case let b? where (0x61...0x66).contains(b): b - 0x61 + 10
            default: nil
            }
        }
        while let byte = iterator.next() {
            switch byte {
            case UInt8(ascii: "+") where plusIsSpace: bytes.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                guard let high = hex(iterator.next()), let low = hex(iterator.next()) else { return nil }
                bytes.append(high << 4 | low)
            default: bytes.append(byte)
            }
        }
        return String(validating: bytes, as: UTF8.self)
    }

    func has(_ name: String) -> Bool { values[name] != nil }

    /// Text, trimmed, at most `maxLength` characters, without control characters.
    func text(_ name: String, maxLength: Int = 200) throws(WebError) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces) else { return nil }
        guard value.count <= maxLength else { throw .badParameter(name, "longer than \(maxLength) characters") }
        guard !value.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
            throw .badParameter(name, "holds control characters")
        }
        return value
    }

    func required(_ name: String, maxLength: Int = 200) throws(WebError) -> String {
        guard let value = try text(name, maxLength: maxLength) else { throw .badParameter(name, "required") }
        return value
    }

    func integer(_ name: String, in range: ClosedRange<Int>) throws(WebError) -> Int? {
        guard let raw = values[name] else { return nil }
        guard let value = Int(raw.trimmingCharacters(in: .whitespaces)) else { throw .badParameter(name, "not a whole number: \(raw.prefix(40))") }
        guard range.contains(value) else { throw .badParameter(name, "must be between \(range.lowerBound) and \(range.upperBound)") }
        return value
    }

    /// One of a closed vocabulary (`in=footnotes`, `strength=urges`).
    func choice<T: RawRepresentable & CaseIterable>(_ name: String, _ type: T.Type = T.self) throws(WebError) -> T? where T.RawValue == String {
        guard let raw = values[name] else { return nil }
        guard let value = T(rawValue: raw) else {
            throw .badParameter(name, "must be one of \(T.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return value
    }

    /// `since` and `until` as years, in order.
    func years() throws(WebError) -> (since: Int?, until: Int?) {
        let since = try integer("since", in: 1800...2200), until = try integer("until", in: 1800...2200)
        if let since, let until, since > until { throw .badParameter("until", "comes before since (\(since))") }
        return (since, until)
    }

    /// `page` (1-based) and `limit`, as an offset and a limit; a page reaches at most `reach` hits.
    func paging(defaultLimit: Int, maxLimit: Int, reach: Int = 2000) throws(WebError) -> (offset: Int, limit: Int, page: Int) {
        let limit = try integer("limit", in: 1...maxLimit) ?? defaultLimit
        let page = try integer("page", in: 1...reach) ?? 1
        guard (page - 1) * limit < reach else { throw .badParameter("page", "pages reach the first \(reach) results only") }
        return ((page - 1) * limit, limit, page)
    }
}
