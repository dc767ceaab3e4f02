import AdviesExport

/// A 400, 404 or 500 as a page: the status, the reason in one line, ids that look like the one
/// asked for.
enum ErrorPage {
    static func response(_ error: WebError) -> WebResponse {
        let title = "\(error.status) \(reason(error.status))"
        var body = "<div class=\"error-page\"><h1 id=\"title\">\(title)</h1><p class=\"reason\" id=\"reason\">\(HTML.escape(error.message))</p>"
        if !error.suggestions.isEmpty {
            body += "<p>Did you mean " + error.suggestions.map { id in
                "<a class=\"suggestion\" href=\"\(HTML.escape(id.hasPrefix("work:") ? Links.work(id) : Links.document(id)))\">\(HTML.escape(id))</a>"
            }.joined(separator: ", ") + "?</p>"
        }
        body += "<p><a href=\"/\">Search the knowledge base</a> · <a href=\"/documents\">all documents</a></p></div>"
        return .html(Layout.page(title, body: body), status: error.status)
    }

    static func reason(_ status: Int) -> String {
        switch status {
        case 400: "Bad Request"
        case 404: "Not Found"
        case 405: "Method Not Allowed"
        default: "Internal Server Error"
        }
    }
}
