import AdviesModel
import AdviesText

/// Finds every cited work of a document: in each footnote and in each item of its reference
/// lists ("Bronnen", "Eerdere adviezen ...", "ACHTERGROND"), with the URL that points to it.
enum ReferenceExtractor {
    static func extract(from document: ParsedDocument) -> (references: [Reference], diagnostics: [Diagnostic]) {
        var references: [Reference] = []
        for note in document.footnotes {
            var found = CitationSplitter.split(note.text).map {
                CitationParser.parse($0, site: .footnote(note.number)).spanning(note.span)
            }
            if found.count == 1 { found[0] = withQuotedPages(found[0], in: note.text) }
            let urls = document.urls.filter { $0.belongs(to: note.number) }.map(\.url)
            references += attach(urls, to: found)
        }
        let unattached = document.urls.filter { $0.footnote == nil && $0.footnotes.isEmpty }
        let blocks = Dictionary(grouping: document.blocks.filter { $0.section != nil }, by: { $0.section! })
        for section in document.sections where isReferenceList(section) {
            // The list's link targets are printed with it, not before it.
            let start = section.span?.start ?? SourceLocation(page: 0, line: 0)
            let nearby = unattached.filter { ($0.firstSeen ?? start) >= start }.map(\.url)
            var found: [Reference] = []
            for block in blocks[section.id] ?? [] {
                for raw in CitationSplitter.split(block.text, inList: true) {
                    found += SeriesExpansion.expand(raw).map {
                        CitationParser.parse($0.text, site: .list(section.id)).with(raw: raw, title: $0.title).spanning(block.span)
                    }
                }
            }
            references += attach(nearby.isEmpty ? unattached.map(\.url) : nearby, to: found)
        }
        return (references, ocrDiagnostics(references, in: document))
    }

    /// A note that cites one work and goes on to quote it, page by page ("… (p. 4). (…) … (p. 5)."):
    /// those pages are the citation's pinpoints.
    private static func withQuotedPages(_ reference: Reference, in note: String) -> Reference {
        guard reference.pages == nil, let cited = note.range(of: reference.raw) else { return reference }
        let pages = quotedPage.matches(in: String(note[cited.upperBound...])).compactMap { $0[1].map(String.init) }
        guard !pages.isEmpty else { return reference }
        var reference = reference
        reference.pages = pages.joined(separator: ", ")
        return reference
    }

    private static let quotedPage = TextPattern(#"\((p\.\s?\d+(?:\s?[-–]\s?\d+)?)\)"#)

    private static let listPattern = TextPattern(#"(?i)^(?:bronnen|bronvermelding|geraadpleegde (?:bronnen|literatuur)|referenties|literatuur(?:lijst)?|bibliografie|(?:eerdere|vorige|gerelateerde|relevante) adviezen\b.*|achtergrond(?:informatie)?)$"#)

    /// An unnumbered list heading of the genre ("Bronnen", "Eerdere adviezen ...", "ACHTERGROND").
    static func isReferenceList(_ section: Section) -> Bool {
        guard section.number == nil else { return false }
        return listPattern.isMatch(section.title)
    }

    /// Pairs candidate URLs with the references that have none printed, best pairs first: a
    /// pair scores by the URL words the citation repeats. A URL goes to one citation (or to
    /// the works of one series item); a single reference with a single candidate takes it.
    private static func attach(_ urls: [String], to references: [Reference]) -> [Reference] {
        var references = references
        let words = references.map { TextNormalization.tokens($0.raw) }
        var pairs: [(url: String, index: Int, score: URLWords.Score)] = []
        for url in urls where !references.contains(where: { $0.url == url }) {
            for index in references.indices where references[index].url == nil {
                let score = URLWords.score(url: url, words: words[index])
                if score.share >= 0.34 || (urls.count == 1 && references.count == 1) { pairs.append((url, index, score)) }
            }
        }
        pairs.sort { ($0.score.matched, $0.score.share) > ($1.score.matched, $1.score.share) }
        var taken: [String: String] = [:]  // url -> raw of the citation that took it
        for pair in pairs where references[pair.index].url == nil {
            if let raw = taken[pair.url], raw != references[pair.index].raw { continue }
            references[pair.index].url = pair.url
            taken[pair.url] = references[pair.index].raw
        }
        for index in references.indices {
            if references[index].organisation == nil, let url = references[index].url, let body = URLWords.body(in: url) {
                references[index].organisation = body
            }
            references[index].workKey = WorkKey.make(references[index])
        }
        return references
    }

    /// Each field corrected from an OCR misreading of the raw text is reported.
    private static func ocrDiagnostics(_ references: [Reference], in document: ParsedDocument) -> [Diagnostic] {
        references.compactMap { reference in
            guard let organisation = reference.organisation,
                  let printed = reference.raw.split(separator: ",").first.map(String.init),
                  Organisations.ocrKey(printed) == Organisations.ocrKey(organisation), printed != organisation,
                  !(Organisations.body(named: organisation)?.aliases.contains(printed) ?? false) else { return nil }
            return Diagnostic(.info, .ocrCorrection, "'\(printed)' read as '\(organisation)' (\(document.name(of: reference.site)))")
        }
    }
}

extension Reference {
    /// The reference with the lines it stands in.
    func spanning(_ span: SourceSpan?) -> Reference {
        var copy = self
        copy.span = span
        return copy
    }

    /// The same reference read from `raw` but keeping the printed item as its raw text.
    func with(raw printed: String, title: String?) -> Reference {
        var copy = self
        copy.raw = printed
        if let title { copy.title = title }
        copy.workKey = WorkKey.make(copy)
        return copy
    }
}
