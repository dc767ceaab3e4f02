/// Why the knowledge base cannot do what was asked; the description is the one line a user sees.
public enum KnowledgeBaseError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(path: String)
    case notADatabase(path: String)
    case newerSchema(path: String)
    case cannotOpen(path: String, reason: String)
    case unknownDocument(id: String, suggestions: [String])
    case badQuery(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no knowledge base here (run `advies ingest` first, or give --db)"
        case .notADatabase(let path):
            "\(path): not an advies knowledge base (not an SQLite file)"
        case .newerSchema(let path):
            "\(path): written by a newer version of advies; upgrade advies to read it"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the knowledge base (\(reason))"
        case .unknownDocument(let id, let suggestions):
            "\(id): no such document" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .badQuery(let reason):
            "query: \(reason)"
        }
    }
}
