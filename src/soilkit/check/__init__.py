"""Document QA for `soilkit check`: one rule per module, each a function
`check(doc, text) -> list[Finding]` over the extracted document (as a plain dict) and its
`SourceText`. Authors and secretariats run it in CI before a document is published."""

from __future__ import annotations

from typing import Any

from soilkit.check import (
    broken_urls,
    footnote_markers,
    footnotes_uncited,
    malformed_references,
    paragraph_numbering,
)
from soilkit.check.finding import FINDINGS_SCHEMA, Finding, SourceText

# Rule id → module; the order findings are reported in within one file is by position.
RULES = {
    footnote_markers.RULE: footnote_markers,
    footnotes_uncited.RULE: footnotes_uncited,
    paragraph_numbering.RULE: paragraph_numbering,
    malformed_references.RULE: malformed_references,
    broken_urls.RULE: broken_urls,
}


def run_checks(doc: dict[str, Any], text: SourceText, file: str,
               rules: list[str] | None = None) -> list[dict[str, Any]]:
    found: list[Finding] = []
    for rule_id, module in RULES.items():
        if rules and rule_id not in rules:
            continue
        found.extend(module.check(doc, text))
    found.sort(key=lambda f: (f.line or 0, f.page or 0, f.rule, f.message))
    return [f.to_dict(file) for f in found]


__all__ = ["FINDINGS_SCHEMA", "RULES", "Finding", "SourceText", "run_checks"]
