import Foundation
import Testing
import TestSupport

/// Citation lists made by `advies cite`, read back by the tools researchers import them with.
@Suite("Citation exports")
struct CitationExportTests {
    static let database: String = {
        let path = try! Repository.scratchDirectory("advies-cite").appendingPathComponent("kb.sqlite").path
        _ = try! Command.advies(["ingest", Repository.corpus.path, "--db", path])
        return path
    }()

    private func cite(_ arguments: [String]) throws -> String {
        let result = try Command.advies(["cite"] + arguments + ["--db", Self.database])
        #expect(result.status == 0, "\(result.stderr)")
        return result.stdout
    }

    static let documents = ["aanvullende-stagebonus", "drempels-wegwerken-duaal-leren", "schriftelijke-vraag-677"]

    @Test("APA in Dutch: corporate author, date with Dutch month, title in italics, URL")
    func apa() throws {
        let text = try cite(Self.documents)
        #expect(text.contains("Vlaamse Onderwijsraad, Raad Secundair Onderwijs. (2019, 13 juni). *Drempels wegwerken in duaal leren: Toekomstperspectief voor de huidige doelgroep van leren en werken*. https://www.vlor.be/adviezen/drempels-wegwerken-duaal-leren"))
        #expect(text.contains("Vlaams Parlement. (2023, 12 juni). *Duaal leren - Deelnemende ondernemingen* [Schriftelijke vraag nr. 677 van Allessia Claes"))
        #expect(text.split(separator: "\n").count == 3)
    }

    @Test("BibTeX reads back with bibtexparser, every field intact")
    func bibtex() throws {
        let text = try cite(["--references-of", "drempels-wegwerken-duaal-leren", "--style", "bibtex"])
        let entries = try #require(try CitationReaders.read("bibtex", text) as? [[String: Any]], "bibtexparser failed on:\n\(text)")
        #expect(entries.count == text.components(separatedBy: "\n@").count)
        let written = Dictionary(uniqueKeysWithValues: text.components(separatedBy: "\n@").map { block -> (String, [String: String]) in
            let key = String(block.split(separator: "{", maxSplits: 1)[1].split(separator: ",")[0])
            var fields: [String: String] = [:]
            for line in block.split(separator: "\n").dropFirst() where line.contains(" = {") {
                let name = line.split(separator: "=")[0].trimmingCharacters(in: .whitespaces)
                var value = String(line[line.range(of: " = {")!.upperBound...])
                if value.hasSuffix(",") { value.removeLast() }
                fields[name] = String(value.dropLast())
            }
            return (key, fields)
        })
        for entry in entries {
            let key = try #require(entry["key"] as? String)
            let fields = try #require(entry["fields"] as? [String: String])
            #expect(fields == written[key], "\(key): \(fields) vs \(String(describing: written[key]))")
        }
        #expect(entries.contains { ($0["type"] as? String) == "techreport" })
    }

    @Test("RIS reads back with rispy: types, authors, titles, years, one line per tag")
    func ris() throws {
        let text = try cite(Self.documents + ["--style", "ris"])
        let entries = try #require(try CitationReaders.read("ris", text) as? [[String: Any]])
        #expect(entries.count == 3)
        #expect(entries.map { $0["type_of_reference"] as? String } == ["RPRT", "RPRT", "GOVDOC"])
        #expect(entries.contains { ($0["title"] as? String)?.hasPrefix("Drempels wegwerken in duaal leren") == true })
        #expect(entries.allSatisfy { ($0["authors"] as? [String])?.isEmpty == false })
        #expect(text.split(separator: "\n").allSatisfy { $0.wholeMatch(of: /[A-Z][A-Z0-9]  - .*/) != nil })
    }

    @Test("CSL-JSON renders in APA with citeproc-py")
    func csl() throws {
        let text = try cite(Self.documents + ["--style", "csl-json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])
        #expect(items.allSatisfy { ($0["type"] as? String) == "report" })
        let issued = items.first { ($0["id"] as? String) == "drempels-wegwerken-duaal-leren" }?["issued"] as? [String: Any]
        #expect((issued?["date-parts"] as? [[Int]]) == [[2019, 6, 13]])
        let rendered = try #require(try CitationReaders.read("csl", text) as? [String])
        #expect(rendered.count == 3)
        #expect(rendered.contains { $0.contains("Drempels wegwerken in duaal leren") && $0.contains("2019") })
        #expect(rendered.contains { $0.contains("Duaal leren - Deelnemende ondernemingen") && $0.contains("2023") })
    }

    @Test("Selections: references of a document, the documents citing it, a query")
    func selections() throws {
        let citing = try cite(["--cited-by", "drempels-wegwerken-duaal-leren"]).split(separator: "\n")
        #expect(citing.count == 2)
        let query = try cite(["--query", "stagebonus"])
        #expect(query.contains("stagebonus") || query.contains("Stagebonus"))
        let bad = try Command.advies(["cite", "--db", Self.database])
        #expect(bad.status != 0)
    }

    @Test("The graph renders to SVG through Graphviz")
    func svg() throws {
        let result = try Command.advies(["graph", "--format", "svg", "--around", "drempels-wegwerken-duaal-leren", "--depth", "1",
                                         "--db", Self.database])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("<svg") && result.stdout.contains("drempels"))
    }
}
