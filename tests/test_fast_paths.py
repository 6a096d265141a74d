"""The linear searches for protected spans and addresses find exactly what the plain regexes
find: typography and the checks' masking behave as before, only in linear time. The faster
phrase passes (separator scanner, unions without groups, the residue regex with its
literal characters first) find exactly what the slower forms found."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from suivi_templates import formatting, rendering, typography
from suivi_templates.checks import (
    anchors,
    concrete,
    foreign_name,
    live,
    organisations,
    tokenizer,
    tone,
)
from suivi_templates.checks.addresses import _ADDRESS, address_spans
from suivi_templates.checks.base import Target
from suivi_templates.checks.foreign_name import _ASK_FOR
from suivi_templates.checks.generic import _RESIDUE_RAW
from suivi_templates.checks.organisations import _ORG_NAME
from suivi_templates.checks.registry import FAMILIES
from suivi_templates.checks.ruledata import DataRule, _one_pass, _passes, _union, load_family
from suivi_templates.checks.shouting import _CAPS, _CAPS_WORD, _UPPER
from suivi_templates.checks.text import _FOLD, _FOLDED, GAP, fold, phrases
from suivi_templates.kinds import KINDS
from suivi_templates.typography import _PROTECTED, _protected_spans

# Letters, digits and every character that starts, ends or breaks a protected span; a run
# longer than the 64 characters an address may have before « @ » (where the search skips).
_PIECES = [
    *"abcwXYZ019 @:/.-_+'’()<>\t\n\u00a0\u202f«»!?;h",
    *("://", "@x.fr", "www.", "http", "a" * 70),
]
texts = st.lists(st.sampled_from(_PIECES), max_size=80).map("".join)


@settings(max_examples=500)
@given(texts)
def test_marked_tokens_give_the_same_protected_spans(text: str) -> None:
    expected = [m.span() for m in _PROTECTED.finditer(text)]
    assert [m.span() for m in _protected_spans(text)] == expected


@settings(max_examples=500)
@given(texts)
def test_marked_tokens_give_the_same_address_spans(text: str) -> None:
    assert list(address_spans(text)) == [m.span() for m in _ADDRESS.finditer(text)]


def test_urls_addresses_and_clock_values_are_found() -> None:
    text = "Voir https://ex.org/a:b, écrire à jean@ex.fr à 17:30 ; note: 3:45, www.ex.fr."
    assert [m.group() for m in _protected_spans(text)] == [
        "https://ex.org/a:b,",
        "jean@ex.fr",
        "17:30",
        "3:45",
    ]
    assert [text[a:b] for a, b in address_spans(text)] == [
        "https://ex.org/a:b,",
        "jean@ex.fr",
        "www.ex.fr.",
    ]


# --- the phrase passes: a separator scanner, unions without groups, the residue regex -----

_RESIDUE_BEFORE = re.compile(
    r"\[(?![.…\s]*\])(?!\s*(?:[Ss]i|[Ss]inon|[Ss]'il|[Ss]'ils|[Ss]'elle|[Ss]'elles|[Pp]ause|[Ss]ilence"
    r"|[Aa]ttendre|[Aa]ttendez|[Ff]acultatif|[Oo]ptionnel|[Aa]u besoin|[Ee]n cas|[Ss]ourire"
    r"|[Rr]épondeur|[Mm]essagerie|[Bb]oîte vocale|[Ss]tandard|[Aa]ccueil|[Rr]éception)\b)"
    r"[^\[\]\n]{1,60}\]"
    r"|<(?![^<>\n]*@)(?!https?:)[A-Za-zÀ-ÿ _'’\-]{1,40}>"
    r"|\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}"
    r"|\{[A-Za-zÀ-ÿ_ ]{1,30}\}"
    r"|(?<![^\W_])[Xx]{2,}(?![^\W_])"
    r"|_{3,}"
    r"|(?<=[^\W\d_])\((?:e|es|ne|nes|le|les|se|ses|te|tes|trice|trices|euse|euses|ère|ères|s|x)\)"
    r"|(?<=[^\W\d_])[·•.](?:e|es|ne|le|se|te|trice|euse|ère)(?![^\W_])"
    r"|(?<=[^\W\d_])/(?:e|es)(?![^\W_])"
    r"|%s|\$[A-Z_]{2,20}"
)
"""The residue regex as it was, with its lookbehinds first (tried at every position)."""

_RESIDUE_PIECES = [*"aéXx_()[]{}<>·•./%$ \n1", "e)", "es", "Nom", "si ", "{{", "%s", "AB", "xx"]
residue_texts = st.lists(st.sampled_from(_RESIDUE_PIECES), max_size=40).map("".join)


@settings(max_examples=500)
@given(residue_texts)
def test_the_residue_regex_finds_what_it_found_with_lookbehinds_first(text: str) -> None:
    before = [m.span() for m in _RESIDUE_BEFORE.finditer(text)]
    assert [m.span() for m in _RESIDUE_RAW.finditer(text)] == before


_PHRASE_PIECES = [*"  '-,.#_", "au", "plus", "vite", "d'", "sein", "x", "é", "aux", "vitement"]
phrase_texts = st.lists(st.sampled_from(_PHRASE_PIECES), max_size=50).map("".join)
_PHRASES = phrases("au plus vite", "au sein d'", "plus", "vite au")


@settings(max_examples=500)
@given(phrase_texts, st.integers(0, 60), st.integers(0, 60))
def test_the_separator_scanner_finds_what_finditer_finds(text: str, low: int, high: int) -> None:
    low, high = min(low, len(text)), min(max(low, high), len(text))
    index = anchors._index(_PHRASES)
    assert index.scanner is not None
    found = [(m.span(), m.group()) for m in anchors._scan(_PHRASES, index, text, low, high)]
    assert found == [(m.span(), m.group()) for m in _PHRASES.finditer(text, low, high)]


_MANY = phrases(
    "au plus vite",
    "(?:re)?lancer? (?:vite|encore)",
    "au sein d'",
    "plus",
    "vite au",
    "sein",
    "aux? (?:plus|moins) tard",
    "encore une fois",
    "d'(?:ici|aujourd'hui)",
    "tard",
    "ici",
)
_MANY_PIECES = [*"  '-,.#_x", "au", "aux", "plus", "moins", "vite", "d'", "sein", "relance"]
_MANY_PIECES += ["lancer", "encore", "une", "fois", "tard", "ici", "aujourd'hui", "vitement"]
# Short texts: most hold the anchors of few alternatives (the pruned path), some of many.
many_texts = st.lists(st.sampled_from(_MANY_PIECES), max_size=15).map("".join)


@settings(max_examples=800)
@given(many_texts)
def test_a_letter_tried_on_its_live_alternatives_gives_the_matches_of_a_full_pass(
    text: str,
) -> None:
    expected = [(m.span(), m.group()) for m in _MANY.finditer(text)]
    assert [(m.span(), m.group()) for m in anchors.finditer_near(_MANY, text)] == expected


def test_a_letter_with_few_live_alternatives_tries_only_those() -> None:
    index = anchors._index(_MANY)
    text = fold("Je relance, encore une fois, demain.")
    assert index.alternatives is not None
    live = index.alternatives.live(text)
    assert live is not None
    assert [sorted(p.anchors or ()) for p in live] == [["lance"], ["fois"]]
    found = [m.group() for m in anchors.finditer_near(_MANY, text)]
    assert found == ["encore une fois"]


@settings(max_examples=500)
@given(many_texts)
def test_an_alternative_tried_at_its_first_words_is_found_where_a_search_finds_it(
    text: str,
) -> None:
    index = anchors._index(_MANY)
    assert index.alternatives is not None
    words = live._present(text)[1]
    for part in index.alternatives.parts:
        starts = part.starts(text, words)
        for position in range(len(text) + 1):
            assert part.first(text, position, starts) == part.first(text, position)


def test_a_live_alternative_whose_first_words_are_absent_is_not_tried() -> None:
    index = anchors._index(_MANY)
    assert index.alternatives is not None
    # « fois » is there, but « encore une fois » cannot start without « encore ».
    assert index.alternatives.live(fold("Une autre fois, peut-être.")) == []


def test_a_pattern_with_a_top_level_alternation_is_not_scanned() -> None:
    pattern = anchors.remember(re.compile(r"(?<![^\W_])ab|c"), ["ab", "c"])
    assert anchors._index(pattern).scanner is None


@settings(max_examples=300)
@given(phrase_texts)
def test_each_finding_names_the_rule_the_named_groups_named(text: str) -> None:
    rules = tuple(
        DataRule(f"r{n}", "pushy.x", "error", (), "", "", patterns, (), (), ())
        for n, patterns in enumerate([("au plus vite", "vite"), ("au sein d'",), ("plus",)])
    )
    grouped = phrases(*(f"(?P<r{n}>{'|'.join(r.patterns)})" for n, r in enumerate(rules)))
    expected = [
        (next(k for k, v in m.groupdict().items() if v is not None), m.span())
        for m in grouped.finditer(text)
    ]
    found = [(rule.id, m.span()) for rule, m in _one_pass(rules, _union(rules), text)]
    assert found == expected


_CHOICES = phrases(
    "(?:une|un|cette) (?:fois|autre)s?",
    "(?:la )?veille",
    r"\d{1,2} fois",
    "(?:vous )?(?:m'|me )?(?:aviez|avez) promis",
    "un autre",
    "(?:de )?nouveau",
)


def _dispatched_finds_the_same(union: str, text: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The union's scanner and its rewrite by letter; asserts they find the same matches."""
    scanner = anchors._index(union).scanner
    assert scanner is not None
    fast = anchors._dispatched(scanner)
    assert [m.span() for m in fast.finditer(text)] == [m.span() for m in scanner.finditer(text)]
    return scanner, fast


_CHOICE_PIECES = [*"  '-,.1", "une", "un", "cette", "fois", "autre", "s", "la", "veille"]
_CHOICE_PIECES += ["vous", "m'", "me", "aviez", "avez", "promis", "de", "nouveau", "12"]
choice_texts = st.lists(st.sampled_from(_CHOICE_PIECES), max_size=60).map("".join)


@settings(max_examples=500)
@given(choice_texts)
def test_the_scanner_that_dispatches_by_letter_finds_what_finditer_finds(text: str) -> None:
    scanner, fast = _dispatched_finds_the_same(_CHOICES, text)
    assert fast is not scanner


_GAPS = phrases(
    "vous avez promis",
    "vous (?:m'|me )?aviez dit",
    "vous etes",
    "vous-meme",
    "vous '?la",
    "(?:quand|date|jour) (?:du|de la) reponse",
    "(?:date|delai) de reponse",
    "l' ?offre",
    "d'ici (?:demain|lundi)",
    "(?:je|nous) (?:suis|sommes) (?:la|ici)",
)
_GAP_PIECES = [*"  '-,x", "vous", "avez", "aviez", "promis", "dit", "m'", "me", "etes", "meme"]
_GAP_PIECES += ["la", "quand", "date", "jour", "du", "de", "reponse", "delai", "l'", "offre"]
_GAP_PIECES += ["d'ici", "demain", "lundi", "je", "nous", "suis", "sommes", "ici", "'" * 41]
gap_texts = st.lists(st.sampled_from(_GAP_PIECES), max_size=60).map("".join)


@settings(max_examples=500)
@given(gap_texts)
def test_the_scanner_that_shares_gaps_finds_what_finditer_finds(text: str) -> None:
    # The gap after « vous » is read once for its continuations (possessive), and the
    # continuation of « (?:quand|date|jour) » is written once, not once per word.
    _, fast = _dispatched_finds_the_same(_GAPS, text)
    assert "}+" in fast.pattern


def test_every_rule_union_dispatched_finds_the_same_matches() -> None:
    # Every union of every family, locale and kind, on a long text of the rules' examples.
    examples = [e for f in FAMILIES for r in load_family(f, "fr_CA") for e in r.fires + r.quiet]
    text = fold("  ".join(examples) + " " + ". ".join(reversed(examples)))
    compared = 0
    for locale in ("fr_CA", "fr_FR"):
        for check in {r.check for f in FAMILIES for r in load_family(f, locale)}:
            for kind in (None, *KINDS):
                for _, union in _passes(check, locale, kind):
                    scanner = anchors._index(union).scanner
                    if scanner is None:
                        continue
                    fast = anchors._dispatched(scanner)
                    spans = [m.span() for m in scanner.finditer(text)]
                    assert [m.span() for m in fast.finditer(text)] == spans, check
                    compared += 1
    assert compared > 0


_CAPS_BEFORE = re.compile(
    rf"(?<![^\W_])[{_UPPER}]{{2,40}}(?:['’\-][{_UPPER}]{{1,40}}){{0,4}}(?![^\W_])"
)
"""The shouting regex as it was, its lookbehind first (tried at every position)."""
_CAPS_PIECES = [*"AÉŒa1_ '’-\n", "AB", "É" * 41]
caps_texts = st.lists(st.sampled_from(_CAPS_PIECES), max_size=40).map("".join)


@settings(max_examples=500)
@given(caps_texts)
def test_the_capitals_regex_finds_what_it_found_with_its_lookbehind_first(text: str) -> None:
    before = [m.span() for m in _CAPS_BEFORE.finditer(text)]
    assert [m.span() for m in _CAPS.finditer(text)] == before


_CAPS_WORD_BEFORE = re.compile(rf"(?<![^\W_])[{_UPPER}][{_UPPER}'’\-]+(?![^\W_])")
"""The regex of a context's words in capitals as it was, its lookbehind first."""


@settings(max_examples=500)
@given(caps_texts)
def test_the_context_capitals_regex_finds_what_it_found_with_its_lookbehind_first(
    text: str,
) -> None:
    assert _CAPS_WORD.findall(text) == _CAPS_WORD_BEFORE.findall(text)


_ORG_PIECES = [*" \u00a0'’-a", "Société", "Fils", "de", "l'", "Tremblay", " et ", " & ", "Cie"]
org_texts = st.lists(st.sampled_from(_ORG_PIECES), max_size=60).map(lambda p: "".join(p) * 40)


@settings(max_examples=200)
@given(org_texts)
def test_organisation_names_searched_near_their_heads_are_those_of_a_full_pass(text: str) -> None:
    expected = [m.span() for m in _ORG_NAME.finditer(text)]
    assert [m.span() for m in anchors.finditer_near(_ORG_NAME, text)] == expected


_ASK_FOR_BEFORE = re.compile(
    r"\b(?:parler|m'entretenir|m’entretenir|joindre|demander)[ \u00a0]+(?:à|a|avec)?[ \u00a0]*"
    r"(?:Madame|Monsieur|Mme|M\.)[ \u00a0]+"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})?)"
)
"""The regex of names asked for on the phone as it was, its ``\\b`` first."""
_ASK_PIECES = [*" \u00a0xé_A", "parler", "joindre", "m'entretenir", "m’", "à ", "Mme ", "Gagnon"]
ask_texts = st.lists(st.sampled_from(_ASK_PIECES), max_size=30).map("".join)


@settings(max_examples=500)
@given(ask_texts)
def test_names_asked_for_are_found_as_with_a_leading_word_boundary(text: str) -> None:
    before = [m.span(1) for m in _ASK_FOR_BEFORE.finditer(text)]
    assert [m.span(1) for m in _ASK_FOR.finditer(text)] == before


def test_a_text_read_before_a_union_brings_new_anchors_is_read_again() -> None:
    text = fold("Nous parlerons du quintuplet zygomorphe demain.")
    before = live._present(text)[0]
    assert "zygomorph" not in before
    anchors._index(phrases("quintuplet zygomorph\\w*"))  # a union indexed later
    assert {"zygomorph", "quintuplet"} & live._present(text)[0]


def test_a_long_run_of_letters_is_read_but_not_remembered() -> None:
    anchors._index(phrases("xylophonique", "zygomorph\\w*"))
    long_word = "zygomorph" + "e" * 100
    text = fold(f"Le {long_word} et le xylophonique.")
    assert live._present(text)[0] >= {"zygomorph", "xylophonique"}
    assert long_word not in live._KNOWN.in_word
    assert "xylophonique" in live._KNOWN.in_word


token_texts = st.lists(
    st.sampled_from([*_PIECES, "l'", "qu’", "aide-", "2,5", "ÉTS", "é", "#", "."]), max_size=60
).map("".join)


# Elisions in every case (« ſ » and « K » fold to « s » and « k »), numbers glued to letters.
_WORD_PIECES = [*"aAbcdjlmnstqpuJLQPSCſK\u212a0123456789.,'’ʼ-‐‑_ #\néÉ"]
_WORD_PIECES += ["qu'", "Jusqu’", "lorsqu'", "PUISQU'", "quoiqu'", "presqu'", "3.5", "12a"]
word_texts = st.lists(st.sampled_from(_WORD_PIECES), max_size=30).map("".join)


@settings(max_examples=1000)
@given(word_texts)
def test_tokens_read_from_their_first_character_are_those_of_the_grouped_branches(
    text: str,
) -> None:
    expected = [(m.lastgroup, m.span()) for m in tokenizer._TOKEN.finditer(text)]
    found = tokenizer._TOKEN_WITHOUT_ADDRESS.finditer(text)
    assert [(m.lastgroup, m.span()) for m in found] == expected


@settings(max_examples=500)
@given(token_texts)
def test_tokens_read_without_the_address_branch_are_those_of_the_full_pattern(text: str) -> None:
    full = [(m.lastgroup, m.span()) for m in tokenizer._TOKEN.finditer(text)]
    read = tokenizer.token_pattern(text).finditer(text)
    assert [(m.lastgroup, m.span()) for m in read] == full
    assert [(t.kind, (t.start, t.end)) for t in tokenizer.tokenize_once(text)] == [
        ("acronym" if tokenizer._is_acronym(text[a:b]) and kind == "word" else kind, (a, b))
        for kind, (a, b) in full
    ]


# --- rendering's passes: a character first, not a lookbehind tried at every position -----

_RENDERED_PIECES = [
    *"ab1 9\u00a0\u202f\t\n'’.:;!?«»%$€hDdeEqujJmtsSnlpoiruſK_-é",
    *("l'a", "1er", "le 20 novembre", "12 000", "4 %", "17 h", "22 h 30", "3 millions", "15 m²"),
    *("de ", "que ", "jusque ", "lorsque ", "puisque ", "De ", "QUE ", "ſe ", " mille"),
    *("x1er ", "123 ", ". \nA", "!\n b", "»\n«", "…\n\t É", "a \t\n  b", "\u00a0\nc"),
]
rendered_texts = st.lists(st.sampled_from(_RENDERED_PIECES), max_size=60).map("".join)
_MONTHS = typography.MONTHS
_BEFORE_AND_AFTER = [
    (re.compile(r"(?<=\w)'(?=\w)"), typography._COMMON[0][0]),
    (re.compile(rf"\b(\d{{1,2}}|1er) +(?=(?:{_MONTHS})\b)"), typography._DAY_MONTH[0]),
    (re.compile(r"(?<=\d) +(?=\d{3}(?:\D|$))"), typography._DIGIT_GROUP),
    (
        re.compile(r"(?<=\d) +(?=[%$€]|(?:millions?|milliards?|mille|k?m|[cm]m|kg|m[²³])(?!\w))"),
        typography._UNIT[0],
    ),
    (re.compile(r"(?<=\d) +h(?: +(?=\d)|\b)"), typography._HOURS[0]),
    (
        re.compile(
            r"\b(de|que|je|me|te|se|ne|jusque|lorsque|puisque) ([^\W\d_][\w\-]+)", re.IGNORECASE
        ),
        formatting._ELIDABLE,
    ),
]
"""Each rendering pattern as it was (a lookbehind or a word boundary first), and as it is."""


@settings(max_examples=1000)
@given(rendered_texts)
def test_rendering_patterns_led_by_a_character_find_what_they_found(text: str) -> None:
    for before, after in _BEFORE_AND_AFTER:
        expected = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in after.finditer(text)] == expected, before.pattern


@settings(max_examples=1000)
@given(rendered_texts)
def test_a_sentence_break_matched_from_its_mark_joins_the_same_lines(text: str) -> None:
    before = re.compile(r"(?<=[.!?…»])[ \t]*\n[ \t]*(?=[^\W\d_«])")
    assert rendering._SENTENCE_BREAK.sub(r"\1 ", text) == before.sub(" ", text)


@settings(max_examples=1000)
@given(rendered_texts)
def test_a_continued_line_read_from_its_break_is_the_one_read_after_a_lookbehind(
    text: str,
) -> None:
    before = re.compile(r"(?<=\S)[ \t]*\n[ \t]*(?=[a-zàâäçéèêëîïôöùûüÿœæ])")
    assert [m.span() for m in rendering._CONTINUATION.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]


def test_the_elision_class_holds_every_letter_that_starts_an_elided_word_in_any_case() -> None:
    first = re.compile(r"[dqjmtsnlp]", re.IGNORECASE)
    starts = {chr(c) for c in range(0x10000) if first.fullmatch(chr(c))}
    assert starts == set("DdQqJjMmTtSsſNnLlPp")


@settings(max_examples=300)
@given(st.text(min_size=200, max_size=400), st.text(alphabet="ÀÉéèÇœŒ’\u00a0\tAZaz", max_size=50))
def test_a_long_text_folded_one_character_at_a_time_is_folded_as_by_translate(
    text: str, accents: str
) -> None:
    for each in (text, text + accents, accents * 10):
        assert fold(each) == each.translate(_FOLD)


def test_no_folded_character_is_folded_again() -> None:
    assert not set(_FOLDED.values()) & _FOLDED.keys()


# --- the tone model's reading: three lists, the masked text's words as they stand -------

_TONE_PIECES = [
    *"abcÉé019 .!?;:\n'’-@_#«»",
    *("Bonjour", "VOUS", "j'attends", "l’été", "12,5", "3.2", "x@y.org", "https://a.b/c"),
    *("www.x.fr", "aujourd'hui", "aide-cuisinière", "1er", " — ", "\u00a0", "\u202f"),
]
tone_texts = st.lists(st.sampled_from(_TONE_PIECES), max_size=60).map("".join)


def _features_before(target: Target) -> list[tuple[str, int, int]]:
    """The tone model's features as they were read: the masked text folded again, each
    token's kind and span read from the token pattern, each form a tuple."""
    masked = target.masked
    folded = fold(masked)
    ends = iter([mark.start() for mark in tone._SENTENCE_END.finditer(masked)] + [len(masked)])
    next_end = next(ends)
    found: list[tuple[str, int, int]] = []
    previous: tuple[str, int, int] | None = None
    for match in tokenizer.token_pattern(masked).finditer(masked):
        kind, (start, end) = match.lastgroup, match.span()
        form = "0" if kind == "number" else "@" if kind == "address" else folded[start:end]
        found.append((form, start, end))
        if previous is not None and next_end >= start:
            found.append((f"{previous[0]} {form}", previous[1], end))
        while next_end < end:
            next_end = next(ends)
        previous = (form, start, end)
    return found


@settings(max_examples=500)
@given(tone_texts)
def test_the_tone_features_are_those_read_before(text: str) -> None:
    target = Target(text)
    found = tone.features(target)
    assert found == _features_before(target)
    forms = [form for form, _, _ in found]
    model = tone.model()
    assert model.log_odds(forms) == model.contributions(found)[0]


# --- foreign names: patterns that read their first letter before their lookbehind ------

_ORG_BEFORE = re.compile(f"{organisations._ORG_HEADED}|{organisations._ORG_PARTNERS}")
_ROLE_BEFORE = re.compile(rf"(?<![^\W_])(?:poste|fonction|role){GAP}(?:de{GAP}|d')")
_SITE_BEFORE = re.compile(
    "(?<![^\\W_])(?:[Vv]otre|[Vv]os)"
    + foreign_name._SITE.pattern.removeprefix("[Vv](?<![^\\W_].)(?:otre|os)")
)
_NAMES_PIECES = [
    *" \u00a0'’-_aSsPpVvÉé&",
    *("Société", "Pharmacie", "CPE", "École", "Studio", "Fils", "de", "l'", "Tremblay"),
    *(" et ", " & ", "Cie", "Associés", "poste", "fonction", "role", " de ", "d'", "otre"),
    *("votre ", "Vos ", "usine", " de Bécancour", "xpost", "Lavoie", "-Groupe", "ASociété"),
]
names_texts = st.lists(st.sampled_from(_NAMES_PIECES), max_size=50).map("".join)


@settings(max_examples=1000)
@given(names_texts)
def test_names_read_from_their_first_letter_are_those_read_after_a_lookbehind(text: str) -> None:
    for before, after in (
        (_ORG_BEFORE, organisations._ORG_NAME),
        (_ROLE_BEFORE, foreign_name._ROLE),
        (_SITE_BEFORE, foreign_name._SITE),
    ):
        expected = [(m.span(), m.groups()) for m in before.finditer(text)]
        assert [(m.span(), m.groups()) for m in after.finditer(text)] == expected, before.pattern


_CAPITAL_PIECES = [*"aA1 _-'’ʼ.", "Sap", "SAP", "sap", "Élan", "élan", "œuvre", "Œuvre", "𝐀b", "İs"]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_CAPITAL_PIECES), max_size=30).map("".join))
def test_capitals_asked_one_word_at_a_time_are_those_read_from_every_word(text: str) -> None:
    # A long text's capitals are looked up per word, a letter's read from every first letter.
    target = Target(text=text)
    words = frozenset(target.pieces[1::2])
    capitals = concrete._Capitals(target, words)
    every = concrete._capitalised(target)
    for word in words | {"sap", "elan", "oeuvre", "is", "a1", "zz"}:
        assert capitals.isdisjoint([word]) is (word not in every)
