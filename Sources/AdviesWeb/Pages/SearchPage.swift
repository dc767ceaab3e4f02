import AdviesExport
import AdviesModel

/// A search as the URL states it: the CLI's options (`in`, `kind`, `council`, `since`,
/// `until`, `addressee`, `limit`) and `page`.
struct SearchState {
    static let names = ["q", "in", "kind", "council", "since", "until", "addressee", "limit", "page"]

    var query: SearchQuery
    var page: Int

    /// `required`: a missing `q` is a 400 (the API); else nil (the page shows the form).
    init?(_ parameters: Parameters, defaultLimit: Int, required: Bool) throws(WebError) {
        guard let text = required ? try parameters.required("q", maxLength: 500) : try parameters.text("q", maxLength: 500) else {
            return nil
        }
        query = SearchQuery(text: text)
        query.scope = try parameters.choice("in") ?? .all
        query.kind = try parameters.choice("kind")
        query.council = try parameters.text("council")
        (query.since, query.until) = try parameters.years()
        query.addressee = try parameters.text("addressee")
        let paging = try parameters.paging(defaultLimit: defaultLimit, maxLimit: 100)
        (query.offset, query.limit, page) = (paging.offset, paging.limit, paging.page)
    }

    /// This search's URL with some parameters changed (nil removes one); the page starts again
    /// at 1 unless `page` is given.
    func link(_ changes: [String: String?] = [:], path: String = "search") -> String {
        var values: [String: String?] = [
            "q": query.text, "in": query.scope == .all ? nil : query.scope.rawValue, "kind": query.kind?.rawValue,
            "council": query.council, "since": query.since.map(String.init), "until": query.until.map(String.init),
            "addressee": query.addressee, "limit": query.limit == 20 && path == "search" ? nil : String(query.limit), "page": nil,
        ]
        for (name, value) in changes { values[name] = value }
        return Links.path(path, query: Self.names.map { ($0, values[$0] ?? nil) })
    }
}

extension WebApp {
    func searchPage(_ query: String?, home: Bool) async throws -> WebResponse {
        let parameters = try Parameters(query, allowed: SearchState.names)
        guard let state = try SearchState(parameters, defaultLimit: 20, required: false) else {
            return .html(Layout.page(home ? "Search" : "Search", body: Self.searchForm(nil) + Self.queryHelp))
        }
        var search = state.query
        search.highlight = (TerminalText.matchOpen, TerminalText.matchClose)
        let marked = search
        let (hits, facets) = try await library.read { kb in (try kb.search(marked), try kb.searchFacets(marked)) }
        let filtered = state.query.scope != .all || state.query.kind != nil || state.query.council != nil || state.query.since != nil
            || state.query.until != nil || state.query.addressee != nil
        var body = "<h1>Search</h1><details class=\"filters-box\"\(filtered ? " open" : "")><summary>Filters</summary>"
            + Self.searchForm(state) + "</details>"
        body += "<div class=\"layout\"><aside class=\"facets\" id=\"facets\">\(Self.facets(facets, state: state))</aside><section>"
        let first = state.query.offset + 1, last = state.query.offset + hits.count
        body += "<p class=\"summary\" id=\"summary\">"
            + (hits.isEmpty ? "No hits for <q>\(HTML.escape(state.query.text))</q>."
                : "\(first)–\(last) of \(facets.capped ? "at least " : "")\(facets.total) matches for <q>\(HTML.escape(state.query.text))</q>, "
                    + "best first." + (facets.capped ? " The facets count the best 2,000 matches of each element." : "")) + "</p>"
        body += "<ol class=\"hits\" id=\"hits\" start=\"\(first)\">" + hits.map(Self.hit).joined() + "</ol>"
        body += Self.pager(state, shown: hits.count, total: facets.capped ? Int.max : facets.total)
        body += Layout.downloads("q", state.query.text, label: "The documents found as a citation list")
        body += "</section></div>"
        return .html(Layout.page("Search: \(state.query.text)", query: state.query.text,
                                 json: state.link(state.page > 1 ? ["page": String(state.page)] : [:], path: "api/search"), body: body))
    }

    static func hit(_ hit: SearchHit) -> String {
        let anchor = hit.recommendationId.map(DocumentHTML.recommendationAnchor) ?? hit.footnote.map { "fn-\($0)" }
        let what = hit.recommendationId.map { "recommendation \($0.number)" } ?? hit.footnote.map { "footnote \($0)" } ?? hit.scope.rawValue
        let place = [hit.section.map { "§\($0)" }, hit.sectionTitle].compactMap { $0 }.joined(separator: " ")
        return "<li class=\"hit \(hit.scope.rawValue)\"><a class=\"hit-title\" href=\"\(HTML.escape(Links.document(hit.documentId, anchor: anchor)))\">"
            + "\(HTML.escape(hit.documentTitle ?? hit.documentId))</a>"
            + "<div class=\"meta\"><span>\(Layout.date(hit.date))</span><span>\(HTML.escape(hit.council ?? "—"))</span>"
            + "<span>\(HTML.escape(what))</span>\(place.isEmpty ? "" : "<span>\(HTML.escape(place))</span>")</div>"
            + "<p class=\"snippet\">\(HTML.snippet(hit.snippet))</p></li>"
    }

    /// Each facet's values with their counts, linking to the search narrowed to that value;
    /// a chosen value links to the search without it.
    static func facets(_ facets: SearchFacets, state: SearchState) -> String {
        let q = state.query
        func group(_ title: String, _ counts: [SearchFacets.Count], _ name: String?, selected: String?,
                   change: (String) -> [String: String?] = { _ in [:] }) -> String {
            guard !counts.isEmpty else { return "" }
            let items = counts.prefix(12).map { count -> String in
                let isSelected = count.value == selected
                let label = HTML.escape(count.value)
                let link: String
                if let name, count.value != "(none)", count.value != "undated" {
                    let changes = change(count.value).isEmpty ? [name: isSelected ? nil : count.value] : change(count.value)
                    link = "<a href=\"\(HTML.escape(state.link(changes)))\"\(isSelected ? " title=\"remove this filter\"" : "")>\(label)</a>"
                } else {
                    link = "<span>\(label)</span>"
                }
                return "<li\(isSelected ? " class=\"selected\"" : "")>\(link)<span class=\"count\">\(count.count)</span></li>"
            }
            return "<div class=\"facet\" id=\"facet-\(title.lowercased())\"><h3>\(title)</h3><ul>\(items.joined())</ul></div>"
        }
        let year = q.since != nil && q.since == q.until ? q.since.map(String.init) : nil
        return group("Element", facets.elements, "in", selected: q.scope == .all ? nil : q.scope.rawValue)
            + group("Kind", facets.kinds, "kind", selected: q.kind?.rawValue)
            + group("Council", facets.councils, "council", selected: q.council)
            + group("Year", facets.years, "since", selected: year) { value in
                value == year ? ["since": nil, "until": nil] : ["since": value, "until": value]
            }
            + group("Strength", facets.strengths, nil, selected: nil)
            + group("Addressee", facets.addressees, "addressee", selected: q.addressee)
    }

    static func pager(_ state: SearchState, shown: Int, total: Int) -> String {
        let more = state.query.offset + shown < min(total, 2000)
        return pager(previous: state.page > 1 ? state.link(["page": String(state.page - 1)]) : nil,
                     next: more ? state.link(["page": String(state.page + 1)]) : nil, page: state.page)
    }

    static func searchForm(_ state: SearchState?) -> String {
        let q = state?.query
        return "<form class=\"filters\" id=\"search\" action=\"/search\" method=\"get\">"
            + "<label class=\"wide\">Query<input type=\"search\" id=\"q\" name=\"q\" value=\"\(HTML.escape(q?.text ?? ""))\" required maxlength=\"500\"></label>"
            + Layout.select("in", label: "In", options: SearchScope.allCases.map(\.rawValue).filter { $0 != "all" },
                            selected: q?.scope == .all ? nil : q?.scope.rawValue)
            + Layout.select("kind", label: "Kind", options: DocumentKind.allCases.map(\.rawValue), selected: q?.kind?.rawValue)
            + Layout.field("council", label: "Council or body", value: q?.council, placeholder: "RSO, Raad Hoger Onderwijs…")
            + Layout.field("since", label: "Since (year)", value: q?.since.map(String.init), type: "number")
            + Layout.field("until", label: "Until (year)", value: q?.until.map(String.init), type: "number")
            + Layout.field("addressee", label: "Addressee", value: q?.addressee, placeholder: "Vlaamse Regering")
            + "<button type=\"submit\" id=\"go\">Search</button></form>"
    }

    static let queryHelp = """
        <div class="card"><h2>Query language</h2><p>Words (all must occur), <code>"exact phrases"</code>, <code>OR</code> \
        between alternatives, <code>-word</code> to leave out, <code>prefix*</code>. Case and diacritics do not matter; Dutch \
        stems match (<code>adviezen</code> finds <code>advies</code>).</p><p>Try <a href="/search?q=leerwerkplek">leerwerkplek</a>, \
        <a href="/search?q=%22premie+werkplekleren%22+OR+stagebonus">"premie werkplekleren" OR stagebonus</a>, or follow a subject \
        through time: <a href="/trace?q=premie">trace premie</a>.</p></div>
        """
}
