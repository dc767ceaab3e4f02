import AdviesCore
import Foundation
import GRDB

struct WorkRecord: KnowledgeBaseRecord {
    static let databaseTableName = "work"
    var id: String
    var workKey: String
    var who: String
    var type: String?
    var organisation: String?
    var council: String?
    var authors: [String]
    var title: String?
    var subtitle: String?
    var date: String?
    var url: String?
    var urlKey: String?
    var year: Int?
    var series: String?
    var documentId: String?
}

struct CitationRecord: KnowledgeBaseRecord {
    static let databaseTableName = "citation"
    var id: Int64?
    var referenceId: Int64
    var workId: String
    var documentId: String
}

/// Keeps works and citations in step with the documents, inside the transaction that stores
/// a document: every reference cites a work (found by key, else by evidence, else new); works
/// resolve to stored documents; works nobody cites any more disappear.
enum Works {
    static func update(for documentID: String, in db: Database) throws {
        let references = try ReferenceRecord.filter(Column("document_id") == documentID).order(Column("position")).fetchAll(db)
        var index = WorkIndex()
        for reference in references {
            guard let referenceID = reference.id else { continue }
            let work = try findOrCreate(reference, index: &index, in: db)
            try CitationRecord(id: nil, referenceId: referenceID, workId: work.id, documentId: documentID).insert(db)
            if work.documentId == nil, let target = try resolve(work, excluding: documentID, index: &index, in: db) {
                try db.execute(sql: "UPDATE work SET document_id = ? WHERE id = ?", arguments: [target, work.id])
            }
        }
        // Works cited before this document arrived may be this document (never one it cites itself).
        if let document = try DocumentRecord.fetchOne(db, key: documentID) {
            let open = try WorkRecord.fetchAll(db, sql: """
                SELECT * FROM work WHERE document_id IS NULL AND (year = ? OR (url_key IS NOT NULL AND url_key = ?))
                  AND id NOT IN (SELECT work_id FROM citation WHERE document_id = ?)
                """, arguments: [document.year, document.urlKey, documentID])
            for work in open where matches(work, known(document)) {
                try db.execute(sql: "UPDATE work SET document_id = ? WHERE id = ?", arguments: [documentID, work.id])
            }
        }
        try db.execute(sql: """
            DELETE FROM work WHERE document_id IS NULL AND id NOT IN (SELECT work_id FROM citation)
            """)
    }

    /// The work a reference cites: the one with its key, or one with the same creator and
    /// date whose title agrees, or a new one.
    private static func findOrCreate(_ reference: ReferenceRecord, index: inout WorkIndex, in db: Database) throws -> WorkRecord {
        if let work = try WorkRecord.filter(Column("work_key") == reference.workKey).fetchOne(db) { return work }
        let who = reference.workKey.split(separator: "|", omittingEmptySubsequences: false).first.map(String.init) ?? ""
        if !who.isEmpty, let date = reference.date,
           let same = try index.sameTitle(who: who, date: date, title: reference.title, subtitle: reference.subtitle, in: db) {
            return same
        }
        let id = try unusedID(WorkEvidence.stableID(who: who, date: reference.date, title: reference.title, url: reference.url), in: db)
        let work = WorkRecord(id: id, workKey: reference.workKey, who: who, type: reference.type, organisation: reference.organisation,
                              council: reference.council, authors: reference.authors, title: reference.title,
                              subtitle: reference.subtitle, date: reference.date, url: reference.url,
                              urlKey: reference.url.map(WorkAddress.normalised), year: reference.date.flatMap { Int($0.prefix(4)) },
                              series: reference.series, documentId: nil)
        try work.insert(db)
        index.added(work)
        return work
    }

    /// `id`, or `id-2`, `id-3`, ... past the suffixes already taken, found in one query.
    private static func unusedID(_ id: String, in db: Database) throws -> String {
        guard try WorkRecord.exists(db, key: id) else { return id }
        let taken = try String.fetchAll(db, sql: "SELECT id FROM work WHERE id GLOB ?", arguments: [id + "-[0-9]*"])
        let highest = taken.compactMap { Int($0.dropFirst(id.count + 1)) }.max() ?? 1
        return "\(id)-\(highest + 1)"
    }

    /// The stored document a work is, if exactly one clearly is (precision before recall):
    /// looked up by address, or among the documents of its year.
    private static func resolve(_ work: WorkRecord, excluding documentID: String, index: inout WorkIndex, in db: Database) throws -> String? {
        var documents = try index.documents(of: work.year, in: db)
        if let urlKey = work.urlKey {
            documents += try DocumentRecord.filter(Column("url_key") == urlKey).fetchAll(db).filter { $0.year != work.year }
        }
        let matching = documents.filter { $0.id != documentID && matches(work, known($0)) }
        return matching.count == 1 ? matching[0].id : nil
    }

    private static func known(_ document: DocumentRecord) -> (known: CrossReferencer.Known, organisation: String?) {
        (CrossReferencer.Known(id: document.id, title: document.title, date: document.date, url: document.url), document.organisation)
    }

    private static func matches(_ work: WorkRecord, _ document: (known: CrossReferencer.Known, organisation: String?)) -> Bool {
        if let a = work.organisation, let b = document.organisation, a != b { return false }
        let reference = Reference(source: "", type: nil, organisation: work.organisation, title: work.title, date: work.date,
                                  url: work.url, raw: "", workKey: work.workKey)
        return CrossReferencer.matches(reference, document.known)
    }
}

/// When two citations name one work, and the stable id of a work.
public enum WorkEvidence {
    /// Titles agree when, with function words left out, one holds the other's words or they
    /// share most of them ("... voor huidige doelgroep ..." / "... voor de huidige doelgroep van ...").
    public static func sameTitle(_ title: String?, _ subtitle: String?, _ otherTitle: String?, _ otherSubtitle: String?) -> Bool {
        let a = titleWords(title, subtitle), b = titleWords(otherTitle, otherSubtitle)
        return shareMost(a.count, b.count, shared: a.intersection(b).count)
    }

    /// `sameTitle` on title words given as sorted distinct ids.
    static func agree(_ a: [Int], _ b: [Int]) -> Bool {
        var i = 0, j = 0, shared = 0
        while i < a.count && j < b.count {
            if a[i] == b[j] { shared += 1; i += 1; j += 1 } else if a[i] < b[j] { i += 1 } else { j += 1 }
        }
        return shareMost(a.count, b.count, shared: shared)
    }

    static func shareMost(_ a: Int, _ b: Int, shared: Int) -> Bool {
        guard a >= 2, b >= 2 else { return false }
        return Double(shared) / Double(min(a, b)) >= 0.8
    }

    private static let functionWords: Set<String> = ["de", "het", "een", "van", "voor", "in", "en", "over", "op", "met", "aan", "te", "tot"]

    /// The distinct content words of a title and subtitle.
    static func titleWords(_ title: String?, _ subtitle: String?) -> Set<String> {
        Set([title, subtitle].compactMap { $0 }.flatMap { TextNormalization.tokens($0) }.filter { !functionWords.contains($0) })
    }

    /// "work:vlaamse-onderwijsraad-2017-10-12-advies-over-het-voorontwerp": creator, date and
    /// the first four title words (or the URL's last segment), folded to ASCII.
    public static func stableID(who: String, date: String?, title: String?, url: String?) -> String {
        var tokens = TextNormalization.tokens(who.folding(options: .diacriticInsensitive, locale: nil))
        if let date { tokens.append(date) }
        let titleSource = title ?? url.map { String($0.split(separator: "/").last ?? "") } ?? ""
        tokens += TextNormalization.tokens(titleSource.folding(options: .diacriticInsensitive, locale: nil)).prefix(4)
        let slug = tokens.joined(separator: "-").filter { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
        return "work:" + (slug.isEmpty ? "unnamed" : slug)
    }
}
