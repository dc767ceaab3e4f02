import AdviesCore
import Foundation
import GRDB

/// A work as the knowledge base knows it.
public struct Work: Codable, Sendable {
    public var id: String
    public var workKey: String
    public var type: String?
    public var organisation: String?
    public var council: String?
    public var authors: [String]
    public var title: String?
    public var subtitle: String?
    public var date: String?
    public var url: String?
    public var series: String?
    /// The stored document this work is, when it is one.
    public var documentId: String?
}

/// One citation of a work: which document cites it, where, and in which words.
public struct CitationEntry: Codable, Sendable {
    public var work: Work
    public var citingDocument: String
    public var citingDate: String?
    /// "footnote 3", "Bronnen", ...
    public var source: String
    public var section: String?
    /// The sentence that carries the footnote marker, or the list item.
    public var context: String?
    public var raw: String
}

extension KnowledgeBase {
    /// What a document cites, in the order it cites it; works that are stored documents carry
    /// their id.
    public func cites(_ id: String) throws -> [CitationEntry] {
        _ = try document(id)
        return try read { db in try Self.citations(db, where: "c.document_id = ?", arguments: [id]) }
    }

    /// Who cites a document or a work (by id, or a document's id for the work it is).
    public func citedBy(_ id: String) throws -> [CitationEntry] {
        let works: [String] = try read { db in
            if try WorkRecord.exists(db, key: id) { return [id] }
            return try String.fetchAll(db, sql: "SELECT id FROM work WHERE document_id = ?", arguments: [id])
        }
        if works.isEmpty {
            // A document nobody cites is an empty answer; an unknown id is an error.
            if try contentHash(of: id) != nil { return [] }
            throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id) + (try closestWorks(to: id)))
        }
        let placeholders = works.map { _ in "?" }.joined(separator: ", ")
        return try read { db in
            try Self.citations(db, where: "c.work_id IN (\(placeholders)) AND c.document_id != COALESCE(w.document_id, '')",
                               arguments: StatementArguments(works))
        }
    }

    /// All works, optionally only those cited by or citing the given documents.
    public func works() throws -> [Work] {
        try read { db in try WorkRecord.order(Column("id")).fetchAll(db).map(Self.work) }
    }

    public func work(_ id: String) throws -> Work? {
        try read { db in try WorkRecord.fetchOne(db, key: id).map(Self.work) }
    }

    private func closestWorks(to id: String) throws -> [String] {
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM work") }
        return ids.filter { $0.contains(id.lowercased()) }.prefix(3).map { $0 }
    }

    static func work(_ record: WorkRecord) -> Work {
        Work(id: record.id, workKey: record.workKey, type: record.type, organisation: record.organisation, council: record.council,
             authors: record.authors, title: record.title, subtitle: record.subtitle, date: record.date, url: record.url,
             series: record.series, documentId: record.documentId)
    }

    private static func citations(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [CitationEntry] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT w.*, c.document_id AS citing, d.date AS citing_date, r.source, r.raw,
                   f.section_label AS note_section, f.marker_context, f.document_id AS note_document
            FROM citation c
            JOIN work w ON w.id = c.work_id
            JOIN reference r ON r.id = c.reference_id
            JOIN document d ON d.id = c.document_id
            LEFT JOIN footnote f ON f.document_id = c.document_id AND r.source = 'footnote ' || f.number
            WHERE \(condition)
            ORDER BY d.date, c.document_id, r.position
            """, arguments: arguments)
        return try rows.map { row in
            let record = try WorkRecord(row: row)
            let citing: String = row["citing"]
            let source: String = row["source"]
            let markerContext: String? = row["marker_context"]
            return CitationEntry(work: work(record), citingDocument: citing, citingDate: row["citing_date"], source: source,
                                 section: row["note_section"],
                                 context: try markerContext.flatMap { try citingSentence(db, document: citing, context: $0) } ?? markerContext,
                                 raw: row["raw"])
        }
    }

    /// The sentence of the citing document that ends where the footnote marker stands.
    private static func citingSentence(_ db: Database, document: String, context: String) throws -> String? {
        let paragraphs = try String.fetchAll(db, sql: "SELECT text FROM paragraph WHERE document_id = ? AND instr(text, ?) > 0",
                                             arguments: [document, context])
        for paragraph in paragraphs {
            if let sentence = SentenceSplitter.split(paragraph).first(where: { $0.contains(context) || context.contains($0) }) {
                return sentence
            }
            // The context may run over a sentence boundary: take the sentence holding its end.
            let tail = context.split(separator: " ").suffix(3).joined(separator: " ")
            if let sentence = SentenceSplitter.split(paragraph).first(where: { $0.contains(tail) }) { return sentence }
        }
        return nil
    }
}
