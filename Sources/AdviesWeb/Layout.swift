import AdviesExport

/// The frame every page shares: the head, the bar with the search box and the navigation, the
/// footer with the page's JSON twin. `body` is HTML already (every value in it escaped).
enum Layout {
    static func page(_ title: String, query: String? = nil, json: String? = nil, body: String) -> String {
        """
        <!doctype html>
        <html lang="nl">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(HTML.escape(title)) · advies</title>
        <link rel="stylesheet" href="/assets/style.css">
        </head>
        <body>
        <header class="top">
        <a class="brand" href="/">advies</a>
        <form action="/search" method="get" role="search">
        <input type="search" name="q" value="\(HTML.escape(query ?? ""))" aria-label="Search the knowledge base" placeholder="Search: words, &quot;phrases&quot;, OR, -not, prefix*">
        <button type="submit">Search</button>
        </form>
        <nav id="nav"><a href="/documents">Documents</a><a href="/recommendations">Recommendations</a><a href="/trace">Trace</a><a href="/stats">Stats</a></nav>
        </header>
        <main>
        \(body)
        </main>
        <footer>advies · a local, read-only view of the knowledge base\(json.map { " · <a href=\"\(HTML.escape($0))\">this page as JSON</a>" } ?? "")</footer>
        </body>
        </html>

        """
    }

    /// A select of a closed vocabulary, the current value selected; "any" for none.
    static func select(_ name: String, label: String, options: [String], selected: String?) -> String {
        let choices = ["<option value=\"\">any</option>"] + options.map { option in
            "<option value=\"\(HTML.escape(option))\"\(option == selected ? " selected" : "")>\(HTML.escape(option))</option>"
        }
        return "<label>\(label)<select name=\"\(name)\">\(choices.joined())</select></label>"
    }

    static func field(_ name: String, label: String, value: String?, type: String = "text", placeholder: String = "") -> String {
        "<label>\(label)<input type=\"\(type)\" name=\"\(name)\" value=\"\(HTML.escape(value ?? ""))\" placeholder=\"\(HTML.escape(placeholder))\"></label>"
    }

    /// Links to a citation list in every style.
    static func downloads(_ selection: String, _ value: String, label: String) -> String {
        "<div class=\"downloads\"><span class=\"muted\">\(HTML.escape(label)):</span>" + CitationStyle.allCases.map { style in
            "<a class=\"download \(style.rawValue)\" href=\"\(HTML.escape(Links.cite(selection, value, style: style)))\">\(style.rawValue)</a>"
        }.joined() + "</div>"
    }

    /// "3 March 2019"-free and plain: the ISO date as stored, or "undated".
    static func date(_ date: String?) -> String { HTML.escape(date ?? "undated") }
}
