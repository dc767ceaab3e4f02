/// The app's only asset, embedded so that the binary serves it wherever it runs and no file
/// is ever read from disk for a request. Plain CSS: readable at 1366 px and at 390 px.
enum Stylesheet {
    static let css = """
    :root { --ink: #1f2328; --muted: #5b6270; --line: #dedbd2; --paper: #fbfaf7; --card: #ffffff; --accent: #1d4ed8;
            --urges: #991b1b; --asks: #dc2626; --proposes: #b45309; --normative: #0e7490; --soft: #64748b; }
    * { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; background: var(--paper); color: var(--ink); font: 16px/1.55 system-ui, -apple-system, "Segoe UI", sans-serif; }
    a { color: var(--accent); text-underline-offset: 2px; }
    a:visited { color: #5b21b6; }
    header.top { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1.25rem; padding: .6rem 1.25rem;
                 background: #20242c; color: #fff; }
    header.top a { color: #fff; text-decoration: none; }
    header.top .brand { font-weight: 700; font-size: 1.15rem; letter-spacing: .02em; }
    header.top form { display: flex; flex: 1 1 18rem; max-width: 34rem; gap: .4rem; }
    header.top input { flex: 1; min-width: 0; }
    nav#nav { display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
    nav#nav a { opacity: .9; } nav#nav a:hover { opacity: 1; text-decoration: underline; }
    main { max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem 3rem; }
    footer { max-width: 76rem; margin: 0 auto; padding: 1rem 1.25rem 2rem; color: var(--muted); font-size: .85rem; }
    h1 { font-size: 1.6rem; line-height: 1.25; margin: .6rem 0 .4rem; }
    h2 { font-size: 1.25rem; margin: 1.6rem 0 .5rem; }
    h3, h4, h5, h6 { font-size: 1.05rem; margin: 1.2rem 0 .4rem; }
    .subtitle { color: var(--muted); margin-top: 0; }
    input, select, button { font: inherit; padding: .35rem .5rem; border: 1px solid #b9b5aa; border-radius: 4px; background: #fff; color: var(--ink); }
    button { background: var(--accent); border-color: var(--accent); color: #fff; cursor: pointer; }
    form.filters { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: .6rem .9rem; align-items: end;
                   background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .8rem; margin: .6rem 0 1rem; }
    form.filters label { display: flex; flex-direction: column; font-size: .85rem; color: var(--muted); gap: .15rem; min-width: 0; }
    form.filters input, form.filters select { width: 100%; min-width: 0; }
    details.filters-box > summary { cursor: pointer; color: var(--muted); margin: .3rem 0; }
    form.filters .wide { grid-column: 1 / -1; }
    .layout { display: grid; grid-template-columns: 15rem minmax(0, 1fr); gap: 1.5rem; }
    aside.facets { font-size: .9rem; }
    aside.facets h3 { font-size: .8rem; text-transform: uppercase; letter-spacing: .06em; color: var(--muted); margin: 1rem 0 .3rem; }
    aside.facets ul { list-style: none; margin: 0; padding: 0; }
    aside.facets li { display: flex; justify-content: space-between; gap: .5rem; padding: .1rem 0; }
    aside.facets li.selected a { font-weight: 700; }
    aside.facets .count { color: var(--muted); font-variant-numeric: tabular-nums; }
    .summary { color: var(--muted); margin: .3rem 0 .8rem; }
    ol.hits { list-style: none; padding: 0; margin: 0; }
    ol.hits > li, .card { background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .7rem .9rem; margin: 0 0 .7rem; }
    .meta { color: var(--muted); font-size: .85rem; display: flex; flex-wrap: wrap; gap: .1rem .8rem; }
    .meta a, .meta span { overflow-wrap: anywhere; }
    .card h2 { margin-top: 0; }
    blockquote { margin: .3rem 0 .6rem 1rem; color: #374151; }
    .hit-title { font-weight: 600; }
    mark { background: #fde68a; color: inherit; padding: 0 .1em; border-radius: 2px; }
    .pager { display: flex; gap: 1rem; align-items: center; margin: 1rem 0; }
    .chips { display: flex; flex-wrap: wrap; gap: .4rem; margin: .2rem 0 .8rem; }
    .chip { border: 1px solid var(--line); background: var(--card); border-radius: 999px; padding: .05rem .6rem; font-size: .85rem; }
    .tag { display: inline-block; font-size: .75rem; font-weight: 600; text-transform: uppercase; letter-spacing: .03em;
           border-radius: 3px; padding: 0 .35rem; color: #fff; background: var(--soft); }
    .tag.urges { background: var(--urges); } .tag.asks { background: var(--asks); } .tag.proposes { background: var(--proposes); }
    .tag.normative { background: var(--normative); } .tag.soft { background: var(--soft); }
    .doc { display: grid; grid-template-columns: 16rem minmax(0, 1fr); gap: 2rem; }
    .doc aside { position: sticky; top: .5rem; align-self: start; max-height: 96vh; overflow: auto; font-size: .88rem; }
    ol.outline { list-style: none; padding-left: 0; margin: .3rem 0; } ol.outline ol { list-style: none; padding-left: 1rem; }
    ol.outline li { margin: .15rem 0; }
    details.toc { display: none; }
    dl.facts { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: .15rem 1rem; margin: .5rem 0 1rem; }
    dl.facts dt { color: var(--muted); } dl.facts dd { margin: 0; overflow-wrap: anywhere; }
    .text p { margin: .5rem 0; max-width: 46rem; }
    .text p.bullet { padding-left: 1.2rem; position: relative; }
    .text p.bullet::before { content: "•"; position: absolute; left: .35rem; color: var(--muted); }
    .text p.depth-2 { margin-left: 1.2rem; } .text p.depth-3 { margin-left: 2.4rem; } .text p.depth-4 { margin-left: 3.6rem; }
    .text p.answer { border-left: 3px solid #86efac; padding-left: .7rem; }
    mark.rec { background: #fef3c7; border-bottom: 2px solid var(--soft); }
    mark.rec.urges { background: #fee2e2; border-color: var(--urges); } mark.rec.asks { background: #ffe4e6; border-color: var(--asks); }
    mark.rec.proposes { background: #fef3c7; border-color: var(--proposes); }
    mark.rec.normative { background: #cffafe; border-color: var(--normative); } mark.rec.soft { background: #f1f5f9; border-color: var(--soft); }
    a.rec-tag { font-size: .72rem; font-weight: 600; margin-left: .3rem; padding: 0 .3rem; border-radius: 3px; color: #fff;
                background: var(--soft); text-decoration: none; white-space: nowrap; vertical-align: 1px; }
    a.rec-tag.urges { background: var(--urges); } a.rec-tag.asks { background: var(--asks); } a.rec-tag.proposes { background: var(--proposes); }
    a.rec-tag.normative { background: var(--normative); }
    sup.fn a { text-decoration: none; font-weight: 700; padding: 0 .15em; }
    :target { scroll-margin-top: 1rem; }
    li:target, mark:target, .card:target { outline: 3px solid #f59e0b; outline-offset: 2px; }
    ol.notes { font-size: .9rem; padding-left: 1.6rem; } ol.notes li { margin: .3rem 0; overflow-wrap: anywhere; }
    ul.diagnostics { font-size: .88rem; padding-left: 1rem; } ul.diagnostics .tag { background: #6b7280; }
    ul.diagnostics li.warning .tag { background: #b45309; } ul.diagnostics li.error .tag { background: #b91c1c; }
    .table { overflow-x: auto; margin: .8rem 0; }
    table { border-collapse: collapse; font-size: .88rem; background: var(--card); }
    th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
    td { text-align: right; font-variant-numeric: tabular-nums; }
    table.list td { text-align: left; }
    .figure { overflow-x: auto; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .5rem; margin: .6rem 0 1rem; }
    .figure svg { display: block; max-width: none; height: auto; }
    .figure.fit svg { max-width: 100%; }
    svg a:hover rect, svg a:hover circle, svg a:hover polygon { stroke: #000; stroke-width: 2; }
    svg path.link:hover { stroke-opacity: 1; stroke-width: 3; }
    .downloads { display: flex; flex-wrap: wrap; gap: .3rem .8rem; font-size: .9rem; }
    .error-page p.reason { font-size: 1.1rem; background: #fff4f4; border: 1px solid #f1c4c4; border-radius: 6px; padding: .7rem .9rem; }
    .muted { color: var(--muted); }
    code { font-size: .88em; background: #f0eee8; padding: 0 .25em; border-radius: 3px; overflow-wrap: anywhere; }
    @media (max-width: 760px) {
      body { font-size: 15px; }
      header.top { padding: .5rem .75rem; }
      header.top form { order: 3; flex-basis: 100%; max-width: none; }
      main { padding: .6rem .75rem 2rem; }
      .layout, .doc { grid-template-columns: minmax(0, 1fr); gap: .5rem; }
      .doc aside { display: none; }
      details.toc { display: block; background: var(--card); border: 1px solid var(--line); border-radius: 6px; padding: .4rem .7rem; }
      details.toc > summary { cursor: pointer; font-weight: 600; }
      .layout > aside.facets { order: 2; border-top: 1px solid var(--line); }
      aside.facets { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1rem; }
      aside.facets h3 { margin-top: .6rem; }
      form.filters { grid-template-columns: 1fr 1fr; }
      h1 { font-size: 1.3rem; }
    }
    """
}
