import GRDB

/// Why the knowledge base cannot do what was asked; the description is the one line a user
/// sees. It names the file and the reason, never the SQL that failed.
public enum KnowledgeBaseError: Error, Sendable, Equatable, CustomStringConvertible {
    case missing(path: String)
    /// A file that is not an advies knowledge base (empty, not SQLite, another application's);
    /// it is left as it was.
    case notAKnowledgeBase(path: String, reason: String)
    /// Opened for reading, but written by an older advies: migrating it is a write.
    case olderSchema(path: String)
    case newerSchema(path: String)
    /// Opened for writing where writing is impossible, or a write through a reader.
    case readOnly(path: String, reason: String)
    case cannotOpen(path: String, reason: String)
    /// SQLite found the file damaged (a corrupt page, a broken header) while reading it.
    case damaged(path: String, reason: String)
    /// A stored value this version does not know, such as an enumeration case.
    case unknownValue(path: String, column: String, value: String)
    /// A read or write failed for another reason (disk full, I/O).
    case failed(path: String, reason: String)
    case unknownDocument(id: String, suggestions: [String])
    /// A document whose parts do not fit together, refused by `store`.
    case invalidDocument(id: String, reason: String)
    case badQuery(String)

    public var description: String {
        switch self {
        case .missing(let path):
            "\(path): no knowledge base here (run `advies ingest` first, or give --db)"
        case .notAKnowledgeBase(let path, let reason):
            "\(path): not an advies knowledge base (\(reason)); left unchanged"
        case .olderSchema(let path):
            "\(path): written by an older advies; run `advies migrate --db \(path)` to update it"
        case .newerSchema(let path):
            "\(path): written by a newer version of advies; upgrade advies to read it"
        case .readOnly(let path, let reason):
            "\(path): cannot write the knowledge base (\(reason))"
        case .cannotOpen(let path, let reason):
            "\(path): cannot open the knowledge base (\(reason))"
        case .damaged(let path, let reason):
            "\(path): the knowledge base is damaged (\(reason)); re-ingest into a new file"
        case .unknownValue(let path, let column, let value):
            "\(path): column \(column) holds '\(value)', which this version of advies does not know"
        case .failed(let path, let reason):
            "\(path): \(reason)"
        case .unknownDocument(let id, let suggestions):
            "\(id): no such document" + (suggestions.isEmpty ? "" : "; did you mean \(suggestions.joined(separator: ", "))?")
        case .invalidDocument(let id, let reason):
            "\(id): not stored (\(reason))"
        case .badQuery(let reason):
            "query: \(reason)"
        }
    }

    /// An error from reading or writing the file at `path`, as a user is told it.
    init(_ error: any Error, path: String) {
        switch error {
        case let error as KnowledgeBaseError:
            self = error
        case let error as UnknownStoredValue:
            self = .unknownValue(path: path, column: error.column, value: error.value)
        case let error as DatabaseError:
            let reason = error.message ?? "SQLite error \(error.resultCode.rawValue)"
            switch error.resultCode {
            case .SQLITE_CORRUPT, .SQLITE_NOTADB: self = .damaged(path: path, reason: reason)
            case .SQLITE_READONLY: self = .readOnly(path: path, reason: reason)
            case .SQLITE_CANTOPEN: self = .cannotOpen(path: path, reason: reason)
            default: self = .failed(path: path, reason: reason)
            }
        case is RowDecodingError:
            // Its description quotes the SQL and the row.
            self = .damaged(path: path, reason: "a stored value has the wrong type")
        default:
            self = .failed(path: path, reason: "\(error)")
        }
    }
}
