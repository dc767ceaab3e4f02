import AdviesModel

extension Annotation.Document {
    /// The document as the annotations write it: identities resolved into printed names.
    public init(_ document: ParsedDocument) {
        let names = Names(document)
        self.init(
            id: document.id, sourceFile: document.sourceFile, kind: document.kind,
            metadata: Annotation.Metadata(document.metadata),
            sections: document.sections.map { section in
                Annotation.Section(number: section.number, title: section.title, level: section.level,
                                   parent: names.label(section.parent), span: section.span)
            },
            blocks: document.blocks.map { block in
                Annotation.Block(kind: block.kind, text: block.text, section: names.label(block.section), depth: block.depth,
                                 leadIn: block.leadIn, span: block.span)
            },
            footnotes: document.footnotes.map { note in
                Annotation.Footnote(number: note.number, text: note.text, markerContext: note.markerContext,
                                    section: names.label(note.section), marker: note.marker, markerOcr: note.markerOCR,
                                    urls: note.urls.isEmpty ? nil : note.urls, span: note.span)
            },
            urls: document.urls.map { url in
                Annotation.URLEntry(url: url.url, footnote: url.footnote, footnotes: url.footnotes.isEmpty ? nil : url.footnotes,
                                    linkText: url.linkText, firstSeen: url.firstSeen)
            },
            references: document.references.map { reference in
                Annotation.Reference(source: names.source(reference.site), type: reference.type,
                                     organisation: reference.organisation, council: reference.council,
                                     authors: reference.authors, title: reference.title, subtitle: reference.subtitle,
                                     date: reference.date, pages: reference.pages, url: reference.url,
                                     series: reference.series, raw: reference.raw, workKey: reference.workKey)
            },
            recommendations: document.recommendations.map { rec in
                Annotation.Recommendation(id: rec.id.description, section: names.label(rec.section), text: rec.text,
                                          cue: rec.cue, strength: rec.strength, addressee: rec.addressee,
                                          addresseeText: rec.addresseeText, leadIn: rec.leadIn, span: rec.span)
            },
            crossReferences: document.crossReferences.map { Annotation.CrossReference(target: $0.target, via: names.source($0.site)) },
            questions: document.questions.map { Annotation.Question(number: $0.number, text: $0.text) },
            answers: document.answers.map { answer in
                Annotation.Answer(number: answer.number, textStart: answer.textStart, text: answer.text,
                                  tables: answer.tables.map(Annotation.Table.init))
            },
            diagnostics: document.diagnostics)
    }

    /// How the annotations name the sections and citation sites of one document.
    private struct Names {
        let document: ParsedDocument

        init(_ document: ParsedDocument) {
            self.document = document
        }

        /// A section by its number, or its title when it has none.
        func label(_ id: SectionID?) -> String? {
            id.flatMap { document[section: $0]?.label }
        }

        func source(_ site: CitationSite) -> String {
            document.name(of: site)
        }
    }
}

extension Annotation.Metadata {
    public init(_ m: AdviesModel.Metadata) {
        self.init(council: m.council, organisation: m.organisation, body: m.body, signatories: m.signatories, title: m.title,
                  subtitle: m.subtitle, date: m.date, datePrecision: m.datePrecision, referenceNumber: m.referenceNumber,
                  requester: m.requester, requestDate: m.requestDate, issuedBy: m.issuedBy, issuedDate: m.issuedDate,
                  vote: m.vote, caseOfficer: m.caseOfficer, url: m.url, subject: m.subject,
                  questionNumber: m.questionNumber, questionDate: m.questionDate, answerDate: m.answerDate, askedBy: m.askedBy,
                  addressedTo: m.addressedTo, fromManifest: m.fromManifest.isEmpty ? nil : m.fromManifest)
    }
}

extension Annotation.Table {
    init(_ table: DataTable) {
        self.init(label: table.label, caption: table.caption, rowHeader: table.rowHeader, columns: table.columns,
                  rows: table.rows.map { Row(label: $0.label, values: $0.values) }, notes: table.notes)
    }
}
