import AdviesAnalysis
import AdviesModel
import GRDB

/// What the frozen migrations cannot build in SQL, built by application code when a writer
/// opens the knowledge base: documents' normalised addresses, and the citations of references
/// that have none (documents stored before v2 made works, whose backfill v2 no longer runs).
/// Each document is resolved as if it were being stored now, in the order they were stored.
enum DerivedData {
    static func isIncomplete(_ db: Database) throws -> Bool {
        try Bool.fetchOne(db, sql: """
            SELECT (SELECT COUNT(*) FROM reference) != (SELECT COUNT(*) FROM citation)
                OR EXISTS (SELECT 1 FROM document WHERE url IS NOT NULL AND url_key IS NULL)
            """) ?? false
    }

    static func rebuild(_ db: Database) throws {
        for row in try Row.fetchAll(db, sql: "SELECT id, url FROM document WHERE url IS NOT NULL AND url_key IS NULL") {
            try db.execute(sql: "UPDATE document SET url_key = ? WHERE id = ?",
                           arguments: [WorkAddress.normalised(try row.decode(forColumn: "url")), try row.decode(String.self, forColumn: "id")])
        }
        // `rank`: the reference's index among its document's references.
        let uncited = try Row.fetchAll(db, sql: """
            SELECT r.* FROM (SELECT document_id, id, position,
                                    ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY position) - 1 AS rank
                             FROM reference) r
            JOIN document d ON d.id = r.document_id
            WHERE r.id NOT IN (SELECT reference_id FROM citation) ORDER BY d.ingested_at, d.id, r.position
            """)
        var byDocument: [(id: String, references: [(rank: Int, rowID: Int64)])] = []
        for row in uncited {
            let id: String = try row.decode(forColumn: "document_id")
            let reference = (rank: try row.decode(Int.self, forColumn: "rank"), rowID: try row.decode(Int64.self, forColumn: "id"))
            if byDocument.last?.id == id { byDocument[byDocument.count - 1].references.append(reference) } else {
                byDocument.append((id, [reference]))
            }
        }
        for (id, references) in byDocument {
            guard let document = try DocumentLoading.load(id, from: db) else { continue }
            try CitationResolution.resolve(document, references: references.map { (document.references[$0.rank], $0.rowID) },
                                           in: db)
        }
    }
}
