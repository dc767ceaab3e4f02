import AdviesModel
import AdviesText

/// How the items of a policy thread are linked and ordered: citations between their
/// documents, similar recommendations, a shared addressee, and answers that report putting in
/// place a measure a recommendation asked for. The knowledge base finds the items; these
/// rules decide the links.
public enum ThreadLinker {
    /// Recommendations whose tf-idf vectors (Dutch stems, synonyms merged) have at least this
    /// cosine are similar...
    public static let similarityThreshold = 0.3
    /// ...and so are two items of one thread with at least this cosine and two shared terms.
    public static let threadSimilarityThreshold = 0.1
    /// An answer reports a measure a recommendation asked for when it speaks of putting
    /// something in place, names the thread's subject, and has at least this cosine with it.
    public static let measureThreshold = 0.08
    /// A thread keeps at most this many documents, those most about the subject: a timeline
    /// a researcher reads, and links that cost the square of it.
    public static let documentLimit = 60

    /// A citation from one document of the thread to another.
    public struct Citation: Sendable {
        public var citing: String
        public var cited: String
        /// Where the citing document cites ("footnote 1").
        public var via: String

        public init(citing: String, cited: String, via: String) {
            self.citing = citing
            self.cited = cited
            self.via = via
        }
    }

    /// Links from earlier items to later ones of other documents; `items` in time order,
    /// `vectors` theirs. Each later item keeps its strongest link of each kind from each
    /// earlier document.
    public static func links(items: [PolicyThread.Item], vectors: [TermSimilarity.Vector], citations: [Citation],
                             subjectTerms: Set<String>) -> [PolicyThread.Link] {
        var links: [PolicyThread.Link] = []
        var citedPairs = Set<String>()
        for citation in citations {
            guard citedPairs.insert(citation.citing + "|" + citation.cited).inserted,
                  let to = items.first(where: { $0.documentId == citation.citing }) else { continue }
            // A citation links documents: "from" is the cited document itself.
            links.append(PolicyThread.Link(from: citation.cited, to: to.id, reason: .cites, score: nil, sharedTerms: [],
                                           via: citation.via))
        }
        for (j, later) in items.enumerated() {
            var best: [String: PolicyThread.Link] = [:]
            for (i, earlier) in items.enumerated() where i < j && earlier.documentId != later.documentId {
                let (score, shared) = vectors[i].cosine(vectors[j])
                func offer(_ reason: PolicyThread.Link.Reason) {
                    let key = reason.rawValue + "|" + earlier.documentId
                    if let current = best[key], (current.score ?? 0) >= score { return }
                    best[key] = PolicyThread.Link(from: earlier.id, to: later.id, reason: reason,
                                                  score: (score * 100).rounded() / 100, sharedTerms: Array(shared.prefix(5)),
                                                  via: nil)
                }
                let namesSubject = !subjectTerms.isDisjoint(with: shared)
                if earlier.kind == .recommendation && later.kind == .recommendation {
                    if similar(score, shared: shared) { offer(.similarRecommendation) }
                    if let a = earlier.addressee, a == later.addressee { offer(.sameAddressee) }
                }
                if earlier.kind == .recommendation && later.kind == .answer && namesSubject && score >= measureThreshold
                    && reportsMeasure(later.text) {
                    offer(.reportsMeasure)
                }
                if earlier.kind == .answer && later.kind == .recommendation && similar(score, shared: shared) {
                    offer(.similarRecommendation)
                }
            }
            links += best.values.sorted { ($0.reason.rawValue, $0.from) < ($1.reason.rawValue, $1.from) }
        }
        return links
    }

    /// Similar enough to link: a high cosine, or within one thread a fair cosine over two or
    /// more shared terms.
    public static func similar(_ score: Double, shared: [String]) -> Bool {
        score >= similarityThreshold || (score >= threadSimilarityThreshold && shared.count >= 2)
    }

    private static let fromDate = TextPattern(#"vanaf \d{1,2} \p{L}+ \d{4}"#)
    private static let putInPlace = ["uitgerold", "ingevoerd", "ingesteld", "verhoogd", "uitgebreid", "gerealiseerd",
                                     "goedgekeurd", "in werking", "voorzien", "toegekend", "verruimd", "opgestart"]

    /// An answer that says something is being put in place: "wordt ... uitgerold", "vanaf 1
    /// september 2023", "werd ingevoerd".
    public static func reportsMeasure(_ text: String) -> Bool {
        let lower = text.lowercased()
        return putInPlace.contains { lower.contains($0) } || fromDate.isMatch(lower)
    }

    /// Time order: by date as far as known, a year-only date at the start of its year.
    public static func orderKey(_ item: PolicyThread.Item) -> String {
        let date = item.date ?? "9999"
        let padded = date.count == 4 ? date + "-00-00" : (date.count == 7 ? date + "-00" : date)
        return padded + "|" + item.documentId + "|" + item.id
    }
}
