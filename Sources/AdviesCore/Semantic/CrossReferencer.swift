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
        var links: [CrossReference] = []
        for reference in document.references {
            guard let target = collection.first(where: { $0.id != document.id && matches(reference, $0) }) else { continue }
            let link = CrossReference(target: target.id, via: reference.source)
            if !links.contains(link) { links.append(link) }
        }
        return links
    }

    /// Same address, or the same title (one a prefix of the other, or the same opening words)
    /// with a date that agrees as far as both are known.
    public static func matches(_ reference: Reference, _ known: Known) -> Bool {
        if let a = reference.url, let b = known.url, WorkAddress.normalised(a) == WorkAddress.normalised(b) { return true }
        guard let title = reference.title, let knownTitle = known.title else { return false }
        guard datesAgree(reference.date, known.date) else { return false }
        let a = TextNormalization.norm(title), b = TextNormalization.norm(knownTitle)
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
        text = text.replacingOccurrences(of: "/advies/", with: "/adviezen/")
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }
}
