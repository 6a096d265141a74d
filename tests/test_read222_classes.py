"""What the blind read 222 (fresh89, at 5d486b0) and the pair read 221 (fresh88) found."""

from __future__ import annotations

from datetime import date

import suivi_templates as st
from conftest import build_context
from suivi_templates import formatting
from suivi_templates.names import tutoiement_of_another
from suivi_templates.phrasing import as_written
from suivi_templates.phrasing.announced import announced_day
from suivi_templates.phrasing.news import fact_as_noun, to_its_own, told_before
from suivi_templates.phrasing.promises import promised_item, timed


def test_a_long_process_said_in_passing_is_waited_for() -> None:
    """« Le processus est long…, ça peut aller à fin janvier » : a call on 7 December (D022,
    D038, D046)."""
    held = date(2026, 11, 9)
    notes = [
        "Le processus est long : liste de déclaration d'aptitudes, ça peut aller à fin janvier"
    ]
    assert announced_day(notes, held) == date(2027, 1, 31)
    assert announced_day(["on aura des nouvelles en janvier"], held) == date(2027, 1, 31)
    assert announced_day(["délai de réponse : 3 semaines"], held) == date(2026, 11, 30)
    # A trainee taken in January, or news about norms, is no delay.
    assert announced_day(["il peut prendre 3 stagiaires en janvier"], held) is None
    assert announced_day(["des nouvelles normes en janvier"], held) is None


def test_a_priest_is_greeted_by_his_title() -> None:
    """« Bonjour Monsieur, », « Monsieur Abbé Réginald Côté » to a vicar general (D023, D033,
    D044, D048); « chez Diocèse de Gaspé »."""
    ctx = build_context(
        "fr_CA",
        interviewer__name="abbé Réginald Côté",
        interviewer__civility="Monsieur",
        interviewer__title="vicaire général et chancelier",
        company__name="Diocèse de Gaspé",
        company__article=None,
    )
    assert st.render("thank_you", ctx).body.startswith("Bonjour Monsieur l’Abbé,")
    script = st.render("phone_script", ctx).body
    assert "Abbé Réginald" not in script
    assert "au Diocèse de Gaspé" in script
    curate = build_context(
        "fr_FR",
        interviewer__name="Jean Roy",
        interviewer__civility="Monsieur",
        interviewer__title="curé de la paroisse Saint-Jean",
    )
    assert st.render("reminder", curate).body.startswith("Bonjour Monsieur le Curé,")


def test_ones_own_analysis_is_sent_when_finished_not_on_receipt() -> None:
    """« je vous ferai parvenir mon analyse… dès réception » (D044), the notes waiting on a
    deed for it."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {"promise": "leur transmettre mon analyse du dossier de l'église Saint-Albert"}
        ],
        debrief__impressions="L'analyse est pas finie, le notaire m'a toujours pas envoyé l'acte",
    )
    body = st.render("thank_you", ctx).body
    assert "dès réception" not in body
    assert "dès qu’elle sera terminée" in body


def test_an_honour_jotted_without_its_verb_gets_one() -> None:
    """« l'annonce d'un de vos humoristes finaliste au gala » (D008), « que « Les Marées »
    retenue au Fonds… » (pair P010)."""
    assert to_its_own("Un de leurs humoristes finaliste au gala Les Olivier 2026") == (
        "un de vos humoristes est finaliste au gala Les Olivier 2026"
    )
    assert to_its_own("« Les Marées » retenue au Fonds des médias du Canada").startswith(
        "« Les Marées » a été retenue"
    )


def test_a_capitalised_noun_and_its_participle_is_what_they_did() -> None:
    """« J'ai appris avec plaisir que Mandat remporté pour… » (D006); « Whabouchi-Est » is
    no verb « est »."""
    ctx = build_context(
        "fr_CA",
        company__facts=[
            "Mandat remporté pour l'étude d'impact social du projet Whabouchi-Est "
            "(annonce du 1er décembre)"
        ],
        interview__date="2026-11-23",
        history=[{"kind": "thank_you", "on": "2026-11-24", "channel": "email"}],
        debrief__since=[],
    )
    body = st.render("reminder", ctx, sent_on=date(2026, 12, 8)).body
    assert "que Mandat" not in body
    assert "vous avez remporté le mandat pour l’étude" in body
    assert fact_as_noun("Mandat remporté pour l'étude") == "le mandat remporté pour l'étude"


def test_an_honour_of_a_month_before_the_interview_is_no_news() -> None:
    """The EPV label of October told as news after a November interview (D051), a stand
    awarded in September (pair P011)."""
    held = date(2026, 11, 5)
    assert told_before("Obtention du label EPV (Entreprise du patrimoine vivant) en octobre", held)
    assert told_before("stand primé au salon Glisse Expo d'Hossegor en septembre", held)
    assert not told_before("Nouveau contrat signé, début des travaux prévu en mars", held)


def test_every_member_of_a_list_takes_the_preposition() -> None:
    """« ce que tu m'as dit de la stratification, la poussière et de l'aspiration »."""
    assert formatting.de("la stratification, la poussière et l’aspiration") == (
        "de la stratification, de la poussière et de l’aspiration"
    )
    assert formatting.a("le tri, l'emballage et la livraison") == (
        "au tri, à l’emballage et à la livraison"
    )


def test_a_tu_said_by_someone_named_before_who_is_not_the_person_met() -> None:
    """« son gars Tommy (contremaître) qui m'a tutoyé direct » : « Bonjour Ghislaine » (D050,
    D052)."""
    notes = ["Mme Dufour-O'Neil + son gars Tommy (contremaître) qui m'a tutoyé direct"]
    assert tutoiement_of_another(notes, "Ghislaine Dufour-O'Neil")
    ctx = build_context(
        "fr_CA",
        interviewer__name="Ghislaine Dufour-O'Neil",
        interviewer__civility=None,
        debrief__impressions=notes[0],
    )
    assert "Ghislaine" not in st.render("voicemail", ctx).body


def test_the_recipient_of_a_promise_is_not_part_of_its_item() -> None:
    """« je vous ferai parvenir au délégué général mon titre de séjour » (pair P033)."""
    assert promised_item("envoyer au délégué général mon titre de séjour") == (
        "mon titre de séjour"
    )


def test_a_promise_with_its_own_day_gets_no_other() -> None:
    """« vous apporter une copie de mon permis de travail lundi dans les prochains jours »
    (pair P026)."""
    promise = "vous apporter une copie de mon permis de travail lundi"
    assert timed(promise, "dans les prochains jours") == promise


def test_a_promise_to_them_later_in_the_note_is_said_to_them() -> None:
    """« me renseigner sur la formation BR et lui dire les dates » (pair P009)."""
    assert formatting.second_person("me renseigner sur la formation BR et lui dire les dates") == (
        "me renseigner sur la formation BR et vous dire les dates"
    )


def test_a_note_typed_without_apostrophes_or_accents_reads_as_written() -> None:
    """« Je ne nai pas parle de mon stage » (pair P004), « mon père cueillait la chaque
    printemps » (pair P030), pasted as typed."""
    assert as_written("Je nai pas parle de mon stage chez Pukas") == (
        "Je n’ai pas parlé de mon stage chez Pukas"
    )
    assert as_written("mon pere cueillait la chaque printemps") == (
        "mon père cueillait là chaque printemps"
    )
    assert as_written("je la connais bien") == "je la connais bien"


def test_a_point_about_a_subject_loses_its_de_after_mention() -> None:
    """« Concernant l'indépendance du BVG, je voudrais aussi mentionner du budget minimal »
    (pair P029)."""
    ctx = build_context(
        "fr_CA",
        debrief__to_add="Pour l'indépendance du BVG, j'aurais dû parler du budget minimal prévu",
    )
    body = st.render("thank_you", ctx).body
    assert "mentionner du budget" not in body
    assert "mentionner le budget minimal" in body


def test_a_civility_typed_before_a_hyphenated_family_name_is_not_the_name() -> None:
    """« Mme JOSEPH-ANGÉLIQUE » : ``interviewer.surname`` was « Mme » (fresh90, detectors)."""
    ctx = build_context("fr_FR", interviewer__name="Mme JOSEPH-ANGÉLIQUE")
    assert ctx.interviewer.surname == "JOSEPH-ANGÉLIQUE"


def test_an_item_another_makes_comes_once_made() -> None:
    """« ci-joint mon horaire… quand l'Université le publie » (pair P007, P017)."""
    ctx = build_context(
        "fr_CA",
        commitments=[
            {
                "promise": "lui envoyer mon horaire de cours de la session d'hiver quand "
                "l'Université le publie"
            }
        ],
    )
    body = st.render("thank_you", ctx).body
    assert "le publie" not in body
    assert "dès que l’Université l’aura publié" in body
