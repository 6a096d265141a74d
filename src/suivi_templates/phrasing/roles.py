"""A role title as a letter or a call says it, not as the job advertisement printed it.

People paste the advert's title: « clerc de notaire / rédactrice d'actes (H/F) »,
« enseignant·e en adaptation scolaire (remplacement long terme, 80 %) », « répartitrice —
centre de contrôle opérationnel ». Read aloud, « (H/F) » and « · » cannot be said, and in a
letter they read as pasted: a blind reader marked down 23 drafts of 74 for it (read 57).
"""

from __future__ import annotations

import re
from functools import lru_cache

from suivi_templates.formatting import de
from suivi_templates.inclusive import INCLUSIVE, feminine_of_word
from suivi_templates.models import Gender
from suivi_templates.phrasing._words import _LEADING_ARTICLE, _upper_first
from suivi_templates.phrasing.typed import title_as_written, unaccented

# « (H/F) », « H/F », « (F/H/X) », « h/f » : the advert's legal mention, never said.
_GENDER_MENTION = re.compile(r"\s*\(?\b[HFhf]\s*/\s*[HFhf](?:\s*/\s*[XNxn])?\b\)?")
# What follows a spaced dash or sits in parentheses is the advert's detail (a unit, a
# contract, a rate): « — centre de contrôle », « (CDI) », « (remplacement, 80 %) ».
# A spaced middle dot or bar separates them too: « technicienne comptable · cycle complet ·
# 55 000 $ » (read 117).
_DETAIL = re.compile(
    r"\s+[—–\-·•|]\s+.*$|\s*\((?!(?:e|ne|le|se|sse|ère|euse|rice|trice|fe|ve|ive)s?\))[^()]*\)"
)
# After a spaced bracket, the rest is detail too: « (H/F) 35h, permis B exigé »,
# « (concours 2026-SP-0931) soirs et fins de semaine » (read 96).
# A bracket that holds a feminine ending (« Agent (e) de sécurité ») is no detail.
_AFTER_DETAIL = re.compile(
    r"\s+\((?!(?:e|ne|le|se|sse|ère|euse|rice|trice|fe)s?\))[^()]*\).*$", re.IGNORECASE
)
# « Analyste – planification du réseau » : a one-word title, then its field, an activity
# named without an article (read 255: « le poste d'analyste »).
# Not a gender-variable title (« cordonnier·ère – réparation » : a non-binary person's post
# is said by its field, which would then be all that is left), nor a thing or a place
# (« – série dramatique », « – section peinture », « – dépanneur-épicerie »).
_FIELD_AFTER_DASH = re.compile(
    r"^([^\s·()/]+)\s+[—–-]\s+"
    r"(?!(?:section|émission|série|station|saison|région|session|clinique|boutique|mission)\b)"
    # « Gestionnaire – abonnements et billetterie » (pair read 368: « poste de gestionnaire »).
    r"([a-zàâçéèêëîïôûù]+(?:tion|sion|ment|age|ance|ence|ité|ique|ie)s?\b[^(),;:—–\d]{0,50}?)"
    r"(?=\s*(?:[(,;:—–]|$))"
)
# A title that is only its acronym, spelled out after a dash: « ASVP - agent(e) de
# surveillance de la voie publique » (read 96: « le poste d'asvp »).
_ACRONYM_THEN_TITLE = re.compile(r"^([A-ZÉ]{2,6})\s+[—–-]\s+(\S.*)$")


_NOT_IN_NOUN = frozenset("de du des d en à au aux l la le les et ou pour sur".split())
# An inclusive adjective after its noun agrees alone: « sexologue clinicien ou clinicienne »,
# not « sexologue clinicien ou sexologue clinicienne » (read 180, said three times).
_TITLE_ADJECTIVES = frozenset(
    "clinicien adjoint principal spécialisé qualifié certifié diplômé agréé autorisé"
    " expérimenté confirmé polyvalent salarié associé titulaire".split()
)


def _noun_before(match: re.Match[str]) -> str:
    """The words of the same noun before the inclusive one: « aide- », « data ».

    Said as a doublet, « aide-soignant ou soignante », « data analyst ou analyste » lost
    them (read 117). Not an adjective's noun, which the adjective alone agrees with.
    """
    before = match.string[: match.start()]
    if match.group(1).casefold() in _TITLE_ADJECTIVES and not before.endswith("-"):
        return ""
    words = re.split(r"[\s'’-]+", before.strip(" -").casefold())
    if not before or len(words) > 2 or _NOT_IN_NOUN.intersection(words) or INCLUSIVE.search(before):
        return ""
    return before.lower() if before[:1].isupper() and before[1:].islower() else before


# « aux proches aidant(e)s », « des étudiant·e·s » : a plural after its preposition.
_PEOPLE_SERVED = re.compile(r"\b(?:aux|des|les)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)


def _agreed(match: re.Match[str], gender: Gender, spoken: bool) -> str:
    base, ending = match.group(1), match.group("ending")
    # A plural (« aux proches aidant(e)s ») is the people served, not the one person hired:
    # the generic plural (read 299: « agente de soutien aux proches aidante »).
    # The head itself may be plural (« préposé(e)s aux bénéficiaires », several posts).
    # The words just before, in a short window: a long title cannot make it quadratic.
    before = match.string[max(0, match.start() - 40) : match.start()]
    if match.group(0)[-1:] in ("s", "S") and _PEOPLE_SERVED.search(before):
        return base if base[-1:].lower() in ("s", "x", "z") else f"{base}s"
    if gender == "m":
        return base
    if gender == "n":
        # Written, the form the person typed; aloud « ouvrier·ère » cannot be said, and the
        # base form alone read as misgendering (read 58): both, as inclusive speech says them.
        if not spoken:
            # « agent(e) administratif(ve) » with the dot the person's other titles use
            # (fresh41: the brackets read as an advert in a letter's subject).
            return f"{base}·{ending}" if match.group(2) else match.group(0)
        usual = _EUR_FEMININE.get(base.lower()) if ending.lower() == "e" else None
        feminine = usual or feminine_of_word(base, ending)
        if base[:1].isupper() and base[1:].islower():
            feminine = feminine.lower()
        if _sounds_alike(base, feminine):
            return base  # « chargé ou chargée » says one word twice (read 73)
        return f"{base} ou {_noun_before(match)}{feminine}"
    # « Teneur(e) de livres » : a noun in « -eur » whose feminine usage fixes, whatever the
    # advert's brackets say (read 240: « teneure de livres »).
    usual = _EUR_FEMININE.get(base.lower()) if ending.lower() == "e" else None
    if usual is not None:
        return _upper_first(usual) if base[:1].isupper() else usual
    return feminine_of_word(base, ending)


def _said_in_both(text: str) -> str | None:
    """A title with several inclusive words, said as a full doublet, or None.

    « infirmier ou infirmière clinicien ou clinicienne » was unsayable (read 73), and
    « ouvrier ou ouvrière agricole saisonnière » read as a wrong agreement (read 74): the
    OQLF's full doublet repeats the words between, each form agreed with its own noun.
    """
    # « Animateur·rice mobilité / conseiller·ère en mobilité » : two posts, whose words are no
    # one doublet (fresh100: « animateur mobilité / conseiller ou animatrice… »).
    other_post = re.search(r"\s/\s", text)
    matches = [
        m for m in INCLUSIVE.finditer(text) if not other_post or m.end() <= other_post.start()
    ]
    if len(matches) < 2:
        return None
    start, end = matches[0].start(), matches[-1].end()
    masculine = INCLUSIVE.sub(lambda match: _agreed(match, "m", True), text[start:end])
    feminine = INCLUSIVE.sub(lambda match: _agreed(match, "f", True), text[start:end])
    if all(
        _sounds_alike(m.group(1), feminine_of_word(m.group(1), m.group("ending"))) for m in matches
    ):
        return text[:start] + masculine + text[end:]
    first = feminine.split(" ", 1)[0]
    if first[:1].isupper() and first[1:].islower():
        feminine = feminine[:1].lower() + feminine[1:]  # « Ouvrier … ou ouvrière … », « SAP » kept
    return f"{text[:start]}{masculine} ou {feminine}{text[end:]}"


def _sounds_alike(masculine: str, feminine: str) -> bool:
    """« chargé »/« chargée », « principal »/« principale »: the « e » is not heard.

    >>> _sounds_alike("chargé", "chargée"), _sounds_alike("agent", "agente")
    (True, False)
    """
    return feminine.lower() == masculine.lower() + "e" and masculine[-1:].lower() in "éiulr"


# Two words, one post: « Dame / Homme de compagnie », « Femme / Homme de ménage ».
# « Garçon / fille de piste » (read 356: « poste de garçon » for Maëlle, three drafts).
_FEMININE_WORDS = frozenset({"dame", "femme", "fille"})
_WORD_PAIRS = ({"dame", "homme"}, {"femme", "homme"}, {"garçon", "fille"})


def _one_form(left: str, right: str, gender: Gender) -> str | None:
    """The form that agrees, when the two sides of « / » are one title's two genders.

    « conseiller / conseillère en sécurité », « Clerc significateur / Clerc significatrice ».
    For a non-binary person, both, as inclusive speech says them.

    >>> _one_form("Soigneur", "Soigneuse animalier", "f"), _one_form("Soigneur", "Soigneuse", "m")
    ('Soigneuse animalière', 'Soigneur')
    >>> _one_form("Hôte", "Hôtesse d'accueil", "f")
    "Hôtesse d'accueil"
    >>> _one_form("Syndic autorisé", "Syndique autorisée en insolvabilité", "f")
    'Syndique autorisée en insolvabilité'
    >>> _one_form("Dame", "Homme de compagnie", "f"), _one_form("Dame", "Homme de compagnie", "m")
    ('Dame de compagnie', 'Homme de compagnie')
    >>> _one_form("Garçon", "fille de piste", "f"), _one_form("Garçon", "fille de piste", "m")
    ('fille de piste', 'Garçon de piste')
    >>> _one_form("Ânier", "Ânière", "f")
    'Ânière'
    """
    lw, rw = left.split(), right.split()
    # « Hôte / Hôtesse d'accueil » : a short masculine shares its four letters (read 161).
    size = min(5, max(4, len(lw[0]))) if lw else 5
    if len(lw) == 1 and rw and {lw[0].casefold(), rw[0].casefold()} in _WORD_PAIRS:
        # « Dame / Homme de compagnie » (read 227: « poste de dame »).
        feminine_first = lw[0].casefold() in _FEMININE_WORDS
        masculine, feminine = (rw[0], lw[0]) if feminine_first else (lw[0], rw[0])
        second = rw[0].lower() if rw[0][1:].islower() else rw[0]
        chosen = {"f": feminine, "m": masculine}.get(gender, f"{lw[0]} ou {second}")
        return " ".join([chosen, *rw[1:]])
    # « Ânier / Ânière » : the accent the feminine takes is no other word (read 355: « poste
    # d'ânier » for a woman).
    if (
        len(lw) == 1
        and rw
        and unaccented(lw[0][:size].casefold()) == unaccented(rw[0][:size].casefold())
    ):
        pair, rest = (lw[0], rw[0]), rw[1:]
    elif (
        lw
        and len(lw) <= len(rw)
        and all(a[:4].casefold() == b[:4].casefold() for a, b in zip(lw, rw, strict=False))
    ):
        # « Syndic autorisé / Syndique autorisée en insolvabilité » : the complement after
        # the feminine belongs to both (read 180: « syndic autorisé » for a candidate).
        pair, rest = (left, " ".join(rw[: len(lw)])), rw[len(lw) :]
    else:
        return None
    masculine, feminine = sorted(pair, key=len)
    chosen = {"f": feminine, "m": masculine}.get(gender, f"{masculine} ou {feminine}")
    # « Soigneur / Soigneuse animalier » : the adjective after the pair agrees too (fresh43:
    # « soigneuse animalier »).
    said = " ".join(rest)
    if gender == "f" and said:
        said = _agreed_rest(said)
    return " ".join(part for part in (chosen, said) if part)


# « R489 », « N3P2 » : a code after a word makes it a code too (read 267: « formateur caces
# R489 », typed « FORMATEUR CACES R489 »).
_CODE = re.compile(r"[A-Z]{1,3}\d{2,}")


def in_lowercase(title: str, in_capitals: bool = False) -> str:
    """A title typed in capitals (« CUISINIER DE LIGNE »), in lowercase but for its codes.

    A short word or one before a number is a code: « CACES 1-3-5 », « SQL », « RH »; an
    ordinal is a number (« 2E PÉRIODE » → « 2e période »). ``in_capitals`` says the title
    was typed so before its doublets were agreed.
    """
    # « ou », which the doublet of an inclusive title adds (« RÉPARTITEUR ou RÉPARTITRICE »,
    # fresh20), is not the person's typing.
    if not in_capitals and any(c.islower() for c in title.replace(" ou ", " ")):
        return title
    words = title.split(" ")
    # « DAB/GAB » : codes joined by a slash, each read alone (read 346: « dab/gab »).
    return " ".join(
        "/".join(_cased(part, following) for part in word.split("/"))
        for word, following in zip(words, [*words[1:], ""], strict=True)
    )


def _cased(word: str, following: str) -> str:
    """A word of a title in capitals: kept when it is a code, else in lowercase."""
    # « CACES 1-3-5 » is a code before its number; « D'URGENCE 911 » is a word (read 69).
    code = (
        word.lower() not in _SMALL_WORDS
        and word.lower() not in _NUMBERED_NOUNS
        and not _ORDINAL.fullmatch(word)
        and (
            (len(word) <= 3 and word.lower() not in _SHORT_NOUNS)
            # « N3P2 », « B1V » : letters and digits mixed make a code (fresh49: « n3p2 »).
            or (any(c.isdigit() for c in word) and any(c.isalpha() for c in word))
            or _unpronounceable(word)
            or (
                bool(following)
                and (following[:1].isdigit() or _CODE.fullmatch(following) is not None)
                and not _ORDINAL.fullmatch(following)
                and word.isalpha()
            )
        )
    )
    return word if code else word.lower()


def _unpronounceable(word: str) -> bool:
    """A word no French word is spelt like: an acronym, whatever its length.

    « MOCN », « QHSE », « SIRH » begin or end on two consonants French does not begin or end
    a word with (read 152: « tourneur-fraiseur sur mocn »); « CHEF », « GRAND » do.

    >>> [w for w in "MOCN QHSE SIRH PMSI CHEF GRAND FLASH STRUCTURE SOUDEUR BANC SPANC".split()
    ...  if _unpronounceable(w)]
    ['MOCN', 'QHSE', 'SIRH', 'PMSI', 'SPANC']
    """
    letters = word.lower()
    if not letters.isalpha() or len(letters) > 6 or letters in _WORDS_IN_NC:
        return False
    if not any(c in _VOWELS for c in letters):
        return True
    # A plural ends as its singular does: « FONDS », « GRIEFS ».
    singular = letters[:-1] if letters.endswith("s") and len(letters) > 3 else letters
    start, end = letters[:2], singular[-2:]
    if not any(c in _VOWELS for c in start) and start not in _WORD_STARTS:
        return True
    return not any(c in _VOWELS for c in end) and end not in _WORD_ENDS


_VOWELS = frozenset("aeiouyàâäéèêëîïôöûüù")
# « BANC D'ESSAI » (read 351: « opérateur de BANC d'essai »), but « SPANC » is an acronym.
_WORDS_IN_NC = frozenset("banc bancs blanc blancs franc flanc tronc troncs jonc zinc".split())
# The pairs of consonants French words begin or end with (« STRUCTURE », « CHEF », « FLASH »).
_WORD_STARTS = frozenset(
    """bl br ch cl cr dj dr fl fr gl gn gr kl kr ph pl pn pr ps rh sc sh sk sl sm sn sp st sv th
    tr tw vr wh""".split()
)
_WORD_ENDS = frozenset(
    """st ct pt nt nd rt rd rg rs ns ts ls ps rc rf lf ft ng nk ck sh ch ph th ht rn rm lm mp mb
    ll""".split()
)


_ORDINAL = re.compile(r"\d+(?:E|ER|RE|ÈME|EME|IEME|IÈME)")
# Short French nouns a title in capitals holds, not codes: « OPÉRATEUR EN EAU POTABLE »
# (fresh43: « opérateur en EAU potable »).
_SHORT_NOUNS = frozenset(
    "eau mer art air sol vin feu gaz bus bar jeu zoo ski son lit fil bid".split()
)
_SMALL_WORDS = frozenset("de du des la le les et en au aux à d' l' un une sur par".split())
# French nouns a number follows in a title: « CLASSE 1 » is « classe 1 », where « CACES 3 »
# is a code (read 98: « chauffeur CLASSE 1 » in a subject and its letter).
_NUMBERED_NOUNS = frozenset(
    """classe niveau catégorie categorie échelon echelon grade type permis licence groupe
    zone secteur ligne équipe equipe quart tome option""".split()
)


# An advert's number, which a public employer files the applications under: « (concours
# 2026-URB-114) », « Réf. 2026-PLB-08 », « (affichage 26-0917) ». The code has a digit.
_REFERENCE = re.compile(
    r"\b(réf(?:érence)?|ref|concours|affichage|poste|offre|n°)\.?\s*:?\s*"
    r"([A-Z0-9][\w/-]*\d[\w/-]*|\d[\w/-]*)",
    re.IGNORECASE,
)
# « Merci – poste d'infirmière (poste 2026-INF-3382) » says « poste » twice.
_REFERENCE_WORD = dict.fromkeys(("réf", "ref", "référence", "n°", "poste"), "réf.")


def advert_reference(title: str) -> str | None:
    """The advert's number the title gives, as a subject line quotes it, or None.

    Readers missed it in the subject of letters to a city or a health board (read 70).

    >>> advert_reference("Agent(e) de bureau - Service de l'urbanisme (concours 2026-URB-114)")
    'concours 2026-URB-114'
    >>> advert_reference("CHEF DE PROJET SI (RÉF. 2026-00451)"), advert_reference("CACES 1-3-5")
    ('réf. 2026-00451', None)
    >>> advert_reference("Technicien N1/N2"), advert_reference("vendeuse (temps partiel 24h)")
    (None, None)
    """
    found = _REFERENCE.search(title)
    if found is None or len(found.group(2)) < 3:
        return None
    word = found.group(1).casefold()
    return f"{_REFERENCE_WORD.get(word, word)} {found.group(2)}"


def _without_reference(title: str) -> str:
    """The title without the advert's number that ends it: « … poste 2026-TTP-07 ».

    Said in the letter, it read as a form's field pasted in, and the subject line that
    quotes it said it twice (read 93).

    >>> _without_reference("CARISTE CACES 1-3-5 Réf. 2026-LOG-221")
    'CARISTE CACES 1-3-5'
    >>> _without_reference("technicienne en travaux pratiques poste 2026-TTP-07")
    'technicienne en travaux pratiques'
    >>> _without_reference("agent de bureau classe 2"), _without_reference("opérateur poste 2")
    ('agent de bureau classe 2', 'opérateur poste 2')
    """
    found = _REFERENCE.search(title)
    if found is None or len(found.group(2)) < 3 or title[found.end() :].strip():
        return title
    head = title[: found.start()].rstrip(" ,;:–—-")
    return head if head else title


# « 24h/sem », « 35h », « 2x8 », « CDI », « cat. C » : the hours, the contract or the grade,
# not the post (read 94: « animateur culinaire 24 h/sem », « conducteur offset / conductrice
# offset 2x8 » left the doublet unsplit; read 96).
_SCHEDULE = re.compile(
    r"(?:,?\s+(?:équipe\s+)?\d{1,2}\s?h(?:\d{2})?(?:\s?[-–à]\s?\d{1,2}\s?h(?:\d{2})?)?"
    r"(?:\s?/\s?sem(?:aine)?\.?)?|\s+[23]\s?x\s?8|\s+(?:CDI|CDD)"
    # « vendeur renfort noel CDD etudiant 20h/sem » (read 106): who is hired, not the post.
    # « Coroner à temps partiel » (read 167: « poste de coroner à »).
    # Not « la vie étudiante » (read 263: « coordonnatrice à la vie », four drafts at 2).
    # Nor « du sport étudiant » (read 283: « coordonnateur du sport »).
    r"|\s+(?:(?<!\bvie )(?<!association )(?<!résidence )(?<!mobilité )(?<!sport )[ée]tudiante?"
    r"|(?:à\s+)?temps\s+(?:partiel|plein))"
    r"|,?\s+cat(?:\.|égorie)\s?[ABC])+$",
    re.IGNORECASE,
)
_MID_CAPITAL = re.compile(
    r"(?:(?<=\b[dl]['’])|(?<=\sde )|(?<=\sdu )|(?<=\sdes )|(?<=\sen ))"
    # « diplômé d'État » keeps the State's capital (read 106), a city its own (« Ville de
    # Québec »); the adjectives after the noun go with it (read 192: « office de tourisme
    # Intercommunal »), nor the Éducation nationale (fresh95: « médecin de l'éducation »).
    # Nor a feast (read 336: « du marché de noël »).
    r"(?<!Ville de )(?!État\b|Éducation\s+nationale\b|Ouest\b|Nord\b"
    r"|Noël\b|Pâques\b|Toussaint\b)"
    r"[A-ZÉÈÀ][a-zàâçéèêëîïôûù]{3,}\b(?![-’'])"
    r"(?:\s(?!État\b)[A-ZÉÈÀ][a-zàâçéèêëîïôûù]{3,}\b(?![-’']))*"
)


_COMPOUND_IN_TITLE_CASE = re.compile(
    r"^[A-ZÉÈÀÂÎ][a-zàâçéèêëîïôûù]{2,}-[A-ZÉÈÀ][a-zàâçéèêëîïôûù]{3,}\b(?![-’'])"
)


# A certificate's code and level that end a title: « CACES 1-3-5 », « CQP niv.2 ».
_CERTIFICATE_CODE = re.compile(
    r"\s+[A-Z]{2,}(?P<norm>\s+[A-Z]\d+)?\s+(?:niv(?:eau|\.)?\s?|(?P<cat>cat(?:égories?|\.)?\s?))?"
    r"\d[\d-]*$"
)


def _without_schedule(title: str) -> str:
    """The title without the hours that end it.

    >>> _without_schedule("Animateur·trice culinaire 24h/sem"), _without_schedule("offset 2x8")
    ('Animateur·trice culinaire', 'offset')
    >>> _without_schedule("Coroner à temps partiel")
    'Coroner'
    >>> _without_schedule("Coordonnatrice à la vie étudiante")
    'Coordonnatrice à la vie étudiante'
    >>> _without_schedule("Coordonnateur·trice du sport étudiant")
    'Coordonnateur·trice du sport étudiant'
    """
    return _SCHEDULE.sub("", title).strip() or title


# « infirmier de nuit en EHPAD » at « EHPAD Les Tilleuls » : the place the title names.
_WORKPLACE = re.compile(
    r"\s+(?:en|au|aux|à la|à l['’]|dans (?:un|une|le|la|les|l['’]))\s*(?P<place>[^,()/]+)$"
)


def without_workplace(title: str, organisation: str) -> str:
    """The title without the kind of place it names when the organisation's name says it.

    « poste d'infirmier de nuit en EHPAD à l'EHPAD Les Tilleuls » said the place twice
    (read 116).

    >>> without_workplace("infirmier de nuit en EHPAD", "EHPAD Les Tilleuls")
    'infirmier de nuit'
    >>> without_workplace("éducatrice en CPE", "CPE Les Petits Pas")
    'éducatrice'
    >>> without_workplace("vendeuse en boulangerie", "La Boulangerie du Port")
    'vendeuse'
    >>> without_workplace("infirmière en CHSLD", "CIUSSS de l'Estrie")
    'infirmière en CHSLD'
    >>> without_workplace("technicien en génie civil", "Génie-Conseil Nord")
    'technicien en génie civil'
    """
    found = _WORKPLACE.search(title)
    if found is None:
        return title
    place = found.group("place").strip().casefold()
    name = _LEADING_ARTICLE.sub("", organisation.strip()).casefold()
    after = name[len(place) : len(place) + 1]
    if name.startswith(place) and not after.isalnum() and found.start() > 0:
        return title[: found.start()]
    return title


_TERMS_AFTER_COMMA = re.compile(
    r",\s*(?:poste|temps|contrat|cdi|cdd|permanent|quart|horaire|remplacement)\b.*$",
    re.IGNORECASE,
)
_PAIRED = re.compile(
    r"\b(import|achat|entrée|aller|recto|amont)\s*/\s*(export|vente|sortie|retour|verso|aval)\b"
    # « bilingue anglais/espagnol » : two languages, not two posts (read 161: « bilingue anglais »).
    r"|\b(anglais|français|espagnol|allemand|italien|portugais|créole|arabe|chinois)\s*/\s*"
    r"(anglais|français|espagnol|allemand|italien|portugais|créole|arabe|chinois)\b",
    re.IGNORECASE,
)
# « tech en instrumentation » : the short word of a note, not of a letter (read 137).
_TECH = re.compile(r"^tech(?=\s+(?:en|de|d['’]|à)\s)", re.IGNORECASE)
_STATE_DIPLOMA = re.compile(r"(?<![^\W\d_])D\.\s?E\.?(?![^\W\d_])")


@lru_cache(maxsize=1024)
def _paired(found: re.Match[str]) -> str:
    """« import-export », « anglais-espagnol »: the pair as one word."""
    first, second = (found[1], found[2]) if found[1] else (found[3], found[4])
    return f"{first}-{second}"


def role_as_said(title: str, gender: Gender, spoken: bool = False) -> str:
    """The title without the advert's marks, agreed with the candidate when it says how.

    >>> role_as_said("clerc de notaire / rédactrice d'actes (H/F)", "f")
    'clerc de notaire'
    >>> role_as_said("enseignant·e en adaptation scolaire (remplacement long terme, 80 %)", "f")
    'enseignante en adaptation scolaire'
    >>> role_as_said("répartitrice — centre de contrôle opérationnel", "f")
    'répartitrice'
    >>> role_as_said("technicienne comptable · cycle complet · 55 000 $", "f")
    'technicienne comptable'
    >>> role_as_said("data analyst·e", "n", spoken=True), role_as_said("Chef·fe de projet", "f")
    ('data analyst ou data analyste', 'cheffe de projet')
    >>> role_as_said("aide-soignant·e", "n", spoken=True)
    'aide-soignant ou aide-soignante'
    >>> role_as_said("conseiller / conseillère en sécurité financière", "m")
    'conseiller en sécurité financière'
    >>> role_as_said("technicien(ne) de laboratoire F/H", "f")
    'technicienne de laboratoire'
    >>> role_as_said("aide-cuisinière", "f"), role_as_said("chargé·e de projet", "n")
    ('aide-cuisinière', 'chargé·e de projet')
    >>> role_as_said("Formateur FLE", "m"), role_as_said("Infirmiere de bloc", "f")
    ('formateur FLE', 'infirmière de bloc')
    >>> role_as_said("conseillere en emploi", "f")
    'conseillère en emploi'
    >>> role_as_said("Scrum Master", "f"), role_as_said("Plant Manager / Directeur de site", "m")
    ('Scrum Master', 'Plant Manager')
    >>> role_as_said("CUISINIER/CUISINIÈRE DE LIGNE", "f")
    'cuisinière de ligne'
    >>> role_as_said("RÉPARTITEUR D'URGENCE 911 (H/F)", "m")
    "répartiteur d'urgence 911"
    >>> role_as_said("Technicien support informatique N1/N2 (H/F)", "m")
    'technicien support informatique N1/N2'
    >>> role_as_said("MECANICIEN AUTOMOBILE CONFIRME H/F", "m")
    'mécanicien automobile confirmé'
    >>> role_as_said("CARISTE CACES 1-3-5 (H/F) - Intérim longue mission", "m")
    'cariste CACES 1-3-5'
    >>> role_as_said("FORMATEUR CACES R489 / R482 (H/F) - CDI 35H - BAIE-MAHAULT", "m")
    'formateur CACES R489'
    >>> role_as_said("TECHNICIEN(NE) EN COMPTABILITÉ - SERVICE DES FINANCES", "f")
    'technicienne en comptabilité'
    >>> role_as_said("Développeur·se Full-Stack (React/Node)", "f")
    'développeuse Full-Stack'
    >>> role_as_said("Employé(e) de caisse / Hôte(sse) H/F", "f")
    'employée de caisse'
    >>> role_as_said("Clerc significateur / Clerc significatrice (H/F) – CDI", "f")
    'clerc significatrice'
    >>> role_as_said("Cuisinier(ère) de ligne / Chef de partie", "m")
    'cuisinier de ligne'
    >>> role_as_said("Programmeur(euse) Gameplay Sénior - Unreal Engine 5", "m")
    'programmeur Gameplay sénior'
    >>> role_as_said("RÉPARTITEUR·RICE DE TRANSPORT – QUART DE SOIR", "n", spoken=True)
    'répartiteur ou répartitrice de transport'
    >>> role_as_said("Soudeur-monteur / Soudeuse-monteuse (Classe A)", "n", spoken=True)
    'soudeur-monteur ou soudeuse-monteuse'
    >>> role_as_said("Mécanicien de véhicules lourds classe 1 / Soir", "m")
    'mécanicien de véhicules lourds classe 1'
    >>> role_as_said("Ingénieur signalisation F/H – Projet ERTMS", "m")
    'ingénieur signalisation'
    >>> role_as_said("ouvrier·ère agricole saisonnier·ère", "n", spoken=True)
    'ouvrier agricole saisonnier ou ouvrière agricole saisonnière'
    >>> role_as_said("travailleur·euse social·e", "n", spoken=True)
    'travailleur social ou travailleuse sociale'
    >>> role_as_said("Animateur·rice mobilité / conseiller·ère en mobilité (H/F)", "n", spoken=True)
    'animateur ou animatrice mobilité'
    >>> role_as_said("directeur·rice principal·e, ingénierie de données", "n", spoken=True)
    'directeur principal ou directrice principale, ingénierie de données'
    >>> role_as_said("Consultant·e SAP senior·e", "n", spoken=True)
    'consultant SAP senior ou consultante SAP seniore'
    >>> role_as_said("Chef d'équipe propreté (H/F)", "f"), role_as_said("sous-chef", "f")
    ("cheffe d'équipe propreté", 'sous-cheffe')
    >>> role_as_said("entraîneuse-chef", "f"), role_as_said("rédactrice en chef", "f")
    ('entraîneuse-chef', 'rédactrice en chef')
    >>> role_as_said("directeur·rice de plateau (contractuel·le)", "f")
    'directrice de plateau'
    >>> role_as_said("directeur·rice de plateau (contractuel·le)", "n", spoken=True)
    'directeur ou directrice de plateau'
    >>> role_as_said("préposé(e)s aux bénéficiaires", "f")
    'préposée aux bénéficiaires'
    >>> role_as_said("CARISTE CACES 1-3-5 (H/F) Réf. 2026-LOG-221", "m")
    'cariste CACES 1-3-5'
    >>> role_as_said("cariste CACES R489 cat. 1-3-5", "m")
    'cariste'
    >>> role_as_said("Cordiste CQP niv.2 - travaux acrobatiques", "m", spoken=True)
    'cordiste'
    >>> role_as_said("Agent (e) de sécurité", "f"), role_as_said("Conseiller (ère) aux ventes", "f")
    ('agente de sécurité', 'conseillère aux ventes')
    >>> role_as_said("Conducteur offset / conductrice offset (Heidelberg 5 couleurs) 2x8", "f")
    'conductrice offset'
    >>> role_as_said("Agent d'Entretien polyvalent (réf. 2026-ENT-07)", "m")
    "agent d'entretien polyvalent"
    >>> role_as_said("Opérateur d'Abatteuse multifonctionnelle (Ponsse)", "m")
    "opérateur d'abatteuse multifonctionnelle"
    >>> role_as_said("COUVREUR COMPAGNON (bardeau et membrane) 7h-15h30", "m")
    'couvreur compagnon'
    >>> role_as_said("Ramoneur-fumiste (H/F) 35h, permis B exigé", "m")
    'ramoneur-fumiste'
    >>> role_as_said("Préparateur/trice en pharmacie (BP) 28h - lundi, mardi, samedi", "f")
    'préparatrice en pharmacie'
    >>> role_as_said("ASVP - agent(e) de surveillance de la voie publique, cat. C", "f")
    'agente de surveillance de la voie publique'
    >>> role_as_said("Technicien(ne) en éducation spécialisée (TES) 26h15/sem. - école", "f")
    'technicienne en éducation spécialisée'
    >>> role_as_said("Technicienne ou technicien en documentation – Archives", "f")
    'technicienne en documentation'
    >>> role_as_said("Technicienne ou technicien en documentation", "m")
    'technicien en documentation'
    >>> role_as_said("Technicien ou technicienne forestière — inventaire", "m")
    'technicien forestier'
    >>> role_as_said("MÉCANICIEN OU MÉCANICIENNE MARINE - Lanoraie, 40h/sem", "m")
    'mécanicien marine'
    >>> role_as_said("Agent(e) administratif(ve), classe 2 - archives", "n", spoken=True)
    'agent administratif ou agente administrative'
    >>> role_as_said("Agent(e) administratif(ve), classe 2 - archives", "n")
    'agent·e administratif·ve'
    >>> role_as_said("ÉDUCATEUR DES ACTIVITÉS PHYSIQUES ET SPORTIVES (ETAPS) H/F", "f")
    'éducatrice des activités physiques et sportives'
    >>> role_as_said("SCRUM MASTER / Coach Agile", "m")  # read 148
    'scrum master'
    >>> role_as_said("Masseur-Kinésithérapeute", "m")
    'masseur-kinésithérapeute'
    >>> role_as_said("Conseiller(ère) de vente Plomberie / Sanitaire H/F", "f")
    'conseillère de vente plomberie'
    >>> role_as_said("Vendeur Boulangerie", "f"), role_as_said("Product Owner", "f")
    ('vendeuse boulangerie', 'Product Owner')
    >>> role_as_said("APPRENTI(E) ÉLECTRICIEN(NE) 2E PÉRIODE - CONSTRUCTION", "f")
    'apprentie électricienne 2e période'
    >>> role_as_said("Adjoint administratif territorial (F/H) - cat. C", "f")
    'adjointe administrative territoriale'
    >>> role_as_said("Agent(e) administratif(ive)", "f")
    'agente administrative'
    >>> role_as_said("agent(e) de soutien aux proches aidant(e)s - temps partiel", "f")
    'agente de soutien aux proches aidants'
    >>> role_as_said("Audioprothésiste D.E. (H/F) – CDI 35h", "f")
    'audioprothésiste DE'
    >>> role_as_said("Déclarant en douane import/export (H/F) – CDI", "m")
    'déclarant en douane import-export'
    >>> role_as_said("tech en instrumentation et controle, poste permanent jour", "f")
    'technicienne en instrumentation et controle'
    >>> role_as_said("PLAQUISTE QUALIFIÉ N3P2 (H/F)", "m"), role_as_said("Chargé R&D & test", "m")
    ('plaquiste qualifié N3P2', 'chargé R&D et test')
    >>> role_as_said("OPÉRATEUR OU OPÉRATRICE EN EAU POTABLE – USINE DE FILTRATION", "m")
    'opérateur en eau potable'
    >>> role_as_said("Commis-affûteur de patins (étudiant, temps partiel soirs) – 16,10$/h", "m")
    'commis-affûteur de patins'
    >>> role_as_said("EQUIPIER(E) POLYVALENT(E) H/F - CDI 20H", "f")
    'équipière polyvalente'
    >>> role_as_said("Consultant·e fonctionnel·le SAP FI/CO confirmé·e (F/H/X) – CDI", "m")
    'consultant fonctionnel SAP FI/CO confirmé'

    A one-word title whose field follows the dash keeps it (read 255: « le poste
    d'analyste », « le poste de coordonnatrice », in four drafts):

    >>> role_as_said("Analyste – planification du réseau (transport collectif), poste 2026", "m")
    'analyste en planification du réseau'
    >>> role_as_said("Coordonnatrice – promotion de la santé (diabète), temps partiel", "f")
    'coordonnatrice en promotion de la santé'
    >>> role_as_said("Directeur·trice – maison des jeunes (28 h/sem.)", "f")
    'directrice'
    >>> role_as_said("Responsable des relations avec les Premières Nations", "f")
    'responsable des relations avec les Premières Nations'
    >>> role_as_said("Zone Manager Export Afrique de l'Ouest (F/H) – CDI cadre", "f")
    "Zone Manager Export Afrique de l'Ouest"
    >>> role_as_said("Chief of Staff – bureau de la PDG (poste permanent)", "f")
    'Chief of Staff'
    >>> role_as_said("Food & Beverage Manager (H/F) – CDI cadre – hôtel 4* – Biarritz", "m")
    'Food & Beverage Manager'
    >>> role_as_said("Libraire jeunesse & BD", "f"), role_as_said("Chargée Durable & RSE", "f")
    ('libraire jeunesse et BD', 'chargée durable et RSE')
    >>> role_as_said("Middle Officer Actions & Dérivés", "m")
    'Middle Officer Actions et dérivés'
    """
    # « Audioprothésiste D.E. » : the state diploma as a candidate writes it (fresh48:
    # « audioprothésiste DE., à la suite de… »).
    title = _STATE_DIPLOMA.sub("DE", title)
    title = _FIELD_AFTER_DASH.sub(lambda m: f"{m[1]} en {m[2].strip()}", title)
    # « chargé·e de diffusion & de production » : an advert's sign, not a letter's (fresh49);
    # but « Food & Beverage Manager » is an English title's own (read 372: « poste de food et
    # Beverage Manager », in four drafts).
    title = _AMPERSAND.sub(_ampersand, title)
    # « …, poste permanent jour », « import/export » (read 137: the advert pasted, the post
    # cut to « déclarant en douane import »).
    title = _TERMS_AFTER_COMMA.sub("", _PAIRED.sub(_paired, title))
    title = _TECH.sub("technicien", title)
    spelled = _ACRONYM_THEN_TITLE.match(title.strip())
    text = _GENDER_MENTION.sub("", _AFTER_DETAIL.sub("", spelled.group(2) if spelled else title))
    # « MÉCANICIEN OU MÉCANICIENNE MARINE » : the doublet's « ou » in capitals (fresh41).
    text = _CAPITAL_OR.sub(" ou ", text)
    # Read before the doublets are agreed, which writes them in lowercase: « APPRENTI(E)
    # ÉLECTRICIEN(NE) » gave « apprentie ÉLECTRICIENNE » (read 112).
    in_capitals = not any(c.islower() for c in _DETAIL.sub("", text))
    # The detail goes first: « (contractuel·le) » is not a word of the doublet (read 92).
    both = _said_in_both(_DETAIL.sub("", text).strip()) if gender == "n" and spoken else None
    text = both or INCLUSIVE.sub(lambda match: _agreed(match, gender, spoken), text)
    detailless = _without_schedule(_without_reference(_DETAIL.sub("", text).strip()))
    text = in_lowercase(detailless, in_capitals)
    # « Agent d'Entretien polyvalent », « Opérateur d'Abatteuse » : a noun the advert
    # capitalised, not a name (read 94).
    text = _MID_CAPITAL.sub(lambda match: match.group(0).lower(), text)
    # « Masseur-Kinésithérapeute » : a compound noun in title case (read 148).
    text = _COMPOUND_IN_TITLE_CASE.sub(lambda match: match.group(0).lower(), text)
    if text != detailless:
        # « MECANICIEN AUTOMOBILE CONFIRME » : capitals carry no accents (fresh6).
        text = title_as_written(text)
    left, slash, right = text.partition("/")
    # « support N1/N2 » : two levels of one post, kept whole (read 69).
    levels = re.search(r"\b\w{1,3}\d?$", left) and re.fullmatch(r"\w{1,3}\d?", right.strip())
    # « SAP FI/CO confirmé » : two modules of one post, acronyms on both sides (read 162:
    # « consultant fonctionnel SAP FI »).
    levels = levels or (
        re.search(r"\b[A-Z0-9]{2,4}$", left) and re.match(r"[A-Z0-9]{2,4}\b", right.strip())
    )
    # « bilingue français/néerlandais » : the two languages of one post (pair read 172: the
    # post cut to « standardiste bilingue français »).
    languages = bool(slash) and _LANGUAGE_PAIR.search(f"{left}/{right}") is not None
    if languages:
        text = _LANGUAGE_PAIR.sub(r"\1 et \2", text)
    if slash and left.strip() and right.strip() and not levels and not languages:
        left, right = left.strip(), right.strip()
        # Two jobs in one advert (« clerc de notaire / rédactrice d'actes ») or a shift
        # (« … / Soir »): the first is the post. Both, joined by « ou », weighed on every
        # sentence, three times in a call (read 66, eight drafts).
        one = _one_form(left, right, gender)
        text = left if one is None else one
        # « SCRUM MASTER / Coach Agile » : the part kept was typed in capitals (read 148).
        if not any(c.islower() for c in text):
            text = title_as_written(in_lowercase(text, in_capitals=True))
    # « commis-affûteur de patins (étudiant, temps partiel…) » : the details after the comma
    # went, and the bracket they closed with (read 160: « (étudiant. »).
    text = re.sub(r"\s*\([^()]*$", "", re.sub(r"\s{2,}", " ", text)).strip(" ,;")
    # « technicienne ou technicien en documentation » : the advert's doublet, of which a
    # candidate says their own (read 111).
    head, either, rest = text.partition(" ou ")
    if either and gender != "n" and " " not in head:
        text = _one_form(head, rest, gender) or text
        if gender == "m":
            # « technicien ou technicienne forestière » : the adjective written for the
            # feminine only (fresh41: « technicien forestière »).
            text = _masculine_rest(text)
    if gender == "f" and not INCLUSIVE.search(title) and not slash:
        # « technicien de maintenance éolien (H/F) » for a woman (read 78, four drafts).
        text = _feminine_head(text)
    if gender == "f":
        # « chef d'équipe » for a woman who writes « cheffe » (fresh9): the feminine the
        # Académie (2019) and the OQLF both give.
        text = _CHEF.sub(lambda match: match.group(0) + "fe", text)
    code = _CERTIFICATE_CODE.search(text)
    # « cordiste CQP niv.2 », « préparatrice de commandes CACES 1-3-5 » said three times
    # in a call (read 96): aloud, the post without its certificate's code; written too when
    # the code runs on (read 117: « cariste CACES R489 cat. 1-3-5 » in a subject).
    if code is not None and code.start() > 0 and (spoken or code["norm"] or code["cat"]):
        text = text[: code.start()]
    # « agent administratif, classe 2 » : the grade of the post, not its name (fresh41).
    text = _GRADE.sub("", text)
    # Written, the level in full: « cordiste CQP niveau 2 » (read 99: « CQP niv.2 »).
    text = _LEVEL_ABBREVIATED.sub("niveau ", text)
    return _as_common_noun(text) or title.strip()


# « & » between two unaccented words in title case stays (« Food & Beverage », « Sales &
# Marketing »); elsewhere it is « et » (« jeunesse & BD », « Développement Durable & RSE »,
# « Actions & Dérivés »).
# From a word's start only: from each letter of a long word, the rest of it was read again.
_AMPERSAND = re.compile(r"(?<!\S)(\S*) & (?=(\S*))")


def _ampersand(match: re.Match[str]) -> str:
    titled = all(w[:1].isupper() and w[1:].islower() and w.isascii() for w in (match[1], match[2]))
    return match[0] if titled else f"{match[1]} et "


_LANGUAGES = (
    "français|anglais|espagnol|allemand|italien|portugais|néerlandais|flamand|arabe|chinois"
    "|mandarin|russe|polonais|roumain|turc|créole|japonais|coréen|vietnamien|grec|hébreu"
)
_LANGUAGE_PAIR = re.compile(rf"\b({_LANGUAGES})\s*/\s*({_LANGUAGES})\b", re.IGNORECASE)
# A grade by its number or letter; « classe principale » names the post (read 78).
_GRADE = re.compile(
    r",\s*(?:classe|cat(?:égorie|\.)?|échelon|grade)\s+(?:\d+|[IVX]+|[A-C])\b.*$", re.IGNORECASE
)
_LEVEL_ABBREVIATED = re.compile(r"\bniv\.?\s?(?=\d)", re.IGNORECASE)


# The regular feminines of a job noun: « technicienne », « ouvrière », « boulangère »,
# « agente ». « -eur » is left alone: « conductrice » but « chanteuse », « acheteuse ».
_REGULAR_FEMININE = (
    (re.compile(r"ien$"), "ienne"),
    (re.compile(r"ier$"), "ière"),
    # Not the English « manager » (read 240: « managère de transition »).
    (re.compile(r"(?<=ll|.g|ch)(?<!manag)er$"), "ère"),
    (re.compile(r"(?<=\w\w)(?:ant|ent)$"), r"\g<0>e"),
    (re.compile(r"(?<=\w\w)oint$"), "ointe"),
    (re.compile(r"(?<=\w\w)é$"), "ée"),
)


# Job nouns in « -eur » whose feminine usage fixes (OQLF, Académie 2019): « éducatrice »,
# « vendeuse », « ingénieure ». Read 111: « éducateur » for a woman.
_EUR_FEMININE = {
    **{
        stem + "teur": stem + "trice"
        for stem in (
            "éduca anima conduc direc forma opéra coordonna coordina inspec rédac administra "
            "réparti prépara fac ac agricul instruc"
        ).split()
    },
    **{
        stem + "eur": stem + "euse"
        for stem in (
            "vend serv soud chauff développ programm contrôl mont entraîn nag sauvet couvr "
            "coiff livr ten régiss"
        ).split()
    },
    "ingénieur": "ingénieure",
    "professeur": "professeure",
}


# « poste de chargé·e de X » said « poste en X » when X names a field, not a client or a
# mission (« chargé de clientèle », « chargé de mission » are no field).
_NO_FIELD = frozenset(
    "clientèle mission missions projet projets affaires compte comptes cours".split()
)
# Heads said by their activity (« coordonnateur » → « coordination »), for the titles whose
# activity is the usual epicene wording of the post; each shares its first four letters with
# its head, as the checks expect of the job named by its activity (« vente » does not).
_ACTIVITY = {
    "coordonnateur": "coordination",
    "coordinateur": "coordination",
    "animateur": "animation",
    "formateur": "formation",
    "rédacteur": "rédaction",
    "directeur": "direction",
    "organisateur": "organisation",
    "programmateur": "programmation",
    "administrateur": "administration",
    "médiateur": "médiation",
    "superviseur": "supervision",
    "inspecteur": "inspection",
    "contrôleur": "contrôle",
    "préparateur": "préparation",
    "correcteur": "correction",
    "traducteur": "traduction",
    "réalisateur": "réalisation",
    "producteur": "production",
    "échantillonneur": "échantillonnage",
    "monteur": "montage",
    "soudeur": "soudage",
    # « sculpteur ou sculptrice » read heavy aloud (read 158); « poste de soufflage de verre »,
    # in writing, read odder than « souffleur ou souffleuse » (read 160).
    "sculpteur": "sculpture",
    "bruiteur": "bruitage",
    "enseignant": "enseignement",
    # « poste en génétique » left out what the job is (pair read 159).
    "conseiller": "conseil",
    "facilitateur": "facilitation",
    # « metteur·euse en piste » is « mise en piste », not « poste en piste » (read 351: four
    # drafts at 2).
    "metteur": "mise",
}
_LINKED = re.compile(r"(?:de|du|des|d’|d'|en|à|au|aux|sur)\b")
_FIELD_AFTER = re.compile(r"^\S+ (?:en (?P<en>\S.*)|de (?P<de>[^\W\d_]\S*(?: \S+)*))$")


def field_of_post(title: str, gender: Gender, spoken: bool = False) -> str | None:
    """« en documentation », what a non-binary person says after « poste », or None.

    A title whose head has two genders, said of oneself, was written « technicien·ne » or
    « moniteur-éducateur ou monitrice-éducatrice » in every letter; the hand writes around
    it, « le poste en documentation » (pair read 113). Only a field named after « en », or
    after « chargé·e de »; otherwise None, and the title is said as it is.

    >>> field_of_post("Technicien·ne en documentation – Bibliothèque", "n")
    'en documentation'
    >>> field_of_post("Chargé·e de médiation culturelle (CDD 12 mois)", "n")
    'en médiation culturelle'
    >>> field_of_post("chargé·e de clientèle", "n"), field_of_post("analyste en données", "n")
    (None, None)
    >>> field_of_post("Technicien·ne en documentation", "f") is None
    True

    A head named after its activity is said by it, as epicene writing does (pair read 153:
    « poste de coordination de tournée », not « coordonnateur·trice de tournée »):

    >>> field_of_post("coordonnateur·trice de tournée", "n")
    'de coordination de tournée'
    >>> field_of_post("Animateur·rice de la vie syndicale (H/F)", "n")
    'd’animation de la vie syndicale'
    >>> print(field_of_post("coordonnateur·trice principal·e", "n"))
    None

    Read aloud, the post is named as the advert names it (read 186):

    >>> field_of_post("Clown hospitalier·ère (H/F) – CDD 12 mois", "n", spoken=True)
    'de clown hospitalier'

    An activity's words that agree with nothing follow it; a head said in both genders
    when nothing else changes (read 243: « poste de facilitateur graphique » misgendered):

    >>> field_of_post("facilitateur·rice graphique (CDI 28h)", "n", spoken=True)
    'de facilitation graphique'
    >>> field_of_post("Animateur·rice mobilité / conseiller·ère en mobilité", "n", spoken=True)
    'd’animateur ou d’animatrice mobilité'
    >>> field_of_post("conseiller·ère clientèle bilingue", "n")
    >>> field_of_post("Metteur·euse en piste (H/F) – création jeune public 2027", "n")
    'de mise en piste'
    >>> field_of_post("ébéniste-restaurateur·rice d'art", "n", spoken=True)
    "d’ébéniste-restaurateur ou d’ébéniste-restauratrice d'art"
    """
    if gender != "n":
        return None
    masculine, feminine = role_as_said(title, "m", spoken), role_as_said(title, "f", spoken)
    if masculine == feminine:
        return None  # « analyste », « cariste » : the same for everyone
    head, _, rest = masculine.partition(" ")
    activity = _ACTIVITY.get(head)
    # « coordonnateur principal » would need the adjective agreed with « coordination »;
    # « facilitateur graphique » needs none (fresh100), but « conseiller clientèle » is no
    # « conseil clientèle »: only an adjective in « -ique », the same in both genders.
    epicene_rest = feminine.partition(" ")[2] == rest
    of_its_field = bool(re.fullmatch(r"[a-zà-ÿ-]+iques?", rest))
    if activity is not None and (not rest or _LINKED.match(rest) or of_its_field):
        elided = "d’" if activity[0] in "aeiouéè" else "de "
        return f"{elided}{activity} {rest}".rstrip()
    found = _FIELD_AFTER.match(masculine)
    said = _named_field(found, head) if found else None
    # Read aloud, « clown hospitalier ou clown hospitalière », twice in a call, was heavy
    # (read 186: four scripts): the post is named as the advert names it.
    if said is None and spoken:
        # The head alone in both genders, « facilitateur ou facilitatrice graphique », is no
        # heavier than the advert; the masculine alone misgendered (read 243, four drafts).
        both = role_as_said(title, "n", spoken) if epicene_rest else masculine
        return de(both)
    return said


def _named_field(found: re.Match[str], head: str) -> str | None:
    if found.group("en"):
        return f"en {found.group('en')}"
    field = found.group("de")
    # « chargé de communication et de vie coopérative » : « en communication et de vie… ».
    if head != "chargé" or field.split(" ", 1)[0] in _NO_FIELD or " de " in field:
        return None
    return f"en {field}"


def _feminine_head(title: str) -> str:
    """The title with its head noun, the first word, in its regular feminine.

    >>> _feminine_head("technicien de maintenance éolien"), _feminine_head("aide-cuisinier")
    ('technicienne de maintenance éolien', 'aide-cuisinière')
    >>> _feminine_head("agent de sécurité"), _feminine_head("chauffeur-livreur")
    ('agente de sécurité', 'chauffeuse-livreuse')
    >>> _feminine_head("designer UX"), _feminine_head("Scrum Master")
    ('designer UX', 'Scrum Master')
    >>> _feminine_head("éducateur des activités physiques"), _feminine_head("maître-nageur")
    ('éducatrice des activités physiques', 'maître-nageuse')
    >>> _feminine_head("chanteur"), _feminine_head("acheteur")
    ('chanteur', 'acheteur')
    >>> _feminine_head("Vendeur Boulangerie"), _feminine_head("Scrum Master")
    ('Vendeuse Boulangerie', 'Scrum Master')
    >>> _feminine_head("agent d'entretien polyvalent"), _feminine_head("ouvrier qualifié")
    ("agente d'entretien polyvalente", 'ouvrière qualifiée')
    >>> _feminine_head("Adjoint administratif territorial")
    'Adjointe administrative territoriale'
    >>> _feminine_head("chargé de recrutement"), _feminine_head("préposé aux bénéficiaires")
    ('chargée de recrutement', 'préposée aux bénéficiaires')
    >>> _feminine_head("coach sportif"), _feminine_head("secrétaire médical")
    ('coach sportive', 'secrétaire médicale')
    """
    head, space, rest = title.partition(" ")
    # « Vendeur Boulangerie », capitalised by the advert, is agreed too (read 111).
    if head[:1].isupper() and head[1:].islower():
        feminine = _feminine_head(head.lower() + space + rest)
        return _upper_first(feminine)
    if not head.islower():
        return title
    *before, last = head.split("-")
    # « chauffeur-livreur » : each noun of the compound (« chauffeuse-livreuse »).
    before = [_EUR_FEMININE.get(part, part) for part in before]
    if last in _EUR_FEMININE:
        return "-".join([*before, _EUR_FEMININE[last]]) + space + _agreed_rest(rest)
    for ending, feminine in _REGULAR_FEMININE:
        if ending.search(last):
            return "-".join([*before, ending.sub(feminine, last)]) + space + _agreed_rest(rest)
    # An epicene head keeps its form, its adjectives agree: « coach sportive », « secrétaire
    # médicale » (read 284: « coach sportif » for a woman).
    if (last.endswith("e") and last != "maître") or last in _EPICENE_HEADS:
        return "-".join([*before, last]) + space + _agreed_rest(rest)
    return title


# Job nouns of one form for both sexes that do not end in « -e ».
_EPICENE_HEADS = frozenset({"coach", "médecin", "chef"})


# The regular feminines of the adjectives right after a job noun: « adjointe administrative
# territoriale », « agente commerciale », « technicienne biomédicale » (read 112: « adjoint
# administratif territorial » for a woman).
_ADJECTIVE_FEMININE = (
    (re.compile(r"(?<=\w\w)if$"), "ive"),
    (re.compile(r"(?<=\w\w)al$"), "ale"),
    (re.compile(r"(?<=\w\w)el$"), "elle"),
    (re.compile(r"(?<=\w\w)ier$"), "ière"),
    (re.compile(r"(?<=\w\w)é$"), "ée"),
    (re.compile(r"(?<=\w\w)(?:ant|(?<!m)ent|ain|érieur)$"), r"\g<0>e"),
)
# Nouns an advert sets after the job noun with no preposition (« technicien terrain »,
# « serveur restaurant »): they look like adjectives in -ant, -ent, -ain and stay as they
# are; a noun in -ment never agrees (« électricienne bâtiment », not « bâtimente »).
_NOUNS_LIKE_ADJECTIVES = frozenset(
    "restaurant client clients terrain terrains accident accidents incident incidents talent "
    "talents parent parents enfant enfants adolescent étudiant étudiants résident résidents "
    "patient patients train trains pain levain grain bain agent agents argent gérant "
    "consultant intervenant dirigeant santé société comité marché café clé"
    # « fournituriste atelier couture » (read 324: « atelière »).
    " atelier ateliers chantier chantiers quartier métier métiers".split()
)


_CAPITAL_OR = re.compile(r"(?<=[A-ZÉÈÀ]) OU (?=[A-ZÉÈÀ])")
_ADJECTIVE_MASCULINE = ((re.compile(r"ière$"), "ier"), (re.compile(r"ienne$"), "ien"))


def _masculine_rest(title: str) -> str:
    """The adjective right after the head in the masculine: « technicien forestier ».

    >>> _masculine_rest("technicien forestière"), _masculine_rest("mécanicien marine")
    ('technicien forestier', 'mécanicien marine')
    """
    head, _, rest = title.partition(" ")
    if not rest:
        return title
    first, _, after = rest.partition(" ")
    agreed = next((e.sub(m, first) for e, m in _ADJECTIVE_MASCULINE if e.search(first)), first)
    return " ".join(part for part in (head, agreed, after) if part)


def _agreed_rest(rest: str) -> str:
    """``rest`` with the adjectives right after the head, and its last one, agreed.

    >>> _agreed_rest("administratif territorial"), _agreed_rest("de sécurité")
    ('administrative territoriale', 'de sécurité')
    >>> _agreed_rest("informatique principal"), _agreed_rest("d'entretien polyvalent")
    ('informatique principale', "d'entretien polyvalente")

    An advert's noun after the head stays as it is (« technicienne terrain »):

    >>> _agreed_rest("terrain"), _agreed_rest("bâtiment N3P1"), _agreed_rest("itinérant")
    ('terrain', 'bâtiment N3P1', 'itinérante')
    >>> _agreed_rest("administratif et financier"), _agreed_rest("sécurité")
    ('administrative et financière', 'sécurité')
    """
    words = rest.split(" ")
    for index, word in enumerate(words):
        # « responsable administrative et financière » : both adjectives agree.
        if word == "et" and index > 0:
            continue
        agreed = next((e.sub(f, word) for e, f in _ADJECTIVE_FEMININE if e.search(word)), None)
        if agreed is None or word in _NOUNS_LIKE_ADJECTIVES or word.endswith("ité"):
            break
        if not (word.isalpha() and word.islower()):
            break
        words[index] = agreed
    return _agreed_last(" ".join(words))


# The adjectives a title ends with that go with its head: « agente d'entretien polyvalente ».
_LAST_ADJECTIVE = {
    "polyvalent": "polyvalente",
    "qualifié": "qualifiée",
    "confirmé": "confirmée",
    "expérimenté": "expérimentée",
    "diplômé": "diplômée",
    "spécialisé": "spécialisée",
    "principal": "principale",
    "saisonnier": "saisonnière",
    "débutant": "débutante",
}


def _agreed_last(rest: str) -> str:
    """``rest`` with its last word agreed when it is one of the head's adjectives."""
    head, space, last = rest.rpartition(" ")
    return f"{head}{space}{_LAST_ADJECTIVE.get(last, last)}"


# Not in a compound whose head is already feminine (« entraîneuse-chef », « rédactrice en
# chef »), where usage keeps « chef »; « sous-chef » is a head of its own.
_CHEF = re.compile(r"(?<![^\W\d_])(?<!\w-)(?<!\ben )chef(?![^\W\d_])|(?<=sous-)chef\b", re.I)


# « infirmiere », « conseillere » : no French title ends in « -ere » without its accent.
_MISSING_GRAVE = re.compile(r"(?<=\w)ere(s?)\b")


def _as_common_noun(title: str) -> str:
    """A title is a common noun in running text: « poste de formateur FLE ».

    Not « de Formateur FLE »; a name of two capitalised words (« Scrum Master ») keeps its
    capitals.
    """
    text = _MISSING_GRAVE.sub(r"ère\1", title)
    words = [
        w.lower() if w.isupper() and w.lower() in _NUMBERED_NOUNS else w for w in text.split(" ")
    ]
    titled = [w[:1].isupper() and w[1:].islower() for w in words]
    # « Scrum Master », « Product Owner » keep their capitals: two titled words in a row
    # are a name or an English title, which a lowercase would misspell; a French job noun
    # (« Programmeur Gameplay ») or a French adjective (« Sénior ») does not.
    for i, (word, is_titled) in enumerate(zip(words, titled, strict=True)):
        follows_place = i > 0 and words[i - 1].lower() in _BEFORE_A_PLACE
        french = _FRENCH_WORD.search(word) is not None
        alone = i == 0 and not (len(words) > 1 and titled[1])
        # « Plant Manager » : « plant » looks French, but the English head says the title is
        # English (read 230: « plant Manager »).
        # « Chief of Staff », « Head of Sales » (read 355's detectors: « chief of Staff »),
        # « Food & Beverage Manager » (read 372).
        english = i + 1 < len(words) and (
            words[i + 1] in _ENGLISH_HEADS or words[i + 1] in ("of", "for", "&", "and")
        )
        if (
            is_titled
            and not follows_place
            and (alone or french)
            and not english
            and word not in _INSTITUTIONS
        ):
            words[i] = word.lower()
    return " ".join(words)


_ENGLISH_HEADS = frozenset(
    "Manager Officer Director Engineer Lead Owner Designer Developer Analyst Specialist"
    " Coordinator Planner Controller Buyer".split()
)
# « procureur de la République » (read 214: « de la république » in four drafts).
# « les Premières Nations » (read 264: « premières Nations » in a subject and a letter);
# « Afrique de l'Ouest » (read 268: « afrique de l'ouest »).
_INSTITUTIONS = frozenset(
    "République État Premières Premiers Afrique Amérique Asie Europe Océanie Antilles Caraïbes"
    " Maghreb Pacifique Atlantique Méditerranée Québec Canada France Acadie".split()
)


# The endings of French job nouns, and accented letters, that an English title lacks.
_FRENCH_WORD = re.compile(
    # « vente Plomberie », « Technicien Informatique », « Responsable Menuiserie » (read 111).
    r"(?:eur|euse|rice|ier|ière|ien|ienne|iste|aire|ant|ante|ent|ente|é|ée|ef|erc|ogue|erie"
    r"|ique|able)$|[éèêàâîôûç]"
)
_BEFORE_A_PLACE = frozenset("à au aux de du des en d' l'".split())
