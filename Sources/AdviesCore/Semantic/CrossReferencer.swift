/// Ties references to the other documents of a collection (GUIDE.md §8): a reference whose
/// work is one of them (same title and date, or the same address) becomes a cross-reference.
public enum CrossReferencer {
    /// A document of the collection, as a citation would describe it.
    public struct Known: Sendable {
        public var id: String
        public var title: String?
        public var date: String?
        public var url: String?

        public init(id: String, title: String?, date: String?, url: String?) {
            self.id = id
            self.title = title
            self.date = date
            self.url = url
        }
    }

    public static func link(_ document: ParsedDocument, to collection: [Known]) -> [CrossReference] {
        link(document, to: Collection(collection))
    }

    /// The same links, from a collection indexed once (a large one would otherwise be read
    /// whole for every reference of every document).
    public static func link(_ document: ParsedDocument, to collection: Collection) -> [CrossReference] {
        var links: [CrossReference] = []
        for reference in document.references {
            let title = reference.title.map(TextNormalization.norm), address = reference.url.map(WorkAddress.normalised)
            guard let target = collection.first(where: { index in
                collection.documents[index].id != document.id
                    && matches(reference, collection.documents[index], title: title, knownTitle: collection.titles[index],
                               address: address, knownAddress: collection.addresses[index])
            }, for: reference) else { continue }
            let link = CrossReference(target: target.id, via: reference.source)
            if !links.contains(link) { links.append(link) }
        }
        return links
    }

    /// The documents of a collection, indexed by normalised address and by the year their
    /// date starts with: a reference can only match a document sharing one of them.
    public struct Collection: Sendable {
        let documents: [Known]
        /// The documents' titles and addresses in comparison form, computed once.
        let titles: [String?], addresses: [String?]
        private var byAddress: [String: [Int]] = [:]
        private var byYear: [Substring: [Int]] = [:]
        /// Documents whose date is too short to index by year; always candidates.
        private var undated: [Int] = []

        public init(_ documents: [Known]) {
            self.documents = documents
            titles = documents.map { $0.title.map(TextNormalization.norm) }
            addresses = documents.map { $0.url.map(WorkAddress.normalised) }
            for (index, known) in documents.enumerated() {
                if let address = addresses[index] { byAddress[address, default: []].append(index) }
                if let date = known.date {
                    if date.count >= 4 { byYear[date.prefix(4), default: []].append(index) } else { undated.append(index) }
                }
            }
        }

        /// The first document, in collection order, that can match `reference` and passes `test`.
        func first(where test: (Int) -> Bool, for reference: Reference) -> Known? {
            var candidates = undated
            if let url = reference.url { candidates += byAddress[WorkAddress.normalised(url)] ?? [] }
            if let date = reference.date {
                // "datesAgree" needs one date to be a prefix of the other: a shorter reference
                // date agrees with documents of any year it is a prefix of.
                if date.count >= 4 { candidates += byYear[date.prefix(4)] ?? [] } else { candidates = Array(documents.indices) }
            }
            return candidates.sorted().first(where: test).map { documents[$0] }
        }
    }

    /// Same address, or the same title (one a prefix of the other, or the same opening words)
    /// with a date that agrees as far as both are known.
    public static func matches(_ reference: Reference, _ known: Known) -> Bool {
        matches(reference, known, title: reference.title.map(TextNormalization.norm),
                knownTitle: known.title.map(TextNormalization.norm), address: reference.url.map(WorkAddress.normalised),
                knownAddress: known.url.map(WorkAddress.normalised))
    }

    /// `matches` with titles and addresses already in comparison form.
    static func matches(_ reference: Reference, _ known: Known, title: String?, knownTitle: String?,
                        address: String?, knownAddress: String?) -> Bool {
        if let a = address, let b = knownAddress, a == b { return true }
        guard let a = title, let b = knownTitle else { return false }
        guard datesAgree(reference.date, known.date) else { return false }
        guard a.count >= 12, b.count >= 12 else { return a == b }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// "2019-06-13" agrees with "2019-06-13" and with "2019"; a missing date agrees with nothing.
    static func datesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }
}

/// One form for the addresses of one web page: http and https, "www." and "admin." hosts,
/// and the Vlor's "/advies/" and "/adviezen/" paths are the same address.
public enum WorkAddress {
    public static func normalised(_ url: String) -> String {
        var text = url.lowercased()
        for scheme in ["https://", "http://"] where text.hasPrefix(scheme) { text.removeFirst(scheme.count) }
        for host in ["www.", "admin."] where text.hasPrefix(host) { text.removeFirst(host.count) }
        if text.containsBytes("/advies/") { text = text.replacingOccurrences(of: "/advies/", with: "/adviezen/") }
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
