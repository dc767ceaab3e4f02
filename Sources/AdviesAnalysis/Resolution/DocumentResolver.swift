import AdviesModel
import AdviesText

/// Which document of a collection a citation cites (GUIDE.md §8). One rule for every
/// place that asks: the cross-references of a parse against a manifest, and the works of the
/// knowledge base against its stored documents.
///
/// A cited work is a document when they share an address, or when their titles agree (one a
/// prefix of the other in comparison form, or equal when short) and their dates agree as far
/// as both are known; an organisation both name must be the same. A work resolves only when
/// exactly one document of the collection is it: precision before recall.
public enum DocumentResolver {
    /// A document as citations would describe it.
    public struct Candidate: Sendable, Equatable {
        public var id: String
        public var title: String?
        public var date: String?
        public var url: String?
        public var organisation: String?

        public init(id: String, title: String?, date: String?, url: String?, organisation: String? = nil) {
            self.id = id
            self.title = title
            self.date = date
            self.url = url
            self.organisation = organisation
        }
    }

    /// What a citation says about the work it cites.
    public struct Cited: Sendable {
        public var organisation: String?
        public var title: String?
        public var date: String?
        public var url: String?

        public init(organisation: String?, title: String?, date: String?, url: String?) {
            self.organisation = organisation
            self.title = title
            self.date = date
            self.url = url
        }

        public init(_ reference: Reference) {
            self.init(organisation: reference.organisation, title: reference.title, date: reference.date, url: reference.url)
        }
    }

    /// The one candidate the work is, never `excluded` (a document does not cite itself).
    public static func document(for work: Cited, among candidates: [Candidate], excluding excluded: String? = nil) -> Candidate? {
        let form = Form(work)
        var found: Candidate?
        for candidate in candidates where candidate.id != excluded && matches(form, candidate) {
            guard found == nil || found?.id == candidate.id else { return nil }
            found = candidate
        }
        return found
    }

    public static func matches(_ work: Cited, _ candidate: Candidate) -> Bool {
        matches(Form(work), candidate)
    }

    /// The references of a document that cite another document of the collection.
    public static func crossReferences(of document: ParsedDocument, in collection: Collection) -> [CrossReference] {
        var links: [CrossReference] = []
        for reference in document.references {
            let cited = Cited(reference)
            guard let target = Self.document(for: cited, among: collection.candidates(for: cited), excluding: document.id)
            else { continue }
            let link = CrossReference(target: target.id, site: reference.site)
            if !links.contains(link) { links.append(link) }
        }
        return links
    }

    /// A work's title and address in comparison form, computed once per work.
    private struct Form {
        var work: Cited
        var title: String?
        var address: String?

        init(_ work: Cited) {
            self.work = work
            title = work.title.map(TextNormalization.norm)
            address = work.url.map(WorkAddress.normalised)
        }
    }

    private static func matches(_ form: Form, _ candidate: Candidate) -> Bool {
        if let a = form.work.organisation, let b = candidate.organisation, a != b { return false }
        if let a = form.address, let b = candidate.url.map(WorkAddress.normalised), a == b { return true }
        guard let a = form.title, let b = candidate.title.map(TextNormalization.norm) else { return false }
        guard datesAgree(form.work.date, candidate.date) else { return false }
        guard a.count >= 12, b.count >= 12 else { return a == b }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// "2019-06-13" agrees with "2019-06-13" and with "2019"; a missing date agrees with nothing.
    static func datesAgree(_ a: String?, _ b: String?) -> Bool {
        guard let a, let b else { return false }
        return a.hasPrefix(b) || b.hasPrefix(a)
    }

    /// Candidates indexed by address and by the year their date starts with: a work can only
    /// be a document sharing one of them (a large collection is not read whole per citation).
    public struct Collection: Sendable {
        private let documents: [Candidate]
        private var byAddress: [String: [Int]] = [:]
        private var byYear: [Substring: [Int]] = [:]
        /// Documents whose date is too short to index by year; always candidates.
        private var undated: [Int] = []

        public init(_ documents: [Candidate]) {
            self.documents = documents
            for (index, document) in documents.enumerated() {
                if let url = document.url { byAddress[WorkAddress.normalised(url), default: []].append(index) }
                if let date = document.date {
                    if date.count >= 4 { byYear[date.prefix(4), default: []].append(index) } else { undated.append(index) }
                }
            }
        }

        /// The documents that can be `work`, in collection order.
        public func candidates(for work: Cited) -> [Candidate] {
            var indices = undated
            if let url = work.url { indices += byAddress[WorkAddress.normalised(url)] ?? [] }
            if let date = work.date {
                // A shorter date agrees with documents of any year it is a prefix of.
                if date.count >= 4 { indices += byYear[date.prefix(4)] ?? [] } else { indices = Array(documents.indices) }
            }
            return Set(indices).sorted().map { documents[$0] }
        }
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
