"""Generic drafts by class, in words written for this file (not taken from any corpus).

Each class of miss seen on text written apart from the project comes with fresh examples
in both locales, and near misses that must pass: a letter whose only specifics are the
merge fields (the person, the role, the company), a wrong first name in the greeting, and
a pushy reminder written to the person met (pushy first, not generic).
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

CA = build_context("fr_CA")
FR = build_context("fr_FR")


def _codes(text: str, ctx: st.InterviewContext, kind: str = "thank_you") -> set[str]:
    return {f.code for f in st.check(text, ctx, kind=kind).errors}


def _generic(text: str, ctx: st.InterviewContext, kind: str = "thank_you") -> bool:
    return any(code.startswith("generic.") for code in _codes(text, ctx, kind))


MERGE_FIELDS_ONLY = [
    (
        CA,
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue pour le poste d’analyste financière. "
        "La Coopérative Horizon me semble une organisation humaine et rigoureuse, et je suis "
        "persuadée que mon sens de l’analyse serait un atout.\n\nCordialement,\nCamille Roy",
    ),
    (
        CA,
        "Bonjour Julie,\n\nMerci encore pour la rencontre d’hier. Le poste d’analyste "
        "financière rejoint parfaitement mes aspirations et ma formation en finance.\n\n"
        "Au plaisir,\nCamille Roy",
    ),
    (
        CA,
        "Bonjour Madame Tremblay,\n\nJe tenais à vous remercier. Travailler comme analyste "
        "financière à la Coopérative Horizon serait pour moi une suite logique, et je me "
        "sens prête à m’investir pleinement.\n\nCamille Roy",
    ),
    (
        FR,
        "Madame Dupont,\n\nJe vous remercie pour notre entretien pour le poste de chef de "
        "projet informatique. L’Atelier Lumen est reconnu pour son savoir-faire et je suis "
        "certain que mon sérieux vous serait utile.\n\nBien cordialement,\nHugo Martin",
    ),
    (
        FR,
        "Bonjour Madame Dupont,\n\nMerci pour l’entretien. Mon parcours de chef de projet et "
        "ma passion pour l’informatique me rendent prêt à rejoindre l’Atelier Lumen.\n\n"
        "Cordialement,\nHugo Martin",
    ),
    (
        FR,
        "Bonjour Claire,\n\nMerci pour ce moment d’échange concernant le poste. Je reste "
        "convaincu que mes qualités relationnelles feraient la différence dans vos "
        "projets.\n\nHugo Martin",
    ),
]


@pytest.mark.parametrize(("ctx", "text"), MERGE_FIELDS_ONLY, ids=range(len(MERGE_FIELDS_ONLY)))
def test_a_letter_whose_only_specifics_are_the_merge_fields_is_generic(
    ctx: st.InterviewContext, text: str
) -> None:
    assert "generic.no_concrete_element" in _codes(text, ctx)


@pytest.mark.parametrize(
    ("ctx", "text"),
    [
        (
            CA,
            "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue. Vos craintes sur la clôture "
            "pendant la migration vers SAP m’ont fait réfléchir.\n\nCamille Roy",
        ),
        (
            FR,
            "Bonjour Madame Dupont,\n\nMerci pour l’entretien et pour la présentation du "
            "nouvel outil de facturation que vous déployez.\n\nHugo Martin",
        ),
        (
            FR,
            "Madame,\n\nMerci pour l’entretien ; notre échange sur l’équipe de développement "
            "de Lyon m’a beaucoup appris.\n\nHugo Martin",
        ),
    ],
)
def test_one_thing_from_the_interview_besides_the_merge_fields_passes(
    ctx: st.InterviewContext, text: str
) -> None:
    assert not _generic(text, ctx)


def test_a_word_that_only_shares_its_first_letters_with_a_topic_proves_nothing() -> None:
    # « concernant » is not « concertation », « entreprise » not « entrepôt ».
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "la concertation avec les riverains"}, {"subject": "l'entrepôt"}],
    )
    text = (
        "Bonjour Madame Dupont,\n\nJe me permets de revenir vers vous concernant ma "
        "candidature ; votre entreprise m’intéresse toujours.\n\nHugo Martin"
    )
    assert "generic.no_concrete_element" in _codes(text, ctx, "reminder")


@pytest.mark.parametrize(
    ("ctx", "greeting"),
    [
        (CA, "Bonjour Marie Tremblay,"),
        (CA, "Bonjour Julie-Anne,"),
        (CA, "Bonjour Madame Julie-Pier Tremblay,"),
        (FR, "Bonjour Sophie Dupont,"),
        (FR, "Bonjour Claire-Marie,"),
        (FR, "Chère Anne Dupont,"),
    ],
)
def test_another_first_name_in_the_greeting_is_pasted(
    ctx: st.InterviewContext, greeting: str
) -> None:
    text = f"{greeting}\n\nMerci pour l’entrevue.\n\nSignature"
    assert "generic.foreign_name" in _codes(text, ctx)


@pytest.mark.parametrize(
    ("ctx", "greeting"),
    [
        (CA, "Bonjour Julie,"),
        (CA, "Bonjour Julie Tremblay,"),
        (CA, "Bonjour Madame Tremblay,"),
        (FR, "Bonjour Claire,"),
        (FR, "Chère Claire Dupont,"),
        (FR, "Madame,"),
    ],
)
def test_the_right_first_name_passes(ctx: st.InterviewContext, greeting: str) -> None:
    text = f"{greeting}\n\nMerci pour l’entrevue.\n\nSignature"
    assert "generic.foreign_name" not in _codes(text, ctx)


PUSHY_TO_THE_PERSON = [
    (CA, "Bonjour Madame Tremblay,\n\nToujours pas de nouvelles. Répondez-moi au plus vite."),
    (CA, "Bonjour Julie,\n\nJe n’ai reçu aucune réponse malgré mes deux relances.\n\nCamille"),
    (FR, "Madame,\n\nIl serait temps de me faire part de votre décision.\n\nHugo Martin"),
    (FR, "Bonjour Madame Dupont,\n\nCela fait déjà trois semaines. J’attends votre réponse."),
    (FR, "Bonjour Claire,\n\nVous deviez me rappeler mardi ; je n’ai rien reçu.\n\nHugo"),
]


@pytest.mark.parametrize(("ctx", "text"), PUSHY_TO_THE_PERSON, ids=range(len(PUSHY_TO_THE_PERSON)))
def test_a_pushy_reminder_to_the_person_met_is_pushy_not_generic(
    ctx: st.InterviewContext, text: str
) -> None:
    codes = _codes(text, ctx, "reminder")
    assert any(code.startswith("pushy.") for code in codes)
    assert "generic.no_concrete_element" not in codes


@pytest.mark.parametrize(
    ("ctx", "text"),
    [
        (CA, "Bonjour,\n\nToujours pas de nouvelles. Répondez-moi au plus vite.\n\nCamille"),
        (FR, "Bonjour,\n\nJ’attends votre réponse depuis trois semaines.\n\nHugo"),
        # Courteous but empty: nothing new, nothing from the interview (R14).
        (CA, "Bonjour Madame Tremblay,\n\nJe reviens vers vous au sujet de ma candidature."),
        (FR, "Madame,\n\nJe me permets de revenir vers vous. Je reste motivé.\n\nHugo Martin"),
    ],
)
def test_a_reminder_to_anyone_or_an_empty_courteous_one_is_generic(
    ctx: st.InterviewContext, text: str
) -> None:
    assert "generic.no_concrete_element" in _codes(text, ctx, "reminder")


@pytest.mark.parametrize(
    ("ctx", "text"),
    [
        (CA, "Bonjour Julie, c’est Camille Roy. Je voulais vous remercier. Au revoir."),
        (FR, "Bonjour Claire, ici Hugo Martin, je vous remercie encore. Bonne journée."),
    ],
)
def test_a_voicemail_greeting_the_person_met_by_first_name_says_which_interview(
    ctx: st.InterviewContext, text: str
) -> None:
    assert "generic.no_concrete_element" not in _codes(text, ctx, "voicemail")


# A bare role or the company does not say which interview a call follows: the candidate
# may have applied to several posts (R20: « who you are and when you met »).
@pytest.mark.parametrize(
    ("ctx", "text", "kind"),
    [
        (
            CA,
            "Bonjour, ici Camille Roy. J’appelle au sujet du poste d’analyste pour savoir "
            "où en est le processus. Vous pouvez me joindre au 514 555-0100. Merci!",
            "voicemail",
        ),
        (
            FR,
            "Bonjour, Hugo Martin à l’appareil, au sujet de ma candidature chez vous comme "
            "chef de projet. Je souhaitais savoir si le recrutement avançait. Merci.",
            "phone_script",
        ),
    ],
)
def test_a_call_naming_only_the_role_does_not_say_which_interview(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert "generic.no_concrete_element" in _codes(text, ctx, kind)


@pytest.mark.parametrize(
    "when",
    ["le {day}", "le {short}", "{weekday}", "hier", "la semaine dernière"],
)
def test_a_call_that_says_when_the_interview_was_passes(when: str) -> None:
    held = FR.interview.date
    weekday = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()[held.weekday()]
    months = "janvier février mars avril mai juin juillet août septembre octobre novembre"
    month = (months + " décembre").split()[held.month - 1]
    said = when.format(
        day=f"{held.day} {month}", short=f"{held.day:02d}/{held.month:02d}", weekday=weekday
    )
    text = (
        f"Bonjour, Hugo Martin à l’appareil. Nous nous sommes rencontrés {said} pour le "
        "poste de chef de projet. Je souhaitais savoir où en est le processus. Merci."
    )
    assert "generic.no_concrete_element" not in _codes(text, FR, "voicemail")


# The employer's own site placed where the context never goes: written for another one.
@pytest.mark.parametrize(
    ("ctx", "sentence"),
    [
        (CA, "Merci pour la visite de votre entrepôt de Rimouski."),
        (FR, "J’ai aimé découvrir vos ateliers de la Provence."),
        (FR, "Le projet de votre boutique du quartier des Chartrons m’a plu."),
    ],
)
def test_the_employers_site_in_a_place_the_context_never_names_is_pasted(
    ctx: st.InterviewContext, sentence: str
) -> None:
    assert "generic.foreign_name" in _codes(sentence, ctx)


@pytest.mark.parametrize(
    ("ctx", "sentence"),
    [
        (FR, "J’ai aimé découvrir votre atelier de Lyon."),
        (FR, "Votre atelier de fabrication m’a impressionné."),
        (CA, "Mon ancien entrepôt de Rimouski fonctionnait en trois quarts."),
    ],
)
def test_a_site_in_the_contexts_city_or_without_a_place_passes(
    ctx: st.InterviewContext, sentence: str
) -> None:
    assert "generic.foreign_name" not in _codes(sentence, ctx)


@pytest.mark.parametrize(
    ("ctx", "sentence"),
    [
        (CA, "J’ai lu une étude de la Banque Nationale sur la clôture des coopératives."),
        (CA, "Selon l’Institut de la statistique du Québec, la migration vers SAP accélère."),
        (FR, "Un rapport de la Fédération des entreprises numériques cite votre outil."),
        (FR, "D’après un article du Groupe Moniteur, l’outil de facturation séduit les PME."),
    ],
)
def test_an_organisation_quoted_as_a_source_is_not_another_employer(
    ctx: st.InterviewContext, sentence: str
) -> None:
    text = f"Bonjour,\n\n{sentence}\n\nSignature"
    assert "generic.foreign_name" not in _codes(text, ctx, "reminder")


@pytest.mark.parametrize(
    ("ctx", "sentence"),
    [
        (CA, "Je voulais savoir si le poste d’analyste financière était toujours ouvert."),
        (FR, "Le poste de chef de projet informatique est-il encore disponible ?"),
        (FR, "Je me demandais si le poste de chef de projet serait bientôt pourvu."),
    ],
)
def test_the_role_followed_by_a_verb_is_still_the_role(
    ctx: st.InterviewContext, sentence: str
) -> None:
    assert "generic.foreign_name" not in _codes(sentence, ctx, "phone_script")


def test_every_uncommon_word_of_a_topic_proves_it_even_without_the_ordinary_ones() -> None:
    # « comment travailler avec » are ordinary words; « mobile » is the topic.
    ctx = build_context("fr_FR", topics=[{"subject": "Comment travailler avec l'équipe mobile ?"}])
    text = "Madame,\n\nJe vous joins le programme de mon stage auprès d’équipes mobiles.\n\nHugo"
    assert "generic.no_concrete_element" not in _codes(text, ctx, "reminder")


GOOD = [
    (
        FR,
        "Bonjour Madame Dupont,\n\nMerci pour notre entretien de mardi. La mise en "
        "place de votre nouvel outil de facturation m’a fait penser au chantier que "
        "j’ai mené l’an dernier.\n\nBien cordialement,\nHugo Martin",
        "thank_you",
    ),
    (
        FR,
        "Madame,\n\nJe vous remercie pour l’entretien. Vous m’avez parlé de l’équipe "
        "de développement lyonnaise et de son organisation : c’est exactement le "
        "type d’équipe que j’aime animer.\n\nHugo Martin",
        "thank_you",
    ),
    (
        FR,
        "Bonjour Madame Dupont,\n\nComme promis, je vous ai fait parvenir un exemple "
        "de cahier de recette. J’ai vu que l’Atelier Lumen ouvrait une agence à "
        "Nantes : félicitations !\n\nHugo Martin",
        "reminder",
    ),
    (
        FR,
        "Bonjour Claire,\n\nJe reviens vers vous au sujet du poste. Depuis notre "
        "échange, j’ai terminé une formation sur les outils de facturation "
        "électronique, qui pourrait servir au déploiement.\n\nHugo",
        "reminder",
    ),
    (
        FR,
        "Madame Dupont,\n\nMerci pour cet échange. Ma migration d’ERP dans une PME de "
        "200 salariés m’a appris à accompagner les utilisateurs, ce qui me semble "
        "utile pour votre outil de facturation.\n\nHugo Martin",
        "thank_you",
    ),
    (
        CA,
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue d’hier. Vos inquiétudes sur "
        "la fin d’année pendant le passage à SAP m’ont fait réfléchir ; je vous "
        "enverrai mon analyse du recouvrement cette semaine.\n\nCamille Roy",
        "thank_you",
    ),
    (
        CA,
        "Bonjour Julie,\n\nJe me permets de revenir vers vous. J’ai terminé l’analyse "
        "du processus de recouvrement promise; elle est jointe.\n\nCamille",
        "reminder",
    ),
    (
        CA,
        "Bonjour Madame Tremblay,\n\nJe pensais encore à la migration comptable dont "
        "nous avons parlé : j’ai suivi une formation SAP FI la semaine "
        "dernière.\n\nCamille Roy",
        "reminder",
    ),
    (
        FR,
        "Bonjour, Hugo Martin à l’appareil, je vous appelle au sujet de l’entretien "
        "d’hier pour le poste de chef de projet. Avez-vous besoin d’autre chose de ma part ?",
        "phone_script",
    ),
    (
        CA,
        "Bonjour Madame Tremblay, ici Camille Roy, nous nous sommes rencontrées pour "
        "le poste d’analyste financière. Je suis joignable au 514 555-0142. Merci et "
        "bonne journée.",
        "voicemail",
    ),
]


@pytest.mark.parametrize(("ctx", "text", "kind"), GOOD, ids=range(len(GOOD)))
def test_good_drafts_that_paraphrase_the_interview_are_accepted(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    report = st.check(text, ctx, kind=kind)
    assert report.passed, [(f.code, f.excerpt) for f in report.errors]


# A second batch, written after the changes above and measured before any change it
# prompted: 8 of 8 generic drafts found, 5 of 6 good drafts accepted (« deux relances
# automatisées » read as counting reminders; fixed in the rule data).
SECOND_BATCH_GENERIC = [
    (
        CA,
        "Bonjour Madame Tremblay,\n\nUn grand merci pour votre accueil et pour le "
        "temps consacré. J’ai senti une vraie cohérence entre vos valeurs et les "
        "miennes. Je serais fière de contribuer à la réussite de "
        "l’équipe.\n\nCamille Roy",
        "thank_you",
    ),
    (
        CA,
        "Bonjour Julie,\n\nMerci pour l’entrevue de mardi. Notre discussion sur la "
        "refonte de votre site transactionnel et le référencement naturel m’a "
        "passionnée.\n\nCamille",
        "thank_you",
    ),
    (
        FR,
        "Bonjour Madame Dupont,\n\nMerci pour cet entretien. Le projet de rénovation "
        "énergétique de vos résidences et la gestion des sous-traitants m’ont "
        "beaucoup intéressé.\n\nHugo Martin",
        "thank_you",
    ),
    (
        FR,
        "Bonjour Monsieur Dupont,\n\nMerci pour l’entretien d’hier.\n\nHugo Martin",
        "thank_you",
    ),
    (
        CA,
        "Bonjour Madame Tremblay,\n\nJe reviens vers vous pour savoir où en est "
        "votre réflexion. Je demeure très intéressée par le poste d’analyste "
        "financière à la Coopérative Horizon.\n\nCamille Roy",
        "reminder",
    ),
    (
        FR,
        "Bonjour Claire,\n\nJe me permets de vous relancer au sujet de ma "
        "candidature au poste de chef de projet informatique. Mon intérêt est "
        "intact.\n\nHugo",
        "reminder",
    ),
    (
        CA,
        "Bonjour, c’est Camille Roy, je vous appelle pour faire un suivi de ma "
        "candidature. Merci et bonne journée.",
        "voicemail",
    ),
    (
        FR,
        "Bonjour Sandrine,\n\nMerci pour l’entretien et pour la présentation de "
        "l’outil de facturation.\n\nHugo Martin",
        "thank_you",
    ),
]
SECOND_BATCH_GOOD = [
    (
        CA,
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue. Votre crainte d’un "
        "retard à la clôture annuelle pendant le projet SAP m’a fait repenser à ma "
        "dernière fin d’exercice.\n\nCamille Roy",
        "thank_you",
    ),
    (
        CA,
        "Bonjour Julie,\n\nComme promis, voici mon analyse du processus de "
        "recouvrement ; j’y propose deux relances automatisées.\n\nCamille",
        "thank_you",
    ),
    (
        FR,
        "Bonjour Madame Dupont,\n\nMerci pour l’entretien. Félicitations pour "
        "l’ouverture de l’agence nantaise ; j’ai vu que l’équipe de développement "
        "s’y renforçait.\n\nHugo Martin",
        "thank_you",
    ),
    (
        FR,
        "Madame,\n\nDepuis notre entretien, j’ai rédigé une note sur la recette du "
        "futur outil de facturation ; je peux vous la transmettre.\n\nHugo Martin",
        "reminder",
    ),
    (
        CA,
        "Bonjour Madame Tremblay, ici Camille Roy. Je vous appelle au sujet de "
        "l’entrevue pour le poste d’analyste financière. Je suis joignable au 514 "
        "555-0142.",
        "voicemail",
    ),
    (
        FR,
        "Bonjour Claire, Hugo Martin à l’appareil. Je voulais savoir si vous aviez "
        "besoin d’autres éléments sur ma migration d’ERP.",
        "phone_script",
    ),
]


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), SECOND_BATCH_GENERIC, ids=range(len(SECOND_BATCH_GENERIC))
)
def test_second_batch_of_generic_drafts_is_found(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert _generic(text, ctx, kind)


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), SECOND_BATCH_GOOD, ids=range(len(SECOND_BATCH_GOOD))
)
def test_second_batch_of_good_drafts_is_accepted(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    report = st.check(text, ctx, kind=kind)
    assert report.passed, [(f.code, f.excerpt) for f in report.errors]


GLASS = build_context(
    "fr_CA",
    role__title="restauratrice de vitraux",
    company__name="Vitraux Ducharme",
    topics=[{"subject": "la documentation des verres d'origine", "note": None}],
    company__facts=[],
)


def test_key_words_far_apart_do_not_name_a_topic() -> None:
    """blind30: « le travail du verre […] l'œuvre d'origine », twenty words apart, passed as
    « les verres d'origine »: a letter of the trade's stock words read as concrete."""
    scattered = (
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue. Le travail du verre, du plomb et "
        "de la lumière demande de la patience, de la minutie et un grand respect de l’œuvre "
        "d’origine, des qualités que j’apporte à chacun de mes projets.\n\nCamille Roy"
    )
    together = (
        "Bonjour Madame Tremblay,\n\nMerci pour l’entrevue. Votre façon de garder la trace de "
        "chaque verre d’origine, avec ses fiches, m’a beaucoup plu.\n\nCamille Roy"
    )
    assert "generic.no_concrete_element" in _codes(scattered, GLASS)
    assert not _generic(together, GLASS)


def test_a_reminder_telling_a_fact_since_with_its_figure_is_not_generic() -> None:
    """blind10: a reminder whose new element is the candidate's own (« j'ai fini la formation
    de premiers soins (16 heures) ») brings what R14 asks, recorded in the context or not."""
    news = (
        "Bonjour Madame Tremblay,\n\nJe voulais simplement vous dire que j’ai fini cette semaine "
        "la formation de secourisme en milieu de travail (16 heures).\n\nMon intérêt pour le "
        "poste est toujours le même.\n\nCamille Roy"
    )
    vague = news.replace(" (16 heures)", "").replace("j’ai fini cette semaine", "j’ai suivi")
    assert not _generic(news, CA, "reminder")
    assert "generic.no_concrete_element" in _codes(vague, CA, "reminder")
