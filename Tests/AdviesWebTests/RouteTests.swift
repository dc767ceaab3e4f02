import AdviesWeb
import Foundation
import TestSupport
import Testing

/// Every route, answered in process over the corpus knowledge base: what each page shows, and
/// what it does with parameters a hostile or careless link carries.
@Suite("Web routes")
struct RouteTests {
    static let document = "drempels-wegwerken-duaal-leren"

    @Test("The home page and the search page: hits with marked snippets, facets with counts, paging")
    func search() async throws {
        let home = await get("/")
        #expect(home.status == 200)
        #expect(home.body.contains(#"<form class="filters" id="search" action="/search" method="get">"#))

        let page = await get("/search?q=leerwerkplek")
        #expect(page.status == 200)
        #expect(page.body.contains("<mark>"))
        for facet in ["element", "kind", "council", "year", "strength", "addressee"] {
            #expect(page.body.contains(#"id="facet-\#(facet)""#), "facet \(facet)")
        }
        #expect(page.body.contains(#"<a href="/search?q=leerwerkplek&amp;in=recommendations">recommendations</a><span class="count">"#))

        let narrowed = await get("/search?q=leerwerkplek&in=recommendations")
        #expect(narrowed.body.contains(#"<li class="selected"><a href="/search?q=leerwerkplek" title="remove this filter">recommendations</a>"#))
        #expect(!narrowed.body.contains(#"class="hit sections""#))

        let second = await get("/search?q=duaal&limit=5&page=2")
        #expect(second.status == 200)
        #expect(second.body.contains(#"<p class="summary" id="summary">6–10 of "#))
        #expect(second.body.contains(#"rel="prev" href="/search?q=duaal&amp;limit=5&amp;page=1""#))
    }

    @Test("The search page's facet counts add up to the matches of the query")
    func facetsCount() async throws {
        let facets = try JSONSerialization.jsonObject(with: Data(await get("/api/facets?q=duaal").body.utf8)) as! [String: Any]
        let total = facets["total"] as! Int
        let byKind = (facets["kinds"] as! [[String: Any]]).map { $0["count"] as! Int }.reduce(0, +)
        #expect(total > 10 && byKind == total)
        let recommendations = (facets["elements"] as! [[String: Any]]).first { $0["value"] as? String == "recommendations" }?["count"] as? Int
        let strengths = (facets["strengths"] as! [[String: Any]]).map { $0["count"] as! Int }.reduce(0, +)
        #expect(recommendations != nil && strengths <= recommendations!)
    }

    @Test("The document page: metadata, outline, recommendations marked, notes linked, references, cited by, diagnostics")
    func document() async throws {
        let page = await get("/documents/\(Self.document)")
        #expect(page.status == 200)
        let body = page.body
        #expect(body.contains(#"<dl class="facts"><dt>Kind</dt><dd>advisory</dd><dt>Date</dt><dd>2019-06-13</dd>"#))
        #expect(body.contains(##"<ol class="outline"><li><a href="#s-0">"##))
        #expect(body.contains(#"<mark class="rec urges" id="rec-1">"#))
        #expect(body.contains(#"title="trace drempels-wegwerken-duaal-leren#rec-1">urges → beleid en onderwijsinstellingen</a>"#))
        #expect(body.contains(##"<sup class="fn"><a id="fnref-1" href="#fn-1">1</a></sup>"##))
        #expect(body.contains(#"<li id="fn-1" value="1">"#))
        #expect(body.contains(#"<section id="references"><h2>References</h2>"#))
        #expect(body.contains(#"href="/works/work%3A"#) || body.contains(#"href="/documents/"#))
        #expect(body.contains(#"<section id="cited-by"><h2>Cited by</h2>"#) && body.contains("<blockquote>“"))
        #expect(body.contains(#"<section id="diagnostics">"#))
        #expect(body.contains(#"href="/cite?references-of=drempels-wegwerken-duaal-leren&amp;style=bibtex""#))
        // Every footnote marker placed in the text links to a note that exists.
        let markers = body.matches(of: /href="#(fn-[0-9-]+)"/).map { String($0.1) }
        #expect(!markers.isEmpty)
        for marker in markers { #expect(body.contains(#"id="\#(marker)""#), "\(marker)") }
    }

    @Test("The listing of documents, the recommendations with filters, the stats with a chart")
    func listings() async throws {
        let documents = await get("/documents")
        #expect(documents.status == 200 && documents.body.contains(#"href="/documents/\#(Self.document)""#))
        let recs = await get("/recommendations?council=RSO&strength=urges")
        #expect(recs.status == 200)
        #expect(recs.body.contains(#"<span class="tag urges">urges</span>"#) && !recs.body.contains(#"<span class="tag asks">"#))
        #expect(recs.body.contains(#"<option value="urges" selected>"#))
        let paged = await get("/recommendations?limit=10&page=2")
        #expect(paged.body.contains("11–20"))
        let stats = await get("/stats")
        #expect(stats.status == 200)
        #expect(stats.body.contains(#"<div class="figure" id="chart"><svg"#) && stats.body.contains("Raad Secundair Onderwijs"))
    }

    @Test("The trace: a subject or a recommendation as an SVG timeline with typed, labelled links")
    func trace() async throws {
        let page = await get("/trace?q=premie")
        #expect(page.status == 200)
        #expect(page.body.contains(#"<div class="figure" id="timeline"><svg"#))
        #expect(page.body.contains(##"<a href="#item-0">"##) && page.body.contains(#"<li class="card" id="item-0">"#))
        #expect(page.body.contains("<title>") && page.body.contains(#"class="link "#))
        let fromRecommendation = await get("/trace?rec=aanvullende-stagebonus%23rec-1")
        #expect(fromRecommendation.status == 200 && fromRecommendation.body.contains("Thread of aanvullende-stagebonus#rec-1"))
        #expect(await get("/trace").status == 200)
    }

    @Test("The graph around a document, drawn by Graphviz, nodes linking to their pages; a work's page")
    func graphAndWork() async throws {
        let graph = await get("/graph?around=\(Self.document)&depth=1")
        #expect(graph.status == 200)
        #expect(graph.body.contains(#"<div class="figure fit" id="graph"><svg"#))
        #expect(graph.body.contains(#"xlink:href="/documents/"#) || graph.body.contains(#"href="/documents/"#))
        let cites = try JSONSerialization.jsonObject(with: Data(await get("/api/documents/\(Self.document)/cites").body.utf8)) as! [[String: Any]]
        let workIDs = cites.compactMap { ($0["work"] as? [String: Any])?["id"] as? String }
        let workID = try #require(workIDs.first)
        let work = await get("/works/\(workID.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)")
        #expect(work.status == 200)
        #expect(work.body.contains(#"<h2 id="cited-by">Cited by</h2>"#))
    }

    @Test("Citation downloads are exactly what `advies cite` prints")
    func citationDownloads() async throws {
        for (parameter, option) in [("references-of", "--references-of"), ("cited-by", "--cited-by"), ("q", "--query")] {
            for style in ["apa", "bibtex", "ris", "csl-json"] {
                let value = parameter == "q" ? "leerwerkplek" : "actieplan-duaal-leren"
                let download = await get("/cite?\(parameter)=\(value)&style=\(style)")
                #expect(download.status == 200, "\(parameter) \(style)")
                #expect(download.attachment?.hasSuffix(".\(style == "apa" ? "txt" : style == "csl-json" ? "json" : style == "bibtex" ? "bib" : "ris")") == true)
                let cli = try Command.advies(["cite", option, value, "--style", style, "--db", Fixture.knowledgeBase])
                #expect(download.body == cli.stdout, "\(parameter) \(style)")
            }
        }
        let one = await get("/cite?doc=\(Self.document)&style=bibtex")
        #expect(one.body.hasPrefix("@techreport{"))
        #expect(one.attachment == "drempels-wegwerken-duaal-leren.bib")
    }

    @Test("The JSON API answers what the CLI's --format json prints")
    func api() async throws {
        let cases: [(String, [String])] = [
            ("/api/search?q=leerwerkplek", ["search", "leerwerkplek"]),
            ("/api/search?q=premie&in=recommendations&since=2020&limit=3", ["search", "premie", "--in", "recommendations", "--since", "2020", "--limit", "3"]),
            ("/api/documents", ["list"]),
            ("/api/documents/\(Self.document)", ["show", Self.document]),
            ("/api/documents/\(Self.document)/cites", ["cites", Self.document]),
            ("/api/cited-by/\(Self.document)", ["cited-by", Self.document]),
            ("/api/recommendations?council=RSO&strength=urges&limit=5", ["recs", "--council", "RSO", "--strength", "urges", "--limit", "5"]),
            ("/api/trace?q=premie", ["trace", "premie"]),
            ("/api/trace?rec=aanvullende-stagebonus%23rec-1", ["trace", "--rec", "aanvullende-stagebonus#rec-1"]),
            ("/api/graph?around=\(Self.document)&depth=1", ["graph", "--format", "json", "--around", Self.document, "--depth", "1"]),
            ("/api/stats", ["stats"]),
        ]
        for (target, arguments) in cases {
            let answer = await get(target)
            #expect(answer.status == 200, "\(target)")
            #expect(answer.contentType.hasPrefix("application/json"))
            let format = arguments.contains("--format") ? [] : ["--format", "json"]
            let cli = try Command.advies(arguments + format + ["--db", Fixture.knowledgeBase])
            #expect(answer.body == cli.stdout, "\(target) differs from advies \(arguments.joined(separator: " "))")
        }
        let missing = await get("/api/documents/nope")
        #expect(missing.status == 404 && missing.body.contains(#""error" : "nope: no such document or work""#))
    }

    @Test("Bad parameters are a 400 naming the parameter and the reason", arguments: [
        ("/search?q=x&in=bogus", "parameter in: must be one of recommendations, sections, footnotes, answers, all"),
        ("/search?q=x&since=abc", "parameter since: not a whole number: abc"),
        ("/search?q=x&since=2020&until=2010", "parameter until: comes before since (2020)"),
        ("/search?q=x&q=y", "parameter q: given more than once"),
        ("/search?q=%ZZ", "parameter q: not valid URL encoding"),
        ("/search?q=%C3%28", "parameter q: not valid URL encoding"),
        ("/search?q=x&bogus=1", "parameter bogus: not a parameter of this page"),
        ("/search?q=x&limit=1000", "parameter limit: must be between 1 and 100"),
        ("/search?q=x&page=0", "parameter page: must be between 1 and 2000"),
        ("/search?q=x&page=500", "parameter page: pages reach the first 2000 results only"),
        ("/search?q=a%01b", "parameter q: holds control characters"),
        ("/search?q=" + String(repeating: "a", count: 501), "parameter q: longer than 500 characters"),
        ("/search?q=-alleen", "the query cannot run"),
        ("/recommendations?strength=strongly", "parameter strength: must be one of urges, asks, proposes, normative, soft"),
        ("/trace?rec=bogus", "parameter rec: not a recommendation id"),
        ("/trace?q=premie&rec=x%23rec-1", "parameter rec: give q or rec, not both"),
        ("/graph", "parameter around: required"),
        ("/graph?around=x&depth=9", "parameter depth: must be between 0 and 3"),
        ("/cite?doc=a&q=b", "parameter q: give one of doc, references-of, cited-by or q"),
        ("/cite?doc=a&style=mla", "parameter style: must be one of apa, bibtex, ris, csl-json"),
        ("/documents/drempels-wegwerken-duaal-leren?x=1", "parameter x: not a parameter of this page"),
        ("/api/search", "parameter q: required"),
    ])
    func badParameters(_ target: String, _ reason: String) async throws {
        let page = await get(target)
        #expect(page.status == 400, "\(target)")
        #expect(page.body.contains(reason), "\(target): \(page.body.prefix(2000))")
        #expect(!page.body.contains("SELECT") && !page.body.contains("Swift/") && !page.body.contains("Fatal"))
    }

    @Test("Unknown ids are a 404 with the ids that look like them; unknown routes and methods too")
    func notFound() async throws {
        let close = await get("/documents/drempels-wegwerken")
        #expect(close.status == 404)
        #expect(close.body.contains(#"Did you mean <a class="suggestion" href="/documents/drempels-wegwerken-duaal-leren">"#))
        for target in ["/documents/..%2F..%2Fetc%2Fpasswd", "/documents/%2e%2e", "/works/work:nope", "/graph?around=nope",
                       "/trace?rec=nope%23rec-1", "/assets/../Package.swift", "/assets/..%2FPackage.swift", "/assets/app.js",
                       "/no/such/page", "/api/nope", "/api/works/work:nope"] {
            let page = await get(target)
            #expect(page.status == 404, "\(target)")
            #expect(!page.body.contains("root:") && !page.body.contains("swift-tools-version"), "\(target)")
        }
        #expect(await get("/search?q=x", method: "POST").status == 405)
        let css = await get("/assets/style.css")
        #expect(css.status == 200 && css.contentType.hasPrefix("text/css") && css.body.contains("@media (max-width: 760px)"))
    }

    @Test("Values from documents, manifests and queries are escaped; a javascript: address is no link")
    func escaping() async throws {
        let page = await get("/documents/\(Fixture.hostileID)")
        #expect(page.status == 200)
        let body = page.body
        #expect(!body.contains("<img src=x") && body.contains("&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &#39;quotes&#39;"))
        #expect(!body.contains("<script>") && body.contains("&lt;script&gt;"))
        #expect(!body.contains("<b>Raad</b>") && !body.contains("<b>vet</b>"))
        #expect(!body.lowercased().contains("href=\"javascript:"))
        #expect(body.contains("javascript:alert(1)"))  // shown as text

        let search = await get("/search?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E")
        #expect(search.status == 200 && !search.body.contains("<script>alert(1)") && search.body.contains("&lt;script&gt;alert(1)"))
        let hits = await get("/search?q=premie+verhoogt")
        #expect(hits.body.contains("&lt;script&gt;") && !hits.body.contains(#"<script>alert("x")"#))
        let trace = await get("/trace?q=premie")
        #expect(!trace.body.contains(#"<script>alert("x")"#))
        let stats = await get("/stats")
        #expect(!stats.body.contains("<b>Raad</b>"))
    }
}
