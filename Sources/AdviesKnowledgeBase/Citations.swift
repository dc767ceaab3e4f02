import AdviesModel
import AdviesText
import GRDB

extension KnowledgeBase {
    /// What a document cites, in the order it cites it; works that are stored documents carry
    /// their id.
    public func cites(_ id: String) throws -> [CitationEntry] {
        try requireDocument(id)
        return try read { db in try Self.citations(db, where: "r.document_id = ?", arguments: [id]) }
    }

    /// Who cites a document or a work (by id, or a document's id for the work it is).
    public func citedBy(_ id: String) throws -> [CitationEntry] {
        let works: [String] = try read { db in
            if try Bool.fetchOne(db, sql: "SELECT EXISTS (SELECT 1 FROM work WHERE id = ?)", arguments: [id]) == true { return [id] }
            return try String.fetchAll(db, sql: "SELECT id FROM work WHERE document_id = ?", arguments: [id])
        }
        if works.isEmpty {
            // A document nobody cites is an empty answer; an unknown id is an error.
            if try source(of: id) != nil { return [] }
            throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id) + (try closestWorks(to: id)))
        }
        let placeholders = works.map { _ in "?" }.joined(separator: ", ")
        return try read { db in
            try Self.citations(db, where: "c.work_id IN (\(placeholders)) AND r.document_id != COALESCE(w.document_id, '')",
                               arguments: StatementArguments(works))
        }
    }

    public func works() throws -> [Work] {
        try read { db in try Row.fetchAll(db, sql: "SELECT * FROM work ORDER BY id").map(Self.work) }
    }

    public func work(_ id: String) throws -> Work? {
        try read { db in try Self.work(id, in: db) }
    }

    static func work(_ id: String, in db: Database) throws -> Work? {
        try Row.fetchOne(db, sql: "SELECT * FROM work WHERE id = ?", arguments: [id]).map(work)
    }

    /// Throws `unknownDocument` unless `id` is stored.
    func requireDocument(_ id: String) throws {
        if try source(of: id) == nil { throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id)) }
    }

    private func closestWorks(to id: String) throws -> [String] {
        let ids = try read { db in try String.fetchAll(db, sql: "SELECT id FROM work") }
        return ids.filter { $0.contains(id.lowercased()) }.prefix(3).map { $0 }
    }

    private static func work(_ row: Row) throws -> Work {
        Work(id: try row.decode(forColumn: "id"), workKey: try row.decode(forColumn: "work_key"), type: try row.enumeration("type"),
             organisation: try row.decode(forColumn: "organisation"), council: try row.decode(forColumn: "council"),
             authors: try row.jsonArray("authors"), title: try row.decode(forColumn: "title"),
             subtitle: try row.decode(forColumn: "subtitle"), date: try row.decode(forColumn: "date"),
             url: try row.decode(forColumn: "url"), series: try row.decode(forColumn: "series"),
             documentId: try row.decode(forColumn: "document_id"))
    }

    private static func citations(_ db: Database, where condition: String, arguments: StatementArguments) throws -> [CitationEntry] {
        let rows = try Row.fetchAll(db, sql: """
            SELECT w.*, r.document_id AS citing, d.date AS citing_date, r.site_kind, r.site_footnote, r.site_section, r.raw,
                   f.marker_context, s.number AS section_number, s.title AS section_title, l.title AS list_title
            FROM citation c
            JOIN work w ON w.id = c.work_id
            JOIN reference r ON r.id = c.reference_id
            JOIN document d ON d.id = r.document_id
            LEFT JOIN footnote f ON f.id = (SELECT id FROM footnote WHERE document_id = r.document_id AND number = r.site_footnote
                                            ORDER BY position LIMIT 1)
            LEFT JOIN section l ON l.document_id = r.document_id AND l.position = r.site_section
            LEFT JOIN section s ON s.document_id = r.document_id AND s.position = COALESCE(f.section_position, r.site_section)
            WHERE \(condition)
            ORDER BY d.date, r.document_id, r.position
            """, arguments: arguments)
        return try rows.map { row in
            let citing: String = try row.decode(forColumn: "citing")
            let site = try row.site()
            let markerContext: String? = try row.decode(forColumn: "marker_context")
            return CitationEntry(work: try work(row), citingDocument: citing, citingDate: try row.decode(forColumn: "citing_date"),
                                 site: site, source: site.name(listTitle: try row.decode(forColumn: "list_title")),
                                 section: try row.sectionLabel(),
                                 context: try markerContext.flatMap { try citingSentence(db, document: citing, context: $0) }
                                    ?? markerContext,
                                 raw: try row.decode(forColumn: "raw"))
        }
    }

    /// The sentence of the citing document that ends where the footnote marker stands.
    private static func citingSentence(_ db: Database, document: String, context: String) throws -> String? {
        let paragraphs = try String.fetchAll(db, sql: "SELECT text FROM paragraph WHERE document_id = ? AND instr(text, ?) > 0",
                                             arguments: [document, context])
        for paragraph in paragraphs {
            let sentences = SentenceSplitter.split(paragraph)
            if let sentence = sentences.first(where: { $0.contains(context) || context.contains($0) }) { return sentence }
            // The context may run over a sentence boundary: take the sentence holding its end.
            let tail = context.split(separator: " ").suffix(3).joined(separator: " ")
            if let sentence = sentences.first(where: { $0.contains(tail) }) { return sentence }
        }
        return nil
    }
}

extension CitationSite {
    /// How a reader names the site, `ParsedDocument.name(of:)` for a site read without its
    /// document: "footnote 3", the title of its list, or "body".
    func name(listTitle: String?) -> String {
        switch self {
        case .footnote(let number): "footnote \(number)"
        case .list: listTitle ?? "list"
        case .body: "body"
        }
    }
}
