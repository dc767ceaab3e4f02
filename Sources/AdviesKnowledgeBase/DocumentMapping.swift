import AdviesCore
import Foundation
import GRDB

/// A parsed document into the knowledge base's tables, and back.
enum DocumentMapping {
    static func insert(_ document: ParsedDocument, source: KnowledgeBase.Source, into db: Database) throws {
        let id = document.id
        let m = document.metadata
        try DocumentRecord(
            id: id, kind: document.kind.rawValue, title: m.title, subtitle: m.subtitle, date: m.date,
            datePrecision: (m.datePrecision ?? m.date.flatMap(DatePrecision.init(isoDate:)))?.rawValue,
            year: m.date.flatMap { Int($0.prefix(4)) }, council: m.council, organisation: m.organisation, url: m.url,
            sourcePath: source.path, sourceFormat: source.format.rawValue, contentHash: source.contentHash,
            pageCount: source.pageCount, ingestedAt: ISO8601DateFormatter().string(from: Date()), metadata: m,
            urlKey: m.url.map(WorkAddress.normalised)
        ).insert(db)
        for (position, s) in document.sections.enumerated() {
            try SectionRecord(id: nil, documentId: id, position: position, number: s.number, title: s.title, level: s.level,
                              parent: s.parent, label: s.label, startPage: s.span?.start.page, startLine: s.span?.start.line,
                              endPage: s.span?.end.page, endLine: s.span?.end.line).insert(db)
        }
        for (position, b) in document.blocks.enumerated() {
            try ParagraphRecord(id: nil, documentId: id, position: position, kind: b.kind.rawValue, sectionLabel: b.section,
                                text: b.text, leadIn: b.leadIn, startPage: b.span?.start.page, startLine: b.span?.start.line).insert(db)
        }
        for note in document.footnotes {
            try FootnoteRecord(id: nil, documentId: id, number: note.number, text: note.text, sectionLabel: note.section,
                               markerContext: note.markerContext, markerPage: note.marker?.page, markerLine: note.marker?.line,
                               markerOffset: note.marker?.offset).insert(db)
        }
        for (position, r) in document.recommendations.enumerated() {
            try RecommendationRecord(id: nil, documentId: id, recId: r.id ?? "\(id)#rec-\(position + 1)", position: position,
                                     sectionLabel: r.section, text: r.text, cue: r.cue, strength: r.strength?.rawValue,
                                     addressee: r.addressee, addresseeText: r.addresseeText, leadIn: r.leadIn,
                                     startPage: r.span?.start.page, startLine: r.span?.start.line).insert(db)
        }
        for (position, r) in document.references.enumerated() {
            try ReferenceRecord(id: nil, documentId: id, position: position, source: r.source, type: r.type?.rawValue,
                                organisation: r.organisation, council: r.council, authors: r.authors, title: r.title,
                                subtitle: r.subtitle, date: r.date, pages: r.pages, url: r.url, series: r.series, raw: r.raw,
                                workKey: r.workKey).insert(db)
        }
        var seen = Set<String>()
        for u in document.urls where seen.insert(u.url).inserted {
            try URLRecord(id: nil, documentId: id, url: u.url, footnote: u.footnote, linkText: u.linkText).insert(db)
        }
        for q in document.questions {
            try QuestionRecord(id: nil, documentId: id, number: q.number, text: q.text).insert(db)
        }
        for a in document.answers {
            try AnswerRecord(id: nil, documentId: id, number: a.number, textStart: a.textStart).insert(db)
            for table in a.tables {
                for (r, row) in table.rows.enumerated() {
                    for (c, (column, value)) in zip(table.columns, row.values).enumerated() {
                        try TableCellRecord(id: nil, documentId: id, answerNumber: a.number, tableLabel: table.label,
                                            caption: table.caption, rowHeader: table.rowHeader, rowIndex: r, rowLabel: row.label,
                                            columnIndex: c, columnLabel: column, value: value).insert(db)
                    }
                }
                for (position, note) in table.notes.enumerated() {
                    try TableNoteRecord(id: nil, documentId: id, answerNumber: a.number, tableLabel: table.label,
                                        position: position, text: note).insert(db)
                }
            }
        }
        for link in Set(document.crossReferences) {
            try CrossReferenceRecord(id: nil, documentId: id, target: link.target, via: link.via).insert(db)
        }
        for d in document.diagnostics {
            try DiagnosticRecord(id: nil, documentId: id, severity: d.severity.rawValue, code: d.code.rawValue,
                                 message: d.message, page: d.location?.page, line: d.location?.line).insert(db)
        }
    }

    static func load(_ id: String, from db: Database) throws -> ParsedDocument? {
        guard let record = try DocumentRecord.fetchOne(db, key: id) else { return nil }
        func rows<R: KnowledgeBaseRecord>(_ type: R.Type, order: String) throws -> [R] {
            try R.filter(Column("document_id") == id).order(sql: order).fetchAll(db)
        }
        var document = ParsedDocument(id: id, sourceFile: record.sourcePath, kind: DocumentKind(rawValue: record.kind) ?? .unknown,
                                      metadata: record.metadata)
        func span(_ page: Int?, _ line: Int?, _ endPage: Int? = nil, _ endLine: Int? = nil) -> SourceSpan? {
            guard let page, let line else { return nil }
            return SourceSpan(start: SourceLocation(page: page, line: line),
                              end: SourceLocation(page: endPage ?? page, line: endLine ?? line))
        }
        document.sections = try rows(SectionRecord.self, order: "position").map {
            Section(number: $0.number, title: $0.title, level: $0.level, parent: $0.parent,
                    span: span($0.startPage, $0.startLine, $0.endPage, $0.endLine))
        }
        document.blocks = try rows(ParagraphRecord.self, order: "position").map {
            Block(kind: Block.Kind(rawValue: $0.kind) ?? .paragraph, text: $0.text, section: $0.sectionLabel,
                  depth: $0.kind == "bullet" ? 1 : nil, leadIn: $0.leadIn, span: span($0.startPage, $0.startLine))
        }
        document.footnotes = try rows(FootnoteRecord.self, order: "number").map { r in
            var note = Footnote(number: r.number, text: r.text, markerContext: r.markerContext, section: r.sectionLabel)
            if let page = r.markerPage, let line = r.markerLine {
                note.marker = MarkerPosition(page: page, line: line, offset: r.markerOffset ?? 0)
            }
            return note
        }
        document.recommendations = try rows(RecommendationRecord.self, order: "position").map {
            Recommendation(id: $0.recId, section: $0.sectionLabel, text: $0.text, cue: $0.cue,
                           strength: $0.strength.flatMap(RecommendationStrength.init(rawValue:)), addressee: $0.addressee,
                           addresseeText: $0.addresseeText, leadIn: $0.leadIn, span: span($0.startPage, $0.startLine))
        }
        document.references = try rows(ReferenceRecord.self, order: "position").map {
            Reference(source: $0.source, type: $0.type.flatMap(ReferenceType.init(rawValue:)), organisation: $0.organisation,
                      council: $0.council, authors: $0.authors, title: $0.title, subtitle: $0.subtitle, date: $0.date,
                      pages: $0.pages, url: $0.url, series: $0.series, raw: $0.raw, workKey: $0.workKey)
        }
        document.urls = try rows(URLRecord.self, order: "id").map {
            URLReference(url: $0.url, footnote: $0.footnote, linkText: $0.linkText)
        }
        document.questions = try rows(QuestionRecord.self, order: "number").map { Question(number: $0.number, text: $0.text) }
        let cells = try rows(TableCellRecord.self, order: "answer_number, table_label, row_index, column_index")
        let notes = try rows(TableNoteRecord.self, order: "answer_number, table_label, position")
        document.answers = try rows(AnswerRecord.self, order: "number").map { answer in
            let tableCells = cells.filter { $0.answerNumber == answer.number }
            let labels = tableCells.map(\.tableLabel).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let tables = labels.map { label -> DataTable in
                let mine = tableCells.filter { $0.tableLabel == label }
                let columns = mine.filter { $0.rowIndex == 0 }.map(\.columnLabel)
                let rowIndices = mine.map(\.rowIndex).reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
                let rows = rowIndices.map { index in
                    let row = mine.filter { $0.rowIndex == index }
                    return DataTable.Row(label: row.first?.rowLabel ?? "", values: row.map(\.value))
                }
                let tableNotes = notes.filter { $0.answerNumber == answer.number && $0.tableLabel == label }.map(\.text)
                return DataTable(label: label, caption: mine.first?.caption ?? "", rowHeader: mine.first?.rowHeader,
                                 columns: columns, rows: rows, notes: tableNotes)
            }
            return Answer(number: answer.number, textStart: answer.textStart, tables: tables)
        }
        document.crossReferences = try rows(CrossReferenceRecord.self, order: "id").map { CrossReference(target: $0.target, via: $0.via) }
        document.diagnostics = try rows(DiagnosticRecord.self, order: "id").map { r in
            Diagnostic(Diagnostic.Severity(rawValue: r.severity) ?? .info, Diagnostic.Code(rawValue: r.code) ?? .libraryMessage,
                       r.message, at: r.page.flatMap { page in r.line.map { SourceLocation(page: page, line: $0) } })
        }
        return document
    }
}
