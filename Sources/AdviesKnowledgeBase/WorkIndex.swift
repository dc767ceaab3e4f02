import AdviesAnalysis
import GRDB

/// The works of a creator on a date, looked up again and again while a document's citations
/// are resolved: loaded once per group, with their title words as sorted integer ids (so that
/// comparing two titles is a merge of two short arrays, and a document with thousands of
/// references to one creator and date stays linear). Works decided during the resolution
/// join their group in memory, as they are not written yet.
struct WorkIndex {
    /// The works of one creator and date, with an inverted index of their title words per title
    /// length, so a title is compared only with works that can agree with it.
    private struct Group {
        var ids: [String] = []
        var words: [[Int]] = []
        /// (title length, word) → the works of that length whose title has the word.
        var postings: [Posting: [Int]] = [:]
        var lengths: Set<Int> = []

        struct Posting: Hashable {
            var length: Int
            var word: Int
        }

        mutating func append(_ id: String, words titleWords: [Int]) {
            for word in titleWords { postings[Posting(length: titleWords.count, word: word), default: []].append(ids.count) }
            lengths.insert(titleWords.count)
            ids.append(id)
            words.append(titleWords)
        }

        /// The earliest work whose title agrees. Titles of length `n` agree with `mine` only when
        /// they share at least `t` words, so every such title holds one of any `mine.count - t + 1`
        /// of my words: the rarest ones are looked up, their works checked.
        func first(agreeingWith mine: [Int]) -> String? {
            var best: Int?
            for length in lengths where length >= 2 && mine.count >= 2 {
                let shorter = min(length, mine.count)
                let needed = (1...shorter).first { WorkIdentity.shareMost(shorter, shorter, shared: $0) } ?? shorter
                let lists = mine.map { postings[Posting(length: length, word: $0)] ?? [] }.sorted { $0.count < $1.count }
                for list in lists.prefix(mine.count - needed + 1) {
                    for candidate in list where candidate < (best ?? .max) && WorkIdentity.agree(mine, words[candidate]) {
                        best = candidate
                        break
                    }
                }
            }
            return best.map { ids[$0] }
        }
    }

    private var groups: [String: Group] = [:]
    /// Works decided before their group was first looked up.
    private var pending: [String: [(id: String, words: [Int])]] = [:]
    private var wordIDs: [String: Int] = [:]

    /// The first work by `who` on `date` whose title agrees with this one (`WorkIdentity.sameTitle`).
    mutating func sameTitle(who: String, date: String, title: String?, subtitle: String?, in db: Database) throws -> String? {
        let key = Self.groupKey(who, date)
        if groups[key] == nil {
            var group = Group()
            for row in try Row.fetchAll(db, sql: "SELECT id, title, subtitle FROM work WHERE who = ? AND date = ? ORDER BY rowid",
                                        arguments: [who, date]) {
                group.append(try row.decode(forColumn: "id"), words: words(try row.decode(forColumn: "title"),
                                                                          try row.decode(forColumn: "subtitle")))
            }
            for work in pending.removeValue(forKey: key) ?? [] { group.append(work.id, words: work.words) }
            groups[key] = group
        }
        return groups[key]?.first(agreeingWith: words(title, subtitle))
    }

    /// Records a work decided meanwhile, so later references find it.
    mutating func added(_ id: String, who: String, date: String?, title: String?, subtitle: String?) {
        guard let date else { return }
        let key = Self.groupKey(who, date)
        let titleWords = words(title, subtitle)
        if groups[key] != nil { groups[key]?.append(id, words: titleWords) } else { pending[key, default: []].append((id, titleWords)) }
    }

    private mutating func words(_ title: String?, _ subtitle: String?) -> [Int] {
        WorkIdentity.titleWords(title, subtitle).map { word in
            if let id = wordIDs[word] { return id }
            let id = wordIDs.count
            wordIDs[word] = id
            return id
        }.sorted()
    }

    private static func groupKey(_ who: String, _ date: String) -> String { who + "\u{1F}" + date }
}
