import AdviesCore
import GRDB

extension KnowledgeBase {
    /// Documents and works as citation-list items: ids may name either. A work that is a
    /// stored document is cited as that document.
    public func citableItems(_ ids: [String]) throws -> [CitableItem] {
        try ids.map { id in
            if let work = try work(id) {
                if let document = work.documentId { return try citableItem(document: document) }
                return Self.citableItem(work)
            }
            return try citableItem(document: id)
        }
    }

    /// What a document cites, as citation-list items.
    public func referenceItems(of id: String) throws -> [CitableItem] {
        let works = try cites(id).map(\.work)
        return try works.map { work in
            if let document = work.documentId { return try citableItem(document: document) }
            return Self.citableItem(work)
        }
    }

    /// The documents that cite a document or work, as citation-list items.
    public func citingItems(of id: String) throws -> [CitableItem] {
        try citableItems(Array(Set(citedBy(id).map(\.citingDocument))))
    }

    /// The documents a search finds, as citation-list items.
    public func searchItems(_ query: SearchQuery) throws -> [CitableItem] {
        var ordered: [String] = []
        for hit in try search(query) where !ordered.contains(hit.documentId) { ordered.append(hit.documentId) }
        return try citableItems(ordered)
    }

    func citableItem(document id: String) throws -> CitableItem {
        let document = try self.document(id)
        let m = document.metadata
        let kind: CitableItem.Kind = document.kind == .writtenQuestion ? .writtenQuestion : .advisory
        var title = m.title ?? m.subject.map { $0.prefix(1).uppercased() + $0.dropFirst() } ?? id
        var subtitle = m.subtitle
        // A full title as a manifest gives it: "Title. Subtitle".
        if subtitle == nil, let stop = title.range(of: ". ") {
            subtitle = String(title[stop.upperBound...])
            title = String(title[..<stop.lowerBound])
        }
        return CitableItem(id: id, kind: kind, type: kind == .writtenQuestion ? .parliamentary : .vlorAdvisory,
                           organisation: m.organisation, council: m.council, title: title, subtitle: subtitle, date: m.date,
                           url: m.url, number: m.questionNumber, askedBy: m.askedBy, addressedTo: m.addressedTo)
    }

    static func citableItem(_ work: Work) -> CitableItem {
        let type = work.type.flatMap(ReferenceType.init(rawValue:))
        let research = !work.authors.isEmpty
        return CitableItem(id: work.id, kind: .work, type: type, authors: work.authors,
                           organisation: research ? nil : work.organisation, council: work.council,
                           title: work.title ?? work.url ?? work.id, subtitle: work.subtitle, date: work.date, url: work.url,
                           publisher: research ? work.organisation : nil, series: work.series)
    }
}
