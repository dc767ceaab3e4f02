import AdviesModel
import Foundation

/// Reads a collection's `manifest.json`. A manifest that cannot be read at all (malformed,
/// empty, not an object with a `documents` list) is one problem naming the file; an entry
/// that cannot be read is one problem naming the file and the entry, and the others still
/// count.
public enum ManifestReader {
    /// Something a collection holds that cannot be read or is left out: its file and why.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var file: String
        public var reason: String

        public init(file: String, reason: String) {
            self.file = file
            self.reason = reason
        }

        public var description: String { "\(file): \(reason)" }
    }

    /// The manifest and what was wrong with parts of it; a `Problem` when nothing of it can be read.
    public static func read(_ url: URL) throws(Problem) -> (manifest: Manifest, problems: [Problem]) {
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw Problem(file: url.path, reason: "not a readable manifest (\(error.localizedDescription))")
        }
        guard !data.allSatisfy({ [0x20, 0x09, 0x0A, 0x0D].contains($0) }) else {
            throw Problem(file: url.path, reason: "not a manifest (the file is empty)")
        }
        let decoder = JSONDecoder()
        decoder.keyDecodingStrategy = .convertFromSnakeCase
        let file: Listing
        do { file = try decoder.decode(Listing.self, from: data) } catch {
            throw Problem(file: url.path, reason: "not a manifest (\(Self.describe(error)))")
        }
        var entries: [Manifest.Entry] = []
        var problems: [Problem] = []
        var seen = Set<String>()
        for (position, item) in file.documents.enumerated() {
            switch item {
            case .entry(let entry) where !seen.insert(entry.id).inserted:
                problems.append(Problem(file: url.path, reason: "entry \(position + 1) (\"\(entry.id)\"): a second entry for this id, left out"))
            case .entry(let entry):
                entries.append(entry)
            case .unreadable(let id, let error):
                let name = id.map { " (\"\($0)\")" } ?? ""
                problems.append(Problem(file: url.path, reason: "entry \(position + 1)\(name): \(describe(error, within: 2)); left out"))
            }
        }
        return (Manifest(documents: entries), problems)
    }

    /// The manifests of several folders as one: the first folder's entry for an id wins, and
    /// a second one is a problem.
    static func merged(_ manifests: [(url: URL, manifest: Manifest)]) -> (manifest: Manifest, problems: [Problem]) {
        var entries: [Manifest.Entry] = []
        var owner: [String: URL] = [:]
        var problems: [Problem] = []
        for (url, manifest) in manifests {
            for entry in manifest.documents {
                if let first = owner[entry.id] {
                    problems.append(Problem(file: url.path, reason: "entry \"\(entry.id)\" is also in \(first.path); that one is used"))
                    continue
                }
                owner[entry.id] = url
                entries.append(entry)
            }
        }
        return (Manifest(documents: entries), problems)
    }

    /// The decoding error as the field it is about and why; the field named `within` levels
    /// down (an entry's field by its own name, not as `documents[1].date`).
    static func describe(_ error: Error, within depth: Int = 0) -> String {
        guard let error = error as? DecodingError else { return error.localizedDescription }
        func path(_ context: DecodingError.Context) -> String {
            let names = context.codingPath.dropFirst(depth).map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            return names.isEmpty ? "" : " at " + names.joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
        }
        switch error {
        case .typeMismatch(let type, let context): return "expected \(name(type))\(path(context))"
        case .valueNotFound(let type, let context): return "missing \(name(type))\(path(context))"
        case .keyNotFound(let key, let context): return "missing field '\(key.stringValue)'\(path(context))"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return (underlying ?? context.debugDescription) + path(context)
        @unknown default: return "\(error)"
        }
    }

    private static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "text"
        case is Int.Type, is Double.Type: "a number"
        case is [Any].Type: "a list"
        default: "\(type)".lowercased().contains("dictionary") ? "an object" : "\(type)"
        }
    }

    /// The file's shape: a list of entries, each read on its own.
    private struct Listing: Decodable {
        var documents: [Item]
    }

    private enum Item: Decodable {
        case entry(Manifest.Entry)
        case unreadable(id: String?, Error)

        init(from decoder: Decoder) throws {
            do {
                self = .entry(try Manifest.Entry(from: decoder))
            } catch {
                let id = try? decoder.container(keyedBy: IDKey.self).decode(String.self, forKey: .id)
                self = .unreadable(id: id, error)
            }
        }

        private enum IDKey: String, CodingKey { case id }
    }
}
