import AdviesAnalysis
import AdviesModel
import Foundation
import GRDB

extension KnowledgeBase {
    /// The thread of a subject ("premie"), or of one recommendation (`recommendation` set): the
    /// items found here, linked by `ThreadLinker`.
    public func trace(subject: String?, recommendation: RecommendationID? = nil, since: Int? = nil,
                      documentLimit: Int = ThreadLinker.documentLimit) throws -> PolicyThread {
        try read { db in
            let statistics = try TermStatistics(db)
            var seed: PolicyThread.Item?
            var words: [String]
            if let recommendation {
                guard let found = try Self.recommendationItems(db, where: "r.document_id = ? AND r.number = ?",
                                                               arguments: [recommendation.document, recommendation.number]).first
                else { throw KnowledgeBaseError.unknownDocument(id: recommendation.description, suggestions: []) }
                seed = found
                words = statistics.vector(found.text).weights.sorted { $0.value > $1.value }.prefix(4).map(\.key)
            } else {
                words = TermSimilarity.terms(subject ?? "")
                guard !words.isEmpty else { throw KnowledgeBaseError.badQuery("nothing to trace") }
            }
            let searched = Array(Set((subject.map { $0.split(separator: " ").map(String.init) } ?? words)
                .flatMap { TermSimilarity.expansions(of: $0) })).sorted()
            let match = searched.map { "\"" + $0.replacingOccurrences(of: "\"", with: "") + "\"" }.joined(separator: " OR ")
            let subjectTerms = Set(searched.flatMap(TermSimilarity.terms))

            let (documents, omitted) = try Self.documentsMostAbout(db, match: match, since: since, limit: documentLimit,
                                                                  keeping: seed?.documentId)
            var items = try Self.threadItems(db, match: match, subjectTerms: subjectTerms, in: documents)
            if let seed {
                let seedVector = statistics.vector(seed.text)
                items = items.filter { item in
                    let (score, shared) = statistics.vector(item.text).cosine(seedVector)
                    return item.id == seed.id || ThreadLinker.similar(score, shared: shared)
                }
                if !items.contains(where: { $0.id == seed.id }) { items.append(seed) }
            }
            if let since { items = items.filter { ($0.date.flatMap { Int($0.prefix(4)) } ?? Int.max) >= since } }
            items.sort { ThreadLinker.orderKey($0) < ThreadLinker.orderKey($1) }
            let links = ThreadLinker.links(items: items, vectors: items.map { statistics.vector($0.text) },
                                           citations: try Self.citations(db, among: Set(items.map(\.documentId))),
                                           subjectTerms: Set(subjectTerms.map(TermSimilarity.canonical)))
            return PolicyThread(subject: subject ?? recommendation?.description ?? "", searchedFor: searched, items: items,
                                links: links, omittedDocuments: omitted)
        }
    }

    // MARK: - Items

    /// The `limit` documents with the most passages and recommendations on the subject (then
    /// the latest), and the seed's document; nil when no more than `limit` name it. Counted
    /// from the full-text indexes alone, before any text is read.
    private static func documentsMostAbout(_ db: Database, match: String, since: Int?, limit: Int,
                                           keeping seedDocument: String?) throws -> (Set<String>?, omitted: Int) {
        let rows = try Row.fetchAll(db, sql: """
            SELECT m.document_id, COUNT(*) AS hits, COALESCE(d.date, '') AS date FROM (
              SELECT document_id FROM paragraph WHERE id IN (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?)
              UNION ALL
              SELECT document_id FROM recommendation
              WHERE id IN (SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH ?)
            ) m JOIN document d ON d.id = m.document_id
            WHERE ? IS NULL OR d.year IS NULL OR d.year >= ?
            GROUP BY m.document_id
            """, arguments: [match, match, since, since])
        guard rows.count > limit else { return (nil, 0) }
        let ranked = try rows.map { (id: try $0.decode(String.self, forColumn: "document_id"), hits: try $0.decode(Int.self, forColumn: "hits"),
                                     date: try $0.decode(String.self, forColumn: "date")) }
            .sorted { ($0.hits, $0.date, $1.id) > ($1.hits, $1.date, $0.id) }
        var kept = Set(ranked.prefix(limit).map(\.id))
        if let seedDocument { kept.insert(seedDocument) }
        return (kept, rows.count - ranked.prefix(limit).count)
    }

    /// The document facts every thread item carries, joined as `d`.
    private static let itemFacts = "d.kind, d.date, d.date_precision, d.council, d.from_manifest"

    /// Recommendations and answers on the subject. A document about the subject (it names it
    /// in its title or its first section) brings all its recommendations; another document only
    /// those that name it.
    private static func threadItems(_ db: Database, match: String, subjectTerms: Set<String>,
                                    in documents: Set<String>?) throws -> [PolicyThread.Item] {
        // Limited to `documents` when given: a JSON array the queries read with json_each.
        let only = documents.map { StoredValues.json($0.sorted()) }
        let matchedRecommendations = try recommendationItems(db, where: """
            r.id IN (SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH ?)
              AND (? IS NULL OR r.document_id IN (SELECT value FROM json_each(?)))
            """, arguments: [match, only, only])
        let paragraphRows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.document_id, p.section_position, p.turn_kind, p.turn_number, p.text,
                   s.number AS section_number, s.title AS section_title, d.title AS document_title, \(itemFacts)
            FROM paragraph p JOIN document d ON d.id = p.document_id
            LEFT JOIN section s ON s.document_id = p.document_id AND s.position = p.section_position
            WHERE p.id IN (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?)
              AND (? IS NULL OR p.document_id IN (SELECT value FROM json_each(?)))
            ORDER BY p.document_id, p.position
            """, arguments: [match, only, only])
        var items = matchedRecommendations
        var ids = Set(items.map(\.id))
        var aboutDocuments = Set<String>()
        var answered = Set<String>()
        var titleNamesSubject: [String: Bool] = [:]
        for row in paragraphRows {
            let document: String = try row.decode(forColumn: "document_id")
            if case .answer(let number)? = try row.turn() {
                let id = "\(document)#answer-\(number ?? 0)"
                guard answered.insert(id).inserted else { continue }
                items.append(try item(row, id: id, kind: .answer))
            } else if try row.decode(Int?.self, forColumn: "section_position") == 0 {
                aboutDocuments.insert(document)
            } else {
                let names = try titleNamesSubject[document] ?? !Set(TermSimilarity.terms(row.decode(String?.self, forColumn: "document_title") ?? ""))
                    .isDisjoint(with: subjectTerms)
                titleNamesSubject[document] = names
                if names { aboutDocuments.insert(document) }
            }
        }
        for document in aboutDocuments.sorted() {
            for rec in try recommendationItems(db, where: "r.document_id = ?", arguments: [document]) where ids.insert(rec.id).inserted {
                items.append(rec)
            }
        }
        // A document that only mentions the subject appears with its first such passage.
        let present = Set(items.map(\.documentId))
        var mentioned = Set<String>()
        for row in paragraphRows {
            let document: String = try row.decode(forColumn: "document_id")
            guard !present.contains(document), mentioned.insert(document).inserted else { continue }
            let id: Int64 = try row.decode(forColumn: "id")
            items.append(try item(row, id: "\(document)#p-\(id)", kind: .passage))
        }
        return items
    }

    private static func recommendationItems(_ db: Database, where condition: String,
                                            arguments: StatementArguments) throws -> [PolicyThread.Item] {
        try Row.fetchAll(db, sql: """
            SELECT r.number, r.document_id, r.text, r.strength, r.addressee,
                   s.number AS section_number, s.title AS section_title, \(itemFacts)
            FROM recommendation r JOIN document d ON d.id = r.document_id
            LEFT JOIN section s ON s.document_id = r.document_id AND s.position = r.section_position
            WHERE \(condition) ORDER BY r.document_id, r.number
            """, arguments: arguments).map { row in
            let id = RecommendationID(document: try row.decode(forColumn: "document_id"), number: try row.decode(forColumn: "number"))
            var item = try item(row, id: id.description, kind: .recommendation)
            item.strength = try row.enumeration("strength")
            item.addressee = try row.decode(forColumn: "addressee")
            return item
        }
    }

    private static func item(_ row: Row, id: String, kind: PolicyThread.Item.Kind) throws -> PolicyThread.Item {
        let date: String? = try row.decode(forColumn: "date")
        return PolicyThread.Item(id: id, kind: kind, documentId: try row.decode(forColumn: "document_id"),
                                 documentKind: try row.requiredEnumeration("kind"), date: date,
                                 datePrecision: try datePrecision(row, date: date),
                                 dateFromManifest: try row.jsonArray("from_manifest", as: String.self).contains("date"),
                                 council: try row.decode(forColumn: "council"),
                                 section: try row.sectionLabel(),
                                 text: try row.decode(forColumn: "text"))
    }

    /// Citations from one of `documents` to another, in the order they were stored, named by
    /// where the citing document cites.
    private static func citations(_ db: Database, among documents: Set<String>) throws -> [ThreadLinker.Citation] {
        guard !documents.isEmpty else { return [] }
        let list = StoredValues.json(documents.sorted())
        return try Row.fetchAll(db, sql: """
            SELECT r.document_id AS citing, w.document_id AS cited, r.site_kind, r.site_footnote, r.site_section,
                   l.title AS list_title
            FROM citation c JOIN work w ON w.id = c.work_id JOIN reference r ON r.id = c.reference_id
            LEFT JOIN section l ON l.document_id = r.document_id AND l.position = r.site_section
            WHERE r.document_id IN (SELECT value FROM json_each(?)) AND w.document_id IN (SELECT value FROM json_each(?))
            ORDER BY r.id
            """, arguments: [list, list]).map { row in
            ThreadLinker.Citation(citing: try row.decode(forColumn: "citing"), cited: try row.decode(forColumn: "cited"),
                                  via: try row.site().name(listTitle: try row.decode(forColumn: "list_title")))
        }
    }
}

/// Document frequencies of the knowledge base's terms, for tf-idf weights.
struct TermStatistics {
    private var frequency: [String: Int] = [:]
    private let total: Int

    init(_ db: Database) throws {
        total = (try Int.fetchOne(db, sql: "SELECT (SELECT COUNT(*) FROM paragraph) + (SELECT COUNT(*) FROM recommendation)") ?? 0)
        for table in ["paragraph_vocab", "recommendation_vocab"] {
            for row in try Row.fetchAll(db, sql: "SELECT term, doc FROM \(table)") {
                frequency[TermSimilarity.canonical(try row.decode(forColumn: "term")), default: 0] += try row.decode(Int.self, forColumn: "doc")
            }
        }
    }

    func vector(_ text: String) -> TermSimilarity.Vector {
        TermSimilarity.vector(text, documentFrequency: { frequency[$0] ?? 0 }, total: total)
    }
}
