"""GitHub Actions workflow commands: `::error file=…,line=…,title=…::message` per finding,
shown by GitHub as annotations on the pull request's files."""

from __future__ import annotations

from typing import Any


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: dict[str, Any]) -> str:
    level = "error" if finding.get("severity") == "error" else "warning"
    props = [f"file={_escape_property(str(finding['file']))}"]
    if finding.get("line"):
        props.append(f"line={int(finding['line'])}")
    title = finding["rule"]
    if finding.get("page"):
        title += f" (page {finding['page']})"
    props.append(f"title={_escape_property(title)}")
    return f"::{level} {','.join(props)}::{_escape_data(finding['message'])}\n"


def error_annotation(file: str, cause: str) -> str:
    return f"::error file={_escape_property(file)},title=soilkit::{_escape_data(cause)}\n"
