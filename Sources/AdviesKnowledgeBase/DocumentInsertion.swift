import AdviesAnalysis
import AdviesModel
import Foundation
import GRDB

/// A parsed document into its rows, every field of it. Footnote URLs and cross-references are
/// not written: they are derived when the document is read back.
enum DocumentInsertion {
    /// Inserts `document`; returns the row id of each of its references, in order.
    static func insert(_ document: ParsedDocument, source: KnowledgeBase.Source, into db: Database) throws -> [Int64] {
        try validate(document)
        let id = document.id
        let m = document.metadata
        try execute(db, """
            INSERT INTO document (id, kind, source_file, source_path, source_format, content_hash, page_count, ingested_at,
              council, organisation, title, subtitle, date, date_precision, reference_number, requester, request_date,
              issued_by, issued_date, vote, case_officer, url, subject, question_number, question_date, asked_by,
              addressed_to, from_manifest, url_key, body, answer_date)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, [id, document.kind.rawValue, document.sourceFile, source.path, source.format.rawValue, source.contentHash,
                  source.pageCount, ISO8601DateFormatter().string(from: Date()), m.council, m.organisation, m.title,
                  m.subtitle, m.date, m.datePrecision?.rawValue, m.referenceNumber, m.requester, m.requestDate, m.issuedBy,
                  m.issuedDate, m.vote, m.caseOfficer, m.url, m.subject, m.questionNumber, m.questionDate, m.askedBy,
                  m.addressedTo, StoredValues.json(m.fromManifest), m.url.map(WorkAddress.normalised), m.body, m.answerDate])
        for (position, s) in m.signatories.enumerated() {
            try execute(db, "INSERT INTO signatory (document_id, position, name, role) VALUES (?, ?, ?, ?)",
                        [id, position, s.name, s.role])
        }
        for s in document.sections {
            try execute(db, """
                INSERT INTO section (document_id, position, number, title, level, parent_position,
                                     start_page, start_line, end_page, end_line) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, s.id.position, s.number, s.title, s.level, s.parent?.position] + StoredValues.span(s.span))
        }
        for (position, b) in document.blocks.enumerated() {
            let turn = StoredValues.turn(b.turn)
            try execute(db, """
                INSERT INTO paragraph (document_id, position, kind, section_position, turn_kind, turn_number, depth,
                                       lead_in, text, start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, b.kind.rawValue, b.section?.position, turn.kind, turn.number, b.depth, b.leadIn, b.text]
                    + StoredValues.span(b.span))
        }
        for (position, f) in document.footnotes.enumerated() {
            try execute(db, """
                INSERT INTO footnote (document_id, position, number, text, marker_context, section_position, marker_page,
                                      marker_line, marker_offset, marker_ocr, start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, f.number, f.text, f.markerContext, f.section?.position, f.marker?.page, f.marker?.line,
                      f.marker?.offset, f.markerOCR] + StoredValues.span(f.span))
        }
        for (position, u) in document.urls.enumerated() {
            try execute(db, """
                INSERT INTO url (document_id, position, url, footnote, footnotes, link_text, first_seen_page, first_seen_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, u.url, u.footnote, StoredValues.json(u.footnotes), u.linkText, u.firstSeen?.page,
                      u.firstSeen?.line])
        }
        for r in document.recommendations {
            try execute(db, """
                INSERT INTO recommendation (document_id, number, section_position, text, cue, strength, addressee,
                                            addressee_text, lead_in, start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, r.id.number, r.section?.position, r.text, r.cue, r.strength?.rawValue, r.addressee, r.addresseeText,
                      r.leadIn] + StoredValues.span(r.span))
        }
        var referenceIDs: [Int64] = []
        for (position, r) in document.references.enumerated() {
            let site = StoredValues.site(r.site)
            try execute(db, """
                INSERT INTO reference (document_id, position, site_kind, site_footnote, site_section, type, organisation,
                                       council, authors, title, subtitle, date, pages, url, series, raw, work_key,
                                       start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, site.kind, site.footnote, site.section, r.type?.rawValue, r.organisation, r.council,
                      StoredValues.json(r.authors), r.title, r.subtitle, r.date, r.pages, r.url, r.series, r.raw, r.workKey]
                    + StoredValues.span(r.span))
            referenceIDs.append(db.lastInsertedRowID)
        }
        for (position, q) in document.questions.enumerated() {
            try execute(db, """
                INSERT INTO question (document_id, position, number, text, start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, q.number, q.text] + StoredValues.span(q.span))
        }
        for (position, a) in document.answers.enumerated() {
            try execute(db, """
                INSERT INTO answer (document_id, position, number, text_start, text, start_page, start_line, end_page, end_line)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, [id, position, a.number, a.textStart, a.text] + StoredValues.span(a.span))
            for (tablePosition, t) in a.tables.enumerated() {
                try execute(db, """
                    INSERT INTO data_table (document_id, answer_position, position, label, caption, section_position,
                                            row_header, column_labels, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    """, [id, position, tablePosition, t.label, t.caption, t.section?.position, t.rowHeader,
                          StoredValues.json(t.columns), StoredValues.json(t.notes)])
                for (rowPosition, row) in t.rows.enumerated() {
                    try execute(db, """
                        INSERT INTO data_table_row (document_id, answer_position, table_position, position, label, cells)
                        VALUES (?, ?, ?, ?, ?, ?)
                        """, [id, position, tablePosition, rowPosition, row.label, StoredValues.json(row.values)])
                }
            }
        }
        for (position, d) in document.diagnostics.enumerated() {
            try execute(db, """
                INSERT INTO diagnostic (document_id, position, severity, code, message, page, line)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, [id, position, d.severity.rawValue, d.code.rawValue, d.message, d.location?.page, d.location?.line])
        }
        return referenceIDs
    }

    private static func execute(_ db: Database, _ sql: String, _ values: [(any DatabaseValueConvertible)?]) throws {
        try db.cachedStatement(sql: sql).execute(arguments: StatementArguments(values))
    }

    /// What the tables cannot hold as given: a recommendation id of another document or out of
    /// number order (recommendations are stored by number), or a section id that is not the
    /// section's position (the id is stored as that position).
    private static func validate(_ document: ParsedDocument) throws {
        if let stray = document.recommendations.first(where: { $0.id.document != document.id }) {
            throw KnowledgeBaseError.invalidDocument(id: document.id, reason: "recommendation \(stray.id) belongs to another document")
        }
        if let stray = zip(document.recommendations, document.recommendations.dropFirst()).first(where: { $0.id >= $1.id }) {
            throw KnowledgeBaseError.invalidDocument(id: document.id, reason: "recommendation \(stray.1.id) follows \(stray.0.id)")
        }
        if let stray = document.sections.enumerated().first(where: { $0.element.id.position != $0.offset }) {
            throw KnowledgeBaseError.invalidDocument(id: document.id,
                                                    reason: "section \(stray.element.id) stands at position \(stray.offset)")
        }
    }
}
