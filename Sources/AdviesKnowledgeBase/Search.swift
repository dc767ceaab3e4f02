import AdviesCore
import GRDB

/// What to search and how to filter.
public struct SearchQuery: Sendable {
    public enum Scope: String, Sendable, CaseIterable {
        case recommendations, sections, footnotes, answers, all
    }

    public var text: String
    public var scope: Scope = .all
    public var council: String?
    public var kind: DocumentKind?
    public var since: Int?
    public var until: Int?
    public var addressee: String?
    public var limit: Int = 10
    /// How hits are marked in snippets.
    public var highlight: (open: String, close: String) = ("[", "]")

    public init(text: String) {
        self.text = text
    }
}

/// One search result.
public struct SearchHit: Codable, Sendable {
    public var scope: String
    public var documentId: String
    public var documentTitle: String?
    public var date: String?
    public var council: String?
    public var section: String?
    public var sectionTitle: String?
    public var recommendationId: String?
    public var footnote: Int?
    public var snippet: String
    public var score: Double
}

extension KnowledgeBase {
    /// Full-text search, ranked by bm25 (the text column weighs more than its lead-in or
    /// context), over the scopes asked for, filtered by document facts.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        let match = try SearchQueryParser.matchExpression(query.text)
        var scopes: [SearchQuery.Scope] = query.scope == .all ? [.recommendations, .sections, .footnotes, .answers] : [query.scope]
        if query.addressee != nil { scopes = scopes.filter { $0 == .recommendations } }
        var parts: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        for scope in scopes {
            let (sql, values) = Self.select(scope, query: query, match: match)
            parts.append(sql)
            arguments += values
        }
        let sql = parts.joined(separator: "\nUNION ALL\n") + "\nORDER BY score LIMIT ?"
        arguments.append(query.limit)
        return try read { db in
            try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map { row in
                SearchHit(scope: row["scope"], documentId: row["document_id"], documentTitle: row["document_title"],
                          date: row["date"], council: row["council"], section: row["section_label"],
                          sectionTitle: row["section_title"], recommendationId: row["rec_id"], footnote: row["footnote"],
                          snippet: row["snippet"], score: row["score"])
            }
        }
    }

    /// The SELECT for one scope and its arguments.
    private static func select(_ scope: SearchQuery.Scope, query: SearchQuery, match: String)
        -> (String, [any DatabaseValueConvertible]) {
        let (table, fts, extra, weights): (String, String, String, String) = switch scope {
        case .recommendations: ("recommendation", "recommendation_fts", "x.rec_id AS rec_id, NULL AS footnote", "1.0, 0.3")
        case .footnotes: ("footnote", "footnote_fts", "NULL AS rec_id, x.number AS footnote", "1.0, 0.2")
        case .sections, .answers, .all: ("paragraph", "paragraph_fts", "NULL AS rec_id, NULL AS footnote", "1.0, 0.3")
        }
        var conditions = ["\(fts) MATCH ?"]
        var values: [any DatabaseValueConvertible] = [query.highlight.open, query.highlight.close, match]
        let isAnswer = "(d.kind = 'written-question' AND (x.section_label = 'A' OR x.section_label LIKE 'A.%'))"
        if scope == .answers { conditions.append(isAnswer) }
        if scope == .sections { conditions.append("NOT \(isAnswer)") }
        if let council = query.council {
            conditions.append("(d.council LIKE ? OR d.organisation LIKE ?)")
            let pattern = "%\(CouncilNames.expand(council))%"
            values += [pattern, pattern]
        }
        if let kind = query.kind {
            conditions.append("d.kind = ?")
            values.append(kind.rawValue)
        }
        if let since = query.since {
            conditions.append("d.year >= ?")
            values.append(since)
        }
        if let until = query.until {
            conditions.append("d.year <= ?")
            values.append(until)
        }
        if let addressee = query.addressee, scope == .recommendations {
            conditions.append("(x.addressee LIKE ? OR x.addressee_text LIKE ?)")
            values += ["%\(addressee)%", "%\(addressee)%"]
        }
        let sql = """
            SELECT '\(scope == .all ? "sections" : scope.rawValue)' AS scope, x.document_id AS document_id,
                   d.title AS document_title, d.date AS date, d.council AS council, x.section_label AS section_label,
                   (SELECT s.title FROM section s WHERE s.document_id = x.document_id AND s.label = x.section_label LIMIT 1) AS section_title,
                   \(extra), snippet(\(fts), 0, ?, ?, '…', 24) AS snippet, bm25(\(fts), \(weights)) AS score
            FROM \(fts) JOIN \(table) x ON x.id = \(fts).rowid JOIN document d ON d.id = x.document_id
            WHERE \(conditions.joined(separator: " AND "))
            """
        return (sql, values)
    }
}

/// Council abbreviations as researchers type them.
enum CouncilNames {
    static let abbreviations = [
        "ar": "Algemene Raad", "rso": "Raad Secundair Onderwijs", "rho": "Raad Hoger Onderwijs", "rbo": "Raad Basisonderwijs",
        "rlll": "Raad Levenslang en Levensbreed Leren", "vlor": "Vlaamse Onderwijsraad",
    ]

    static func expand(_ text: String) -> String {
        abbreviations[text.lowercased()] ?? text
    }
}
