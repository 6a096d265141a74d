"""A note typed on a phone, as a letter writes it: « Jai ete ravie!! » → « J’ai été ravie! ».

A draft keeps the person's own words, but not their slips: « la facon », « les impots »,
« l'experience » pasted as typed made a blind reader score 15 drafts of 63 at 2 or 3
(read 60). Only words French writes with accents nearly always are changed (the table of
``accents.txt``, built from wordfreq's counts by ``scripts/build_accents.py``, which also
knows the apostrophe a phone drops: « lunité », « detudes »); « a », « ou », « cote », « cree »
(« créé » or « crée ») stay as typed, and so do names.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from suivi_templates._memo import per_phrase
from suivi_templates.formatting import elides
from suivi_templates.phrasing._nouns import _gender, _is_plural
from suivi_templates.phrasing._words import _DETERMINERS
from suivi_templates.phrasing.shorthand import numbers_in_words, with_ne, written_register
from suivi_templates.typography import MONTHS

__all__ = [
    "accented",
    "as_written",
    "own_accents",
    "title_as_written",
    "unaccented",
    "with_own_accents",
]

_WORD = re.compile(r"[^\W\d_]+")
# « Jai », « jai » : « j'ai » typed without its apostrophe.
_J_AI = re.compile(r"\b([Jj])ai\b")
# « g ete surpris » : « j'ai » typed as texters do, before a participle (read 210: « le g été
# surpris »), at a sentence's start or after a comma.
_G_J_AI = re.compile(
    r"(?:(?<=^)|(?<=[.!?,;:] ))([Gg]) (?=(?:[ée]t[ée]|eu|fait|vu|ador[ée]|aim[ée]|trouv[ée]"
    r"|appris|compris|oubli[ée]|h[aâ]te|pas|bien|beaucoup|trop|rencontr[ée]|parl[ée]|dit|pu"
    r"|d[ûu]|senti|ressenti|remarqu[ée]|not[ée])\b)"
)
_CLOSING_EXCLAMATION = re.compile(r"[\s!]*!\s*$")
# « J'ai reçu mon diplôme du BMA le 30 novembre, enfin ! » : the writer's sigh (read 212).
_CLOSING_SIGH = re.compile(r",?\s+enfin\s*[.…]*\s*$", re.IGNORECASE)
# « javais », « cest », « quil » : the apostrophe of « j' », « c' », « qu' » left out (read 68).
_GLUED_ELISION = re.compile(
    r"\b([Jj])(avais|avait|étais|etais|aurais|aimerais|adore|arrive|irai)\b"
    # Not « quelle », « quelles »: words of their own (fresh21, « le qu’elle part »).
    r"|\b([Cc])(est|était|etait)\b|\b([Qq]u)(il|ils|on)\b"
    r"|\b([Dd])(aller|avoir|etre|être|abord|accord|autres?)\b|\b([Ll])(aise)\b"
    # « Je nai pas parle de mon stage » (pair read 221: pasted as typed).
    r"|(?<=[Jj]e )([Nn])(ai)\b"
)


# « J ai oublie », « l hiver », « qu il » : the apostrophe typed as a space (fresh20).
_SPACED_ELISION = re.compile(
    r"\b(?:([JjLlDd])|([Nn])(?= (?:est|a|ai|avait|était|etait|y|en)\b)|([Ss])(?= ils?\b)"
    r"|([Cc])(?= (?:est|était|etait)\b)|([Mm])(?= (?:a|ai|avait|était|etait)\b)"
    r"|([Qq]u)(?= (?:il|ils|elle|elles|on|un|une)\b)) (?=[aeéèêiîoôuûhAEÉÈÊIÎOÔUÛH]\w*)"
)


def _apostrophes_typed_as_spaces(text: str) -> str:
    """« J ai oublié » is « J’ai oublié »; « mon permis D et ma carte » keeps its licence.

    >>> _apostrophes_typed_as_spaces("J ai oublié l hiver")
    'J’ai oublié l’hiver'
    >>> _apostrophes_typed_as_spaces("une copie de mon permis D et de ma carte")
    'une copie de mon permis D et de ma carte'
    """
    return _SPACED_ELISION.sub(_elided_unless_a_category, text)


# A capital inside a sentence is a category, not an elision: « permis D et », « classe A
# ou B » (read 129: « mon permis D’et de ma carte »).
_SENTENCE_START = re.compile(r"(?:^|[.!?:;«\n(])\s*$")


def _elided_unless_a_category(match: re.Match[str]) -> str:
    head = next(g for g in match.groups() if g)
    before = match.string[max(0, match.start() - 3) : match.start()]
    if head[0].isupper() and not _SENTENCE_START.search(before):
        return match.group()
    return head + "’"


def _apostrophe(match: re.Match[str]) -> str:
    heads, words = match.groups()[0::2], match.groups()[1::2]
    return f"{next(h for h in heads if h)}’{next(w for w in words if w)}"


# Marks a note may hold that a sentence never says: « ★★★★ », « ✔ », an emoji (« 🔑 »,
# read 69); « → » is handled apart.
_NOTE_MARKS = re.compile("\\s*[★☆✔✓✗✘•▪◦\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]+")
# « jusqu'a l'essayage » : « à » typed without its accent (read 160); « la vitesse a
# laquelle » (read 210).
_JUSQU_A = re.compile(r"\b([Jj])usqu(['’])a\b")
_A_WHICH = re.compile(r"(?<![\w’'-])a(?= (?:laquelle|lequel|lesquels|lesquelles)\b)")
# « centre ville » (read 210), « pret a porter » (read 371), written with their hyphens.
_HYPHENED = (
    (re.compile(r"\b([Cc])entre ville\b"), r"\1entre-ville"),
    (re.compile(r"\b([Pp])r[eê]t[ -][aà][ -]porter\b"), r"\1rêt-à-porter"),
    (re.compile(r"\b([Pp])orte[ ][aà][ ]porte\b"), r"\1orte-à-porte"),
    (re.compile(r"\b([Aa])pr[eè]s[ ]midi\b"), r"\1près-midi"),
    (re.compile(r"\b([Rr])ez[ -]de[ -]chauss[eé]e\b"), r"\1ez-de-chaussée"),
)
# « ca » : « ça » typed without its cedilla (read 65, « ca libère du temps »).
_CA = re.compile(r"\b(?:(c)|(C))a\b")
# « deux ans en CHSLD a Hull », « 2 saisons aux pommes a Saint-Joseph » : « a » before a
# place's name is « à » typed without its accent (reads 70 and 71); not after a subject
# (« elle a Excel »), nor in « il y a ».
# « a » standing alone, not after a subject (« elle a », « il y a »): the verb is ruled out.
_A_NOT_A_VERB = r"(?<![\w’'-])(?<!\bil )(?<!\belle )(?<!\bon )(?<!\bqui )(?<!\by )(?<!\bça )a"
_A_PLACE = re.compile(
    # Not before a subject pronoun: « a Je n'ai pas » is no place (hypothesis: « a Jai pas »,
    # once written « a Je n’ai pas », became « à Je n’ai pas » the second time).
    _A_NOT_A_VERB + r"(?= (?!(?:Je|Tu|Il|Elle|On|Nous|Vous|Ils|Elles)\b)[A-ZÀ-Ý][a-zà-ÿ])"
    # « depuis 2 ans a l'Accueil francophone » : a place's name after its article (read 235).
    r"|" + _A_NOT_A_VERB + r"(?= (?:l['’]|la |le |les )[A-ZÀ-Ý][a-zà-ÿ])"
    # … and in phrases « a » never begins as a verb: « mon ASP a jour » (fresh10).
    r"|(?<![\w’'-])a(?= (?:jour|temps (?:plein|partiel)|distance|domicile|partir d|cause d"
    r"|peu près|l['’]aise|l['’]écoute)\b)"
    # « dorure a chaud a l'interne », « pliage a la main », « pose a pureau » (read 189): a
    # way of working, after a noun; « il a chaud », « elle a la main » keep their verb.
    r"|" + _A_NOT_A_VERB + r"(?= (?:chaud|froid|la main|l['’]interne|l['’]externe|pureau"
    # Accents are not restored yet: « a l'unite » is read as « à l'unité » at once (hypothesis:
    # « a lunite » became « à l'unité » only the second time).
    r"|la cha[iî]ne|la pi[eè]ce|la demande|l['’]heure|la carte|l['’]unit[ée]|plein temps"
    r"|mi-temps)\b)"
    # « j'habite a 10 min en RER », « en 2024 a mon ancien travail » (read 88).
    r"|" + _A_NOT_A_VERB + r"(?= \d+ ?(?:min|minutes|km|h|heures?)\b)"
    r"|(?<=\d )a(?= (?:mon|ma|mes|la|le|les|l['’])\s?\w)"
    # « 2 ans en fabrication de remorques a mon ancien taf » (read 89).
    r"|" + _A_NOT_A_VERB + r"(?= (?:mon|ma|mes) (?:ancien|ancienne|dernier|dernière|précédent"
    r"|précédente|premier|première)\b)"
    # « une classe de langage a l'école du Boisé » (pair read 105): a place after « a ».
    # « a l'École hôtelière de la Capitale » (fresh52): the name's capital too.
    r"|" + _A_NOT_A_VERB + r"(?= (?:l['’]|la )(?i:école|hôpital|usine|université|atelier"
    r"|entrepôt|ferme|clinique|maison|caisse|mairie|agence|pharmacie|bibliothèque|épicerie"
    r"|boulangerie|garderie|résidence|polyvalente|cafétéria|réception|institut|cégep|urgence)\b)"
)
# « je comprends tout les consignes » : before a plural determiner, « tout » agrees (read 158).
_TOUT_PLURAL = re.compile(r"\b([Tt])out (les|ces|mes|tes|ses|nos|vos|leurs) ([^\W\d_]+)")


_EPICENE = frozenset("collègue élève camarade bénévole adulte jeune membre gens".split())


def _tout_agreed(match: re.Match[str]) -> str:
    noun = match.group(3).lower()
    singular = noun[:-1] if noun.endswith(("s", "x")) else noun
    # « tous mes collègues » : a noun of people of either sex takes the masculine plural.
    feminine = _gender(singular) == "la" and singular not in _EPICENE
    return f"{match.group(1)}ou{'tes' if feminine else 's'} {match.group(2)} {match.group(3)}"


# « l'atelier ou vous fabriquez » : after a noun, « ou » before its clause's subject is « où »
# typed without its accent (fresh52).
_OU_WHERE = re.compile(
    r"\b((?:l['’]|(?:la|le|les|un|une|au|du) )[^\W\d_]{3,}) ou "
    # « les heures ou je suis dispo » (read 236).
    r"(?=(?:vous|ils|elles|on|nous|je|j['’]|tu|il|elle)\b)"
)
# « releve de notes » (read 173, two drafts): a statement, « relevé », where « releve »
# alone may be « relève ».
_RELEVE = re.compile(
    r"\b([Rr])eleve(s?)(?= (?:de (?:notes|points|compte|carrière|dépenses)|d['’]emploi)\b)"
)
# « chacun savait ou être » (read 166): where, after « savoir ».
_OU_WHERE_AFTER_KNOWING = re.compile(
    r"\b((?:sais|sait|savait|savaient|savent|savoir|savais) )ou "
    r"(?=(?:être|aller|se |s['’]|mettre|trouver|chercher|ranger|poser|placer)\b)"
)
# « mon père cueillait la chaque printemps » (pair read 221, pasted so): « là », where no
# noun can follow the article; not a note of music (« en la »).
_LA_THERE = re.compile(
    r"(?<=[a-zà-ÿ] )(?<!\ben )la(?=\s+(?:chaque|tous|toutes|depuis|pendant|souvent|aussi|encore)\b)"
)
# « obtenue le 27/11 », « le 29/11 » : a day written as a letter writes it (read 223: « le
# 29/11 » pasted; read 224: a reminder of 24 November told news « obtenue le 27/11 »).
_NUMERIC_DAY = re.compile(r"\b(le|du|au|depuis le) (\d{1,2})/(\d{1,2})\b(?![/\d])")
_MONTH_NAMES = MONTHS.split("|")


def _day_in_words(found: re.Match[str]) -> str:
    day, month = int(found[2]), int(found[3])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return found[0]
    return f"{found[1]} {'1er' if day == 1 else day} {_MONTH_NAMES[month - 1]}"


# « mes deux hivers a déneiger » (read 166): time spent doing, whatever the verb.
_TIME_SPENT_A = re.compile(
    r"\b(ans|années|mois|semaines|jours|hivers|étés|saisons|heures) a (?=[^\W\d_]{3,}er\b)"
)
# « le 20 novembre!! » : a letter says it once; doubled, the library's own check reads the
# draft as exasperated and refuses it (fresh contexts, read 63).
_REPEATED_MARK = re.compile(r"([!?])[!?]+")
# Symbols of notes a sentence says in words: « migration monolithe -> microservices » is a
# change, « vers » (read 65); « produits locaux -> fournisseurs de Charlevoix » is a detail,
# in brackets (« vers fournisseurs » read as nonsense, read 66); « caisse + commandes ».
# A bracket after the arrow is part of its detail (read 195: « tri des dons -> 3 catégories
# (boutique, export, recyclage) » gave « (trois catégories (boutique), export, recyclage) »).
_ARROW = re.compile(r"\s*(?:->|→)\s*((?:(?!->|→)(?:\([^()]*\)|[^,;.(]))*)")
_INNER_BRACKET = re.compile(r"\s*\(([^()]*)\)")
# Not « de » alone: « départ en retraite de l'actuel verrier -> transmission » is no change
# (read 160: « …verrier vers transmission »).
_CHANGE = re.compile(r"\b(?:migr|passage|pass[eé]|transition|bascul|conver|évol|evol)", re.I)
# « mon galop 7 + licence FFE 2027 » : the member after the « + » takes the determiner of the
# list (read 186: « mon galop 7 et licence », « le certificat médical et schéma vaccinal »).
_PLUS = re.compile(r"(?<=\s)\+\s+(?:(?P<noun>[a-zà-ÿ][a-zà-ÿ-]*)(?=[\s,.;:)]|$))?")
_OPENING_DETERMINER = re.compile(
    r"\b(?:le|la|un|une|mon|ma|ton|ta|son|sa|notre|votre|les|des|mes|ses|nos|vos)\b|\bl['’]",
    re.IGNORECASE,
)
_BY_GENDER = {
    "le": ("le", "la"), "la": ("le", "la"), "l'": ("le", "la"), "l’": ("le", "la"),
    "un": ("un", "une"), "une": ("un", "une"), "mon": ("mon", "ma"), "ma": ("mon", "ma"),
    "ton": ("ton", "ta"), "ta": ("ton", "ta"), "son": ("son", "sa"), "sa": ("son", "sa"),
}  # fmt: skip
_PLURAL_DETERMINERS = frozenset("les des mes ses nos vos".split())
_NOT_A_NOUN = _DETERMINERS | frozenset(
    "à en pour sur avec et ou lui me te se nous vous y je tu il elle on".split()
)
# « Visite de l'atelier + test de pose » : the day's activities, which the thank-you names
# as they are listed (``visits``), not members of a list of things.
_ACTIVITIES = frozenset(
    "test tests essai essais visite mise cas exercice quiz tour démo simulation".split()
)


def _pluses_said(text: str) -> str:
    """Each « + » of a note as « et », the noun after it with the list's determiner.

    >>> _pluses_said("lui envoyer mon galop 7 + licence FFE 2027")
    'lui envoyer mon galop 7 et ma licence FFE 2027'
    >>> _pluses_said("le certificat médical + schéma vaccinal à jour")
    'le certificat médical et le schéma vaccinal à jour'
    >>> _pluses_said("mon CV + attestation"), _pluses_said("Visite des marais + essai au las")
    ('mon CV et mon attestation', 'Visite des marais et essai au las')
    >>> _pluses_said("caisse + commandes"), _pluses_said("la rappeler + envoyer le devis")
    ('caisse et commandes', 'la rappeler et envoyer le devis')
    >>> _pluses_said("éviscération + cuisson + séchage ; CV + lettre")
    'éviscération, cuisson et séchage ; CV et lettre'
    """

    def said(match: re.Match[str]) -> str:
        noun = match["noun"] or ""
        clause = re.split(r"[,;:.()]", text[max(0, match.start() - 60) : match.start()])[-1]
        opened = _OPENING_DETERMINER.findall(clause)
        verb = noun.endswith(("er", "ir")) and not noun.endswith("ier")
        if noun and opened and not verb and noun not in _NOT_A_NOUN | _ACTIVITIES:
            noun = _determiner_for(opened[-1].casefold(), noun) + noun
        # One « et », before the last of a list (pair read 362: « l’éviscération et la
        # cuisson et le séchage »); the others are commas.
        # The words just after it: the whole rest made a long note quadratic.
        after = text[match.end() : match.end() + _LIST_REACH]
        if _PLUS.search(re.split(r"[,;:.()]", after)[0]):
            return f"{_LISTED}{noun}"
        return f"et {noun}"

    return re.sub(rf"\s*{_LISTED}", ", ", _PLUS.sub(said, text))


_LIST_REACH = 120
"""How far after a « + » the next member of its list may be."""
_LISTED = "\x00"
"""Where a « + » of a note is a comma: marked, then set after the word before it."""


def _determiner_for(determiner: str, noun: str) -> str:
    """The determiner ``noun`` takes in the list ``determiner`` opened, or none."""
    if determiner in _PLURAL_DETERMINERS:
        return f"{determiner} " if _is_plural(noun) else ""
    pair = _BY_GENDER.get(determiner)
    if pair is None or _is_plural(noun):
        return ""
    if pair[0] == "le" and elides(noun):
        return "l’"
    if pair[0] != "un" and elides(noun):
        return f"{pair[0]} "  # « mon attestation », not « ma attestation »
    return f"{pair[1] if _gender(noun) == 'la' else pair[0]} "


def _arrows_said(text: str) -> str:
    """Each arrow as « vers » once a word of change came before it, else as a bracket."""
    change = _CHANGE.search(text)  # once: a prefix searched per arrow was quadratic

    def said(match: re.Match[str]) -> str:
        # The word before, from a window: the whole text before each arrow was quadratic.
        before = text[max(0, match.start() - 60) : match.start()].split()[-1:]
        after = match.group(1).split()[:1]
        # « pipeline R -> Python »: from one tool or name to another (read 98).
        names = bool(before and after) and before[0][:1].isupper() and after[0][:1].isupper()
        # « arrêts de cuves -> 12h x 14 jours » : figures are a detail (read 158: « vers 12 h »).
        # « 3DEXPERIENCE », a name that opens on a figure, is no detail (read 345: « la
        # migration Windchill (3DEXPERIENCE) », cut at its bracket).
        figures = bool(after) and re.fullmatch(r"\d[\d.,]*[^\W\d_]{0,3}", after[0]) is not None
        if not figures and (names or (change is not None and change.start() < match.start())):
            return f" vers {match.group(1)}"
        detail = _INNER_BRACKET.sub(r" : \1", match.group(1)).strip()
        return f" ({detail})" if detail else ""

    return _ARROW.sub(said, text)


@cache
def _table(name: str = "accents.txt") -> dict[str, str]:
    lines = (Path(__file__).with_name(name).read_text("utf-8")).splitlines()
    return dict(line.split(" ", 1) for line in lines if line and not line.startswith("#"))


_ADVERBS = r"(?:\s+(?:bien|déjà|beaucoup|vraiment|pas|jamais|toujours|aussi|trop|mal|tellement))*"
# « j'ai oublie de dire » : after « avoir », the word is a participle (read 65).
_AFTER_AVOIR = re.compile(
    rf"\b((?:[Jj]['’])?(?:ai|avais|avait|avons|avions|avez|aviez|ont|avaient){_ADVERBS}\s+)(\w+)"
)
# « j'ai été impressionne » : after « été », only a participle more common than the verb,
# agreed with the person who writes (« calme » stays an adjective).
# A word already agreed with « · » (« impressionné·e ») stays as it is.
_AFTER_ETE = re.compile(rf"\b(été{_ADVERBS}\s+)(\w+)(?![·•])")
# « je suis habilite » : a participle after « je suis » agrees with the writer (read 74,
# « je suis habilité » for a woman or a non-binary person).
_AFTER_I_AM = re.compile(rf"\b([Jj]e (?:suis|serai|serais|sois){_ADVERBS}\s+)(\w+)(?![·•])")
_AGREEMENT = {"f": "e", "n": "·e"}
_FIRST_PERSON_REACH = 80
_FIRST_PERSON_BEFORE = re.compile(
    rf"(?:\b[Jj]['’]\s*(?:ai|avais|aurais|aurai)|\b[Jj]e n['’](?:ai|avais|aurais)(?:\s+pas)?"
    rf"|\bd['’]avoir|\bavoir){_ADVERBS}\s*$"
)


_IMPRESSED = frozenset(
    "frappé étonné marqué touché impressionné intéressé emballé rassuré interpellé épaté "
    "enchanté charmé".split()
)


def _participles(text: str, gender: str | None) -> str:
    table = _table("participles.txt")

    def after_avoir(match: re.Match[str]) -> str:
        word = match.group(2)
        found = table.get(unaccented(word), "").rstrip("*")
        # « j'ai aimer » : the infinitive typed for the participle (read 69).
        if not found and word.endswith("er"):
            found = table.get(unaccented(word[:-2] + "e"), "").rstrip("*")
        return match.group(1) + (found or word)

    def after_ete(match: re.Match[str]) -> str:
        found = table.get(unaccented(match.group(2)), "")
        # Before « par », any participle: « j'ai été frappe par l'attachement » (read 84);
        # before « que », one that says an impression (read 94: « j'ai été frappe que… »).
        by_whom = match.string.startswith(" par ", match.end()) or (
            found in _IMPRESSED and match.string.startswith((" que ", " qu'", " qu’"), match.end())
        )
        if not (found.endswith("*") or (found and by_whom)) or gender not in ("m", "f", "n"):
            return match.group(0)
        # Only the writer's own « été » agrees with the writer: « mon mémoire a été
        # publié » is not « publié·e » (read 80).
        # The few words before « été » say who it was: a window, not the whole note.
        before = match.string[max(0, match.start() - _FIRST_PERSON_REACH) : match.start()]
        if not _FIRST_PERSON_BEFORE.search(before):
            return match.group(1) + found.rstrip("*")
        return match.group(1) + found.rstrip("*") + _AGREEMENT.get(gender, "")

    def after_i_am(match: re.Match[str]) -> str:
        word = match.group(2)
        # Typed bare, only a participle more common than the verb (« je suis calme »).
        found = word if word.endswith("é") else table.get(unaccented(word), "")
        if not found.endswith(("é", "é*")) or (found != word and not found.endswith("*")):
            return match.group(0)
        return match.group(1) + found.rstrip("*") + _AGREEMENT.get(gender or "m", "")

    def present(match: re.Match[str]) -> str:
        found = table.get(match.group(2), "").rstrip("*")
        return match.group(1) + (_present_of(found) if found.endswith("é") else match.group(2))

    text = _AFTER_ETE.sub(after_ete, _AFTER_AVOIR.sub(after_avoir, text))
    text = _PRESENT_AFTER_SUBJECT.sub(present, _AFTER_I_AM.sub(after_i_am, text))
    return _REFLEXIVE_PRESENT.sub(present, text)


# « cela evite », « l'équipe qui gere les bains » : after a subject, a verb in the present,
# whose accent the participle's table gives (read 98: « gere », read 101: « evite »).
_PRESENT_AFTER_SUBJECT = re.compile(
    r"(\b(?:il|elle|on|cela|ça|qui|ils|elles)\s+)([a-z]+e)\b(?=\s+(?:les?|la|l['’]|des|du|un|une"
    r"|ses|son|sa|leurs?|nos|vos|ce|cette|ces|beaucoup|bien|mieux|tout|souvent|toujours|aussi)\b)"
)
# « pour que personne s'epuise » : after « s' », a verb in the present (read 117).
_REFLEXIVE_PRESENT = re.compile(r"(\b[Ss]['’])([a-z]+e)\b")
# Verbs whose stem takes « è » in the present (« gérer » → « il gère »); « -eler » and
# « -eter » double their consonant instead (« il appelle »), so they are left alone.
_GRAVE_STEM = re.compile(r"[ée](?=[^aeiouyéèêàâîïôûù\Wlt]e$)|[é](?=[lt]e$)")


def _present_of(participle: str) -> str:
    """« évité » → « évite », « géré » → « gère », « levé » → « lève »."""
    stem = participle[:-1] + "e"
    return _GRAVE_STEM.sub("è", stem, count=1)


# Prefixes of compound words, rarer than either half: « electromecanicien » is
# « électro » + « mécanicien » (fresh27: a title in capitals kept without its accents).
_PREFIXES = {
    "electro": "électro",
    "tele": "télé",
    "micro": "micro",
    "hydro": "hydro",
    # « la biosecurite (grippe aviaire) » (fresh48), « l'agroecologie », « la cybersecurite ».
    "bio": "bio",
    "agro": "agro",
    "cyber": "cyber",
    "eco": "éco",
    "geo": "géo",
    "auto": "auto",
    "multi": "multi",
}


# The plan reads the same notes for each delay and meeting it looks for.
@per_phrase
def accents_restored(text: str) -> str:
    """``text`` with the accents of the lowercase words the table knows, and nothing else.

    For reading a note typed without accents as it was meant (fresh100: « réponse apres les
    fetes » was no delay).

    >>> accents_restored("réponse apres les fetes, pas de date precise")
    'réponse après les fêtes, pas de date precise'
    """
    return _WORD.sub(lambda m: (m[0].islower() and accented(m[0])) or m[0], text)


def accented(word: str) -> str | None:
    """The word with its accents, if the table knows it: « protegée », « lunité ».

    >>> accented("protegée"), accented("lunité"), accented("levier")
    ('protégée', 'l’unité', None)
    >>> accented("electromecanicien"), accented("hydroelectrique")
    ('électromécanicien', 'hydroélectrique')
    >>> accented("biosecurite"), accented("cybersecurite"), accented("biologie")
    ('biosécurité', 'cybersécurité', None)
    """
    found = _table().get(unaccented(word))
    if found is None:
        found = _by_prefix(unaccented(word))
    return found if found is not None and _agrees(word, found.replace("’", "")) else None


def _by_prefix(bare: str) -> str | None:
    """A compound of a prefix and a second half the table accents, or None."""
    for prefix, written in _PREFIXES.items():
        rest = bare.removeprefix(prefix)
        if rest != bare and len(rest) >= 5 and (second := _table().get(rest)) is not None:
            return written + second
    return None


# « le certificat SEV a renouveler », « descriptions a reprendre » : « a » before an
# infinitive is « à » (read 96, fresh25).
# « je travaille a les distinguer » : its object pronoun may come between (read 158).
_A_THEN_INFINITIVE = re.compile(
    r"(?<=[^\W\d_] )a (?=(?:(?:les|la|le|lui|leur|vous|nous|me|te|se|y|en) |[lmst]['’])?"
    r"([^\W\d_]+(?:er|ir|re))\b)"
)
# Infinitives in « -ir » and « -re » a note puts after « à »; nouns such as « plaisir »,
# « loisir » or « être » are not among them.
_OTHER_INFINITIVES = frozenset(
    """rendre reprendre prendre apprendre comprendre faire refaire lire relire ecrire
    suivre produire traduire construire remplir fournir finir definir choisir reussir
    investir saisir accomplir etablir garantir convertir prevoir revoir voir venir tenir
    maintenir obtenir mettre remettre transmettre soumettre ouvrir couvrir recouvrir offrir
    recevoir concevoir peindre joindre rejoindre resoudre dire battre courir partir sortir
    servir""".split()
)


def _to_a_before_infinitive(match: re.Match[str]) -> str:
    verb = match.group(1)
    if is_er_verb(verb) or unaccented(verb.casefold()) in _OTHER_INFINITIVES:
        return "à "
    return match.group(0)


def is_er_verb(infinitive: str) -> bool:
    """Whether a word in « -er » is a verb's infinitive (its participle is a French word).

    >>> is_er_verb("gérer"), is_er_verb("dossier")
    (True, False)
    """
    bare = unaccented(infinitive.casefold())
    return bare.endswith("er") and bare[:-2] + "e" in _table("participles.txt")


def _inside_a_sentence(text: str, start: int) -> bool:
    """Whether the word at ``start`` follows other words of its sentence (or line).

    >>> _inside_a_sentence("la plage Parlee", 9), _inside_a_sentence("bien.\\nParlee", 6)
    (True, False)
    """
    index = start - 1
    while index >= 0 and text[index] in " \t\u00a0":
        index -= 1  # spaces only: the cost stays that of the gap, whatever the text
    return index >= 0 and text[index] not in ".!?:;\n«"


_WORD_BEFORE = re.compile(r"([^\W\d_]+)[ \t\u00a0]+$")


def _after_a_foreign_name(text: str, start: int) -> bool:
    """Whether the word at ``start`` goes on a capitalised name French does not write.

    « Summit » of « Summit Evolution » has neither an accent nor an entry in the accent
    table: the name is a brand's, written as its owner writes it.

    >>> _after_a_foreign_name("avec Summit Evolution", 12)
    True
    >>> _after_a_foreign_name("à l'Ecole Superieure", 10), _after_a_foreign_name("Ma Premiere", 3)
    (False, False)
    """
    before = _WORD_BEFORE.search(text, max(0, start - _NAME_REACH), start)
    if before is None or not before[1][0].isupper() or not before[1].isascii():
        return False
    return _inside_a_sentence(text, before.start()) and accented(before[1].lower()) is None


_NAME_REACH = 40


def _is_participle(word: str) -> bool:
    """Whether ``word``, its accents aside, is a past participle: « Parlee », « Fermees »."""
    bare = unaccented(word.casefold())
    stem = re.sub(r"e?s?$", "", bare) if bare.endswith(("ee", "ees", "es")) else bare
    return stem in _table("participles.txt")


def with_accents(word: str) -> str:
    """``word`` with the accents French nearly always gives it: « gerer » → « gérer »."""
    return accented(word) or word


_UNACCENTED = str.maketrans("àâäéèêëîïôöùûüç", "aaaeeeeiioouuuc")


def unaccented(word: str) -> str:
    """The word with no accent, to compare spellings: « ânière » → « aniere »."""
    return word.translate(_UNACCENTED)


# An address starts a token: from anywhere, « [^\s@]+@ » read a long run of letters once per
# position (20,000 characters: 1.2 s).
_LINK_OR_ADDRESS = re.compile(r"((?:https?://|www\.)\S+|(?<!\S)[^\s@]{1,64}@\S+)")


def own_accents(texts: Iterable[str]) -> dict[str, str]:
    """The words the person typed with their accents somewhere, by their bare spelling.

    A word typed bare in one note and accented in another is one word: « toits plats
    membrane elastomere » as a topic, « six ans en membrane élastomère » as an asset
    (fresh42). Words of five letters or more, with one accented spelling in the notes, and
    not one whose accent ends it: « parle » and « parlé », « guide » and « guidé » are two
    words.

    >>> own_accents(["membrane elastomere", "six ans en membrane élastomère", "réalisé, réalise"])
    {'elastomere': 'élastomère'}
    >>> own_accents(["je parle malgache, j'ai parlé", "des scolytés"])
    {}
    """
    found: dict[str, set[str]] = {}
    for text in texts:
        outside = " ".join(_LINK_OR_ADDRESS.split(text)[::2])
        for word in _WORD.findall(outside.lower()):
            bare = unaccented(word)
            if len(word) >= _OWN_ACCENTED and bare != word:
                found.setdefault(bare, set()).add(word)
    return {
        bare: word
        for bare, words in found.items()
        if len(words) == 1 and not _ends_accented(word := next(iter(words)))
    }


_OWN_ACCENTED = 5


def _ends_accented(word: str) -> bool:
    """« guidé », « scolytés », « parlées »: the accent on the last vowel (bare, another word)."""
    last = word.removesuffix("s").removesuffix("e")[-1:]
    return unaccented(last) != last


def with_own_accents(text: str, table: dict[str, str]) -> str:
    """``text`` with each word typed bare that :func:`own_accents` knows accented.

    >>> with_own_accents("Toits plats membrane elastomere", {"elastomere": "élastomère"})
    'Toits plats membrane élastomère'
    >>> with_own_accents("aicha.benali@pixelo.example", {"aicha": "aïcha"})
    'aicha.benali@pixelo.example'
    """
    if not table:
        return text

    def accent(match: re.Match[str]) -> str:
        word = match.group()
        found = table.get(word.lower())
        if found is None or word[1:] != word[1:].lower():
            return word  # not known, or typed in capitals (an acronym)
        return found.capitalize() if word[:1].isupper() else found

    # An address or a link is copied as typed: « aicha.benali@… » is not « aïcha ».
    pieces = _LINK_OR_ADDRESS.split(text)
    pieces[::2] = [_WORD.sub(accent, piece) for piece in pieces[::2]]
    return "".join(pieces)


def _agrees(typed: str, found: str) -> bool:
    """The accents typed are the table's: « protegée » is « protégée »."""
    if len(typed) != len(found):
        return typed == unaccented(typed)
    return all(t == f or t == unaccented(f) for t, f in zip(typed, found, strict=True))


def as_written(text: str, names: Iterable[str] = (), gender: str | None = None) -> str:
    """``text`` as a letter writes it: the accents its words nearly always take, one mark.

    Names stay as written; « !! » or « ?! » become one mark. ``gender`` (``"f"``, ``"m"``,
    ``"n"``) agrees a participle after « été » or « je suis » with the person who wrote the
    note (« habilité·e » for ``"n"``, as such notes write it).

    >>> as_written("Jai ete impressionnee par la facon dont l'equipe fait les impots.")
    "J’ai été impressionnée par la façon dont l'équipe fait les impôts."
    >>> as_written("Cote a cote, ou pas : cree en 2020.")
    'Cote a cote, ou pas : cree en 2020.'
    >>> as_written("Merci a Rejean Begin", names=["Rejean Begin"])
    'Merci à Rejean Begin'
    >>> as_written("Jai eu mon permis le 20 novembre!! Super?!")
    'J’ai obtenu mon permis le 20 novembre! Super?'
    >>> as_written("Jai pas parle de mon CAPA vigne et vin !!")
    'Je n’ai pas parlé de mon CAPA vigne et vin'
    >>> as_written("J'ai pas parlé de mon stage, c'est pas grave ; on a jamais fini")
    'Je n’ai pas parlé de mon stage, ce n’est pas grave ; on n’a jamais fini'
    >>> as_written("je connaissais pas Intune, il y a pas de souci, je l'ai pas dit, pas mal")
    'je ne connaissais pas Intune, il n’y a pas de souci, je ne l’ai pas dit, pas mal'
    >>> as_written("je suis pas mal occupé, je veux plus de temps, je ne sais pas")
    'je suis pas mal occupé, je veux plus de temps, je ne sais pas'
    >>> as_written("Migration monolithe -> microservices ; caisse + commandes")
    'Migration monolithe vers microservices ; caisse et commandes'
    >>> as_written("cela evite des allers-retours ; l'équipe qui gere les bains ; il leve la")
    "cela évite des allers-retours ; l'équipe qui gère les bains ; il lève la"
    >>> as_written("pour que personne s'epuise")
    "pour que personne ne s'épuise"
    >>> as_written("j'ai evite les bouchons ; un dossier gere par elle")
    "j'ai évité les bouchons ; un dossier gere par elle"
    >>> as_written("arrets de cuves -> 12h x 14 jours")
    'arrêts de cuves (12 h x 14 jours)'
    >>> as_written("pipeline R -> Python"), as_written("produits locaux -> fournisseurs d'ici")
    ('pipeline R vers Python', "produits locaux (fournisseurs d'ici)")
    >>> as_written("ca libère du temps. Ca marche, CA et ca.")
    'ça libère du temps. Ça marche, CA et ça.'
    >>> as_written("les preposes font les astreintes le we, et tous les WE en été")
    'les préposés font les astreintes le week-end, et tous les week-ends en été'
    >>> as_written("les residents de lunité protegée ; il se lève sur un levier")
    'les résidents de l’unité protégée ; il se lève sur un levier'
    >>> as_written("mon projet de fin detudes, une décision légale")
    'mon projet de fin d’études, une décision légale'
    >>> as_written("test danglais, lentreprise sous la lune ; vous lassez")
    'test d’anglais, l’entreprise sous la lune ; vous lassez'
    >>> as_written("jai oublie de dire que jai été impressionne, pis que jai été calme", gender="f")
    'j’ai oublié de dire que j’ai été impressionnée, et que j’ai été calme'
    >>> as_written("je suis habilite a faire passer le DELF, je suis passionne", gender="n")
    'je suis habilité·e à faire passer le DELF, je suis passionné·e'
    >>> as_written("j'aurais du le dire, j'ai du temps ; libre des le 1er jour, des outils")
    "j'aurais dû le dire, j'ai du temps ; libre dès le 1er jour, des outils"
    >>> as_written("Jai ete frappe par l'attachement ; j'ai été frappe", gender="f")
    "J’ai été frappée par l'attachement ; j'ai été frappe"
    >>> as_written("chacun savait ou etre ; mes deux hivers a déneiger ; il a déneiger")
    'chacun savait où être ; mes deux hivers à déneiger ; il a déneiger'
    >>> as_written("Jai ete frappe que vous montez ; j'ai été contente que", gender="m")
    "J’ai été frappé que vous montez ; j'ai été contente que"
    >>> as_written("le certif SEV a renouveler ; il a premier rang")  # read 96
    'le certificat SEV à renouveler ; il a premier rang'
    >>> as_written("je suis calme"), as_written("jai ete impressionne", gender="n")
    ('je suis calme', 'j’ai été impressionné·e')
    >>> as_written("mon memoire a ete publie, j'ai ete publie", gender="n")
    "mon mémoire a été publié, j'ai été publié·e"
    >>> as_written("j’ai été impressionné·e, je suis habilité·e", gender="n")
    'j’ai été impressionné·e, je suis habilité·e'
    >>> as_written("je suis habilitée à former", gender="f"), as_written("je suis né", gender="m")
    ('je suis habilitée à former', 'je suis né')
    >>> as_written("tant pis ; la procédure que j'ai mise en forme ; j'ai entre 5 et 10 ans")
    "tant pis ; la procédure que j'ai mise en forme ; j'ai entre 5 et 10 ans"
    >>> as_written("Super bien. super interessant, mon taf, une super équipe, chez mon ancien taf")
    'Très bien. très intéressant, mon travail, une super équipe, chez mon ancien employeur'
    >>> as_written("jai trouvé ça cool que vous ayez votre mot a dire, en prod")
    'j’ai beaucoup apprécié que vous ayez votre mot à dire, en production'
    >>> as_written("dispo les fins de semaine"), as_written("je suis très dispo, vu mes dispos")
    ('disponibilité les fins de semaine', 'je suis très disponible, vu mes disponibilités')
    >>> as_written("produits locaux -> fournisseurs de Charlevoix, surtout")
    'produits locaux (fournisseurs de Charlevoix), surtout'
    >>> as_written("la facon que votre équipe travaille")
    'la façon dont votre équipe travaille'
    >>> as_written("javais dit que cest bon, quil fallait 4 étoiles ★★★★")
    'j’avais dit que c’est bon, qu’il fallait quatre étoiles'
    >>> as_written("jai aimer la formation avant daller sur le plancher, c possible 1 fds sur 3 🔑")
    ... # doctest: +NORMALIZE_WHITESPACE
    'j’ai aimé la formation avant d’aller sur le plancher, c’est possible une fin de semaine
     sur trois'
    >>> as_written("mon stage en clinique psy")
    'mon stage en clinique psychiatrique'
    >>> as_written("je les utilise depuis 2 ans a l'Accueil francophone ; elle a la Clio")
    "je les utilise depuis deux ans à l'Accueil francophone ; elle a la Clio"
    >>> as_written("deux ans en CHSLD a Hull ; elle a Excel ; il y a Marie")
    'deux ans en CHSLD à Hull ; elle a Excel ; il y a Marie'
    >>> as_written("mon ASP a jour, a temps partiel ; il a du temps")
    'mon ASP à jour, à temps partiel ; il a du temps'
    >>> as_written("mon planning : https://example.com/cafe-8h30-2-equipes ; dès 8h30, 2 equipes")
    'mon planning : https://example.com/cafe-8h30-2-equipes ; dès 8 h 30, deux équipes'
    >>> as_written("J ai oublie de dire que l hiver, qu il neige, c est dur ; plan c ou d")
    'J’ai oublié de dire que l’hiver, qu’il neige, c’est dur ; plan c ou d'
    >>> as_written("quelle part de revision ? quelles equipes ?")
    'quelle part de révision ? quelles équipes ?'
    >>> as_written("des remorques a mon ancien taf ; il a mon ancien badge")
    'des remorques à mon ancien travail ; il a mon ancien badge'
    >>> as_written("j'habite a 10 min ; en 2024 a mon ancien travail ; il a 10 min de retard")
    "j'habite à 10 min ; en 2024 à mon ancien travail ; il a 10 min de retard"
    >>> as_written("je suis a laise en hauteur")
    'je suis à l’aise en hauteur'
    >>> as_written("les heures ou je suis dispo pour l'essai")
    "les heures où je suis disponible pour l'essai"
    >>> as_written("l'atelier ou vous fabriquez les revêtements ; lundi ou vous pouvez")
    "l'atelier où vous fabriquez les revêtements ; lundi ou vous pouvez"
    >>> as_written("choisir leurs shifts sur une app, l'app Kronos, un shift de nuit")
    "choisir leurs quarts sur une application, l'application Kronos, un quart de nuit"
    >>> as_written("g ete surpris par la taille des pieces, jusqu'a 2 tonnes", gender="m")
    "J’ai été surpris par la taille des pièces, jusqu'à deux tonnes"
    >>> as_written("J'ai reçu mon diplôme du BMA le 30 novembre, enfin !")
    "J'ai reçu mon diplôme du BMA le 30 novembre"
    >>> as_written("la vitesse a laquelle ils posent ; le centre ville ; le g du mot")
    'la vitesse à laquelle ils posent ; le centre-ville ; le g du mot'
    >>> as_written("habit sur mesure vs pret a porter ; le rez de chaussee ; en apres midi")
    'habit sur mesure vs prêt-à-porter ; le rez-de-chaussée ; en après-midi'
    """
    kept = frozenset(word for name in names for word in _WORD.findall(name))
    # A link or an address in the note is copied as it is: « …/planning-8h30.pdf ».
    pieces = _LINK_OR_ADDRESS.split(text)
    pieces[::2] = [_note_as_written(piece, kept, gender) for piece in pieces[::2]]
    return "".join(pieces)


# A plan writes four drafts from the same notes, a batch many from the same few notes.
@lru_cache(maxsize=1024)
def _note_as_written(text: str, kept: frozenset[str], gender: str | None) -> str:
    def restored(match: re.Match[str]) -> str:
        word = match.group(0)
        if word in kept or (word[1:] and not word[1:].islower()):
            return word  # a name, an acronym
        if word[0].isupper() and _inside_a_sentence(text, match.start()) and _is_participle(word):
            return word  # « la plage Parlee » is a name, not « parlée » (read 287)
        if word[0].isupper() and _after_a_foreign_name(text, match.start()):
            return word  # « Summit Evolution » is a software's name (pair read 330)
        found = accented(word.lower())
        if found is None:
            return word
        return found.capitalize() if word[0].isupper() else found

    text = _NOTE_MARKS.sub("", _pluses_said(_arrows_said(text)))
    text = _REPEATED_MARK.sub(r"\1", _J_AI.sub(r"\1’ai", text))
    # A note's closing « ! » is the writer's excitement, not the letter's (read 66, « mon
    # CAPA vigne et vin ! »): the sentence ends as the draft ends it.
    text = _CLOSING_SIGH.sub("", _CLOSING_EXCLAMATION.sub("", text))
    text = _CA.sub(lambda m: "ça" if m.group(1) else "Ça", text)
    text = _A_WHICH.sub("à", _JUSQU_A.sub(r"\1usqu\2à", text))
    text = _G_J_AI.sub(_j_ai_texted, text)
    for compound, hyphened in _HYPHENED:
        text = compound.sub(hyphened, text)
    # « a laise » : the elision first, then « à l’aise » (read 77).
    text = _apostrophes_typed_as_spaces(text)
    text = _GLUED_ELISION.sub(_apostrophe, text)
    text = _TOUT_PLURAL.sub(_tout_agreed, _OU_WHERE.sub(r"\1 où ", text))
    # On the accented words: « super interessant », « vous etes pas la »; « à » once the
    # accents have told the glued elisions (hypothesis: « a lunite » is « a l’unité » only
    # after them).
    text = _A_PLACE.sub("à", _WORD.sub(restored, text))
    text = numbers_in_words(written_register(with_ne(text)))
    text = _TIME_SPENT_A.sub(r"\1 à ", _OU_WHERE_AFTER_KNOWING.sub(r"\1où ", text))
    text = _NUMERIC_DAY.sub(_day_in_words, _LA_THERE.sub("là", text))
    text = _RELEVE.sub(r"\1elevé\2", _A_THEN_INFINITIVE.sub(_to_a_before_infinitive, text))
    # Once more: a word the register wrote (« pis » → « et ») may follow a bare « l », and
    # the elision it makes may call the register again (« des l’et » → « dès l’et »,
    # hypothesis): a note written once stays as it is.
    elided = _apostrophes_typed_as_spaces(text)
    text = written_register(elided) if elided != text else text
    return _participles(text, gender)


def _j_ai_texted(match: re.Match[str]) -> str:
    return ("J" if match.start() == 0 else "j") + "’ai "


# In a title or a topic, a noun phrase, « a » before an article is never « has »:
# « préposé a l’entretien », « laver les planchers a l’autolaveuse » (read 76).
_A_BEFORE_ARTICLE = re.compile(_A_NOT_A_VERB + r"(?= (?:l['’]\w|la |les |un |une |des ))")


def noun_phrase_as_written(text: str, names: Iterable[str] = (), gender: str | None = None) -> str:
    """A title or a topic as written: ``as_written``, and « a » before an article is « à ».

    >>> noun_phrase_as_written("laver les planchers a l'autolaveuse")
    "laver les planchers à l'autolaveuse"
    >>> noun_phrase_as_written("qui a la charge des stocks")
    'qui a la charge des stocks'
    >>> noun_phrase_as_written("descriptions a reprendre"), as_written("il a plaisir a venir")
    ('descriptions à reprendre', 'il a plaisir à venir')
    >>> noun_phrase_as_written("dameuse a treuil dans les pentes"), noun_phrase_as_written(
    ...     "l'équipe a doublé, le CHSLD a besoin de monde")
    ('dameuse à treuil dans les pentes', "l'équipe a doublé, le CHSLD a besoin de monde")
    """
    written = _A_BEFORE_ARTICLE.sub("à", as_written(text, names, gender))
    return _A_BEFORE_NOUN.sub(_to_a_before_noun, written)


# « dameuse a treuil », « machine a café » : between two nouns, « a » is « à » (read 154);
# not before what « avoir » takes (« a besoin », « a doublé », « a deux quarts »).
_A_BEFORE_NOUN = re.compile(_A_NOT_A_VERB + r" (?=([a-zà-ÿ]{3,})\b)")
_HAD = frozenset(
    """besoin envie peur froid chaud faim soif raison tort lieu droit hâte accès affaire mal honte
    confiance tendance intérêt plusieurs beaucoup trop assez encore toujours jamais déjà bien
    deux trois quatre cinq six sept huit neuf dix onze douze vingt trente cent mille été eu pu
    dû fait mis pris dit vu su""".split()
)
_PARTICIPLE_ENDINGS = ("é", "és", "ée", "ées", "i", "is", "it", "u", "us", "ert", "eint", "aint")


def _to_a_before_noun(match: re.Match[str]) -> str:
    word = match.group(1)
    if word in _HAD or word.endswith(_PARTICIPLE_ENDINGS) or word in _table("participles.txt"):
        return match.group(0)
    return "à "


_LAST_WORD = re.compile(r"[^\W\d_]+['’]?$")
# … or a roman numeral: « scaphandrier classe II » (read 160: « classé II »).
_NUMBER_NEXT = re.compile(r"\s*(?:\d|[IVX]+\b)")
_BEFORE_A_NOUN = frozenset(
    "de du des d' d’ à au aux en la le les l' l’ un une pour sur par".split()
)


def title_as_written(title: str) -> str:
    """A title typed in capitals, once in lowercase, with its accents and participles.

    A title holds no conjugated verb: « confirme » is « confirmé ».

    >>> title_as_written("mecanicien automobile confirme"), title_as_written("electricien")
    ('mécanicien automobile confirmé', 'électricien')

    A word that opens the title or one of its parts is a noun: « classe principale »
    (read 78: « classé principale » in every draft of a context).

    >>> title_as_written("technicien en informatique, classe principale")
    'technicien en informatique, classe principale'
    >>> title_as_written("SOUS-CHEFFE DE CUISINE".lower()), title_as_written("cuisinier confirme")
    ('sous-cheffe de cuisine', 'cuisinier confirmé')
    >>> title_as_written("chauffeur classe 1"), title_as_written("scaphandrier classe II")
    ('chauffeur classe 1', 'scaphandrier classe II')
    >>> title_as_written("equipière polyvalente")
    'équipière polyvalente'
    """
    participles = _table("participles.txt")
    capitals = _table("capitals.txt")

    def restored(match: re.Match[str]) -> str:
        word = match.group(0)
        # A window, not the whole title before the word: quadratic on a long title.
        before = title[max(0, match.start() - 40) : match.start()].rstrip()
        opens = not before or before[-1] in ",;:/(–-"
        # After « de », « à la »…, a noun: « sous-cheffe de cuisine » (fresh19, 7 drafts).
        after_article = _LAST_WORD.search(before)
        if after_article and after_article.group().lower() in _BEFORE_A_NOUN:
            opens = True
        # Before a number, a noun too: « chauffeur classe 1 » (read 98: « classé 1 »).
        numbered = _NUMBER_NEXT.match(title, match.end()) is not None
        # « PORTE-À-PORTE » : a word of a compound is no participle (read 214: « porté-à-porte »).
        compound = (
            title[match.end() : match.end() + 1] == "-"
            or title[match.start() - 1 : match.start()] == "-"
        )
        participle = (
            ""
            if opens or numbered or compound or word.lower() in _NOUNS_NOT_PARTICIPLES
            else _participle(participles, unaccented(word))
        )
        return (
            accented(word)
            or participle
            or capitals.get(unaccented(word))
            or _feminine_accented(word)
            or word
        )

    return _WORD.sub(restored, title)


def _participle(participles: dict[str, str], word: str) -> str:
    """``word``'s participle, agreed as typed: « pollues » is « pollués ».

    Read 267 found « sites et sols pollues » in a subject and a letter.

    >>> table = {"pollue": "pollué*", "fixe": "fixé"}
    >>> _participle(table, "pollues"), _participle(table, "polluees"), _participle(table, "fixes")
    ('pollués', 'polluées', '')
    """
    found = participles.get(word, "")
    if found:
        return found.rstrip("*")
    # Agreed, only a participle said after « été » (« pollué* »): « fixes » stays an
    # adjective (« machines fixes »).
    for ending in ("s", "e", "es"):
        found = participles.get(word.removesuffix(ending), "") if word.endswith(ending) else ""
        if found.endswith("*"):
            return found.rstrip("*") + ending
    return ""


# Nouns that follow a noun in a title: « service de sécurité incendie » (read 218:
# « sécurité incendié »).
_NOUNS_NOT_PARTICIPLES = frozenset({"incendie"})


def _feminine_accented(word: str) -> str | None:
    """« equipière » as its masculine is accented: « équipière » (read 160).

    >>> _feminine_accented("equipière"), _feminine_accented("chanteuse")
    ('équipière', None)
    """
    for feminine, masculine in (("ière", "ier"), ("iere", "ier"), ("euse", "eur")):
        if word.endswith(feminine):
            found = accented(word[: -len(feminine)] + masculine)
            if found:
                return found[: -len(masculine)] + feminine.replace("iere", "ière")
    return None
