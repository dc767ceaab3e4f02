import GRDB

/// v5, frozen: the tables of `Schema`, and a v4 knowledge base converted into them in SQL.
///
/// What v4 knew by label is placed by position, once, as well as its data allows: an element
/// is in the last section with its label that starts at or before it (else the first with that
/// label); a written question's turns come from its "Q"/"Q.n" and "A"/"A.n" labels; a
/// reference's site from "footnote N" or the title of its list. What v4 did not keep stays
/// unknown: block depth (1 for bullets, as v4 read them back), end lines of paragraphs and
/// recommendations (their start), spans of footnotes, references and questions, OCR markers,
/// URL footnote lists. An answer's text is its own paragraphs joined, as the parser joins them.
/// The metadata comes from v4's JSON copy, which kept every field. Cross-references are
/// derived now and are dropped; the full-text indexes are rebuilt.
enum MigrationV5 {
    static func migrate(_ db: Database) throws {
        // The full-text triggers v1 made, whatever they were named.
        for trigger in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'trigger'") {
            try db.execute(sql: "DROP TRIGGER \"\(trigger)\"")
        }
        try db.execute(sql: dropIndexes)
        for table in oldTables { try db.execute(sql: "ALTER TABLE \(table) RENAME TO v4_\(table)") }
        try db.execute(sql: tables)
        try db.execute(sql: conversion)
        for table in oldTables { try db.execute(sql: "DROP TABLE v4_\(table)") }
        try db.execute(sql: indexes)
        for (table, columns) in [("paragraph", ["text", "lead_in"]), ("recommendation", ["text", "lead_in"]),
                                 ("footnote", ["text", "marker_context"])] {
            try db.create(virtualTable: "\(table)_fts", using: FTS5()) { t in
                t.synchronize(withTable: table)
                t.tokenizer = FTS5TokenizerDescriptor(components: ["dutch"])
                for column in columns { t.column(column) }
            }
        }
        try db.execute(sql: """
            CREATE VIRTUAL TABLE paragraph_vocab USING fts5vocab(paragraph_fts, 'row');
            CREATE VIRTUAL TABLE recommendation_vocab USING fts5vocab(recommendation_fts, 'row');
            PRAGMA application_id = 1094997587;
            """)
    }

    private static let oldTables = ["document", "section", "paragraph", "footnote", "recommendation", "reference", "url",
                                    "question", "answer", "table_cell", "table_note", "cross_reference", "diagnostic",
                                    "work", "citation"]

    /// The indexes and virtual tables of v1–v4 that name tables v5 replaces.
    private static let dropIndexes = """
        DROP TABLE paragraph_vocab;
        DROP TABLE recommendation_vocab;
        DROP TABLE paragraph_fts;
        DROP TABLE recommendation_fts;
        DROP TABLE footnote_fts;
        DROP INDEX IF EXISTS document_on_year;
        DROP INDEX IF EXISTS document_on_council;
        DROP INDEX IF EXISTS document_on_url_key;
        DROP INDEX IF EXISTS recommendation_on_document_id;
        DROP INDEX IF EXISTS recommendation_on_addressee;
        DROP INDEX IF EXISTS reference_on_work_key;
        DROP INDEX IF EXISTS table_note_on_document_id;
        DROP INDEX IF EXISTS diagnostic_on_document_id;
        DROP INDEX IF EXISTS work_on_work_key;
        DROP INDEX IF EXISTS work_on_url_key;
        DROP INDEX IF EXISTS work_on_year;
        DROP INDEX IF EXISTS work_on_document_id;
        DROP INDEX IF EXISTS citation_on_work_id;
        DROP INDEX IF EXISTS citation_on_document_id;
        """

    /// A span's four columns, all set or all NULL.
    private static func span(_ prefix: String = "") -> String {
        let columns = ["start_page", "start_line", "end_page", "end_line"].map { prefix + $0 }
        return columns.map { "\($0) INTEGER" }.joined(separator: ", ") + ", CHECK ("
            + columns.dropFirst().map { "(\(columns[0]) IS NULL) = (\($0) IS NULL)" }.joined(separator: " AND ") + ")"
    }

    private static let year = """
        GENERATED ALWAYS AS (CASE WHEN date GLOB '[0-9][0-9][0-9][0-9]*' THEN CAST(substr(date, 1, 4) AS INTEGER) END) VIRTUAL
        """

    private static func jsonArray(_ column: String) -> String {
        "\(column) TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(\(column)) AND json_type(\(column)) = 'array')"
    }

    private static let tables = """
        CREATE TABLE document (
          id TEXT PRIMARY KEY NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('advisory', 'written-question', 'letter', 'note', 'report', 'unknown')),
          source_file TEXT NOT NULL,
          source_path TEXT NOT NULL,
          source_format TEXT NOT NULL CHECK (source_format IN ('pdf', 'text')),
          content_hash TEXT NOT NULL,
          page_count INTEGER NOT NULL,
          ingested_at TEXT NOT NULL,
          council TEXT, organisation TEXT, title TEXT, subtitle TEXT, date TEXT,
          date_precision TEXT CHECK (date_precision IN ('day', 'month', 'year')),
          reference_number TEXT, requester TEXT, request_date TEXT, issued_by TEXT, issued_date TEXT, vote TEXT,
          case_officer TEXT, url TEXT, subject TEXT, question_number TEXT, question_date TEXT, asked_by TEXT,
          addressed_to TEXT,
          \(jsonArray("from_manifest")),
          url_key TEXT,
          year INTEGER \(year)
        );
        CREATE TABLE signatory (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          name TEXT NOT NULL,
          role TEXT,
          PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE section (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number TEXT,
          title TEXT NOT NULL,
          level INTEGER NOT NULL,
          parent_position INTEGER,
          \(span()),
          PRIMARY KEY (document_id, position),
          FOREIGN KEY (document_id, parent_position) REFERENCES section(document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE paragraph (
          id INTEGER PRIMARY KEY,
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          kind TEXT NOT NULL CHECK (kind IN ('paragraph', 'bullet')),
          section_position INTEGER,
          turn_kind TEXT CHECK (turn_kind IN ('question', 'answer')),
          turn_number INTEGER CHECK (turn_number IS NULL OR turn_kind IS NOT NULL),
          depth INTEGER,
          lead_in TEXT,
          text TEXT NOT NULL,
          \(span()),
          UNIQUE (document_id, position),
          FOREIGN KEY (document_id, section_position) REFERENCES section(document_id, position)
        );
        CREATE TABLE footnote (
          id INTEGER PRIMARY KEY,
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number INTEGER NOT NULL,
          text TEXT NOT NULL,
          marker_context TEXT,
          section_position INTEGER,
          marker_page INTEGER, marker_line INTEGER, marker_offset INTEGER,
          marker_ocr TEXT,
          \(span()),
          UNIQUE (document_id, position),
          FOREIGN KEY (document_id, section_position) REFERENCES section(document_id, position),
          CHECK ((marker_page IS NULL) = (marker_line IS NULL) AND (marker_page IS NULL) = (marker_offset IS NULL))
        );
        CREATE TABLE url (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          url TEXT NOT NULL,
          footnote INTEGER,
          \(jsonArray("footnotes")),
          link_text TEXT,
          first_seen_page INTEGER, first_seen_line INTEGER,
          PRIMARY KEY (document_id, position),
          CHECK ((first_seen_page IS NULL) = (first_seen_line IS NULL))
        ) WITHOUT ROWID;
        CREATE TABLE recommendation (
          id INTEGER PRIMARY KEY,
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          number INTEGER NOT NULL CHECK (number > 0),
          section_position INTEGER,
          text TEXT NOT NULL,
          cue TEXT,
          strength TEXT CHECK (strength IN ('urges', 'asks', 'proposes', 'normative', 'soft')),
          addressee TEXT,
          addressee_text TEXT,
          lead_in TEXT,
          \(span()),
          UNIQUE (document_id, number),
          FOREIGN KEY (document_id, section_position) REFERENCES section(document_id, position)
        );
        CREATE TABLE reference (
          id INTEGER PRIMARY KEY,
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          site_kind TEXT NOT NULL CHECK (site_kind IN ('footnote', 'list', 'body')),
          site_footnote INTEGER,
          site_section INTEGER,
          type TEXT CHECK (type IN ('vlor-advisory', 'advisory', 'legislation', 'research', 'government-document',
                                    'parliamentary', 'case-law', 'eu-document', 'web')),
          organisation TEXT, council TEXT,
          \(jsonArray("authors")),
          title TEXT, subtitle TEXT, date TEXT, pages TEXT, url TEXT, series TEXT,
          raw TEXT NOT NULL,
          work_key TEXT NOT NULL,
          \(span()),
          UNIQUE (document_id, position),
          FOREIGN KEY (document_id, site_section) REFERENCES section(document_id, position),
          CHECK ((site_kind = 'footnote') = (site_footnote IS NOT NULL) AND (site_kind = 'list') = (site_section IS NOT NULL))
        );
        CREATE TABLE question (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number INTEGER NOT NULL,
          text TEXT NOT NULL,
          \(span()),
          PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE answer (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          number INTEGER NOT NULL,
          text_start TEXT NOT NULL,
          text TEXT NOT NULL,
          \(span()),
          PRIMARY KEY (document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE data_table (
          document_id TEXT NOT NULL,
          answer_position INTEGER NOT NULL,
          position INTEGER NOT NULL,
          label TEXT NOT NULL,
          caption TEXT NOT NULL,
          section_position INTEGER,
          row_header TEXT,
          \(jsonArray("column_labels")),
          \(jsonArray("notes")),
          PRIMARY KEY (document_id, answer_position, position),
          FOREIGN KEY (document_id, answer_position) REFERENCES answer(document_id, position) ON DELETE CASCADE,
          FOREIGN KEY (document_id, section_position) REFERENCES section(document_id, position)
        ) WITHOUT ROWID;
        CREATE TABLE data_table_row (
          document_id TEXT NOT NULL,
          answer_position INTEGER NOT NULL,
          table_position INTEGER NOT NULL,
          position INTEGER NOT NULL,
          label TEXT NOT NULL,
          \(jsonArray("cells")),
          PRIMARY KEY (document_id, answer_position, table_position, position),
          FOREIGN KEY (document_id, answer_position, table_position)
            REFERENCES data_table(document_id, answer_position, position) ON DELETE CASCADE
        ) WITHOUT ROWID;
        CREATE TABLE diagnostic (
          document_id TEXT NOT NULL REFERENCES document(id) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          severity TEXT NOT NULL CHECK (severity IN ('info', 'warning', 'error')),
          code TEXT NOT NULL CHECK (code IN ('page-unreadable', 'no-text-layer', 'encoding-converted',
            'control-characters-removed', 'library-message', 'ocr-applied', 'ocr-unavailable', 'unknown-kind',
            'table-of-contents-skipped', 'section-number-gap', 'footnote-without-marker', 'marker-without-footnote',
            'footnote-number-gap', 'ocr-correction', 'manifest-fact', 'long-line-wrapped')),
          message TEXT NOT NULL,
          page INTEGER, line INTEGER,
          PRIMARY KEY (document_id, position),
          CHECK ((page IS NULL) = (line IS NULL))
        ) WITHOUT ROWID;
        CREATE TABLE work (
          id TEXT PRIMARY KEY NOT NULL,
          work_key TEXT NOT NULL,
          who TEXT NOT NULL,
          type TEXT CHECK (type IN ('vlor-advisory', 'advisory', 'legislation', 'research', 'government-document',
                                    'parliamentary', 'case-law', 'eu-document', 'web')),
          organisation TEXT, council TEXT,
          \(jsonArray("authors")),
          title TEXT, subtitle TEXT, date TEXT, url TEXT, url_key TEXT, series TEXT,
          year INTEGER \(year),
          document_id TEXT REFERENCES document(id) ON DELETE SET NULL
        );
        CREATE TABLE citation (
          reference_id INTEGER PRIMARY KEY NOT NULL REFERENCES reference(id) ON DELETE CASCADE,
          work_id TEXT NOT NULL REFERENCES work(id) ON DELETE CASCADE
        );
        """

    /// The section a v4 element with label `label` starting at (`page`, `line`) was in.
    private static func section(of table: String, label: String = "section_label", page: String = "start_page",
                                line: String = "start_line") -> String {
        """
        COALESCE(
          (SELECT MAX(s.position) FROM v4_section s WHERE s.document_id = \(table).document_id AND s.label = \(table).\(label)
             AND (s.start_page, s.start_line) <= (\(table).\(page), \(table).\(line))),
          (SELECT MIN(s.position) FROM v4_section s WHERE s.document_id = \(table).document_id AND s.label = \(table).\(label)))
        """
    }

    /// The number after "Q." or "A." in a label ("A.3.b" → 3), NULL for "A" alone.
    private static let turnNumber = """
        CASE WHEN substr(p.section_label, 3) GLOB '[0-9]*'
             THEN CAST(substr(p.section_label, 3, instr(substr(p.section_label, 3) || '.', '.') - 1) AS INTEGER) END
        """

    private static let conversion = """
        INSERT INTO document (id, kind, source_file, source_path, source_format, content_hash, page_count, ingested_at,
          council, organisation, title, subtitle, date, date_precision, reference_number, requester, request_date,
          issued_by, issued_date, vote, case_officer, url, subject, question_number, question_date, asked_by,
          addressed_to, from_manifest, url_key)
        SELECT id, kind, source_path, source_path, source_format, content_hash, page_count, ingested_at,
          json_extract(metadata, '$.council'), json_extract(metadata, '$.organisation'), json_extract(metadata, '$.title'),
          json_extract(metadata, '$.subtitle'), json_extract(metadata, '$.date'), json_extract(metadata, '$.datePrecision'),
          json_extract(metadata, '$.referenceNumber'), json_extract(metadata, '$.requester'),
          json_extract(metadata, '$.requestDate'), json_extract(metadata, '$.issuedBy'),
          json_extract(metadata, '$.issuedDate'), json_extract(metadata, '$.vote'), json_extract(metadata, '$.caseOfficer'),
          json_extract(metadata, '$.url'), json_extract(metadata, '$.subject'), json_extract(metadata, '$.questionNumber'),
          json_extract(metadata, '$.questionDate'), json_extract(metadata, '$.askedBy'),
          json_extract(metadata, '$.addressedTo'), COALESCE(json_extract(metadata, '$.fromManifest'), '[]'), url_key
        FROM v4_document;

        INSERT INTO signatory (document_id, position, name, role)
        SELECT d.id, s.key, json_extract(s.value, '$.name'), json_extract(s.value, '$.role')
        FROM v4_document d, json_each(d.metadata, '$.signatories') s;

        INSERT INTO section (document_id, position, number, title, level, parent_position,
                             start_page, start_line, end_page, end_line)
        SELECT s.document_id, s.position, s.number, s.title, s.level,
          (SELECT MAX(p.position) FROM v4_section p
            WHERE p.document_id = s.document_id AND p.label = s.parent AND p.position < s.position),
          s.start_page, s.start_line, s.end_page, s.end_line
        FROM v4_section s;

        INSERT INTO paragraph (id, document_id, position, kind, section_position, turn_kind, turn_number, depth, lead_in,
                               text, start_page, start_line, end_page, end_line)
        SELECT p.id, p.document_id, p.position, p.kind, \(section(of: "p")),
          CASE WHEN d.kind != 'written-question' THEN NULL
               WHEN p.section_label = 'Q' OR p.section_label LIKE 'Q.%' THEN 'question'
               WHEN p.section_label = 'A' OR p.section_label LIKE 'A.%' THEN 'answer' END,
          CASE WHEN d.kind = 'written-question' AND (p.section_label GLOB '[QA]' OR p.section_label GLOB '[QA].*')
               THEN \(turnNumber) END,
          CASE WHEN p.kind = 'bullet' THEN 1 END, p.lead_in, p.text,
          p.start_page, p.start_line, p.start_page, p.start_line
        FROM v4_paragraph p JOIN v4_document d ON d.id = p.document_id;

        INSERT INTO footnote (id, document_id, position, number, text, marker_context, section_position,
                              marker_page, marker_line, marker_offset)
        SELECT f.id, f.document_id, ROW_NUMBER() OVER (PARTITION BY f.document_id ORDER BY f.number, f.id) - 1,
          f.number, f.text, f.marker_context,
          \(section(of: "f", page: "marker_page", line: "marker_line")),
          f.marker_page, f.marker_line, CASE WHEN f.marker_page IS NOT NULL THEN COALESCE(f.marker_offset, 0) END
        FROM v4_footnote f;

        INSERT INTO url (document_id, position, url, footnote, link_text)
        SELECT document_id, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY id) - 1, url, footnote, link_text
        FROM v4_url;

        INSERT INTO recommendation (id, document_id, number, section_position, text, cue, strength, addressee,
                                    addressee_text, lead_in, start_page, start_line, end_page, end_line)
        SELECT r.id, r.document_id,
          CASE WHEN instr(r.rec_id, '#rec-') > 0 THEN CAST(substr(r.rec_id, instr(r.rec_id, '#rec-') + 5) AS INTEGER)
               ELSE r.position + 1 END,
          \(section(of: "r")), r.text, r.cue, r.strength, r.addressee, r.addressee_text, r.lead_in,
          r.start_page, r.start_line, r.start_page, r.start_line
        FROM v4_recommendation r;

        INSERT INTO reference (id, document_id, position, site_kind, site_footnote, site_section, type, organisation,
                               council, authors, title, subtitle, date, pages, url, series, raw, work_key)
        SELECT id, document_id, position,
          CASE WHEN note IS NOT NULL THEN 'footnote' WHEN list IS NOT NULL THEN 'list' ELSE 'body' END,
          note, CASE WHEN note IS NULL THEN list END,
          type, organisation, council, authors, title, subtitle, date, pages, url, series, raw, work_key
        FROM (SELECT r.*,
                CASE WHEN r.source GLOB 'footnote [0-9]*' THEN CAST(substr(r.source, 10) AS INTEGER) END AS note,
                (SELECT MAX(s.position) FROM v4_section s
                  WHERE s.document_id = r.document_id AND (s.title = r.source OR s.label = r.source)) AS list
              FROM v4_reference r);

        INSERT INTO question (document_id, position, number, text)
        SELECT document_id, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY number, id) - 1, number, text
        FROM v4_question;

        INSERT INTO answer (document_id, position, number, text_start, text)
        SELECT a.document_id, ROW_NUMBER() OVER (PARTITION BY a.document_id ORDER BY a.number, a.id) - 1, a.number,
          a.text_start,
          COALESCE((SELECT group_concat(text, ' ') FROM (
                      SELECT p.text FROM v4_paragraph p
                      WHERE p.document_id = a.document_id AND p.section_label = 'A.' || a.number ORDER BY p.position)),
                   a.text_start)
        FROM v4_answer a;

        INSERT INTO data_table (document_id, answer_position, position, label, caption, section_position, row_header,
                                column_labels, notes)
        SELECT t.document_id, a.position, ROW_NUMBER() OVER (PARTITION BY t.document_id, t.answer_number ORDER BY t.first) - 1,
          t.table_label, t.caption,
          (SELECT MIN(s.position) FROM v4_section s WHERE s.document_id = t.document_id
             AND s.label = 'A.' || t.answer_number || '.' || t.table_label),
          t.row_header,
          (SELECT json_group_array(column_label) FROM (
             SELECT column_label FROM v4_table_cell c
             WHERE c.document_id = t.document_id AND c.answer_number = t.answer_number AND c.table_label = t.table_label
               AND c.row_index = (SELECT MIN(row_index) FROM v4_table_cell m WHERE m.document_id = t.document_id
                                    AND m.answer_number = t.answer_number AND m.table_label = t.table_label)
             ORDER BY c.column_index)),
          (SELECT json_group_array(text) FROM (
             SELECT n.text FROM v4_table_note n
             WHERE n.document_id = t.document_id AND n.answer_number = t.answer_number AND n.table_label = t.table_label
             ORDER BY n.position))
        FROM (SELECT document_id, answer_number, table_label, caption, row_header, MIN(id) AS first
              FROM v4_table_cell GROUP BY document_id, answer_number, table_label) t
        JOIN (SELECT document_id, number, MIN(position) AS position FROM answer GROUP BY document_id, number) a
          ON a.document_id = t.document_id AND a.number = t.answer_number;

        INSERT INTO data_table_row (document_id, answer_position, table_position, position, label, cells)
        SELECT t.document_id, t.answer_position, t.position,
          ROW_NUMBER() OVER (PARTITION BY t.document_id, t.answer_position, t.position ORDER BY r.row_index) - 1,
          r.row_label,
          (SELECT json_group_array(value) FROM (
             SELECT c.value FROM v4_table_cell c
             WHERE c.document_id = t.document_id AND c.answer_number = a.number AND c.table_label = t.label
               AND c.row_index = r.row_index ORDER BY c.column_index))
        FROM data_table t
        JOIN answer a ON a.document_id = t.document_id AND a.position = t.answer_position
        JOIN (SELECT DISTINCT document_id, answer_number, table_label, row_index, row_label FROM v4_table_cell) r
          ON r.document_id = t.document_id AND r.answer_number = a.number AND r.table_label = t.label;

        INSERT INTO diagnostic (document_id, position, severity, code, message, page, line)
        SELECT document_id, ROW_NUMBER() OVER (PARTITION BY document_id ORDER BY id) - 1, severity, code, message,
          CASE WHEN line IS NOT NULL THEN page END, CASE WHEN page IS NOT NULL THEN line END
        FROM v4_diagnostic;

        INSERT INTO work (id, work_key, who, type, organisation, council, authors, title, subtitle, date, url, url_key,
                          series, document_id)
        SELECT id, work_key, who, type, organisation, council, authors, title, subtitle, date, url, url_key, series,
          document_id
        FROM v4_work;

        INSERT INTO citation (reference_id, work_id)
        SELECT reference_id, work_id FROM v4_citation WHERE reference_id IN (SELECT id FROM reference);
        """

    private static let indexes = """
        CREATE INDEX document_on_year ON document(year);
        CREATE INDEX document_on_url_key ON document(url_key);
        CREATE INDEX document_on_council ON document(council);
        CREATE INDEX document_on_vague_date ON document(id) WHERE length(date) < 4;
        CREATE INDEX footnote_on_number ON footnote(document_id, number);
        CREATE INDEX recommendation_on_addressee ON recommendation(addressee);
        CREATE INDEX reference_on_work_key ON reference(work_key);
        CREATE INDEX work_on_work_key ON work(work_key);
        CREATE INDEX work_on_who_date ON work(who, date);
        CREATE INDEX work_on_url_key ON work(url_key);
        CREATE INDEX work_on_year ON work(year);
        CREATE INDEX work_on_document_id ON work(document_id);
        CREATE INDEX work_on_vague_date ON work(id) WHERE length(date) < 4;
        CREATE INDEX citation_on_work_id ON citation(work_id);
        """
}
