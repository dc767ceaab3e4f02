import AdviesCore
import GRDB

/// What storing one document looks up again and again, loaded once: the works of a creator on
/// a date with their title words as sorted integer ids (so that comparing two titles is a merge
/// of two short arrays, and a document with thousands of references to one creator and date
/// stays linear), and the stored documents of a year.
struct WorkIndex {
    /// The works of one creator and date, with an inverted index of their title words per title
    /// length, so a reference is compared only with works that can agree with it.
    private struct Group {
        var works: [WorkRecord] = []
        var words: [[Int]] = []
        /// (title length, word) → the works of that length whose title has the word.
        var postings: [Posting: [Int]] = [:]
        var lengths: Set<Int> = []

        struct Posting: Hashable {
            var length: Int
            var word: Int
        }

        mutating func append(_ work: WorkRecord, words titleWords: [Int]) {
            for word in titleWords { postings[Posting(length: titleWords.count, word: word), default: []].append(works.count) }
            lengths.insert(titleWords.count)
            works.append(work)
            words.append(titleWords)
        }

        /// The earliest work whose title agrees. Titles of length `n` agree with `mine` only when
        /// they share at least `t` words, so every such title holds one of any `mine.count - t + 1`
        /// of my words: the rarest ones are looked up, their works checked.
        func first(agreeingWith mine: [Int]) -> WorkRecord? {
            var best: Int?
            for length in lengths where length >= 2 && mine.count >= 2 {
                let shorter = min(length, mine.count)
                let needed = (1...shorter).first { WorkEvidence.shareMost(shorter, shorter, shared: $0) } ?? shorter
                let lists = mine.map { postings[Posting(length: length, word: $0)] ?? [] }.sorted { $0.count < $1.count }
                for list in lists.prefix(mine.count - needed + 1) {
                    for candidate in list where candidate < (best ?? .max) && WorkEvidence.agree(mine, words[candidate]) {
                        best = candidate
                        break
                    }
                }
            }
            return best.map { works[$0] }
        }
    }

    private var groups: [String: Group] = [:]
    private var wordIDs: [String: Int] = [:]
    private var documentsByYear: [Int?: [DocumentRecord]] = [:]

    /// The first work by `who` on `date` whose title agrees with this one (see `WorkEvidence.sameTitle`).
    mutating func sameTitle(who: String, date: String, title: String?, subtitle: String?, in db: Database) throws -> WorkRecord? {
        let key = Self.groupKey(who, date)
        if groups[key] == nil {
            let works = try WorkRecord.filter(Column("who") == who && Column("date") == date).order(Column("rowid")).fetchAll(db)
            var group = Group()
            for work in works { group.append(work, words: words(work.title, work.subtitle)) }
            groups[key] = group
        }
        let mine = words(title, subtitle)
        return groups[key]?.first(agreeingWith: mine)
    }

    /// Records a work created meanwhile, so later references find it.
    mutating func added(_ work: WorkRecord) {
        guard let date = work.date else { return }
        let key = Self.groupKey(work.who, date)
        guard groups[key] != nil else { return }
        let titleWords = words(work.title, work.subtitle)
        groups[key]?.append(work, words: titleWords)
    }

    mutating func documents(of year: Int?, in db: Database) throws -> [DocumentRecord] {
        guard let year else { return [] }
        if let known = documentsByYear[year] { return known }
        let documents = try DocumentRecord.filter(Column("year") == year).fetchAll(db)
        documentsByYear[year] = documents
        return documents
    }

    private mutating func words(_ title: String?, _ subtitle: String?) -> [Int] {
        WorkEvidence.titleWords(title, subtitle).map { word in
            if let id = wordIDs[word] { return id }
            let id = wordIDs.count
            wordIDs[word] = id
            return id
        }.sorted()
    }

    private static func groupKey(_ who: String, _ date: String) -> String { who + "\u{1F}" + date }
}
