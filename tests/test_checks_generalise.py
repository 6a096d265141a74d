"""Signs written in other words than the rules' examples: gentle reproach, hinted leverage,
disclaimers, pasted organisations of the same kind, spoken drafts that identify nothing.

Each sign comes with near misses that must stay quiet.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context

TOPIC = " Notre échange sur la migration du système comptable vers SAP m’a marquée."


def _pushy_errors(text: str, ctx: st.InterviewContext) -> list[st.Finding]:
    return [f for f in st.check(text, ctx, kind="reminder").errors if f.family == "pushy"]


def _codes(text: str, ctx: st.InterviewContext, kind: str = "reminder") -> set[str]:
    return {f.code for f in st.check(text, ctx, kind=kind).errors}


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Ma candidature a pu vous échapper dans le tourbillon de l’automne.", "pushy.reproach"),
        ("Je n’ai reçu aucune nouvelle depuis notre entrevue.", "pushy.reproach"),
        ("Les entreprises ne prennent pas toujours le temps de répondre.", "pushy.reproach"),
        ("Ce long silence me laisse perplexe.", "pushy.reproach"),
        ("Trois semaines sans visibilité commencent à faire long.", "pushy.impatience"),
        (
            "Je ne voudrais surtout pas paraître impatiente, mais j’aimerais savoir.",
            "pushy.impatience",
        ),
        ("Sans vouloir vous presser, où en êtes-vous ?", "pushy.impatience"),
        ("D’autres démarches avancent de mon côté.", "pushy.leverage"),
        ("Je dois prendre une décision dans les prochains jours.", "pushy.leverage"),
    ],
)
def test_gentle_pushiness_is_still_pushy(ctx: st.InterviewContext, text: str, code: str) -> None:
    assert code in _codes(text + TOPIC, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "Un détail de votre présentation a pu m’échapper : pourriez-vous me le préciser ?",
        "J’ai bien reçu votre courriel hier, merci.",
        "Sans vouloir vous déranger, voici l’analyse promise.",
        "Vous m’aviez dit vouloir prendre une décision d’ici la fin du mois.",
        "D’autres équipes de la coopérative utilisent déjà SAP.",
        "Le silence de la salle des marchés m’a frappée.",
    ],
)
def test_their_near_misses_pass(ctx: st.InterviewContext, text: str) -> None:
    assert not _pushy_errors(text + TOPIC, ctx)


def test_awaiting_formula_is_a_warning_and_naming_the_answer_an_error(
    ctx: st.InterviewContext,
) -> None:
    formula = st.check("Dans l’attente de votre retour." + TOPIC, ctx, kind="thank_you")
    assert formula.passed
    assert "style.awaiting_formula" in formula.codes
    answer = st.check("Dans l’attente de votre réponse." + TOPIC, ctx, kind="reminder")
    assert "pushy.waiting_for_answer" in answer.codes


def test_an_organisation_of_the_same_kind_is_still_another_one(ctx: st.InterviewContext) -> None:
    pasted = "J’ai aimé découvrir l’équipe de la Coopérative Boréale." + TOPIC
    assert "generic.foreign_name" in _codes(pasted, ctx, "thank_you")
    own = "J’ai aimé découvrir l’équipe de la Coopérative Horizon." + TOPIC
    assert "generic.foreign_name" not in _codes(own, ctx, "thank_you")


def test_looking_ahead_to_another_company_is_pasted_even_after_my_experience(
    ctx: st.InterviewContext,
) -> None:
    pasted = "Je serais ravie d’apporter mon expérience à la Banque Alpine." + TOPIC
    assert "generic.foreign_name" in _codes(pasted, ctx, "thank_you")
    past = "Mon expérience à la Banque Alpine m’a appris la rigueur." + TOPIC
    assert "generic.foreign_name" not in _codes(past, ctx, "thank_you")


@pytest.mark.parametrize("kind", ["voicemail", "phone_script"])
def test_a_spoken_draft_must_say_which_interview_it_follows(
    ctx: st.InterviewContext, kind: str
) -> None:
    anonymous = "Bonjour, je vous appelle pour faire un suivi de ma candidature. Merci."
    assert "generic.no_concrete_element" in _codes(anonymous, ctx, kind)
    dated = "Bonjour, ici Camille Roy : nous nous sommes parlé le 19 novembre. Merci."
    assert "generic.no_concrete_element" not in _codes(dated, ctx, kind)


def test_a_call_must_say_more_than_the_name_of_the_person_met(ctx: st.InterviewContext) -> None:
    """blind27: « Bonjour Madame de Montigny… ma candidature au poste de… », generic.

    A voicemail of 30 seconds that names the person met passes; a conversation has time to
    say when the interview was or what it was about (R20), and older corpora agree.
    """
    named = "Bonjour Madame Tremblay, ici Camille Roy, pour le poste d’analyste financière."
    finding = next(
        f
        for f in st.check(named, ctx, kind="phone_script").errors
        if f.code == "generic.no_concrete_element"
    )
    assert finding.message.startswith("Nommer la personne rencontrée ne suffit pas")
    assert "generic.no_concrete_element" not in _codes(named, ctx, "voicemail")
    dated = named + " Nous nous sommes parlé le 19 novembre."
    assert "generic.no_concrete_element" not in _codes(dated, ctx, "phone_script")


@pytest.mark.parametrize(
    "text",
    [
        "[Si elle répond]\nBonjour Madame Tremblay, au sujet de la migration vers SAP.",
        "J’ai noté le nom de la personne à rappeler pour la migration vers SAP.",
        "Bonjour Madame Tremblay, au sujet de la migration vers SAP.\n[si oui] Merci.\n[fin]",
        "[Sonnerie] Bonjour Madame Tremblay, au sujet de la migration vers SAP. [Raccrocher]",
        "[laisser un silence]\nBonjour Madame Tremblay, au sujet de la migration vers SAP.",
        "[Ton léger, surtout pas agressif] Bonjour Madame Tremblay, au sujet de SAP.",
        "Bonjour Madame Tremblay, au sujet de SAP. [Ne pas raccrocher sans une réponse.]",
    ],
)
def test_stage_directions_and_plain_sentences_are_not_residue(
    ctx: st.InterviewContext, text: str
) -> None:
    assert "generic.template_residue" not in _codes(text, ctx, "phone_script")


@pytest.mark.parametrize("slot", ["[Nom]", "[NOM DU RECRUTEUR]", "[prénom de la personne]"])
def test_a_placeholder_beside_stage_directions_is_still_residue(
    ctx: st.InterviewContext, slot: str
) -> None:
    text = f"Bonjour {slot}, au sujet de la migration vers SAP.\n[laisser un silence]\n[fin]"
    assert "generic.template_residue" in _codes(text, ctx, "phone_script")


def test_a_written_draft_keeps_its_brackets_as_residue(ctx: st.InterviewContext) -> None:
    """Stage directions belong to a call: in an email, « [ton léger] » is a note left in."""
    text = "Bonjour Madame Tremblay, [ton léger] au sujet de la migration vers SAP."
    assert "generic.template_residue" in _codes(text, ctx, "reminder")


def _with(ctx: st.InterviewContext, **changes: object) -> st.InterviewContext:
    data = ctx.model_dump(mode="json")
    data.update(changes)
    return st.InterviewContext.model_validate(data)


def test_a_code_or_acronym_from_a_topic_is_a_concrete_element(ctx: st.InterviewContext) -> None:
    audit = _with(ctx, topics=[{"subject": "l'audit de certification EN 9100 prévu en mai"}])
    text = "Bonjour Madame Tremblay,\n\nJe prépare déjà l’EN 9100 de mai.\n\nCamille Roy"
    assert "generic.no_concrete_element" not in _codes(text, audit, "thank_you")


def test_a_common_word_of_a_name_in_lowercase_does_not_name_it(ctx: st.InterviewContext) -> None:
    """« le transport scolaire » is not « Transport Richelieu-Sud » (blind16)."""
    bus = _with(
        ctx,
        topics=[],
        company={"name": "Autobus Beaulac", "facts": []},
        debrief={"highlights": ["la refonte de 22 circuits chez Transport Richelieu-Sud"]},
    )
    stock = (
        "Bonjour Monsieur,\n\nLe transport scolaire me passionne depuis toujours.\n\nCamille Roy"
    )
    assert "generic.no_concrete_element" in _codes(stock, bus, "thank_you")
    named = stock.replace("Le transport scolaire", "Mon passage chez Transport Richelieu-Sud")
    assert "generic.no_concrete_element" not in _codes(named, bus, "thank_you")
    caves = _with(
        ctx,
        topics=[],
        company={
            "name": "Maison Vasseur",
            "facts": ["Le caveau accueillera « Caves ouvertes », les 17 et 18 avril 2027."],
        },
    )
    visit = "Bonjour Madame,\n\nMerci pour la visite des caves.\n\nCamille Roy"
    assert "generic.no_concrete_element" not in _codes(visit, caves, "thank_you")


def test_a_single_word_every_letter_uses_proves_nothing(ctx: st.InterviewContext) -> None:
    welcome = _with(ctx, topics=[{"subject": "l'accueil des nouveaux arrivants"}])
    text = "Bonjour Madame Tremblay,\n\nMerci pour votre accueil chaleureux.\n\nCamille Roy"
    assert "generic.no_concrete_element" in _codes(text, welcome, "thank_you")


@pytest.mark.parametrize(
    ("fact", "text"),
    [
        (
            "La station a obtenu le renouvellement de sa licence jusqu'en 2033.",
            "Vous avez une belle station, et je serais heureuse d'en faire partie.",
        ),
        (
            "La protection des renseignements personnels dans les dossiers des familles.",
            "Je suis une personne rigoureuse et empathique.",
        ),
        (
            "Le site vient de renouveler sa certification IFS Logistics.",
            "Le poste correspond bien à mon expérience en logistique.",
        ),
    ],
)
def test_one_word_any_french_text_uses_does_not_name_a_point(
    ctx: st.InterviewContext, fact: str, text: str
) -> None:
    """« station », « personne » are common French: alone, they recall no point."""
    common = _with(ctx, topics=[{"subject": fact}], commitments=[])
    letter = f"Bonjour Madame Tremblay,\n\n{text}\n\nCamille Roy"
    assert "generic.no_concrete_element" in _codes(letter, common, "thank_you")


def test_one_rare_word_still_names_a_point(ctx: st.InterviewContext) -> None:
    """« les astreintes » alone is this interview: the word is rare in ordinary French."""
    on_call = _with(ctx, topics=[{"subject": "les astreintes du samedi matin"}], commitments=[])
    letter = "Bonjour Madame Tremblay,\n\nLes astreintes ne me font pas peur.\n\nCamille Roy"
    assert "generic.no_concrete_element" not in _codes(letter, on_call, "thank_you")


def test_a_reminder_that_recalls_the_announced_date_is_tied_to_the_process(
    ctx: st.InterviewContext,
) -> None:
    dated = (
        "Bonjour Madame Tremblay,\n\nVous évoquiez une décision vers le 28 novembre ; "
        "mon intérêt reste entier.\n\nCamille Roy"
    )
    assert "generic.no_concrete_element" not in _codes(dated, ctx)
    undated = (
        "Bonjour Madame Tremblay,\n\nJe vous écris au sujet de ma candidature ; "
        "mon intérêt reste entier.\n\nCamille Roy"
    )
    assert "generic.no_concrete_element" in _codes(undated, ctx)


@pytest.mark.parametrize(
    "pasted",
    [
        "J’aimerais rejoindre l’équipe de la Société de transport de l’Outaouais.",
        "Je crois pouvoir être utile à Lavoie et Associés dès les premières semaines.",
        "Merci pour l’entrevue de mercredi au CPE La Ribambelle.",
    ],
)
def test_an_organisation_named_by_its_kind_is_found_anywhere(
    ctx: st.InterviewContext, pasted: str
) -> None:
    assert "generic.foreign_name" in _codes(pasted + TOPIC, ctx, "thank_you")


def test_past_employers_named_by_their_kind_are_not_pasted(ctx: st.InterviewContext) -> None:
    past = "J’ai travaillé trois ans à la Société de transport de l’Outaouais." + TOPIC
    assert "generic.foreign_name" not in _codes(past, ctx, "thank_you")


def test_a_role_written_as_an_acronym_is_not_another_role(ctx: st.InterviewContext) -> None:
    text = "Merci pour l’entrevue pour le poste d’ASV." + TOPIC
    assert "generic.foreign_name" not in _codes(text, ctx, "thank_you")


def test_a_role_shortened_to_its_head_and_a_number_is_not_another_role(
    ctx: st.InterviewContext,
) -> None:
    """« répartiteur 9-1-1 » for « répartiteur d'urgence 9-1-1 – police, incendie… »."""
    dispatch = _with(ctx, role={"title": "répartiteur d'urgence 9-1-1 – police et incendie"})
    text = "Merci pour l’entrevue pour le poste de répartiteur 9-1-1." + TOPIC
    assert "generic.foreign_name" not in _codes(text, dispatch, "thank_you")
    other = "Merci pour l’entrevue pour le poste de répartiteur ambulancier." + TOPIC
    assert "generic.foreign_name" in _codes(other, dispatch, "thank_you")


def test_a_spaced_dash_ends_the_role_title(ctx: st.InterviewContext) -> None:
    """« poste de superviseure - petite idée pour mars » (blind16): the dash ends the title."""
    ski = _with(ctx, role={"title": "superviseure des remontées mécaniques"})
    text = "Poste de superviseure - petite idée pour mars." + TOPIC
    assert "generic.foreign_name" not in _codes(text, ski, "thank_you")
    other = "Poste de superviseure de production - petite idée pour mars." + TOPIC
    assert "generic.foreign_name" in _codes(other, ski, "thank_you")


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Je me permets d’insister : ma candidature mérite une réponse.", "pushy.pressure"),
        ("Ma candidature mérite, je crois, une réponse.", "pushy.reproach"),
        ("Je reste suspendu à votre décision depuis trois semaines.", "pushy.waiting_for_answer"),
        ("J’aurais aimé être tenu informé de l’avancement.", "pushy.reproach"),
        ("Un cabinet concurrent m’a approché la semaine dernière.", "pushy.leverage"),
        ("Je trouve dommage de ne pas avoir été recontactée.", "pushy.reproach"),
        ("Je suis surprise de ne pas avoir eu de nouvelles.", "pushy.reproach"),
        ("Je souhaiterais une réponse ferme avant la fin de la semaine.", "pushy.pressure"),
    ],
)
def test_disappointment_insistence_and_approaches_are_pushy(
    ctx: st.InterviewContext, text: str, code: str
) -> None:
    assert code in _codes(text + TOPIC, ctx)


@pytest.mark.parametrize(
    "text",
    [
        "J’insiste sur un point : la clôture mensuelle m’est familière.",
        "Je regrette de ne pas avoir eu le temps de vous montrer mon tableau de bord.",
        "J’ai bien noté que la décision serait prise d’ici fin novembre.",
        "Chez mon employeur précédent, j’ai souvent dû répondre rapidement aux urgences.",
    ],
)
def test_emphasis_regret_and_work_urgency_pass(ctx: st.InterviewContext, text: str) -> None:
    assert not _pushy_errors(text + TOPIC, ctx)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Je souhaiterais être fixée rapidement.", "pushy.impatience"),
        ("Ma situation ne me permet pas d’attendre indéfiniment.", "pushy.impatience"),
    ],
)
def test_wanting_to_be_fixed_soon_is_impatience(
    ctx: st.InterviewContext, text: str, code: str
) -> None:
    assert code in _codes(text + TOPIC, ctx)


def test_two_words_every_letter_uses_do_not_prove_a_topic(ctx: st.InterviewContext) -> None:
    anxious = _with(ctx, topics=[{"subject": "l'accueil des patients anxieux"}])
    vague = "Merci pour votre accueil et votre engagement envers les patients."
    assert "generic.no_concrete_element" in _codes(vague, anxious, "thank_you")
    precise = "Votre façon d’accueillir les patients anxieux m’a marquée."
    assert "generic.no_concrete_element" not in _codes(precise, anxious, "thank_you")


def test_a_future_site_is_a_qualifier_not_another_role(ctx: st.InterviewContext) -> None:
    deputy = _with(ctx, role={"title": "responsable adjointe de magasin"})
    text = "Merci pour l’entrevue pour le poste de responsable adjointe du futur magasin." + TOPIC
    assert "generic.foreign_name" not in _codes(text, deputy, "thank_you")


def test_a_topic_is_named_by_its_head_before_a_relative_clause(
    ctx: st.InterviewContext,
) -> None:
    """Drafts cut « l'équipe de nuit qui se sent oubliée » at « qui »; its head still counts."""
    topic = {"subject": "l'équipe de nuit qui se sent un peu oubliée par la direction"}
    night = st.InterviewContext.model_validate({**ctx.model_dump(mode="json"), "topics": [topic]})
    head = "Bonjour Madame Tremblay, notre échange sur l’équipe de nuit m’a marquée."
    assert "generic.no_concrete_element" not in _codes(head, night, "reminder")
    too_short = "Bonjour Madame Tremblay, notre échange sur l’équipe m’a marquée."
    assert "generic.no_concrete_element" in _codes(too_short, night, "reminder")


def test_a_topic_quoted_whole_is_named_even_in_the_role_s_words(
    ctx: st.InterviewContext,
) -> None:
    """« travail de nuit » for a night post: « nuit » alone is the role, the phrase is the topic."""
    night = _with(
        ctx,
        role={"title": "Aide-soignant(e) DE - CDI temps plein - nuit H/F"},
        topics=[{"subject": "travail de nuit"}],
    )
    quoted = "Bonjour Madame, le poste m’intéresse toujours autant, travail de nuit compris."
    assert "generic.no_concrete_element" not in _codes(quoted, night, "reminder")
    role_only = "Bonjour Madame, le poste de nuit m’intéresse toujours autant."
    assert "generic.no_concrete_element" in _codes(role_only, night, "reminder")
    said_as_role = _with(night, role={"title": "agent de travail de nuit"})
    assert "generic.no_concrete_element" in _codes(quoted, said_as_role, "reminder")


def test_a_topic_in_the_advert_s_parentheses_is_not_the_role(ctx: st.InterviewContext) -> None:
    """fresh6 v08: « membrane élastomère » quoted, the title's detail in brackets."""
    roofer = _with(
        ctx,
        role={"title": "couvreur compagnon (bardeau, membrane élastomère)"},
        topics=[{"subject": "membrane elastomere"}],
    )
    text = "Bonjour Madame, notre échange sur la membrane élastomère m’a marqué."
    assert "generic.no_concrete_element" not in _codes(text, roofer, "reminder")


def test_the_trades_own_words_recurring_in_the_context_name_no_point(
    ctx: st.InterviewContext,
) -> None:
    """blind23 to blind25: « la préparation des spécimens et la valorisation des collections »
    to a museum whose every note speaks of specimens and collections."""
    museum = _with(
        ctx,
        topics=[{"subject": "le reconditionnement des spécimens de la collection Vialatte"}],
        company={
            "name": "Muséum de Saint-Aurèle",
            "facts": ["Le Muséum a reçu la collection Vialatte, près de 900 spécimens."],
        },
        debrief={"highlights": ["ma formation aux spécimens traités et aux collections anciennes"]},
        commitments=[],
    )
    trade = (
        "Bonjour Madame Tremblay,\n\nLa préparation des spécimens et la valorisation des "
        "collections sont au cœur de ma vocation.\n\nCamille Roy"
    )
    assert "generic.no_concrete_element" in _codes(trade, museum, "thank_you")
    named = trade.replace("des collections", "de la collection Vialatte")
    assert "generic.no_concrete_element" not in _codes(named, museum, "thank_you")
    reconditioned = trade.replace("La préparation", "Le reconditionnement")
    assert "generic.no_concrete_element" not in _codes(reconditioned, museum, "thank_you")


@pytest.mark.parametrize(
    ("title", "activity", "other"),
    [
        ("régisseur·e de tournée", "régie de tournée", "sonorisation de tournée"),
        ("gestionnaire de projets", "gestion de projets", "coordination de projets"),
    ],
)
def test_the_job_named_by_its_activity_is_the_same_job(
    title: str, activity: str, other: str
) -> None:
    """blind27: « Le poste de régie de tournée m'intéresse » for a « régisseur·e de tournée »."""
    context = build_context("fr_CA", role__title=title)
    same = f"Le poste de {activity} m’intéresse toujours beaucoup."
    assert "generic.foreign_name" not in _codes(same, context)
    pasted = f"Le poste de {other} m’intéresse toujours beaucoup."
    assert "generic.foreign_name" in _codes(pasted, context)


def test_a_call_does_not_cite_a_sentence_by_two_common_words() -> None:
    """blind28: « votre atelier », « la conservation du patrimoine » for the news « un atelier
    de l'Institut canadien de conservation sur la consolidation des grisailles ».

    Aloud, a sentence of the context needs a rarer word, or three of its words.
    """
    news = (
        "J'ai terminé un atelier de l'Institut canadien de conservation sur la consolidation "
        "des grisailles."
    )
    context = build_context("fr_CA", debrief={"since": [news]}, topics=[{"subject": "la paie"}])
    stock = (
        "Bonjour, ici Camille Roy, pour le poste d’analyste financière. Je tenais à redire "
        "mon intérêt pour le travail de conservation que fait votre atelier. Merci."
    )
    assert "generic.no_concrete_element" in _codes(stock, context, "phone_script")
    cited = stock.replace("Merci.", "J’ai d’ailleurs suivi un atelier sur les grisailles.")
    assert "generic.no_concrete_element" not in _codes(cited, context, "phone_script")
    three = stock.replace("Merci.", "J’ai terminé un atelier de l’Institut de conservation.")
    assert "generic.no_concrete_element" not in _codes(three, context, "phone_script")


def test_a_call_dated_with_an_abbreviated_month_says_when(ctx: st.InterviewContext) -> None:
    """blind10: « entrevue tél. 30 nov. » in a call checklist dates the interview."""
    assert ctx.interview.date.month == 11
    said = f"Bonjour, ici Camille Roy : notre entrevue du {ctx.interview.date.day} nov., merci."
    assert "generic.no_concrete_element" not in _codes(said, ctx, "phone_script")
    undated = said.replace(f" du {ctx.interview.date.day} nov.", "")
    assert "generic.no_concrete_element" in _codes(undated, ctx, "phone_script")


@pytest.mark.parametrize("verb", ["tient toujours", "continue de m’intéresser", "garde tout"])
def test_the_verb_after_a_shortened_title_is_not_part_of_it(verb: str) -> None:
    """blind29: « Ma candidature au poste d'harmoniste tient toujours » for a « harmoniste en
    facture d'orgues » read « harmoniste tient » as another job."""
    context = build_context("fr_FR", role__title="harmoniste en facture d'orgues (H/F)")
    same = f"Ma candidature au poste d’harmoniste {verb}, avec le même enthousiasme."
    assert "generic.foreign_name" not in _codes(same, context)
    pasted = f"Ma candidature au poste d’accordeur de pianos {verb}."
    assert "generic.foreign_name" in _codes(pasted, context)


def test_a_question_topic_is_named_by_its_noun_phrase() -> None:
    """fresh18: the library's own reminder, « la façon de gérer le pic du 14 juillet », was
    refused as naming nothing of « Comment gérez-vous le pic du 14 juillet ? »."""
    context = build_context(
        "fr_FR",
        topics=[{"subject": "Comment gérez-vous le pic du 14 juillet ?"}],
        commitments=[],
        debrief={"highlights": [], "since": []},
        company={"name": "Office de tourisme de Belle-Île-en-Mer", "facts": []},
    )
    named = (
        "Bonjour Monsieur,\n\nMon intérêt pour le poste est intact, en particulier pour la "
        "façon de gérer le pic du 14 juillet.\n\nBien cordialement,\nMaëlys Le Goff"
    )
    assert "generic.no_concrete_element" not in _codes(named, context, kind="reminder")
    bare = named.replace("la façon de gérer le pic du 14 juillet", "votre équipe")
    assert "generic.no_concrete_element" in _codes(bare, context, kind="reminder")


def test_a_voicemail_says_which_application_it_follows() -> None:
    """blind30: « Bonjour Madame de Kerlan, … au sujet de ma candidature » fits every
    application the candidate has made; an appointment set with the person met does not
    (blind6: « je serai bien présent jeudi à 17 h 30 »)."""
    context = build_context("fr_FR", interviewer={"name": "Gwenola de Kerlan"})
    status = (
        "Bonjour Madame de Kerlan, Maëlle Guérin à l’appareil. Je vous appelais au sujet de ma "
        "candidature, pour savoir où en était le processus. Mon numéro : 06 55 50 14 27."
    )
    assert "generic.no_concrete_element" in _codes(status, context, "voicemail")
    for named in (
        f"du poste de {context.role.title}",
        "du rendez-vous de jeudi",
        "de notre rendez-vous à 17 h 30",
    ):
        said = status.replace("de ma candidature", named)
        assert "generic.no_concrete_element" not in _codes(said, context, "voicemail"), named
    thanks = "Bonjour Madame de Kerlan, Maëlle Guérin à l’appareil. Merci encore, bonne journée."
    assert "generic.no_concrete_element" not in _codes(thanks, context, "voicemail")


def test_an_answer_given_word_for_word_names_the_interview() -> None:
    """fresh21: the library's reminder « je vous confirme que je peux faire le 24 mais pas le
    31 » was refused as naming nothing: no key word finds the answer promised."""
    answer = "je peux faire le 24 mais pas le 31"
    context = build_context(
        "fr_CA",
        topics=[{"subject": "la mise en place du brunch"}],
        commitments=[{"promise": "lui dire si je peux faire le 24 et le 31", "details": answer}],
        debrief={"highlights": [], "since": []},
        company={"name": "Le Quai 9", "facts": []},
    )
    given = (
        "Bonjour Monsieur,\n\nJe me permets de vous écrire au sujet du poste.\n\nComme promis, "
        f"je vous confirme que {answer}.\n\nSalutations distinguées,\nAlex Gendron"
    )
    assert "generic.no_concrete_element" not in _codes(given, context, kind="reminder")
    vague = given.replace(answer, "je suis disponible")
    assert "generic.no_concrete_element" in _codes(vague, context, kind="reminder")
