import AdviesAnalysis
import AdviesModel
import GRDB

/// The one citation resolution: when a document is stored, which work each of its references
/// cites (by key, else by creator, date and title, else a new work) and which stored document
/// each work is (`DocumentResolver`), and which open works of earlier documents the new
/// document is. Decided in memory from the document being stored and the row ids its inserts
/// returned, against what was stored before; then written. Everything that asks "which
/// document does this cite" (cites, cited-by, the graph, traces, cross-references) reads what
/// this decided.
struct CitationResolution {
    private let db: Database
    private let document: ParsedDocument
    /// This document as works would describe it.
    private let thisDocument: DocumentResolver.Candidate
    private var index = WorkIndex()
    /// Works this resolution decided on, by id: new ones and earlier ones it cites.
    private var works: [String: Work] = [:]
    /// The new works, in the order they were decided.
    private var created: [String] = []
    private var resolved: Set<String> = []
    private var byKey: [String: String] = [:]
    private var candidates: [String: [DocumentResolver.Candidate]] = [:]

    /// Resolves the `references` of `document` (with their row ids) and writes works and
    /// citations. `formerWorks`: the works a replaced version of the document cited, removed
    /// when no one cites them any more.
    static func resolve(_ document: ParsedDocument, references: [(reference: Reference, rowID: Int64)],
                        replacing formerWorks: [String] = [], in db: Database) throws {
        var resolution = CitationResolution(db: db, document: document)
        try resolution.run(references)
        for id in formerWorks {
            try db.cachedStatement(sql: "DELETE FROM work WHERE id = ? AND NOT EXISTS (SELECT 1 FROM citation WHERE work_id = ?)")
                .execute(arguments: [id, id])
        }
    }

    private init(db: Database, document: ParsedDocument) {
        self.db = db
        self.document = document
        let m = document.metadata
        thisDocument = DocumentResolver.Candidate(id: document.id, title: m.title, date: m.date, url: m.url, organisation: m.organisation)
    }

    private mutating func run(_ references: [(reference: Reference, rowID: Int64)]) throws {
        var citations: [(rowID: Int64, work: String)] = []
        for (reference, rowID) in references {
            let id = try work(citedBy: reference)
            citations.append((rowID, id))
            if works[id]?.documentId == nil,
               let target = try DocumentResolver.document(for: DocumentResolver.Cited(reference),
                                                          among: others(for: DocumentResolver.Cited(reference)),
                                                          excluding: document.id) {
                works[id]?.documentId = target.id
                resolved.insert(id)
            }
        }
        // Before this document's works are written: only what was stored before is read.
        try resolveOpenWorks(citedHere: Set(citations.map(\.work)))
        for id in created {
            let w = works[id]!
            try db.cachedStatement(sql: """
                INSERT INTO work (id, work_key, who, type, organisation, council, authors, title, subtitle, date, url, url_key,
                                  series, document_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """).execute(arguments: [w.id, w.workKey, WorkIdentity.creator(ofKey: w.workKey), w.type?.rawValue, w.organisation,
                                 w.council, StoredValues.json(w.authors), w.title, w.subtitle, w.date, w.url,
                                 w.url.map(WorkAddress.normalised), w.series, w.documentId])
        }
        for id in resolved.subtracting(created).sorted() {
            try db.execute(sql: "UPDATE work SET document_id = ? WHERE id = ?", arguments: [works[id]!.documentId, id])
        }
        for citation in citations {
            try db.cachedStatement(sql: "INSERT INTO citation (reference_id, work_id) VALUES (?, ?)")
                .execute(arguments: [citation.rowID, citation.work])
        }
    }

    /// The work a reference cites: one this resolution decided for the same key, a stored one
    /// with its key, one by the same creator on the same date whose title agrees, or a new one.
    private mutating func work(citedBy reference: Reference) throws -> String {
        if let id = byKey[reference.workKey] { return id }
        let who = WorkIdentity.creator(ofKey: reference.workKey)
        let id: String
        if let stored = try String.fetchOne(db.cachedStatement(sql: "SELECT id FROM work WHERE work_key = ? ORDER BY rowid LIMIT 1"),
                                            arguments: [reference.workKey]) {
            id = stored
        } else if !who.isEmpty, let date = reference.date,
                  let same = try index.sameTitle(who: who, date: date, title: reference.title, subtitle: reference.subtitle, in: db) {
            id = same
        } else {
            id = try unusedID(WorkIdentity.stableID(who: who, date: reference.date, title: reference.title, url: reference.url))
            works[id] = Work(id: id, workKey: reference.workKey, type: reference.type, organisation: reference.organisation,
                             council: reference.council, authors: reference.authors, title: reference.title,
                             subtitle: reference.subtitle, date: reference.date, url: reference.url, series: reference.series,
                             documentId: nil)
            created.append(id)
            index.added(id, who: who, date: reference.date, title: reference.title, subtitle: reference.subtitle)
        }
        if works[id] == nil { works[id] = try KnowledgeBase.work(id, in: db) }
        byKey[reference.workKey] = id
        return id
    }

    /// `id`, or `id-2`, `id-3`, ... past the suffixes already taken.
    private func unusedID(_ id: String) throws -> String {
        let stored = try String.fetchAll(db, sql: "SELECT id FROM work WHERE id = ? OR id GLOB ?", arguments: [id, id + "-[0-9]*"])
        let taken = Set(stored + created.filter { $0 == id || $0.hasPrefix(id + "-") })
        guard taken.contains(id) else { return id }
        let highest = taken.compactMap { Int($0.dropFirst(id.count + 1)) }.max() ?? 1
        return "\(id)-\(highest + 1)"
    }

    /// The stored documents other than this one that `work` can be: those of its year or
    /// address, and those dated too vaguely to index (as `DocumentResolver.Collection` picks them).
    private mutating func others(for work: DocumentResolver.Cited) throws -> [DocumentResolver.Candidate] {
        var found: [DocumentResolver.Candidate] = []
        func fetch(_ key: String, _ condition: String, _ values: [any DatabaseValueConvertible] = []) throws {
            if candidates[key] == nil {
                candidates[key] = try Row.fetchAll(db, sql: """
                    SELECT id, title, date, url, organisation FROM document WHERE id != ? AND \(condition)
                    """, arguments: StatementArguments([document.id] + values)).map { row in
                    DocumentResolver.Candidate(id: try row.decode(forColumn: "id"), title: try row.decode(forColumn: "title"),
                                               date: try row.decode(forColumn: "date"), url: try row.decode(forColumn: "url"),
                                               organisation: try row.decode(forColumn: "organisation"))
                }
            }
            found += candidates[key]!
        }
        if let date = work.date, date.count < 4 {
            try fetch("all", "1")
            return found
        }
        try fetch("vague", "length(date) < 4")
        if let url = work.url { try fetch("url " + WorkAddress.normalised(url), "url_key = ?", [WorkAddress.normalised(url)]) }
        if let year = work.date.flatMap({ Int($0.prefix(4)) }) { try fetch("year \(year)", "year = ?", [year]) }
        var seen = Set<String>()
        return found.filter { seen.insert($0.id).inserted }
    }

    /// Works cited before this document arrived that are this document (never one it cites
    /// itself): each must match it, and no other stored document.
    private mutating func resolveOpenWorks(citedHere: Set<String>) throws {
        let m = document.metadata
        // Each branch on its own index (`+` keeps SQLite from the index of open works, nearly all
        // of them); a document dated too vaguely to index can be any work.
        let columns = "SELECT id, organisation, title, date, url FROM work WHERE +document_id IS NULL"
        let open = try m.date.map { $0.count < 4 } == true ? Row.fetchAll(db, sql: columns) : Row.fetchAll(db, sql: """
            \(columns) AND year = ? UNION \(columns) AND url_key = ? UNION \(columns) AND length(date) < 4
            """, arguments: [m.date.flatMap { Int($0.prefix(4)) }, m.url.map(WorkAddress.normalised)])
        for row in open {
            let id: String = try row.decode(forColumn: "id")
            guard !citedHere.contains(id) else { continue }
            let cited = DocumentResolver.Cited(organisation: try row.decode(forColumn: "organisation"),
                                               title: try row.decode(forColumn: "title"), date: try row.decode(forColumn: "date"),
                                               url: try row.decode(forColumn: "url"))
            guard DocumentResolver.matches(cited, thisDocument),
                  DocumentResolver.document(for: cited, among: try others(for: cited) + [thisDocument])?.id == document.id
            else { continue }
            try db.execute(sql: "UPDATE work SET document_id = ? WHERE id = ?", arguments: [document.id, id])
        }
    }
}
