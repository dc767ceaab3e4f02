import AdviesModel
import GRDB

extension KnowledgeBase {
    /// Every stored document with the counts of its parts, by date.
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
                let date: String? = try row.decode(forColumn: "date")
                return DocumentSummary(id: try row.decode(forColumn: "id"), kind: try row.requiredEnumeration("kind"), date: date,
                                       datePrecision: try Self.datePrecision(row, date: date),
                                       council: try row.decode(forColumn: "council"), title: try row.decode(forColumn: "title"),
                                       sourcePath: try row.decode(forColumn: "source_path"),
                                       sections: try row.decode(forColumn: "sections"), footnotes: try row.decode(forColumn: "footnotes"),
                                       recommendations: try row.decode(forColumn: "recommendations"),
                                       references: try row.decode(forColumn: "references"))
            }
        }
    }

    /// A document's date precision: as stated, else as precise as its date is written.
    static func datePrecision(_ row: Row, date: String?) throws -> DatePrecision? {
        try row.enumeration("date_precision", as: DatePrecision.self) ?? date.flatMap(DatePrecision.init(isoDate:))
    }

    public func recommendations(_ filter: RecommendationFilter) throws -> [RecommendationHit] {
        if let id = filter.document { try requireDocument(id) }
        var conditions: [String] = ["1"]
        var values: [any DatabaseValueConvertible] = []
        if let id = filter.document {
            conditions.append("r.document_id = ?")
            values.append(id)
        }
        if let council = filter.council {
            let filter = Filters.council(council)
            conditions.append(filter.sql)
            values += filter.arguments
        }
        if let addressee = filter.addressee {
            let filter = Filters.addressee(addressee, of: "r")
            conditions.append(filter.sql)
            values += filter.arguments
        }
        if let strength = filter.strength {
            conditions.append("r.strength = ?")
            values.append(strength.rawValue)
        }
        if let limit = filter.limit { values.append(limit) }
        return try read { db in
            try Row.fetchAll(db, sql: """
                SELECT r.*, d.date AS date, d.council AS council, s.number AS section_number, s.title AS section_title
                FROM recommendation r JOIN document d ON d.id = r.document_id
                LEFT JOIN section s ON s.document_id = r.document_id AND s.position = r.section_position
                WHERE \(conditions.joined(separator: " AND "))
                ORDER BY d.date IS NULL, d.date, r.document_id, r.number\(filter.limit == nil ? "" : " LIMIT ?")
                """, arguments: StatementArguments(values)).map { row in
                let document: String = try row.decode(forColumn: "document_id")
                return RecommendationHit(id: RecommendationID(document: document, number: try row.decode(forColumn: "number")),
                                         documentId: document, date: try row.decode(forColumn: "date"),
                                         council: try row.decode(forColumn: "council"),
                                         section: try row.sectionLabel(), sectionTitle: try row.decode(forColumn: "section_title"),
                                         text: try row.decode(forColumn: "text"),
                                         cue: try row.decode(forColumn: "cue"), strength: try row.enumeration("strength"),
                                         addressee: try row.decode(forColumn: "addressee"), leadIn: try row.decode(forColumn: "lead_in"))
            }
        }
    }

    public func statistics() throws -> Statistics {
        try read { db in
            func count(_ sql: String) throws -> Int { try Int.fetchOne(db, sql: sql) ?? 0 }
            func grouped<Key: Hashable>(_ sql: String, _ key: (Row) throws -> Key?) throws -> [Key: Int] {
                var counts: [Key: Int] = [:]
                for row in try Row.fetchAll(db, sql: sql) {
                    if let key = try key(row) { counts[key] = try row.decode(Int.self, atIndex: 1) }
                }
                return counts
            }
            return Statistics(
                documents: try count("SELECT COUNT(*) FROM document"),
                byKind: try grouped("SELECT kind, COUNT(*) FROM document GROUP BY kind") {
                    try $0.requiredEnumeration("kind", as: DocumentKind.self)
                },
                byCouncil: try grouped("SELECT council, COUNT(*) FROM document GROUP BY council") {
                    try $0.decode(String?.self, atIndex: 0) ?? "(none)"
                },
                sections: try count("SELECT COUNT(*) FROM section"),
                paragraphs: try count("SELECT COUNT(*) FROM paragraph"),
                footnotes: try count("SELECT COUNT(*) FROM footnote"),
                recommendations: try count("SELECT COUNT(*) FROM recommendation"),
                recommendationsByStrength: try grouped("""
                    SELECT strength, COUNT(*) FROM recommendation WHERE strength IS NOT NULL GROUP BY strength
                    """) { try $0.enumeration("strength", as: RecommendationStrength.self) },
                references: try count("SELECT COUNT(*) FROM reference"),
                distinctWorks: try count("SELECT COUNT(DISTINCT work_key) FROM reference"),
                urls: try count("SELECT COUNT(*) FROM url"),
                tableCells: try count("SELECT COALESCE(SUM(json_array_length(cells)), 0) FROM data_table_row"),
                diagnostics: try count("SELECT COUNT(*) FROM diagnostic"),
                fileBytes: fileSize,
                firstYear: try Int.fetchOne(db, sql: "SELECT MIN(year) FROM document"),
                lastYear: try Int.fetchOne(db, sql: "SELECT MAX(year) FROM document"))
        }
    }
}
