"""Promises and the candidate's own sentences, as a letter can say them."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from functools import partial

from suivi_templates.models import Company
from suivi_templates.phrasing._nouns import _LANGUAGES as LANGUAGES
from suivi_templates.phrasing._words import (
    _DETERMINERS,
    _JOB_NOUN_ENDINGS,
    _NUMBER_WORDS,
    _OPENING_WORDS,
    _bare,
    _first,
    _is_acronym,
    _lower_first,
    _to_person,
    _upper_first,
)
from suivi_templates.phrasing.organisations import organisation
from suivi_templates.phrasing.shorthand import numbers_in_words
from suivi_templates.phrasing.topics import overlaps, shared_words, topic_phrase

# Organisations renamed since people learnt their names: a letter uses today's.
_RENAMED = {re.compile(r"\bPôle[ -]emploi\b", re.I): "France Travail"}


def current_names(text: str) -> str:
    """``text`` with the current names of renamed organisations.

    >>> current_names("le module proposé par Pôle emploi")
    'le module proposé par France Travail'
    """
    for old, new in _RENAMED.items():
        text = old.sub(new, text)
    return text


_LEADING_DETERMINER = re.compile(
    r"^(?:(?:une|un|des|le|la|les|mon|ma|mes|notre|nos|du|de la)\s+|[ld]['’]\s*)", re.I
)


def heading(phrase: str) -> str:
    """A noun phrase as a subject line starts: no determiner, a capital.

    >>> heading("une planification de séquence en lecture")
    'Planification de séquence en lecture'
    """
    text = _LEADING_DETERMINER.sub("", phrase.strip(), count=1)
    return text[:1].upper() + text[1:]


def as_clause(sentence: str) -> str:
    """A sentence made to follow a comma or a colon: no final stop, a small opening word.

    >>> as_clause("La Ville a annoncé une grainothèque.")
    'la Ville a annoncé une grainothèque'
    >>> as_clause("Hydro-Québec a annoncé un plan.")
    'Hydro-Québec a annoncé un plan'
    >>> as_clause("DES complété en 2024"), as_clause("L’Atelier a ouvert.")
    ('DES complété en 2024', 'l’Atelier a ouvert')
    >>> as_clause("La Réunion accueillera le congrès.")
    'La Réunion accueillera le congrès'
    >>> as_clause("J’ai fini le module, ça m’aidera pour les dossiers.")
    'j’ai fini le module ; cela m’aidera pour les dossiers'
    """
    text = current_names(sentence.strip().rstrip(" .;"))
    # A letter's register, after a colon too (read 98: « … : j'ai terminé le module, ça
    # m'aidera pour… »).
    text = _SPLICE.sub(" ; cela ", _CA.sub(lambda m: _this_or_that(m, text), text))
    # « DES », the Québec diploma, is not « des » (read 78: « Avec dES »).
    if (
        _bare(_first(text)) in _OPENING_WORDS
        and not _is_acronym(_first(text))
        and not _ARTICLE_OF_A_PLACE.match(text)
    ):
        text = _lower_first(text)
    return text


# Places whose article is part of the name (read 272: « que la Réunion accueillera… »).
_ARTICLE_OF_A_PLACE = re.compile(
    r"(?:La (?:Réunion|Rochelle|Baule|Ciotat|Tuque|Malbaie|Pocatière|Prairie|Sarre|Seyne)"
    r"|Le (?:Havre|Mans|Creusot|Puy|Lamentin|Gosier|Moule|Port|Tampon)"
    r"|Les (?:Abymes|Sables|Avirons|Trois-Îlets|Éboulements))\b"
)


# « chez » is for a person, a trade or a name (« chez un notaire »); one works « dans » a
# place: « dans un bureau d'études » (read 102).
_CHEZ_A_PLACE = re.compile(
    r"\bchez (?=(?:un|une) (?:bureau|cabinet|centre|service|organisme|établissement|hôpital"
    r"|entreprise|société|agence|usine|entrepôt|atelier)\b)"
)
# Languages, which are the candidate's own (« mon anglais ») and serve rather than prepare:
# the nouns' own list (« le français, l'ukrainien… m'y ont préparée », read after 112).
_LANGUAGES = "|".join(sorted(LANGUAGES))
# A credential's head: its noun, or an acronym (« le DEP », « les CACES R489 »).
_OWN_CREDENTIAL = re.compile(
    r"^(la |le |les |l['’])(?=(?:certification|certificat|habilitation|carte|permis|licence"
    r"|diplôme|attestation|titre|brevet|accréditation|qualification|agrément|formation|expérience"
    # A language is the candidate's too: « l'anglais courant » is « mon anglais courant »;
    # not the first of a list (« le français, l'anglais et le russe »).
    rf"|(?:{_LANGUAGES})\b(?![^,]*,)|stage|alternance"
    r"|apprentissage|service civique|bénévolat|volontariat"
    # « la maîtrise de la convention IRSI » is the candidate's: « ma maîtrise » (read 116).
    r"|maîtrise|connaissance|pratique"
    # « le master de l'ISIPCA en formulation » (read 180: left as « le master », the reminder
    # could not say what the candidate would bring).
    r"|master|mastère|doctorat|bachelor|baccalauréat|bac|licence|DUT|BUT|MBA"
    # A credential named with a capital (« le Certiphyto décideur »), or an acronym.
    # Not a place's name: « la Ferme Roy », « la Maison de la culture ».
    r"|[A-ZÉ][a-zéèêô]+\b(?! de\b| du\b| des\b|\s+[A-ZÉ])|[A-ZÉ]{2,})"
    # « les certifications Wwise 101 et 201 » (read 236: « mon expérience des certifications »).
    r"(?<=[^\W\d_])s?\b)"
)
# Something done or a place worked in, noted with « la » (« la gestion de 3 équipes », « la
# ferme familiale »): the letter says the experience is the candidate's (read 106: « je
# pourrai m'appuyer sur la ferme familiale, 80 vaches »).
_EXPERIENCE_OF = re.compile(
    r"^(?:(?P<article>la|le|les) |(?P<elided>l['’]))(?=[\w-]*(?:tion|sion|ment|age|ure)s?\b"
    r"|(?:gestion|vente|conduite|paie|comptabilité|supervision|mise|ferme|exploitation"
    r"|magasin|boutique|restaurant|cuisine|entrepôt|usine|atelier|chantiers?|clinique"
    r"|entreprise|animation|coordination)\b)"
)
_OF_ARTICLE = {"la": "de la ", "le": "du ", "les": "des "}
# « …dans Paris, 0 accident »: a figure noted after a comma is an aside.
# Not a list of numbers: « mes CACES R489 cat. 1, 3 et 5 » (read 121: « cat. 1 (3 et 5) »).
_FIGURE_ASIDE = re.compile(r"(?<!\d),\s*(\d[^,()]*)$")
_POSSESSIVE = {"la": "ma ", "le": "mon ", "les": "mes ", "l'": "mon ", "l’": "mon "}


# « six ans en relations de presse » is how an asset is jotted; a letter owns it: « mes six ans ».
_DURATION = re.compile(
    # « trois saisons dans les serres » (read 78: « mettre à profit trois saisons »).
    rf"^(?:\d+|{_NUMBER_WORDS})\s+(?:ans|années|mois|saisons|étés|hivers|semestres|stages)\b",
    re.IGNORECASE,
)


_SECOND_LANGUAGE = re.compile(rf"\bet (la|le|l['’]) ?(?=(?:{_LANGUAGES})\b)")


def asset(highlight: str) -> str:
    """A highlight as the candidate's own: « six ans en… » becomes « mes six ans en… ».

    >>> asset("six ans en relations de presse municipales")
    'mes six ans en relations de presse municipales'
    >>> asset("mon CQP agent de sûreté aéroportuaire")
    'mon CQP agent de sûreté aéroportuaire'
    >>> asset("2 ans au Mexique"), asset("trois saisons dans les serres")
    ('mes deux ans au Mexique', 'mes trois saisons dans les serres')

    A credential noted with « la » or « l’ » is the candidate's own (read 102: « mettre à
    profit la certification PL-300 »).

    >>> asset("la certification PL-300"), asset("l’habilitation amiante SS4")
    ('ma certification PL-300', 'mon habilitation amiante SS4')
    >>> asset("2 ans chez un bureau d'études en PCAET"), asset("4 ans chez un notaire")
    ("mes deux ans dans un bureau d'études en PCAET", 'mes quatre ans chez un notaire')
    >>> asset("le DEP en soudage"), asset("les CACES R489"), asset("l'anglais courant")
    ('mon DEP en soudage', 'mes CACES R489', 'mon anglais courant')
    >>> asset("l'anglais et l'espagnol courants"), asset("la maîtrise de la convention IRSI")
    ('mon anglais et mon espagnol courants', 'ma maîtrise de la convention IRSI')
    >>> asset("les certifications Wwise 101 et 201"), asset("les formations SST")
    ('mes certifications Wwise 101 et 201', 'mes formations SST')
    >>> asset("le Certiphyto décideur"), asset("le stage de dix semaines aux archives")
    ('mon Certiphyto décideur', 'mon stage de dix semaines aux archives')
    >>> asset("le service civique de huit mois"), asset("la Maison de la culture")
    ('mon service civique de huit mois', 'la Maison de la culture')
    >>> asset("la Ferme Roy")
    'la Ferme Roy'
    >>> asset("le master de l'ISIPCA en formulation")
    "mon master de l'ISIPCA en formulation"

    Something done or a place worked in is the candidate's experience; a figure noted after a
    comma, an aside.

    >>> asset("la gestion de 3 équipes")
    'mon expérience de la gestion de trois équipes'
    >>> asset("la ferme familiale, 80 vaches"), asset("mes CACES R489 cat. 1, 3 et 5")
    ('mon expérience de la ferme familiale (80 vaches)', 'mes CACES R489 cat. 1, 3 et 5')
    >>> asset("le montage de stands"), asset("l'animation de groupes")
    ('mon expérience du montage de stands', 'mon expérience de l’animation de groupes')

    A role after the length takes « comme » (read 160: « mes sept ans directrice adjointe »):

    >>> asset("7 ans directrice adjointe d'un EHPAD"), asset("2 ans bénévole à la radio")
    ("mes sept ans comme directrice adjointe d'un EHPAD", 'mes deux ans comme bénévole à la radio')
    >>> asset("7 ans matelot sur un palangrier à Mamoudzou")
    'mes sept ans comme matelot sur un palangrier à Mamoudzou'
    >>> asset("7 ans technicien en signalisation")  # read 195
    'mes sept ans comme technicien en signalisation'
    >>> asset("6 ans conseiller en finances personnelles")  # read 235
    'mes six ans comme conseiller en finances personnelles'

    A training or a post noted with « un » is one of the candidate's (pair read 179: « un
    stage de six mois en audit légal m'y a préparée »):

    >>> asset("un stage de six mois en audit légal"), asset("une attestation SST à jour")
    ('mon stage de six mois en audit légal', 'mon attestation SST à jour')
    >>> asset("une formation en prévention"), asset("un chef qui m'a formé")
    ('ma formation en prévention', "un chef qui m'a formé")
    """
    text = _CHEZ_A_PLACE.sub("dans ", numbers_in_words(as_clause(_aside_said(highlight))))
    text = _FIGURE_ASIDE.sub(r" (\1)", text)
    if _DURATION.match(text):
        return "mes " + _AS_ROLE.sub(r"\1 comme ", text, count=1)
    text = _ONE_OF_MINE.sub(_mine, text, count=1)
    owned = _OWN_CREDENTIAL.sub(lambda found: _POSSESSIVE[found.group(1).strip()], text, count=1)
    if owned != text:
        # « mon anglais et l'espagnol courants » owned one language of two (read 116).
        return _SECOND_LANGUAGE.sub(lambda found: "et " + _POSSESSIVE[found.group(1)], owned)
    return _EXPERIENCE_OF.sub(_experience_of, text, count=1)


# « un stage de six mois », « une formation en prévention » : one of the candidate's own.
_ONE_OF_MINE = re.compile(
    r"^(un|une) (?=(?:stage|emploi|poste|contrat|CDD|CDI|service civique|apprentissage"
    r"|alternance|année|expérience|formation|diplôme|certificat|DEC|DEP|AEC|BTS|CAP|BEP|DUT"
    r"|BUT|master|bac|baccalauréat|licence|permis|habilitation|attestation|titre)\b)",
    re.IGNORECASE,
)


def _mine(found: re.Match[str]) -> str:
    """« mon » for « un », and for « une » before a vowel (« mon attestation »); else « ma »."""
    vowel = found.string[found.end() : found.end() + 1].casefold() in "aeiouyéèêâîôh"
    return "mon " if found.group(1).casefold() == "un" or vowel else "ma "


# « 3 ans éducatrice en garderie » : a role right after the length.
_AS_ROLE = re.compile(
    r"\b(ans|mois|années|saisons|étés|hivers) (?!(?:durant|pendant|avant|suivant|entier)\b)"
    # « 7 ans chef d'équipe » (read 244).
    r"(?=(?:agente?|adjointe?|(?:sous-)?chef(?:fe)?|commis|gérante?|cadre)\b|[a-zàâçéèêëîïôûù-]+"
    # « 7 ans matelot sur un palangrier » (read 167), « 4 ans bûcheron », « 2 ans conseillère
    # pédagogique » (read 235).
    r"(?:rice|eur|euse|iste|ière|ier|ère|er|ante?|ole|aire|ée?|ien(?:ne)?|ine?|ot|eron|ogue)\b)"
)
# « mon baccalauréat en enseignement de la musique (Université Laval) » pasted the note's
# parenthesis (read 148): a school is said « de l’Université Laval »; a year, a length or a
# name (a town, an employer) is the note's, not the letter's. What says the asset itself
# (« Airflow, MLflow », « carte professionnelle CNAPS ») stays.
# From its parenthesis, not the spaces before it: a run of spaces was read once per space.
_TRAILING_ASIDE = re.compile(r"\(([^()]+)\)\s*$")
_SCHOOLS = frozenset("université cégep collège école institut conservatoire lycée".split())
_NOTE_WORD = re.compile(r"\d[\d\s]*h?|[A-ZÀ-Ý][\w’'.&-]*|d[eu]s?|la|l[’']\w+|d[’']\w+|h")


def _aside_said(highlight: str) -> str:
    """A highlight with its closing parenthesis said as a letter says it, or left out.

    >>> _aside_said("mon baccalauréat en enseignement de la musique (Université Laval)")
    'mon baccalauréat en enseignement de la musique de l’Université Laval'
    >>> _aside_said("mon AEC en comptabilité (Cégep Limoilou)"), _aside_said("mon DEES (2024)")
    ('mon AEC en comptabilité du Cégep Limoilou', 'mon DEES')
    >>> _aside_said("ma maîtrise en audiologie (Université de Montréal, 2026)")
    'ma maîtrise en audiologie de l’Université de Montréal'
    >>> _aside_said("mes 4 ans de bar (Sherbrooke)"), _aside_said("mon bac (UQTR, 2024)")
    ('mes 4 ans de bar', 'mon bac')
    >>> _aside_said("mes trois ans de MLOps (Airflow, MLflow)")
    'mes trois ans de MLOps (Airflow, MLflow)'
    >>> _aside_said("mes quatre ans d’agent de sécurité (carte professionnelle CNAPS)")
    'mes quatre ans d’agent de sécurité (carte professionnelle CNAPS)'
    """
    said = _TRAILING_ASIDE.sub(_school_or_nothing, highlight)
    return said if said == highlight else said.replace("  ", " ").rstrip()


def _school_or_nothing(found: re.Match[str]) -> str:
    # A name, then at most a year: a list of names (« Airflow, MLflow ») says the asset.
    name, *year = (part.strip() for part in found.group(1).split(","))
    if len(year) > 1 or not all(_of_the_note(part) and part[:1].isdigit() for part in year):
        return found.group(0)
    if _bare(_first(name)) in _SCHOOLS:
        return " " + organisation(Company(name=name)).of
    return "" if _of_the_note(name) else found.group(0)


def _of_the_note(part: str) -> bool:
    """Whether an aside is a year, a length or a name: « 2024 », « 40 h », « La Pocatière »."""
    words = part.split()
    return bool(words) and all(_NOTE_WORD.fullmatch(word) for word in words)


def _experience_of(found: re.Match[str]) -> str:
    """« la gestion » as « mon expérience de la gestion »."""
    if found.group("elided"):
        return "mon expérience de l’"
    return "mon expérience " + _OF_ARTICLE[found.group("article")]


# « mettre à profit mon inscription sur liste d'aptitude » (pair read 149): a standing, not a
# skill.
# « une appli publiée sur les stores », a thing made, is not « mise à profit » either (pair
# read 151).
_NOT_OWNED = re.compile(
    r"^(?:le|la|les)\s|^l[’']|^(?:mon|mes)\s+inscriptions?\b|^une?\s+\S+\s+\S+(?:é|ée|és|ées)\b",
    re.I,
)


def is_owned(asset_text: str) -> bool:
    """Whether an asset, as :func:`asset` says it, is something the candidate has to use.

    What was done once (« la baisse de 30 % des éclosions ») cannot be « mis à profit » in a
    new team; years, a diploma, an experience can (read 141's reminders).

    >>> is_owned("mes cinq ans en spa nordique"), is_owned("un stage de trois mois")
    (True, True)
    >>> is_owned("la baisse de 30 % des éclosions"), is_owned("le PSC1")
    (False, False)
    >>> is_owned("mon inscription sur liste d'aptitude")
    False
    >>> is_owned("une appli publiée sur les stores avec 50 000 téléchargements")
    False
    """
    return _NOT_OWNED.match(asset_text) is None


_PLURAL_DETERMINERS = frozenset("mes les des ces nos vos leurs deux trois quatre cinq six".split())
# « mon anglais C1 et mon arabe courant »: two assets, each with its determiner.
# « mon CAP boulanger et MC boulangerie »: the second one's acronym stands for its determiner.
# « mon CAP dinandier et sept ans de repoussage » : a count of years is an asset too (read 230:
# « m'y a préparé »).
_TWO_ASSETS = re.compile(
    r"\bet (?:(?i:mon|ma|mes|le|la|les|l[’']|une?) ?|[A-ZÉ]{2,}\b"
    r"|(?:\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt)\s+"
    r"(?:ans|années|saisons|mois)\b)"
)


def is_plural(asset_text: str) -> bool:
    """Whether an asset, as :func:`asset` says it, takes a plural verb.

    >>> is_plural("mes cinq ans chez Hydro"), is_plural("la migration vers PostGIS")
    (True, False)
    >>> is_plural("mon anglais C1 et mon arabe courant"), is_plural("mon CAP et MC boulangerie")
    (True, True)
    >>> is_plural("mon anglais et l'espagnol courants")  # read 116: « me sera utile »
    True

    An acronym after « et » in a diploma's title is the title's (read 148: « mon DU
    Information médicale et PMSI m'y ont préparée »).

    >>> is_plural("mon DU Information médicale et PMSI")
    False
    >>> is_plural("mon CAP dinandier et sept ans de repoussage")
    True
    """
    first = _first(asset_text).casefold()
    two = _TWO_ASSETS.search(asset_text)
    return (
        first in _PLURAL_DETERMINERS
        or (first.isdigit() and first != "1")
        or (two is not None and not _IN_A_TITLE.search(asset_text, 0, two.start()))
    )


# A word in title case after the first noun: « DU Information médicale », « Master Droit ».
_IN_A_TITLE = re.compile(r"^\S+\s+\S+\s+[A-ZÀ-Ý][a-zà-ÿ]")


# What serves in a post rather than prepares for it: « Mon anglais C1 m'a préparée à ces
# fonctions » reads wrong, « me sera utile » does not.
_USEFUL_HEADS = re.compile(
    r"^(?:mon|ma|mes|le|la|les|l['’])\s*(?:\w+\s+)?"
    rf"(?:{_LANGUAGES}|bilinguisme|langues?|permis|cartes?|voiture|auto|véhicule"
    # « mes contacts à Pikogan m'ont préparé à ce métier » (read 154): people one knows help.
    r"|camion|réseau|connaissances?|maîtrise|mobilité|disponibilités?|contacts?|relations"
    r"|carnet d['’]adresses)\b",
    re.I,
)


# Years the candidate counts as their own: « mes 22 ans de… », « mes six saisons ».
_OWN_YEARS = re.compile(rf"^mes (?:\d+|{_NUMBER_WORDS}) (?:ans|années|saisons)\b", re.I)


def counts_own_years(asset_text: str) -> bool:
    """Whether an asset, as a letter owns it, counts the candidate's years or seasons.

    >>> counts_own_years("mes dix ans de sablage de coques"), counts_own_years("mon CAP")
    (True, False)
    """
    return _OWN_YEARS.match(asset_text) is not None


def as_subject(asset_text: str) -> str:
    """An asset put before its verb: an aside after a comma closes first.

    >>> as_subject("mes trois ans chez un notaire, surtout en immobilier")
    'mes trois ans chez un notaire, surtout en immobilier,'
    >>> as_subject("mon DEP"), as_subject("mes quatre ans en office (Genapi, Fiducial)")
    ('mon DEP', 'mes quatre ans en office (Genapi, Fiducial)')
    >>> as_subject("le français, l'anglais et le russe")
    "le français, l'anglais et le russe"
    >>> as_subject("mes trois ans chez un notaire, surtout en immobilier et en droit")
    'mes trois ans chez un notaire, surtout en immobilier et en droit,'
    >>> as_subject("mes CACES R489 cat. 1, 3 et 5")
    'mes CACES R489 cat. 1, 3 et 5'

    A list of nouns after a comma closes nothing either (fresh49: « mon DEC en environnement,
    hygiène et sécurité au travail (Cégep de Matane), m'a préparée »):

    >>> as_subject("mon DEC en environnement, hygiène et sécurité au travail (Cégep de Matane)")
    'mon DEC en environnement, hygiène et sécurité au travail (Cégep de Matane)'
    >>> as_subject("la baisse de la démarque de 4,2 % à 2,6 % sur mon rayon")
    'la baisse de la démarque de 4,2 % à 2,6 % sur mon rayon'
    """
    # A decimal comma (« de 4,2 % à 2,6 % ») is no aside (read 135).
    outside = re.sub(r"(?<=\d),(?=\d)", "", re.sub(r"\([^()]*\)", "", asset_text))
    # « le français, l'anglais et le russe », « cat. 1, 3 et 5 » are lists, which no comma closes.
    listed = _LIST_END.search(outside) is not None and (
        len(outside.split(",")[0].split()) <= 3
        or _NUMBER_LIST.search(outside) is not None
        or outside.split(",")[1].split()[0].casefold() not in _ASIDE_OPENERS
    )
    return asset_text + "," if "," in outside and not listed else asset_text


# Words that open an aside after a comma (« …, surtout en immobilier »), not a list's member.
_ASIDE_OPENERS = frozenset(
    """surtout notamment dont principalement essentiellement en avec dans sur pour chez puis
    mais donc au aux à de du des y ce cela qui où entre depuis pendant après avant""".split()
)


_LIST_END = re.compile(r",[^,]+\s(?:et|ou)\s[^,]+$")
_NUMBER_LIST = re.compile(r"\d\s*,\s*\d")


def prepared_by(
    asset_text: str,
    gender: str,
    aim: str | None,
    neutral_aim: str,
    role: str = "",
    *,
    lead: bool = True,
    seasoned: bool = False,
) -> str:
    """A sentence tying an asset, as :func:`asset` says it, to the post.

    The hand ties it (« Mes huit ans en grande distribution m'ont préparé à ce type de
    responsabilités »); alone in its paragraph, « Avec…, je peux être opérationnel
    rapidement » told the program (pair reads 103 to 107). ``aim`` follows « préparé »
    (None: « m'y a préparé », the sentence before says to what), ``neutral_aim`` follows
    « utile », which needs no agreement with the candidate.

    >>> prepared_by("mes huit ans en grande distribution", "m", "à ces fonctions", "ici")
    'Mes huit ans en grande distribution m’ont préparé à ces fonctions.'
    >>> prepared_by("mon AEP en assistance à la personne", "f", "à ces fonctions", "ici")
    'Mon AEP en assistance à la personne m’a préparée à ces fonctions.'
    >>> prepared_by("mon DEP", "f", None, "sur ce point")
    'Mon DEP m’y a préparée.'
    >>> prepared_by("mon anglais C1", "f", "à ces fonctions", "dans ces fonctions")
    'Mon anglais C1 me sera utile dans ces fonctions.'
    >>> prepared_by("mes dix ans de livraison, 0 accident", "m", "à ce travail", "ici")
    'Mes dix ans de livraison, 0 accident, m’ont préparé à ce travail.'

    Years in the very trade (a word of ``role``) did not prepare for it: « 22 ans de classe 1
    m'ont préparé à ces fonctions » read false for a trucker of 22 years (read 108).

    >>> prepared_by("mes 22 ans de classe 1", "m", "à ces fonctions", "ici", "chauffeur classe 1")
    'Je connais bien ce métier : mes 22 ans de classe 1 en témoignent.'

    >>> prepared_by("mes deux ans en RPA", "n", "à ces fonctions", "dans ces fonctions")
    'Mes deux ans en RPA me seront utiles dans ces fonctions.'

    After a colon (``lead=False``), the sentence goes on as typed: « Vous avez insisté sur
    la cadence : mes trois ans sur une ligne d'ensachage m'y ont préparée. »

    >>> prepared_by("mes formations Bikablo", "f", None, "sur ce point", lead=False)
    'mes formations Bikablo m’y ont préparée.'

    When the asset can be said as what the person did or holds, it is said so, the colon
    making the link (see :func:`own_fact`):

    >>> prepared_by("mes trois ans sur une ligne", "f", None, "sur ce point", lead=False)
    'j’ai travaillé trois ans sur une ligne.'

    Ten years into a trade (``seasoned``), an asset is leaned on, not what prepared them
    (see :func:`leaned_on`).

    >>> prepared_by("mon BTSA", "f", "à ce métier", "ici", seasoned=True)
    'Je pourrai aussi m’appuyer sur mon BTSA.'
    """
    if aim is None and not lead and (fact := own_fact(asset_text)) is not None:
        return fact
    plural = is_plural(asset_text)
    if role and aim is not None and _OWN_YEARS.match(asset_text) and in_the_trade(asset_text, role):
        return (
            f"Je connais bien ce métier : {as_subject(asset_text)} en "
            f"{'témoignent' if plural else 'témoigne'}."
        )
    if seasoned and aim is not None:
        return leaned_on(asset_text)
    subject = as_subject(_upper_first(asset_text) if lead else asset_text)
    if gender == "n" or _USEFUL_HEADS.match(asset_text):
        useful = "me seront utiles" if plural else "me sera utile"
        return f"{subject} {useful} {neutral_aim}".rstrip() + "."
    participle = "préparée" if gender == "f" else "préparé"
    verb = ("m’y " if aim is None else "m’") + ("ont" if plural else "a")
    return f"{subject} {verb} {participle}{'' if aim is None else ' ' + aim}."


# « mes six ans de nuits en EHPAD m'y ont préparée », after « Nous avons aussi parlé des nuits
# seule : » : the same frame in one thank-you in eight, which pair readers named first (pair
# reads 245 and 246: « sujet : mon atout m'y a préparé », fifteen pairs). The hand says the
# fact, and the colon links it (« Le volume ne me fait pas peur : j'ai fait deux saisons… »).
_YEARS_AT = re.compile(
    r"^mes (\S+ (?:ans|années|saisons|mois|étés|hivers)) "
    r"(comme|chez|en|au|aux|à|dans|sur|avec|pour)\b(.+)$"
)
_YEARS_OF = re.compile(r"^mes (\S+ (?:ans|années|saisons|mois|étés|hivers)) (d(?:e |’|'))(.+)$")
# A job after « ans de » (« cinq ans d'enseignante APA »): one was one, one did not « make » it.
_JOB_ENDINGS = (*_JOB_NOUN_ENDINGS, "yste")
_JOBS = frozenset(
    "enseignant enseignante intervenant intervenante assistant assistante surveillant"
    " surveillante agent agente adjoint adjointe aide commis cadre chef cheffe guide coach"
    " secrétaire notaire vétérinaire".split()
)


def _names_a_job(phrase: str) -> bool:
    head = phrase.split(" ", 1)[0].casefold()
    return head in _JOBS or head.endswith(_JOB_ENDINGS)


_EXPERIENCE = re.compile(r"^mon expérience (d(?:u|es|e |’|')|en|dans)(.+)$")
_TRAINING = re.compile(r"^(mon|ma) (stage|formation)\b(.+)$")
# What one holds, said with « le » or « la » (« j'ai la certification Opquast ») or, for a
# degree among many, « un » or « une » (« j'ai une maîtrise en sciences de la santé »).
_HELD = frozenset(
    "DE certification permis carte habilitation CACES attestation titre brevet BAFA BPJEPS".split()
)
_DEGREES = frozenset(
    "bac baccalauréat bacc master licence maîtrise doctorat diplôme certificat DEC DEP AEC BTS "
    "DUT BUT DEUST CAP BEP DU DIU".split()
)
_ONE = {"mon": "un", "ma": "une"}


def own_fact(asset_text: str) -> str | None:
    """An asset, as :func:`asset` says it, said as what the person did or holds, or None.

    >>> own_fact("mes six ans de nuits en EHPAD")
    'j’ai fait six ans de nuits en EHPAD.'
    >>> own_fact("mes trois ans comme apprenti électricien")
    'j’ai travaillé trois ans comme apprenti électricien.'
    >>> own_fact("ma certification Opquast"), own_fact("mon DE d’IBODE")
    ('j’ai la certification Opquast.', 'j’ai le DE d’IBODE.')
    >>> own_fact("ma maîtrise en sciences de la santé"), own_fact("mon attestation MAPAQ")
    ('j’ai une maîtrise en sciences de la santé.', 'j’ai l’attestation MAPAQ.')
    >>> own_fact("mon expérience du lancement d’une gamme")
    'j’ai l’expérience du lancement d’une gamme.'
    >>> own_fact("mes cinq ans d’enseignante APA en SSR")  # read 283: « j'ai fait… d'enseignante »
    'j’ai été enseignante APA en SSR pendant cinq ans.'
    >>> own_fact("ma formation en soins de plaies"), own_fact("mon stage au SPANC")
    ('j’ai suivi une formation en soins de plaies.', 'j’ai fait un stage au SPANC.')

    Not two assets joined, nor what has no verb of its own:

    >>> print(own_fact("mon CAP dinandier et sept ans de repoussage"), own_fact("mon anglais"))
    None None
    """
    if (deed := done_fact(asset_text)) is not None:
        return deed
    if (text := _one_asset(asset_text)) is None:
        return None
    possessive, _, rest = text.partition(" ")
    head = rest.split(" ", 1)[0].rstrip(",")
    if possessive not in ("mon", "ma") or not rest:
        return None
    if head in _HELD:
        the = "le " if possessive == "mon" else "la "
        return f"j’ai {'l’' if rest[:1].lower() in 'aeéèêiîoôuh' else the}{rest}."
    if head in _DEGREES:
        return f"j’ai {_ONE[possessive]} {rest}."
    return None


def _one_asset(asset_text: str) -> str | None:
    """The asset without its final stop, or None when it joins two or explains itself."""
    text = asset_text.strip().rstrip(".")
    return None if " et " in text or "(" in text else text


def done_fact(asset_text: str) -> str | None:
    """An asset, as :func:`asset` says it, said as what the person did, or None.

    Years, an experience, a training are deeds; a paper or a degree is only held, and « Je
    reviens à notre échange sur les dispositifs de consignation électronique : j'ai un DEC… »
    read as a non sequitur (read 304).

    >>> done_fact("mes trois ans comme apprenti électricien")
    'j’ai travaillé trois ans comme apprenti électricien.'
    >>> print(done_fact("mon DEC en technologie de l’électronique"))
    None
    """
    if (text := _one_asset(asset_text)) is None:
        return None
    if found := _YEARS_AT.match(text):
        return f"j’ai travaillé {found[1]} {found[2]}{found[3]}."
    if found := _YEARS_OF.match(text):
        if _names_a_job(found[3]):
            return f"j’ai été {found[3]} pendant {found[1]}."
        return f"j’ai fait {found[1]} {found[2]}{found[3]}."
    if found := _EXPERIENCE.match(text):
        return f"j’ai l’expérience {found[1]}{found[2]}."
    if found := _TRAINING.match(text):
        verb = "suivi une" if found[2] == "formation" else "fait un"
        return f"j’ai {verb} {found[2]}{found[3]}."
    return None


# What one made, won or was granted, beside the papers of ``_HELD``: held, not learned from.
# « j'aimerais apporter à votre équipe mon CACES R490 », « …mon article sur les réseaux de
# Bragg », « Le 2e prix du Grand Slam pourrait t'être utile pour tes prochains projets » (reads
# 251 and 252: six reminders at 2 or 3).
_GRANTED = frozenset(
    "article publication livre ouvrage prix médaille trophée bourse agrément affiliation "
    "inscription permis carte habilitation CACES attestation titre brevet".split()
)
# What one owns, which a host family or a driver offers, never brings to a team (read 311:
# « j'aimerais apporter à votre équipe ma maison de plain-pied avec jardin »).
_OWNED = frozenset(
    "maison appartement logement jardin voiture véhicule camion camionnette auto terrain "
    "chambre garage".split()
)
# What one learned from: a degree, a training (« ce que m'a appris mon DEP »).
_LEARNED = frozenset("certification formation thèse mémoire".split())
_RANK = re.compile(r"^(?:\d+(?:e|er|re|ème)|premier|première)$")


_COUNTED_WORKS = re.compile(rf"(?:\d+|{_NUMBER_WORDS})\s", re.IGNORECASE)


def brought(asset_text: str) -> str | None:
    """What an asset, as :func:`asset` says it, brings to a team; None if nothing.

    Years, an experience, a skill, a language are brought as they are. A diploma or a
    training is held: what it taught is brought. A licence, a paper or a prize brings
    nothing (« apporter à votre équipe mon CQP » read as nonsense).

    >>> brought("mes six ans en conserverie"), brought("ma maîtrise de Revit")
    ('mes six ans en conserverie', 'ma maîtrise de Revit')
    >>> brought("mon CQP conducteur de ligne")
    'ce que m’a appris mon CQP conducteur de ligne'
    >>> brought("ma maîtrise en génie physique")
    'ce que m’a appris ma maîtrise en génie physique'
    >>> brought("mes certifications Wwise 101 et 201")
    'ce que m’ont appris mes certifications Wwise 101 et 201'
    >>> print(brought("mon article sur les réseaux"), brought("le 2e prix du Grand Slam"))
    None None
    >>> print(brought("mes CACES R489"), brought("mon titre PMP"), brought("mon permis classe 2"))
    None None None
    >>> print(brought("ma maison de plain-pied avec jardin"), brought("mon camion 3 tonnes"))
    None None
    >>> brought("mon M2 Finance de marché")
    'ce que m’a appris mon M2 Finance de marché'
    >>> brought("mon postdoc en spectrométrie de masse")
    'mon postdoc en spectrométrie de masse'

    Works counted are an experience (pair read 281: « j'aimerais y mettre à profit trois longs
    métrages comme ensemblière »):

    >>> brought("trois longs métrages comme ensemblière")
    'mon expérience de trois longs métrages comme ensemblière'

    Two assets joined are brought as they are (« mon BTS notariat et mes trois ans à
    l’étude de Libourne »).
    """
    if _TWO_ASSETS.search(asset_text):
        return asset_text
    if _COUNTED_WORKS.match(asset_text):
        return f"mon expérience de {asset_text}"
    words = asset_text.split()[1:3]
    if words and _RANK.match(words[0]):
        words = words[1:]
    if not words:
        return asset_text
    head = words[0].rstrip(",")
    known = _HELD | _DEGREES | _GRANTED | _LEARNED
    singular = head[:-1] if head.endswith("s") and head[:-1] in known else head
    plural = singular != head or asset_text.startswith("mes ")
    if singular == "maîtrise" and words[1:2] not in (["en"], ["ès"]):
        return asset_text
    if singular in _GRANTED or singular in _OWNED:
        return None
    # « mon M2 Finance de marché », a year of a degree (read 288: « apporter à votre équipe
    # mon M2 »).
    if (
        singular in _HELD
        or singular in _DEGREES
        or singular in _LEARNED
        or _is_acronym(head)
        or re.fullmatch(r"[LM][1-3]", head)
    ):
        return f"ce que m’{'ont' if plural else 'a'} appris {asset_text}"
    return asset_text


def in_the_trade(asset_text: str, role_title: str) -> bool:
    """Whether an asset says years in the very trade of ``role_title``, not a neighbour's.

    They share a word, and the word is not qualified two ways: « 3 ans en gestion de
    sinistres auto » for a « téléconseiller sinistres habitation », or « répartiteur de
    taxis » for a « répartiteur d'urgence », is the next trade over (« Je connais bien ce
    métier » read false in closing 24).

    >>> in_the_trade("mes 22 ans de classe 1", "Chauffeur classe 1 (H/F)")
    True
    >>> in_the_trade("mes 3 ans en sinistres auto", "Téléconseiller·ère sinistres habitation")
    False
    >>> in_the_trade("mes 5 ans comme répartiteur de taxis", "RÉPARTITEUR D'URGENCE 911")
    False
    >>> in_the_trade("mes 15 ans d'électricité bâtiment dont 4 en chef", "Électricien bâtiment")
    True
    >>> in_the_trade("mes 3 ans d'animateur en centre social", "Médiateur social de nuit")
    False
    >>> in_the_trade("10 saisons de motoneige", "Agent de surveillance des sentiers de motoneige")
    False
    >>> in_the_trade("4 ans de préposé aux bénéficiaires", "Préposé(e) aux transferts de défunts")
    False
    """
    # The trade is said by the title's first words: « sentiers de motoneige », at the end of
    # « agente de surveillance des sentiers de motoneige », is where the trade is done, and
    # ten seasons of snowmobiling for fun did not teach it (read 156).
    role_title = _INCLUSIVE_ENDING.sub("", role_title)  # « Préposé(e) aux transferts »
    head = " ".join(re.findall(r"[^\W\d_]+", role_title)[:4])
    shared = shared_words(asset_text, head) - _ANY_TRADE
    asset_next, title_next = _next_words(asset_text), _next_words(role_title)
    return any(
        not (
            (mine := asset_next.get(word)) is not None
            and (theirs := title_next.get(word)) is not None
            and mine != theirs
            and mine not in title_next
            and theirs not in asset_next
        )
        for word in shared
    )


_INCLUSIVE_ENDING = re.compile(
    r"\((?:e|ne|le|se|ère|euse|rice|trice)\)|[·•](?:e|ne|le|se|ère|euse|rice|trice)\b"
)
# Adjectives many trades share: « animateur en centre social » is not « médiateur social »
# (pair read 151: « Je connais bien ce métier : mes trois ans d'animateur… en témoignent »).
_ANY_TRADE = frozenset(
    """social sociale sociaux sociales général générale technique techniques administratif
    administrative commercial commerciale public publique principal principale adjoint
    adjointe senior junior polyvalent polyvalente nuit jour soir""".split()
)
# « préposé aux bénéficiaires » is qualified by « bénéficiaires », as « préposé de… » would be.
_LINK_WORDS = frozenset("de du des d aux au".split())
_NOT_QUALIFIERS = frozenset(
    "dont chez sans avec pour dans sur comme en et ou au aux à la le les l un une".split()
)


def _next_words(text: str) -> dict[str, str | None]:
    """Each word of ``text`` (casefolded) and the word that qualifies it, if any.

    « sinistres auto » → auto; « répartiteur de taxis » → taxis; « bâtiment dont 4 » → none.
    """
    words = re.findall(r"[^\W_]+", text.casefold())
    found: dict[str, str | None] = {}
    for index, word in enumerate(words):
        after = words[index + 1 : index + 3]
        if after and after[0] in _LINK_WORDS:
            after = after[1:]
        qualifier = after[0] if after else None
        good = qualifier is not None and qualifier.isalpha() and len(qualifier) >= 3
        found.setdefault(word, qualifier if good and qualifier not in _NOT_QUALIFIERS else None)
    return found


_SEASONED = re.compile(r"\b(?:[1-9]\d|dix|douze|quinze|vingt|trente)\s+(?:ans|années)\b", re.I)


def seasoned(highlights: list[str]) -> bool:
    """Whether a highlight counts ten years or more: « 22 ans de direction technique ».

    >>> seasoned(["22 ans de régie", "le BTSA"]), seasoned(["3 ans en cirque"])
    (True, False)
    """
    return any(_SEASONED.search(highlight) for highlight in highlights)


def leaned_on(asset_text: str) -> str:
    """An asset a seasoned candidate adds to their years, not what prepared them.

    « Trois tournées internationales en cirque m'ont préparé à ce métier » belittled a
    technical director of 22 years (read 119).

    >>> leaned_on("trois tournées internationales en cirque")
    'Je pourrai aussi m’appuyer sur trois tournées internationales en cirque.'
    """
    return f"Je pourrai aussi m’appuyer sur {asset_text}."


def serves_me(asset_text: str, when: str) -> str:
    """« {asset} me servira {when}. », the verb agreed with the asset.

    >>> serves_me("mes deux étés au festival", "dès mes premières semaines")
    'Mes deux étés au festival me serviront dès mes premières semaines.'
    """
    subject = as_subject(_upper_first(asset_text))
    return f"{subject} me {'serviront' if is_plural(asset_text) else 'servira'} {when}."


def has_determiner(asset_text: str) -> bool:
    """Whether an asset, as :func:`asset` says it, can follow « mettre à profit ».

    « mon M2 », « mes trois saisons » can; a bare note (« allemand courant », « permis
    classe 5 ») cannot: « Je pourrais mettre à profit allemand courant dans ce rôle » read
    as a template with a blank filled in (read 60, 10 drafts).

    >>> has_determiner(asset("mon CQP agent de sûreté")), has_determiner(asset("2 ans au Mexique"))
    (True, True)
    >>> has_determiner(asset("allemand courant"))
    False
    """
    first = _first(asset_text)
    return _bare(first) in _DETERMINERS and not _is_acronym(first)


_PRONOUN_OF = {"mon": "le", "ma": "la", "mes": "les"}

# « Mon anglais est correct mais pas parfait » : a weakness, noted bare.
_BARE_WEAKNESS = re.compile(
    r"^(mon|ma|mes) ([\w-]+(?: [\w-]+)?) (?:est|sont) (?:(?:\w+ )?(?:mais|sans être) "
    r"(?:pas )?(?:encore )?parfaite?s?"
    # « Mon français est encore en progrès mais je comprends tout » (read 158).
    r"|(?:encore )?(?:en progrès|à améliorer|perfectibles?|hésitante?s?|limitée?s?"
    # « Mon français technique est encore en rodage » (read 180: the only draft under 3).
    r"|en rodage|en apprentissage|rouillée?s?|pas (?:encore )?au point))\b"
    # What the person does about it (« je prends des cours le samedi ») is the point (read 70).
    r"(?:\s*[,;:]\s*(?:et\s+|mais\s+)?(?P<doing>(?:je\s+|j['’]\s*)(?!travaille|bosse)[^.;!]+))?"
    r".*$",
    re.I,
)


def unprompted_weakness(note: str, topics: list[str]) -> bool:
    """A bare weakness the interview did not touch: a thank-you does not raise it (R10).

    >>> unprompted_weakness("Mon anglais est correct mais pas parfait.", ["la fouille des bagages"])
    True
    >>> unprompted_weakness("Mon anglais est correct mais pas parfait.", ["l'anglais au comptoir"])
    False
    >>> unprompted_weakness("Mon français est encore en progrès mais je comprends tout.", [])
    True
    >>> unprompted_weakness("Mon français technique est encore en rodage, j'ai fait toute ma "
    ...                     "formation en anglais.", ["radiothérapie adaptative (Ethos)"])
    True
    """
    return bool(_BARE_WEAKNESS.match(note.strip())) and not any(
        overlaps(note, topic) for topic in topics
    )


# An answer that went wrong, as people note it: « jai bafouillé sur la question du résident
# agressif », « pas su répondre pour le CNAS ». Stage fright alone (« j'ai bafouillé au début »)
# is no answer to complete.
_STUMBLE = re.compile(
    r"(?:bafouill\w*|fig[ée]e?|h[ée]sit[ée]e?)\s+(?:un peu\s+)?(?:sur|à la question|a la question)"
    r"[^.!?;\n]*"
    r"|(?:pas su|mal)\s+(?:quoi\s+)?r[ée]pond\w*[^.!?;\n]*"
    r"|pas s[uû]re?\s+d['’]?\s*avoir\s+(?:bien|assez)\s+r[ée]pondu[^.!?;\n]*"
    r"|j['’]?\s*aurais\s+d[uû][^.!?;\n]*",
    re.IGNORECASE,
)


# « J'ai pas su répondre sur le REAC, je connaissais pas le sigle » : an answer missed, and
# nothing to complete it with (fresh100: « Je complète ma réponse : … je ne connaissais pas le
# sigle » told the recruiter only what was not known).
# The rest of a clause, up to its punctuation or to a « mais » that goes on with what was done
# (« Je ne connais pas Cegid Loop mais j'ai fait la migration… » completes the answer).
_CLAUSE_REST = r"(?:(?!\s(?:mais|et|donc|par\s+contre|cependant|sauf)\b)[^,.!?;:\n])*"
_MISSED = (
    r"(?:j['’]?\s*ai\s+|je\s+n['’]\s*ai\s+)?(?:pas\s+(?:su|pu)|mal)\s+(?:quoi\s+)?(?:bien\s+)?"
    rf"r[ée]pond\w*{_CLAUSE_REST}"
    r"|(?:je\s+)?(?:ne\s+|n['’]\s*)?(?:connaissais|savais|connais|sais|comprenais"
    rf"|me\s+souvenais)\s+(?:pas|plus)\b{_CLAUSE_REST}"
    rf"|j['’]?\s*ai\s+(?:bloqué|séché|paniqué|bafouillé|perdu\s+mes\s+moyens){_CLAUSE_REST}"
)
_ONLY_MISSED = re.compile(
    rf"^\s*(?:{_MISSED})(?:\s*(?:[,;]|et|mais)\s*(?:{_MISSED}))*\s*[.!…]*\s*$", re.IGNORECASE
)


def only_missed(note: str) -> bool:
    """Whether ``note`` says only that an answer was missed, with nothing to complete it.

    >>> only_missed("J'ai pas su répondre sur le REAC, je connaissais pas le sigle.")
    True
    >>> only_missed("Sur le REAC, je n'ai pas su répondre : c'est le référentiel du titre.")
    False
    >>> only_missed("J'ai pas su répondre sur le REAC, mais j'ai lu le référentiel depuis.")
    False
    >>> only_missed("Je ne connais pas Cegid Loop mais j'ai fait la migration vers Pennylane.")
    False
    """
    return _ONLY_MISSED.match(note) is not None


def stumbled_answer(impressions: str | None) -> str | None:
    """The words of ``impressions`` that note an answer gone wrong, to be completed (R10).

    >>> stumbled_answer("Tres humaine. J'ai bafouillé sur la question du résident agressif.")
    'bafouillé sur la question du résident agressif'
    >>> stumbled_answer("jury de 2. questions sur le statut, j'ai pas su répondre pour le CNAS")
    'pas su répondre pour le CNAS'
    >>> stumbled_answer("jetais stressée jai bafouillé au debut, mais il etait gentil") is None
    True
    """
    found = _STUMBLE.search(impressions or "")
    return found.group(0).strip(" ,") if found else None


# How people note what they left out, and how a letter says it: the fact stays theirs,
# the self-reproach goes (« J’ai oublié de dire que… » is not what a recruiter should read).
def _opening(*forms: str) -> re.Pattern[str]:
    """A note's opening, in any of ``forms``, with the spaces that follow it."""
    return re.compile(rf"^(?:{'|'.join(forms)})\s+", re.I)


_HAVE = r"j['’]ai"
_ABOUT = r"(?:sur|concernant|au sujet d[eu])"
# « J’ai aussi fait deux saisons… » alone in its paragraph read as a loose end (lecture 34):
# the letter says why the fact comes now.
_NOT_RAISED = "J’ajoute un point que je n’ai pas abordé : "
_CORRECTION = "Je voudrais corriger une de mes réponses : "
_PRECISION = "Je dois préciser une de mes réponses : "
_SELF_REPROACH: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        _opening(
            rf"{_HAVE} oublié de (?:dire|mentionner|préciser) que",
            r"je n['’]ai pas (?:dit|mentionné|précisé) que",
        ),
        _NOT_RAISED,
    ),
    # « j'ai oublié de dire qu'au Bistro Cartier… » (fresh153: « j'ajoute que j'ai oublié de
    # dire qu'au Bistro Cartier »).
    (
        re.compile(
            rf"^(?:{_HAVE} oublié de (?:dire|mentionner|préciser)"
            r"|je n['’]ai pas (?:dit|mentionné|précisé)) qu['’]\s*(?=\w)",
            re.I,
        ),
        _NOT_RAISED,
    ),
    (_opening(r"j['’]aurais dû (?:dire|mentionner|préciser) que"), _NOT_RAISED),
    # « J'ai raté le triple à l'audition mais je le passe à l'entraînement » : the failure is
    # not written again, what answers it is (read 189: « attire l'attention sur l'échec »).
    (
        _opening(
            rf"{_HAVE} (?:raté|loupé|manqué)\s+(?P<what>(?:le|la|les|l['’])\s*[^,;.]+?)"
            r"(?:\s+(?:à|pendant|lors de)\s+(?:l['’]|la |le )?(?:audition|test|essai|entretien"
            r"|entrevue|mise en situation))?,?\s+mais"
        ),
        lambda m: f"Concernant {m['what']}, ",
    ),
    # « I forgot: j'ai aussi géré le stock » : a note's English (read 189: pasted as is).
    (_opening(r"(?:I forgot|forgot|oublié)(?: to (?:say|mention))?\s*:"), _NOT_RAISED),
    # « Sur RDA-FR je n'ai pas su répondre, je me suis inscrit à une formation » : what was
    # done since says it (fresh41).
    # « J'ai pas su répondre sur le logiciel de réservation : au Normandin… » completes the
    # answer on its topic (fresh161: « Je complète ma réponse : sur le logiciel… : au… »).
    (
        _opening(r"(?:je n['’]|j['’])ai pas (?:su|pu) (?:bien )?répondre (?:sur|concernant)"),
        "Pour compléter ma réponse sur ",
    ),
    (_opening(r"je n['’]ai pas (?:su|pu) (?:y |bien )?répondre,?"), ""),
    # « Pour l'UPA, j'ai répondu trop vite : j'ai coprésidé… » (read 204: « j'ajoute que
    # j'ai répondu trop vite »).
    # « J'ai répondu trop vite sur les hottes : … » is completed on its topic (below).
    (
        _opening(
            r"j['’]ai répondu (?:trop|un peu) (?:vite|rapidement)"
            r"(?!\s+(?:sur|à|au|aux|pour|concernant|quand)\b)\s*[:,;]?\s*"
        ),
        "Je complète ma réponse : ",
    ),
    # « Je voulais dire aussi que je parle la LSF » : a point added (read 186).
    (
        _opening(r"je voulais (?:aussi dire|dire aussi|aussi préciser|préciser aussi) que"),
        _NOT_RAISED,
    ),
    # « je voulais dire que je me mets à distance » : what the answer meant (read 117).
    (_opening(r"je voulais (?:dire|expliquer|préciser|répondre) que"), "Je précise que "),
    # Said, but not enough (fresh13): the point is underlined now.
    (
        _opening(r"je n['’]ai pas assez (?:dit|souligné|précisé|mentionné|expliqué) que"),
        "Je tiens à souligner que ",
    ),
    (
        _opening(
            rf"(?:{_HAVE} oublié de|j['’]aurais dû) "
            r"(?:parler|vous parler|mentionner|citer|évoquer)",
            r"je n['’]ai pas (?:parlé|eu le temps de parler)",
        ),
        "Je voudrais aussi mentionner ",
    ),
    (
        _opening(
            r"(?:je n['’]|j['’])ai pas assez (?:insisté sur|mis en avant)",
            # « Je n'ai pas assez parlé des deux accords » : the « de » goes with the reproach
            # (read 152, pasted as it was typed).
            r"(?:je n['’]|j['’])ai pas assez parlé(?=\s+d)",
        ),
        "Je voudrais revenir sur ",
    ),
    (_opening(rf"{_HAVE} (?:mal|trop vite|un peu vite) répondu à"), "Pour compléter ma réponse à "),
    (
        _opening(
            rf"{_HAVE} (?:mal|trop vite|un peu vite) répondu {_ABOUT}",
            rf"{_HAVE} répondu (?:trop vite|un peu vite|trop rapidement|mal) {_ABOUT}",
            rf"{_HAVE} été (?:un peu |trop )?(?:rapide|brève?|courte?) sur",
        ),
        "Pour compléter ma réponse sur ",
    ),
    # « j'ai dit que X, en fait Y », « j'ai dit niveau B1 mais en fait… » (read 84): the
    # correction, not the note that records it.
    (
        re.compile(r"^j['’]ai dit que (.+?),? (?:mais )?en (?:fait|réalité),?\s+", re.I),
        _CORRECTION + r"je vous ai dit que \1 ; en réalité, ",
    ),
    (
        re.compile(
            r"^j['’]ai (?:dit|répondu|annoncé|indiqué) .+?,? (?:mais )?en (?:fait|réalité),?\s+",
            re.I,
        ),
        _PRECISION,
    ),
    # A weakness noted bare (« Mon anglais est correct mais pas parfait ») is said as the
    # progress it is.
    (
        _BARE_WEAKNESS,
        lambda m: (
            f"Quant à {m.group(1).lower()} {m.group(2)}, je continue de "
            f"{_PRONOUN_OF[m.group(1).lower()]} perfectionner"
            + (f" : {_lower_first(m.group('doing').strip())}." if m.group("doing") else ".")
        ),
    ),
]
# « …, je ne l’ai pas assez dit. » at the end: the point is kept and said first.
_REPROACH_TAIL = re.compile(
    r"[,;]\s*(?:je (?:ne )?l['’]ai pas assez (?:dit|souligné|mentionné)|j['’]aurais dû le (?:dire|"
    r"préciser|souligner)|j['’]ai oublié de le (?:dire|préciser))\s*[.!]?$",
    re.I,
)
_COMPLETED_IN_FACT = re.compile(
    r"^(Pour compléter ma réponse (?:sur|à) [^,]{1,80},\s*)en fait,?\s+"
)
# « …, je travaille là-dessus. » is how one speaks of progress, not how one writes it.
_WORKING_ON_IT = re.compile(
    r",\s*(?:et\s+)?je (?:travaille|bosse) (?:là-dessus|dessus)\s*\.?$", re.I
)
# « Sur les scolaires, j’ai oublié de dire que… »: the topic is kept before the reframing.
_TOPIC_LEAD = re.compile(
    r"^(?:(?:sur|pour|concernant|à propos de|pendant|durant|lors de)\s"
    r"(?:(?:le|la|les|mon|ma|mes|votre|vos|ce|cet|cette|ces)\s|l['’])"
    r"|(?:à propos|lors) d(?:u|es)\s"
    # « Sur RDA-FR je n'ai pas su répondre » : a topic named by its acronym (fresh41).
    r"|(?:sur|concernant|à propos de)\s(?=[A-ZÉ][A-ZÉ0-9-]+\b))"
    # « Pour le Civil 3D j'ai dit… » : the comma a note leaves out (read 84); not the « je »
    # of a relative (read 312: « Pour le spécimen que je n'ai pas identifié, j'ai vérifié »).
    # Up to a colon too: « Pour la patiente qui pleure : j'arrête la séance, je lui laisse… »
    # (read 345: « …j'arrête la séance, j'ajoute que je lui laisse »).
    r"[^,:]{1,60}?(?:\s*[,:]\s*|(?<!\bque)(?<!\bqui)(?<!\bdont)(?<!\boù)\s+(?=j['’]ai\s|je\s))",
    re.I,
)
# « Pendant la mise en situation, je n'ai pas assez dit que… » : the point is about that
# moment, said now (fresh13).
_AS_CONCERNING = (
    (re.compile(r"^(?:sur|pour|pendant|durant)\b", re.I), "Concernant"),
    (re.compile(r"^lors du\b", re.I), "Concernant le"),
    (re.compile(r"^lors des\b", re.I), "Concernant les"),
    (re.compile(r"^lors de\b", re.I), "Concernant"),
)
# « mentionner du stage » is « mentionner le stage »: « parler de » loses its « de ».
# « Concernant l'indépendance du BVG, je voudrais aussi mentionner du budget… » (pair read
# 221): after the head too.
_AFTER_MENTION = re.compile(
    r"^(?:Concernant [^,]+, )?[Jj]e voudrais (?:aussi mentionner|revenir sur) "
    r"(de la |de l['’]|du |des |de |d['’])"
)
_UNDO_DE = {"de la ": "la ", "de l'": "l'", "de l’": "l’", "du ": "le ", "des ": "les "}
# « parler de mon CAP et de ma formation »: each member loses its « de », but only before a
# determiner (« mon expérience de régulation et de planification » is one member).
_AND_DE = re.compile(
    r"\b(et|ou) de (?=(?:mon|ma|mes|son|sa|ses|notre|nos|ce|cet|cette|ces|un|une|la)\s)"
    r"|\b(et|ou) d['’](?=(?:un|une)\s)"
)
# « j’ai oublié de dire que j’ai fait mon stage et que je connais… »: the first « que »
# went with the reproach, so the next one goes too.
_AND_THAT = re.compile(r"\b(et|mais|puis) qu(?:e\s+|['’])")


# « on » + a verb of the notes, said with « nous » (a letter's register).
_ON_VERB = re.compile(
    r"\b(?P<that>qu')?(?P<on>on)\s+(?P<clitic>(?:en|y|le|la|les|lui|leur|se)\s+|[ls]')?"
    r"(?P<verb>\w+)",
    re.IGNORECASE,
)


def speaks_with_on(text: str) -> bool:
    """Whether ``text`` says « on » for a team where a letter says « nous »."""
    return any(_to_person(m["verb"], "nous") for m in _ON_VERB.finditer(text))


def with_nous(text: str) -> str:
    """``text`` with « nous » where the notes say « on » for the candidate's team.

    >>> with_nous("À Lévis, on avait mis en place des ateliers ; on servait 200 repas.")
    'À Lévis, nous avions mis en place des ateliers ; nous servions 200 repas.'
    >>> with_nous("On l'utilise en production et on lance 400 tests par jour.")
    "Nous l'utilisons en production et nous lançons 400 tests par jour."
    """

    def replace(match: re.Match[str]) -> str:
        form = _to_person(match["verb"], "nous")
        if form is None:
            return match[0]
        clitic = (match["clitic"] or "").strip()
        clitic = "nous " if clitic.lower() in {"s'", "se"} else (f"{clitic} " if clitic else "")
        clitic = clitic.replace("' ", "'")
        that = "que " if match["that"] else ""
        nous = "Nous" if match["on"][0] == "O" else "nous"
        return f"{that}{nous} {clitic}{form}"

    return _ON_VERB.sub(replace, text)


_SAYING_VERB = re.compile(
    r"je\s+(?:confirme|précise|rappelle|maintiens|souligne|tiens\s+à|voudrais|peux\s+confirmer)\b",
    re.IGNORECASE,
)


def reframe(sentence: str) -> str:
    """The candidate's note on what they would add, without its self-reproach.

    >>> reframe("J’ai oublié de dire que j’ai fait deux saisons.")
    'J’ajoute un point que je n’ai pas abordé : j’ai fait deux saisons.'
    >>> reframe("Je n’ai pas assez insisté sur Civil 3D : je l’utilise tous les jours.")
    'Je voudrais revenir sur Civil 3D : je l’utilise tous les jours.'
    >>> reframe("J’ai oublié de parler de mon expérience de régulation chez Transdev.")
    'Je voudrais aussi mentionner mon expérience de régulation chez Transdev.'
    >>> reframe("J’aurais dû parler du stage à Lyon.")
    'Je voudrais aussi mentionner le stage à Lyon.'
    >>> reframe("Je n'ai pas assez parlé des deux accords que j'ai négociés au CSE.")
    "Je voudrais revenir sur les deux accords que j'ai négociés au CSE."
    >>> reframe("J'ai pas assez parlé de mon BTS")
    'Je voudrais revenir sur mon BTS'
    >>> reframe("Je n'ai pas parlé de mon CAP et de ma formation QualiPAC.")
    'Je voudrais aussi mentionner mon CAP et ma formation QualiPAC.'
    >>> reframe("J’ai oublié de dire que j’ai fait mon stage à Verdun et que je connais Epic.")
    'J’ajoute un point que je n’ai pas abordé : j’ai fait mon stage à Verdun et je connais Epic.'
    >>> reframe("J'ai piloté la bascule vers Opera Cloud en 2025, je ne l'ai pas assez dit.")
    "Je voudrais revenir sur un point : j'ai piloté la bascule vers Opera Cloud en 2025."
    >>> reframe("Nous avions fait une charpente de 14 m à Guérande, je l'ai pas assez dit.")
    'Je voudrais revenir sur un point : nous avions fait une charpente de 14 m à Guérande.'
    >>> reframe("Sur les scolaires, j'ai oublié de dire que j'anime des ateliers.")
    "Concernant les scolaires, j’ajoute que j'anime des ateliers."
    >>> reframe("Pour le food cost, j'ai oublié de dire qu'au Bistro je l'ai fait baisser.")
    "Concernant le food cost, j’ajoute qu’au Bistro je l'ai fait baisser."
    >>> reframe("J'ai dit que non mais en fait si.")
    'Je voudrais corriger une de mes réponses : je vous ai dit que non ; en réalité, si.'
    >>> reframe("Pour le Civil 3D j'ai dit que je l'utilisais peu, en fait je fais tout")
    "Concernant le Civil 3D, je vous ai dit que je l'utilisais peu ; en réalité, je fais tout"
    >>> reframe("Pour l'allemand j'ai dit niveau B1 mais en fait j'ai obtenu le B2.")
    "Concernant l'allemand, je dois préciser ma réponse : j'ai obtenu le B2."
    >>> reframe("J'ai répondu 3 ans, en réalité c'est 4.")
    "Je dois préciser une de mes réponses : c'est 4."
    >>> reframe("Pendant la mise en situation, je n'ai pas assez dit que j'ai suivi un cours.")
    "Concernant la mise en situation, je tiens à souligner que j'ai suivi un cours."
    >>> reframe("Lors du test, j’ai oublié de dire que j’ai mon permis.")
    'Concernant le test, j’ajoute que j’ai mon permis.'
    >>> reframe("Pour moi, j’ai tout")
    'Pour moi, j’ai tout'
    >>> reframe("Pour le budget, j’ai déjà obtenu des commandites locales.")
    'Concernant le budget, j’ajoute que j’ai déjà obtenu des commandites locales.'
    >>> reframe("Mon anglais est correct mais pas parfait, je travaille là-dessus.")
    'Quant à mon anglais, je continue de le perfectionner.'
    >>> reframe("Mon anglais est correct mais pas parfait, je prends des cours le samedi.")
    'Quant à mon anglais, je continue de le perfectionner : je prends des cours le samedi.'
    >>> reframe("Pour la question du résident agressif, je voulais dire que je me mets à l'écart.")
    "Concernant la question du résident agressif, je précise que je me mets à l'écart."
    >>> reframe("Je n'ai pas parlé de mon expérience des douanes, je passe aux USA.")
    'Je voudrais aussi mentionner mon expérience des douanes : je passe aux USA.'
    >>> reframe("J'ai pas su répondre sur le logiciel : au Normandin on utilisait Lightspeed.")
    'Pour compléter ma réponse sur le logiciel : au Normandin nous utilisions Lightspeed.'
    >>> reframe("Je n'ai pas parlé de mon expérience de formatrice : pendant 3 ans, j'ai formé.")
    "Je voudrais aussi mentionner mon expérience de formatrice : pendant 3 ans, j'ai formé."
    >>> reframe("Sur RDA-FR je n'ai pas su répondre, je me suis inscrit à une formation.")
    'Concernant RDA-FR, je me suis inscrit à une formation.'
    >>> reframe("J'ai mal répondu sur R, en fait j'ai fait tous les modèles en R.")
    "Pour compléter ma réponse sur R, j'ai fait tous les modèles en R."
    >>> reframe("J'ai raté le triple à l'audition mais je le passe régulièrement à l'entraînement")
    "Concernant le triple, je le passe régulièrement à l'entraînement"
    >>> reframe("I forgot: j'ai aussi géré le stock de l'entrepôt de Kawéni")
    "J’ajoute un point que je n’ai pas abordé : j'ai aussi géré le stock de l'entrepôt de Kawéni"
    >>> reframe("Je voulais dire aussi que je parle la LSF (niveau A2).")
    'J’ajoute un point que je n’ai pas abordé : je parle la LSF (niveau A2).'
    >>> reframe("Je n'ai pas su répondre, j'ai revu la norme depuis.")
    "Je complète ma réponse : j'ai revu la norme depuis."
    >>> reframe("Deux saisons dans une cabane à sucre où on servait 200 repas.")
    'Deux saisons dans une cabane à sucre où nous servions 200 repas.'
    >>> reframe("À Lévis, on avait mis en place des ateliers pour les aînés.")
    'À Lévis, nous avions mis en place des ateliers pour les aînés.'
    >>> reframe("Pour la pierre qui a sauté : j'ai l'habitude d'un burin plus court.")
    "Concernant la pierre qui a sauté, j’ajoute que j'ai l'habitude d'un burin plus court."
    >>> reframe("Pour l'UPA, j'ai répondu trop vite : j'ai coprésidé la table.")
    "Concernant l'UPA, je complète ma réponse : j'ai coprésidé la table."
    >>> reframe("Pour l'astreinte, je confirme que je suis disponible une semaine sur cinq.")
    "Concernant l'astreinte, je confirme que je suis disponible une semaine sur cinq."
    >>> reframe("Pour la patiente qui pleure : j'arrête la séance, je lui laisse le temps.")
    "Pour la patiente qui pleure, j'arrête la séance, je lui laisse le temps."
    """
    text = with_nous(sentence.strip())
    tail = _REPROACH_TAIL.search(text)
    if tail:
        text = (
            "Je n’ai pas assez insisté sur un point : " + _lower_first(text[: tail.start()]) + "."
        )
    lead = _TOPIC_LEAD.match(text)
    head, text = (
        # « Pour la pierre qui a sauté : j'ai… » (fresh66: « …qui a sauté :, j'ajoute que »).
        (text[: lead.end()].rstrip(" ,:;\u00a0") + ", ", text[lead.end() :]) if lead else ("", text)
    )
    for pattern, replacement in _SELF_REPROACH:
        text, count = pattern.subn(replacement, text, count=1)
        if count:
            break
    if count and replacement == _NOT_RAISED and not head:
        text = _AND_THAT.sub(r"\1 ", text)
    if count and replacement == "" and not head:
        text = "Je complète ma réponse : " + text
    # « je confirme que… », « je précise que… » say their own verb (read 195: « j'ajoute que
    # je confirme que je suis disponible »).
    if head and not count and _SAYING_VERB.match(text):
        count = 1
    if head and not count and re.match(r"j['’]ai\b|je\b", text, re.I):
        text, count = "j’ajoute que " + _lower_first(text), 1
    if head and count:
        for opening, concerning in _AS_CONCERNING:
            head = opening.sub(concerning, head, count=1)
        text = text.replace(_NOT_RAISED, "j’ajoute que ", 1).replace(_CORRECTION, "", 1)
        text = _ADDED_BEFORE_A_VOWEL.sub("j’ajoute qu’", text, count=1)
        text = head + _lower_first(text.replace(_PRECISION, "je dois préciser ma réponse : ", 1))
    else:
        text = head + text
    text = _WORKING_ON_IT.sub(" ; je continue d’y travailler.", text)
    # « Pour compléter ma réponse sur R, en fait j'ai fait… » : the note's « en fait » is
    # spoken, the completion says it already (read 186).
    text = _COMPLETED_IN_FACT.sub(r"\1", text)
    match = _AFTER_MENTION.match(text)
    if match:
        article = _UNDO_DE.get(match.group(1), "")
        text = text[: match.start(1)] + article + text[match.end(1) :]
        text = _AND_DE.sub(lambda m: f"{m[1] or m[2]} ", text)
    if text.startswith("Je voudrais aussi mentionner ") and ":" not in text:
        # « …mon expérience avec les douanes, je fais des passages… » : what it is, after a
        # colon, not a comma splice (read 117); one colon a sentence (fresh128: « …de
        # formatrice : pendant trois ans : j'ai donné… »).
        text = _THEN_A_CLAUSE.sub(" : ", text, count=1)
    return text


_ADDED_BEFORE_A_VOWEL = re.compile(r"^j’ajoute que (?=[aeiouéèêàâîôû])", re.IGNORECASE)
_THEN_A_CLAUSE = re.compile(r", (?=(?:je|j['’]|nous|c['’]est|ce sont)\b)", re.IGNORECASE)


# The leads ``reframe`` gives a point that names no subject of its own.
_ONE_POINT = "Je voudrais revenir sur un point : "
_BARE_LEADS = (_NOT_RAISED, _ONE_POINT)


# Other ways people write each lead: one frame in every letter was a tell (pair reads 46
# and 47); the hand-written drafts say « J’ai oublié de le mentionner : » without harm.
_LEAD_FORMS = {
    _NOT_RAISED: (
        # « J’ai oublié de le mentionner : » read as the note itself (read 86).
        "J’ajoute un point : ",
        # Not « le temps » : the thank-you may open « Merci d’avoir pris le temps » (fresh6).
        "Un point que je n’ai pas pu aborder : ",
    ),
    _ONE_POINT: ("Je ne l’ai pas assez souligné : ",),
    "Pour compléter ma réponse sur ": (
        "Je voudrais préciser ma réponse sur ",
        "Je complète ma réponse sur ",
    ),
    "Pour compléter ma réponse à ": ("Je complète ma réponse à ",),
}


def lead_forms(reframed: str) -> tuple[str, ...]:
    """``reframed`` with each way of writing its lead, its own first.

    >>> lead_forms("Pour compléter ma réponse sur dbt : je l’utilise depuis un an.")[1]
    'Je voudrais préciser ma réponse sur dbt : je l’utilise depuis un an.'
    >>> lead_forms("Concernant le budget, j’ajoute que j’ai des commandites.")
    ('Concernant le budget, j’ajoute que j’ai des commandites.',)
    >>> lead_forms(_NOT_RAISED + "je connais les colis : je les suivais au relais.")
    ('J’ajoute que je connais les colis : je les suivais au relais.',)
    """
    for lead, others in _LEAD_FORMS.items():
        if reframed.startswith(lead):
            rest = reframed[len(lead) :]
            # « J’ajoute un point : je connais le suivi des colis : je l’utilisais… » : a
            # point with a colon of its own takes no lead ending in one (fresh: two colons).
            if " : " in rest and lead == _NOT_RAISED and re.match(r"j['’]|je ", rest):
                return ("J’ajoute que " + rest,)
            return (reframed, *(other + rest for other in others))
    return (reframed,)


def about_topic(reframed: str, topic: str) -> str | None:
    """A reframed point said about the ``topic`` it shares words with; None if it has a lead.

    « J’ajoute un point que je n’ai pas abordé : » was the same frame in every letter (pair
    reads 43 and 46); the topic the point belongs to ties it to the interview instead.

    >>> about_topic("J’ajoute un point que je n’ai pas abordé : je suis examinatrice DELF B2.",
    ...             "les examens de langue")
    'Pour revenir sur les examens de langue : je suis examinatrice DELF B2.'
    >>> about_topic(_NOT_RAISED + "je connais les colis : je les suivais.", "l’affluence")
    'Pour revenir sur l’affluence, j’ajoute que je connais les colis : je les suivais.'

    A point that names the topic itself needs no lead (pair read 309: « Pour revenir sur
    l’inventaire chiroptères : mon mémoire portait sur… les chiroptères »):

    >>> about_topic(_NOT_RAISED + "mon mémoire portait sur les chiroptères.",
    ...             "l’inventaire chiroptères")
    'Mon mémoire portait sur les chiroptères.'
    >>> about_topic(_NOT_RAISED + "je connais bien les plafonds URSSAF.", "URSSAF")
    'Je connais bien les plafonds URSSAF.'
    >>> about_topic("Concernant le budget, j’ajoute que j’ai déjà obtenu des commandites.",
    ...             "le budget") is None
    True
    """
    lead = next((lead for lead in _BARE_LEADS if reframed.startswith(lead)), None)
    if lead is None:
        return None
    rest = reframed[len(lead) :]
    if _repeats_topic(rest, topic):
        return rest[:1].upper() + rest[1:]
    if " : " in rest and re.match(r"j['’]|je ", rest):
        # A point with a colon of its own (« je connais le suivi des colis : je l’utilisais… »).
        return f"Pour revenir sur {topic}, j’ajoute que {rest}"
    return f"Pour revenir sur {topic} : {rest}"


def _repeats_topic(point: str, topic: str) -> bool:
    """Whether ``point`` names a word of ``topic`` of its own: a noun, an acronym."""
    words = {w.casefold() for w in re.findall(r"[^\W\d_]{4,}|[A-Z]{2,}", topic)}
    return bool(words & {w.casefold() for w in re.findall(r"[^\W\d_]+", point)})


def own_sentence(sentence: str, gender: str | None = None) -> str:
    """The candidate's sentence as it will stand alone: a capital, a final stop.

    For a candidate of ``gender`` « n », « Ce qui m’a marqué, c’est… », whose participle
    agrees with the writer, becomes « Ce qui a retenu mon attention, c’est… » (conventions,
    neutral wording; « Je retiens surtout… » was read as a program's detour, pair read 179).

    >>> own_sentence("j’ai obtenu mon attestation la semaine dernière")
    'J’ai obtenu mon attestation la semaine dernière.'
    >>> own_sentence("mes 2 ans comme proche aidant, ça m’a appris la patience")
    'Mes deux ans comme proche aidant ; cela m’a appris la patience.'
    >>> own_sentence("J'ai été frappée par ça : les adhérents partagent leurs parcelles.")
    "J'ai été frappée par ceci : les adhérents partagent leurs parcelles."
    >>> own_sentence("J’ai été frappé par la dégustation, les clients restaient longtemps.")
    'J’ai été frappé par la dégustation : les clients restaient longtemps.'
    >>> own_sentence("J’ai été frappée par votre projet d’IRM 3T, c’est rare ici")
    'J’ai été frappée par votre projet d’IRM 3T : c’est rare ici.'
    >>> own_sentence("J’ai été frappée par le virage numérique, vous voulez tout numériser")
    'J’ai été frappée par le virage numérique : vous voulez tout numériser.'
    >>> own_sentence("J'ai été frappée par la relève de nuit, personne ne part sans tout dire")
    "J'ai été frappée par la relève de nuit : personne ne part sans tout dire."
    >>> own_sentence("J'ai été frappé par les clients, la réception doit tenir entre 7 h et 9 h")
    "J'ai été frappé par les clients : la réception doit tenir entre 7 h et 9 h."
    >>> own_sentence("J'ai été frappée par les serres, les semis et les récoltes")
    "J'ai été frappée par les serres, les semis et les récoltes."
    >>> own_sentence("J'ai été frappée par votre pipeline : tout est commenté, c'est très clair")
    "J'ai été frappée par votre pipeline : tout est commenté, c'est très clair."
    >>> own_sentence("j’ajoute que j’ai un niveau B1, j’ai fait mon Erasmus à Gand")
    'J’ajoute que j’ai un niveau B1 ; j’ai fait mon Erasmus à Gand.'
    >>> own_sentence("Quand je suis arrivée à Lévis, j’ai repris le service de nuit")
    'Quand je suis arrivée à Lévis, j’ai repris le service de nuit.'
    >>> own_sentence("J'ai adoré que vous fassiez relire les maquettes par des adolescents")
    'J’ai particulièrement apprécié que vous fassiez relire les maquettes par des adolescents.'
    >>> own_sentence("J'ai trouvé beau que les participants relisent l'analyse")
    "J’ai beaucoup apprécié que les participants relisent l'analyse."
    >>> own_sentence("Pour la norme, je voulais dire que la loi morale prime")
    'Pour la norme, je tiens à préciser que la loi morale prime.'
    >>> own_sentence("J’aime le travail bien fait, même pour une petite job.")
    'J’aime le travail bien fait, même pour une petite tâche.'
    >>> own_sentence("Ce qui m'a marqué c'est que l'équipe documente tout.", "n")
    "Ce qui a retenu mon attention, c’est que l'équipe documente tout."
    >>> own_sentence("Ce qui m'a le plus marqué, c'est votre volonté de répondre.", "n")
    'Ce qui a retenu mon attention, c’est votre volonté de répondre.'
    >>> own_sentence("Ce qui m'a frappé, c'est l'attention portée au continuo.", "n")
    "Ce qui a suscité mon intérêt, c’est l'attention portée au continuo."
    >>> own_sentence("J’ai été impressionné·e par la rigueur de l’équipe.", "n")
    'J’ai admiré la rigueur de l’équipe.'
    >>> own_sentence("J'ai été impressionnée par ta patience, on voit que t'aimes ça.")
    "J'ai été impressionnée par ta patience : on voit que tu aimes ça."
    >>> own_sentence("J'ai travaillé de soir trois ans, ça me dérange pas pantoute.")
    "J'ai travaillé de soir trois ans ; cela ne me dérange pas du tout."
    """
    text = _CE_QUI_COMMA.sub(r"\1, c\2", current_names(sentence.strip()))
    if gender == "n":
        # « Ce qui a retenu mon attention, c'est l'attention portée au continuo » (read 381).
        held = "suscité mon intérêt" if "attention" in text.casefold() else "retenu mon attention"
        text = _WHAT_STRUCK_ME.sub(f"Ce qui a {held}, c’est ", text, count=1)
        text = _STRUCK_AGREED.sub(_struck_unagreed, text, count=1)
    text = numbers_in_words(text)
    # « on voit que t'aimes ça » : « tu » in a letter, and « ça » kept with it (read 339:
    # « t'aimes cela » mixed two registers).
    text = _SPOKEN_TU.sub(lambda m: f"{m[1]}tu ", text)
    # « ça » before a colon announces what follows: « ceci », not « cela » (read 57).
    if not speaks_tu(text):
        text = _CA.sub(lambda m: _this_or_that(m, text), text)
    for spoken, written in _SPOKEN_TURNS:
        text = spoken.sub(partial(_same_case, written), text)
    text = _NO_NE.sub(r"\1 ne \2 \3 pas", text)
    text = _STRUCK_THAT.sub(r"\1 de voir que ", text)
    text = _SPLICE.sub(" ; cela ", text)
    text = _self_unspliced(_STRUCK_SPLICE.sub(r"\1 : \2", text, count=1))
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


# A letter writes « cela » where notes say « ça ».
_CA = re.compile(r"\b[Çç]a\b")
# « que t'aimes », « comme t'es » : « tu » elided as speech does, before a verb of its own.
_SPOKEN_TU = re.compile(
    r"\b((?:que|qu['’]|comme|quand|si|et|mais|parce que) )t['’](?=(?:[aeéèêiîouy]\w*s|as|es)\b)",
    re.IGNORECASE,
)
# « J'ai été frappé que vous faites tout à la main » wants a subjunctive (read 340):
# « frappé de voir que » keeps the person's indicative.
_STRUCK_THAT = re.compile(
    r"\b(frappée?|impressionnée?|étonnée?|surprise?|marquée?|touchée?) que "
    r"(?=(?:vous|tu|on|ils?|elles?) (?![^\W\d_]*(?:iez|isse|isses|issent|soit|soient"
    r"|soyez|ayez|ait|aient)\b))",
    re.I,
)
_NO_NE = re.compile(r"\b(cela|ça) (me|te|nous|vous) (dérange|gêne|fait peur) pas\b", re.I)
_SAYS_TU = re.compile(r"\b(?:tu|te|toi|ton|ta|tes)\b|\bt['’](?=[aeéèêiîouyh])", re.IGNORECASE)


def speaks_tu(sentence: str) -> bool:
    """Whether the person's own ``sentence`` says « tu » (« ton idée », « t'as vu »).

    >>> speaks_tu("J'ai adoré ton idée"), speaks_tu("J'ai aimé votre accueil")
    (True, False)
    """
    return _SAYS_TU.search(sentence) is not None


def _this_or_that(match: re.Match[str], text: str) -> str:
    word = "ceci" if text[match.end() :].lstrip(" \u00a0\u202f").startswith(":") else "cela"
    return word.capitalize() if match.group(0)[0] == "Ç" else word


# Turns of notes too familiar for a first letter to a recruiter (read 25): « J’ai adoré que… »,
# « J’ai trouvé cela beau que… », « …, pas juste derrière un micro » (« ados » is the
# register's: phrasing.shorthand).
_SPOKEN_TURNS = [
    # « beaucoup aimé » then « j’aimerais beaucoup rejoindre » (fresh16).
    # « J'ai adoré voir… » takes « de » once it is « apprécié » (pair read 95: « J'ai
    # particulièrement apprécié voir »).
    (
        re.compile(r"\bj['’]ai adoré (?=(?:voir|découvrir|entendre|apprendre|visiter)\b)", re.I),
        "j’ai particulièrement apprécié de ",
    ),
    (re.compile(r"\bj['’]ai adoré\b", re.I), "j’ai particulièrement apprécié"),
    (
        # « ça » may already be gone: the note's register drops it (« trouvé beau que »).
        re.compile(
            r"\bj['’]ai trouvé (?:(?:ça|cela) )?(?:très |super |vraiment )?beau que\b", re.I
        ),
        "j’ai beaucoup apprécié que",
    ),
    # « une job », Québec's spoken gender of « job », reads as slang to a foreman (read 47).
    (re.compile(r"\bune petite job\b", re.I), "une petite tâche"),
    (re.compile(r"\bune job\b", re.I), "un emploi"),
    (re.compile(r"\bma job\b", re.I), "mon emploi"),
    (re.compile(r",\s+pas juste\b"), ", pas seulement"),
    # « cela me dérange pas pantoute » (read 339): « du tout », and the « ne » (``_NO_NE``).
    (re.compile(r"\bpantoute\b", re.I), "du tout"),
    # « Pour Veritatis splendor, je voulais dire que… » : what the note meant to say (read
    # 336: « recopié des notes »).
    (re.compile(r"\bje voulais dire que\b", re.I), "je tiens à préciser que"),
]


def _same_case(written: str, found: re.Match[str]) -> str:
    """``written`` with the capital the ``found`` turn had (a sentence may open on it)."""
    return written[:1].upper() + written[1:] if found.group(0)[:1].isupper() else written


# « …de mon grand-père, cela m’a appris… » is a comma splice in writing.
_SPLICE = re.compile(r",\s+cela\s+(?=\w)")
# « J’ai été frappé par la dégustation, les clients restaient… »: what follows explains, so a
# colon; not when the comma lists (« par X, Y et Z »).
_STRUCK_SPLICE = re.compile(
    r"^(j['’]ai été (?:très |vraiment )?(?:frappée?|touchée?|marquée?|impressionnée?|émue?)"
    # Not after a colon of the writer's own: « …pipeline : chaque plan…, c'est très clair »
    # would chain two colons (pair read 330).
    r" (?:par|de) [^,:]+),\s+((?:les|le|la|l['’]|ils|elles|il|elle|on|tout|chacun|chaque"
    # « …, c'est rare pour un hôpital », « …, certains sont là depuis 30 ans » (read 85).
    r"|certaine?s|c['’]est|cela|vos|votre|nos|notre"
    # « …du greffe, vous voulez que tout soit numérisé d'ici 2027 » (read 89).
    r"|vous|nous|personne|rien)\b"
    # Not when the comma lists (« par X, Y et Z »), unless what follows has its own verb
    # (« …de nuit, personne ne part sans… », « …, la réception doit… entre 7 h et 9 h »,
    # read 97).
    r"(?:(?![^,]*\bet\b)|(?=[^,]*\b(?:est|sont|doit|doivent|peut|peuvent|va|vont|fait|font"
    r"|faut|reste|restent|semble|veut|veulent|était|étaient|avait|avaient|ne|n['’])\b))"
    r"[^,]*)$",
    re.I,
)
# « j'ai un niveau B1, j'ai fait mon Erasmus à Gand »: two sentences of the writer joined
# by a comma (read 97); not after a clause that leads (« Quand je suis arrivée, j'ai… »).
_SELF_SPLICE = re.compile(
    r",\s+(?=j['’](?:ai|avais|étais)\s|je\s(?:suis|peux|pourrai|sais|parle|connais|maîtrise"
    r"|travaille)\b)",
    re.I,
)
_FIRST_PERSON = re.compile(r"\b(?:j['’](?:ai|avais|étais)|je\s+\w+)\b", re.I)
_LEADING_CLAUSE = re.compile(
    r"^\s*(?:quand|lorsque|si|s['’]|comme|puisque|dès|après|avant|pendant|depuis|bien|même|en)\b",
    re.I,
)


def _self_unspliced(text: str) -> str:
    # Each comma's clause starts after the mark before it: found by bisection, not by
    # splitting the text before every comma (quadratic on an app's long text).
    marks = [m.start() for m in re.finditer(r"[,;:]", text)]

    def joined(match: re.Match[str]) -> str:
        before = bisect_left(marks, match.start())
        segment = text[marks[before - 1] + 1 if before else 0 : match.start()]
        if _FIRST_PERSON.search(segment) and not _LEADING_CLAUSE.match(segment):
            return " ; "
        return match.group(0)

    return _SELF_SPLICE.sub(joined, text)


# « J’ai été impressionné·e par… » : a person writing of themself chooses a form; a reader
# took the point-median for a form left unchosen (read 90). A verb that agrees with nothing.
_STRUCK_AGREED = re.compile(
    r"^j['’]ai été (?:très |vraiment |particulièrement )?"
    r"(frappé|impressionné|touché|marqué|étonné|surpris|séduit)(?:·e|\(e\)|e)? par ",
    re.IGNORECASE,
)
_UNAGREED = {
    "frappé": "J’ai remarqué ",
    "impressionné": "J’ai admiré ",
    "touché": "J’ai beaucoup apprécié ",
    "marqué": "J’ai retenu ",
    "étonné": "J’ai découvert avec intérêt ",
    "surpris": "J’ai découvert avec intérêt ",
    "séduit": "J’ai beaucoup apprécié ",
}


def _struck_unagreed(match: re.Match[str]) -> str:
    return _UNAGREED[match.group(1).lower()]


# « Ce qui m’a frappée c’est que… » takes a comma before « c’est », as it is written.
_CE_QUI_COMMA = re.compile(r"^(ce qui m['’]a (?:le plus |surtout |beaucoup )?\w+) c(['’]est)", re.I)
# « Ce qui m’a (le plus) marqué, c’est (que)… »: the participle would say the writer's gender.
_WHAT_STRUCK_ME = re.compile(
    r"^ce qui m['’]a (?:le plus |surtout |beaucoup )?"
    r"(?:marqué|frappé|touché|impressionné|étonné|surpris|séduit|interpellé)e?,? c['’]est ",
    re.I,
)


# What marks a clause in a note: a pronoun, or one of the verbs notes use most.
_CLAUSE_WORDS = frozenset(
    "je j me m moi nous vous on il elle ils elles c ça cela ce qui "
    "est sont a ont était étaient fait font va vont peut peuvent permet semble".split()
)
_NOTE_COMMENT = re.compile(r"[.!]+\s*(\S+(?:\s+\S+){0,2})\s*[.!]*\s*$")


# « frappée par la propreté des serres et que personne n'utilise… » : a noun and a clause
# joined as if alike (read 129); the clause takes « par le fait ».
_BY_AND_THAT = re.compile(
    r"(\bpar (?:l['’]|la |le |les |vos |votre |ce |cette |ces |leur |leurs )[^,;:.!?]*?)"
    r" et (qu['’]|que )"
)


def impression(note: str) -> str:
    """What struck the candidate, as a letter says it, however it was jotted.

    A note that is only what struck them (« la cave d'affinage!! », « vignes de 60 ans en
    coteaux ») is announced; a short comment after it (« super intéressant ») goes, the
    letter saying it already. A sentence stays as written (read 77: « La cave d'affinage. »
    pasted alone after the thanks, three drafts scored 2).

    >>> impression("la visite des cintres. super intéressant")
    'Ce que je retiens surtout : la visite des cintres'
    >>> impression("vignes de 60 ans en coteaux, tout à la main")
    'Ce que je retiens surtout : les vignes de 60 ans en coteaux, tout à la main'
    >>> impression("J'ai été frappée par votre cave d'affinage.")
    "J'ai été frappée par votre cave d'affinage."
    >>> impression("Votre façon de former les recrues m'a marqué")
    "Votre façon de former les recrues m'a marqué"
    >>> impression("la cave d'affinage!!")
    "Ce que je retiens surtout : la cave d'affinage"
    >>> impression("J'ai été frappée par la propreté et que personne n'y travaille seul.")
    "J'ai été frappée par la propreté et par le fait que personne n'y travaille seul."
    """
    text = _BY_AND_THAT.sub(r"\1 et par le fait \2", note.strip())
    words = {w.casefold() for w in re.findall(r"[^\W\d_]+", text)}
    if words & _CLAUSE_WORDS:
        return text
    text = _NOTE_COMMENT.sub("", text).rstrip(" .!")
    return f"Ce que je retiens surtout : {topic_phrase(text)}"
