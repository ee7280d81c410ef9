"""`make lint`: fail when a line of the given templates is longer than 200 characters.

djlint's `max_line_length` only guides its formatter: its linter has no rule for it. Break a long
line between tags or at a space that is already there, and wrap a long sentence in
`{% blocktranslate trimmed %}` so that its msgid stays the same.

Usage: python scripts/check_template_lines.py $(git ls-files '*.html')
"""

import sys

LIMIT = 200


def long_lines(path):
    with open(path, encoding="utf-8") as template:
        for number, line in enumerate(template, start=1):
            length = len(line.rstrip("\n"))
            if length > LIMIT:
                yield number, length


def main(paths):
    found = 0
    for path in paths:
        for number, length in long_lines(path):
            print(f"{path}:{number}: {length} characters (at most {LIMIT})")
            found += 1
    if found:
        print(f"{found} template line(s) over {LIMIT} characters", file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
