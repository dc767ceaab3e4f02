import AdviesModel
import GRDB

extension KnowledgeBase {
    /// How the matches of a search spread over elements, kinds, councils, years, strengths and
    /// addressees, under the query's filters. Elements are counted whatever the query's scope,
    /// so a reader sees what the other elements hold; the other facets count the matches in
    /// the elements searched.
    ///
    /// Counted over the best `reach` matches of each index (by bm25), so that a common word
    /// costs what a rare one does: exact whenever an index has no more matches than that, and
    /// `SearchFacets.capped` says when one had.
    public func searchFacets(_ query: SearchQuery, reach: Int = 2000) throws -> SearchFacets {
        let match = try SearchQueryParser.matchExpression(query.text)
        let searched: Set<SearchScope> = query.addressee != nil ? [.recommendations]
            : query.scope == .all ? [.recommendations, .sections, .footnotes, .answers] : [query.scope]
        return try read { db in
            var tally = Tally()
            let passes: [(SearchScope, String)] = [
                (.recommendations, "'recommendations'"), (.footnotes, "'footnotes'"),
                (.all, "CASE WHEN \(Self.isAnswer) THEN 'answers' ELSE 'sections' END"),
            ]
            for (scope, element) in passes where query.addressee == nil || scope == .recommendations {
                let (table, fts) = switch scope {
                case .recommendations: ("recommendation", "recommendation_fts")
                case .footnotes: ("footnote", "footnote_fts")
                default: ("paragraph", "paragraph_fts")
                }
                let recommendationFacts = scope == .recommendations ? "x.strength, x.addressee" : "NULL, NULL"
                let (conditions, values) = Self.filters(scope, query: query)
                let matches = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM \(fts) WHERE \(fts) MATCH ? LIMIT ?)",
                                               arguments: [match, reach + 1]) ?? 0
                if matches > reach { tally.capped = true }
                let best = matches > reach ? "(SELECT rowid AS id FROM \(fts) WHERE \(fts) MATCH ? ORDER BY rank LIMIT \(reach))"
                    : "(SELECT rowid AS id FROM \(fts) WHERE \(fts) MATCH ?)"
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(element), d.kind, COALESCE(d.council, d.organisation), d.year, \(recommendationFacts), COUNT(*)
                    FROM \(best) m JOIN \(table) x ON x.id = m.id JOIN document d ON d.id = x.document_id
                    WHERE \((["1"] + conditions).joined(separator: " AND "))
                    GROUP BY 1, 2, 3, 4, 5, 6
                    """, arguments: StatementArguments([match] + values))
                for row in rows {
                    let element: String = row[0], count: Int = row[6]
                    tally.add(\.elements, element, count)
                    guard let scope = SearchScope(rawValue: element), searched.contains(scope) else { continue }
                    tally.total += count
                    tally.add(\.kinds, row[1], count)
                    tally.add(\.councils, row[2] ?? "(none)", count)
                    tally.add(\.years, (row[3] as Int?).map(String.init) ?? "undated", count)
                    if let strength: String = row[4] { tally.add(\.strengths, strength, count) }
                    if let addressee: String = row[5] { tally.add(\.addressees, addressee, count) }
                }
            }
            return tally.facets
        }
    }

    /// Documents per year and council or body, for a chart of what the knowledge base holds.
    public func documentCounts() throws -> [DocumentCount] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT year, COALESCE(council, organisation) AS body, COUNT(*) FROM document GROUP BY 1, 2 ORDER BY 1, 2
                """).map { DocumentCount(year: $0[0], council: $0[1], count: $0[2]) }
        }
    }
}

/// Counts gathered per facet, then ordered: years in time order, the rest most frequent first.
private struct Tally {
    var total = 0
    var capped = false
    var elements: [String: Int] = [:], kinds: [String: Int] = [:], councils: [String: Int] = [:]
    var years: [String: Int] = [:], strengths: [String: Int] = [:], addressees: [String: Int] = [:]

    mutating func add(_ facet: WritableKeyPath<Tally, [String: Int]>, _ value: String, _ count: Int) {
        self[keyPath: facet][value, default: 0] += count
    }

    var facets: SearchFacets {
        func ranked(_ counts: [String: Int]) -> [SearchFacets.Count] {
            counts.sorted { ($0.value, $1.key) > ($1.value, $0.key) }.map { SearchFacets.Count(value: $0.key, count: $0.value) }
        }
        let chronological = years.sorted { $0.key < $1.key }.map { SearchFacets.Count(value: $0.key, count: $0.value) }
        return SearchFacets(total: total, capped: capped, elements: ranked(elements), kinds: ranked(kinds), councils: ranked(councils),
                            years: chronological, strengths: ranked(strengths), addressees: ranked(addressees))
    }
}
