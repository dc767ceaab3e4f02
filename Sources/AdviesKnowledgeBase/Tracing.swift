import AdviesAnalysis
import AdviesCore
import Foundation
import GRDB

/// A policy thread: the documents, recommendations and answers that address one subject, in
/// time order, with the links between them and why each link is there.
public struct PolicyThread: Codable, Sendable {
    public var subject: String
    /// The words searched for (the subject and its synonyms).
    public var searchedFor: [String]
    public var items: [Item]
    public var links: [Link]
    /// Documents on the subject left out because the thread keeps the ones most about it.
    public var omittedDocuments: Int = 0

    public struct Item: Codable, Sendable {
        public enum Kind: String, Codable, Sendable {
            case recommendation, answer, passage
        }

        /// A recommendation id, "<doc>#answer-<n>", or "<doc>#p-<n>".
        public var id: String
        public var kind: Kind
        public var documentId: String
        public var documentKind: String
        public var date: String?
        public var datePrecision: String?
        /// Where the date came from when the document does not state it.
        public var dateFromManifest: Bool
        public var council: String?
        public var section: String?
        public var text: String
        public var strength: String?
        public var addressee: String?
    }

    public struct Link: Codable, Sendable {
        public enum Reason: String, Codable, Sendable {
            case cites
            case similarRecommendation = "similar-recommendation"
            case sameAddressee = "same-addressee"
            case reportsMeasure = "reports-measure"
        }

        /// The earlier item (for a citation: the cited document) and the later one.
        public var from: String
        public var to: String
        public var reason: Reason
        public var score: Double?
        public var sharedTerms: [String]
        /// For a citation: where the later document cites the earlier ("footnote 1").
        public var via: String?
    }
}

extension KnowledgeBase {
    /// Recommendations whose tf-idf vectors (Dutch stems, synonyms merged) have at least this
    /// cosine are similar...
    public static let similarityThreshold = 0.3
    /// ...and so are two items of one thread with at least this cosine and two shared terms.
    public static let threadSimilarityThreshold = 0.1
    /// An answer reports a measure a recommendation asked for when it speaks of putting
    /// something in place, names the thread's subject, and has at least this cosine with it.
    public static let measureThreshold = 0.08
    /// A thread keeps at most this many documents, those most about the subject (the most
    /// passages on it): a timeline a researcher reads, and links that cost the square of it.
    public static let threadDocumentLimit = 60

    /// The thread of a subject ("premie"), or of one recommendation (`recommendation` set).
    public func trace(subject: String?, recommendation: String? = nil, since: Int? = nil,
                      documentLimit: Int = threadDocumentLimit) throws -> PolicyThread {
        try read { db in
            let statistics = try TermStatistics(db)
            var seed: PolicyThread.Item?
            var words: [String]
            if let recommendation {
                guard let found = try Self.recommendationItems(db, where: "r.rec_id = ?", arguments: [recommendation]).first else {
                    throw KnowledgeBaseError.unknownDocument(id: recommendation, suggestions: [])
                }
                seed = found
                let vector = statistics.vector(found.text)
                words = vector.weights.sorted { $0.value > $1.value }.prefix(4).map(\.key)
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
                    return item.id == seed.id || Self.similar(score, shared: shared)
                }
                if !items.contains(where: { $0.id == seed.id }) { items.append(seed) }
            }
            if let since { items = items.filter { ($0.date.flatMap { Int($0.prefix(4)) } ?? Int.max) >= since } }
            items.sort { ThreadOrder.key($0) < ThreadOrder.key($1) }
            let canonicalSubject = Set(subjectTerms.map(TermSimilarity.canonical))
            let links = try Self.links(db, items: items, statistics: statistics, subjectTerms: canonicalSubject)
            return PolicyThread(subject: subject ?? recommendation ?? "", searchedFor: searched, items: items, links: links,
                                omittedDocuments: omitted)
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
        let ranked = rows.map { (id: $0["document_id"] as String, hits: $0["hits"] as Int, date: $0["date"] as String) }
            .sorted { ($0.hits, $0.date, $1.id) > ($1.hits, $1.date, $0.id) }
        var kept = Set(ranked.prefix(limit).map(\.id))
        if let seedDocument { kept.insert(seedDocument) }
        return (kept, rows.count - ranked.prefix(limit).count)
    }

    /// Recommendations and answers on the subject. A document about the subject (it names it
    /// in its title or first section) brings all its recommendations; another document only
    /// those that name it.
    private static func threadItems(_ db: Database, match: String, subjectTerms: Set<String>,
                                    in documents: Set<String>?) throws -> [PolicyThread.Item] {
        // Limited to `documents` when given: a JSON array the queries read with json_each.
        let only = documents.map { String(decoding: try! JSONEncoder().encode($0.sorted()), as: UTF8.self) }
        let matchedRecommendations = try recommendationItems(db, where: """
            r.id IN (SELECT rowid FROM recommendation_fts WHERE recommendation_fts MATCH ?)
              AND (? IS NULL OR r.document_id IN (SELECT value FROM json_each(?)))
            """, arguments: [match, only, only])
        let paragraphRows = try Row.fetchAll(db, sql: """
            SELECT p.id, p.document_id, p.section_label, p.text, d.kind, d.date, d.date_precision, d.council, d.metadata
            FROM paragraph p JOIN document d ON d.id = p.document_id
            WHERE p.id IN (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH ?)
              AND (? IS NULL OR p.document_id IN (SELECT value FROM json_each(?)))
            ORDER BY p.document_id, p.position
            """, arguments: [match, only, only])
        var items = matchedRecommendations
        var ids = Set(items.map(\.id))
        var aboutDocuments = Set<String>()
        var answered = Set<String>()
        var about = AboutCache()
        for row in paragraphRows {
            let document: String = row["document_id"]
            let section: String? = row["section_label"]
            let kind: String = row["kind"]
            if kind == DocumentKind.writtenQuestion.rawValue, let section, section == "A" || section.hasPrefix("A.") {
                let number = section.split(separator: ".").dropFirst().first.map(String.init) ?? "0"
                let id = "\(document)#answer-\(number)"
                guard answered.insert(id).inserted else { continue }
                items.append(item(row, id: id, kind: .answer, section: section))
            } else if try about.isAbout(db, document: document, section: section, subjectTerms: subjectTerms) {
                aboutDocuments.insert(document)
            }
        }
        for document in aboutDocuments.sorted() {
            let all = try recommendationItems(db, where: "r.document_id = ?", arguments: [document])
            for rec in all where ids.insert(rec.id).inserted { items.append(rec) }
        }
        // A document that only mentions the subject appears with its first such passage.
        let present = Set(items.map(\.documentId))
        var mentioned = Set<String>()
        for row in paragraphRows {
            let document: String = row["document_id"]
            guard !present.contains(document), mentioned.insert(document).inserted else { continue }
            let id: Int64 = row["id"]
            items.append(item(row, id: "\(document)#p-\(id)", kind: .passage, section: row["section_label"]))
        }
        return items
    }

    /// Whether a passage makes its document one about the subject: it stands in the first
    /// section, or the title names the subject. Looked up once per document.
    private struct AboutCache {
        private var firstSection: [String: String?] = [:]
        private var titleNamesSubject: [String: Bool] = [:]

        mutating func isAbout(_ db: Database, document: String, section: String?, subjectTerms: Set<String>) throws -> Bool {
            if firstSection[document] == nil {
                firstSection[document] = try String.fetchOne(db, sql: """
                    SELECT label FROM section WHERE document_id = ? ORDER BY position LIMIT 1
                    """, arguments: [document])
            }
            if section != nil && section == firstSection[document]! { return true }
            if let known = titleNamesSubject[document] { return known }
            let title = try String.fetchOne(db, sql: "SELECT COALESCE(title, '') FROM document WHERE id = ?", arguments: [document]) ?? ""
            let names = !Set(TermSimilarity.terms(title)).isDisjoint(with: subjectTerms)
            titleNamesSubject[document] = names
            return names
        }
    }

    static func recommendationItems(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [PolicyThread.Item] {
        try Row.fetchAll(db, sql: """
            SELECT r.rec_id, r.document_id, r.section_label, r.text, r.strength, r.addressee,
                   d.kind, d.date, d.date_precision, d.council, d.metadata
            FROM recommendation r JOIN document d ON d.id = r.document_id
            WHERE \(condition) ORDER BY r.document_id, r.position
            """, arguments: arguments).map { row in
            var item = item(row, id: row["rec_id"], kind: .recommendation, section: row["section_label"])
            item.strength = row["strength"]
            item.addressee = row["addressee"]
            return item
        }
    }

    private static func item(_ row: Row, id: String, kind: PolicyThread.Item.Kind, section: String?) -> PolicyThread.Item {
        let metadataJSON: String = row["metadata"] ?? "{}"
        let metadata = try? JSONDecoder().decode(Metadata.self, from: Data(metadataJSON.utf8))
        let fromManifest = metadata?.fromManifest?.contains("date") == true
        return PolicyThread.Item(id: id, kind: kind, documentId: row["document_id"], documentKind: row["kind"], date: row["date"],
                                 datePrecision: row["date_precision"], dateFromManifest: fromManifest, council: row["council"],
                                 section: section, text: row["text"], strength: nil, addressee: nil)
    }

    // MARK: - Links

    /// Links from earlier items to later ones of other documents: citations between their
    /// documents, similar recommendations, a shared addressee, and answers that report a
    /// measure a recommendation asked for. Each later item keeps its strongest link of each kind.
    private static func links(_ db: Database, items: [PolicyThread.Item], statistics: TermStatistics,
                              subjectTerms: Set<String>) throws -> [PolicyThread.Link] {
        var links: [PolicyThread.Link] = []
        let vectors = items.map { statistics.vector($0.text) }
        let documents = Set(items.map(\.documentId))
        let placeholders = Array(repeating: "?", count: documents.count).joined(separator: ",")
        let citations = documents.isEmpty ? [] : try Row.fetchAll(db, sql: """
            SELECT c.document_id AS citing, w.document_id AS cited, r.source FROM citation c
            JOIN work w ON w.id = c.work_id JOIN reference r ON r.id = c.reference_id
            WHERE w.document_id IS NOT NULL AND c.document_id IN (\(placeholders))
            ORDER BY c.id
            """, arguments: StatementArguments(documents.sorted())).filter { documents.contains($0["cited"]) }
        var citedPairs = Set<String>()
        for row in citations {
            let citing: String = row["citing"], cited: String = row["cited"]
            guard citedPairs.insert(citing + "|" + cited).inserted, let to = items.first(where: { $0.documentId == citing })
            else { continue }
            // A citation links documents: "from" is the cited document itself.
            links.append(PolicyThread.Link(from: cited, to: to.id, reason: .cites, score: nil, sharedTerms: [], via: row["source"]))
        }
        for (j, later) in items.enumerated() {
            // The strongest link of each kind from each earlier document.
            var best: [String: PolicyThread.Link] = [:]
            for (i, earlier) in items.enumerated() where i < j && earlier.documentId != later.documentId {
                let (score, shared) = vectors[i].cosine(vectors[j])
                func offer(_ reason: PolicyThread.Link.Reason) {
                    let key = reason.rawValue + "|" + earlier.documentId
                    if let current = best[key], (current.score ?? 0) >= score { return }
                    best[key] = PolicyThread.Link(from: earlier.id, to: later.id, reason: reason, score: (score * 100).rounded() / 100,
                                                  sharedTerms: Array(shared.prefix(5)), via: nil)
                }
                let namesSubject = !subjectTerms.isDisjoint(with: shared)
                if earlier.kind == .recommendation && later.kind == .recommendation {
                    if similar(score, shared: shared) { offer(.similarRecommendation) }
                    if let a = earlier.addressee, a == later.addressee { offer(.sameAddressee) }
                }
                if earlier.kind == .recommendation && later.kind == .answer && namesSubject && score >= measureThreshold
                    && reportsMeasure(later.text) {
                    offer(.reportsMeasure)
                }
                if earlier.kind == .answer && later.kind == .recommendation && similar(score, shared: shared) {
                    offer(.similarRecommendation)
                }
            }
            links += best.values.sorted { ($0.reason.rawValue, $0.from) < ($1.reason.rawValue, $1.from) }
        }
        return links
    }

    /// Similar enough to link: a high cosine, or within one thread a fair cosine over two or
    /// more shared terms.
    static func similar(_ score: Double, shared: [String]) -> Bool {
        score >= similarityThreshold || (score >= threadSimilarityThreshold && shared.count >= 2)
    }

    private static let fromDate = TextPattern(#"vanaf \d{1,2} \p{L}+ \d{4}"#)

    /// An answer that says something is being put in place: "wordt ... uitgerold", "vanaf 1
    /// september 2023", "werd ingevoerd".
    static func reportsMeasure(_ text: String) -> Bool {
        let lower = text.lowercased()
        let putInPlace = ["uitgerold", "ingevoerd", "ingesteld", "verhoogd", "uitgebreid", "gerealiseerd", "goedgekeurd",
                          "in werking", "voorzien", "toegekend", "verruimd", "opgestart"]
        return putInPlace.contains { lower.contains($0) } || fromDate.isMatch(lower)
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
                let term = TermSimilarity.canonical(row["term"])
                frequency[term, default: 0] += row["doc"] as Int
            }
        }
    }

    func vector(_ text: String) -> TermSimilarity.Vector {
        TermSimilarity.vector(text, documentFrequency: { frequency[$0] ?? 0 }, total: total)
    }
}

/// Time order for a thread: by date as far as known, a year-only date at the start of its year.
enum ThreadOrder {
    static func key(_ item: PolicyThread.Item) -> String {
        let date = item.date ?? "9999"
        let padded = date.count == 4 ? date + "-00-00" : (date.count == 7 ? date + "-00" : date)
        return padded + "|" + item.documentId + "|" + item.id
    }
}
