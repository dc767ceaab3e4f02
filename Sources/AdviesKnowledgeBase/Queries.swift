import AdviesCore
import GRDB

/// A stored document at a glance.
public struct DocumentSummary: Codable, Sendable {
    public var id: String
    public var kind: String
    public var date: String?
    public var datePrecision: String?
    public var council: String?
    public var title: String?
    public var sourcePath: String
    public var sections: Int
    public var footnotes: Int
    public var recommendations: Int
    public var references: Int
}

/// A recommendation with the facts of its document.
public struct RecommendationHit: Codable, Sendable {
    public var id: String
    public var documentId: String
    public var date: String?
    public var council: String?
    public var section: String?
    public var sectionTitle: String?
    public var text: String
    public var cue: String?
    public var strength: String?
    public var addressee: String?
    public var leadIn: String?
}

/// Filters for `recommendations(_:)`.
public struct RecommendationFilter: Sendable {
    public var document: String?
    public var council: String?
    public var addressee: String?
    public var strength: RecommendationStrength?
    public var limit: Int?

    public init(document: String? = nil, council: String? = nil, addressee: String? = nil,
                strength: RecommendationStrength? = nil, limit: Int? = nil) {
        self.document = document
        self.council = council
        self.addressee = addressee
        self.strength = strength
        self.limit = limit
    }
}

/// Counts over the whole knowledge base.
public struct Statistics: Codable, Sendable {
    public var documents: Int
    public var byKind: [String: Int]
    public var byCouncil: [String: Int]
    public var sections: Int
    public var paragraphs: Int
    public var footnotes: Int
    public var recommendations: Int
    public var recommendationsByStrength: [String: Int]
    public var references: Int
    public var distinctWorks: Int
    public var urls: Int
    public var tableCells: Int
    public var diagnostics: Int
    public var fileBytes: Int64
    public var firstYear: Int?
    public var lastYear: Int?
}

extension KnowledgeBase {
    public func documents() throws -> [DocumentSummary] {
        try read { db in
            try Row.fetchAll(db, sql: """
                SELECT d.id, d.kind, d.date, d.date_precision, d.council, d.title, d.source_path,
                       (SELECT COUNT(*) FROM section WHERE document_id = d.id) AS sections,
                       (SELECT COUNT(*) FROM footnote WHERE document_id = d.id) AS footnotes,
                       (SELECT COUNT(*) FROM recommendation WHERE document_id = d.id) AS recommendations,
                       (SELECT COUNT(*) FROM reference WHERE document_id = d.id) AS "references"
                FROM document d ORDER BY d.date IS NULL, d.date, d.id
                """).map { row in
                DocumentSummary(id: row["id"], kind: row["kind"], date: row["date"], datePrecision: row["date_precision"],
                                council: row["council"], title: row["title"], sourcePath: row["source_path"],
                                sections: row["sections"], footnotes: row["footnotes"], recommendations: row["recommendations"],
                                references: row["references"])
            }
        }
    }

    public func recommendations(_ filter: RecommendationFilter) throws -> [RecommendationHit] {
        if let id = filter.document, try contentHash(of: id) == nil {
            throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id))
        }
        var conditions: [String] = ["1"]
        var values: [any DatabaseValueConvertible] = []
        if let id = filter.document { conditions.append("r.document_id = ?"); values.append(id) }
        if let council = filter.council {
            conditions.append("(d.council LIKE ? OR d.organisation LIKE ?)")
            let pattern = "%\(CouncilNames.expand(council))%"
            values += [pattern, pattern]
        }
        if let addressee = filter.addressee {
            conditions.append("(r.addressee LIKE ? OR r.addressee_text LIKE ?)")
            values += ["%\(addressee)%", "%\(addressee)%"]
        }
        if let strength = filter.strength { conditions.append("r.strength = ?"); values.append(strength.rawValue) }
        let limit = filter.limit.map { " LIMIT \($0)" } ?? ""
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, d.date AS date, d.council AS council,
                       (SELECT s.title FROM section s WHERE s.document_id = r.document_id AND s.label = r.section_label LIMIT 1) AS section_title
                FROM recommendation r JOIN document d ON d.id = r.document_id
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY d.date IS NULL, d.date, r.document_id, r.position\(limit)
                """, arguments: StatementArguments(values)).map { row in
                RecommendationHit(id: row["rec_id"], documentId: row["document_id"], date: row["date"], council: row["council"],
                                  section: row["section_label"], sectionTitle: row["section_title"], text: row["text"],
                                  cue: row["cue"], strength: row["strength"], addressee: row["addressee"], leadIn: row["lead_in"])
            }
        }
    }

    public func statistics() throws -> Statistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func grouped(_ sql: String) throws -> [String: Int] {
                Dictionary(uniqueKeysWithValues: try Row.fetchAll(db, sql: sql).map { ($0[0] as String? ?? "(none)", $0[1] as Int) })
            }
            return Statistics(
                documents: try count("SELECT COUNT(*) FROM document"),
                byKind: try grouped("SELECT kind, COUNT(*) FROM document GROUP BY kind"),
                byCouncil: try grouped("SELECT council, COUNT(*) FROM document GROUP BY council"),
                sections: try count("SELECT COUNT(*) FROM section"),
                paragraphs: try count("SELECT COUNT(*) FROM paragraph"),
                footnotes: try count("SELECT COUNT(*) FROM footnote"),
                recommendations: try count("SELECT COUNT(*) FROM recommendation"),
                recommendationsByStrength: try grouped("SELECT strength, COUNT(*) FROM recommendation GROUP BY strength"),
                references: try count("SELECT COUNT(*) FROM reference"),
                distinctWorks: try count("SELECT COUNT(DISTINCT work_key) FROM reference"),
                urls: try count("SELECT COUNT(*) FROM url"),
                tableCells: try count("SELECT COUNT(*) FROM table_cell"),
                diagnostics: try count("SELECT COUNT(*) FROM diagnostic"),
                fileBytes: fileSize,
                firstYear: try Int.fetchOne(db, sql: "SELECT MIN(year) FROM document"),
                lastYear: try Int.fetchOne(db, sql: "SELECT MAX(year) FROM document"))
        }
    }
}
