#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Parses every .html file under a folder with html5lib, as a browser would, and prints one line per
parse error html5lib collects ("page: line L, column C: error"). Exits 0 when it could parse them all (errors or not),
2 when html5lib is missing (Debian: python3-html5lib)."""
import pathlib
import sys

try:
    import html5lib
except ImportError:
    print("html5lib is not installed (apt install python3-html5lib)", file=sys.stderr)
    sys.exit(2)

root = pathlib.Path(sys.argv[1])
for page in sorted(root.rglob("*.html")):
    # Not strict: strict stops at the first error; every error is collected in parser.errors.
    parser = html5lib.HTMLParser(strict=False, namespaceHTMLElements=False)
    with open(page, "rb") as f:
        parser.parse(f, transport_encoding="utf-8")
    for position, code, data in parser.errors:
        line, column = position
        print(f"{page.relative_to(root)}: line {line}, column {column}: {code} {data or ''}".rstrip())
