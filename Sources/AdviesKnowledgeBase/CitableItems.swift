import AdviesModel
import GRDB

extension KnowledgeBase {
    /// Documents and works as citation-list items: ids may name either. A work that is a
    /// stored document is cited as that document.
    public func citableItems(_ ids: [String]) throws -> [CitableItem] {
        try ids.map { id in
            if let work = try work(id) { return try citableItem(work) }
            return try citableItem(document: id)
        }
    }

    /// What a document cites, as citation-list items.
    public func referenceItems(of id: String) throws -> [CitableItem] {
        try cites(id).map { try citableItem($0.work) }
    }

    /// The documents that cite a document or work, as citation-list items.
    public func citingItems(of id: String) throws -> [CitableItem] {
        var ordered: [String] = []
        for entry in try citedBy(id) where !ordered.contains(entry.citingDocument) { ordered.append(entry.citingDocument) }
        return try citableItems(ordered)
    }

    /// The documents a search finds, as citation-list items.
    public func searchItems(_ query: SearchQuery) throws -> [CitableItem] {
        var ordered: [String] = []
        for hit in try search(query) where !ordered.contains(hit.documentId) { ordered.append(hit.documentId) }
        return try citableItems(ordered)
    }

    private func citableItem(_ work: Work) throws -> CitableItem {
        if let document = work.documentId { return try citableItem(document: document) }
        let research = !work.authors.isEmpty
        return CitableItem(id: work.id, kind: .work, type: work.type, authors: work.authors,
                           organisation: research ? nil : work.organisation, council: work.council,
                           title: work.title ?? work.url ?? work.id, subtitle: work.subtitle, date: work.date, url: work.url,
                           publisher: research ? work.organisation : nil, series: work.series)
    }

    /// A stored document as an item, from its own row (its parts are not read).
    private func citableItem(document id: String) throws -> CitableItem {
        guard let (kind, _, m) = try read({ db in try DocumentLoading.header(id, from: db) }) else {
            throw KnowledgeBaseError.unknownDocument(id: id, suggestions: try closestIDs(to: id))
        }
        var title = m.title ?? m.subject.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? id
        var subtitle = m.subtitle
        // A full title as a manifest gives it: "Title. Subtitle".
        if subtitle == nil, let stop = title.range(of: ". ") {
            subtitle = String(title[stop.upperBound...])
            title = String(title[..<stop.lowerBound])
        }
        return CitableItem(id: id, kind: .document, documentKind: kind, type: Self.referenceType(of: kind, organisation: m.organisation),
                           organisation: m.organisation, council: m.council, title: title, subtitle: subtitle, date: m.date,
                           url: m.url, number: m.questionNumber, askedBy: m.askedBy, addressedTo: m.addressedTo)
    }

    /// What a stored document is as a cited work (GUIDE.md §6, GUIDE-wild §4): a Vlor
    /// advisory or another body's, a parliamentary paper (questions, letters to parliament),
    /// a government document.
    private static func referenceType(of kind: DocumentKind, organisation: String?) -> ReferenceType? {
        switch kind {
        case .advisory: organisation == "Vlaamse Onderwijsraad" ? .vlorAdvisory : .advisory
        case .writtenQuestion, .letter: .parliamentary
        case .note, .report: .governmentDocument
        case .unknown: nil
        }
    }
}
