"""What people type, shaped into phrases a sentence can hold (names, organisations, topics)."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from suivi_templates.models import Company
from suivi_templates.names import family_name, usual_order
from suivi_templates.phrasing import (
    as_written,
    headline,
    organisation,
    promised_item,
    role_as_said,
    spoken_topic,
    topic_phrase,
)


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Hélène de Villiers", "de Villiers"),
        ("Paul Van Damme", "Van Damme"),
        ("Marc Le Goff", "Le Goff"),
        ("Anne-Sophie Du Pont", "Du Pont"),
        ("Jean de La Fontaine-Roy", "de La Fontaine-Roy"),
        ("Pierre-Yves d’Arcy", "d’Arcy"),
        ("Karim Ben Saïd", "Ben Saïd"),
        # Read 112: « M. AIT KACI » was « Monsieur Kaci ».
        ("Karim Aït Kaci", "Aït Kaci"),
        ("Ait Kaci", "Ait Kaci"),
        ("Mohamed Ould Abdallah", "Ould Abdallah"),
        ("Julie Tremblay", "Tremblay"),
        ("Madonna", "Madonna"),
        # An elided particle typed apart is no family name in capitals (hypothesis: « A’ Aa »).
        ("D’ Aubigny", "D’ Aubigny"),
        # No particle and more than two words: the whole name, never a guess.
        ("María José García López", "María José García López"),
        ("Tran Minh Duc", "Tran Minh Duc"),
        # « Thi » or « Van » says the Vietnamese order, family name first (read 170).
        ("Nguyen Thi Mai", "Nguyen"),
    ],
)
def test_the_family_name_starts_at_the_particle(name: str, surname: str) -> None:
    assert family_name(name) == surname


@given(st.lists(st.text("abcdéèïôçABCDÉ-’", min_size=1, max_size=12), min_size=1, max_size=5))
def test_a_family_name_is_always_the_end_of_the_name(words: list[str]) -> None:
    """… in the name's usual order: « DUPONT Jean-Claude » is Jean-Claude DUPONT."""
    name = " ".join(words)
    assert usual_order(name).endswith(family_name(name))


@given(
    st.lists(
        st.sampled_from(
            "jai ete impressionne pis super interessant ca cest javais quil -> + !! ? ★ "
            "l lunite detudes dispo la facon que votre equipe a dire taf en prod mise "
            "Jai Ca Super Dispo ; , . : j'ai été oublie c'est pas vide refaire 11% 6 deux "
            "etes vous mettez inhalos modifs proto des les diplome epeautre mon".split(" ")
        ),
        max_size=14,
    ),
    st.sampled_from(["f", "m", "n", None]),
)
@settings(max_examples=400)
@example(words=["des", "l", "pis"], gender="f")  # « des l’et » once, « dès l’et » twice
@example(words=["des", "deux", "a", "6", "jai"], gender="f")  # « deux a six », then « à six »
@example(words=["a", "Jai", "pas"], gender="f")  # « a Je n’ai pas », then « à Je n’ai pas »
@example(words=["a", "lunite"], gender="f")  # « a l’unité », then « à l’unité »
def test_a_note_written_once_stays_as_it_is(words: list[str], gender: str | None) -> None:
    """Shaping a note is idempotent: a draft re-rendered from its own words changes nothing."""
    once = as_written(" ".join(words), gender=gender)
    assert as_written(once, gender=gender) == once


@pytest.mark.parametrize(
    ("name", "article", "of", "at"),
    [
        ("Ville de Gatineau", None, "de la Ville de Gatineau", "à la Ville de Gatineau"),
        # Read 99: « chez Mission locale du Pays de Rennes ».
        (
            "Mission locale du Pays de Rennes",
            None,
            "de la Mission locale du Pays de Rennes",
            "à la Mission locale du Pays de Rennes",
        ),
        ("la Ville de Gatineau", None, "de la Ville de Gatineau", "à la Ville de Gatineau"),
        (
            "Université de Sherbrooke",
            None,
            "de l’Université de Sherbrooke",
            "à l’Université de Sherbrooke",
        ),
        ("CIUSSS du Centre-Sud", None, "du CIUSSS du Centre-Sud", "au CIUSSS du Centre-Sud"),
        ("RATP", None, "de la RATP", "à la RATP"),
        ("EHPAD Les Tilleuls", None, "de l’EHPAD Les Tilleuls", "à l’EHPAD Les Tilleuls"),
        ("La Capitale", None, "de La Capitale", "à La Capitale"),
        ("Le Bon Marché", None, "du Bon Marché", "au Bon Marché"),
        ("Les Ateliers Beaulieu", None, "des Ateliers Beaulieu", "aux Ateliers Beaulieu"),
        ("L’Occitane", None, "de L’Occitane", "chez L’Occitane"),
        ("Hydro-Québec", None, "d’Hydro-Québec", "chez Hydro-Québec"),
        ("Hachette", None, "de Hachette", "chez Hachette"),
        ("Hilton Paris Opéra", None, "du Hilton Paris Opéra", "au Hilton Paris Opéra"),
        ("Coopérative Horizon", "la", "de la Coopérative Horizon", "à la Coopérative Horizon"),
        (
            "Ministère de la Culture",
            None,
            "du ministère de la Culture",
            "au ministère de la Culture",
        ),
        # Read 89: « chez UQAR », « chez Haras de la Hunaudière » (an aspirated h).
        ("UQAR", None, "de l’UQAR", "à l’UQAR"),
        ("Haras de la Hunaudière", None, "du Haras de la Hunaudière", "au Haras de la Hunaudière"),
        ("Pépinière Minier", None, "de la Pépinière Minier", "à la Pépinière Minier"),
        # Read 92: « chez Archives départementales du Morbihan », « chez Muséum… ».
        (
            "Archives départementales du Morbihan",
            None,
            "des Archives départementales du Morbihan",
            "aux Archives départementales du Morbihan",
        ),
        (
            "Muséum d'histoire naturelle",
            None,
            "du Muséum d'histoire naturelle",
            "au Muséum d'histoire naturelle",
        ),
        (
            "Planétarium de Montréal",
            None,
            "du Planétarium de Montréal",
            "au Planétarium de Montréal",
        ),
    ],
)
def test_an_organisation_takes_its_preposition_and_article(
    name: str, article: str | None, of: str, at: str
) -> None:
    shaped = organisation(Company(name=name, article=article))  # type: ignore[arg-type]
    assert (shaped.of, shaped.at) == (of, at)


@pytest.mark.parametrize(
    ("typed", "phrase"),
    [
        ("comment l’équipe planifie les quarts?", "la façon dont l’équipe planifie les quarts"),
        # Read 90: « notre échange sur le concevoir des ateliers » ; « la centre de tri ».
        (
            "concevoir des ateliers pour les 6-10 ans",
            "la façon de concevoir des ateliers pour les 6-10 ans",
        ),
        ("relire des épreuves?", "la façon de relire des épreuves"),
        ("le quartier des affaires", "le quartier des affaires"),
        ("centre de tri", "le centre de tri"),
        # fresh24: « la façon dont se passe… » beside the candidate's own « la façon dont… ».
        (
            "comment se passe la rotation des équipages?",
            "le déroulement de la rotation des équipages",
        ),
        ("comment fonctionne le planning?", "le fonctionnement du planning"),
        ("Comment planifiez-vous les quarts ?", "la façon de planifier les quarts"),
        (
            "comment gérer les médias pendant une crise?",
            "la façon de gérer les médias pendant une crise",
        ),
        (
            "Pourquoi le roulement est-il élevé ?",
            "les raisons pour lesquelles le roulement est élevé",
        ),
        ("Le poste est-il hybride?", "la question de savoir si le poste est hybride"),
        ("est-ce qu’il y a du télétravail", "la question de savoir s’il y a du télétravail"),
        ("Quels outils utilisez-vous?", "la question de savoir quels outils vous utilisez"),
        ("réduire les retards", "la façon de réduire les retards"),
        ("améliorer l’accueil", "la façon d’améliorer l’accueil"),
        ("manager une équipe de 8 conseillers", "la façon de manager une équipe de 8 conseillers"),
        ("migrer vers Kubernetes", "la façon de migrer vers Kubernetes"),
        ("planification des arrêts", "la planification des arrêts"),
        ("Planification des arrêts", "la planification des arrêts"),
        ("Quarts de nuit", "les quarts de nuit"),
        ("horaires de nuit", "les horaires de nuit"),
        ("accueil des nouveaux", "l’accueil des nouveaux"),
        ("turn-over des soignants", "le turn-over des soignants"),
        ("passage à TMS Cube en janvier?", "le passage à TMS Cube en janvier"),
        ("la migration vers SAP", "la migration vers SAP"),
        ("Excel", "Excel"),
        ("Power BI", "Power BI"),
        ("SST", "la SST"),
        ("CACES 3", "le CACES 3"),
        ("Montréal et ses chantiers", "Montréal et ses chantiers"),
        # fresh21: « la question de savoir quelle part… » had no verb.
        ("quelle part de révision dans le poste?", "la part de révision dans le poste"),
        ("quel logiciel de paie?", "le logiciel de paie"),
        ("quels outils vous utilisez ?", "la question de savoir quels outils vous utilisez"),
        # Read 98: a bracket after a topic is a note; a number written out after a comma too.
        ("gestion des appels en pic (tempête)", "la gestion des appels en pic"),
        ("classe de langage, huit élèves", "la classe de langage"),
        # Read 97: two nouns a note lists with a comma, each with its article.
        (
            "gestion documentaire, calendrier de conservation",
            "la gestion documentaire et le calendrier de conservation",
        ),
        ("purge de falaise, pose de filets", "la purge de falaise et la pose de filets"),
        ("toilettes, aide aux repas, Alzheimer", "les toilettes et l’aide aux repas"),
        ("contention, protocole de capture", "la contention et le protocole de capture"),
        ("PMS / HACCP, traçabilité", "PMS, l’HACCP et la traçabilité"),
        # What follows the topic is a note about it: a number, a name, a question.
        ("nuits en 12h, 2 AS pour 80 résidents", "les nuits en 12h"),
        ("vins au verre, Coravin", "les vins au verre"),
        ("froid positif, EPI fournis?", "le froid positif"),
        ("salaire, echelon?", "le salaire"),
        ("la vente additionnelle, vous etes a l'aise ?", "la vente additionnelle"),
        (
            "animer avec des personnes immigrantes, barriere de la langue",
            "la façon d’animer avec des personnes immigrantes",
        ),
        # Commas the topic keeps: in brackets, in a number, in a list of levels, before
        # the rest of a phrase.
        (
            "instrumentation (piézomètres, inclinomètres)",
            "l’instrumentation (piézomètres, inclinomètres)",
        ),
        ("budget de 2,50$ par portion", "le budget de 2,50$ par portion"),
        ("CACES R489 cat 1, 3 et 5", "le CACES R489 cat 1, 3 et 5"),
        ("habilitation élec BR, BC, H0", "l’habilitation élec BR, BC, H0"),
        (
            "les chantiers en site occupé, avec les locataires sur place",
            "les chantiers en site occupé, avec les locataires sur place",
        ),
    ],
)
def test_a_topic_becomes_a_noun_phrase(typed: str, phrase: str) -> None:
    assert topic_phrase(typed) == phrase


@given(st.text(min_size=1, max_size=80).filter(lambda s: s.strip(" ?.;!…\u00a0\u202f")))
@example("?\r")
def test_a_shaped_topic_never_ends_as_a_question(typed: str) -> None:
    phrase = topic_phrase(typed)
    assert not phrase.rstrip().endswith("?")
    assert not phrase.casefold().startswith(("comment ", "pourquoi ", "est-ce "))


_NOTE_WORDS = st.sampled_from(
    "gestion des stocks écarts caisse piézomètres 2 AS vous comment Excel et".split()
)


@given(
    st.lists(st.lists(_NOTE_WORDS, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=4),
    st.integers(min_value=0, max_value=3),
)
def test_a_topic_never_loses_half_of_a_bracket(members: list[str], bracketed: int) -> None:
    """Read 97's fresh contexts: « l’instrumentation (piézomètres » when a comma was in it."""
    opened = min(bracketed, len(members) - 1)
    typed = ", ".join(members[:opened]) + (" (" if opened else "") + ", ".join(members[opened:])
    typed += ")" if opened else ""
    phrase = topic_phrase(typed)
    assert phrase.count("(") == phrase.count(")")


def test_a_long_topic_is_cut_at_a_clause_for_speech_never_mid_thought() -> None:
    long = "la migration du catalogue vers Koha, prévue pour l’été avec toute l’équipe"
    assert spoken_topic(long) == "la migration du catalogue vers Koha"
    no_cut = "la relance des campagnes de fidélisation des clients inactifs depuis deux ans"
    assert spoken_topic(no_cut) in (
        no_cut,
        "la relance des campagnes de fidélisation des clients inactifs",
    )


@pytest.mark.parametrize(
    ("promise", "item"),
    [
        ("lui envoyer mon portfolio", "mon portfolio"),
        (
            "lui transmettre les coordonnées de deux références",
            "les coordonnées de deux références",
        ),
        ("leur faire écouter un épisode du balado que j’anime", "un épisode du balado que j’anime"),
        ("lui donner accès au script de dédoublonnage", "le script de dédoublonnage"),
        ("lui renvoyer le test de correction", "le test de correction"),
        ("me renseigner sur la norme ISO 13485", None),
        ("suivre une formation Excel", None),
    ],
)
def test_what_a_promise_sends(promise: str, item: str | None) -> None:
    assert promised_item(promise) == item


@pytest.mark.parametrize(
    ("jotted", "owned"),
    [
        ("six ans en relations de presse", "mes six ans en relations de presse"),
        ("10 ans de service à la clientèle", "mes dix ans de service à la clientèle"),
        ("Deux années en CHSLD", "mes deux années en CHSLD"),
        ("mon CACES 3", "mon CACES 3"),
        ("la gestion d’équipe", "mon expérience de la gestion d’équipe"),
        ("six mois", "mes six mois"),
        ("sixième saison au camp", "sixième saison au camp"),
    ],
)
def test_a_jotted_duration_becomes_the_candidates_own(jotted: str, owned: str) -> None:
    from suivi_templates.phrasing import asset

    assert asset(jotted) == owned


def test_a_long_topic_is_said_without_its_relative_clause() -> None:
    long_topic = "l'équipe de nuit qui se sent un peu oubliée par la direction"
    assert spoken_topic(long_topic) == "l'équipe de nuit"
    assert spoken_topic("les clients qui ne paient pas") == "les clients qui ne paient pas"


@pytest.mark.parametrize(
    ("title", "said"),
    [
        # Read 98: « chauffeur CLASSE 1 » in a subject and its letter.
        ("CHAUFFEUR CLASSE 1 - LONGUE DISTANCE (É.-U.)", "chauffeur classe 1"),
        ("chauffeur CLASSE 1", "chauffeur classe 1"),
        ("AGENT NIVEAU 2", "agent niveau 2"),
        # Read 99: « cordiste CQP niv.2 » in a subject and its letter.
        ("Cordiste CQP niv.2 (H/F)", "cordiste CQP niveau 2"),
        # A code before its number keeps its capitals.
        ("CARISTE CACES 3", "cariste CACES 3"),
    ],
)
def test_a_french_noun_before_a_number_is_no_code(title: str, said: str) -> None:
    assert role_as_said(title, "m") == said


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # Read 102: « notre discussion sur l'hayon » (h aspiré), « la chronotachygraphe ».
        ("hayon", "le hayon"),
        ("chronotachygraphe / temps de pause", "le chronotachygraphe et le temps de pause"),
    ],
)
def test_a_trade_noun_takes_its_own_article(typed: str, said: str) -> None:
    assert topic_phrase(typed) == said


def test_a_name_typed_in_capitals_is_written_as_a_name() -> None:
    """Read 102: « aux TRANSPORTS GUÉRIN » in the body of a letter."""
    from suivi_templates.phrasing import from_capitals

    assert from_capitals("TRANSPORTS GUÉRIN") == "Transports Guérin"
    assert from_capitals("ENTREPOTS GARONNE LOGISTIQUE") == "Entrepôts Garonne Logistique"
    # A short acronym, even said as a word, and a name already in its case, stay as typed.
    assert from_capitals("LIDL") == "LIDL"
    assert from_capitals("Kerlann Tech") == "Kerlann Tech"


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        ("la certification PL-300", "ma certification PL-300"),
        ("l'habilitation amiante SS4", "mon habilitation amiante SS4"),
        ("2 ans chez un bureau d'études", "mes deux ans dans un bureau d'études"),
        ("4 ans chez un notaire de Laval", "mes quatre ans chez un notaire de Laval"),
        ("la gestion de 3 équipes", "mon expérience de la gestion de trois équipes"),
        ("la ferme familiale, 80 vaches", "mon expérience de la ferme familiale (80 vaches)"),
        ("l'expérience PCI-DSS", "mon expérience PCI-DSS"),
        ("l'anglais courant", "mon anglais courant"),
        ("le montage de stands", "mon expérience du montage de stands"),
        ("les relations avec les syndicats", "mon expérience des relations avec les syndicats"),
        ("les CACES R489", "mes CACES R489"),
    ],
)
def test_an_asset_is_the_candidates_own(typed: str, said: str) -> None:
    """Read 102: « mettre à profit la certification PL-300 », « chez un bureau d'études »;
    read 106: « je pourrai m'appuyer sur la ferme familiale, 80 vaches »."""
    from suivi_templates.phrasing import asset

    assert asset(typed) == said


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        # Pair read 105: « une 30aine », « stage quatre », « a l'école ».
        ("j'ai écrit une 30aine de modèles", "j'ai écrit une trentaine de modèles"),
        ("mon stage 4 dans une classe de langage", "mon stage 4 dans une classe de langage"),
        ("une classe de langage a l'école du Boisé", "une classe de langage à l'école du Boisé"),
        ("elle a l'école en tête", "elle a l'école en tête"),
    ],
)
def test_a_note_is_written_as_a_letter_writes_it(typed: str, written: str) -> None:
    from suivi_templates.phrasing import as_written

    assert as_written(typed) == written


@pytest.mark.parametrize(
    ("typed", "said"),
    [
        # Read 104: « la façon de chantier à Lévis », « la façon de soutienner ».
        ("chantier à Lévis", "le chantier à Lévis"),
        ("comment ils soutiennent les nouveaux profs?", "la façon de soutenir les nouveaux profs"),
        ("clarifier avec les clients", "la façon de clarifier avec les clients"),
    ],
)
def test_a_noun_in_ier_is_no_verb_and_their_verb_has_its_infinitive(typed: str, said: str) -> None:
    assert topic_phrase(typed) == said


def test_a_weekday_typed_in_a_note_is_not_carried_into_a_message() -> None:
    """Read 104: « J'ai fini la formation Makaton niveau 2 samedi », said on 17 December,
    named the wrong Saturday (three drafts at 2)."""
    from suivi_templates.phrasing import timeless

    assert timeless("J'ai fini la formation Makaton niveau 2 samedi.") == (
        "J'ai fini la formation Makaton niveau 2."
    )
    assert timeless("J'ai commencé le lundi 23 novembre.") == "J'ai commencé le lundi 23 novembre."
    assert as_written("le télétravail 2j/sem") == "le télétravail deux jours par semaine"


def test_an_ordinal_and_a_legal_form_typed_without_accents() -> None:
    """Read 106 (Grammalecte): « un 2eme magasin », « TRANSPORT BOUCHER & FILS LTEE »."""
    from suivi_templates.phrasing import without_legal_form

    assert as_written("l'ouverture d'un 2eme magasin, la 3ème fois") == (
        "l'ouverture d'un 2e magasin, la 3e fois"
    )
    assert without_legal_form("TRANSPORT BOUCHER & FILS LTEE") == "TRANSPORT BOUCHER & FILS"


def test_read_106_notes_and_titles() -> None:
    """Read 106: « 1ère période », « diplômé d'état », « vendeur renfort noel CDD etudiant »,
    « la façon d'avoir son propre coffre d'outils »."""
    from suivi_templates.phrasing import role_as_said

    assert as_written("apprenti 1ère période, infirmière diplômée d'état") == (
        "apprenti 1re période, infirmière diplômée d'État"
    )
    assert role_as_said("vendeur renfort noel CDD etudiant 20h/sem", "m") == "vendeur renfort noel"
    title = "IBODE - infirmier(ère) de bloc opératoire diplômé(e) d'État, bloc ortho, 12h"
    assert "diplômé d'État" in role_as_said(title, "m")
    assert topic_phrase("avoir son propre coffre d'outils?") == (
        "le fait d’avoir son propre coffre d'outils"
    )


def test_a_voicemail_headline_cuts_news_outside_a_quoted_title() -> None:
    """Read 112: « j'ai terminé la formation « IFS Food version 8. », quotes left open."""
    news = (
        "J'ai terminé cette semaine la formation « IFS Food version 8 : les changements » : "
        "je suis à jour sur le nouveau référentiel pour votre audit de mars."
    )
    assert headline(news) == "J'ai terminé la formation « IFS Food version 8 : les changements »."
