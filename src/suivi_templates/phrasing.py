"""Shape what people type into phrases a French sentence can hold.

People jot an interview down the way notes come: a topic as a question, an infinitive or a
bare noun, an organisation with its article or without, a promise as a verb phrase. The
templates need noun phrases with their determiner and an organisation with the right
preposition; this module turns the first into the second, deterministically, and leaves
alone what it does not recognise rather than guess wildly.

>>> topic_phrase("comment l’équipe planifie-t-elle les quarts?")
'la façon dont l’équipe planifie les quarts'
>>> topic_phrase("réduire les retards"), topic_phrase("planification des arrêts")
('la façon de réduire les retards', 'la planification des arrêts')
>>> organisation(Company(name="Ville de Gatineau")).at
'à la Ville de Gatineau'
>>> organisation(Company(name="Le Bon Marché")).of, organisation(Company(name="Hachette")).at
('du Bon Marché', 'chez Hachette')
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache, partial
from typing import Literal

from suivi_templates.formatting import elides
from suivi_templates.models import Company
from suivi_templates.typography import MONTHS

__all__ = [
    "Organisation",
    "as_clause",
    "organisation",
    "overlaps",
    "own_sentence",
    "promised_item",
    "reframe",
    "spoken_topic",
    "topic_phrase",
]

Article = Literal["le", "la", "les", "l'"]

_DETERMINERS = frozenset(
    """
    le la les l un une des du de au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre
    nos votre vos leur leurs plusieurs quelques certains certaines chaque tout toute tous toutes
    deux trois quatre cinq six sept huit neuf dix
    """.split()
)
_PRONOUN_STARTS = frozenset(
    "je j nous on il elle ils elles mon ma mes notre nos ce cette ces le la les l un une".split()
)


def _first(text: str) -> str:
    match = re.match(r"[^\s'’]+['’]?", text)
    return match.group(0) if match else ""


def _bare(word: str) -> str:
    return word.casefold().rstrip("'’")


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]


def _with_article(article: Article, phrase: str) -> str:
    if article == "les":
        return f"les {phrase}"
    if elides(phrase):
        return f"l’{phrase}"
    return f"{article} {phrase}"


# --- Organisations -------------------------------------------------------------------------

# Common nouns that open an institution's name, with the article the name takes in a
# sentence: « à la Ville de Gatineau », « à l'Université de Sherbrooke », « au Musée … ».
_INSTITUTION_NOUNS: dict[Article, str] = {
    "la": """ville municipalité mairie région préfecture commission caisse coopérative
            société agence régie banque mutuelle fondation fédération association clinique
            bibliothèque maison résidence direction chambre compagnie corporation
            garderie pharmacie polyclinique communauté métropole présidence cour boulangerie
            librairie ferme brasserie""",
    "le": """ministère centre musée collège cégep conseil groupe cabinet laboratoire
            département syndicat conservatoire théâtre service regroupement réseau bureau
            secrétariat port parc tribunal commissariat lycée club restaurant studio atelier
            magasin cinéma village camping domaine château""",
    "l'": """université école hôpital institut office agence orchestre association
            entreprise usine épicerie auberge hôtel""",
}
_INSTITUTIONS: dict[str, Article] = {
    noun: article for article, nouns in _INSTITUTION_NOUNS.items() for noun in nouns.split()
}
# Heads that stay lowercase in running text before the body's own name (OQLF, Grevisse).
_LOWERCASE_HEADS = frozenset({"ministère"})
# Acronyms of public bodies, with their article (« au CIUSSS », « à la RATP »).
_ACRONYMS: dict[str, Article] = {
    **dict.fromkeys(
        "CIUSSS CISSS CHU CHUM CLSC CPE CSSS CSS CNRS EHPAD SPVM CNESST CRDS CHSLD CEGEP "
        "CÉGEP MAPAQ CRHA".split(),
        "le",
    ),
    **dict.fromkeys(
        "RATP SNCF SAQ STM RAMQ SAAQ SQ CAF CPAM MSA CCI SEPAQ RTC STL STO AP-HP".split(), "la"
    ),
    **dict.fromkeys("INSERM INRAE ONF OQLF UQAM ÉTS ETS INRS INSA".split(), "l'"),
}
# Acronyms of common nouns a topic may be jotted as (« SST » is « la SST »).
_TOPIC_ACRONYMS: dict[str, Article] = {
    **dict.fromkeys("SST RSE QVT GMAO GPEC GRH PAIE DRH".split(), "la"),
    **dict.fromkeys(
        "CRM BIM SIRH PGI DPI SEO TMS WMS ROI CACES BAFA BTS DUT DEC DEP CAP BEP CQP DU PDSB "
        "BPJEPS".split(),
        "le",
    ),
    **dict.fromkeys("RH TI KPI TIC".split(), "les"),
    **dict.fromkeys("IA ERP UX AEC HACCP".split(), "l'"),
}
# Brands that French names with « le », hotels first: « au Hilton », « du Novotel ».
_MASCULINE_BRANDS = frozenset(
    "hilton novotel sofitel marriott ritz mercure ibis pullman hyatt sheraton westin fairmont "
    "radisson intercontinental".split()
)
_CONTRACT_OF: dict[Article, str] = {"le": "du ", "les": "des ", "la": "de la ", "l'": "de l’"}
_CONTRACT_AT: dict[Article, str] = {"le": "au ", "les": "aux ", "la": "à la ", "l'": "à l’"}
_ARTICLE_WORD = re.compile(r"^(le|la|les)\s+|^(l)['’]\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Organisation:
    """An organisation's name and how a sentence holds it.

    ``article`` is the article a sentence adds (« la Ville de Gatineau »); ``bound`` is an
    article that belongs to the name itself, capital kept (« La Capitale », « Le Bon
    Marché »): it still contracts, as French usage has it (« au Bon Marché »).
    """

    name: str
    article: Article | None = None
    bound: Article | None = None

    @property
    def plain(self) -> str:
        """The name as a sentence holds it: « la Ville de Gatineau », « Hachette »."""
        if self.article:
            return _with_article(self.article, self.name)
        return self.name

    @property
    def _elided(self) -> Article | None:
        """« le EHPAD » is « l’EHPAD »: the article elides before a vowel."""
        if self.article in ("le", "la") and elides(self.name):
            return "l'"
        return self.article

    def _contracted(self, contractions: dict[Article, str]) -> str | None:
        """The name after a contracted article (« du », « au »…), when it takes one."""
        if self._elided:
            return contractions[self._elided] + self.name
        if self.bound in ("le", "les"):
            return contractions[self.bound] + _ARTICLE_WORD.sub("", self.name)
        return None

    @property
    def of(self) -> str:
        """After « de »: « de la Ville de Gatineau », « du Bon Marché », « d’Hydro-Québec »."""
        plain_de = f"d’{self.name}" if elides(self.name) else f"de {self.name}"
        return self._contracted(_CONTRACT_OF) or plain_de

    @property
    def at(self) -> str:
        """Where one works: « à la Ville de Gatineau », « au Bon Marché », « chez Hachette »."""
        plain_at = f"à {self.name}" if self.bound == "la" else f"chez {self.name}"
        return self._contracted(_CONTRACT_AT) or plain_at


def _split_article(name: str) -> tuple[Article | None, str]:
    match = _ARTICLE_WORD.match(name)
    if not match:
        return None, name
    article: Article = "l'" if match.group(2) else match.group(1).lower()  # type: ignore[assignment]
    return article, name[match.end() :]


@lru_cache(maxsize=1024)
def _organisation(name: str, article: Article | None) -> Organisation:
    typed, rest = _split_article(name)
    head = _bare(_first(rest)).strip("-")
    if typed is not None:
        written_lower = name[:1].islower()
        if article or written_lower or head in _INSTITUTIONS:
            # « la Ville de Gatineau » typed whole: the article is the sentence's.
            return Organisation(rest, article or typed)
        return Organisation(name, None, bound=typed)
    if head in _LOWERCASE_HEADS:
        name = name[:1].lower() + name[1:]  # « au ministère de l’Innovation »
    if article:
        return Organisation(name, article)
    if head in _INSTITUTIONS:
        return Organisation(name, _INSTITUTIONS[head])
    acronym = _first(name).strip("-")
    if acronym in _ACRONYMS:
        return Organisation(name, _ACRONYMS[acronym])
    if head in _MASCULINE_BRANDS:
        return Organisation(name, "le")
    return Organisation(name)


def organisation(company: Company) -> Organisation:
    """How sentences hold ``company``: its article given, typed, or known from its first word.

    >>> organisation(Company(name="CIUSSS du Centre-Sud")).at
    'au CIUSSS du Centre-Sud'
    >>> organisation(Company(name="La Capitale")).at, organisation(Company(name="L’Occitane")).at
    ('à La Capitale', 'chez L’Occitane')
    >>> organisation(Company(name="Université de Sherbrooke")).of
    'de l’Université de Sherbrooke'
    """
    return _organisation(company.name, company.article)


# --- Topics ------------------------------------------------------------------------------

_INTERROGATIVES = {
    "comment": "la façon dont ",
    "pourquoi": "les raisons pour lesquelles ",
}
_QUESTION_WORDS = frozenset(
    """quand où combien quel quelle quels quelles qui quoi lequel laquelle lesquels
    lesquelles""".split()
)
_INVERSION = re.compile(
    r"\b([\w’']+?)-(?:t-)?(je|tu|il|elle|on|nous|vous|ils|elles)\b", re.IGNORECASE
)
_PRONOUN_SUBJECTS = frozenset("je tu nous vous".split())

# Infinitive endings, and the nouns that share them (« dossier de… », « centre de… »).
_INFINITIVE = re.compile(
    r"(?:er|ir|oir|ttre|ître|ndre|vre|uire|dire|lire|crire|rire|ffire|oudre|aindre|eindre|"
    r"oindre|faire|plaire|boire|croire|clure|être|aincre|ompre)$"
)
_NOT_INFINITIVES = frozenset(
    """
    dossier atelier chantier calendrier fichier métier papier premier dernier hiver courrier
    quartier cahier panier clavier escalier sentier quotidien plaisir avenir loisir désir
    souvenir espoir devoir pouvoir savoir miroir couloir trottoir lettre maître livre œuvre
    manœuvre pauvre cendre gendre tendre ordre désordre cuir laser leader manager poster
    cluster partenaire salaire horaire inventaire entrepôt super mer fer enfer hier cancer
    """.split()
)
_FOLLOWS_A_VERB = _DETERMINERS | frozenset(
    "en à avec plus mieux davantage sur face place ensemble vers dans chez rapidement".split()
)

_FEMININE = (
    "tion",
    "sion",
    "xion",
    "aison",
    "té",
    "ure",
    "ance",
    "ence",
    "ie",
    "ise",
    "ude",
    "ade",
    "esse",
    "ette",
    "elle",
    "ière",
    "euse",
    "rice",
    "ine",
    "ée",
    "ode",
    "ique",
    "eur",
    "ole",
    "ouche",
    "ille",
    "ogie",
    "aphie",
    "alité",
)
_MASCULINE = (
    "ment",
    "age",
    "isme",
    "eau",
    "oir",
    "ier",
    "teur",
    "seur",
    "neur",
    "at",
    "et",
    "ail",
    "ème",
    "ège",
    "aire",
    "iste",
    "on",
    "in",
    "ain",
    "ent",
    "ant",
    "al",
    "el",
    "il",
    "ol",
    "ot",
    "ou",
    "us",
    "is",
    "ord",
    "ard",
    "ort",
    "ueil",
    "ice",
    "ôme",
    "ome",
    "gramme",
    "logue",
    "er",
    "ez",
    "ysée",
)
_LANGUAGES = frozenset(
    """anglais français espagnol allemand italien portugais mandarin cantonais chinois japonais
    coréen arabe russe polonais néerlandais créole innu inuktitut ukrainien roumain turc
    vietnamien hindi ourdou persan grec hébreu wolof swahili""".split()
)

_GENDER_EXCEPTIONS: dict[str, Article] = {
    **dict.fromkeys(
        """image page plage cage nage rage main fin façon leçon mission clientèle loi foi fois
        peur valeur couleur chaleur douleur largeur longueur hauteur erreur humeur rigueur
        vigueur saveur faveur lueur sueur fleur""".split(),
        "la",
    ),
    **dict.fromkeys(
        """service logiciel projet budget système programme problème rôle modèle contrôle
        volume groupe secteur marché poste site stade type manque risque stock style chiffre
        domaine périmètre personnel processus réseau télétravail musée lycée génie incendie
        magazine silence commerce exercice bénéfice service espace parc portefeuille
        lancement développement recrutement accueil suivi emploi tableur moteur serveur
        compteur bonheur honneur acteur facteur indicateur employeur fournisseur quart
        temps cas accès succès progrès prix choix cours concours parcours secours permis
        avis devis virus campus consensus stress""".split(),
        "le",
    ),
    # Languages are common nouns, masculine, written in lowercase (« l’anglais »).
    **dict.fromkeys(_LANGUAGES, "le"),
}
_SINGULAR_S = frozenset(
    """
    processus temps cas accès succès progrès corps poids prix choix cours concours discours
    recours parcours secours dos bus campus virus consensus stress business bras repas permis
    avis devis tennis paradis mois
    """.split()
) | {language for language in _LANGUAGES if language.endswith("s")}
_SUFFIXED = _FEMININE + _MASCULINE
# Endings that mark a common noun even with a capital (« Inventaire », « Planification »);
# short ones (« -al », « -on ») end too many names (« Montréal », « Lyon »).
_NOUN_SUFFIXES = (
    "tion",
    "sion",
    "xion",
    "aison",
    "ure",
    "ance",
    "ence",
    "ise",
    "ude",
    "esse",
    "ette",
    "ière",
    "euse",
    "rice",
    "ogie",
    "aphie",
    "alité",
    "ité",
    "ment",
    "age",
    "isme",
    "eau",
    "oir",
    "ier",
    "teur",
    "aire",
    "iste",
    "gramme",
)


def _gender(word: str) -> Article:
    if word in _GENDER_EXCEPTIONS:
        return _GENDER_EXCEPTIONS[word]
    for ending in sorted(_SUFFIXED, key=len, reverse=True):
        if word.endswith(ending):
            return "la" if ending in _FEMININE else "le"
    return "la" if word.endswith("e") else "le"


def _is_plural(word: str) -> bool:
    return word.endswith(("s", "x")) and word not in _SINGULAR_S


def _is_common_word(word: str) -> bool:
    """A capitalised word that is a common noun at a sentence start, not a proper name."""
    folded = word.casefold()
    if word[1:] != word[1:].lower() or not word[:1].isupper():
        return False
    return (
        folded in _DETERMINERS
        or folded in _GENDER_EXCEPTIONS
        or folded in _INTERROGATIVES
        or folded in _QUESTION_WORDS
        or folded.rstrip("sx").endswith(_NOUN_SUFFIXES)
        or (bool(_INFINITIVE.search(folded)) and folded not in _NOT_INFINITIVES)
    )


def _sentence_case(text: str) -> bool:
    """« Quarts de nuit »: a plural common noun with a capital, before lowercase words."""
    words = text.split()
    first = words[0]
    singular = first.casefold().rstrip("sx")
    return (
        len(words) >= 2
        and first[:1].isupper()
        and first[1:].islower()
        and first.casefold().endswith(("s", "x"))
        and (singular in _GENDER_EXCEPTIONS or singular.endswith(_NOUN_SUFFIXES))
    )


def _names_something(text: str) -> bool:
    """« Power BI », « Civil 3D »: a capital or a digit in the next words marks a name.

    An action noun followed by an acronym is the noun and its complement, not a name:
    « Financement FRQSC » is « le financement FRQSC », « Migration SAP » « la migration SAP ».
    """
    words = text.split()
    following = words[1:3]
    if following and _is_acronym(following[0]) and _is_action_noun(words[0]):
        return False
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in following)


def _is_acronym(word: str) -> bool:
    letters = [c for c in word if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters)


def _is_action_noun(word: str) -> bool:
    """« Financement », « Migration », « Gestion »: a noun made from a verb."""
    return word.casefold().rstrip("s").endswith(("ment", "tion", "sion", "age"))


def _is_infinitive(words: list[str]) -> bool:
    head = _bare(words[0])
    if head in ("de", "d") and len(words) > 1:
        head = _bare(words[1])
    if "-" in head or not _INFINITIVE.search(head):
        return False  # « turn-over », « savoir-faire »
    following = _bare(_first(" ".join(words[1:])))
    if following in _FOLLOWS_A_VERB - {"de", "du", "des"}:
        return True  # « manager une équipe », « migrer vers Kubernetes »
    if head in _NOT_INFINITIVES:
        return False
    return not following or head in ("faire", "mettre")


def _uninvert(question: str) -> str:
    """« l'équipe planifie-t-elle » → « l'équipe planifie »; « avez-vous » → « vous avez »."""

    def put_back(match: re.Match[str]) -> str:
        verb, pronoun = match.group(1), match.group(2)
        before = question[: match.start()].split()
        if pronoun.casefold() in _PRONOUN_SUBJECTS or not before:
            return f"{pronoun.lower()} {verb}"
        return verb

    return _INVERSION.sub(put_back, question, count=1)


def _question_phrase(question: str) -> str:
    words = question.split(maxsplit=1)
    head = _bare(words[0])
    rest = _uninvert(words[1]) if len(words) > 1 else ""
    if head == "comment" and _is_infinitive(rest.split()):
        return "la façon " + ("d’" if elides(rest) else "de ") + rest
    if head in _INTERROGATIVES and rest:
        return _INTERROGATIVES[head] + rest
    if head == "est-ce" and rest.casefold().startswith(("que ", "qu’", "qu'")):
        return _whether(re.sub(r"^qu(?:e |['’])", "", rest, flags=re.IGNORECASE))
    if head in _QUESTION_WORDS and rest:
        return f"la question de savoir {_lower_first(words[0])} {rest}"
    if _INVERSION.search(question):
        return _whether(_uninvert(question))
    return _noun_phrase(question)


def _whether(clause: str) -> str:
    """« la question de savoir si … », elided before il and ils."""
    return "la question de savoir " + re.sub(r"^si (il|ils)\b", r"s’\1", f"si {clause}")


def _noun_phrase(phrase: str) -> str:
    words = phrase.split()
    head = _bare(_first(phrase))
    if head in _DETERMINERS:
        return phrase
    first = words[0]
    if (first.isupper() and len(first) > 1) or any(c.isupper() for c in first[1:]):
        acronym = first.strip(",.")
        if acronym in _TOPIC_ACRONYMS:
            return _with_article(_TOPIC_ACRONYMS[acronym], phrase)
        return phrase  # an acronym, a product or a proper name: « Excel », « SAP »
    if first[:1].isupper():
        return phrase  # a proper name the sentence keeps as written
    # « anglais et mandarin », « santé et sécurité »: each member takes its own article.
    left, joined, right = phrase.partition(" et ")
    if joined and len(left.split()) <= 3 and len(right.split()) <= 4 and right[:1].islower():
        return f"{_noun_phrase(left)} et {_noun_phrase(right)}"
    if _is_plural(head):
        return f"les {phrase}"
    return _with_article(_gender(head), phrase)


@lru_cache(maxsize=4096)
def topic_phrase(subject: str) -> str:
    """A topic as a noun phrase with its determiner, whatever form it was jotted in.

    >>> topic_phrase("Pourquoi le roulement est-il si élevé ?")
    'les raisons pour lesquelles le roulement est si élevé'
    >>> topic_phrase("Comment planifiez-vous les quarts?")
    'la façon dont vous planifiez les quarts'
    >>> topic_phrase("Excel"), topic_phrase("horaires de nuit"), topic_phrase("la paie")
    ('Excel', 'les horaires de nuit', 'la paie')
    >>> topic_phrase("passage à TMS Cube en janvier?")
    'le passage à TMS Cube en janvier'
    >>> topic_phrase("Financement FRQSC"), topic_phrase("Power BI")
    ('le financement FRQSC', 'Power BI')
    >>> topic_phrase("Anglais et mandarin"), topic_phrase("tri et emballage des colis")
    ('l’anglais et le mandarin', 'le tri et l’emballage des colis')
    """
    text = subject.strip().rstrip(" .;!…")
    is_question = text.endswith("?")
    text = text.rstrip(" ?\u00a0\u202f").strip()
    if not text:
        return subject.strip()
    first = _first(text)
    if (_is_common_word(first) or _sentence_case(text)) and not _names_something(text):
        text = _lower_first(text)
    head = _bare(_first(text))
    if is_question or head in _INTERROGATIVES or head in _QUESTION_WORDS or head == "est-ce":
        return _question_phrase(text)
    words = text.split()
    if _is_infinitive(words):
        infinitive = re.sub(r"^d(?:e |['’])", "", text)
        return "la façon " + ("d’" if elides(infinitive) else "de ") + infinitive
    return _noun_phrase(text)


_SPOKEN_CUTS = re.compile(
    r"\s*(?:[,;:(–—]| - | pour | afin | avec | dans | lorsque | depuis | qui "
    r"| et (?=(?:les?|la|l['’]|des|du) ))"
)


def spoken_topic(phrase: str, most: int = 8) -> str:
    """A short form of a long topic for speech: its first clause, at most ``most`` words.

    A topic with no clean place to cut is kept whole: a truncated thought sounds worse.

    >>> spoken_topic("la migration du catalogue vers Koha, prévue pour l'été avec l'équipe")
    'la migration du catalogue vers Koha'
    """
    words = phrase.split()
    if len(words) <= most:
        return phrase
    for match in _SPOKEN_CUTS.finditer(phrase):
        head = phrase[: match.start()]
        if 3 <= len(head.split()) <= most and head.count("«") == head.count("»"):
            return head
    return phrase  # no clean cut: better whole than cut mid-thought


# Numbers people write out in notes (« six ans », « trois hottes »).
_NUMBER_WORDS = "deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"


# What the interviewer dwelt on comes first (« elle en a parlé longtemps »).
_EMPHASIS = re.compile(
    r"\b(?:longtemps|insisté|insiste|beaucoup parlé|priorité|surtout ça|revenu[e]? plusieurs)\b",
    re.I,
)


def emphasised(note: str | None) -> bool:
    """Whether a topic's note says the interviewer dwelt on it.

    >>> emphasised("elle en a parlé longtemps")
    True
    """
    return bool(note and _EMPHASIS.search(note))


# --- Promises, facts, the candidate's own sentences ---------------------------------------

_SENDING = re.compile(
    r"^(?:(?:lui|leur|vous)\s+)?(?:(?P<access>donner\s+accès)|envoyer|renvoyer|transmettre|faire\s+parvenir|faire\s+suivre|"
    r"partager|fournir|communiquer|remettre|adresser|soumettre|donner|montrer|expédier|acheminer|"
    r"faire\s+(?:voir|écouter|lire|découvrir))"
    r"(?:\s+(?:par\s+courriel|par\s+mail|rapidement|bientôt))?\s+(?P<item>.+)$",
    re.IGNORECASE,
)
# « donner accès au script » sends « le script ».
_ACCESS = {"au ": "le ", "aux ": "les ", "à la ": "la ", "à l’": "l’", "à l'": "l'", "à ": ""}


def promised_item(promise: str) -> str | None:
    """What a sending promise sends (« lui envoyer mon portfolio » → « mon portfolio »).

    None when the promise is another act (« suivre une formation »): it cannot be attached.

    >>> promised_item("lui transmettre mon analyse du recouvrement")
    'mon analyse du recouvrement'
    >>> promised_item("me renseigner sur la norme ISO 13485") is None
    True
    """
    match = _SENDING.match(promise.strip().rstrip("."))
    if match is None:
        return None
    item = match.group("item")
    if match.group("access"):
        for contracted, article in _ACCESS.items():
            if item.startswith(contracted):
                item = article + item[len(contracted) :]
                break
    if _bare(_first(item)) not in _DETERMINERS and not item[:1].isdigit():
        return None
    return item


_CONTACT_DETAILS = re.compile(r"(?:les|des|ses|mes) coordonnées|le contact|le numéro", re.I)


def attachable(promise: str) -> bool:
    """Whether a promise sends something a message can carry (contact details go in words).

    >>> attachable("lui envoyer mon portfolio"), attachable("lui envoyer les coordonnées de X")
    (True, False)
    """
    item = promised_item(promise)
    return item is not None and not _CONTACT_DETAILS.match(item)


_OPENING_WORDS = _PRONOUN_STARTS | _DETERMINERS


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
    """
    text = current_names(sentence.strip().rstrip(" .;"))
    if _bare(_first(text)) in _OPENING_WORDS:
        text = _lower_first(text)
    return text


# « six ans en relations de presse » is how an asset is jotted; a letter owns it: « mes six ans ».
_DURATION = re.compile(
    rf"^(?:\d+|{_NUMBER_WORDS})\s+(?:ans|années|mois)\b",
    re.IGNORECASE,
)


def asset(highlight: str) -> str:
    """A highlight as the candidate's own: « six ans en… » becomes « mes six ans en… ».

    >>> asset("six ans en relations de presse municipales")
    'mes six ans en relations de presse municipales'
    >>> asset("mon CQP agent de sûreté aéroportuaire")
    'mon CQP agent de sûreté aéroportuaire'
    """
    text = as_clause(highlight)
    return f"mes {text}" if _DURATION.match(text) else text


_PRONOUN_OF = {"mon": "le", "ma": "la", "mes": "les"}

# « Mon anglais est correct mais pas parfait » : a weakness, noted bare.
_BARE_WEAKNESS = re.compile(
    r"^(mon|ma|mes) ([\w-]+(?: [\w-]+)?) (?:est|sont) (?:\w+ )?(?:mais|sans être) "
    r"(?:pas )?(?:encore )?parfaite?s?\b.*$",
    re.I,
)


def unprompted_weakness(note: str, topics: list[str]) -> bool:
    """A bare weakness the interview did not touch: a thank-you does not raise it (R10).

    >>> unprompted_weakness("Mon anglais est correct mais pas parfait.", ["la fouille des bagages"])
    True
    >>> unprompted_weakness("Mon anglais est correct mais pas parfait.", ["l'anglais au comptoir"])
    False
    """
    return bool(_BARE_WEAKNESS.match(note.strip())) and not any(
        overlaps(note, topic) for topic in topics
    )


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
_SELF_REPROACH: list[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]]] = [
    (
        _opening(
            rf"{_HAVE} oublié de (?:dire|mentionner|préciser) que",
            r"je n['’]ai pas (?:dit|mentionné|précisé) que",
        ),
        _NOT_RAISED,
    ),
    (_opening(r"j['’]aurais dû (?:dire|mentionner|préciser) que"), _NOT_RAISED),
    (
        _opening(
            rf"(?:{_HAVE} oublié de|j['’]aurais dû) "
            r"(?:parler|vous parler|mentionner|citer|évoquer)",
            r"je n['’]ai pas (?:parlé|eu le temps de parler)",
        ),
        "Je voudrais aussi mentionner ",
    ),
    (
        _opening(r"je n['’]ai pas assez (?:insisté sur|parlé de|mis en avant)"),
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
    (
        re.compile(r"^j['’]ai dit que (.+?),? mais en (?:fait|réalité),?\s+", re.I),
        r"Je voudrais corriger une de mes réponses : je vous ai dit que \1 ; en réalité, ",
    ),
    # A weakness noted bare (« Mon anglais est correct mais pas parfait ») is said as the
    # progress it is.
    (
        _BARE_WEAKNESS,
        lambda m: (
            f"Quant à {m.group(1).lower()} {m.group(2)}, je continue de "
            f"{_PRONOUN_OF[m.group(1).lower()]} perfectionner."
        ),
    ),
]
# « …, je ne l’ai pas assez dit. » at the end: the point is kept and said first.
_REPROACH_TAIL = re.compile(
    r"[,;]\s*(?:je ne l['’]ai pas assez (?:dit|souligné|mentionné)|j['’]aurais dû le (?:dire|"
    r"préciser|souligner)|j['’]ai oublié de le (?:dire|préciser))\s*[.!]?$",
    re.I,
)
# « …, je travaille là-dessus. » is how one speaks of progress, not how one writes it.
_WORKING_ON_IT = re.compile(
    r",\s*(?:et\s+)?je (?:travaille|bosse) (?:là-dessus|dessus)\s*\.?$", re.I
)
# « Sur les scolaires, j’ai oublié de dire que… »: the topic is kept before the reframing.
_TOPIC_LEAD = re.compile(
    r"^(?:sur|pour|concernant|à propos d[eu]s?)\s"
    r"(?:(?:le|la|les|mon|ma|mes|votre|vos|ce|cet|cette|ces)\s|l['’])[^,]{1,60},\s*",
    re.I,
)
# « mentionner du stage » is « mentionner le stage »: « parler de » loses its « de ».
_AFTER_MENTION = re.compile(r"^Je voudrais aussi mentionner (de la |de l['’]|du |des |de |d['’])")
_UNDO_DE = {"de la ": "la ", "de l'": "l'", "de l’": "l’", "du ": "le ", "des ": "les "}


# « on » + a verb of the notes, and the same verb with « nous » (a letter's register).
_WITH_NOUS = {
    "a": "avons", "avait": "avions", "aura": "aurons", "est": "sommes", "était": "étions",
    "sera": "serons", "va": "allons", "peut": "pouvons", "pourrait": "pourrions",
    "fait": "faisons", "doit": "devons", "sait": "savons", "veut": "voulons",
    "parle": "parlons", "discute": "discutons", "travaille": "travaillons",
    "cherche": "cherchons",
}  # fmt: skip
_ON_VERB = re.compile(
    r"\b(?P<that>qu')?(?P<on>on)\s+(?P<clitic>(?:en|y|le|la|les|lui|leur|se)\s+|[ls]')?"
    r"(?P<verb>\w+)",
    re.IGNORECASE,
)


def _nous_form(verb: str) -> str | None:
    """« servait » → « servions »: the table, else the imperfect's regular ending."""
    verb = verb.lower()
    if verb in _WITH_NOUS:
        return _WITH_NOUS[verb]
    return verb[:-3] + "ions" if verb.endswith("ait") and len(verb) > 5 else None


def speaks_with_on(text: str) -> bool:
    """Whether ``text`` says « on » for a team where a letter says « nous »."""
    return any(_nous_form(m["verb"]) for m in _ON_VERB.finditer(text))


def with_nous(text: str) -> str:
    """``text`` with « nous » where the notes say « on » for the candidate's team.

    >>> with_nous("À Lévis, on avait mis en place des ateliers ; on servait 200 repas.")
    'À Lévis, nous avions mis en place des ateliers ; nous servions 200 repas.'
    """

    def replace(match: re.Match[str]) -> str:
        form = _nous_form(match["verb"])
        if form is None:
            return match[0]
        clitic = (match["clitic"] or "").strip()
        clitic = "nous " if clitic.lower() in {"s'", "se"} else (f"{clitic} " if clitic else "")
        clitic = clitic.replace("' ", "'")
        that = "que " if match["that"] else ""
        nous = "Nous" if match["on"][0] == "O" else "nous"
        return f"{that}{nous} {clitic}{form}"

    return _ON_VERB.sub(replace, text)


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
    >>> reframe("J'ai piloté la bascule vers Opera Cloud en 2025, je ne l'ai pas assez dit.")
    "Je voudrais revenir sur un point : j'ai piloté la bascule vers Opera Cloud en 2025."
    >>> reframe("Sur les scolaires, j'ai oublié de dire que j'anime des ateliers.")
    "Concernant les scolaires, j’ajoute que j'anime des ateliers."
    >>> reframe("J'ai dit que non mais en fait si.")
    'Je voudrais corriger une de mes réponses : je vous ai dit que non ; en réalité, si.'
    >>> reframe("Pour le budget, j’ai déjà obtenu des commandites locales.")
    'Concernant le budget, j’ajoute que j’ai déjà obtenu des commandites locales.'
    >>> reframe("Mon anglais est correct mais pas parfait, je travaille là-dessus.")
    'Quant à mon anglais, je continue de le perfectionner.'
    >>> reframe("Deux saisons dans une cabane à sucre où on servait 200 repas.")
    'Deux saisons dans une cabane à sucre où nous servions 200 repas.'
    >>> reframe("À Lévis, on avait mis en place des ateliers pour les aînés.")
    'À Lévis, nous avions mis en place des ateliers pour les aînés.'
    """
    text = with_nous(sentence.strip())
    tail = _REPROACH_TAIL.search(text)
    if tail:
        text = (
            "Je n’ai pas assez insisté sur un point : " + _lower_first(text[: tail.start()]) + "."
        )
    lead = _TOPIC_LEAD.match(text)
    head, text = (text[: lead.end()], text[lead.end() :]) if lead else ("", text)
    for pattern, replacement in _SELF_REPROACH:
        text, count = pattern.subn(replacement, text, count=1)
        if count:
            break
    if head and not count and re.match(r"j['’]ai\b|je\b", text, re.I):
        text, count = "j’ajoute que " + _lower_first(text), 1
    if head and count:
        head = re.sub(r"^(?:sur|pour)\b", "Concernant", head, flags=re.I)
        text = head + _lower_first(text.replace(_NOT_RAISED, "j’ajoute que ", 1))
    else:
        text = head + text
    text = _WORKING_ON_IT.sub(" ; je continue d’y travailler.", text)
    match = _AFTER_MENTION.match(text)
    if match:
        article = _UNDO_DE.get(match.group(1), "")
        text = text[: match.start(1)] + article + text[match.end(1) :]
    return text


# « la semaine dernière » in a note is true the day it is written, not the day it is sent.
# Each starts at a comma or at the head of a run of spaces, never inside one: a long run
# of spaces is then read once, not once per space (an app's template may pass any text).
_RELATIVE_TIME = re.compile(
    r"(?:,|(?<![\s,]))\s+(?:la semaine dernière|le mois dernier|ce mois-ci|cette semaine"
    r"|avant-hier|hier"
    r"|il y a (?:deux|trois|quelques|\d+) (?:jours|semaines))(?=\s*[,.;!]|\s*$)",
    re.IGNORECASE,
)


# « …le 20 novembre. » at the end: a date stays true the day the reminder goes out.
_TRAILING_DAY = re.compile(
    rf"(?:,|(?<![\s,]))\s+le (?:\d{{1,2}}|1er)(?: et le \d{{1,2}})? (?:{MONTHS})(?: \d{{4}})?"
    r"(?=\s*\.?\s*$)",
    re.IGNORECASE,
)


def timeless(sentence: str) -> str:
    """A piece of news without a relative time, which will be wrong the day it is read.

    >>> timeless("J’ai terminé le cours Kubernetes la semaine dernière.")
    'J’ai terminé le cours Kubernetes.'
    >>> timeless("J’ai obtenu ma certification Scrum Master le 25 novembre.")
    'J’ai obtenu ma certification Scrum Master le 25 novembre.'
    """
    return _RELATIVE_TIME.sub("", sentence.strip())


def dated(sentence: str) -> bool:
    """Whether the news ends on its day (« …le 25 novembre. »): it needs no « Depuis, ».

    >>> dated("J’ai obtenu ma certification le 25 novembre.")
    True
    """
    return _TRAILING_DAY.search(sentence.strip()) is not None


_DAY_OF_NEWS = re.compile(
    rf"(\d{{1,2}}|1er)(?: et le (\d{{1,2}}))? ({MONTHS})(?: (\d{{4}}))?", re.IGNORECASE
)


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
    """
    trailing = _TRAILING_DAY.search(sentence.strip())
    parts = _DAY_OF_NEWS.search(trailing.group()) if trailing else None
    if parts is None:
        return None
    first, last, month_name, year = parts.groups()
    day = int(last or (1 if first.lower() == "1er" else first))
    month = MONTHS.split("|").index(month_name.lower()) + 1
    if year is None:
        year = str(interview.year + (month < interview.month))
    try:
        return date(int(year), month, day)
    except ValueError:
        return None


def told_by(sentence: str, interview: date, day: date) -> bool:
    """Whether news can be told on ``day``: undated, or dated on or before it.

    >>> told_by("J’ai obtenu ma certification le 25 novembre.", date(2026, 11, 12),
    ...         date(2026, 11, 20))
    False
    """
    when = news_day(sentence, interview)
    return when is None or when <= day


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


def undated(sentence: str) -> str:
    """The news without its day, for speech after « Depuis notre entrevue, ».

    >>> undated("J’ai obtenu ma certification Scrum Master le 25 novembre.")
    'J’ai obtenu ma certification Scrum Master.'
    """
    return _TRAILING_DAY.sub("", timeless(sentence))


# A licence or a credential, which is the candidate's own and not what the talk was about.
_TRAINING = re.compile(
    r"\b(?:formation|certification|certificat|attestation|cours|module|diplôme|agrément|"
    r"habilitation|permis|carte|brevet|examen|DELF|CACES|certiphyto)s?\b",
    re.IGNORECASE,
)


_ACRONYM_TOPIC = re.compile(r"^(?:(?:le|la|les|l['’])\s*)?[A-ZÉÈ][A-ZÉÈ0-9-]+(?:\s+\d+)?$")


def is_credential(topic: str) -> bool:
    """Whether a topic names a licence or a credential (« le CACES 3 »), not a subject.

    The candidate's own licence is not what a sentence can say the talk was about.

    >>> is_credential("le CACES 3"), is_credential("les quarts de nuit")
    (True, False)
    """
    return bool(_ACRONYM_TOPIC.match(topic.strip()) or _TRAINING.search(topic))


def given_in_words(details: str) -> str:
    """What a promise gives in words, ready to end a sentence, with its final stop.

    No stop after an address or a link, which the stop would seem to continue.

    >>> given_in_words("Mme Julie Roy, professeure à l’UQAM, 819 555-0100")
    'Mme Julie Roy, professeure à l’UQAM, 819 555-0100.'
    >>> given_in_words("Julie Roy, julie.roy@exemple.ca")
    'Julie Roy, julie.roy@exemple.ca'
    """
    text = details.strip()
    last = text.split()[-1] if text else ""
    if not text or text[-1] in ".!?…" or "@" in last or "://" in last:
        return text
    return text + "."


def is_skill(topic: str) -> bool:
    """Whether a topic (a noun phrase) names a tool or a language the candidate may know.

    « Python », « Opera », « l’anglais et le mandarin » are the candidate's skills, not an
    issue of the job that a letter can call « les enjeux abordés ».

    >>> is_skill("Opera"), is_skill("l’anglais et le mandarin"), is_skill("la démarque")
    (True, True, False)
    """
    head = _bare(_first(topic))
    if head not in _DETERMINERS:
        return True  # a name as typed: a tool, a product, an acronym
    words = [re.sub(r"^l['’]", "", _bare(word)) for word in topic.split()]
    return all(w in _LANGUAGES or w in _DETERMINERS or w == "et" for w in words)


def own_sentence(sentence: str, gender: str | None = None) -> str:
    """The candidate's sentence as it will stand alone: a capital, a final stop.

    For a candidate of ``gender`` « n », « Ce qui m’a marqué, c’est… », whose participle
    agrees with the writer, becomes « Je retiens surtout… » (conventions, neutral wording).

    >>> own_sentence("j’ai obtenu mon attestation la semaine dernière")
    'J’ai obtenu mon attestation la semaine dernière.'
    >>> own_sentence("mes 2 ans comme proche aidant, ça m’a appris la patience")
    'Mes deux ans comme proche aidant ; cela m’a appris la patience.'
    >>> own_sentence("J’ai été frappé par la dégustation, les clients restaient longtemps.")
    'J’ai été frappé par la dégustation : les clients restaient longtemps.'
    >>> own_sentence("J'ai adoré que vous fassiez relire les maquettes par un comité d'ados")
    "J’ai beaucoup aimé que vous fassiez relire les maquettes par un comité d'adolescents."
    >>> own_sentence("Ce qui m'a marqué c'est que l'équipe documente tout.", "n")
    "Je retiens surtout que l'équipe documente tout."
    >>> own_sentence("Ce qui m'a le plus marqué, c'est votre volonté de répondre.", "n")
    'Je retiens surtout votre volonté de répondre.'
    """
    text = _CE_QUI_COMMA.sub(r"\1, c\2", current_names(sentence.strip()))
    if gender == "n":
        text = _WHAT_STRUCK_ME.sub("Je retiens surtout ", text, count=1)
    text = _SMALL_NUMBER.sub(lambda m: _NUMBERS[m.group(1)] + m.group(2), text)
    text = _CA.sub(lambda m: "Cela" if m.group(0)[0] == "Ç" else "cela", text)
    for spoken, written in _SPOKEN_TURNS:
        text = spoken.sub(partial(_same_case, written), text)
    text = _SPLICE.sub(" ; cela ", text)
    text = _STRUCK_SPLICE.sub(r"\1 : \2", text, count=1)
    text = text[:1].upper() + text[1:]
    return text if text.endswith((".", "!", "?", "…")) else f"{text}."


# A letter writes small numbers of years or months in words (« deux ans ») and « cela »
# where notes say « ça ».
_NUMBERS = dict(
    zip(
        "2 3 4 5 6 7 8 9 10".split(),
        "deux trois quatre cinq six sept huit neuf dix".split(),
        strict=True,
    )
)
_SMALL_NUMBER = re.compile(r"\b(2|3|4|5|6|7|8|9|10)( (?:ans|années|mois|semaines|jours)\b)")
_CA = re.compile(r"\b[Çç]a\b")
# Turns of notes too familiar for a first letter to a recruiter (read 25): « J’ai adoré que… »,
# « J’ai trouvé cela beau que… », « un comité d’ados », « …, pas juste derrière un micro ».
_SPOKEN_TURNS = [
    (re.compile(r"\bj['’]ai adoré\b", re.I), "j’ai beaucoup aimé"),
    (
        re.compile(r"\bj['’]ai trouvé (?:ça|cela) (?:très )?beau que\b", re.I),
        "j’ai beaucoup apprécié que",
    ),
    (re.compile(r"\bados\b"), "adolescents"),
    (re.compile(r",\s+pas juste\b"), ", pas seulement"),
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
    r" (?:par|de) [^,]+),\s+((?:les|le|la|l['’]|ils|elles|il|elle|on|tout|chacun)\b"
    r"(?![^,]*\bet\b)[^,]*)$",
    re.I,
)

# « Ce qui m’a frappée c’est que… » takes a comma before « c’est », as it is written.
_CE_QUI_COMMA = re.compile(r"^(ce qui m['’]a (?:le plus |surtout |beaucoup )?\w+) c(['’]est)", re.I)
# « Ce qui m’a (le plus) marqué, c’est (que)… »: the participle would say the writer's gender.
_WHAT_STRUCK_ME = re.compile(
    r"^ce qui m['’]a (?:le plus |surtout |beaucoup )?"
    r"(?:marqué|frappé|touché|impressionné|étonné|surpris|séduit|interpellé)e?,? c['’]est ",
    re.I,
)


# What an organisation's news is: a success calls for congratulations, a new initiative for
# the wish to take part; any other news (a budget cut, a merger) for neither.
_SUCCESS = re.compile(
    r"\b(?:obtenu|obtient|remporté|remporte|reçu|décroché|gagné|primée?s?|lauréate?s?"
    r"|figure parmi|levée de fonds|ouvert|ouvrir|inauguré)\b",
    re.I,
)
# Ahead, or under way: « ouvrira une exposition », « a lancé son plan ».
_INITIATIVE = re.compile(
    r"\b(?:lancée?s?|lance|lancera|ouvre|ouvrira|adopté|publié|inaugure|inaugurera"
    r"|déploie|déploiera|annoncé l['’]ouverture)\b",
    re.I,
)


def news_kind(fact: str) -> str | None:
    """``"succes"``, ``"initiative"`` or None: what an organisation's news calls for.

    >>> news_kind("Les Ateliers Boréal ont obtenu le contrat du pont de la rivière Noire.")
    'succes'
    >>> news_kind("La Ville a adopté un plan de sécurité civile.")
    'initiative'
    >>> news_kind("La Ville fusionne deux services.") is None
    True
    """
    if _SUCCESS.search(fact):
        return "succes"
    if _INITIATIVE.search(fact):
        return "initiative"
    return None


# Long words that say nothing of a subject: two sentences sharing them are not related.
_EMPTY_WORDS = frozenset(
    "beaucoup encore toujours aussi avant après depuis comme entre leurs votre notre cette "
    "ainsi alors autre autres avons avez était étaient avoir faire fait être semaine semaines "
    "dernier dernière prochain prochaine janvier février avril juillet septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche chaque quelques "
    "plusieurs pendant surtout vraiment".split()
)


def _content_words(text: str) -> set[str]:
    return set(re.findall(r"\w{5,}", text.casefold())) - _EMPTY_WORDS


def covers(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` already says every word of ``topic`` (linking them would echo).

    >>> covers("J’ai suivi une formation sur la gestion de la démarque.", "la démarque")
    True
    """
    words = _content_words(topic)
    return bool(words) and words <= _content_words(sentence)


def overlaps(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` already speaks of ``topic`` (a word of five letters or more).

    >>> overlaps("J’ai aimé parler des quarts de nuit.", "comment l’équipe planifie les quarts")
    True
    """
    return bool(_content_words(sentence) & _content_words(topic))
