import AdviesModel
import GRDB

extension KnowledgeBase {
    /// Full-text search, ranked by bm25 (the text column weighs more than its lead-in or
    /// context), over the scopes asked for, filtered by document facts.
    ///
    /// In two steps, so that the cost follows the hits shown rather than the hits found: the
    /// best `limit` rows of each index by bm25 (see `best`), then the document, section and
    /// snippet of only the best `limit` overall.
    /// A snippet re-reads and re-tokenises its row, which for a common word in a large
    /// collection meant every matching paragraph.
    public func search(_ query: SearchQuery) throws -> [SearchHit] {
        let match = try SearchQueryParser.matchExpression(query.text)
        var scopes: [SearchScope] = query.scope == .all ? [.recommendations, .sections, .footnotes, .answers] : [query.scope]
        if query.addressee != nil { scopes = scopes.filter { $0 == .recommendations } }
        // Sections and answers are both paragraphs: one pass over their index serves both.
        if scopes.contains(.sections) && scopes.contains(.answers) {
            scopes = scopes.filter { $0 != .answers }.map { $0 == .sections ? .all : $0 }
        }
        // A later page needs the best `offset + limit` of each index; only its own get snippets.
        var ranking = query
        ranking.limit = query.offset + query.limit
        return try read { db in
            var candidates: [Candidate] = []
            for scope in scopes {
                candidates += try Self.best(scope, query: ranking, match: match, in: db)
            }
            candidates.sort { $0.score < $1.score }
            return try candidates.dropFirst(query.offset).prefix(query.limit).compactMap {
                try Self.hit($0, query: query, match: match, in: db)
            }
        }
    }

    private struct Candidate {
        var scope: SearchScope
        var rowid: Int64
        var score: Double
    }

    /// The index, content table and bm25 weights of a scope (`.all`: sections and answers).
    private static func tables(_ scope: SearchScope) -> (table: String, fts: String, weights: String) {
        switch scope {
        case .recommendations: ("recommendation", "recommendation_fts", "1.0, 0.3")
        case .footnotes: ("footnote", "footnote_fts", "1.0, 0.2")
        case .sections, .answers, .all: ("paragraph", "paragraph_fts", "1.0, 0.3")
        }
    }

    static let isAnswer = "x.turn_kind IS 'answer'"

    /// The best `limit` matches of one scope that pass the filters, with their scores.
    ///
    /// Filters need each row's document, which for a common word means reading most rows. So
    /// the index ranks alone first, a wider cut, and the filters are checked on that cut: when
    /// enough of it passes, those are the best that pass (a row outside the cut scores worse
    /// than all of it), and only otherwise are all matches read with their documents.
    private static func best(_ scope: SearchScope, query: SearchQuery, match: String, in db: Database) throws -> [Candidate] {
        let (table, fts, weights) = tables(scope)
        let ranked = "SELECT rowid, bm25(\(fts), \(weights)) AS score FROM \(fts) WHERE \(fts) MATCH ? ORDER BY score LIMIT ?"
        func candidates(_ rows: [Row]) -> [Candidate] { rows.map { Candidate(scope: scope, rowid: $0[0], score: $0[1]) } }
        let (conditions, values) = filters(scope, query: query)
        if conditions.isEmpty { return candidates(try Row.fetchAll(db, sql: ranked, arguments: [match, query.limit])) }

        let wide = max(query.limit * 20, 200)
        let cut = candidates(try Row.fetchAll(db, sql: ranked, arguments: [match, wide]))
        if !cut.isEmpty {
            let marks = Array(repeating: "?", count: cut.count).joined(separator: ", ")
            let passing = Set(try Int64.fetchAll(db, sql: """
                SELECT x.id FROM \(table) x JOIN document d ON d.id = x.document_id
                WHERE x.id IN (\(marks)) AND \(conditions.joined(separator: " AND "))
                """, arguments: StatementArguments(cut.map(\.rowid) + values)))
            let kept = cut.filter { passing.contains($0.rowid) }
            if kept.count >= query.limit || cut.count < wide { return Array(kept.prefix(query.limit)) }
        }
        let sql = """
            SELECT \(fts).rowid, bm25(\(fts), \(weights)) AS score
            FROM \(fts) JOIN \(table) x ON x.id = \(fts).rowid JOIN document d ON d.id = x.document_id
            WHERE \(fts) MATCH ? AND \(conditions.joined(separator: " AND ")) ORDER BY score LIMIT ?
            """
        return candidates(try Row.fetchAll(db, sql: sql, arguments: StatementArguments([match] + values + [query.limit])))
    }

    /// The conditions a scope and the query's filters put on a row (`x`) and its document (`d`).
    static func filters(_ scope: SearchScope, query: SearchQuery) -> ([String], [any DatabaseValueConvertible]) {
        var conditions: [String] = []
        var values: [any DatabaseValueConvertible] = []
        if scope == .answers { conditions.append(isAnswer) }
        if scope == .sections { conditions.append("NOT \(isAnswer)") }
        if let council = query.council {
            let filter = Filters.council(council)
            conditions.append(filter.sql)
            values += filter.arguments
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
            let filter = Filters.addressee(addressee, of: "x")
            conditions.append(filter.sql)
            values += filter.arguments
        }
        return (conditions, values)
    }

    /// One hit: its document, section, snippet.
    private static func hit(_ candidate: Candidate, query: SearchQuery, match: String, in db: Database) throws -> SearchHit? {
        let (table, fts, _) = tables(candidate.scope)
        let (scope, extra): (String, String) = switch candidate.scope {
        case .recommendations: ("'recommendations'", "x.number AS recommendation, NULL AS footnote")
        case .footnotes: ("'footnotes'", "NULL AS recommendation, x.number AS footnote")
        case .sections: ("'sections'", "NULL AS recommendation, NULL AS footnote")
        case .answers: ("'answers'", "NULL AS recommendation, NULL AS footnote")
        case .all: ("CASE WHEN \(isAnswer) THEN 'answers' ELSE 'sections' END", "NULL AS recommendation, NULL AS footnote")
        }
        let sql = """
            SELECT \(scope) AS scope, x.document_id AS document_id, d.title AS document_title, d.date AS date,
                   d.council AS council, s.number AS section_number, s.title AS section_title,
                   \(extra), snippet(\(fts), 0, ?, ?, '…', 24) AS snippet
            FROM \(fts) JOIN \(table) x ON x.id = \(fts).rowid JOIN document d ON d.id = x.document_id
            LEFT JOIN section s ON s.document_id = x.document_id AND s.position = x.section_position
            WHERE \(fts) MATCH ? AND \(fts).rowid = ?
            """
        let arguments: StatementArguments = [query.highlight.open, query.highlight.close, match, candidate.rowid]
        guard let row = try Row.fetchOne(db, sql: sql, arguments: arguments) else { return nil }
        let document: String = try row.decode(forColumn: "document_id")
        return SearchHit(scope: try row.requiredEnumeration("scope"), documentId: document,
                         documentTitle: try row.decode(forColumn: "document_title"), date: try row.decode(forColumn: "date"),
                         council: try row.decode(forColumn: "council"),
                         section: try row.sectionLabel(), sectionTitle: try row.decode(forColumn: "section_title"),
                         recommendationId: try row.decode(Int?.self, forColumn: "recommendation").map {
                             RecommendationID(document: document, number: $0)
                         },
                         footnote: try row.decode(forColumn: "footnote"), snippet: try row.decode(forColumn: "snippet"),
                         score: candidate.score)
    }
}
