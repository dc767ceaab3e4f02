import AdviesModel
import GRDB

/// A stored document read back: equal to what was stored, with the parts that are derived
/// rather than stored filled in (footnote URLs; cross-references from the citations).
enum DocumentLoading {
    static func load(_ id: String, from db: Database) throws -> ParsedDocument? {
        guard let header = try header(id, from: db) else { return nil }
        func rows(_ sql: String) throws -> [Row] { try Row.fetchAll(db.cachedStatement(sql: sql), arguments: [id]) }
        var document = ParsedDocument(id: id, sourceFile: header.sourceFile, kind: header.kind, metadata: header.metadata)
        document.sections = try rows("SELECT * FROM section WHERE document_id = ? ORDER BY position").map { row in
            Section(id: SectionID(try row.decode(forColumn: "position")), number: try row.decode(forColumn: "number"),
                    title: try row.decode(forColumn: "title"), level: try row.decode(forColumn: "level"),
                    parent: try row.sectionID("parent_position"), span: try row.span())
        }
        document.blocks = try rows("SELECT * FROM paragraph WHERE document_id = ? ORDER BY position").map { row in
            Block(kind: try row.requiredEnumeration("kind"), text: try row.decode(forColumn: "text"),
                  section: try row.sectionID("section_position"), turn: try row.turn(), depth: try row.decode(forColumn: "depth"),
                  leadIn: try row.decode(forColumn: "lead_in"), span: try row.span())
        }
        document.urls = try rows("SELECT * FROM url WHERE document_id = ? ORDER BY position").map { row in
            URLReference(url: try row.decode(forColumn: "url"), footnote: try row.decode(forColumn: "footnote"),
                         footnotes: try row.jsonArray("footnotes"), linkText: try row.decode(forColumn: "link_text"),
                         firstSeen: try row.location(page: "first_seen_page", line: "first_seen_line"))
        }
        document.footnotes = try rows("SELECT * FROM footnote WHERE document_id = ? ORDER BY position").map { row in
            let number: Int = try row.decode(forColumn: "number")
            let marker: MarkerPosition? = if let page: Int = try row.decode(forColumn: "marker_page") {
                MarkerPosition(page: page, line: try row.decode(forColumn: "marker_line"),
                               offset: try row.decode(forColumn: "marker_offset"))
            } else { nil }
            // The URLs the note prints or cites, as the parser gives them to it.
            return Footnote(number: number, text: try row.decode(forColumn: "text"),
                            markerContext: try row.decode(forColumn: "marker_context"),
                            section: try row.sectionID("section_position"), marker: marker,
                            markerOCR: try row.decode(forColumn: "marker_ocr"),
                            urls: document.urls.filter { $0.belongs(to: number) }.map(\.url), span: try row.span())
        }
        document.recommendations = try rows("SELECT * FROM recommendation WHERE document_id = ? ORDER BY number").map { row in
            Recommendation(id: RecommendationID(document: id, number: try row.decode(forColumn: "number")),
                           section: try row.sectionID("section_position"), text: try row.decode(forColumn: "text"),
                           cue: try row.decode(forColumn: "cue"), strength: try row.enumeration("strength"),
                           addressee: try row.decode(forColumn: "addressee"),
                           addresseeText: try row.decode(forColumn: "addressee_text"),
                           leadIn: try row.decode(forColumn: "lead_in"), span: try row.span())
        }
        document.references = try rows("SELECT * FROM reference WHERE document_id = ? ORDER BY position").map(reference)
        document.questions = try rows("SELECT * FROM question WHERE document_id = ? ORDER BY position").map { row in
            Question(number: try row.decode(forColumn: "number"), text: try row.decode(forColumn: "text"), span: try row.span())
        }
        var tableRows: [[Int]: [DataTable.Row]] = [:]
        for row in try rows("SELECT * FROM data_table_row WHERE document_id = ? ORDER BY answer_position, table_position, position") {
            let key: [Int] = [try row.decode(forColumn: "answer_position"), try row.decode(forColumn: "table_position")]
            tableRows[key, default: []].append(DataTable.Row(label: try row.decode(forColumn: "label"), values: try row.jsonArray("cells")))
        }
        var tables: [Int: [DataTable]] = [:]
        for row in try rows("SELECT * FROM data_table WHERE document_id = ? ORDER BY answer_position, position") {
            let answer: Int = try row.decode(forColumn: "answer_position")
            tables[answer, default: []].append(DataTable(
                label: try row.decode(forColumn: "label"), caption: try row.decode(forColumn: "caption"),
                section: try row.sectionID("section_position"), rowHeader: try row.decode(forColumn: "row_header"),
                columns: try row.jsonArray("column_labels"), rows: tableRows[[answer, try row.decode(forColumn: "position")]] ?? [],
                notes: try row.jsonArray("notes")))
        }
        document.answers = try rows("SELECT * FROM answer WHERE document_id = ? ORDER BY position").map { row in
            Answer(number: try row.decode(forColumn: "number"), textStart: try row.decode(forColumn: "text_start"),
                   text: try row.decode(forColumn: "text"), tables: tables[try row.decode(forColumn: "position")] ?? [],
                   span: try row.span())
        }
        document.diagnostics = try rows("SELECT * FROM diagnostic WHERE document_id = ? ORDER BY position").map { row in
            Diagnostic(try row.requiredEnumeration("severity"), try row.requiredEnumeration("code"),
                       try row.decode(forColumn: "message"), at: try row.location(page: "page", line: "line"))
        }
        document.crossReferences = try crossReferences(of: id, from: db)
        return document
    }

    /// The document row: what a document is and says about itself, without its parts.
    static func header(_ id: String, from db: Database) throws -> (kind: DocumentKind, sourceFile: String, metadata: Metadata)? {
        guard let row = try Row.fetchOne(db.cachedStatement(sql: "SELECT * FROM document WHERE id = ?"), arguments: [id])
        else { return nil }
        var metadata = Metadata(council: try row.decode(forColumn: "council"), organisation: try row.decode(forColumn: "organisation"),
                                signatories: try Row.fetchAll(db.cachedStatement(sql: """
                                    SELECT name, role FROM signatory WHERE document_id = ? ORDER BY position
                                    """), arguments: [id]).map { Signatory(name: try $0.decode(forColumn: "name"),
                                                                            role: try $0.decode(forColumn: "role")) },
                                title: try row.decode(forColumn: "title"), subtitle: try row.decode(forColumn: "subtitle"),
                                date: try row.decode(forColumn: "date"), datePrecision: try row.enumeration("date_precision"),
                                referenceNumber: try row.decode(forColumn: "reference_number"))
        metadata.requester = try row.decode(forColumn: "requester")
        metadata.requestDate = try row.decode(forColumn: "request_date")
        metadata.issuedBy = try row.decode(forColumn: "issued_by")
        metadata.issuedDate = try row.decode(forColumn: "issued_date")
        metadata.vote = try row.decode(forColumn: "vote")
        metadata.caseOfficer = try row.decode(forColumn: "case_officer")
        metadata.url = try row.decode(forColumn: "url")
        metadata.subject = try row.decode(forColumn: "subject")
        metadata.questionNumber = try row.decode(forColumn: "question_number")
        metadata.questionDate = try row.decode(forColumn: "question_date")
        metadata.askedBy = try row.decode(forColumn: "asked_by")
        metadata.addressedTo = try row.decode(forColumn: "addressed_to")
        metadata.body = try row.decode(forColumn: "body")
        metadata.answerDate = try row.decode(forColumn: "answer_date")
        metadata.fromManifest = try row.jsonArray("from_manifest")
        return (try row.requiredEnumeration("kind"), try row.decode(forColumn: "source_file"), metadata)
    }

    /// A `reference` row (with its site columns).
    static func reference(_ row: Row) throws -> Reference {
        Reference(site: try row.site(), type: try row.enumeration("type"), organisation: try row.decode(forColumn: "organisation"),
                  council: try row.decode(forColumn: "council"), authors: try row.jsonArray("authors"),
                  title: try row.decode(forColumn: "title"), subtitle: try row.decode(forColumn: "subtitle"),
                  date: try row.decode(forColumn: "date"), pages: try row.decode(forColumn: "pages"),
                  url: try row.decode(forColumn: "url"), series: try row.decode(forColumn: "series"),
                  raw: try row.decode(forColumn: "raw"), workKey: try row.decode(forColumn: "work_key"), span: try row.span())
    }

    /// The document's references whose work is another stored document, in reference order,
    /// each target and site once: what the one resolution at store time decided.
    static func crossReferences(of id: String, from db: Database) throws -> [CrossReference] {
        var links: [CrossReference] = []
        for row in try Row.fetchAll(db.cachedStatement(sql: """
            SELECT w.document_id AS target, r.site_kind, r.site_footnote, r.site_section
            FROM reference r JOIN citation c ON c.reference_id = r.id JOIN work w ON w.id = c.work_id
            WHERE r.document_id = ? AND w.document_id IS NOT NULL AND w.document_id != r.document_id
            ORDER BY r.position
            """), arguments: [id]) {
            let link = CrossReference(target: try row.decode(forColumn: "target"), site: try row.site())
            if !links.contains(link) { links.append(link) }
        }
        return links
    }
}
