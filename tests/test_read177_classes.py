"""What the blind read 177 and the pair read 179 found in fresh72 (measured at 694005b, once)."""

from __future__ import annotations

import re
from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import formatting

_THANKED = [{"kind": "thank_you", "on": "2026-11-20", "channel": "email"}]


def _steps(ctx: st.InterviewContext) -> dict[str, date]:
    return {step.kind: step.on for step in st.plan(ctx, today=date(2026, 11, 20)).steps}


def test_a_second_interview_fixed_later_than_the_decision_is_waited_for() -> None:
    """A reminder on the day of « 2e entretien prévu le 14 décembre » (decision by the 11th)."""
    ctx = build_context(
        "fr_FR",
        interview__date="2026-11-27",
        next_steps__decision_by="2026-12-11",
        next_steps__short_process=False,
        debrief__impressions="2e entretien prévu le 14 décembre avec un autre associé.",
        history=[{"kind": "thank_you", "on": "2026-11-30", "channel": "email"}],
    )
    plan = st.plan(ctx, today=date(2026, 12, 1))
    reminder = next(step for step in plan.steps if step.kind == "reminder")
    assert reminder.on >= date(2026, 12, 21)
    assert "14\u00a0décembre" in reminder.note


def test_a_meeting_noted_since_the_interview_is_waited_for_by_the_call() -> None:
    """A call on the day of « nous rencontrer à la clinique le 15 décembre »."""
    ctx = build_context(
        "fr_CA",
        interview__date="2026-11-27",
        next_steps__channel="phone",
        next_steps__short_process=False,
        debrief__since=["J'ai réservé mon vol : nous pourrons nous rencontrer le 15 décembre."],
        history=[{"kind": "thank_you", "on": "2026-11-30", "channel": "email"}],
    )
    first = next(
        step for step in st.plan(ctx, today=date(2026, 12, 1)).steps if step.kind != "commitment"
    )
    assert first.on > date(2026, 12, 21)


def test_a_label_with_an_ampersand_is_not_pasted_in_a_reminder() -> None:
    """« J'ai lu avec intérêt que Rhin Audit & Conseil : ouverture d'un bureau à Colmar »."""
    ctx = build_context(
        "fr_FR",
        company__name="Rhin Audit & Conseil",
        company__facts=["Rhin Audit & Conseil : ouverture d'un bureau à Colmar en mars"],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "Conseil :" not in body
    assert "l’ouverture d’un bureau à Colmar en mars" in body


def test_a_number_typed_with_its_trunk_zero_is_dictated_as_dialled() -> None:
    """« Vous pouvez me joindre au +33 (0)6 39 98 33 18 », in a voicemail."""
    said = formatting.phone_number("+33 (0)6 39 98 33 18", "fr_FR", spoken=True)
    assert said == "06\u00a039\u00a098\u00a033\u00a018"
    assert formatting.phone_number("0639981502", "fr_FR") == "06\u00a039\u00a098\u00a015\u00a002"


def test_a_point_to_add_is_not_tied_to_a_topic_by_a_container_word() -> None:
    """« Pour revenir sur le cours de salubrité alimentaire : j'ai mon cours de premiers soins »."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "cours de salubrité alimentaire?", "note": "ils le payent"}],
        debrief__to_add="J'ai pas dit que j'ai mon cours de premiers soins depuis l'été passé.",
        debrief__struck_by=None,
    )
    body = st.render("thank_you", ctx).body
    assert "premiers soins" in body
    sentence = next(s for s in re.split(r"(?<=[.!?])\s+", body) if "premiers soins" in s)
    assert "salubrité" not in sentence


def test_a_plus_typed_orally_is_written_as_an_asset() -> None:
    """« mon CAP de peintre c'est un plus pour conseiller sur la chaux »."""
    ctx = build_context(
        "fr_FR",
        topics=[{"subject": "conseil sur les peintures a la chaux"}],
        debrief__to_add="Mon CAP de peintre c'est un plus pour conseiller sur la chaux, "
        "je l'ai pas assez dit.",
        debrief__struck_by=None,
    )
    body = st.render("thank_you", ctx).body
    assert "un plus" not in body
    assert "CAP de peintre est un atout" in body


def test_years_of_the_very_task_answer_the_topic_in_the_thank_you() -> None:
    """« La pose de lettrage sur véhicules… : mon AEC en conception graphique m'y a préparée »,
    when « cinq ans en lettrage de véhicules » was noted too."""
    ctx = build_context(
        "fr_CA",
        candidate__gender="f",
        topics=[{"subject": "pose de lettrage sur vehicules", "note": "c'est leur gros enjeu"}],
        debrief__highlights=["mon AEC en graphisme", "cinq ans en lettrage de véhicules"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    # The years of the very task are the asset said, with the topic they answer (pair reads
    # 321 and 322).
    assert "cinq ans en lettrage" in next(p for p in body.split("\n\n") if "pose de" in p)
    assert "AEC" not in body


def test_an_unrelated_asset_is_not_said_to_prepare_for_an_insisted_topic() -> None:
    """« Vous avez particulièrement insisté sur la télémétrie des machines : mes trois ans de
    livraison en VL m'y ont préparée » (read 175), and the same class in read 177."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="f",
        topics=[{"subject": "télémétrie des machines", "note": "nouveau système, il a insisté"}],
        debrief__highlights=["3 ans de livraison en VL"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    assert "m’y ont préparée" not in body
    assert "télémétrie des machines" in body
    assert "livraison en VL" in body


def test_a_reminder_does_not_say_it_evoked_the_post_on_a_day() -> None:
    """« Je fais un suivi au sujet du poste…, que nous avons évoqué le 16 novembre »."""
    for name in ("Julie Roy", "Marc Caron", "Léa Fortin", "Paul Morin", "Anne Dubé", "Luc Roy"):
        for locale in ("fr_CA", "fr_FR"):
            ctx = build_context(locale, candidate__name=name, history=_THANKED)
            body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
            assert "que nous avons évoqué le" not in body


def test_details_left_out_of_the_thanks_are_given_once_by_the_reminder() -> None:
    """References the reminder gave were read out again by the call ten days later."""
    details = "M. Hugo Marchetti, chef de projet chez Sonalp, 06 39 98 48 20"
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui transmettre les coordonnées d'une référence",
                "done": True,
                "details": details,
            }
        ],
        debrief__impressions="Oublié de mettre les coordos des références dans le mail.",
        history=[
            {"kind": "thank_you", "on": "2026-11-27", "channel": "email"},
            {"kind": "reminder", "on": "2026-12-04", "channel": "email"},
        ],
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 14)).body
    assert "Marchetti" not in call
    reminder_ctx = ctx.model_copy(update={"history": ctx.history[:1]})
    reminder = st.render("reminder", reminder_ctx, sent_on=date(2026, 12, 4)).body
    assert "Marchetti" in reminder


def test_dates_given_for_a_trial_day_are_followed_up() -> None:
    """A call that only asked for news while the trial day, dates given, was still to set."""
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui dire quand je suis dispo pour une journée d'essai",
                "done": True,
                "details": "le mardi 8 ou le mercredi 9 décembre",
            }
        ],
        history=_THANKED,
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 3)).body
    assert "dates que je vous ai proposées pour la journée d’essai" in call
    reminder = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "dates que je vous ai proposées pour la journée d’essai" in reminder


def test_a_reminder_ties_years_of_the_trade_to_a_contract_won() -> None:
    """« …le marché de protection anticorrosion… : toutes mes félicitations. », and nothing of
    the candidate's ten years of blasting hulls (pair read 179)."""
    ctx = build_context(
        "fr_FR",
        company__facts=["La SCOP a remporté le 26 novembre le marché des portiques du port"],
        debrief__highlights=["dix ans de sablage de coques au chantier naval"],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 3)).body
    assert "Mes dix ans de sablage de coques au chantier naval pourraient y être utiles." in body


def test_a_reminder_does_not_repeat_the_link_the_thank_you_made() -> None:
    """« Je reviens à notre échange sur la clientèle sportive : mon internat… m'y a préparée »,
    word for word what the thank-you said (read 177, pair read 179)."""
    ctx = build_context(
        "fr_CA",
        candidate__gender="f",
        topics=[{"subject": "la clientèle sportive", "note": "il en a parlé longtemps"}],
        debrief__highlights=["mon internat en clinique sportive à Trois-Rivières"],
        debrief__struck_by=None,
        debrief__to_add=None,
        debrief__since=[],
        company__facts=[],
        commitments=[],
        history=_THANKED,
    )
    thanks = st.render("thank_you", ctx).body
    reminder = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    sentence = next(s for s in re.split(r"(?<=[.!?])\s+", thanks) if "internat" in s)
    assert sentence not in reminder
    assert "m’y a préparée" not in reminder


def test_news_that_tells_its_bearing_is_not_tied_to_the_topic_it_repeats() -> None:
    """« Pour revenir à notre échange sur les TMS au ponçage, j'ai terminé la formation… : je
    pourrai l'appliquer à vos postes de ponçage » (pair read 179: three reminders)."""
    ctx = build_context(
        "fr_CA",
        topics=[{"subject": "les troubles musculosquelettiques au ponçage"}],
        debrief__since=[
            "J'ai terminé le 2 décembre la formation de l'ASP sur les TMS : je pourrai "
            "l'appliquer dès le printemps à vos postes de ponçage."
        ],
        company__facts=[],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 7)).body
    assert "notre échange sur les troubles" not in body
    assert "postes de ponçage" in body


def test_news_with_its_own_day_does_not_open_on_the_interview_day() -> None:
    """« Depuis notre entretien du 13 novembre, j'ai été élue le 1er décembre » (pair read 179)."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="f",
        debrief__since=["J'ai été élue le 1er décembre au bureau de l'association régionale."],
        company__facts=[],
        history=_THANKED,
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 16)).body
    assert "J’ai été élue le 1er\u00a0décembre au bureau de l’association régionale." in body
    assert "Depuis notre entretien du" not in body


def test_availabilities_given_do_not_say_available_twice() -> None:
    """« voici mes disponibilités : je suis disponible tout le mois de janvier » (pair 179)."""
    ctx = build_context(
        "fr_FR",
        commitments=[
            {
                "promise": "lui envoyer mes disponibilités pour janvier",
                "done": True,
                "details": "je suis disponible tout le mois de janvier sauf du 18 au 22",
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "disponibilités\u00a0: tout le mois de janvier sauf du 18 au 22." in body


def test_a_case_study_and_a_role_play_noted_together_are_one_exercise() -> None:
    """« le cas pratique et la mise en situation », « c'était la même chose » (pair 179)."""
    ctx = build_context(
        "fr_FR",
        interview__mode="in_person",
        debrief__impressions="Cas pratique de 30 min sur un bilan, mise en situation ok.",
    )
    body = st.render("thank_you", ctx).body
    assert "cas pratique" in body
    assert "mise en situation" not in body


def test_a_training_noted_with_un_is_the_candidates_own() -> None:
    """« un stage de six mois en audit légal m'y a préparée » (pair read 179)."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="f",
        topics=[{"subject": "l'audit légal des associations", "note": "il a insisté"}],
        debrief__highlights=["un stage de six mois en audit légal"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    # Hers, said with the topic it answers (pair reads 321 and 322), not in the mould of pair
    # reads 245 and 246.
    assert "mon stage de six mois en audit légal" in next(
        p for p in body.split("\n\n") if "audit légal des associations" in p
    )
    assert "m’y a préparée" not in body


def test_the_thank_you_names_the_issue_before_the_candidates_question() -> None:
    """« votre ratio terrain et bureau », the candidate's question, thanked for rather than
    the topic the person met called « leur gros enjeu » (pair read 179)."""
    ctx = build_context(
        "fr_CA",
        topics=[
            {"subject": "modélisation MODFLOW"},
            {"subject": "C'est quoi leur ratio terrain/bureau ?", "note": "60/40 l'été"},
        ],
        debrief__highlights=["ma maîtrise en sciences de la Terre"],
        debrief__struck_by=None,
        debrief__to_add=None,
    )
    body = st.render("thank_you", ctx).body
    assert "MODFLOW" in body


def test_an_elided_doublet_takes_its_elision_twice() -> None:
    """« le poste d'écoutant ou écoutante », said three times in a call (read 177)."""
    ctx = build_context(
        "fr_FR",
        candidate__gender="n",
        role__title="Écoutant·e (H/F) – ligne d'écoute nocturne",
        history=_THANKED,
    )
    call = st.render("phone_script", ctx, sent_on=date(2026, 12, 3)).body
    # Said aloud in both genders, each with its elision: the masculine alone (read 186) read
    # as misgendering (read 243).
    assert "poste d’écoutant ou d’écoutante" in call
