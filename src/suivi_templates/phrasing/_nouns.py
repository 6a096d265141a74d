"""Gender and number of a French common noun, read from its ending."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import cast

from suivi_templates.phrasing._words import Article

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
    # « le téléphone », « le microscope », « le diplôme », « le catalogue » (read 117).
    "phone",
    "scope",
    "ôme",
    "logue",
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
        vigueur saveur faveur lueur sueur fleur nuit newsletter listeria salmonelle liste
        piste coop""".split(),
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
        avis devis virus campus consensus stress centre livre registre titre membre
        nombre cadre chapitre théâtre ministre litre mètre kilomètre lundi mardi mercredi
        jeudi vendredi samedi dimanche protocole symbole pôle monopole code épisode exode
        régime crime abîme intérim
        taux pipeline rythme thème genre casque masque verre beurre chronotachygraphe
        tachygraphe paragraphe territoire répertoire conservatoire observatoire auditoire
        réfectoire accessoire interrogatoire repos relais chèque disque kiosque cirque
        drone costume uniforme légume rhume horaire salaire véhicule arbitre dentifrice
        vestiaire calendrier inventaire cycle bien-être pilote guide arbre signe vote geste
        texte contexte spectacle obstacle cercle siècle muscle semestre trimestre
        prototype""".split(),
        "le",
    ),
    # Languages are common nouns, masculine, written in lowercase (« l’anglais »).
    **dict.fromkeys(_LANGUAGES, "le"),
}
_SINGULAR_S = frozenset(
    """
    processus temps cas accès succès progrès corps poids prix choix cours concours discours
    recours parcours secours dos bus campus virus consensus stress business bras repas permis
    avis devis tennis paradis mois taux fonds repos relais palmarès procès bois puits verglas
    """.split()
) | {language for language in _LANGUAGES if language.endswith("s")}
# Longest first: « -aphie » before « -ie ».
_SUFFIXED = tuple(sorted(_FEMININE + _MASCULINE, key=len, reverse=True))
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
    """The article of a common noun: the hand's exceptions, then Lexique's, then its ending.

    >>> _gender("linge"), _gender("chlore"), _gender("réunion"), _gender("planification")
    ('le', 'le', 'la', 'la')
    >>> _gender("stuc-marbre"), _gender("porte-étiquette"), _gender("sous-traitance")
    ('le', 'le', 'la')
    >>> _gender("cryo-microscopie"), _gender("bio-informatique"), _gender("piano-bar")
    ('la', 'la', 'le')
    >>> _gender("grand-mère"), _gender("grand-père"), _gender("petite-fille")
    ('la', 'le', 'la')
    """
    if word in _GENDER_EXCEPTIONS:
        return _GENDER_EXCEPTIONS[word]
    known = _lexicon().get(word)
    if known is not None:
        return known
    first, hyphen, rest = word.partition("-")
    # « cryo-microscopie », « bio-informatique » : a learned prefix in « -o » leaves the
    # noun its gender (pair read 266: « le cryo-microscopie »).
    prefixed = first in _PREFIXES or (first.endswith("o") and len(first) > 2)
    if hyphen and rest and not prefixed:
        # « stuc-marbre » is the stucco's gender (read 198: « la stuc-marbre »); a verb and
        # its object (« porte-parole », « garde-corps ») make a masculine noun.
        return "le" if first in _VERB_FIRST else _gender(first)
    if hyphen and rest:
        return _gender(rest)  # « auto-école », « sous-traitance »: the noun after the prefix
    return by_ending(word)


# « grand-mère », « petite-fille »: the adjective before the hyphen leaves the noun its gender
# (« les patrons de ton grand-mère », fresh152).
_PREFIXES = frozenset(
    "auto micro mini semi demi sous co ex anti après arrière avant contre extra inter multi"
    " néo non post pré pro re sur télé vice grand petit petite".split()
)
_VERB_FIRST = frozenset(
    "porte garde coupe tire lave presse ouvre pare serre casse taille chauffe abat couvre"
    " brise essuie gratte passe perce pèse tourne chasse monte cache lance".split()
)


def by_ending(word: str) -> Article:
    """The article the noun's ending suggests: « -tion », « -ure » feminine, « -ment » not.

    A noun in « -eur » of an « -er » verb names who or what does it, a masculine (pair read
    369: « le choix entre la recycleur et le circuit ouvert »):

    >>> by_ending("recycleur"), by_ending("chaleur")
    ('le', 'la')
    """
    if word.endswith("eur") and word != "primeur" and _agent_of_a_verb(word):
        return "le"
    for ending in _SUFFIXED:
        if word.endswith(ending):
            return "la" if ending in _FEMININE else "le"
    return "la" if word.endswith("e") else "le"


@cache
def _agent_of_a_verb(word: str) -> bool:
    # Read lazily: the verbs' table lives with the typed notes, which read this module.
    from suivi_templates.phrasing.typed import is_er_verb

    return is_er_verb(word[:-3] + "er")


@cache
def _lexicon() -> dict[str, Article]:
    """Nouns whose ending misleads, from ``genders.txt`` (built from Lexique 3.83)."""
    lines = Path(__file__).with_name("genders.txt").read_text("utf-8").splitlines()
    pairs = (line.split(" ", 1) for line in lines if line and not line.startswith("#"))
    return {word: cast(Article, article) for article, word in pairs}


def _is_plural(word: str) -> bool:
    # « ludobus », « bibliobus », « minibus » : a bus is one (read 164: « des ludobus itinérant »).
    return word.endswith(("s", "x")) and word not in _SINGULAR_S and not word.endswith("bus")


# Acronyms of common nouns a topic may be jotted as (« SST » is « la SST »).
_TOPIC_ACRONYMS: dict[str, Article] = {
    **dict.fromkeys(
        "SST RSE QVT GMAO GPEC GRH PAIE DRH PAC GED DSN TVA QHSE HSE CNC CNESST SAAQ RAMQ CCQ "
        "CAF MDPH PMI FCO DAO CAO".split(),
        "la",
    ),
    **dict.fromkeys(
        "CRM BIM SIRH PGI DPI SEO TMS WMS ROI CACES BAFA BTS DUT DEC DEP CAP BEP CQP DU PDSB "
        "BPJEPS REER CELI CELIAPP REEE PAEF LIMS DLU RGPD CPF CSE SAV PLU SIG DPE RSA CV "
        # Reads 195 and 198: « sur PPI et endettement », « la discrétion et NDA ».
        "NDA PPI HDR PRCI CBTC PSC1".split(),
        "le",
    ),
    **dict.fromkeys("RH TI KPI TIC".split(), "les"),
    **dict.fromkeys("IA ERP UX AEC HACCP API EHPAD HDJ".split(), "l'"),
}
