#!/usr/bin/env python3
"""The Lighthouse table of issue 15: mobile scores of five page kinds in Spanish and Kreyòl.

Run it against the seeded demo served as in production (DEBUG off, WhiteNoise); docs/lighthouse.md
says how to start one. Lighthouse comes from npm (`npm install --prefix /tmp/lh lighthouse`) and
drives Debian's Chromium. Not part of CI: installing Lighthouse needs the network.

    scripts/lighthouse.py --base http://127.0.0.1:8765 [--lighthouse /tmp/lh/node_modules/.bin/lighthouse]

Runs each page --runs times (3) and keeps the median run by Performance, since a shared machine's
load moves that score. Prints a Markdown table (page × language × the four scores) and keeps each
report's JSON in --out. Exits 1 when a score is under the issue's targets (Performance 95, the others 100).
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

# The demo's pages (home/management/commands/seed_demo.py), by kind and language.
PAGES = [
    ("Home", "es", "/es/"),
    ("Home", "ht", "/ht/"),
    ("Guide", "es", "/es/guias/asilo-y-refugio/"),
    ("Guide", "ht", "/ht/gid-legal/azil-ak-refijye/"),
    ("Course", "es", "/es/cursos/barista/"),
    ("Course", "ht", "/ht/kou/barista-pwofesyonel/"),
    ("Event", "es", "/es/comunidad/eventos/taller-que-necesita-tu-barrio/"),
    ("Event", "ht", "/ht/kominote/aktivite/atelye-bezwen-katye-a/"),
    ("Glossary", "es", "/es/glosario/"),
    ("Glossary", "ht", "/ht/glose/"),
]
CATEGORIES = [
    ("performance", "Performance", 95),
    ("accessibility", "Accessibility", 100),
    ("best-practices", "Best Practices", 100),
    ("seo", "SEO", 100),
]
CHROME_FLAGS = (
    "--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run "
    "--disable-background-networking --disable-component-update --disable-sync"
)
LIGHTHOUSE = "/tmp/lh/node_modules/.bin/lighthouse"  # noqa: S108 - where the doc installs it
ATTEMPTS = 3  # Lighthouse sometimes fails to record the trace (NO_NAVSTART): run it again


def run(lighthouse, url, output):
    for _ in range(ATTEMPTS):
        subprocess.run(  # noqa: S603
            [
                lighthouse,
                url,
                "--form-factor=mobile",
                f"--chrome-flags={CHROME_FLAGS}",
                "--output=json",
                f"--output-path={output}",
                "--quiet",
            ],
            env={**os.environ, "CHROME_PATH": os.environ.get("CHROME_PATH", "/usr/bin/chromium")},
            check=False,
        )
        report = json.loads(output.read_text()) if output.exists() else {}
        scores = {
            key: (report.get("categories", {}).get(key) or {}).get("score")
            for key, *_ in CATEGORIES
        }
        if not report.get("runtimeError") and None not in scores.values():
            return report, scores
    return report, scores


def below_target(report):
    """The audits that cost points, for the reader to fix."""
    failing = []
    for key, _label, _target in CATEGORIES:
        for ref in report["categories"][key]["auditRefs"]:
            audit = report["audits"][ref["id"]]
            if ref["weight"] and audit.get("score") is not None and audit["score"] < 1:
                failing.append(f"{key}: {ref['id']} {audit.get('displayValue', '')}".strip())
    return failing


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", default="http://127.0.0.1:8765")
    parser.add_argument("--lighthouse", default=LIGHTHOUSE)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "lighthouse")
    parser.add_argument("--runs", type=int, default=3, help="runs per page; the median is kept")
    parser.add_argument("--only", nargs="*", help="page kinds to run, e.g. guide glossary")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    rows, notes, ok = [], [], True
    pages = [
        page for page in PAGES if not args.only or page[0].lower() in map(str.lower, args.only)
    ]
    for kind, language, path in pages:
        results = []
        for attempt in range(args.runs):
            output = args.out / f"{kind.lower()}-{language}-{attempt + 1}.json"
            output.unlink(missing_ok=True)
            results.append(run(args.lighthouse, args.base.rstrip("/") + path, output))
        # The median run by Performance, the score that moves with the machine's load.
        results.sort(key=lambda result: result[1]["performance"] or 0)
        report, scores = results[len(results) // 2]
        cells = []
        for key, _label, target in CATEGORIES:
            score = scores[key]
            value = None if score is None else round(score * 100)
            ok = ok and value is not None and value >= target
            cells.append("error" if value is None else str(value))
        rows.append(f"| {kind} | {language} | `{path}` | " + " | ".join(cells) + " |")
        if report.get("categories"):
            notes.extend(f"{kind} {language}: {line}" for line in below_target(report))
        print(rows[-1], file=sys.stderr)

    print("| Page | Language | Path | " + " | ".join(label for _, label, _ in CATEGORIES) + " |")
    print("|---|---|---|" + "---:|" * len(CATEGORIES))
    print("\n".join(rows))
    if notes:
        print("\nAudits below 1:\n" + "\n".join(f"- {note}" for note in notes))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
