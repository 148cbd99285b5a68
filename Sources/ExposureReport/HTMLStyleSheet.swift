/// The HTML report's only style sheet, inlined: the report is one file with no external assets.
///
/// Phones first (one column, 16 px or more, long URLs wrap), wider screens get a grid of kit
/// cards; print drops colours' backgrounds and keeps cards and items whole on a page.
enum HTMLStyleSheet {
    static let css = """
        :root { color-scheme: light; --ink: #1f2328; --muted: #57606a; --line: #d0d7de; --paper: #ffffff;
          --critical: #82071e; --high: #cf222e; --medium: #9a6700; --low: #0969da; --info: #57606a; }
        * { box-sizing: border-box; }
        html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
        body { margin: 0; color: var(--ink); background: #f6f8fa; font-family: system-ui, -apple-system, "Segoe UI",
          Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif; font-size: max(16px, 1rem); line-height: 1.5; }
        header, main, body > footer { max-width: 64rem; margin: 0 auto; padding: 0 1rem; }
        header { padding-top: 1.5rem; }
        h1 { font-size: 1.6rem; line-height: 1.25; margin: 0 0 .25rem; }
        h2 { font-size: 1.3rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
        h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
        p { margin: .4rem 0; }
        a { color: var(--low); }
        a, code, q, dd, li { overflow-wrap: anywhere; }
        code { font-family: ui-monospace, "SFMono-Regular", "DejaVu Sans Mono", Menlo, monospace; font-size: .85em;
          color: var(--muted); }
        .subject { font-size: 1.15rem; color: var(--muted); margin: 0; }
        .facts { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 0; }
        .facts dt { font-weight: 600; }
        .facts dd { margin: 0; }
        .warning { border-left: 4px solid var(--critical); background: #ffebe9; padding: .5rem .75rem; font-weight: 600; }
        .sev { display: inline-block; min-width: 5.5em; padding: 0 .4em; border-radius: .3em; color: #fff;
          font-size: .8rem; font-weight: 700; text-align: center; text-transform: uppercase; vertical-align: .1em; }
        .sev.critical { background: var(--critical); } .sev.high { background: var(--high); }
        .sev.medium { background: var(--medium); } .sev.low { background: var(--low); }
        .sev.info, .sev.general { background: var(--info); }
        .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(19rem, 1fr)); gap: 1rem; }
        .card { background: var(--paper); border: 1px solid var(--line); border-top: 5px solid var(--info);
          border-radius: .5rem; padding: .75rem 1rem; }
        .card.critical { border-top-color: var(--critical); } .card.high { border-top-color: var(--high); }
        .card.medium { border-top-color: var(--medium); } .card.low { border-top-color: var(--low); }
        .card h3 { margin: 0 0 .5rem; }
        .card small, .muted { color: var(--muted); font-weight: 400; }
        .kit { list-style: none; padding: 0; margin: .5rem 0; }
        .kit li { padding: .3rem 0 .3rem 1.6rem; position: relative; border-top: 1px solid #eaeef2; }
        .kit li::before { content: "○"; position: absolute; left: .2rem; color: var(--muted); }
        .kit li.exposed::before { content: "●"; color: var(--high); }
        .whole-kit { color: var(--critical); font-weight: 600; }
        .items { padding-left: 1.5rem; }
        .items > li, .finding { background: var(--paper); border: 1px solid var(--line); border-radius: .5rem;
          padding: .5rem .75rem; margin: 0 0 .75rem; }
        .finding { list-style: none; }
        .findings { padding: 0; }
        blockquote { margin: .5rem 0; padding: .25rem .75rem; border-left: 3px solid var(--line); color: #32383f; }
        blockquote footer { font-size: .9rem; color: var(--muted); }
        .evidence { padding-left: 1.2rem; margin: .25rem 0; }
        .evidence q { display: block; color: #32383f; }
        body > footer { color: var(--muted); font-size: .9rem; padding-top: 1rem; padding-bottom: 2rem; }
        @media (max-width: 30rem) {
          .facts { grid-template-columns: 1fr; } .facts dd { margin-bottom: .4rem; }
          .items { padding-left: 1.1rem; }
        }
        @media print {
          body { background: #fff; font-size: 11pt; }
          header, main, body > footer { max-width: none; padding: 0; }
          .card, .items > li, .finding { break-inside: avoid; border-color: #999; }
          h2, h3 { break-after: avoid; }
          .sev { color: #000; background: none !important; border: 1px solid #000; }
          a { color: inherit; text-decoration: none; }
        }
        """
}
