"""generic.* checks: a draft that reads like a template sent to everyone does harm (R2, R3, R9, R14).

Template residue and vague praise need no context. The checks that compare the draft with
the interview (foreign names, no concrete element) need one, and stay quiet without it.
A concrete element is matched on its key nouns, whatever the case, accents, elision or
plural, and in any order: « vos dossiers urgents » matches the topic « le traitement des
dossiers urgents »; a paraphrase that keeps two key nouns matches too.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from suivi_templates.checks.base import Check, Hit, Target
from suivi_templates.checks.contextwords import Item
from suivi_templates.checks.generic_models import GENERIC_MODELS
from suivi_templates.checks.same_body import same_body, same_body_batch
from suivi_templates.checks.text import (
    GAP,
    STOPWORDS,
    WORD,
    fold,
    key_words,
    phrases,
    sentence_of,
    stem,
    tokens,
)
from suivi_templates.checks.tokenizer import tokenize, word_forms
from suivi_templates.models import InterviewContext

__all__ = ["GENERIC_CHECKS"]

_SCAN_LIMIT = 200
_PERSONAL_KINDS = (None, "thank_you", "reminder")
"""Kinds that must carry a detail of the interview (R9, R14)."""
_SPOKEN_KINDS = ("phone_script", "voicemail")
"""Short kinds that must at least say which interview they follow (R20, R21)."""


# --- generic.template_residue ------------------------------------------------------------

_RESIDUE_RAW = re.compile(
    r"\[(?![.…\s]*\])(?!\s*(?:[Ss]i|[Ss]inon|[Ss]'il|[Ss]'ils|[Ss]'elle|[Ss]'elles|[Pp]ause|[Ss]ilence"
    r"|[Aa]ttendre|[Aa]ttendez|[Ff]acultatif|[Oo]ptionnel|[Aa]u besoin|[Ee]n cas|[Ss]ourire"
    r"|[Rr]épondeur|[Mm]essagerie|[Bb]oîte vocale|[Ss]tandard|[Aa]ccueil|[Rr]éception)\b)"
    r"[^\[\]\n]{1,60}\]"  # [Nom], [nom de l'entreprise]; not […] nor [Si elle répond]
    r"|<(?![^<>\n]*@)(?!https?:)[A-Za-zÀ-ÿ _'’\-]{1,40}>"  # <entreprise>, not <a@b.c>
    r"|\{\{[^{}\n]{0,80}\}\}|\{%[^{}\n]{0,80}%\}"  # {{ nom }}, {% if %}
    r"|\{[A-Za-zÀ-ÿ_ ]{1,30}\}"  # {entreprise}
    r"|(?<![^\W_])[Xx]{2,}(?![^\W_])"  # XXX, xx
    r"|_{3,}"  # ____
    r"|(?<=[^\W\d_])\((?:e|es|ne|nes|le|les|se|ses|te|tes|trice|trices|euse|euses|ère|ères|s|x)\)"
    r"|(?<=[^\W\d_])[·•.](?:e|es|ne|le|se|te|trice|euse|ère)(?![^\W_])"  # intéressé·e, motivé.e
    r"|(?<=[^\W\d_])/(?:e|es)(?![^\W_])"  # intéressé/e
    r"|%s|\$[A-Z_]{2,20}"
)
_RESIDUE_WORDS = phrases(
    r"madame,? monsieur",
    r"monsieur,? madame",
    r"madame ?/ ?monsieur",
    r"madame ou monsieur",
    r"mesdames,? messieurs",
    r"m\. ?/ ?mme",
    r"mme ?/ ?m\.",
    r"chere? (?:recruteur|recruteuse|responsable|candidat|candidate|membres? du (?:comite|jury)"
    r"|equipe (?:de recrutement|rh|des ressources humaines))",
    r"chere?s? recruteurs?(?: ?(?:/|,|et) ?recruteuses?)?",
    r"cher\(e\)",
    r"a qui de droit",
    r"lorem ipsum",
    r"a completer",
    r"nom de (?:l'entreprise|la societe|l'organisation|la personne|l'interlocut\w{1,6}|famille)",
    r"(?:votre|mon) (?:nom|prenom) ici",
    r"intitule du poste",
)


# « Nom de l'entreprise » is a slot; « le nom de la personne à rappeler » is a sentence.
_IN_A_SENTENCE = re.compile(r"(?:\ble|\bdu|\bau|\bun|\bson|\bce|\bleur|\bvotre|\bmon)[ \u00a0]$")


def template_residue(target: Target) -> Iterator[Hit]:
    """Template residue: ``[Nom]``, ``XXX``, ``<entreprise>``, ``{{ }}``, « Madame, Monsieur », « Cher recruteur », « (e) » (R9).

    A placeholder left in the text, or a greeting for an unknown reader, shows a model sent
    to everyone. Stays quiet on « […] » (an omission in a quotation), an address
    ``<julie@horizon.example>``, and « Madame, » or « Bonjour Madame Tremblay, » alone.
    """
    spans: list[tuple[int, int]] = []
    for count, match in enumerate(_RESIDUE_RAW.finditer(target.text)):
        if count >= _SCAN_LIMIT:
            break
        spans.append(match.span())
    for count, match in enumerate(_RESIDUE_WORDS.finditer(target.folded)):
        if count >= _SCAN_LIMIT:
            break
        if _IN_A_SENTENCE.search(target.folded, max(0, match.start() - 8), match.start()):
            continue
        spans.append(match.span())
    for start, end in sorted(spans):
        if _from_context(target, start, end):
            continue
        excerpt = target.text[start:end]
        if excerpt.startswith("(") or excerpt[:1] in "·•./":
            suggestion = (
                "Accordez selon le genre de la personne (« intéressée » ou « intéressé »), "
                "ou tournez la phrase de façon épicène : « Ce poste m'intéresse vivement. »"
            )
        elif excerpt[:1].isalpha() and excerpt[:1] not in "Xx":
            suggestion = (
                "Saluez la personne qui vous a reçu, par son nom : « Bonjour Madame "
                "Tremblay, » ou « Madame, »."
            )
        else:
            suggestion = "Remplacez ce gabarit par le vrai nom, le vrai poste ou la vraie date."
        yield Hit(
            f"« {excerpt} » est un reste de modèle : le recruteur voit un texte envoyé à "
            "tout le monde (R9).",
            suggestion,
            (start, end),
        )


def _from_context(target: Target, start: int, end: int) -> bool:
    """True when ``text[start:end]`` is quoted from the context (a topic, a name…)."""
    if target.context is None:
        return False
    excerpt = target.folded[start:end]
    return any(excerpt in fold(source) for source in _context_texts(target.context))


def _context_texts(context: InterviewContext) -> Iterator[str]:
    """Every text of the context: names, role, topics and notes, promises, highlights, facts."""
    yield from (context.company.name, context.interviewer.name, context.candidate.name)
    yield context.role.title
    yield from (topic.subject for topic in context.topics)
    yield from (note for topic in context.topics if (note := topic.note))
    yield from (commitment.promise for commitment in context.commitments)
    yield from context.debrief.highlights
    yield from context.company.facts


# --- generic.foreign_name -----------------------------------------------------------------

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
    r"(?:rejoindre|integrer|intégrer|joindre|me joindre|candidature|apporter|mettre|offrir)"
)
_NAME = re.compile(
    r"(?:(?:[Ll]a|[Ll]e|[Ll]es)[ \u00a0]|[Ll]['’])?"
    r"([A-ZÀ-ÖØ-Þ][\w&'’\-.]{0,40}(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ][\w&'’\-.]{0,40}|de|du|des|la|le|et|&)){0,5})"
)
_PAST = re.compile(
    r"(?<![^\W_])(?:ai travaille|ai collabore|ai occupe|ai passe|ai ete|ai effectue|ai realise"
    r"|ai gere|ai dirige|ai mene|ai acquis|ai developpe|ai appris|ai fait|j'etais|travaillais"
    r"|occupais|passage|precedent\w{0,3}|ancien\w{0,3}|auparavant|anterieur\w{0,3}|stage"
    r"|alternance|durant|pendant|lorsque|actuel\w{0,6}|mes annees|mon experience|mes experiences"
    r"|depuis \d|en (?:19|20)\d\d|de (?:19|20)\d\d|benevol\w{0,4}|clients?|partenaires?|fournisseurs?"
    r"|diplome\w{0,2}|formation)(?![^\W_])"
)
_CIVILITY = frozenset({"madame", "monsieur", "mme", "m", "mlle", "me", "dr", "docteur"})
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
_GREETING = re.compile(
    r"^[ \t]*(?:Bonjour|Bonsoir|Allô|Allo|Salut|Cher|Chère|Chers|Chères|Madame|Monsieur)\b[ ,\u00a0]*"
    r"(?:(?:Madame|Monsieur|Mme|M\.)[ \u00a0]+)?"
    r"([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}){0,2})?"
)
_ASK_FOR = re.compile(
    r"\b(?:parler|m'entretenir|m’entretenir|joindre|demander)[ \u00a0]+(?:à|a|avec)?[ \u00a0]*"
    r"(?:Madame|Monsieur|Mme|M\.)[ \u00a0]+([A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0]+[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})?)"
)
_ROLE = re.compile(rf"(?<![^\W_])(?:poste|fonction|role){GAP}(?:de{GAP}|d')")
_ROLE_WORDS = re.compile(r"[\w'’\-]{1,30}(?:[ \u00a0][\w'’\-]{1,30}){0,4}")
_ROLE_STOP = frozenset(
    """
    chez au aux a pour dans que qui ou sein avec sur lors depuis afin qu dont comme mais car
    travail teletravail telephone direction responsabilite responsabilites confiance jour nuit
    soir matin garde temps plein partiel week end semaine quart relais
    est reste demeure correspond correspondait represente semble requiert exige necessite
    consiste comporte implique demande offre propose passionne attire motive convient rejoint
    interesse plait m me vous nous je j il elle ce cette mon ma mes votre vos
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


def _known_words(target: Target) -> frozenset[str]:
    """Every folded word of the context, hyphenated words both whole and in pieces."""
    assert target.context is not None
    return frozenset(w for text in _context_texts(target.context) for w in word_forms(text))


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
    """.split()
)


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


def _inner_unit(name: str, context: InterviewContext) -> bool:
    """True when ``name`` is a unit of the company, or an establishment it runs.

    R9 is about another employer, not the school, unit or service where the candidate
    would work.
    """
    words = [t for t in tokenize(name) if t.kind in ("word", "acronym")]
    if not words:
        return False
    head = words[0].folded
    if head in _UNIT_HEADS:
        # « Service Canada » is an organisation: a unit's other words are lowercase.
        return not any(t.capitalised for t in words[1:] if t.folded not in STOPWORDS)
    company = word_forms(context.company.name)
    return head in _ESTABLISHMENT_HEADS and bool(company & _UMBRELLA_WORDS)


def _unknown(name: str, known: frozenset[str]) -> bool:
    """True when ``name`` shares no distinctive word with the context.

    The capitalised words carry a name (« Société de transport de l'Outaouais » is told
    from « Société de transport du Littoral » by « Outaouais », not by « transport »); a
    name written without capitals falls back on all its words.
    """
    capitalised = [m.group() for m in re.finditer(r"[\w\-]+", name) if m.group()[:1].isupper()]
    words = [m.group() for m in tokens(fold(" ".join(capitalised) or name))]
    content = [
        w for w in words if w not in STOPWORDS and w not in _CIVILITY and w not in _ORG_HEADS
    ]
    if not content or all(w in _NOT_NAMES for w in content):
        return False
    return not any(w in known or stem(w) in _stems(known) for w in content)


@lru_cache(maxsize=32)
def _stems(known: frozenset[str]) -> frozenset[str]:
    # Once per set of known words, not once per word of every name looked up (profile:
    # foreign_name was the costliest check, re-stemming the context for each word).
    return frozenset(stem(k) for k in known)


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
    known = _known_words(target)
    text = target.text
    # Organisations.
    for count, match in enumerate(_ORG_TRIGGER.finditer(target.folded)):
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
        if not _unknown(name, known) or _inner_unit(name, context):
            continue
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
        if start in reported or not _unknown(name, known) or _inner_unit(name, context):
            continue
        a, b = sentence_of(target.folded, start, start + len(name))
        if _PAST.search(target.folded[a:b]) and not _FORWARD.search(target.folded[a:start]):
            continue
        reported.add(start)
        yield Hit(
            f"« {name} » n'est pas {context.company.name} : ce passage semble copié d'une "
            "autre candidature (R9).",
            f"Nommez l'entreprise de cette entrevue, « {context.company.name} », ou retirez "
            "ce passage.",
            (start, start + len(name)),
        )
    # People: the greeting and who is asked for on the phone.
    interviewer = {m.group() for m in tokens(fold(context.interviewer.name))}
    people = interviewer | {m.group() for m in tokens(fold(context.candidate.name))}
    first_line = re.match(r"\s*", text)
    offset = first_line.end() if first_line else 0
    greeting = _GREETING.match(text, offset)
    candidates: list[re.Match[str]] = []
    if greeting and greeting.group(1):
        candidates.append(greeting)
    candidates.extend(m for _, m in zip(range(_SCAN_LIMIT), _ASK_FOR.finditer(text), strict=False))
    for found in candidates:
        name = found.group(1)
        words = [m.group() for m in tokens(fold(name))]
        content = [w for w in words if w not in _CIVILITY and w not in STOPWORDS]
        if not content or any(w in people or w in known for w in content):
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
    # The title's words, hyphenated ones whole and in pieces: « aide-cuisinière » is the
    # title « aide-cuisinière », not a word « aide- » that the title lacks.
    role_keys = {_role_key(w) for w in word_forms(context.role.title)}
    for count, match in enumerate(_ROLE.finditer(target.folded)):
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
            if folded in _ROLE_STOP or folded.isdigit() or folded.endswith("ment"):
                break
            if folded in STOPWORDS and folded not in _TITLE_LINKS:
                break
            title_words.append(folded)
            end = match.end() + word.end()
        content = [w for w in title_words if w not in STOPWORDS and len(w) > 2]
        if not content:
            continue
        shared = [w for w in content if _role_key(w) in role_keys]
        if shared:
            # Same head noun, other specialty (« infirmière anesthésiste » for « infirmière
            # de bloc opératoire »): an extra lowercase word the role and context lack.
            originals = {fold(w): w for w in re.findall(r"[\w\-]+", text[match.end() : end])}
            extra = [
                w
                for w in content
                if _role_key(w) not in role_keys
                and w not in known
                and w not in _QUALIFIERS
                and len(w) >= 5
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
    # Signature: the last line, when it is a name that no one in the context bears.
    lines = [line for line in text[-200:].splitlines() if line.strip()]
    if lines and target.part == "body":
        last = lines[-1].strip()
        if re.fullmatch(
            r"[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}){1,2}", last
        ) and _unknown(last, known):
            start = text.rindex(last)
            yield Hit(
                f"La signature « {last} » n'est pas {context.candidate.name} : le texte "
                "semble copié d'une autre candidature (R9).",
                f"Signez de votre nom : « {context.candidate.name} ».",
                (start, start + len(last)),
            )


def _role_key(word: str) -> str:
    """A title word's key: its first five letters, or a hyphenated word whole.

    « aide-soignante » is not « aide-cuisinière », though both start with « aide- ».
    """
    return stem(word) if "-" in word else stem(word)[:5]


_ORG_NAME = re.compile(
    r"(?<![\w\-])(?:Société|Pharmacie|Banque|Caisse|Groupe|Compagnie|Cabinet|Hôtel|Studios?"
    r"|Coopérative|Laboratoires?|Clinique|Hôpital|Centre|Musée|Agence|École|Université|Institut"
    r"|Fondation|Association|Ateliers?|Boulangerie|Restaurant|Librairie|Domaine|Château|CPE"
    r"|Commission|Ministère|Municipalité|Éditions|Réseau|Alliance|Bibliothèque|Transports?|Cégep"
    r"|Collège|Lycée|Mairie)"
    r"(?:[ \u00a0](?:de|du|des|la|le|les|et|&|[a-zà-ÿ]{3,15})|[ \u00a0](?:l|d)['’][A-ZÀ-ÖØ-Þ][\w\-]{0,30}"
    r"|[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’\-]{0,30}){1,6}"
    # « Lavoie et Associés », « Tremblay & Fils »
    r"|(?<![\w\-])[A-ZÀ-ÖØ-Þ][\w'’\-]{1,30}(?:[ \u00a0](?:et|&)[ \u00a0][A-ZÀ-ÖØ-Þ][\w'’\-]{1,30})?"
    r"[ \u00a0](?:et|&)[ \u00a0](?:Associés|associés|Fils|Filles|Frères|Cie)(?![\w\-])"
)


def _organisation_names(text: str) -> Iterator[tuple[int, str]]:
    """Names that say what kind of organisation they are: « la Société de transport de … »."""
    for count, match in enumerate(_ORG_NAME.finditer(text)):
        if count >= _SCAN_LIMIT:
            break
        # End on a capitalised word: « Société de transport de l'Outaouais », not « … et d'y ».
        words = list(re.finditer(r"[\w\-]+", match.group()))
        last = max((w for w in words if w.group()[:1].isupper()), key=lambda w: w.end())
        name = match.group()[: last.end()]
        if len([w for w in words if w.group()[:1].isupper() and w.end() <= last.end()]) >= 2:
            yield match.start(), name


def _trim(name: str) -> str:
    """Drop trailing lowercase link words and dots from a captured name."""
    end = len(name)
    while True:
        kept = name[:end].rstrip(" \u00a0.,")
        last = re.split(r"[ \u00a0]", kept)[-1]
        if last in {"de", "du", "des", "la", "le", "et", "&"} and kept != last:
            end = len(kept) - len(last)
            continue
        return kept


# --- generic.no_concrete_element, generic.vague_praise -------------------------------------


def _token_forms(folded: str) -> tuple[frozenset[str], frozenset[str]]:
    words = frozenset(re.findall(rf"{WORD}+", folded))
    return words, frozenset(w[:6] for w in words if len(w) >= 6)


def _key_found(key: str, words: frozenset[str], prefixes: frozenset[str]) -> bool:
    if key in words or any(key + end in words for end in ("s", "e", "es", "x")):
        return True
    if key.endswith("al") and key[:-2] + "aux" in words:
        return True
    return len(key) >= 6 and key[:6] in prefixes


def _model_vocabulary() -> frozenset[str]:
    words = {
        m.group() for model in GENERIC_MODELS.values() for text in model for m in tokens(fold(text))
    }
    return frozenset(stem(w) for w in words)


# Words that every follow-up about any job may use: one of them alone proves nothing.
_LETTER_WORDS = """
    accueil service services clientele equipe equipes travail gestion organisation
    experience experiences competence competences structure entreprise cabinet clinique
    poste candidature entretien entrevue rencontre echange professionnel professionnalisme
    engagement qualite securite client clients patient patients developpement relation
    relations communication responsabilite responsabilites formation projet projets dossier
    dossiers reunion semaine semaines annee annees mois journee temps valeurs rigueur
    motivation interet metier secteur domaine besoins activite activites magasin magasins
    boutique enseigne produit produits bureau bureaux agence usine commerce
""".split()
_GENERIC_VOCABULARY = _model_vocabulary() | {stem(w) for w in _LETTER_WORDS}
"""Stems of the generic model letters and of every letter's vocabulary: proof of nothing."""


def _mentioned(item: Item, words: frozenset[str], prefixes: frozenset[str]) -> bool:
    keys = [k for k in item.keys if len(k) >= 4 or k in item.proper]
    keys += sorted(item.proper - set(keys))
    if not keys:
        return False
    found = [k for k in keys if _key_found(k, words, prefixes)]
    if any(k in item.proper for k in found):
        return True
    # Two key words prove the item, unless both are words every letter uses (« l'accueil des
    # patients » for « l'accueil des patients anxieux »); all of an item's words always do.
    specific = [k for k in found if k not in _GENERIC_VOCABULARY]
    if len(found) >= min(2, len(keys)) and (specific or set(found) == set(keys)):
        return True
    # One long, specific key noun is enough (« les astreintes »), unless generic letters
    # use it too (« compétences », « expérience »).
    return any(len(k) >= 7 and k not in _GENERIC_VOCABULARY for k in found)


def concrete_items(target: Target) -> list[Item]:
    """The context's topics, commitments, highlights and facts that the text mentions."""
    if target.words is None:
        return []
    words, prefixes = _token_forms(target.folded)
    return [item for item in target.words.items if _mentioned(item, words, prefixes)]


def _identifies_the_interview(target: Target) -> bool:
    """A call or a voicemail names whom you met, the role or the company (R20, R21)."""
    context = target.context
    assert context is not None
    words, prefixes = _token_forms(target.folded)
    names = [context.interviewer.surname, context.company.name]
    keys = [
        k
        for phrase in names
        for k in (m.group() for m in tokens(fold(phrase)))
        if k not in STOPWORDS and k not in _ORG_HEADS and len(k) >= 3
    ]
    role = [k for k in key_words(context.role.title) if len(k) >= 4]
    return any(_key_found(k, words, prefixes) for k in (*keys, *role))


_MONTHS = (
    "janvier fevrier mars avril mai juin juillet aout septembre octobre novembre decembre"
).split()


def _recalls_decision_date(target: Target) -> bool:
    """A reminder that names the decision date the recruiter announced (R1, R12)."""
    context = target.context
    if context is None or context.next_steps.decision_by is None:
        return False
    day = context.next_steps.decision_by
    number = "1er|1" if day.day == 1 else str(day.day)
    pattern = (
        rf"(?<!\d)(?:{number})(?:{GAP}|\u00a0)+{_MONTHS[day.month - 1]}(?![^\W_])"
        rf"|(?<![^\W_])(?:le|du|au|avant le|vers le|autour du){GAP}(?:{number})(?!\d)"
        rf"|(?<!\d){day.day:02d}/{day.month:02d}(?!\d)"
    )
    return re.search(pattern, target.folded) is not None


def no_concrete_element(target: Target) -> Iterator[Hit]:
    """Nothing from this interview: no topic, commitment, highlight or company fact (R2, R3, R9, R14).

    Applies to thank-you and reminder bodies when the context holds at least one such
    element. Key nouns match whatever the case, accents, elision and plural, in any order.
    A phone script or a voicemail is short: it passes when it names the person met, the
    role or the company, as R20 and R21 ask (« who you are and when you met »).
    """
    if target.part != "body" or target.words is None:
        return
    if target.kind in _SPOKEN_KINDS:
        if concrete_items(target) or _identifies_the_interview(target):
            return
        role = target.context.role.title if target.context else "…"
        yield Hit(
            "Rien dans ce message ne dit quelle entrevue il suit (ni la personne rencontrée, "
            "ni le poste, ni un sujet abordé) : il pourrait être laissé à n'importe quelle "
            "entreprise (R9, R20).",
            "Dites qui vous êtes, qui vous avez rencontré et pour quel poste : « Nous nous "
            f"sommes rencontrés pour le poste de {role} ».",
            None,
        )
        return
    if target.kind not in _PERSONAL_KINDS:
        return
    if target.kind == "reminder" and _recalls_decision_date(target):
        return
    items = target.words.items
    if not items or concrete_items(target):
        return
    example = next((i for i in items if i.kind == "topic"), items[0])
    promise = next((i for i in items if i.kind == "commitment"), None)
    suggestion = f"Reprenez un point précis de l'entrevue, par exemple « {example.text} »"
    if promise is not None:
        suggestion += f", ou tenez votre engagement : « {promise.text} » (R3)"
    yield Hit(
        "Rien dans ce texte ne vient de cette entrevue (aucun sujet abordé, engagement ou "
        "détail du contexte) : le recruteur y reconnaît un modèle envoyé à tous (R9).",
        suggestion + ".",
        None,
    )


_PRAISE = phrases(
    r"(?:votre|cette|une|l') ?(?:entreprise|societe|organisation|structure|compagnie|equipe|institution"
    r"|cooperative|firme|boite|maison) (?:(?:si|tres|tellement|particulierement|vraiment|aussi) )?"
    r"(?:dynamique|innovante|performante|reconnue|prestigieuse|formidable|exceptionnelle|extraordinaire"
    r"|renommee|de renom|leader|incontournable|passionnante|stimulante|motivante|en pleine croissance"
    r"|en plein essor|tournee vers l'avenir|a la pointe|avant-gardiste|visionnaire|ambitieuse"
    r"|humaine|bienveillante|accueillante|chaleureuse|soudee|exemplaire|remarquable)",
    r"(?:dynamique|formidable|belle|superbe|grande|magnifique|excellente|prestigieuse|remarquable)"
    r" (?:entreprise|equipe|societe|organisation|structure|compagnie|maison)",
    r"(?:ce|le|un|cet) (?:poste|emploi|role) (?:(?:si|tres|vraiment|particulierement|aussi) )?"
    r"(?:passionnant|stimulant|motivant|interessant|enrichissant|attractif|attrayant|ideal|de reve"
    r"|captivant|prometteur|formidable|exceptionnel|exaltant)",
    r"(?:ce|un|cet) (?:beau|superbe|magnifique|formidable|excellent|merveilleux) (?:poste|emploi|defi|role)",
    r"(?:partage|partager|adhere|adherer|partageons) (?:pleinement |entierement |totalement )?(?:vos|les|ses)"
    r" valeurs",
    r"(?:vos|les|ses) valeurs (?:de l'entreprise )?(?:correspondent|rejoignent|font echo|me ressemblent"
    r"|sont aussi les miennes|m'ont seduit|qui me sont cheres)",
    r"leader (?:dans|sur|de) (?:son|votre|leur) (?:secteur|domaine|marche|industrie)",
    r"(?:relever|releve) (?:de )?(?:nouveaux|beaux|grands) defis",
    r"nouveau challenge",
    r"mettre (?:mes competences|mon savoir-faire|mon experience) (?:a votre service|au service de)",
    r"apporter ma pierre a l'edifice",
    r"(?:reelle|veritable|vraie) valeur ajoutee",
    r"mon profil correspond",
    r"mes (?:competences|qualites|aptitudes)(?: \w{1,25}){0,4} (?:correspondent|repondent)",
    r"(?:correspond\w{0,4}|repond\w{0,4}) (?:parfaitement |exactement )?(?:au profil recherche|a vos attentes"
    r"|aux exigences du poste)",
    r"en (?:parfaite )?adequation avec (?:vos|le poste|les)",
    r"culture d'entreprise",
    r"environnement (?:de travail )?(?:stimulant|dynamique|agreable|motivant|enrichissant|inspirant)",
    r"ambiance (?:chaleureuse|conviviale|agreable|dynamique)",
    r"(?:echange|entretien|entrevue|rencontre|discussion|conversation)s? (?:(?:tres|fort|particulierement"
    r"|vraiment|si|des plus) )?(?:enrichissante?s?|agreables?|interessante?s?|constructi(?:f|ve)s?"
    r"|fructueu(?:x|se)s?|passionnante?s?|instructi(?:f|ve)s?|cordiale?s?|stimulante?s?|inspirante?s?)",
    r"(?:impressionnee?|seduite?) par (?:le dynamisme|le professionnalisme|votre entreprise|votre equipe"
    r"|vos valeurs|l'ambiance|votre societe|votre organisation)",
    r"(?:grandir|evoluer|m'epanouir|progresser) (?:au sein de|avec|dans) (?:votre|vos|une)",
    r"occasion unique",
    r"opportunite (?:unique|ideale|formidable|en or)",
)
_SPECIFIC = re.compile(
    rf"(?<![^\W_])(?:vous{GAP}(?:m'{GAP}?)?(?:avez|aviez){GAP}(?:evoque|mentionne|parle|souligne|explique"
    rf"|presente|decrit|aborde|pose|precise|indique|confie|expose|demande|raconte|montre)"
    rf"|(?:notre|nos){GAP}(?:echange|discussion|conversation)s?{GAP}(?:sur|au{GAP}sujet|concernant"
    rf"|a{GAP}propos|autour)|question{GAP}(?:sur|concernant|au{GAP}sujet|a{GAP}propos)|comme{GAP}promis"
    rf"|ci-joint|piece{GAP}jointe|notamment|en{GAP}particulier|projet{GAP}(?:de|d'|du))(?![^\W_])"
    r"|\d|«"
)


def vague_praise(target: Target) -> Iterator[Hit]:
    """Only vague praise: « votre entreprise dynamique », « ce poste passionnant », and nothing concrete (R9).

    Each cliché fires only when the draft has nothing concrete: with a context, no topic,
    commitment, highlight or fact is mentioned; without one, no precise detail (a question
    discussed, a project, a number, a quotation). Praise next to a real detail passes.
    """
    if target.part != "body":
        return
    matches = [m for _, m in zip(range(_SCAN_LIMIT), _PRAISE.finditer(target.folded), strict=False)]
    if not matches:
        return
    if target.words is not None and target.words.items:
        if concrete_items(target):
            return
    elif _SPECIFIC.search(target.folded):
        return
    for match in matches:
        excerpt = " ".join(target.text[match.start() : match.end()].split())
        yield Hit(
            f"« {excerpt} » est un compliment que n'importe qui pourrait écrire à n'importe "
            "quelle entreprise, et le texte ne dit rien de précis sur l'entrevue (R9).",
            "Remplacez le compliment par un fait de l'entrevue : une question posée, un "
            "projet évoqué, une phrase qui vous a marqué.",
            match.span(),
        )


# --- generic.model_letter ------------------------------------------------------------------

_SENTENCE = re.compile(r"[^.!?\n]{1,600}")
_FORMULA = re.compile(r"salutation|agreer|cordialement|sentiments|bien a vous|bonne journee")
_MAX_SENTENCES = 300


def _placeholders(target: Target, folded: str) -> str:
    context = target.context
    if context is None:
        return folded
    for value, placeholder in (
        (context.company.name, "{entreprise}"),
        (context.role.title, "{poste}"),
        (context.interviewer.name, "{nom}"),
    ):
        folded = folded.replace(fold(value), placeholder)
    return folded


def _model_sentences(locale: str | None) -> list[str]:
    locales = [locale] if locale is not None and locale in GENERIC_MODELS else list(GENERIC_MODELS)
    found: list[str] = []
    for name in locales:
        for model in GENERIC_MODELS[name]:
            found.extend(s.strip() for s in _SENTENCE.findall(fold(model)) if len(s.split()) >= 5)
    return found


_MODEL_CACHE: dict[str | None, list[str]] = {}


def model_letter(target: Target) -> Iterator[Hit]:
    """A near-copy of a typical generic letter, the kind found on every advice site (R9).

    Fires when at least two sentences, and half of the words of the draft's sentences, are
    near-copies (similarity ≥ 85 %) of the project's own generic models
    (:mod:`suivi_templates.checks.generic_models`); courtesy formulas do not count.
    """
    if target.part != "body":
        return
    from rapidfuzz import fuzz, process  # lazy: only when a body is checked

    locale = target.locale
    if locale not in _MODEL_CACHE:
        _MODEL_CACHE[locale] = _model_sentences(locale)
    pool = _MODEL_CACHE[locale]
    text = _placeholders(target, target.folded)
    copied: list[tuple[int, int]] = []
    total = copied_words = 0
    for count, match in enumerate(_SENTENCE.finditer(text)):
        if count >= _MAX_SENTENCES:
            break
        sentence = match.group().strip()
        size = len(sentence.split())
        if size < 5 or _FORMULA.search(sentence):
            continue
        total += size
        if process.extractOne(sentence, pool, scorer=fuzz.ratio, score_cutoff=85) is not None:
            copied_words += size
            copied.append(match.span())
    if len(copied) >= 2 and copied_words * 2 >= total:
        yield Hit(
            f"{len(copied)} phrases de ce texte reprennent presque mot pour mot une lettre "
            "type que l'on trouve partout : le recruteur la reconnaîtra (R9).",
            "Réécrivez avec vos mots et ce qui s'est dit à l'entrevue : un sujet abordé, "
            "une promesse à tenir, un atout à préciser.",
            (copied[0][0], copied[-1][1]),
        )


GENERIC_CHECKS: tuple[Check, ...] = (
    Check("generic.template_residue", "error", template_residue),
    Check("generic.foreign_name", "error", foreign_name),
    Check("generic.no_concrete_element", "error", no_concrete_element),
    Check("generic.vague_praise", "error", vague_praise),
    Check("generic.model_letter", "error", model_letter),
    Check("generic.same_body", "error", same_body, batch=same_body_batch),
)
