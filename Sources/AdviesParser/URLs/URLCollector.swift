import AdviesModel
import AdviesText

/// Gathers every distinct URL a document prints or links to, and ties each to the footnote
/// that prints it or whose cited work it points to (GUIDE.md §5).
struct URLCollector {
    /// A footnote as the collector needs it: number, page, joined text, line boxes.
    struct Note {
        var number: Int
        var page: Int
        var text: String
        var boxes: [Box]
        var location: SourceLocation
    }

    /// A PDF link annotation and the line it sits on.
    struct Annotation {
        var link: LinkAnnotation
        var location: SourceLocation
    }

    /// A URL seen somewhere, before merging.
    fileprivate struct Sighting {
        var url: String
        var location: SourceLocation?
        var printedIn: Int?
        var linkedTo: Int?
        var linkText: String?
    }

    func collect(notes: [Note], body: [(text: String, location: SourceLocation?)], linkLines: [SourceLine],
                 annotations: [Annotation]) -> [URLReference] {
        var sightings: [Sighting] = []
        for note in notes {
            for url in Self.urls(in: note.text) { sightings.append(Sighting(url: url, location: note.location, printedIn: note.number)) }
        }
        for (text, location) in body {
            for url in Self.urls(in: text) { sightings.append(Sighting(url: url, location: location)) }
        }
        for line in linkLines {
            for url in Self.urls(in: line.text) {
                let pageNotes = notes.filter { $0.page == line.location.page }
                sightings.append(Sighting(url: url, location: line.location, linkedTo: Self.bestNote(for: url, among: pageNotes)))
            }
        }
        for annotation in annotations {
            guard let url = Self.urls(in: annotation.link.uri).first else { continue }
            let page = annotation.location.page
            let pageNotes = notes.filter { $0.page == page }
            let underneath = pageNotes.first { note in note.boxes.contains { Self.overlaps($0, annotation.link.box) } }
            let text = underneath == nil ? annotation.link.text : nil
            sightings.append(Sighting(url: url, location: annotation.location,
                                      linkedTo: underneath?.number ?? Self.bestNote(for: url, among: pageNotes),
                                      linkText: text?.isEmpty == false ? text : nil))
        }
        return merge(sightings.map { $0.resolved(against: annotations) }.filter { !$0.isLabel(of: sightings) })
    }

    private func merge(_ sightings: [Sighting]) -> [URLReference] {
        var order: [String] = []
        var grouped: [String: [Sighting]] = [:]
        for sighting in sightings {
            if grouped[sighting.url] == nil { order.append(sighting.url) }
            grouped[sighting.url, default: []].append(sighting)
        }
        return order.map { url in
            let group = grouped[url]!
            let printing = Array(Set(group.compactMap(\.printedIn))).sorted()
            let footnote = printing.first ?? group.compactMap(\.linkedTo).min()
            return URLReference(url: url, footnote: footnote, footnotes: printing.count > 1 ? printing : [],
                                linkText: group.compactMap(\.linkText).first,
                                firstSeen: group.compactMap(\.location).min())
        }
    }

    /// URLs printed in a text, trailing punctuation removed: addresses with a scheme or "www.",
    /// and bare domains ("coronamelder.nl") under a top-level domain Dutch policy texts cite.
    static func urls(in text: String) -> [String] {
        var found: [String] = []
        if text.containsBytes("http") || text.containsBytes("www.") || text.containsBytes("HTTP") || text.containsBytes("WWW.") {
            found += urlPattern.matches(in: text).map { trimmed(String($0[0]!)) }
        }
        if text.containsBytes(".") {
            found += bareDomainPattern.matches(in: text).map { trimmed(String($0[0]!)) }
        }
        return found
    }

    private static func trimmed(_ match: String) -> String {
        var url = match
        while let last = url.last, ".,;:)]!?’'".contains(last) {
            if last == ")" && url.contains("(") { break }
            url.removeLast()
        }
        return url
    }

    private static let urlPattern = TextPattern(#"(?i)(?:https?://|www\.)[^\s<>"“”‘’]+"#)
    /// A host name standing alone in prose: not inside a longer address, an e-mail address or a
    /// file name; a label of two letters at least before the top-level domain.
    private static let bareDomainPattern = TextPattern(
        #"(?<![\w@./:-])[A-Za-z][A-Za-z0-9-]*(?:\.[A-Za-z0-9-]+)*\.(?:nl|be|eu|com|org|net|int|info|vlaanderen|brussels|gov|edu)(?:/[^\s<>"“”‘’]*)?(?![\w@/-]|\.\w)"#)

    /// A URL without scheme or "www.": its host is its whole text up to the first slash.
    static func isBareDomain(_ url: String) -> Bool {
        let lower = url.lowercased()
        return !lower.hasPrefix("http") && !lower.hasPrefix("www.")
    }

    /// The host of a URL, lowercased, without "www.".
    static func host(of url: String) -> String {
        var rest = Substring(url.lowercased())
        if let scheme = rest.range(of: "://") { rest = rest[scheme.upperBound...] }
        if rest.hasPrefix("www.") { rest = rest.dropFirst(4) }
        return String(rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" })
    }

    /// The note on the page whose words the URL's last path segment repeats most.
    static func bestNote(for url: String, among notes: [Note]) -> Int? {
        let slug = slugTokens(url)
        guard !slug.isEmpty else { return notes.count == 1 ? notes[0].number : nil }
        let scored = notes.map { note -> (Int, Double) in
            let words = Set(TextNormalization.tokens(note.text))
            return (note.number, Double(slug.filter(words.contains).count) / Double(slug.count))
        }
        guard let best = scored.max(by: { $0.1 < $1.1 }) else { return nil }
        let threshold = notes.count == 1 ? 0.2 : 0.45
        return best.1 >= threshold ? best.0 : nil
    }

    private static func slugTokens(_ url: String) -> [String] {
        let path = url.split(separator: "?").first.map(String.init) ?? url
        let segment = path.split(separator: "/").last.map(String.init) ?? ""
        let ignored: Set<String> = ["pdf", "html", "htm", "php", "aspx", "docx", "doc", "def", "final", "nl", "www"]
        return TextNormalization.tokens(segment).filter { !ignored.contains($0) && !($0.allSatisfy(\.isNumber) && $0.count > 4) }
    }

    private static func overlaps(_ a: Box, _ b: Box) -> Bool {
        a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
    }
}

private extension URLCollector.Sighting {
    /// A printed URL that the link annotation over it names in full: the typesetter broke it
    /// across lines (at a space the link writes "%20", or with a hyphen the link has not), so
    /// the printed pieces are the link's address. The link's text must open the printed URL
    /// and the printed URL must open the link's address, both compared without hyphens,
    /// spaces and "%20".
    func resolved(against annotations: [URLCollector.Annotation]) -> URLCollector.Sighting {
        guard linkText == nil, let page = location?.page else { return self }
        let printed = Self.squashed(url)
        for annotation in annotations where annotation.location.page == page && annotation.link.uri != url {
            let label = Self.squashed(annotation.link.text), target = Self.squashed(annotation.link.uri)
            guard label.count >= 12, printed.hasPrefix(label), target.hasPrefix(printed) else { continue }
            var copy = self
            copy.url = annotation.link.uri
            return copy
        }
        return self
    }

    /// A bare domain naming the site of an address the document prints in full ("(vlaanderen.be)"
    /// after a link's title) is that address's label, not a URL of its own.
    func isLabel(of sightings: [URLCollector.Sighting]) -> Bool {
        guard URLCollector.isBareDomain(url) else { return false }
        let domain = URLCollector.host(of: url)
        return sightings.contains { other in
            guard !URLCollector.isBareDomain(other.url) else { return false }
            let host = URLCollector.host(of: other.url)
            return host == domain || host.hasSuffix("." + domain)
        }
    }

    private static func squashed(_ text: String) -> String {
        text.lowercased().replacingOccurrences(of: "%20", with: "").filter { $0 != "-" && !$0.isWhitespace }
    }
}
