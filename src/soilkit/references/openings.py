"""Which characters a series' regular expression can begin a match with.

Most candidate starts begin no reference ('in document A/79/…' yields starts at 'in',
'document' and 'A'), and a regex tried where its first character cannot match fails at once.
So the parser tries at a start only the series that can begin with the character there, in
table order: the first of them that matches is the one the alternation of every series would
have chosen, for a fraction of the cost.

The answer must never be too narrow (a series left out would be a reference lost), so
anything not understood below counts as "can begin with any character".

It reads the pattern with `re._parser`, the standard library's own parser (a private module,
present from Python 3.11 on); where it is missing, every series is tried everywhere.
"""

from __future__ import annotations

from collections.abc import Callable

try:
    from re import _constants as C
    from re import _parser
except ImportError:  # pragma: no cover - another Python's internals
    _parser = None

# An item list of the parser's IN form, [(opcode, argument), …], that a character must satisfy.
Test = list[tuple[object, object]]
_ANY = None


def opener(pattern: str) -> Callable[[str], bool]:
    """A predicate: can a match of pattern begin with this character?"""
    tests = _first_tests(pattern)
    if tests is _ANY:
        return lambda ch: True
    return lambda ch: any(_satisfies(ch, test) for test in tests)


def _first_tests(pattern: str) -> list[Test] | None:
    if _parser is None:
        return _ANY
    try:
        tree = _parser.parse(pattern)
    except Exception:  # noqa: BLE001 - the regex compiles elsewhere; here it only costs speed
        return _ANY
    if tree.state.flags & C.SRE_FLAG_IGNORECASE:
        return _ANY
    tests, can_be_empty = _sequence(list(tree))
    # A pattern that can match the empty string begins with no character at all.
    return _ANY if can_be_empty else tests


def _sequence(items) -> tuple[list[Test] | None, bool]:
    """(tests for the first character, whether the sequence can match the empty string)."""
    tests: list[Test] = []
    for op, av in items:
        first, can_be_empty = _item(op, av)
        if first is _ANY:
            return _ANY, False
        tests.extend(first)
        if not can_be_empty:
            return tests, False
    return tests, True


def _item(op, av) -> tuple[list[Test] | None, bool]:
    if op is C.LITERAL:
        return [[(C.LITERAL, av)]], False
    if op is C.IN:
        return [av], False
    if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
        # Zero-width: a lookaround or an anchor narrows where a match begins, never widens it,
        # so passing over it can only admit more characters.
        return [], True
    if op is C.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & C.SRE_FLAG_IGNORECASE:
            return _ANY, False
        return _sequence(sub)
    if op is C.ATOMIC_GROUP:
        return _sequence(av)
    if op is C.BRANCH:
        tests: list[Test] = []
        can_be_empty = False
        for sub in av[1]:
            first, empty = _sequence(sub)
            if first is _ANY:
                return _ANY, False
            tests.extend(first)
            can_be_empty = can_be_empty or empty
        return tests, can_be_empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        least, _most, sub = av
        first, empty = _sequence(sub)
        if first is _ANY:
            return _ANY, False
        return first, empty or least == 0
    return _ANY, False


def _satisfies(ch: str, test: Test) -> bool:
    code = ord(ch)
    negate = hit = False
    for op, av in test:
        if op is C.NEGATE:
            negate = True
        elif op is C.LITERAL:
            hit = hit or code == av
        elif op is C.RANGE:
            hit = hit or av[0] <= code <= av[1]
        elif op is C.CATEGORY and av is C.CATEGORY_DIGIT:
            hit = hit or ch.isdecimal()  # \d of a str pattern: any Unicode decimal digit
        elif op is C.CATEGORY and av is C.CATEGORY_WORD:
            hit = hit or ch.isalnum() or ch == "_"
        else:
            return True
    return hit != negate
