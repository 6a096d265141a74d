"""A long text tries a phrase union only near its alternatives' rarest words: the literals
each match must hold (:mod:`suivi_templates.checks.literals`) and the sparse search that
uses them (:mod:`suivi_templates.checks.sparse`) find exactly the matches of a full pass."""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterator

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates.checks import anchors, sparse
from suivi_templates.checks.literals import Branches, Choice, Literal, choice_of
from suivi_templates.checks.text import fold, phrases

for module in ("generic", "pushy", "style", "insistence", "foreign_name", "ruledata"):
    importlib.import_module(f"suivi_templates.checks.{module}")
from suivi_templates.checks.ruledata import load_family  # noqa: E402

for locale in ("fr_CA", "fr_FR"):
    for rule in load_family("pushy", locale):
        _ = rule.pattern  # compile (and register) every data rule

_UNIONS = sorted(
    (pattern for pattern, _ in anchors._BODIES.values() if anchors._index(pattern).scanner),
    key=lambda pattern: pattern.pattern,
)
_WORDS = sorted(
    {
        n.word
        for p in _UNIONS
        for body in anchors._BODIES[id(p)][1]
        for n in choice_of(body, 0).needs
        if isinstance(n, Literal)
    }
    | set("je vous j'ai au plus vite d'ici pour la deuxieme fois ! , . ' - # 12 x".split())
)


def _holds(choice: Choice, match: re.Match[str]) -> bool:
    """True when ``match`` holds each of ``choice``'s needs, each within its distance."""
    return all(_need_held(need, match) for need in choice.needs)


def _need_held(need: Literal | Branches, match: re.Match[str]) -> bool:
    if isinstance(need, Literal):
        start, end = match.span()
        return (
            match.string.find(need.word, start, min(end, start + need.before + len(need.word))) >= 0
        )
    return any(_holds(branch, match) for branch in need.branches)


_PIECES = [*"  '-,.#", "pour", "la", "deuxieme", "troisieme", "fois", "j'ai", "je", "vu", "que"]
_PIECES += ["vois", "l'", "une", "autre", "offre", "entreprise", "vous", "aviez", "promis"]
_ALTERNATIVES = [
    "pour la (?:deuxieme|troisieme) fois",
    "(?:j'ai vu|je vois) que",
    "(?:une|l') ?autre (?:offre|entreprise)",
    "vous (?:m'|me )?aviez (?:pourtant )?promis",
]


@settings(max_examples=400)
@given(st.sampled_from(_ALTERNATIVES), st.lists(st.sampled_from(_PIECES), max_size=30))
def test_every_match_holds_each_need_within_its_distance(
    alternative: str, words: list[str]
) -> None:
    pattern = phrases(alternative)
    (body,) = anchors._BODIES[id(pattern)][1]
    choice = choice_of(body, pattern.flags)
    assert choice.needs
    text = " ".join(words)
    for match in pattern.finditer(text):
        assert _holds(choice, match)


def test_a_prefix_the_parser_moved_out_of_the_branches_goes_back_in() -> None:
    (need,) = [
        n for n in choice_of("(?:j'ai[ ]vu|je[ ]vois)[ ]que", 0).needs if isinstance(n, Branches)
    ]
    firsts = [
        [(n.word, n.before) for n in b.needs if isinstance(n, Literal)] for b in need.branches
    ]
    assert firsts == [[("j'ai", 0), ("ai", 2), ("vu", 5)], [("je", 0), ("vois", 3)]]


def test_a_pattern_read_without_case_has_no_need() -> None:
    assert choice_of("urgent", re.IGNORECASE).needs == ()


def test_overlapping_occurrences_are_all_found() -> None:
    assert sparse._occurrences("nenene nene", "nene") == [0, 2, 7]
    assert sparse._occurrences("vous, vous", "vous") == [0, 6]


def _bodies(union: re.Pattern[str]) -> list[tuple[str, int]]:
    index = anchors._index(union)
    assert index.alternatives is not None
    return [part.source for part in index.alternatives.parts]


def _sparse(union: re.Pattern[str], text: str) -> Iterator[re.Match[str]] | None:
    scanner = anchors._index(union).scanner
    assert scanner is not None
    return sparse.sparse_matches(union, scanner, _bodies(union), text)


_FIRES = sorted(
    {
        fold(example)
        for family in ("pushy", "generic")
        for locale in ("fr_CA", "fr_FR")
        for rule in load_family(family, locale)
        for example in rule.fires
    }
)
_FIRING = {id(union): [f for f in _FIRES if union.search(f)] or _FIRES for union in _UNIONS}
"""The examples where each union matches: texts made of them hold many matches."""


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_UNIONS), st.data())
def test_the_sparse_search_finds_exactly_the_matches_of_a_full_pass(
    union: re.Pattern[str], data: st.DataObject
) -> None:
    parts = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_FIRING[id(union)]))
    # Filler makes the union's words rare: the sparse search is then cheaper than a pass.
    text = " zz" * 2000 + " ".join(data.draw(st.lists(parts, max_size=300)))
    found = _sparse(union, text)
    if found is not None:
        assert [(m.span(), m.group()) for m in found] == [
            (m.span(), m.group()) for m in union.finditer(text)
        ]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_UNIONS), st.data())
def test_a_union_split_into_heavy_and_light_alternatives_finds_exactly_its_matches(
    union: re.Pattern[str], data: st.DataObject
) -> None:
    # Any alternatives may be left to their own pass, the others searched near their words.
    parts = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_FIRING[id(union)]))
    text = " ".join(data.draw(st.lists(parts, max_size=300)))
    index = anchors._index(union)
    assert index.alternatives is not None
    assert index.scanner is not None
    bodies = [part.source for part in index.alternatives.parts]
    heavy = data.draw(st.sets(st.sampled_from(range(len(bodies)))))
    plan = sparse._Plan(sparse._read(text))
    for number, (body, flags) in enumerate(bodies):
        if number not in heavy:
            plan.take(sparse._choice(body, flags))
    heavy_bodies = [bodies[number][0] for number in sorted(heavy)]
    # Either separator class: the spelled-out one holds the same characters (test_plane).
    openings = sparse._openings(tuple(bodies), data.draw(st.booleans()))
    found = sparse._split_matches(union, index.scanner, openings, heavy_bodies, plan.chosen, text)
    assert [(m.span(), m.group()) for m in found] == [
        (m.span(), m.group()) for m in union.finditer(text)
    ]


@settings(max_examples=200, deadline=None)
@given(st.sampled_from(_UNIONS), st.sampled_from(_UNIONS), st.data())
def test_a_union_that_shares_the_pass_of_its_heavy_alternatives_finds_exactly_its_matches(
    union: re.Pattern[str], other: re.Pattern[str], data: st.DataObject
) -> None:
    # The pass also finds where the other union's heavy alternatives match (other places).
    parts = st.one_of(
        st.sampled_from(_WORDS),
        st.sampled_from(_FIRING[id(union)]),
        st.sampled_from(_FIRING[id(other)]),
    )
    text = " ".join(data.draw(st.lists(parts, max_size=300)))
    bodies, others = _bodies(union), _bodies(other)
    heavy = data.draw(st.sets(st.sampled_from(range(len(bodies))), min_size=1))
    plan = sparse._Plan(sparse._read(text))
    for number, (body, flags) in enumerate(bodies):
        if number not in heavy:
            plan.take(sparse._choice(body, flags))
    heavy_bodies = [bodies[number][0] for number in sorted(heavy)]
    shared = [*heavy_bodies, *data.draw(st.sets(st.sampled_from([b for b, _ in others])))]
    rest = sparse._rest(tuple(shared), union.flags, data.draw(st.booleans()))
    starts = list(sparse._every_start(*rest, text))
    sparse._read(text).remember_pass(shared, union.flags, starts)
    index = anchors._index(union)
    assert index.scanner is not None
    # Either separator class: the spelled-out one holds the same characters (test_plane).
    openings = sparse._openings(tuple(bodies), data.draw(st.booleans()))
    found = sparse._split_matches(union, index.scanner, openings, heavy_bodies, plan.chosen, text)
    assert [(m.span(), m.group()) for m in found] == [
        (m.span(), m.group()) for m in union.finditer(text)
    ]


def test_unions_that_read_one_text_share_one_pass_of_their_heavy_alternatives() -> None:
    first = phrases("pour la (?:deuxieme|troisieme) fois", "vous (?:pensez|croyez) que")
    second = phrases("encore (?:merci|bravo)", "pensez que")
    texts = [f"pour la deuxieme fois, encore {w}, " + "vous pensez que " * 3000 for w in "ab"]
    # The second union left an alternative to a pass on an earlier text: the first union's
    # pass on the next text is made for both.
    assert _sparse(second, texts[0]) is not None
    found = {union: _sparse(union, texts[1]) for union in (first, second)}
    [(_, bodies, _)] = sparse._read(texts[1])._passes
    assert len(bodies) == 2
    for union, matches in found.items():
        assert matches is not None
        assert [m.span() for m in matches] == [m.span() for m in union.finditer(texts[1])]


def test_heavy_alternatives_are_left_to_a_pass_of_their_own() -> None:
    # Every word of the second alternative is everywhere: a pass finds it for less.
    union = phrases("pour la (?:deuxieme|troisieme) fois", "vous (?:pensez|croyez) que")
    text = "pour la deuxieme fois, " + "vous pensez que " * 3000
    bodies = [part.source for part in anchors._index(union).alternatives.parts]
    choices = [sparse._choice(body, flags) for body, flags in bodies]
    needed = sparse._needed(choices, sparse._read(text))
    assert needed is not None
    assert needed[1] == [1]
    found = _sparse(union, text)
    assert found is not None
    assert [m.group() for m in found] == ["pour la deuxieme fois"] + ["vous pensez que"] * 3000


def test_a_first_word_past_the_end_of_a_range_is_read_whole() -> None:
    # The separator just before the range's end opens a word that goes on past it.
    union = phrases("(?:un )?retard")
    index = anchors._index(union)
    assert index.alternatives is not None
    assert index.scanner is not None
    bodies = tuple(part.source for part in index.alternatives.parts)
    text = "bonjour, retard, bonjour"
    end = text.index("retard")
    for bmp in (False, True):
        openings = sparse._openings(bodies, bmp)
        found = sparse._in_ranges(union, index.scanner, openings, text, [(end - 3, end)])
        assert list(found) == [end]


def test_a_union_that_may_start_with_a_digit_is_tried_before_digits_and_its_words() -> None:
    union = phrases("(?:deux|\\d{1,2}) fois")
    scanner = anchors._index(union).scanner
    assert scanner is not None
    text = "bonjour, 12 fois, deux fois, trois fois, x3 fois"
    for bmp in (False, True):
        openings = sparse._openings(tuple(_bodies(union)), bmp)
        assert list(sparse._in_ranges(union, scanner, openings, text, [(0, len(text))])) == [9, 18]


@settings(max_examples=200, deadline=None)
@given(
    st.text(alphabet="ae? '«œ–\u0101", max_size=40),
    st.text(alphabet="ae? '«œ–\u0101", min_size=1, max_size=3),
)
def test_a_word_lies_where_it_lies_in_the_text_past_latin_1(text: str, word: str) -> None:
    # Looked up in the Latin-1 copy when it can be: the places must be those of the text.
    assert sparse._Text(text).places(word) == sparse._occurrences(text, word)


def test_a_long_text_with_rare_words_is_searched_sparsely() -> None:
    union = phrases("pour la (?:deuxieme|troisieme) fois", "(?:j'ai vu|je vois) que")
    text = "merci pour la deuxieme fois. " + "bonjour " * 2000 + "je vois que, j'ai vu que"
    found = _sparse(union, text)
    assert found is not None
    assert [m.group() for m in found] == ["pour la deuxieme fois", "je vois que", "j'ai vu que"]


def test_a_text_full_of_an_unavoidable_common_word_gets_a_full_pass() -> None:
    union = phrases("je (?:\\w+ )?que")
    assert _sparse(union, "je pense que " * 1000) is None


def test_a_word_is_counted_in_each_word_of_the_text_that_holds_it() -> None:
    text = sparse._Text("aaaa aa papa, nenene " * 3 + "l'equipe")
    assert [text.count(w) for w in ("aa", "pa", "ne", "l'eq", "zz")] == [9, 6, 9, 1, 0]


def test_a_run_of_one_letter_is_one_word_that_holds_it_many_times() -> None:
    assert sparse._Text("a" * 1_000_000).count("aa") == 500_000


def test_a_masked_text_is_counted_as_its_source_and_gives_the_matches_of_a_full_pass() -> None:
    union = phrases("pour la (?:deuxieme|troisieme) fois", "(?:j'ai vu|je vois) que")
    text = "je vois que " + "bonjour " * 5000 + "pour la deuxieme fois, j'ai vu que"
    masked = text.replace("je vois", "## ####").replace("deuxieme", "########")
    sparse.masked_from(masked, text)
    assert sparse._read(masked)._counts is sparse._read(text)._counts
    found = _sparse(union, masked)
    assert found is not None
    assert [m.span() for m in found] == [m.span() for m in union.finditer(masked)]
    assert [m.group() for m in union.finditer(masked)] == ["j'ai vu que"]
