"""News since the interview: its day, and what it calls for."""

from __future__ import annotations

import re
from calendar import monthrange
from collections.abc import Iterator
from datetime import MINYEAR, date

from suivi_templates._memo import per_phrase
from suivi_templates.formatting import day_reference, de
from suivi_templates.models import Locale
from suivi_templates.phrasing._nouns import _gender
from suivi_templates.phrasing._words import (
    _DETERMINERS,
    _FUTURE,
    _IRREGULAR_PLURALS,
    _OPENING_WORDS,
    _SECOND_GROUP,
    Article,
    _bare,
    _first,
    _lower_first,
    _they_to_you,
    _to_person,
    _with_article,
)
from suivi_templates.typography import MONTH_NUMBERS, MONTHS

# « la semaine dernière » in a note is true the day it is written, not the day it is sent.
# Each starts at a comma or at the head of a run of spaces, never inside one: a long run
# of spaces is then read once, not once per space (an app's template may pass any text).
_RELATIVE_TIME = re.compile(
    # « les groupes du mercredi » is a day of the week, not the day of the news (read 280:
    # « je peux donc encadrer seul·e les groupes du. »).
    r"(?:,|(?<![\s,])(?<!\bdu)(?<!\bdes)(?<!\bau)(?<!\bde)(?<!\bles))\s+"
    r"(?:la semaine dernière|le mois dernier|ce mois-ci|cette semaine"
    r"|la semaine passée|le mois passé|avant-hier|hier|ce matin"
    # « J'ai fini la formation Makaton samedi » : which Saturday depends on the day the note
    # was typed, not on the day the message goes (read 104: said wrongly three times).
    r"|(?:(?:ce|le) )?(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?: (?:dernier|passé|matin|soir|après-midi))?"
    r"|il y a (?:deux|trois|quelques|\d+) (?:jours|semaines))(?=\s*[,.;:!]|\s*$)"
    # « J'ai terminé cette semaine la formation » : between the verb and its object (read
    # 112: « cette semaine » said on the 1st, then again on the 8th).
    r"|(?<![\s,])\s+(?:la semaine dernière|la semaine passée|cette semaine|le mois dernier"
    # « J'ai terminé hier la formation Dynamo » (read 236: « hier » in a February reminder).
    r"|ce mois-ci|avant-hier|hier|ce matin"
    # « J'ai obtenu mercredi dernier mon attestation » (read 164, three drafts).
    r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) (?:dernier|passé))"
    r"(?=\s+(?:la|le|les|l['’]|mon|ma|mes|un|une|des|du|deux|trois)\s)",
    re.IGNORECASE,
)


# « …le 20 novembre. » at the end, or before a last clause (« …le 16 novembre, trois soirs
# par semaine. »): a date stays true the day the reminder goes out.
# A day after « dès », « avant », « d'ici », « après » is a day to come, not the news's own
# (read 82: « je suis donc dispo dès le 1er décembre » lost its day, « disponible dès. »).
# Nor is the day something starts (« le cours qui commence le 5 décembre », read 89: « Je me
# suis inscrite le 5 décembre au cours… qui commence. »).
_NOT_THE_NEWS_DAY = (
    r"(?<!dès)(?<!avant)(?<!ici)(?<!après)(?<!commence)(?<!commencera)(?<!débute)"
    r"(?<!débutera)(?<!démarre)(?<!démarrera)(?<!lieu)"
    # « le test sur route est le 14 décembre » : the day is what the sentence says (fresh53:
    # « le test sur route est. »).
    r"(?<!\best)(?<!\bsera)(?<!\btombe)"
)
# A verb in the future just before the day: « ouvrira le 20 mars », « seront livrés le 5 ».
_FUTURE_VERB = re.compile(
    r"\b(?!(?:opéra|caméra|extra|ultra|mantra|cobra|zébra|tantra)\b)"
    r"[^\W\d_]{2,}(?:ra|ront)(?: [^\W\d_]+[ée]e?s?)?,?\s+le\s*\S?$"
    # « sa fusion, effective le 1er janvier 2027 » : the day it takes effect, announced now
    # (fresh49: a call put off to January to tell it).
    # « Mon retour est confirmé pour le 2 juillet 2027 » : the day it is set for (read 204:
    # a reminder held back to July).
    r"|\b(?:effective?s?|effectifs|prévue?s? pour|pour|à compter du|à partir du),?\s+"
    r"(?:le\s*\S?)?$",
    re.IGNORECASE,
)
_TRAILING_DAY = re.compile(
    rf"(?:,|(?<![\s,])){_NOT_THE_NEWS_DAY}\s+le (?:\d{{1,2}}|1er)(?: et le \d{{1,2}})? "
    rf"(?:{MONTHS})(?: \d{{4}})?"
    r"(?=\s*\.?\s*$|,\s)",
    re.IGNORECASE,
)


# Where the candidate read the news, noted in brackets: « (article de Sud Ouest) », « (vu sur
# LinkedIn) ». A letter quoting it read as a note pasted (read 110).
_SOURCE_ASIDE = (
    r"(?<!\s)\s*\((?i:article|source|vu|vue|lu|lue|cf\.?|selon|d['’]après|via|sur)\b[^()]{0,80}\)"
    r"(?=\s*[.!]?\s*$)"
)


# A newspaper's name and day, noted after the news: « (Ouest-France, 2 décembre) », « (Le
# Quotidien, 20 nov.) », « (La Voix du Nord) », « - Bien Public du 20/11 ». Read aloud or
# written to the organisation, it was a note pasted (read 175: three drafts).
_SHORT_DAY = (
    rf"(?:\d{{1,2}}|1er)"
    rf"(?:\s+(?:{MONTHS}|[a-zéû]{{3,5}}\.)(?:\s+\d{{4}})?|/\d{{1,2}}(?:/\d{{2,4}})?)"
)
_PRESS_ASIDE = (
    rf"(?<!\s)\s*\((?:[A-ZÀ-Þ][^(),]{{0,40}},\s*(?:le\s+)?{_SHORT_DAY}"
    rf"|(?:Le|La|Les|L['’])\s*[A-ZÀ-Þ][\w'’-]*(?:\s+(?:du|de|des|d['’])?\s*[A-ZÀ-Þ][\w'’-]*){{0,3}})\)"
    r"(?=\s*[.!]?\s*$)"
    rf"|(?<!\s)\s+[-–—]\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){{0,3}}\s+(?:du|le)\s+{_SHORT_DAY}\s*[.!]?\s*$"
)
# A note's own dating of the news, in brackets: « (annonce du 30 novembre) », « (annoncé le
# 24 novembre) ». A letter does not say where the note came from (read 129: « …de cartes
# marines (annonce du 30 novembre) : toutes mes félicitations »).
_DATING_ASIDE = (
    r"(?<!\s)\s*\((?i:annonce|annoncée?s?|communiqué|publiée?|paru|parue|lu|vu|source)"
    r"(?i:\s+(?:du|le|la|les|dans|sur|en))?\s+[^()]{1,40}\)"
)
_ASIDES = re.compile(f"{_SOURCE_ASIDE}|{_PRESS_ASIDE}|{_DATING_ASIDE}")


def without_source(fact: str) -> str:
    """A fact without the source noted after it in brackets.

    >>> without_source("Keolis recrute 60 conducteurs de tram (article de Sud Ouest).")
    'Keolis recrute 60 conducteurs de tram.'
    >>> without_source("La Ville ouvre une piscine (bassin de 50 m).")
    'La Ville ouvre une piscine (bassin de 50 m).'

    A name typed as a headline's label goes too (read 125: « J’ai lu avec intérêt qu’ADSEA
    77 : ouverture d’un service… »); the headline is then read as any other:

    >>> without_source("ADSEA 77 : ouverture d'un service d'appartements diffus en 2027")
    "ouverture d'un service d'appartements diffus en 2027"
    >>> without_source("Agence de l'eau : programme de restauration de la Loue voté")
    'programme de restauration de la Loue voté'
    >>> without_source("Rhin Audit & Conseil : ouverture d'un bureau à Colmar en mars")
    "ouverture d'un bureau à Colmar en mars"
    >>> without_source("Objectif 2027 : 40 recrues de plus.")
    'Objectif 2027 : 40 recrues de plus.'

    And the note's bracket saying when it was announced, wherever it stands:

    >>> without_source("Le musée a reçu 250 000 $ (annonce du 30 novembre) pour ses cartes.")
    'Le musée a reçu 250 000 $ pour ses cartes.'

    A newspaper's name, with its day or its article, or after a dash (read 175):

    >>> without_source("Océane Habitat rachète un constructeur vendéen (Ouest-France, 2 décembre)")
    'Océane Habitat rachète un constructeur vendéen'
    >>> without_source("Investissement de 12 M$ dans un séchoir (Le Quotidien, 20 nov.)")
    'Investissement de 12 M$ dans un séchoir'
    >>> without_source("four électrique : démarrage prévu en 2028 (La Voix du Nord)")
    'four électrique : démarrage prévu en 2028'
    >>> without_source("Nouveau contrat avec le CHU Dijon Bourgogne - Bien Public du 20/11")
    'Nouveau contrat avec le CHU Dijon Bourgogne'
    >>> without_source("Nouvel entrepôt à Comines (Belgique) en 2027")
    'Nouvel entrepôt à Comines (Belgique) en 2027'
    >>> without_source("Ouverture d'une clinique à Laval (Québec)")
    "Ouverture d'une clinique à Laval (Québec)"
    """
    return _LABEL.sub("", _ASIDES.sub("", fact))


# « ADSEA 77 : ouverture de… »: a capitalised name of a few words, then a noun in lowercase.
_LABEL = re.compile(
    r"^(?:[A-ZÀ-ÖØ-Þ][\w&'’.\-]*|\d+)"
    # « Agence de l'eau : programme de restauration… » (read 175: « l'annonce concernant
    # l'agence de l'eau : programme… »).
    r"(?:[ \u00a0](?:[A-ZÀ-ÖØ-Þ][\w&'’.\-]*|\d+|&|de|du|des|la|le|[ld]['’][\w\-]+)){0,5}"
    r"[ \u00a0]?:[ \u00a0]+(?=[a-zà-öø-ÿ][\w’'-]*\b(?![ \u00a0](?:a|ont|est|sont|va|vont)\b))"
)


def without_offer_to_send(news: str) -> str:
    """News without the sending it announces, which the promise kept beside it says.

    « …mon diplôme : je peux donc vous en transmettre une copie. », then « Comme promis,
    vous trouverez ci-joint une copie de mon diplôme » said it twice (pair read 172).

    >>> without_offer_to_send("J'ai reçu mon diplôme : je peux donc vous en transmettre une copie.")
    "J'ai reçu mon diplôme."
    >>> without_offer_to_send("J'ai reçu mon diplôme : je pourrai donc travailler de nuit.")
    "J'ai reçu mon diplôme : je pourrai donc travailler de nuit."
    """
    return _OFFER_TO_SEND.sub(".", news)


_OFFER_TO_SEND = re.compile(
    r"\s*[:;,]\s*(?:et\s+)?je\s+(?:peux|pourrai|vais|pourrais)\s+(?:donc\s+)?vous\s+"
    r"(?:en\s+|l['’]\s*|la\s+|le\s+|les\s+)?(?:transmettre|envoyer|faire\s+parvenir|remettre)"
    r"\b[^.!?]*[.!?]?\s*$",
    re.IGNORECASE,
)


def timeless(sentence: str) -> str:
    """A piece of news without a relative time, which will be wrong the day it is read.

    >>> timeless("J’ai terminé le cours Kubernetes la semaine dernière.")
    'J’ai terminé le cours Kubernetes.'
    >>> timeless("J’ai obtenu ma certification Scrum Master le 25 novembre.")
    'J’ai obtenu ma certification Scrum Master le 25 novembre.'
    >>> timeless("J'ai fini la formation Makaton niveau 2 samedi.")
    "J'ai fini la formation Makaton niveau 2."
    >>> timeless("J'ai obtenu ma certification la semaine dernière : je pourrai l'appliquer.")
    "J'ai obtenu ma certification : je pourrai l'appliquer."
    >>> timeless("J'ai terminé cette semaine la formation « IFS Food ».")
    "J'ai terminé la formation « IFS Food »."
    >>> timeless("J'ai terminé hier la formation Dynamo avancé (21h).")
    "J'ai terminé la formation Dynamo avancé (21h)."
    >>> timeless("J'ai obtenu mercredi dernier mon attestation HACCP.")
    "J'ai obtenu mon attestation HACCP."
    >>> timeless("J'ai obtenu le CQP : je peux donc encadrer les groupes du mercredi.")
    "J'ai obtenu le CQP : je peux donc encadrer les groupes du mercredi."
    >>> timeless("Depuis le 1er décembre j'interviens à l'EHPAD de Plouzané.")
    "Depuis le 1er décembre, j'interviens à l'EHPAD de Plouzané."
    """
    return _FRONTED_DAY.sub(r"\1,", _RELATIVE_TIME.sub("", sentence.strip()))


# « Depuis le 1er décembre j'interviens… » : a day put first takes its comma (read 165).
_DAY_FIRST = rf"(?:Depuis le|Le) (?:\d{{1,2}}|1er) (?:{MONTHS})(?: \d{{4}})?"
_FRONTED_DAY = re.compile(rf"^({_DAY_FIRST})(?= (?:j['’]|je |nous |on |il |elle |ils |elles ))")


# What a fact since the interview changes for the employer: « …: je pourrai donc assurer
# seule les quarts de nuit », « …, ce qui me permettra de… ». The library never invents it
# (a stock « C'est un atout de plus pour le poste » reads as a model); it asks for it.
FOR_THE_EMPLOYER = re.compile(
    r":|\b(?:donc|pour|ce qui|vous|votre|vos|permet|permettra|pourrai|serai|saurai)\b",
    re.IGNORECASE,
)


def dated(sentence: str) -> bool:
    """Whether the news ends on its day (« …le 25 novembre. », or before a last clause).

    Such news needs no « Depuis, »: its day says it is new.

    >>> dated("J’ai obtenu ma certification le 25 novembre.")
    True
    """
    return _TRAILING_DAY.search(sentence.strip()) is not None


_DAY_OF_NEWS = re.compile(
    rf"(\d{{1,2}}|1er)(?: et le (\d{{1,2}}))? ({MONTHS})(?: (\d{{4}}))?", re.IGNORECASE
)


_VERB_DAY = re.compile(
    rf"{_NOT_THE_NEWS_DAY.replace(')', ' )')}\ble (?:\d{{1,2}}|1er)(?: et le \d{{1,2}})? "
    rf"(?:{MONTHS})(?: \d{{4}})?",
    re.IGNORECASE,
)


_BRACKETED_DAY = re.compile(
    rf"\((?:[^()]{{0,30}}\s)?(?:du |le )?(?:\d{{1,2}}|1er) (?:{MONTHS})(?: \d{{4}})?\)\s*\.?\s*$",
    re.IGNORECASE,
)


# « en octobre 2026 », « le 2 octobre 2026 »: a month of a year, which may be past.
_MONTH_OF_YEAR = re.compile(rf"\b(?:en|le \d{{1,2}}|le 1er|depuis) ({MONTHS}) (\d{{4}})\b", re.I)


def told_before(fact: str, interview: date) -> bool:
    """Whether a fact says it happened in a month before the interview's: no news for it.

    Read 104: « Le cabinet a ouvert un bureau à Auray en octobre 2026 », congratulated in a
    December reminder after a November interview.

    >>> told_before("Le cabinet a ouvert un bureau à Auray en octobre 2026.", date(2026, 11, 9))
    True
    >>> told_before("La Ville numérisera ses archives en mars 2027.", date(2026, 11, 9))
    False

    Past news of an earlier month of the year, the year unsaid (read 158: « a ouvert un 2e
    point de service à Timmins en octobre », congratulated after a December interview):

    >>> told_before("La Boussole a ouvert un point de service en octobre.", date(2026, 12, 2))
    True
    >>> told_before("La Boussole a ouvert un point de service en décembre.", date(2026, 12, 2))
    False
    >>> told_before("Nouvelle résidence de 150 lits ouverte en août", date(2026, 11, 20))
    True
    >>> told_before("Nouveau contrat avec Uniprix depuis octobre", date(2026, 11, 24))
    True
    >>> told_before("Nouvelle ligne prévue en octobre", date(2026, 11, 24))
    False
    >>> told_before("Contrat des ponts décroché (annonce du 30 novembre)", date(2026, 12, 2))
    True

    A headline's participle or « obtention » opening the note, its month further on (read
    222: a label of October, a stand of September, told as news in December):

    >>> told_before("Obtention du label EPV (Entreprise du patrimoine vivant) en octobre",
    ...             date(2026, 11, 5))
    True
    >>> told_before("stand primé au salon Glisse Expo d'Hossegor en septembre", date(2026, 11, 16))
    True
    >>> told_before("Nouveau contrat signé, début des travaux prévu en mars", date(2026, 11, 16))
    False

    A month in brackets dates the note as a day does (read 256: « le rachat… par le groupe
    Aurélys (octobre) », told as news after a December interview):

    >>> told_before("Rachat de la Maison Lemarchand par le groupe Aurélys (octobre)",
    ...             date(2026, 12, 1))
    True
    >>> told_before("Ouverture d'une antenne à Brest (février)", date(2026, 12, 1))
    False
    """
    # « (annonce du 30 novembre) » under an interview of 2 December (read 160).
    if (day := news_day(fact, interview)) is not None and day < interview:
        return True
    found = _MONTH_OF_YEAR.search(fact)
    if found is None:
        past = (
            _MONTH_OF_NEWS.search(fact)
            or _HEADLINE_MONTH.search(fact)
            or _DONE_IN_MONTH.search(fact)
            or _BRACKETED_MONTH.search(fact)
        )
        if past is None or past.group(2):
            return False
        earlier = interview.month - MONTH_NUMBERS[past.group(1).lower()]
        return 0 < earlier < _YEAR_TURN
    month = MONTH_NUMBERS.get(found.group(1).lower())
    return month is not None and (int(found.group(2)), month) < (interview.year, interview.month)


def news_day(sentence: str, interview: date) -> date | None:
    """The day a piece of news ends on (« …le 25 novembre. »), after ``interview``.

    Without a year, the first such day after the interview (« le 5 janvier » after an
    interview in December is next year's); None for undated news or an impossible day.

    >>> news_day("J’ai obtenu ma certification le 25 novembre.", date(2026, 11, 12))
    datetime.date(2026, 11, 25)
    >>> news_day("J’ai suivi la formation le 23 et le 24 novembre.", date(2026, 11, 12))
    datetime.date(2026, 11, 24)
    >>> news_day("J’ai été reçue au concours le 5 janvier.", date(2026, 12, 3))
    datetime.date(2027, 1, 5)
    >>> news_day("J’ai obtenu ma certification.", date(2026, 11, 12)) is None
    True
    >>> news_day("J’ai terminé le 20 novembre ma formation PDSB.", date(2026, 11, 3))
    datetime.date(2026, 11, 20)
    >>> news_day("J’ai un logement, je suis dispo dès le 1er décembre.", date(2026, 11, 3))
    >>> news_day("Je serai prête avant le 1er mai.", date(2026, 11, 3)) is None
    True

    A day after a verb in the future is announced, not past: the news is known now
    (fresh37: « L'exposition ouvrira le 20 mars 2027 » held back a November reminder).

    >>> news_day("L'exposition ouvrira le 20 mars 2027.", date(2026, 11, 6)) is None
    True
    >>> news_day("Télé-Québec a renouvelé l'émission (annonce du 18 novembre)", date(2026, 10, 27))
    datetime.date(2026, 11, 18)
    >>> news_day("La coop a annoncé sa fusion, effective le 1er janvier 2027.", date(2026, 11, 9))
    >>> news_day("Mon retour est confirmé pour le 2 juillet 2027 : je serai là.", date(2026, 11, 9))
    """
    trailing = _TRAILING_DAY.search(sentence.strip())
    # Or after its verb: « J’ai terminé le 20 novembre ma formation » (read 66: told in a
    # reminder sent on 17 November); or in brackets at its end, as a note dates what it read
    # (fresh49: « (arrêté du 24 novembre) », told on 23 November).
    said = trailing or _VERB_DAY.search(sentence) or _BRACKETED_DAY.search(sentence)
    if said is None:
        return _month_after(sentence, interview)
    parts = _DAY_OF_NEWS.search(said.group()) if said else None
    # The words before the day, up to its « le » (the match starts with « le », « , le » or
    # « \u0020le »).
    if parts is None or _FUTURE_VERB.search(sentence[: sentence.find(said.group()) + 4]):
        return None
    first, last, month_name, year = parts.groups()
    return _day_after(interview, last or first, month_name, year)


# « J'ai commencé en novembre le DU » : news of a month, told from its first day (read 112:
# said in October). Only a month right after a verb in the past: « ouvre en janvier »,
# « fin prévue en janvier », « un cours de l'ISMER en janvier » announce a month to come.
# « résidence ouverte en août », « contrat … depuis octobre » (read 168: told as news in
# December calls): a headline's participle, or « depuis », before the month.
_HEADLINE_MONTH = re.compile(
    r"(?:\b(?!prévue?s?\b|annoncée?s?\b|attendue?s?\b)[^\W\d_]{2,}"
    r"(?:é|i|u|is|it|ert|ort|eint|ait|uit)e?s? en|\bdepuis)"
    rf" ({MONTHS})(?: (\d{{4}}))?\b",
    re.IGNORECASE,
)
_DONE_IN_MONTH = re.compile(
    r"^(?:[\w'’-]+\s+){0,3}?(?:obtention\b|(?:remport|décroch|sign|gagn|inaugur|termin|achev|livr"
    r"|renouvel|prim|récompens|sélectionn|nomm)ée?s?\b|(?:ouvert|obtenu|conclu|reçu|élu)e?s?\b)"
    r"(?:(?!\b(?:prévue?s?|dès|à partir|d['’]ici|jusqu|début|fin)\b)[^.;:!?]){0,80}?"
    rf" en ({MONTHS})(?: (\d{{4}}))?\b",
    re.IGNORECASE,
)
_BRACKETED_MONTH = re.compile(rf"\(({MONTHS})(?: (\d{{4}}))?\)\s*\.?\s*$", re.IGNORECASE)
_MONTH_OF_NEWS = re.compile(
    r"\b(?:ai|a|avons|ont|suis|est|sommes|sont)(?: [^\W\d_]+)? [^\W\d_]{2,}"
    r"(?:é|i|u|is|it|ert|ort|eint|ait|uit)e?s?\b"
    # « J'ai fini ma formation ASG (assistante…) en novembre » (read 117: told in October);
    # not « un contrat qui commence en janvier ».
    r"(?:(?! (?:qui|que|pour|dès|à partir|avant|jusqu)\b)[^.,;:!?]){0,80}?"
    rf" en ({MONTHS})(?: (\d{{4}}))?\b",
    re.IGNORECASE,
)


def _month_after(sentence: str, interview: date) -> date | None:
    """The first day of the month a piece of news happened in, when after the interview's.

    >>> _month_after("J'ai commencé en novembre le DU de chirurgie.", date(2026, 10, 6))
    datetime.date(2026, 11, 1)
    >>> _month_after("J'ai commencé en octobre le DU.", date(2026, 10, 6)) is None
    True
    >>> _month_after("Contrat remporté en octobre.", date(2026, 11, 6)) is None
    True
    >>> _month_after("La Caisse ouvre un centre de services en janvier.", date(2026, 11, 6))
    >>> _month_after("J'ai fini ma formation ASG (soins) en novembre, je peux…", date(2026, 10, 6))
    datetime.date(2026, 11, 1)
    >>> _month_after("J'ai signé un contrat qui commence en janvier.", date(2026, 10, 6))
    """
    found = _MONTH_OF_NEWS.search(sentence)
    if found is None:
        return None
    month = MONTH_NUMBERS[found.group(1).lower()]
    if found.group(2):
        # « en novembre 0000 », typed or hostile: no such year (was a ValueError).
        if int(found.group(2)) < MINYEAR:
            return None
        first = date(int(found.group(2)), month, 1)
    elif month > interview.month:
        first = date(interview.year, month, 1)
    elif interview.month - month >= _YEAR_TURN:
        first = date(interview.year + 1, month, 1)  # « en janvier », after a December interview
    else:
        return None
    return first if (first.year, first.month) > (interview.year, interview.month) else None


_YEAR_TURN = 10
"""Months between an interview and a month named without its year that make it next year's."""


def news_month_end(sentence: str, interview: date) -> date | None:
    """The last day of the month a past piece of news names, by then at least that old.

    « a remporté en novembre 2026 le prix Innovation » was congratulated on 1 February
    (fresh162: « félicitations périmées »).

    >>> news_month_end("Lumen a remporté en novembre 2026 le prix Innovation.", date(2026, 11, 27))
    datetime.date(2026, 11, 30)
    >>> news_month_end("La coop a ouvert en octobre une épicerie.", date(2026, 11, 6))
    datetime.date(2026, 10, 31)
    >>> print(news_month_end("La Caisse ouvre un centre en janvier.", date(2026, 11, 6)))
    None
    """
    found = _MONTH_OF_NEWS.search(sentence)
    if found is None:
        return None
    month = MONTH_NUMBERS[found.group(1).lower()]
    if found.group(2):
        year = int(found.group(2))
        if year < MINYEAR:
            return None
    elif month <= interview.month:
        year = interview.year
    elif month - interview.month >= _YEAR_TURN:
        year = interview.year - 1  # « en décembre », noted at an interview in January
    else:
        return None
    return date(year, month, monthrange(year, month)[1])


def _day_after(interview: date, number: str, month_name: str, year: str | None) -> date | None:
    """« 5 janvier » after ``interview``: without a year, the nearest such day.

    Half a year or more before the interview's month is next year's (« le 5 janvier » after
    a December interview); a month just before is this year's: « (annonce du 30 novembre) »
    under an interview of 2 December is past news, not news of next November (read 160).

    >>> _day_after(date(2026, 12, 2), "5", "janvier", None), _day_after(
    ...     date(2026, 12, 2), "30", "novembre", None)
    (datetime.date(2027, 1, 5), datetime.date(2026, 11, 30))
    """
    day = 1 if number.lower() == "1er" else int(number)
    month = MONTH_NUMBERS[month_name.lower()]
    if year is None:
        year = str(interview.year + (interview.month - month >= _HALF_YEAR))
    try:
        return date(int(year), month, day)
    except ValueError:
        return None


_HALF_YEAR = 6

# « le 20 novembre », « les 23 et 24 novembre », « le 23 et le 24 novembre ».
_ONE_OR_TWO_DAYS = re.compile(
    rf"\bles? (\d{{1,2}}|1er)(?: et (?:le )?(\d{{1,2}}))? ({MONTHS})(?: (\d{{4}}))?\b",
    re.IGNORECASE,
)


def said_from(
    sentence: str | None, interview: date, sent_on: date | None, locale: Locale
) -> str | None:
    """News told from the day it is sent: a day of the past week as a letter says it.

    « J’ai présenté le 24 novembre… » in a message sent on 24 November read as a slip to
    both sides of pair read 50; « hier », « aujourd’hui » or the weekday say it as a person
    does. Older days keep their date; without a sending day, nothing changes.

    >>> said_from("J’ai terminé le 20 novembre la formation.", date(2026, 11, 3),
    ...           date(2026, 11, 23), "fr_CA")
    'J’ai terminé vendredi la formation.'
    >>> said_from("J’ai obtenu le 24 novembre le permis.", date(2026, 11, 3),
    ...           date(2026, 11, 24), "fr_FR")
    'J’ai obtenu aujourd’hui le permis.'
    >>> said_from("J’ai obtenu le 2 novembre le permis.", date(2026, 10, 3),
    ...           date(2026, 11, 24), "fr_FR")
    'J’ai obtenu le 2 novembre le permis.'
    >>> said_from("J’ai suivi les 23 et 24 novembre une formation.", date(2026, 11, 3),
    ...           date(2026, 11, 24), "fr_FR")
    'J’ai suivi hier et aujourd’hui une formation.'
    >>> said_from("Je suis dispo dès le 1er décembre.", date(2026, 11, 3),
    ...           date(2026, 12, 8), "fr_FR")
    'Je suis dispo dès maintenant.'

    The year of the day of sending goes unsaid (read 125: « a remporté en septembre 2026 un
    prix », written on 2 September 2026; « a obtenu le label LIR en 2026 », in 2026):

    >>> said_from("Le Musée a remporté en septembre 2026 un prix.", date(2026, 8, 20),
    ...           date(2026, 9, 2), "fr_CA")
    'Le Musée a remporté ce mois-ci un prix.'
    >>> said_from("La librairie a obtenu le label LIR en 2026.", date(2026, 10, 1),
    ...           date(2026, 10, 21), "fr_FR")
    'La librairie a obtenu le label LIR cette année.'
    >>> said_from("Elle ouvrira en mars 2027.", date(2026, 10, 1), date(2026, 10, 21), "fr_FR")
    'Elle ouvrira en mars 2027.'
    >>> said_from("Ouverture d’une épicerie en janvier", date(2026, 11, 26), date(2027, 1, 4),
    ...           "fr_CA")
    'Ouverture d’une épicerie ce mois-ci'
    >>> said_from("Ouverture d’une boutique au printemps 2027.", date(2026, 11, 26),
    ...           date(2027, 1, 4), "fr_FR")
    'Ouverture d’une boutique au printemps.'
    """
    if sentence is None or sent_on is None:
        return sentence

    def of_the_week(number: str, month_name: str, year: str | None) -> str | None:
        day = _day_after(interview, number, month_name, year)
        if day is None or not 0 <= (sent_on - day).days < 7:
            return None
        return day_reference(day, sent_on, locale)

    def spoken(found: re.Match[str]) -> str:
        first, last, month_name, year = found.groups()
        # « dispo dès le 1er décembre » sent on the 8th: available now (read 82).
        since = sentence[: found.start()].rstrip().endswith("dès")
        day = _day_after(interview, last or first, month_name, year)
        if since and day is not None and day < sent_on:
            return "maintenant"
        said = [of_the_week(n, month_name, year) for n in (first, last) if n is not None]
        told = [day for day in said if day is not None]
        return " et ".join(told) if len(told) == len(said) else found.group()

    told = _ONE_OR_TWO_DAYS.sub(
        spoken, _done_since(_started(sentence, interview, sent_on), interview, sent_on)
    )
    told = _THIS_YEAR.sub(lambda found: _this_year(found, sent_on), told)
    told = _SEASON_OF_A_YEAR.sub(
        lambda found: found[1] if int(found[2]) == sent_on.year else found.group(), told
    )
    if (interview.year, interview.month) == (sent_on.year, sent_on.month):
        return told
    return _MONTH_ALONE.sub(
        lambda found: (
            "ce mois-ci" if MONTH_NUMBERS[found[1].lower()] == sent_on.month else found.group()
        ),
        told,
    )


# « l'ouverture d'une 2e épicerie en janvier », typed in November and read in January (read
# 339): « ce mois-ci »; « au printemps 2027 » read in 2027 is « au printemps » (read 340).
_MONTH_ALONE = re.compile(rf"\ben ({MONTHS})\b(?![\s\u00a0]*\d)", re.IGNORECASE)
_SEASON_OF_A_YEAR = re.compile(
    r"\b(au printemps|en été|à l['’]été|en automne|à l['’]automne|en hiver|à l['’]hiver)"
    r"[\s\u00a0]+(\d{4})\b",
    re.IGNORECASE,
)


# « en septembre 2026 », « en 2026 »: not « le 3 septembre 2026 », which has its own rule.
_THIS_YEAR = re.compile(rf"\ben (?:({MONTHS}) )?(\d{{4}})\b(?! ?[-–/])", re.IGNORECASE)


def _this_year(found: re.Match[str], sent_on: date) -> str:
    """« en septembre 2026 » sent in September 2026 is « ce mois-ci »; in 2026, « en septembre »."""
    month_name, year = found.groups()
    if int(year) != sent_on.year:
        return found.group()
    if month_name is None:
        return "cette année"
    if MONTH_NUMBERS[month_name.lower()] == sent_on.month:
        return "ce mois-ci"
    return f"en {month_name}"


# « le cours qui commence le 5 décembre », told on the 14th, has begun (read 89: « périmé »).
_STARTS_ON = re.compile(
    rf"\b(commencera|commence|débutera|débute|démarrera|démarre|aura lieu|a lieu"
    # « Le club ouvre 120 km de nouveaux sentiers le 1er décembre », told on the 7th: « ouvre
    # … mardi dernier » (read 154). The day may come a few words after the verb.
    r"|ouvrira|ouvre|lancera|lance|inaugurera|inaugure|accueillera|accueille|organisera"
    r"|organise|livrera|livre|déploiera|déploie|signera|signe|présentera|présente)"
    rf"(?=(?: [^.;:!?]{{0,80}}?)? le (\d{{1,2}}|1er) ({MONTHS})(?: (\d{{4}}))?\b)",
    re.IGNORECASE,
)
_BEGUN = {
    **{
        f"{verb}{ending}": f"a {participle}"
        for verb, participle in (
            ("ouvr", "ouvert"),
            ("lanc", "lancé"),
            ("inaugur", "inauguré"),
            ("accueill", "accueilli"),
            ("organis", "organisé"),
            ("livr", "livré"),
            ("sign", "signé"),
            ("présent", "présenté"),
        )
        for ending in ("e", "era", "ira")
    },
    "déploie": "a déployé",
    "déploiera": "a déployé",
    "commencera": "a commencé",
    "commence": "a commencé",
    "débutera": "a débuté",
    "débute": "a débuté",
    "démarrera": "a démarré",
    "démarre": "a démarré",
    "aura lieu": "a eu lieu",
    "a lieu": "a eu lieu",
}


# « Je joue le 10 décembre le Requiem » told on the 14th: « j'ai joué » (pair read 225: « je
# joue jeudi dernier »). First-group verbs a candidate's news opens on, present or future.
_MY_PLANNED = re.compile(
    r"\b(?P<i>[Jj]e) (?P<verb>(?:jou|présent|particip|anim|chant|pass|termin|commenc|donn|enregistr"
    r"|accompagn|encadr|dirig)(?:e|erai))"
    rf"(?=(?: [^.;:!?]{{0,80}}?)? le (\d{{1,2}}|1er) ({MONTHS})(?: (\d{{4}}))?\b)",
)


def _done_since(sentence: str, interview: date, sent_on: date) -> str:
    """What the candidate was to do on a day before ``sent_on``, told as done.

    >>> _done_since("Je joue le 10 décembre le Requiem.", date(2026, 11, 14), date(2026, 12, 14))
    'J’ai joué le 10 décembre le Requiem.'
    >>> _done_since("Je joue le 20 décembre le Requiem.", date(2026, 11, 14), date(2026, 12, 14))
    'Je joue le 20 décembre le Requiem.'
    """

    def told(found: re.Match[str]) -> str:
        number, month_name, year = found.groups()[2:]
        day = _day_after(interview, number, month_name, year)
        if day is None or day >= sent_on:
            return found.group()
        verb = found["verb"]
        stem = verb[:-4] if verb.endswith("erai") else verb[:-1]
        return f"{'J' if found['i'] == 'Je' else 'j'}’ai {stem}é"

    return _MY_PLANNED.sub(told, sentence)


def _started(sentence: str, interview: date, sent_on: date) -> str:
    """What was to start on a day before ``sent_on`` is told as started.

    >>> _started("Je suis inscrite au cours qui commence le 5 décembre.", date(2026, 11, 24),
    ...          date(2026, 12, 14))
    'Je suis inscrite au cours qui a commencé le 5 décembre.'
    >>> _started("Le stage débutera le 5 janvier.", date(2026, 11, 24), date(2026, 12, 14))
    'Le stage débutera le 5 janvier.'
    >>> _started("Le club ouvre 120 km de sentiers le 1er décembre.", date(2026, 11, 25),
    ...          date(2026, 12, 7))
    'Le club a ouvert 120 km de sentiers le 1er décembre.'
    """

    def told(found: re.Match[str]) -> str:
        verb, number, month_name, year = found.groups()
        day = _day_after(interview, number, month_name, year)
        if day is None or day >= sent_on:
            return verb
        begun = _BEGUN[verb.lower()]
        return begun.capitalize() if verb[0].isupper() else begun

    return _STARTS_ON.sub(told, sentence)


def told_by(sentence: str, interview: date, day: date) -> bool:
    """Whether news can be told on ``day``: undated, or dated on or before it.

    >>> told_by("J’ai obtenu ma certification le 25 novembre.", date(2026, 11, 12),
    ...         date(2026, 11, 20))
    False
    """
    when = news_day(sentence, interview)
    return when is None or when <= day


# News of something ahead on its day: « Je suis inscrit au cours du 8 décembre », « il
# commence le 8 décembre », « je passe le code le 10 ». Told after that day, it is stale
# (read 131: « je suis inscrit au cours du 8 décembre », said on 17 December).
_AHEAD_ON_ITS_DAY = re.compile(
    r"\b(?:inscrit|inscrite|inscrits|aura lieu|prévue?s?|je passe|je passerai|je vais"
    # « je serai à Winnipeg dès le 14 décembre pour la rencontre du 15 » (read 239: told in
    # January as « dès maintenant »).
    r"|rendez-vous|convoquée?)\b",
    re.IGNORECASE,
)
_BEGINS = re.compile(r"\b(?:commence|commencera|débute|débutera)\b", re.IGNORECASE)


def outdated(sentence: str, interview: date, day: date) -> bool:
    """Whether news of something ahead has passed its day by ``day``.

    >>> outdated("Je suis inscrit au cours ASP construction du 8 décembre.",
    ...          date(2026, 11, 24), date(2026, 12, 17))
    True
    >>> outdated("Je suis inscrit au cours ASP construction du 8 décembre.",
    ...          date(2026, 11, 24), date(2026, 12, 3))
    False
    >>> outdated("J’ai obtenu ma carte le 8 décembre.", date(2026, 11, 24), date(2026, 12, 17))
    False
    >>> outdated("Mon billet est réservé : je serai à Winnipeg dès le 14 décembre.",
    ...          date(2026, 11, 20), date(2027, 1, 4))
    True
    >>> news = ("J'ai réussi le 25 novembre l'examen théorique : il me reste l'examen sur route"
    ...         " le 15 décembre.")
    >>> outdated(news, date(2026, 11, 10), date(2027, 3, 8))
    True
    >>> outdated(news, date(2026, 11, 10), date(2026, 12, 1))
    False

    « cette année » noted in one year is last year's news the next (read 198: « l'atelier
    célèbre ses 40 ans cette année », told on 4 January):

    >>> outdated("L'atelier célèbre ses 40 ans cette année.", date(2026, 11, 16),
    ...          date(2027, 1, 4))
    True
    """
    if day.year > interview.year and _THIS_YEAR_SAID.search(sentence):
        return True
    # « je serai à Winnipeg dès le 14 décembre » : where one will be on a day (read 239:
    # told in January as « dès maintenant »), not what one will be able to do.
    # « il me reste l'examen sur route le 15 décembre » (fresh153: told on 8 March).
    there = _THERE_ON.search(sentence) or _LEFT_TO_DO_ON.search(sentence)
    if there is not None:
        when = _day_after(interview, there[1], there[2], None)
        return when is not None and when < day
    # « …qui commence le 5 décembre » is told as begun (« qui a commencé »): not stale.
    if not _AHEAD_ON_ITS_DAY.search(sentence) or _BEGINS.search(sentence):
        return False
    said = _ITS_DAY.search(sentence)
    when = None if said is None else _day_after(interview, said[1], said[2], said[3])
    return when is not None and when < day


_THIS_YEAR_SAID = re.compile(r"\bcette\s+année\b", re.IGNORECASE)
_THERE_ON = re.compile(
    rf"\bje\s+serai\s+(?:à|au|aux|en)\s+[^.;:,]{{1,40}}?\b(?:dès\s+le|le|du)\s+(1er|\d{{1,2}})\s+"
    rf"({MONTHS})\b",
    re.IGNORECASE,
)
_LEFT_TO_DO_ON = re.compile(
    rf"\bme\s+reste\b[^.;]{{1,60}}?\b(?:le|du)\s+(1er|\d{{1,2}})\s+({MONTHS})\b",
    re.IGNORECASE,
)
_ITS_DAY = re.compile(
    rf"\b(?:le|du|au|ce|dès le)\s+(?:\w+\s+)?(1er|\d{{1,2}})\s+({MONTHS})(?:\s+(\d{{4}}))?\b",
    re.IGNORECASE,
)


def day_first(sentence: str) -> str:
    """Dated news told from its day: « Le 20 novembre, j’ai terminé… ».

    At the end of the sentence the day dangled after whatever came last (« …où je fais
    mes remplacements, le 20 novembre »); first, it also ties the news to the interview.
    Undated news comes back as it was.

    >>> day_first("J’ai terminé la formation de l’ENAP le 20 novembre.")
    'Le 20 novembre, j’ai terminé la formation de l’ENAP.'
    >>> day_first("J’ai validé le module à l’hôpital où je travaille, le 1er décembre.")
    'Le 1er décembre, j’ai validé le module à l’hôpital où je travaille.'
    >>> day_first("J’ai suivi une formation de deux jours le 23 et le 24 novembre.")
    'Les 23 et 24 novembre, j’ai suivi une formation de deux jours.'
    >>> day_first("Hachette a annoncé la collection le 3 décembre.")
    'Le 3 décembre, Hachette a annoncé la collection.'
    >>> day_first("J’ai obtenu ma certification.")
    'J’ai obtenu ma certification.'
    """
    text = sentence.strip()
    day = _TRAILING_DAY.search(text)
    if day is None:
        return text
    rest = (text[: day.start()].rstrip(" ,") + text[day.end() :].strip()).rstrip(".")
    # « le 23 et le 24 novembre » opens a sentence as « Les 23 et 24 novembre ».
    when = re.sub(r"^le (\S+) et le ", r"les \1 et ", day.group().lstrip(" ,").strip(), flags=re.I)
    # « j’ai », « le musée » lose their capital; a name (« Hachette a publié… ») keeps it.
    if _bare(_first(rest)) in _OPENING_WORDS:
        rest = _lower_first(rest)
    return f"{when[:1].upper()}{when[1:]}, {rest}."


# The auxiliary of a past tense and its participle (« j’ai obtenu », « je me suis inscrite »,
# « l’usine a été certifiée »): where a letter puts the day of the news.
_PAST_TENSE = re.compile(
    r"\b(?:ai|as|a|avons|avez|ont|suis|es|est|sommes|êtes|sont)"
    r"(?:\s+(?:aussi|enfin|déjà|également|bien|finalement|officiellement))?"
    r"(?:\s+été(?=\s+\w+(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?)\b))?"
    r"\s+\w+(?:ée?s?|ie?s?|ue?s?|ise?s?|ite?s?|erte?s?|ainte?s?|einte?s?|été)\b",
    re.IGNORECASE,
)


def day_after_verb(sentence: str) -> str | None:
    """Dated news with its day after the verb, as a letter tells it; None if it has no verb.

    « …la certification SAP le 26 novembre. » left the day dangling after the last noun, and
    opening on it (« Le 26 novembre, j’ai… ») fell with nothing to tie it (reads 24 to 37);
    dropping it hid what made the news new (pair read 46).

    >>> day_after_verb("J’ai obtenu la certification SAP SD niveau 1 le 26 novembre.")
    'J’ai obtenu le 26 novembre la certification SAP SD niveau 1.'
    >>> day_after_verb("Je me suis inscrite à un cours du soir, le 3 décembre.")
    'Je me suis inscrite le 3 décembre à un cours du soir.'
    >>> day_after_verb("J’ai été reçue au concours le 5 janvier.")
    'J’ai été reçue au concours le 5 janvier.'
    >>> day_after_verb("J’ai suivi une formation de deux jours le 23 et le 24 novembre.")
    'J’ai suivi les 23 et 24 novembre une formation de deux jours.'
    >>> day_after_verb("J’ai déménagé le 3 décembre.")
    'J’ai déménagé le 3 décembre.'
    >>> day_after_verb("J'ai eu mon code le 21 novembre")
    "J'ai eu mon code le 21 novembre."
    >>> day_after_verb("J’ai commencé un cours d’anglais le 16 novembre, trois soirs par semaine.")
    'J’ai commencé le 16 novembre un cours d’anglais, trois soirs par semaine.'
    >>> day_after_verb("Fleetwise a levé 8 M€ en série A le 3 décembre.")
    'Fleetwise a levé 8 M€ en série A le 3 décembre.'
    >>> day_after_verb("Certification obtenue le 3 décembre.") is None
    True
    >>> day_after_verb("J’ai obtenu ma certification.") is None
    True
    """
    text = timeless(sentence)
    day = _TRAILING_DAY.search(text)
    if day is None:
        return None
    rest = text[: day.start()].rstrip(" ,")
    verb = _PAST_TENSE.search(rest)
    if verb is None or verb.start() > 40:
        return None
    when = day.group().lstrip(" ,").strip()
    when = re.sub(r"^le (\S+) et le ", r"les \1 et ", when, flags=re.I)
    after = rest[verb.end() :].strip()
    last_clause = text[day.end() :].strip().rstrip(".")
    # A short object keeps its place before the day: « J'ai eu mon code le 21 novembre »,
    # not « J'ai eu le 21 novembre mon code » (read 104).
    # Nor one opening on a number: « Fleetwise a levé le 3 décembre 8 M€ » ran two numbers
    # together (fresh67, once its source was dropped).
    if (len(after.split()) <= _SHORT_OBJECT or after[:1].isdigit()) and not last_clause:
        return f"{rest} {when}."
    return f"{rest[: verb.end()]} {when}{' ' + after if after else ''}{last_clause}."


_SHORT_OBJECT = 3
"""Words of an object short enough to stay before its day."""


_ASIDE = re.compile(r"(?<!\s)\s*\([^()]*\)")  # from a run's head: spaces are read once


@per_phrase
def aloud(sentence: str) -> str:
    """The news as said on the phone: no aside in brackets, which cannot be read out.

    >>> aloud("J’ai obtenu mon TOEIC (850) : je peux donc accueillir les clients anglophones.")
    'J’ai obtenu mon TOEIC : je peux donc accueillir les clients anglophones.'
    """
    return _ASIDE.sub("", sentence)


def undated(sentence: str) -> str:
    """The news without its day, for speech after « Depuis notre entrevue, ».

    >>> undated("J’ai obtenu ma certification Scrum Master le 25 novembre.")
    'J’ai obtenu ma certification Scrum Master.'
    >>> undated("J’ai commencé un cours d’anglais le 16 novembre, trois soirs par semaine.")
    'J’ai commencé un cours d’anglais, trois soirs par semaine.'
    >>> undated("J’ai réussi mon examen le 20 novembre, le test sur route est le 14 décembre.")
    'J’ai réussi mon examen, le test sur route est le 14 décembre.'
    """
    text = timeless(sentence)
    without = _TRAILING_DAY.sub("", text)
    return _without_dangling_clause(without) if without != text else text


# A relative clause that said only when (« …de l’ACUC qui commence le 5 décembre »): without
# its day, « …qui commence. » ends on nothing (read 89), so it goes with the day.
# It starts at a comma or at the head of a run of spaces, never inside one: a long run is
# then read once, not once per space (50,000 spaces took 55 s).
_DANGLING = re.compile(
    r"(?:,\s+|(?<![\s,])\s+)(?:qui|que|qu['’]\w+|dont)(?:\s+[\w’'-]+){0,2}(?=[.!]?$)"
    # « …, le test sur route est » once its day is gone (read 164's corpus).
    r"|,\s+(?:le|la|les|l['’]|mon|ma|mes)\s*[^,]{1,40}?\s(?:est|sera|sont|seront|a\s+lieu"
    r"|aura\s+lieu)(?=[.!]?$)",
    re.IGNORECASE,
)


def _without_dangling_clause(text: str) -> str:
    """``text`` without a relative clause of two words or fewer at its end (its day gone).

    >>> _without_dangling_clause("Je suis inscrite au cours de l’ACUC qui commence.")
    'Je suis inscrite au cours de l’ACUC.'
    >>> _without_dangling_clause("J’ai obtenu le permis que je visais depuis deux ans.")
    'J’ai obtenu le permis que je visais depuis deux ans.'

    « ne… que » is no relative clause (fresh15: « il ne me reste que la conduite » said as
    « il ne me reste. »).

    >>> _without_dangling_clause("J’ai mon code, il ne me reste que la conduite.")
    'J’ai mon code, il ne me reste que la conduite.'
    >>> _without_dangling_clause("J'ai réussi mon examen théorique, le test sur route est")
    "J'ai réussi mon examen théorique"
    """
    found = _DANGLING.search(text)
    if found is None or _RESTRICTIVE_NE.search(text[max(0, found.start() - 40) : found.start()]):
        return text
    return text[: found.start()] + text[found.end() :]


# « ne » or « n' » a few words before « que »: « il ne me reste que… », « je n'ai que… ».
_RESTRICTIVE_NE = re.compile(r"\b(?:ne|n['’])(?:\s*[\w’'-]+){1,3}\s*$", re.IGNORECASE)


# Where a piece of news turns to what it brings (« …SSIAP 2, je peux donc… », « …nacelle :
# je peux aller… »): a voicemail of 30 seconds keeps the fact and leaves the rest to the call.
# Each of these two starts at the head of a run of spaces, never inside one: a long run is
# then read once (a note with 20,000 spaces took 13 s).
_CONSEQUENCE = re.compile(
    # « …, elle est donc valide 3 ans » turns at its comma, not at « donc » (fresh35: the
    # voicemail said « j'ai refait ma formation PDSB, elle est. »).
    r"(?<!\s)\s*(?:[:;]|\s[–—-]\s"
    r"|,\s+(?:donc|ce qui|et|je|j['’]|afin|pour|ce|ça|cela|mais|elle|il|elles|ils|on|nous)\b"
    r"|\s(?:donc|afin|ce qui)\b)",
    re.IGNORECASE,
)
# A day anywhere in the news (« le 3 décembre », « le 26/11 »), which « Depuis, » replaces.
_ANY_DAY = re.compile(
    rf"(?:^|,\s+|(?<![\s,])\s+)le "
    rf"(?:(?:\d{{1,2}}|1er)(?: et le \d{{1,2}})? (?:{MONTHS})(?: \d{{4}})?"
    r"|\d{1,2}/\d{1,2}(?:/\d{2,4})?)(?=[\s,.;:!]|$)",
    re.IGNORECASE,
)
# Words a voicemail can give a piece of news and stay within its 30 seconds (OQLF).
_HEADLINE_WORDS = 14
_WITH_WHAT = 16
"""Words a headline may have with what the news brings (« …, je suis disponible… »)."""
_BRINGS = re.compile(
    r"\s*(?:je suis (?:donc )?(?:disponible|libre|prête?|à jour|apte)|je peux (?:donc )?commencer)",
    re.IGNORECASE,
)


_SINCE_MEETING = re.compile(
    r"^depuis (?:notre|l['’]|mon) ?(?:échange|entretien|entrevue|rencontre|appel)\s*,\s*",
    re.IGNORECASE,
)


def headline(sentence: str) -> str | None:
    """The news as a voicemail says it after « Depuis, », or None when even that is long.

    The fact only, without its day or what it brings.

    >>> headline("J’ai validé mon SSIAP 2 le 9 décembre, je peux donc remplacer le chef.")
    'J’ai validé mon SSIAP 2.'
    >>> headline("J’ai reçu le 3 décembre la date de mon stage : je serai à Lyon le 4.")
    'J’ai reçu la date de mon stage.'
    >>> headline("Jai eu mon permis D le 20 novembre!! donc dispo des la fin du mois")
    'Jai eu mon permis D.'
    >>> headline("Je me suis inscrite au cours de plongée de l’ACUC qui commence le 5 décembre.")
    'Je me suis inscrite au cours de plongée de l’ACUC.'
    >>> headline("J'ai refait ma formation PDSB le 26 novembre, elle est donc valide 3 ans.")
    "J'ai refait ma formation PDSB."
    >>> headline("J’ai fini mes examens de session, je suis disponible tous les soirs de semaine.")
    'J’ai fini mes examens de session, je suis disponible tous les soirs de semaine.'
    >>> headline("J’ai eu mon résultat du test d’anglais : 88 %")
    'J’ai eu mon résultat du test d’anglais : 88 %.'
    >>> headline("Depuis notre échange, j'ai suivi une formation Pennylane (certification "
    ...          "utilisateur obtenue le 30/11).")
    "J'ai suivi une formation Pennylane."
    >>> headline("Depuis notre échange, j'ai suivi une formation Pennylane (certification "
    ...          "utilisateur obtenue le 30/11).")
    "J'ai suivi une formation Pennylane."
    >>> headline("J’ai suivi une formation de trois jours sur la gestion des stocks en "
    ...          "entrepôt frigorifique chez un ancien employeur de la région.") is None
    True
    >>> headline("Le 28 novembre, j'ai terminé le module d'électroérosion : je peux donc "
    ...          "programmer les découpes.")
    "J'ai terminé le module d'électroérosion."
    """
    # « Depuis notre échange, j'ai suivi… » : the voicemail says « Depuis, » itself (read 168:
    # « Depuis notre échange. », the news cut off).
    text = _SINCE_MEETING.sub("", aloud(timeless(sentence))).rstrip(" .!")
    # « Le 28 novembre, j'ai terminé… » : the day put first goes with its comma, which read
    # as the consequence's and left « Depuis, . » (read 175).
    text = _DAY_PUT_FIRST.sub("", text)
    text = text[:1].upper() + text[1:]
    cut = _consequence(text)
    # What the news brings, when it is short, is what the person called for (read 117:
    # « j'ai fini mes examens de session » without « je suis disponible tous les soirs »).
    brings = cut is not None and _BRINGS.match(text[cut.start() :].lstrip(" ,:;"))
    if cut is not None and not (brings and len(_ANY_DAY.sub("", text).split()) <= _WITH_WHAT):
        text = text[: cut.start()]
    without = _ANY_DAY.sub("", text).strip(" ,.!;:")
    text = _without_dangling_clause(without) if without != text.strip(" ,.!;:") else without
    text = text[:1].upper() + text[1:]
    return f"{text}." if 0 < len(text.split()) <= _HEADLINE_WORDS else None


_DAY_PUT_FIRST = re.compile(rf"^{_DAY_FIRST}\s*,\s*", re.IGNORECASE)


def _consequence(text: str) -> re.Match[str] | None:
    """Where the news turns to what it changes (« …, je serai donc autonome sur… »), if it does.

    « …test d’anglais : 88 % »: a few words after the colon are the news itself. A colon
    inside a title in quotes is the title's: « la formation « IFS Food version 8 : les
    changements » » was cut there, quotes left open (read 112).

    >>> _consequence("J’ai terminé la formation « IFS Food 8 : les changements » : je suis à jour")
    <re.Match object; span=(58, 60), match=' :'>
    """
    cut = next(_outside_quotes(text, _CONSEQUENCE.finditer(text)), None)
    if cut and len(text[: cut.start()].split()) >= 3 and len(text[cut.end() :].split()) > 3:
        return cut
    return None


_QUOTES = re.compile("[«»]")


def _outside_quotes(text: str, matches: Iterator[re.Match[str]]) -> Iterator[re.Match[str]]:
    """The matches that lie outside « … », the text read once from left to right."""
    depth, read = 0, 0
    for match in matches:
        for quote in _QUOTES.findall(text, read, match.start()):
            depth = depth + 1 if quote == "«" else max(0, depth - 1)
        read = match.start()
        if depth == 0:
            yield match


def tells_its_bearing(news: str) -> bool:
    """Whether a piece of news says, after the fact, what it changes for the job.

    >>> tells_its_bearing("J’ai été acceptée au cours CARIS en janvier : je serai donc "
    ...                   "autonome sur le traitement des levés dès la saison 2027.")
    True
    >>> tells_its_bearing("J’ai obtenu mon habilitation électrique le 20 novembre.")
    False
    """
    return _consequence(news.rstrip(" .!")) is not None


# The candidate's news as something learned or earned (« j’ai obtenu ma carte », « je me suis
# inscrite au cours du soir »): it is an asset for the topic it names, which a hand-written
# reminder says (« Ce sera un atout de plus pour les desserts de banquets », read 100).
_GAIN = re.compile(
    r"\b(?:obtenu|réussi|reussi|renouvelé|renouvele|validé|valide|décroché"
    r"|passé (?:mon|ma|mes|le|la|l[’'])|eu (?:mon|ma|mes)|(?:me suis|m[’']ai) inscrit"
    # « J'ai terminé une pochette » is a piece of work, not a course (a reminder said « Ce
    # sera un atout de plus pour le point sellier » after it).
    r"|(?:terminé|termine|complété|suivi|fini|fait|commencé) (?:la|le|une|un|ma|mon|mes|les) "
    r"(?:\w+ )?(?:formation|cours|stage|module|certification|programme|atelier))",
    re.I,
)


def gains_a_skill(news: str) -> bool:
    """Whether the candidate's news is a skill, a course or a credential gained since.

    >>> gains_a_skill("J’ai obtenu ma certification Scrum Master le 25 novembre.")
    True
    >>> gains_a_skill("Je me suis inscrite à un cours du soir en pâtisserie.")
    True
    >>> gains_a_skill("J’ai lu le rapport annuel de la Caisse.")
    False
    >>> gains_a_skill("J’ai terminé une pochette cousue au point sellier.")
    False
    """
    return _GAIN.search(news) is not None


# What an organisation's news is: a success calls for congratulations, a new initiative for
# the wish to take part; any other news (a budget cut, a merger) for neither.
_SUCCESS = re.compile(
    r"\b(?:obtenu|obtient|remporté|remporte|reçu|décroché|gagné|primée?s?|lauréate?s?"
    # « Prix … décerné aux Jardins du Coteau » (read 164).
    r"|décerné(?:e|s|es)?"
    # « Le Village fêtera ses 50 ans en 2027 » (read 165: told bare, « relié à rien »).
    r"|f[êe]t(?:e|é|era|ent|eront|ez|erez)\s+(?:ses|son|leurs?|vos|votre)\s+\d+\s+ans"
    r"|\d+e\s+anniversaire"
    r"|figure parmi|levée de fonds|ouvert|ouvrir|inauguré|finalistes?"
    # « obtention du label Petites Cités de Caractère » (read 283: told as an announcement to
    # the mayor who won it, without congratulations).
    r"|obtention\s+(?:du|de\s+la|de\s+l['’]|des|d['’])"
    # « Textiles des Mauges a signé un contrat… pour 40 000 pièces par an » (read 180: told
    # bare, « sans lien avec le candidat »).
    r"|signée?s?\s+(?:un|le|deux|trois|\d+)\s+(?:nouveaux?\s+)?(?:contrats?|marchés?|accords?)"
    # An accreditation kept is earned again (read 94: « vient de renouveler son accréditation
    # ISO 17025 », told without a word of congratulation).
    r"|renouvel(?:é|ée|er|le)\s+(?:son|sa|ses|leur)\s+(?:accréditation|certification|agrément|label)"
    r"|dans la (?:première |deuxième |dernière )?sélection)\b",
    re.I,
)
# Ahead, or under way: « ouvrira une exposition », « a lancé son plan ».
_INITIATIVE = re.compile(
    r"\b(?:lancée?s?|lance|lancera|ouvre|ouvrira|adopté|publié|inaugure|inaugurera"
    r"|déploie|déploiera|annoncé l['’]ouverture|ajoute|ajoutent|ajoutera|ajouteront"
    # A headline of a project (read 94: « Ouverture d'une ludothèque… », told bare).
    r"|ouverture|lancement|création|agrandissement|construction"
    # « installe un robot de traite », « l'achat de 40 autobus », « mise en service de 8 bus »
    # (reads 127 and 129: told bare, « plaqué sans lien »).
    r"|installe|installera|agrandit|agrandira|achat|acquisition|mise en service|met en service"
    r"|devient|deviendra"
    # The same, said to the organisation: « vous lancerez », « vous agrandissez » (read 175).
    r"|lancez|lancerez|ouvrez|ouvrirez|inaugurez|inaugurerez|déployez|déploierez|ajoutez"
    r"|ajouterez|installez|installerez|agrandissez|agrandirez|devenez|deviendrez|investissez"
    r"|investirez|construisez|construirez"
    # « investissement de 40 M$ dans la machine 4 », « programme de restauration voté »,
    # « enquête publique pour l'extension de la carrière » (read 175: « n'est reliée à rien »).
    r"|investissement|investit|investira|investissent|extension|modernisation|votée?s?"
    r"|construire|construira)\b"
    # A headline of something new: « Nouveau service de funérailles écologiques en janvier »;
    # not a new head (« Nouvelle directrice générale »).
    r"|^\s*(?:nouveaux?|nouvelles?)\s+(?!(?:directeur|directrice|président|présidente|DG|PDG"
    r"|propriétaire|cheffe?|gérante?|responsable|direction)\b)",
    re.I,
)


_TO_COME = re.compile(
    r"\b(?:va|vont|allez|ouvrira|ouvriront)\s+(?:\w+\s+)?ouvrir\b|\bouvrira\b"
    # An anniversary ahead (« fêtera ses 100 ans en 2027 ») is no success yet (read 170).
    r"|\bf[êe]ter(?:a|ont|ez)\b|\bcélébrer(?:a|ont|ez)\b",
    re.I,
)


def _later_year(fact: str, held: date | None) -> bool:
    """Whether ``fact`` names a year after the interview's."""
    years = (int(year) for year in re.findall(r"\b(20\d\d)\b", fact))
    return held is not None and any(year > held.year for year in years)


# Work won: a contract, a tender, a site. Years of the trade serve it; not a prize.
_WORK_WON = re.compile(
    r"\b(?:remport|décroch|gagn|obten|sign|conclu)\w*\b[^.;]{0,40}?"
    r"\b(?:contrats?|marchés?|appels? d['’]offres|chantiers?|commandes?)\b",
    re.IGNORECASE,
)


def wins_work(fact: str) -> bool:
    """Whether an organisation's news is work won: a contract, a tender, a site.

    >>> wins_work("La SCOP a remporté le marché des portiques du port de Montoir")
    True
    >>> wins_work("Vous avez remporté le prix du public au Salon du livre")
    False
    """
    return _WORK_WON.search(fact) is not None


def is_anniversary(fact: str) -> bool:
    """Whether a fact is the organisation's own anniversary, which it knows better than anyone.

    « J'ai vu que l'OSSLSJ fêtera ses 50 ans en 2028 », « J'ai appris que vous fêtez vos 75
    ans » read as news to those who organise them (reads 192, 195, 198: five drafts).

    >>> is_anniversary("La paroisse fêtera ses 150 ans en 2027."), is_anniversary("Centenaire")
    (True, True)
    >>> is_anniversary("Le Petit Robinson a fêté ses 90 ans cet été.")
    True
    >>> is_anniversary("Le Village de Noël attend 8 000 visiteurs cette année")
    False
    """
    return _ANNIVERSARY.search(fact) is not None


_ANNIVERSARY = re.compile(
    # « Le Petit Robinson a fêté ses 90 ans cet été » (read 210).
    r"\b(?:fêt|célèbr|célébr|souffl)\w*\s+"
    r"(?:ses|son|leurs?|vos|votre)\s+(?:\d+|[a-zé-]+)\s*(?:ans|e|ème|bougies)\b"
    r"|\b\d+(?:e|ème)\s+anniversaire\b|\bcentenaire\b|\bcinquantenaire\b|\bbicentenaire\b",
    re.IGNORECASE,
)


_SHORTFALL = re.compile(
    r"\b(?:seulement|à peine|ne\s+\S+\s+que|n['’]\S+\s+que|moins\s+de|en\s+baisse|recul\w*)\b",
    re.IGNORECASE,
)


def news_kind(fact: str, held: date | None = None) -> str | None:
    """``"succes"``, ``"initiative"`` or None: what an organisation's news calls for.

    >>> news_kind("Le laboratoire vient de renouveler son accréditation ISO 17025.")
    'succes'

    >>> news_kind("Les Ateliers Boréal ont obtenu le contrat du pont de la rivière Noire.")
    'succes'
    >>> news_kind("vous avez signé un contrat avec une enseigne pour 40 000 pièces par an")
    'succes'
    >>> news_kind("Saint-Amand : obtention du label Petites Cités de Caractère")
    'succes'
    >>> news_kind("La Ville a adopté un plan de sécurité civile.")
    'initiative'
    >>> news_kind("Ouverture d'une ludothèque dans la médiathèque en mars 2027")
    'initiative'
    >>> news_kind("La Ville fusionne deux services.") is None
    True
    >>> news_kind("Nouveau service de funérailles écologiques à partir de janvier")
    'initiative'
    >>> news_kind("Nouvelle directrice générale depuis septembre") is None
    True

    An opening to come is no success yet (« toutes mes félicitations » for « Ils vont ouvrir
    un bureau à Laval au printemps 2027 »):

    >>> news_kind("Ils vont ouvrir un bureau à Laval au printemps 2027.")
    'initiative'

    Nor an anniversary in a year after the interview's, even in the present (read 171:
    « fête ses 40 ans en 2027 », congratulated in November 2026):

    >>> news_kind("L'étude fête ses 40 ans en 2027", date(2026, 11, 10))
    'initiative'

    A figure said as too small is no success (read 352: « le pont de glace a été ouvert
    seulement 41 jours l'hiver dernier : toutes mes félicitations! »):

    >>> news_kind("Le pont de glace a été ouvert seulement 41 jours l'hiver dernier.") is None
    True
    """
    if _SHORTFALL.search(fact):
        return None
    if _SUCCESS.search(fact):
        return "initiative" if _TO_COME.search(fact) or _later_year(fact, held) else "succes"
    if _INITIATIVE.search(fact):
        return "initiative"
    return None


# A note on the organisation jotted as a headline (« Ouverture d'une agence à Nantes »,
# « l'ouverture d'une ligne de tramway ») names the news without saying it: after « J'ai lu
# avec intérêt que », it left a sentence with no verb (issue 10; fresh contexts, read 57).
# Its head is a noun made from a verb, or one of a few nouns news open on; the article of a
# bare head follows its ending.
_FEMININE_HEAD = re.compile(r"\w+(?:tion|sion|ure|ance|ence|ée|ade|aison)", re.IGNORECASE)
_MASCULINE_HEAD = re.compile(r"\w+(?:ment|age)", re.IGNORECASE)
_HEAD_WORDS = {
    **dict.fromkeys("fusion hausse baisse annonce refonte vente mise victoire".split(), "la"),
    **dict.fromkeys("départ rachat projet plan programme contrat budget chantier".split(), "le"),
    # « Prix Reconnaissance milieu de vie 2026 décerné aux Jardins » (read 164: « que Prix… »).
    **dict.fromkeys("prix trophée titre label concours".split(), "le"),
    **dict.fromkeys("médaille palme mention".split(), "la"),
}
_FEMININE_IN_AGE = frozenset("image page plage cage rage nage".split())
# « nouveau centre de tri à Laval »: an adjective before the head says its article.
_LEADING_ADJECTIVES = {
    **dict.fromkeys("nouveau nouvel futur prochain premier dernier".split(), "le"),
    **dict.fromkeys("nouvelle future prochaine première dernière".split(), "la"),
    **dict.fromkeys(
        "nouveaux nouvelles futurs futures prochains prochaines premiers premières derniers"
        " dernières".split(),
        "les",
    ),
}
# What makes a clause of it: a finite verb among the usual ones, a future, a reflexive.
_FINITE_VERB = re.compile(
    # Not a word of a hyphenated name: « Whabouchi-Est » (read 222).
    # « série A » is no verb (« levée de 12 M€ en série A » was said « que levée… »).
    r"(?<![\w-])(?:(?-i:a)|ont|est|sont|était|étaient|avait|avaient|sera|seront|aura|auront"
    r"|va|vont"
    r"|vient|viennent|fait|font|peut|peuvent|doit|doivent|reste|restent|devient|deviennent"
    r"|prévoit|prévoient|compte|comptent|permet|permettent|lance|lancent|ouvre|ouvrent"
    r"|accueille|accueillent|recrute|recrutent|commence|commencent|démarre|démarrent"
    # « formation continue » is an adjective (« que Nouveau portail de formation continue… »).
    r"|avance|avancent|(?<!formation )continue|continuent|offre|offrent|finance|financent|investit"
    r"|investissent|embauche|embauchent|inaugure|inaugurent|organise|organisent|propose"
    r"|proposent|publie|publient|obtient|obtiennent|remporte|remportent|signe|signent"
    r"|construit|construisent|cherche|cherchent|déménage|déménagent|fusionne|fusionnent"
    r"|ferme|ferment|rouvre|rouvrent"
    # « Le Village de Noël attend 8 000 visiteurs » (read 189: « l'annonce du Village de Noël
    # attend… »).
    r"|attend|attendent|reçoit|reçoivent|fête|fêtent|célèbre|célèbrent|compte|comptent)(?![\w-])"
    r"|\b\w{3,}(?:era|eront|ira|iront)\b|\bs['’]\w|\bse\s\w"
    # A word right before a possessive is a verb: « Le Rivage agrandit ses bains » (read 175:
    # « l'annonce du Rivage agrandit… »).
    r"|\b(?!(?:des|aux|pour|par|sur|avec|dans|chez|vers|selon|entre|parmi|contre|malgré|sans"
    r"|sous|après|avant|depuis|pendant|durant)\b)[^\W\d_]{3,}\s+(?:ses|son|sa|leurs?)\s",
    re.IGNORECASE,
)


def _head_article(word: str) -> str | None:  # "le", "la" or "les"
    """The article a headline's head noun takes, or None when it is no such noun."""
    folded = word.casefold()
    # « consultations publiques », « travaux »: a plural head takes « les ».
    if folded[-1:] in ("s", "x") and len(folded) > 4 and _singular_head(folded[:-1]):
        return "les"
    return _singular_head(folded)


def _singular_head(folded: str) -> str | None:
    if folded in _HEAD_WORDS or folded in _LEADING_ADJECTIVES:
        return _HEAD_WORDS.get(folded) or _LEADING_ADJECTIVES[folded]
    if _MASCULINE_HEAD.fullmatch(folded) and folded not in _FEMININE_IN_AGE:
        return "le"
    if _FEMININE_HEAD.fullmatch(folded) or folded in _FEMININE_IN_AGE:
        return "la"
    return None


# « Un service de table commandé par… » : an indefinite article, a common noun, then its
# complement or participle (read 320: « J'ai lu avec intérêt qu'un service de table… »).
_INDEFINITE_NOUN = re.compile(
    r"^(?:un|une)\s+[a-zà-ÿ][\w’'-]*\s+(?:de|du|des|d['’]|pour|à|au|aux|en|par|sur"
    r"|[a-zà-ÿ]+(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues))\b",
    re.IGNORECASE,
)


def fact_as_noun(fact: str) -> str | None:
    """A fact jotted as a noun phrase, with its article; None when it is a clause.

    >>> fact_as_noun("L’ouverture d’une ligne de tramway en 2027.")
    'l’ouverture d’une ligne de tramway en 2027'
    >>> fact_as_noun("Prolongement du Rapibus vers l’ouest : appels d’offres en 2027")
    'le prolongement du Rapibus vers l’ouest : appels d’offres en 2027'
    >>> fact_as_noun("hausse des inscriptions")
    'la hausse des inscriptions'
    >>> fact_as_noun("consultations publiques sur la politique culturelle en février")
    'les consultations publiques sur la politique culturelle en février'
    >>> fact_as_noun("nouveau centre de tri à Laval")
    'le nouveau centre de tri à Laval'
    >>> fact_as_noun("Nouvelles navettes électriques en 2027")
    'les nouvelles navettes électriques en 2027'
    >>> fact_as_noun("L’ouverture de l’agence est prévue en mars.") is None
    True
    >>> fact_as_noun("Un de leurs romans dans la sélection du prix Femina")
    'un de leurs romans dans la sélection du prix Femina'
    >>> fact_as_noun("Un de leurs romans est dans la sélection du prix Femina") is None
    True
    >>> fact_as_noun("La STO prolonge le Rapibus vers l’ouest.") is None
    True
    >>> fact_as_noun("Le Rivage agrandit ses bains extérieurs pour l'été 2027") is None
    True

    A noun whose gender is not known is the organisation's own (read 162):

    >>> fact_as_noun("cuisine centrale : pain et laitages 100 % bio à partir de janvier 2027")
    'votre cuisine centrale : pain et laitages 100 % bio à partir de janvier 2027'
    >>> fact_as_noun("Keolis en tête de l’appel d’offres") is None
    True
    >>> fact_as_noun("Le Village de Noël attend 8 000 visiteurs cette année") is None
    True
    >>> fact_as_noun("Foire aux santons d'Aubagne du 28 novembre au 31 décembre")
    "la Foire aux santons d'Aubagne du 28 novembre au 31 décembre"
    >>> fact_as_noun("Vote de la grille tarifaire 2027 en conseil communautaire le 17 décembre")
    'le vote de la grille tarifaire 2027 en conseil communautaire le 17 décembre'
    >>> print(fact_as_noun("Keolis en tête de l’appel d’offres"))
    None
    >>> fact_as_noun("Séisme de magnitude 4,1 près de Maniwaki le 19 novembre")
    'le séisme de magnitude 4,1 près de Maniwaki le 19 novembre'
    >>> fact_as_noun("20 % de gaz vert injecté dans le réseau de la métropole en 2026")
    'les 20 % de gaz vert injecté dans le réseau de la métropole en 2026'
    >>> fact_as_noun("20 % de nos clients ont signé en 2026") is None
    True
    >>> fact_as_noun("Mandat remporté pour l'étude d'impact social")
    "le mandat remporté pour l'étude d'impact social"
    >>> fact_as_noun("Un service de table commandé par une ambassade pour 2027")
    'un service de table commandé par une ambassade pour 2027'
    """
    text = fact.strip().rstrip(" .;")
    if not text or _FINITE_VERB.search(text):
        return None
    # « 20 % de gaz vert injecté dans le réseau en 2026 » : a figure and what it counts
    # (read 210: « J'ai lu avec intérêt que 20 % de gaz vert injecté… »).
    if _FIGURE_OF.match(text):
        return f"les {text}"
    first = _first(text)
    if _bare(first) in _DETERMINERS:
        head = _first(text[len(first) :].lstrip())
        # « Un de leurs romans dans la sélection du Femina » has no verb: « qu'un de leurs
        # romans dans la sélection » left a sentence without one (read 70).
        if _head_article(head.rstrip("'’")) or head == "de" or _INDEFINITE_NOUN.match(text):
            return _lower_first(text)
        return None
    article = _head_article(first)
    if article is not None:
        return _with_article(_ARTICLES[article], _lower_first(text))
    # A common noun typed first, its gender unknown: « votre » fits both (read 162: « J'ai lu
    # avec intérêt que cuisine centrale : pain et laitages 100 % bio… »). A capital may be a
    # name (« Keolis »), which takes no « votre ».
    if first[:1].islower() and first.isalpha() and first not in _PRONOUNS:
        return f"{'vos' if first.endswith(('s', 'x')) else 'votre'} {text}"
    # « Foire aux santons d'Aubagne du 28 novembre… » : a common noun heads an event's name
    # (read 189: « J'ai lu avec intérêt que Foire aux santons… »).
    # Any other noun is the note's capital: « Vote de la grille tarifaire 2027 » (pair read 362:
    # « l'annonce du Vote de la grille »).
    if first.isalpha() and first[1:].islower() and _EVENT_NAME_NEXT.match(text[len(first) :]):
        named = first.casefold() in _EVENT_HEADS
        return _with_article(_gender(first.casefold()), text if named else _lower_first(text))
    # « Séisme de magnitude 4,1 près de Maniwaki » : a note's capital on a common noun
    # before « de » and a lowercase word (read 198: « J'ai lu avec intérêt que Séisme… »).
    capitalised = first.isalpha() and first[:1].isupper() and first[1:].islower()
    # « Mandat remporté pour l'étude… » : a note's capital on a common noun before what was
    # done with it (read 222: « J'ai appris avec plaisir que Mandat remporté pour… »).
    done = _DONE.match(text)
    if capitalised and done is not None and done["noun"] == first:
        return _with_article(_gender(first.casefold()), _lower_first(text))
    if capitalised and _OF_LOWERCASE.match(text[len(first) :]):
        return _with_article(_gender(first.casefold()), _lower_first(text))
    # « Atelier labellisé Entreprise du Patrimoine Vivant en 2025 », « Sortie de Nordlys en
    # accès anticipé » : a noted noun and its participle, or what it is of (« J'ai lu avec
    # intérêt qu'Atelier labellisé… », « que Sortie de Nordlys… »).
    if capitalised and _PARTICIPLE_OR_OF.match(text[len(first) :]):
        return _with_article(_gender(first.casefold()), _lower_first(text))
    return None


def is_misfortune(fact: str) -> bool:
    """Whether a fact tells a misfortune, which no letter reads « avec intérêt ».

    « J'ai lu avec intérêt l'annonce de l'éclosion d'influenza dans deux CHSLD » was « une
    maladresse de ton » (fresh153).

    >>> is_misfortune("Éclosion d'influenza dans deux CHSLD de Gatineau")
    True
    >>> is_misfortune("Le CISSS ouvrira une unité de débordement à l'Hôpital de Hull")
    False
    >>> is_misfortune("Le pont de glace a été ouvert seulement 41 jours l'hiver dernier.")
    True
    >>> is_misfortune("Dégât d'eau à la boutique du Vieux-Québec le 15 novembre, fermée 3 jours")
    True
    """
    return _MISFORTUNE.search(" ".join(fact.split()[:6])) is not None or bool(
        _SHORTFALL.search(fact)
    )


_MISFORTUNE = re.compile(
    r"\b(?:éclosions?|épidémies?|incendies?|inondations?|accidents?|décès|grèves?|faillites?"
    r"|fermetures?|licenciements?|compressions|pénuries?|cyberattaques?|explosions?"
    # « Dégât d'eau à la boutique du Vieux-Québec » (read 381: « J'ai lu avec intérêt
    # l'annonce du dégât d'eau… »).
    r"|déversements?|sinistres?|décédée?s?|mises?\s+à\s+pied|dégâts?|degats?|cambriolages?"
    r"|tempêtes?|dommages?)\b",
    re.IGNORECASE,
)


def reads_as_news(fact: str) -> bool:
    """Whether a fact can be told: as a noun phrase, or as a clause with its verb.

    « J'ai lu avec intérêt qu'Entreprise du Patrimoine Vivant (EPV) depuis 2012 » had no
    verb: such a note is not told rather than told broken.

    >>> reads_as_news("Entreprise du Patrimoine Vivant (EPV) depuis 2012")
    False
    >>> reads_as_news("cinq tablettes au guide du Club des Croqueurs de Chocolat")
    False
    >>> reads_as_news("levée de 12 M€ en série A"), reads_as_news("La STO prolonge le Rapibus")
    (True, True)
    >>> reads_as_news("Cinq nouveaux médecins arrivent en janvier")
    True
    """
    if fact_as_noun(fact) is not None or _FINITE_VERB.search(fact) is not None:
        return True
    # A verb the list does not know (« prolonge ») is a lowercase word that is no tool word.
    lowercase = [w for w in re.findall(r"[^\W\d_][\w’'-]*", fact) if w[:1].islower()]
    if all(w.casefold().rstrip("’'") in _TOOL_WORDS | MONTH_NUMBERS.keys() for w in lowercase):
        return False
    if _bare(_first(fact)).casefold() in _NUMBER_WORDS:
        return any(_PLURAL_VERB.search(w) for w in lowercase)
    return True


_TOOL_WORDS = frozenset(
    "de du des d la le les l au aux à en depuis pour par sur avec dans et ou cette cet ce ces"
    " année ans an mois semaine".split()
)
_NUMBER_WORDS = frozenset("deux trois quatre cinq six sept huit neuf dix douze vingt cent".split())
_PLURAL_VERB = re.compile(r"(?:ent|ont|aient)$")


_ARTICLES: dict[str, Article] = {"le": "le", "la": "la", "les": "les"}
_FIGURE_OF = re.compile(
    r"\d[\d\s\u00a0\u202f,.]*\s*(?:%|\$|€|M\$|M€|k\$|k€|millions?|milliards?|ans)?\s+"
    r"(?:de\s|d['’]\s*)[a-zà-ÿ]"
)
_OF_LOWERCASE = re.compile(r"\s+(?:de\s+|d['’]\s*)[a-zà-ÿ]")
_PARTICIPLE_OR_OF = re.compile(
    r"\s+(?:[a-zà-ÿ]+(?:é|ée|és|ées)(?:\s|$)|(?:de\s+|d['’]\s*)[A-ZÀ-Ý][\w’'-]*\s+[a-zà-ÿ])"
)
_EVENT_NAME_NEXT = re.compile(r"\s+(?:aux|du|des|de la|de l['’])\s+[a-zà-ÿ]")
_EVENT_HEADS = frozenset(
    """foire festival salon fête fêtes marché nuit nuits semaine journée journées rencontres
    biennale carnaval prix gala congrès forum concours trophées assises mois quinzaine
    printemps colloque symposium sommet championnat coupe tournoi exposition""".split()
)
"""Nouns that head an event's name, which keeps its capital (« la Foire aux santons »)."""
_PRONOUNS = frozenset("je j tu il elle on nous vous ils elles".split())


def announcement_of(noun_phrase: str) -> str:
    """What one reads of a fact jotted as a noun phrase: its announcement.

    One reads « l’annonce de l’ouverture d’une ligne », not « l’ouverture d’une ligne ».

    >>> announcement_of("le nouveau centre de tri à Laval")
    'l’annonce du nouveau centre de tri à Laval'
    >>> announcement_of("votre cuisine centrale : pain bio dès janvier")
    'l’annonce concernant votre cuisine centrale : pain bio dès janvier'
    >>> announcement_of("l’annonce de la fusion")
    'l’annonce de la fusion'
    >>> announcement_of("le projet d’extension de la zone annoncé vendredi dernier")
    'l’annonce du projet d’extension de la zone'
    >>> announcement_of("l’investissement de 40 M$ dans la machine 4 annoncé en octobre")
    'l’annonce de l’investissement de 40 M$ dans la machine 4'
    """
    if re.match(r"(?:l['’]|les )annonces?\b", noun_phrase, re.IGNORECASE):
        return noun_phrase
    # « l'annonce du projet d'extension… annoncé vendredi dernier » (read 144) said it twice;
    # « J'ai lu avec intérêt l'investissement… annoncé en octobre » read nothing (read 175):
    # the announcement is said once, first.
    noun_phrase = _ANNOUNCED.sub("", noun_phrase)
    # « l'annonce de votre cuisine centrale : pain… » made the kitchen the one announcing.
    if " : " in noun_phrase:
        return f"l’annonce concernant {noun_phrase}"
    return f"l’annonce {de(noun_phrase)}"


_ANNOUNCED = re.compile(r"(?:,|(?<![\s,]))\s+annoncée?s?\b[^,;:]*$", re.IGNORECASE)


# « Nouveau marché … remporté pour les gares de Grenoble », « Rénovation des piscines
# terminée en novembre »: what the organisation did, jotted as a noun and its participle.
_DONE = re.compile(
    r"^(?P<noun>.+?)\s+(?P<done>(?:remport|décroch|sign|gagn|lanc|inaugur|termin|achev|livr"
    r"|renouvel)é|obtenu|conclu|ouvert)(?:e|s|es)?\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_NEW_ONE = {
    "le nouveau": "un nouveau",
    "le nouvel": "un nouvel",
    "la nouvelle": "une nouvelle",
    "les nouveaux": "de nouveaux",
    "les nouvelles": "de nouvelles",
}


# « Certification Négociation grands comptes (CEGOS) obtenue le 27/11. » : the candidate's own
# news jotted as a noun and its participle (read 224: « Depuis notre entretien, Certification
# … obtenue. »).
_MY_DONE = re.compile(
    r"^(?P<noun>[^\W\d_][^,:;]*?)\s+(?P<done>obtenu|réussi|validé|terminé|décroché|reçu|passé"
    r"|fini|achevé|complété|renouvelé)(?:e|s|es)?\b(?P<rest>[^,:;]*?)(?P<end>[.!]?)\s*$",
    re.IGNORECASE,
)
_SUBJECT_FIRST = re.compile(r"(?:je|j['’]|nous|on|il|elle|ils|elles|ça|c['’])\b", re.IGNORECASE)


def own_news(sentence: str) -> str:
    """A piece of the candidate's news jotted as a noun and a participle, said with « j'ai ».

    >>> own_news("Certification Négociation grands comptes (CEGOS) obtenue le 27 novembre.")
    'J’ai obtenu la certification Négociation grands comptes (CEGOS) le 27 novembre.'
    >>> own_news("CACES R489 obtenu"), own_news("J'ai obtenu mon permis.")
    ('J’ai obtenu le CACES R489.', "J'ai obtenu mon permis.")
    """
    found = _MY_DONE.match(sentence.strip())
    if found is None or _FINITE_VERB.search(found["noun"]) or _SUBJECT_FIRST.match(found["noun"]):
        return sentence
    noun = found["noun"]
    first = noun.split()[0]
    if _bare(first) in _DETERMINERS or first.casefold() in _PRONOUNS:
        return sentence
    if first[:1].isupper() and first[1:].islower():
        noun = first.lower() + noun[len(first) :]
        article = _gender(first.lower())
    else:
        article = "le"
    return f"J’ai {found['done'].lower()} {_with_article(article, noun)}{found['rest']}."


def done_by_you(noun_phrase: str) -> str | None:
    """A fact jotted as a noun and a participle, said as what the organisation did.

    « J'ai appris avec plaisir le nouveau marché d'assistance PMR remporté pour les gares »
    was « mal construit » (read 170).

    >>> done_by_you("le nouveau marché d'assistance PMR remporté pour les gares de Grenoble")
    "que vous avez remporté un nouveau marché d'assistance PMR pour les gares de Grenoble"
    >>> done_by_you("la rénovation des piscines de rééducation terminée en novembre")
    'que vous avez terminé la rénovation des piscines de rééducation en novembre'
    >>> done_by_you("le nouveau terminal à Drummondville ouvert en novembre")
    'que vous avez ouvert un nouveau terminal à Drummondville en novembre'
    >>> done_by_you("le nouveau centre de tri à Laval") is None
    True

    What was done to it is said in the passive (« J'ai appris avec plaisir que Stand primé
    Meilleur volailler… » had no verb):

    >>> done_by_you("le stand primé Meilleur volailler des Halles Paul Bocuse 2026")
    'que le stand a été primé Meilleur volailler des Halles Paul Bocuse 2026'
    >>> done_by_you("le centre de santé à Laval") is None
    True
    >>> done_by_you("la réouverture de la bibliothèque Émile-Nelligan rénovée en janvier") is None
    True
    """
    found = _DONE.match(noun_phrase)
    if found is None:
        return _undergone(noun_phrase)
    if not _ARTICLE_FIRST.match(found["noun"]):
        return None
    noun = found["noun"]
    for definite, indefinite in _NEW_ONE.items():
        if noun.casefold().startswith(definite + " "):
            noun = indefinite + noun[len(definite) :]
    return f"que vous avez {found['done'].casefold()} {noun}{found['rest']}"


_ARTICLE_FIRST = re.compile(r"(?:le|la|les|l['’])(?:\s|(?<=['’]))", re.IGNORECASE)


def _undergone(noun_phrase: str) -> str | None:
    found = _UNDERGONE.match(noun_phrase)
    if found is None or found["before"].casefold() in _DETERMINERS | {"de", "du", "des", "d"}:
        return None
    be = "ont été" if found["done"].endswith("s") else "a été"
    return f"que {found['noun']} {be} {found['done']}{found['rest']}"


# The head, the word before the participle, then what follows it: « pour le prix Femina »,
# « Meilleur volailler des Halles », « en 2025 ».
_UNDERGONE = re.compile(
    r"^(?P<noun>(?:le|la|les|l['’])\s*[^\W\d_][^,:;]*?(?P<before>[^\W\d_]+))"
    # Only the participles of news: « rénovée », « réfrigéré », « protégée » describe.
    r"\s+(?P<done>(?:(?:sélectionn|vot|attribu|install|annonc|prim|labellis|récompens|nomm"
    r"|adopt|approuv|certifi|agré|subventionn|accrédit|homologu|distingu|médaill|class)é"
    r"|choisi|retenu|élu)(?:e|s|es)?)"
    r"(?P<rest>\s+(?:pour|par|en|à|au|aux|dans|sur|comme|lors|[A-ZÀ-Ý0-9])[^:;]*)$"
)


# A generic name of the organisation opening a fact: said to it, « votre ».
_ITSELF = re.compile(
    r"^(?:(?P<many>les)|le|la|l['’])\s*(?P<noun>(?:compagnie|entreprise|coop|coopérative|centre"
    r"|société|association|mairie|municipalité|commune|clinique|école|équipe|boutique|usine"
    r"|agence|cabinet|laboratoire|labo|résidence|structure|fondation|troupe|organisme"
    r"|établissement|hôpital|service|atelier|ferme|caserne|bibliothèque|médiathèque|maison)s?)\b",
    re.IGNORECASE,
)


_THEY = re.compile(r"^(?:ils|elles)\s+([^\W\d_]+(?:ent|ont))\b", re.IGNORECASE)
# A note with no subject is about the organisation: « fêtera ses 30 ans en mars 2027 »,
# « Lauréat du prix Bois Construction… » (read 175: « J'ai vu que fêtera… », « J'ai appris
# avec plaisir que Lauréat du prix… »). Said to it, its verb takes « vous »: a verb of
# `_words`' tables, or a first-group verb a note opens on, whatever follows (« recrute des
# caristes »).
_FIRST_GROUP = frozenset(
    "recrute lance ouvre installe déménage modernise rénove ajoute accueille"
    " cherche organise propose remporte gagne fusionne crée".split()
)
# Another first-group verb in the present, told by what follows it: a possessive or an
# article, not « des » (« hausse des inscriptions »).
_PRESENT_FIRST = re.compile(
    r"^([^\W\d_]{3,}e)\s+(?=(?:ses|son|sa|leurs?|le|la|les|l['’]|un|une)\b)", re.IGNORECASE
)
_AWARDED = re.compile(
    r"^lauréate?s?\s+(?P<of>du|de la|des|de l['’])\s*(?P<award>.+?)"
    r"(?P<rest>\s+(?:pour|avec|grâce)\b.*)?$",
    re.IGNORECASE,
)
_AWARD_ARTICLE = {
    "du": ("le ", "décerné"),
    "de la": ("la ", "décernée"),
    "des": ("les ", "décernés"),
}
_HONOURED = re.compile(
    r"^(?:finaliste|classée?|élue?|nommée?|sélectionnée?|primée?|récompensée?|certifiée?"
    r"|labellisée?|accréditée?|agréée?)s?\b",
    re.IGNORECASE,
)
_THEIR = {"ses": "vos", "son": "votre", "sa": "votre", "leurs": "vos"}
_PARTICIPLE_NEXT = re.compile(r"\s+[^\W\d_]{2,}(?:ée?s?|ie?s?|ue?s?|ite?s?|ise?s?)\b", re.I)


def _named_firsts(fact: str, name: str) -> Iterator[int]:
    """Where the organisation's own name may end, when ``fact`` opens on it, longest first.

    « Océane Habitat rachète… » for the Groupe Océane Habitat: a run of the name's words,
    after an article or none.
    """
    own = [word.casefold() for word in re.findall(r"[\w&'’.-]+", name)]
    found = re.match(
        r"(?:(?i:le|la|les|l['’])\s*)?"
        r"((?:(?:[A-ZÀ-Þ0-9][\w&'’.-]*|de|du|des|d['’]\S+)\s+){1,8})",
        fact,
    )
    if found is None:
        return
    typed = found[1].split()
    for size in range(len(typed), 0, -1):
        run = [word.casefold() for word in typed[:size]]
        if any(own[i : i + size] == run for i in range(len(own) - size + 1)):
            yield found.start(1) + len(" ".join(typed[:size]))


def _said_to_them(fact: str, name: str = "") -> str | None:
    """A fact said to the organisation, when it has no subject or the organisation's name.

    None when it has another subject.
    """
    for named in _named_firsts(fact, name) if name else ():
        rest = fact[named:].lstrip()
        if _PUBLIC_BODY.match(name) and _VOTED.match(rest):
            return None
        first = _first(rest)
        # « Les Jours Heureux ont remporté… », a name in the plural (pair read 266).
        singular = _ONE_OF_MANY.get(first.casefold(), first.casefold())
        verb = _verb_to_you(singular, rest[len(first) :])
        if verb is not None:
            return f"vous {verb}{_yours(rest[len(first) :])}"
    awarded = _AWARDED.match(fact)
    if awarded:
        of = awarded["of"].casefold()
        article, verb = _AWARD_ARTICLE.get(of, ("l’", "décerné"))
        return f"{article}{awarded['award']} vous a été {verb}{awarded['rest'] or ''}"
    if _HONOURED.match(fact):
        return f"vous êtes {_lower_first(fact)}"
    first = _first(fact)
    verb = _verb_to_you(first.casefold(), fact[len(first) :])
    # « Sera livré en mai » : a passive speaks of a thing, not of the organisation.
    if verb is None or (verb in ("êtes", "serez") and _PARTICIPLE_NEXT.match(fact[len(first) :])):
        return None
    return f"vous {verb}{_yours(fact[len(first) :])}"


# What a council votes is not the doing of the person met: « vous avez adopté votre budget »,
# written to a head of division of the Ville de Lévis (pair read 322).
_PUBLIC_BODY = re.compile(
    r"(?:ville|municipalité|commune|mairie|mrc|ministère|département|région|conseil"
    r"|communauté|métropole|agglomération|canton|gouvernement)\b",
    re.IGNORECASE,
)
_VOTED = re.compile(
    r"^(?:\S+\s+)?(?:adopt|vot|approuv|entérin)(?:é|ée|és|ées|e|ent|er)\b", re.IGNORECASE
)


_ONE_OF_MANY = {
    "ont": "a", "sont": "est", "vont": "va", "font": "fait", "seront": "sera",
    "auront": "aura", "viennent": "vient", "peuvent": "peut",
}  # fmt: skip


def _yours(text: str) -> str:
    return re.sub(r"\b(ses|son|sa|leurs)\b", lambda m: _THEIR[m[1].casefold()], text)


def _verb_to_you(word: str, after: str) -> str | None:
    """``word`` with « vous » when it is a verb a note opens on, else None."""
    known = word in _IRREGULAR_PLURALS or word in _SECOND_GROUP or word in _FIRST_GROUP
    if known or _FUTURE.fullmatch(word) or _PRESENT_FIRST.match(f"{word}{after}"):
        return _to_person(word, "vous")
    return None


# « Un de leurs humoristes finaliste au gala », « « Les Marées » retenue au Fonds » : a subject
# and its honour, the verb left out of the note.
_HONOUR_WITHOUT_VERB = re.compile(
    r"^(?P<subject>(?P<count>un|une|l['’]une?|deux|trois|quatre|cinq|\d+)\s+(?:de|d['’])\s*"
    r"(?:leurs|ses|vos|nos|ces)\s+[^\W\d_]+|«[^»]+»)\s+"
    r"(?P<honour>(?P<title>finaliste|lauréate?)s?|(?:retenu|sélectionné|nommé|primé|élu|récompensé"
    r"|choisi|invité)e?s?)\b(?P<rest>.*)$",
    re.IGNORECASE,
)


def _with_its_verb(honoured: re.Match[str]) -> str:
    """The honour with its verb: « un de vos humoristes est finaliste… »."""
    subject = _yours(_lower_first(honoured["subject"]))
    count = (honoured["count"] or "un").casefold()
    many = count not in {"un", "une", "l'un", "l’un", "l'une", "l’une"}
    verb = ("sont" if many else "est") if honoured["title"] else ("ont été" if many else "a été")
    return f"{subject} {verb} {honoured['honour']}{honoured['rest']}"


def to_its_own(fact: str, name: str = "") -> str:
    """A company fact as said to the company: « votre compagnie est programmée… ».

    Written to its director, « la compagnie est programmée à Avignon » spoke of her
    company as of another's (read 160).

    >>> to_its_own("La compagnie est programmée au Festival d'Avignon off 2027.")
    "votre compagnie est programmée au Festival d'Avignon off 2027."
    >>> to_its_own("Le Centre a reçu un don de 1,2 M$."), to_its_own("la Coop Val-Nature a ouvert")
    ('votre centre a reçu un don de 1,2 M$.', 'la Coop Val-Nature a ouvert')
    >>> to_its_own("Ils vont ouvrir un bureau à Laval au printemps 2027.")
    'vous allez ouvrir un bureau à Laval au printemps 2027.'
    >>> to_its_own("Ils fêtent leurs 40 ans en 2027"), to_its_own("Elles prennent le virage")
    ('vous fêtez vos 40 ans en 2027', 'vous prenez le virage')

    A note with no subject is about them too (read 175):

    >>> to_its_own("fêtera ses 30 ans en mars 2027")
    'vous fêterez vos 30 ans en mars 2027'
    >>> to_its_own("Lauréat du prix Bois Construction 2026 pour la résidence Les Chartreux")
    'le prix Bois Construction 2026 vous a été décerné pour la résidence Les Chartreux'
    >>> to_its_own("finaliste aux Mercuriades 2026"), to_its_own("agrandit son entrepôt")
    ('vous êtes finaliste aux Mercuriades 2026', 'vous agrandissez votre entrepôt')
    >>> to_its_own("recrute des caristes"), to_its_own("Rénovation des chambres terminée")
    ('vous recrutez des caristes', 'Rénovation des chambres terminée')
    >>> to_its_own("hausse des inscriptions"), to_its_own("Sera livré en mai")
    ('hausse des inscriptions', 'Sera livré en mai')
    >>> to_its_own("est en tête du classement régional")
    'vous êtes en tête du classement régional'
    >>> to_its_own("Embauche de 40 agents en 2027")  # a noun, not « vous embauchez »
    'Embauche de 40 agents en 2027'

    And a fact whose subject is the organisation's name (read 175: « Océane Habitat
    rachète… », written to Océane Habitat, « parle de l'entreprise à la troisième personne »):

    >>> to_its_own("Océane Habitat rachète un constructeur vendéen", "Groupe Océane Habitat")
    'vous rachetez un constructeur vendéen'
    >>> to_its_own("Le Rivage agrandit ses bains extérieurs", "Spa nordique Le Rivage")
    'vous agrandissez vos bains extérieurs'
    >>> to_its_own("Le Rivage a adopté un nouveau logo", "Spa nordique Le Rivage")
    'vous avez adopté un nouveau logo'

    Not what a council voted (pair read 322):

    >>> to_its_own("La Ville a adopté son budget 2027 le 3 décembre", "Ville de Lévis")
    'La Ville a adopté son budget 2027 le 3 décembre'
    >>> to_its_own("Les Jours Heureux ont remporté un trophée", "Les Jours Heureux")
    'vous avez remporté un trophée'
    >>> to_its_own("Hydro-Québec a annoncé un plan", "Ville de Lévis")
    'Hydro-Québec a annoncé un plan'

    An honour jotted without its verb gets it (read 222: « J'ai appris l'annonce d'un de vos
    humoristes finaliste au gala », « que « Les Marées » retenue au Fonds… »):

    >>> to_its_own("Un de leurs humoristes finaliste au gala Les Olivier 2026")
    'un de vos humoristes est finaliste au gala Les Olivier 2026'
    >>> to_its_own("« Les Marées » retenue au Fonds des médias du Canada")
    '« Les Marées » a été retenue au Fonds des médias du Canada'
    >>> to_its_own("Deux de leurs films sélectionnés à Annecy")
    'deux de vos films ont été sélectionnés à Annecy'
    """
    own = _said_to_them(fact.strip(), name)
    if own is not None:
        return own
    honoured = _HONOUR_WITHOUT_VERB.match(fact)
    if honoured is not None:
        return _with_its_verb(honoured)
    said = _THEY.match(fact)
    verb = _they_to_you(said.group(1)) if said else None
    if said and verb:
        # « Ils vont ouvrir un bureau à Laval » said to them (read 164's corpus: « J'ai appris
        # qu'ils vont ouvrir… »; read 186: « J'ai vu qu'ils fêtent leurs 40 ans »).
        return f"vous {verb}{_yours(fact[said.end() :])}"
    found = _ITSELF.match(fact)
    # « la Coop Val-Nature », « la Compagnie de Jésus » : a name, not a generic noun.
    if found is None or re.match(r"\s+(?:(?:de|du|des|d['’])\s*)?[A-ZÀ-Ý]", fact[found.end() :]):
        return fact
    own = "vos" if found["many"] else "votre"
    return f"{own} {found['noun'].lower()}{fact[found.end() :]}"
