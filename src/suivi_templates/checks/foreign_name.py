"""generic.foreign_name: a company, person or role that is not this interview's (R9)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from suivi_templates.checks.anchors import finditer_near
from suivi_templates.checks.base import Hit, Target
from suivi_templates.checks.organisations import (
    _FORWARD,
    _NAME,
    _ORG_TRIGGER,
    _PAST,
    _from_context,
    _inner_unit,
    _known_words,
    _organisation_names,
    _trim,
    _unknown,
)
from suivi_templates.checks.text import (
    CIVILITIES,
    GAP,
    STOPWORDS,
    fold,
    sentence_of,
    stem,
)
from suivi_templates.checks.tokenizer import word_forms
from suivi_templates.checks.visit import visit_not_made
from suivi_templates.inclusive import feminine_title

__all__ = ["foreign_name"]

_SCAN_LIMIT = 200


_GREETING = re.compile(
    r"^[ \t]*(?:Bonjour|Bonsoir|Allô|Allo|Salut|Cher|Chère|Chers|Chères|Madame|Monsieur)\b[ ,\u00a0]*"
    r"(?:(?:Madame|Monsieur|Mme|M\.)[ \u00a0]+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}){0,2})?"
)
# « parler à Madame … » after a word boundary. Each verb's first letter comes before the
# check on the character before it (``(?<!\w.)``: a two-character lookbehind over that
# letter): alternatives that start with a letter let the engine skip in C to the next p,
# m, j or d, where a leading ``\b`` was tried at every position (1 MB: 23 → 11 ms).
_ASK_FOR = re.compile(
    r"(?:p(?<!\w.)arler|m(?<!\w.)'entretenir|m(?<!\w.)’entretenir|j(?<!\w.)oindre|d(?<!\w.)emander)"
    r"[ \u00a0]+(?:à|a|avec)?[ \u00a0]*"
    r"(?:Madame|Monsieur|Mme|M\.)[ \u00a0]+([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})?)"
)
# An organisation quoted as the source of a study or news: « une étude de la Société … »,
# « selon l'Institut … », « publié par … ».
_SOURCE = re.compile(
    rf"(?<![^\W_])(?:etude|rapport|article|enquete|analyse|publication|sondage|donnees|chiffres"
    rf"|statistiques|guide|bulletin|communique|selon|d'apres|publiee?s?{GAP}par|parue?s?{GAP}dans"
    # A regulator's word on the trade (blind43: « l'avis de Transports Canada sur le rappel
    # du lot de pneus »), not an employer.
    rf"|avis|normes?|directives?|alertes?|recommandations?|reglements?|exigences?)"
    rf"(?:{GAP}(?:de|du|des|d'|la|le|l'|par|recente?s?|recemment|annuel(?:le)?)){{0,3}}(?:{GAP})?$"
)
# « (?<![^\W_])(?:poste|fonction|role) », each word's first letter read before the lookbehind:
# ``re`` skips in C to the next p, f or r (same matches, tests/test_fast_paths.py).
_ROLE = re.compile(
    rf"(?:p(?<![^\W_].)oste|f(?<![^\W_].)onction|r(?<![^\W_].)ole){GAP}(?:de{GAP}|d')"
)
# Words start with a letter or digit: a spaced dash (« superviseure - petite idée ») ends the title.
_ROLE_WORDS = re.compile(r"\w[\w'’\-]{0,29}(?:[ \u00a0]\w[\w'’\-]{0,29}){0,4}")
_ROLE_STOP = frozenset(
    """
    chez au aux a pour dans que qui ou sein avec sur lors depuis afin qu dont comme mais car
    travail teletravail telephone direction responsabilite responsabilites confiance jour nuit
    soir matin garde temps plein partiel week end semaine quart relais
    est etait serait sera soit fut reste restait demeure demeurait toujours encore deja
    tient tenait continue continuait compte garde
    ouvert ouverte disponible pourvu pourvue vacant vacante affiche affichee
    correspond correspondait represente semble requiert exige necessite
    consiste comporte implique demande offre propose passionne attire motive convient rejoint
    interesse plait m me vous nous je j il elle ce cette mon ma mes votre vos
    devait doit devrait devra pouvait peut pourrait va allait avait aurait
    """.split()
)
_TITLE_LINKS = frozenset({"de", "d", "du", "des", "en", "l", "la", "le"})


_QUALIFIERS = frozenset(
    [
        "senior",
        "junior",
        "principal",
        "principale",
        "adjoint",
        "adjointe",
        "chef",
        "stagiaire",
        "temporaire",
        "permanent",
        "permanente",
        "contractuel",
        "contractuelle",
        "confirme",
        "confirmee",
        "experimente",
        "experimentee",
        "futur",
        "future",
        "nouveau",
        "nouvelle",
    ]
)


def foreign_name(target: Target) -> Iterator[Hit]:
    """A company, person or role that is not this interview's, pasted from another application (R9).

    Looks at the company after « chez », « au sein de », « rejoindre », « l'équipe de »;
    the person greeted or asked for (« Bonjour Madame Dupont », « parler à Monsieur
    Gagnon »); the role after « poste de »; the signature. Stays quiet on a past employer
    (« mon expérience chez Desjardins ») and on anything named in the context (a partner
    in a topic, the company written with its article). Needs a context.
    """
    context = target.context
    if context is None:
        return
    # The context's words (:func:`_known_words`) are joined only when a name must be
    # compared with them: most letters greet the interviewer and name no one else, and a
    # context never seen joined all its texts (~15 sets) for nothing.
    text = target.text
    # Organisations.
    for count, match in enumerate(finditer_near(_ORG_TRIGGER, target.folded)):
        if count >= _SCAN_LIMIT:
            break
        position = match.end()
        while position < len(text) and text[position] in " \u00a0'’":
            position += 1
        name_match = _NAME.match(text, position)
        if not name_match:
            continue
        name = _trim(name_match.group(1))
        start = name_match.start(1)
        if not _unknown(name, _known_words(target)) or _inner_unit(name, context):
            continue
        if _SOURCE.search(target.folded, max(0, match.start() - 40), match.start()):
            continue  # « une étude de la Banque Nationale » is a source, not a job
        a, b = sentence_of(target.folded, match.start(), start + len(name))
        # « mon expérience chez Desjardins » is the past; « rejoindre », « apporter … à »
        # and « ma candidature à » look ahead, whatever else the sentence says.
        ahead = _FORWARD.match(match.group())
        if not ahead and _PAST.search(target.folded[a:b]):
            continue
        yield Hit(
            f"« {name} » n'est pas {context.company.name} : ce passage semble copié d'une "
            "autre candidature (R9).",
            f"Nommez l'entreprise de cette entrevue, « {context.company.name} », ou retirez "
            "ce passage.",
            (start, start + len(name)),
        )
    reported = set()
    for start, name in _organisation_names(text):
        if (
            start in reported
            or not _unknown(name, _known_words(target))
            or _inner_unit(name, context)
        ):
            continue
        if _SOURCE.search(target.folded, max(0, start - 40), start):
            continue  # « une étude de la Société de développement … » is a source, not a job
        a, b = sentence_of(target.folded, start, start + len(name))
        if _PAST.search(target.folded[a:b]) and not _FORWARD.search(target.folded[a:start]):
            continue
        if _OFFERED.search(target.folded, a, b):
            continue  # « la Scierie Dubé m'a fait une offre »: leverage, not a paste
        reported.add(start)
        yield Hit(
            f"« {name} » n'est pas {context.company.name} : ce passage semble copié d'une "
            "autre candidature (R9).",
            f"Nommez l'entreprise de cette entrevue, « {context.company.name} », ou retirez "
            "ce passage.",
            (start, start + len(name)),
        )
    # People: the greeting and who is asked for on the phone. Every name word must be
    # someone's: « Marc Tremblay » is not Julie Tremblay, « Marie-Claude » not Marie-Ève.
    people = _people(context.interviewer.name, context.candidate.name)
    first_line = re.match(r"\s*", text)
    offset = first_line.end() if first_line else 0
    greeting = _GREETING.match(text, offset)
    candidates: list[re.Match[str]] = []
    if greeting and greeting.group(1):
        candidates.append(greeting)
    candidates.extend(m for _, m in zip(range(_SCAN_LIMIT), _ASK_FOR.finditer(text), strict=False))
    for found in candidates:
        name = found.group(1)
        content = [w for w in _name_words(name, whole=True) if w not in CIVILITIES]
        if not content or all(_someones(w, people, target) for w in content):
            continue
        yield Hit(
            f"« {name} » n'est pas {context.interviewer.name}, qui vous a reçu : la salutation "
            "vient d'une autre candidature (R9).",
            f"Adressez-vous à {context.interviewer.name}.",
            found.span(1),
        )
    if greeting and context.interviewer.civility:
        other = "Monsieur" if context.interviewer.civility == "Madame" else "Madame"
        said = greeting.group(0)
        if other in said and context.interviewer.civility not in said:
            begin = greeting.start() + said.index(other)
            yield Hit(
                f"« {other} » : la personne qui vous a reçu est {context.interviewer.civility} "
                f"{context.interviewer.surname} ; la salutation vient d'une autre candidature (R9).",
                f"Écrivez « {context.interviewer.civility}, » ou « Bonjour "
                f"{context.interviewer.civility} {context.interviewer.surname}, ».",
                (begin, begin + len(other)),
            )
    # Role.
    role_keys = _role_keys(context.role.title)
    for count, match in enumerate(finditer_near(_ROLE, target.folded)):
        if count >= _SCAN_LIMIT:
            break
        words_match = _ROLE_WORDS.match(text, match.end())
        if not words_match:
            continue
        title_words: list[str] = []
        end = match.end()
        for word in re.finditer(r"[\w\-]+", words_match.group()):
            if word.group().isupper() and len(word.group()) >= 2:
                break  # an acronym (« poste d'ASV ») cannot be compared with the title
            folded = fold(word.group())
            if folded.split("-")[0] in _ROLE_STOP or folded.isdigit() or folded.endswith("ment"):
                break
            if folded in STOPWORDS and folded not in _TITLE_LINKS:
                break
            title_words.append(folded)
            end = match.end() + word.end()
        content = [w for w in title_words if w not in STOPWORDS and len(w) > 2]
        if not content or _from_context(target, match.start(), end):
            continue  # « le poste de montage des batteries » of a topic: a workstation
        if target.folded.endswith("en ", 0, match.start()):
            continue  # « en fonction de la pourvoirie »: « according to », not a role
        if _OFFERED.search(target.folded, max(0, match.start() - 60), match.start()):
            continue  # another employer's offer, told to press (pushy.leverage): no paste
        shared = [w for w in content if _role_key(w) in role_keys]
        if shared:
            # Same head noun, other specialty (« infirmière anesthésiste » for « infirmière
            # de bloc opératoire »): an extra lowercase word the role and context lack. A
            # number (« répartiteur 9-1-1 ») names no specialty.
            originals = {fold(w): w for w in re.findall(r"[\w\-]+", text[match.end() : end])}
            extra = [
                w
                for w in content
                if _role_key(w) not in role_keys
                and not _same_family(w, role_keys)
                and w not in _known_words(target)
                and w not in _QUALIFIERS
                and len(w) >= 5
                and w.replace("-", "").isalpha()
                and not originals.get(w, "a")[:1].isupper()
            ]
            if not extra:
                continue
        title = text[match.end() : end]
        yield Hit(
            f"« {title} » n'est pas le poste de cette entrevue ({context.role.title}) : le "
            "passage semble copié d'une autre candidature (R9).",
            f"Nommez le poste de cette entrevue : « {context.role.title} ».",
            (match.end(), end),
        )
    yield from _foreign_site(target)
    yield from visit_not_made(target)
    # Signature: the last line, when it is a name that no one in the context bears.
    lines = [line for line in text[-200:].splitlines() if line.strip()]
    if lines and target.part == "body":
        last = lines[-1].strip()
        if re.fullmatch(
            r"[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}){1,2}", last
        ) and _unknown(last, _known_words(target)):
            start = text.rindex(last)
            yield Hit(
                f"La signature « {last} » n'est pas {context.candidate.name} : le texte "
                "semble copié d'une autre candidature (R9).",
                f"Signez de votre nom : « {context.candidate.name} ».",
                (start, start + len(last)),
            )


# A site of the employer, placed by a proper name: « votre usine de Bécancour », « vos
# vignobles de l'Estrie », « votre officine du centre commercial de Villeneuve ». Its « v »
# is read before the word-start lookbehind, so that ``re`` skips in C from « v » to « v ».
_SITE = re.compile(
    r"[Vv](?<![^\W_].)(?:otre|os)[ \u00a0]+(?:usines?|officines?|vignobles?|sites?"
    r"|succursales?|magasins?|entrepôts?|agences?|ateliers?|serres?|chantiers?|théâtres?"
    r"|laboratoires?|cliniques?|hôpitaux|hôpital|campus|restaurants?|boutiques?|pharmacies?"
    r"|stations?|terminaux|terminal|dépôts?|antennes?|filiales?|implantations?|installations?)"
    r"(?:[ \u00a0]+[\w’'\-]+){0,3}?[ \u00a0]+(?:de|du|des|à|au|en)[ \u00a0]+"
    r"(?:la[ \u00a0]+|l['’])?([A-ZÀ-ÖØ-Þ][\w\-]{2,30})"
)


def _foreign_site(target: Target) -> Iterator[Hit]:
    """The employer's site placed where the context never goes: another interview's (R9).

    The letter tells the recruiter about their own plant, vineyard or shop in a town or a
    region that no field of the context names (not the company, its city, a topic or a
    fact): the sentence was written for another employer.
    """
    if not any(map(target.text.__contains__, ("otre", "vos", "Vos"))):
        return  # no « votre » or « vos »: the pattern, tried at every position, finds nothing
    for count, match in enumerate(_SITE.finditer(target.text)):
        if count >= _SCAN_LIMIT:
            break
        if not _unknown(match.group(1), _known_words(target)):
            continue
        excerpt = " ".join(match.group().split())
        yield Hit(
            f"« {excerpt} » : aucun lieu de ce nom dans le contexte de cette entrevue ; le "
            "passage semble copié d'une autre candidature (R9).",
            "Reprenez un lieu ou un détail de cette entrevue-ci, ou retirez ce passage.",
            match.span(),
        )


# « m'a fait une offre de poste d'agente », « m'a proposé un poste de moniteur » (blind32).
_OFFERED = re.compile(r"\b(?:offre|propose|proposition)\b")


def _people(interviewer: str, candidate: str) -> frozenset[str]:
    """The name words of the interviewer and of the candidate.

    Each name is read once (:func:`_name_words`); joining the two costs less than looking
    the pair up in a memory per context, which a context never seen also filled.
    """
    return _name_words(interviewer) | _name_words(candidate)


# The context's title, read once per title (the body and the subject of a draft, every
# draft of a batch for one context), not once per check.
@lru_cache(maxsize=256)
def _role_keys(title: str) -> frozenset[str]:
    """The keys of the title's words, hyphenated ones whole, in pieces and joined.

    « aide-cuisinière » is the title « aide-cuisinière », not a word « aide- » that the
    title lacks; « co-gérant » is also written « cogérant ».
    """
    # « conservateur·rice-restaurateur·rice » is said « conservateur-restaurateur ou … » to a
    # non-binary candidate's call (read 74): the masculine whole is the title too.
    # « Vice-recteur·trice » is said « vice-rectrice » to a woman (fresh65).
    forms = (
        word_forms(title)
        | word_forms(_INCLUSIVE_ENDING.sub("", title))
        | word_forms(feminine_title(title))
    )
    return frozenset({_role_key(w) for w in forms} | {_role_key(w.replace("-", "")) for w in forms})


_INCLUSIVE_ENDING = re.compile(r"[·•](?:e|ne|le|se|sse|ère|euse|rice|trice)(?:[·•]?s)?(?=\W|$)")


@lru_cache(maxsize=4096)
def _name_words(name: str, *, whole: bool = False) -> frozenset[str]:
    """The folded words of a name, without function words.

    Hyphenated ones whole, and also in pieces unless ``whole``: « Marie-Ève » is
    « marie-eve », « marie » and « eve ». Read once per name: an interviewer or a
    candidate is named in many contexts.
    """
    found = set()
    for word in re.findall(r"[^\W\d_][\w'’\-]*", fold(name)):
        word = word.strip("-'’")
        pieces = [p for p in re.split(r"[-'’]", word) if p and p not in STOPWORDS]
        if "-" in word:
            found.add(word)
        if not whole or "-" not in word:
            found.update(pieces)
    return frozenset(found)


def _someones(word: str, people: frozenset[str], target: Target) -> bool:
    """True when a greeted name word is the interviewer's, the candidate's or the context's."""
    if word in people:
        return True
    known = _known_words(target)
    return word in known or ("-" in word and all(p in known for p in word.split("-") if p))


def _role_key(word: str) -> str:
    """A title word's key: its first five letters, piece by piece in a hyphenated word.

    « aide-soignante » is not « aide-cuisinière », though both start with « aide- »;
    « sous-directrice » is « sous-directeur », « cheffe » is « chef ».
    """
    return "-".join(_undoubled(stem(piece))[:5] for piece in word.split("-") if piece)


def _same_family(word: str, role_keys: frozenset[str]) -> bool:
    """True when a word shares its first four letters with one of the title's words.

    The job named by its activity, next to a word of the title, is the same job: « poste
    de régie de tournée » for « régisseur de tournée », « poste de gestion de projets »
    for « gestionnaire de projets » (blind27).
    """
    key = _role_key(word)
    return len(key) >= 4 and any(k[:4] == key[:4] for k in role_keys if len(k) >= 4)


def _undoubled(key: str) -> str:
    """« cheff » (« cheffe ») is « chef »: a feminine may double the last consonant."""
    return key[:-1] if len(key) > 3 and key[-1] == key[-2] and key[-1].isalpha() else key
