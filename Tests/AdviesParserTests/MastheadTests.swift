import AdviesModel
import AdviesParser
import Testing

/// The head of a parliamentary paper: the house set large, the session, the dossier's number
/// and title, and "Nr. 4   TITLE"; the masthead names the issuing body.
@Suite("Masthead and parliamentary paper")
struct MastheadTests {
    static let paper = Typeset.parse { doc in
        doc.page { page in
            page.line("Tweede Kamer der Staten-Generaal", .body.sized(16))
            page.gap(6)
            page.line("Vergaderjaar 2021–2022")
            page.gap(12)
            page.row([(72, "36 012"), (140, "Wijziging van de Wet op het leerlingenvervoer in")], .body.sized(14))
            page.line("verband met de maximale reistijd", .body.sized(14), indent: 68)
            page.gap(12)
            page.row([(72, "Nr. 4"), (140, "VERSLAG VAN DE VASTE COMMISSIE")], .bold)
            page.gap(12)
            page.lines(["De vaste commissie voor Onderwijs heeft een aantal vragen en opmerkingen over",
                        "het voorstel voorgelegd aan de regering. Zij vraagt de regering om een reactie",
                        "op de punten die hieronder volgen, en om een overzicht van de kosten per gemeente."])
        }
    }

    static func text(_ document: ParsedDocument) -> String {
        document.blocks.map(\.text).joined(separator: " ")
    }

    @Test("The house set large is the masthead: the body that issues the paper")
    func masthead() {
        #expect(Self.paper.metadata.body == "Tweede Kamer der Staten-Generaal")
    }

    @Test("Session and dossier lines, with the dossier title's wrapped tail, are facts, not text")
    func sessionAndDossier() {
        let text = Self.text(Self.paper)
        for printed in ["Tweede Kamer", "Vergaderjaar", "36 012", "maximale reistijd"] {
            #expect(!text.contains(printed), "masthead left in the text: \(printed)")
        }
        #expect(!Self.paper.sections.contains { $0.title.contains("Vergaderjaar") || $0.title.contains("reistijd") })
    }

    @Test("'Nr. 4' and the title at a tab: the paper's title, kept as its heading without the number")
    func paperNumber() {
        #expect(Self.paper.metadata.title == "VERSLAG VAN DE VASTE COMMISSIE")
        #expect(!Self.paper.sections.contains { $0.title.contains("Nr.") })
    }

    @Test("A large line that names no public body, or says something, is no masthead")
    func notMasthead() {
        func body(_ first: String) -> String? {
            Typeset.parse { doc in
                doc.page { page in
                    page.line(first, .body.sized(16))
                    page.gap(12)
                    page.lines(Typeset.prose(page: 1))
                }
            }.metadata.body
        }
        #expect(body("Raad voor het Leerlingenvervoer") == "Raad voor het Leerlingenvervoer")
        #expect(body("Leerlingenvervoer in cijfers") == nil)
        #expect(body("De Raad vraagt: meer middelen") == nil)
    }

    @Test("A line opening 'Nr.' with one space is no paper number: the title is the whole line")
    func notPaperNumber() {
        let document = Typeset.parse { doc in
            doc.page { page in
                page.line("Nr. 4 van de reeks over onderwijs", .bold)
                page.gap(12)
                page.lines(Typeset.prose(page: 1))
            }
        }
        #expect(document.metadata.title == "Nr. 4 van de reeks over onderwijs")
    }
}
