"""Organisations and names in a draft, told apart from the interview's own (foreign_name).

An organisation named after « chez », « au sein de », « rejoindre », or one whose name says
what kind it is (« la Société de transport de … »), is compared with every word of the
context. A unit of the company (« l'Unité de soins intensifs ») or an establishment that
an umbrella organisation runs (« l'École Saint-Jean » of a school service centre) is where
the candidate would work, not another employer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from suivi_templates.checks.anchors import finditer_near, remember
from suivi_templates.checks.base import Target
from suivi_templates.checks.concrete import COMMON_STEMS, ORGANISATION_KINDS
from suivi_templates.checks.text import (
    CIVILITIES,
    STOPWORDS,
    fold,
    phrases,
    stem,
    tokens,
)
from suivi_templates.checks.tokenizer import tokenize, word_forms
from suivi_templates.models import InterviewContext

_SCAN_LIMIT = 200


def _from_context(target: Target, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is quoted from the context (a topic, a name…)."""
    if target.context is None:
        return False
    excerpt = target.folded[start:end]
    return any(excerpt in _folded(source) for source in target.context_texts)


# A context's texts recur in every draft to it (and a company's in every context): each is
# folded once, and only until one holds the excerpt.
@lru_cache(maxsize=4096)
def _folded(text: str) -> str:
    return fold(text)


_ORG_TRIGGER = phrases(
    r"chez",
    r"au sein (?:de la|de l'|du|des|de|d')",
    r"(?:rejoindre|integrer|intégrer|joindre a|me joindre a|travailler pour|travailler chez)"
    r"(?: (?:l'equipe|les equipes|la famille) (?:de la|de l'|du|des|de|d'))?(?: la| le| les| l')?",
    r"(?:l'equipe|les equipes|la direction) (?:de la|de l'|du|des|de|d')",
    r"candidature (?:a la|a l'|au|aux)",
    r"(?:apporter|mettre|offrir)(?: \w{1,20}){1,3} (?:a la|a l'|au|aux|au service de la"
    r"|au service de l'|au service du|au service des)",
    r"(?:la societe|l'entreprise|le groupe|la compagnie|le cabinet|l'organisation|la firme"
    r"|la cooperative|la banque|l'agence|la maison|la startup|la start-up|l'association)",
)
_FORWARD = re.compile(
    r"(?:rejoindre|integrer|intégrer|joindre|me joindre|candidature|apporter|mettre|offrir"
    r"|atout pour)"
)
_NAME = re.compile(
    r"(?:(?:[Ll]a|[Ll]e|[Ll]es)[ \u00a0]|[Ll]['’])?"
    r"([A-ZÀ-ÖØ-Þ][\w&'’\-.]{0,40}(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ][\w&'’\-.]{0,40}|de|du|des|la|le|et|&)){0,5})"
)
_PAST = re.compile(
    r"(?<![^\W_])(?:ai travaille|ai collabore|ai occupe|ai passe|ai effectue|ai realise"
    # « j'ai été … chez » is the past; « j'ai été très sensible aux projets du Centre
    # hospitalier de Cholet » is a feeling about the present (blind37).
    r"|ai ete(?! (?:tres |vraiment |particulierement |beaucoup |si |tellement )?(?:sensible"
    r"|touche|impressionne|ravi|heureu|content|frappe|marque|seduit|interesse|enchante|surpris"
    r"|inspire|emballe))"
    r"|ai gere|ai dirige|ai mene|ai acquis|ai developpe|ai appris|ai fait|j'etais|travaillais"
    r"|occupais|passage|precedent\w{0,3}|ancien\w{0,3}|auparavant|anterieur\w{0,3}|stage"
    r"|alternance|durant|pendant|lorsque|actuel\w{0,6}|mes annees|mon experience|mes experiences"
    r"|depuis \d|en (?:19|20)\d\d|de (?:19|20)\d\d|benevol\w{0,4}|clients?|partenaires?|fournisseurs?"
    r"|diplome\w{0,2}|formation)(?![^\W_])"
)
_NOT_NAMES = frozenset(
    [
        "vous",
        "nous",
        "equipe",
        "equipes",
        "entreprise",
        "entreprises",
        "direction",
        "service",
        "services",
        "departement",
        "groupe",
        "societe",
        "organisation",
        "ressources",
        "humaines",
        "rh",
        "je",
        "j",
        "il",
        "elle",
        "madame",
        "monsieur",
    ]
)


def _known_words(target: Target) -> frozenset[str]:
    """Every folded word of the context, hyphenated words both whole and in pieces."""
    assert target.context is not None
    return _words_of(target.context_texts)


@lru_cache(maxsize=256)
def _words_of(texts: tuple[str, ...]) -> frozenset[str]:
    return frozenset().union(*map(_forms, texts))


# Contexts share most of their texts (one company's name and facts, the same topics and
# promises): each is read once, not once per context.
@lru_cache(maxsize=4096)
def _forms(text: str) -> frozenset[str]:
    return word_forms(text)


# A trade's business, named by its trade: « la Scierie Dubé », « la Fromagerie Perron ».
_TRADE_HEADS = (
    "Scierie Fromagerie Tonnellerie Verrerie Menuiserie Imprimerie Boucherie Brasserie "
    "Distillerie Fonderie Quincaillerie Pépinière Laiterie Cidrerie Chocolaterie Carrosserie "
    "Érablière Garage Ferme"
).split()
# The kind of organisation says nothing of which one it is: « la Pharmacie Côté-Giroux »
# is not « Pharmacie Lavoie et Nguyen » because both are pharmacies.
_ORG_HEADS = frozenset(
    """
    pharmacie banque caisse groupe societe compagnie cie cabinet hotel studio studios cpe
    librairie domaine chateau editions reseau alliance associes fils filles freres
    bibliotheque transport transports cegep college lycee mairie magasin magasins
    cooperative laboratoire laboratoires clinique hopital centre musee agence ecole universite
    institut fondation association entreprise entreprises atelier ateliers boulangerie
    restaurant ville municipalite ministere commission conseil services solutions
    technologies consultants consulting assurances inc ltee sa sas sarl
    residence foyer creche ehpad esat
    """.split()
) | {fold(head) for head in _TRADE_HEADS}


# A unit inside any organisation: « l'Unité de soins intensifs », « le Service des loisirs ».
_UNIT_HEADS = frozenset(
    """
    unite service departement direction division secteur pavillon succursale campus bureau
    laboratoire equipe pole cellule antenne etage aile
    """.split()
)
# An establishment that an umbrella organisation runs: « l'École Saint-Jean » of a school
# service centre, « le CLSC de Hull » of a CISSS, « la bibliothèque Mordecai-Richler » of a city.
_ESTABLISHMENT_HEADS = frozenset(
    """
    ecole college lycee clsc chsld hopital centre clinique bibliotheque piscine arena caserne
    maison residence ehpad creche cpe garderie usine magasin entrepot musee parc
    """.split()
)
_UMBRELLA_WORDS = frozenset(
    """
    ciusss cisss csss chu aphp ap-hp scolaire ville municipalite mairie universite ministere
    departement region academie rectorat agglomeration metropole communaute gouvernement
    reseau federation groupe conseil
    """.split()
)


_KIND_ACRONYMS = frozenset(fold(acronym) for acronym in ORGANISATION_KINDS)


def _inner_unit(name: str, context: InterviewContext) -> bool:
    """True when ``name`` is a unit of the company, or an establishment it runs.

    R9 is about another employer, not the school, unit or service where the candidate
    would work.
    """
    words = [t for t in tokenize(name) if t.kind in ("word", "acronym")]
    if not words:
        return False
    if len(words) == 1 and words[0].kind == "acronym" and words[0].folded in _KIND_ACRONYMS:
        # A kind's acronym alone names no one: « l'équipe de la PUI » is the hospital's own
        # pharmacy (blind42); another hospital has a name (« le CHU de Nantes »).
        return True
    head = words[0].folded
    if head in _UNIT_HEADS:
        # « Service Canada » is an organisation: a unit's other words are lowercase.
        return not any(t.capitalised for t in words[1:] if t.folded not in STOPWORDS)
    company = word_forms(context.company.name)
    return head in _ESTABLISHMENT_HEADS and bool(company & _UMBRELLA_WORDS)


# A name recurs in every draft to one company (its own name, a partner's): read once.
@lru_cache(maxsize=1024)
def _unknown(name: str, known: frozenset[str]) -> bool:
    """True when ``name`` shares no distinctive word with the context.

    The capitalised words carry a name (« Société de transport de l'Outaouais » is told
    from « Société de transport du Littoral » by « Outaouais », not by « transport »); a
    name written without capitals falls back on all its words.
    """
    capitalised = [m.group() for m in re.finditer(r"[\w\-]+", name) if m.group()[:1].isupper()]
    # The first word often says what kind of place it is (« Camping des Érables »,
    # « Cuisines Laurentiennes »); the words after it say which one.
    if len(capitalised) >= 2 and stem(fold(capitalised[0])) in COMMON_STEMS:
        capitalised = capitalised[1:]
    words = [m.group() for m in tokens(fold(" ".join(capitalised) or name))]
    content = [
        w for w in words if w not in STOPWORDS and w not in CIVILITIES and w not in _ORG_HEADS
    ]
    if not content or all(w in _NOT_NAMES for w in content):
        return False
    # A compound name known whole is the context's: « l'AP-HP » to the AP-HP, whose two
    # letters a piece cut at its hyphen are too short to be known (fresh.json: the library
    # refused its own thank-you).
    if any(fold(w) in known for w in capitalised if "-" in w):
        return False
    # A compound name is one name: « Érablière Bois-Joli » is not known from « granules de
    # bois » (blind35); every part of it must be the context's.
    compounds = [fold(w).split("-") for w in capitalised if "-" in w]
    for parts in compounds:
        parts = [p for p in parts if len(p) >= 3 and p not in STOPWORDS]
        if parts and not all(_is_known(p, known) for p in parts):
            return True
    return not any(_is_known(w, known) for w in content)


def _is_known(word: str, known: frozenset[str]) -> bool:
    return word in known or stem(word) in _stems(known)


@lru_cache(maxsize=32)
def _stems(known: frozenset[str]) -> frozenset[str]:
    # Once per set of known words, not once per word of every name looked up (profile:
    # foreign_name was the costliest check, re-stemming the context for each word).
    return frozenset(stem(k) for k in known)


_CAPITAL = "[A-ZÀ-ÖØ-Þ]"
_HEADS = (
    "Société|Pharmacie|Banque|Caisse|Groupe|Compagnie|Cabinet|Hôtel|Studios?|Coopérative"
    "|Laboratoires?|Clinique|Hôpital|Centre|Musée|Agence|École|Université|Institut|Fondation"
    "|Association|Ateliers?|Boulangerie|Restaurant|Librairie|Domaine|Château|CPE|Commission"
    "|Ministère|Municipalité|Éditions|Réseau|Alliance|Bibliothèque|Transports?|Cégep|Collège"
    "|Lycée|Mairie|CHU|CISSS|CIUSSS|CHSLD|CLSC|EHPAD"
    # Homes and care places (blind45: « au poste d'animatrice à la Résidence Les Glycines »,
    # written to the ÉHPAD Les Tilleuls).
    "|Résidence|Foyer|Crèche|ÉHPAD|ESAT|ÉSAT"
).split("|") + _TRADE_HEADS
"""The heads of organisation names (« la Société de… »): each starts with its capital."""
_HEADED_TAIL = (
    rf"(?:[ \u00a0](?:de|du|des|la|le|les|et|&|[a-zà-ÿ]{{3,15}})|[ \u00a0](?:l|d)['’]{_CAPITAL}[\w\-]{{0,30}}"
    rf"|[ \u00a0]{_CAPITAL}[\w'’\-]{{0,30}}){{1,6}}"
)
_ORG_HEADED = rf"(?<![\w\-])(?:{'|'.join(_HEADS)}){_HEADED_TAIL}"
# « Lavoie et Associés », « Tremblay & Fils »: a capital, then this.
_PARTNERS_TAIL = (
    rf"[\w'’\-]{{1,30}}(?:[ \u00a0](?:et|&)[ \u00a0]{_CAPITAL}[\w'’\-]{{1,30}})?"
    r"[ \u00a0](?:et|&)[ \u00a0](?:Associés|associés|Fils|Filles|Frères|Cie)(?![\w\-])"
)
_ORG_PARTNERS = rf"(?<![\w\-]){_CAPITAL}{_PARTNERS_TAIL}"


def _by_capital(heads: list[str]) -> str:
    """The heads without their capital, grouped by it: « (?<=S)(?:ociété|tudios?)|… ».

    One lookbehind per capital rather than one per head; only one group can follow a given
    capital, and each keeps its heads in order: the same head matches.
    """
    groups: dict[str, list[str]] = {}
    for head in heads:
        groups.setdefault(head[0], []).append(head[1:])
    return "|".join(f"(?<={capital})(?:{'|'.join(rests)})" for capital, rests in groups.items())


# Both start with a capital that no letter or hyphen precedes. Read that capital first, then
# the lookbehind, then each head without its capital (« S », then « ociété » after an « S »):
# ``re`` skips in C from capital to capital instead of trying the lookbehind at every
# position (same matches as the two patterns above, tests/test_fast_paths.py).
_ORG_FROM_CAPITAL = (
    rf"{_CAPITAL}(?<![\w\-].)(?:(?:{_by_capital(_HEADS)}){_HEADED_TAIL}|{_PARTNERS_TAIL})"
)
# Every match holds a head word (« Société ») or « Associés »…, and is a few words long:
# searched only around them (finditer_near), not tried at each position of a long text
# (1 MB adversarial: 111 → 8 ms; 1 MB of letters: 112 → 39 ms; same matches).
_ORG_NAME = remember(re.compile(_ORG_FROM_CAPITAL), (_ORG_HEADED, _ORG_PARTNERS))


def _organisation_names(text: str) -> Iterator[tuple[int, str]]:
    """Names that say what kind of organisation they are: « la Société de transport de … »."""
    for count, match in enumerate(finditer_near(_ORG_NAME, text)):
        if count >= _SCAN_LIMIT:
            break
        # End on a capitalised word: « Société de transport de l'Outaouais », not « … et d'y ».
        words = list(re.finditer(r"[\w\-]+", match.group()))
        last = max((w for w in words if w.group()[:1].isupper()), key=lambda w: w.end())
        name = match.group()[: last.end()]
        if len([w for w in words if w.group()[:1].isupper() and w.end() <= last.end()]) >= 2:
            yield match.start(), name


_SENTENCE_END = re.compile(r"(?<=\w{4})\.[ \u00a0]")
"""A full stop after a word of four letters or more ends a sentence; « St. », « Cie. » do not."""


def _trim(name: str) -> str:
    """Drop what follows a sentence's end, then trailing lowercase link words and dots.

    >>> _trim("Hors Champ. Pourriez-vous")
    'Hors Champ'
    >>> _trim("Cie. Dubé et fils")
    'Cie. Dubé et fils'
    """
    if stop := _SENTENCE_END.search(name):
        name = name[: stop.start()]
    end = len(name)
    while True:
        kept = name[:end].rstrip(" \u00a0.,")
        last = re.split(r"[ \u00a0]", kept)[-1]
        if last in {"de", "du", "des", "la", "le", "et", "&"} and kept != last:
            end = len(kept) - len(last)
            continue
        return kept
