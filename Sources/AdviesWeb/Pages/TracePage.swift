import AdviesAnalysis
import AdviesExport
import AdviesModel

/// A trace as the URL states it: a subject (`q`, with `since`) or one recommendation (`rec`).
struct TraceState {
    static let names = ["q", "rec", "since"]

    var subject: String?
    var recommendation: RecommendationID?
    var since: Int?

    /// nil when neither `q` nor `rec` is given (the page shows the form).
    init?(_ parameters: Parameters) throws(WebError) {
        subject = try parameters.text("q", maxLength: 200)
        if let rec = try parameters.text("rec", maxLength: 400) {
            guard let id = RecommendationID(rec) else { throw .badParameter("rec", "not a recommendation id (<document>#rec-<n>)") }
            recommendation = id
        }
        since = try parameters.integer("since", in: 1800...2200)
        if subject != nil && recommendation != nil { throw .badParameter("rec", "give q or rec, not both") }
        if subject == nil && recommendation == nil { return nil }
    }

    func thread(_ library: Library) async throws -> PolicyThread {
        let (subject, recommendation, since) = (subject, recommendation, since)
        return try await library.read { try $0.trace(subject: subject, recommendation: recommendation, since: since) }
    }

    var query: [(String, String?)] { [("q", subject), ("rec", recommendation?.description), ("since", since.map(String.init))] }
}

extension WebApp {
    func tracePage(_ query: String?) async throws -> WebResponse {
        let parameters = try Parameters(query, allowed: TraceState.names)
        let state = try TraceState(parameters)
        var body = "<h1>Trace</h1><form class=\"filters\" id=\"trace\" action=\"/trace\" method=\"get\">"
            + "<label class=\"wide\">Subject<input type=\"search\" name=\"q\" id=\"subject\" value=\"\(HTML.escape(state?.subject ?? ""))\" "
            + "placeholder=\"premie, leerwerkplek…\"></label>"
            + Layout.field("since", label: "Since (year)", value: state?.since.map(String.init), type: "number")
            + "<button type=\"submit\">Trace</button></form>"
        guard let state else {
            body += "<p class=\"muted\">A subject followed through time: the documents, recommendations and answers on it, "
                + "and the links between them with their reason. Or start from one recommendation (a <q>trace</q> link beside it).</p>"
            return .html(Layout.page("Trace", body: body))
        }
        let thread = try await state.thread(library)
        let title = state.recommendation.map { "Thread of \($0)" } ?? "Thread: \(thread.subject)"
        body += "<h2 id=\"thread\">\(HTML.escape(title))</h2><p class=\"summary\" id=\"summary\">\(thread.items.count) items in "
            + "\(Set(thread.items.map(\.documentId)).count) documents, \(thread.links.count) links; searched for "
            + "\(HTML.escape(thread.searchedFor.joined(separator: ", "))).</p>"
        if thread.omittedDocuments > 0 {
            body += "<p class=\"muted\">\(thread.omittedDocuments) more documents name the subject; the thread keeps the "
                + "\(ThreadLinker.documentLimit) most about it. Narrow it with a year or more words.</p>"
        }
        if thread.items.isEmpty {
            body += "<p>Nothing in the knowledge base addresses this subject.</p>"
        } else {
            body += "<div class=\"figure\" id=\"timeline\">\(ThreadTimeline.render(thread))</div>"
                + "<p class=\"muted\">Hover a mark for its passage, a line for why it links; click either to read it below.</p>"
            body += Self.threadItems(thread)
        }
        return .html(Layout.page(title, json: Links.path("api", "trace", query: state.query), body: body))
    }

    /// The items in time order, each with the links that lead to it: the targets of the
    /// timeline's marks.
    static func threadItems(_ thread: PolicyThread) -> String {
        var out = "<ol class=\"hits\" id=\"items\">"
        for (index, item) in thread.items.enumerated() {
            let tag = item.kind == .recommendation
                ? "<span class=\"tag \(item.strength?.rawValue ?? "")\">\(item.strength?.rawValue ?? "recommendation")</span>"
                : "<span class=\"tag\">\(item.kind.rawValue)</span>"
            var date = Layout.date(item.date)
            if item.datePrecision == .year { date += item.dateFromManifest ? " (year only, from the manifest)" : " (year only)" }
            let target = RecommendationID(item.id).map(Links.recommendation) ?? Links.document(item.documentId)
            out += "<li class=\"card\" id=\"\(ThreadTimeline.anchor(index))\">\(tag)\(item.addressee.map { " → \(HTML.escape($0))" } ?? "")"
                + "<div class=\"meta\"><span>\(date)</span><a href=\"\(HTML.escape(target))\">\(HTML.escape(item.id))</a>"
                + "<span>\(HTML.escape(ThreadTimeline.lane(item)))</span>\(item.section.map { "<span>§\(HTML.escape($0))</span>" } ?? "")</div>"
                + "<p>\(HTML.escape(item.text))</p>"
            let incoming = thread.links.filter { $0.to == item.id }
            if !incoming.isEmpty {
                out += "<ul class=\"links\">" + incoming.map { "<li>← \(HTML.escape(ThreadTimeline.describe($0)))</li>" }.joined() + "</ul>"
            }
            if let id = RecommendationID(item.id), item.kind == .recommendation {
                out += "<a href=\"\(HTML.escape(Links.trace(recommendation: id)))\">trace this recommendation</a>"
            }
            out += "</li>"
        }
        return out + "</ol>"
    }
}
