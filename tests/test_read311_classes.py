"""What the blind reads of fresh134 and fresh135 found at first contact (reads 311 and 312,
pair reads 313 and 314, at a8a4d93)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import suivi_templates as st
from suivi_templates.formatting import a
from suivi_templates.models import HistoryEntry
from suivi_templates.names import tutoiement_of_another
from suivi_templates.phrasing import reframe, said_to_them

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    file = {"ef": "fresh134", "eg": "fresh135", "ed": "fresh132"}[key[:2]]
    raw = json.loads((_HERE / f"{file}.json").read_text("utf-8"))
    return st.InterviewContext.model_validate(raw[key])


def _first_follow_up(ctx: st.InterviewContext) -> date:
    steps = st.plan(ctx, today=ctx.interview.date).steps
    return min(s.on for s in steps if s.kind in ("reminder", "phone_call"))


def _step_body(ctx: st.InterviewContext, kind: str) -> str:
    plan = st.plan(ctx, today=ctx.interview.date)
    step = next(s for s in plan.steps if kind in s.draft_kinds)
    return st.render(kind, plan.context_on(step, ctx), sent_on=step.on).body


def test_a_tu_with_another_is_not_the_person_mets() -> None:
    """Read 311 (four drafts at 1 and 2): « on s'est tutoyees avec Lea, pas avec Mme Des
    Rosiers », and every letter said « tu » to Mme Des Rosiers."""
    notes = ["on s'est tutoyees avec Lea, pas avec Mme Des Rosiers"]
    assert tutoiement_of_another(notes, "Hélène Des Rosiers")
    body = st.render("thank_you", _fresh("ef06-revitalisation-sdc-terrebonne")).body
    assert body.startswith("Bonjour Madame Des Rosiers,")
    assert "Lea, du comité marketing" in body


def test_what_the_person_met_did_is_said_to_them() -> None:
    """Read 311 (a thank-you at 1): « ma note de lecture sur le manuscrit qu'elle m'a confie »,
    written to her."""
    assert said_to_them("le manuscrit qu'elle m'a confie") == "le manuscrit que vous m’avez confié"
    body = st.render("thank_you", _fresh("ef13-agente-litteraire-paris")).body
    assert "le manuscrit que vous m’avez confié" in body


def test_delays_said_another_way_are_waited_for() -> None:
    """Reads 311 and 312 (five drafts at 1 or 2): « Avant Noel qu'elle a dit pour la reponse »,
    « elle me redit qqch fin janvier », « réponse fin du mois » said on 30 November."""
    assert _first_follow_up(_fresh("ef07-evaluateur-entreprises-laurentides")) >= date(2026, 12, 28)
    assert _first_follow_up(_fresh("ef16-decoratrice-evenementielle-tregor")) >= date(2027, 1, 29)
    assert _first_follow_up(_fresh("eg20-marieuse-vanille-reunion")) >= date(2026, 12, 31)


def test_a_trial_with_its_day_is_waited_for() -> None:
    """Read 312 (a reminder at 1): « essai samedi 12 décembre sur place », and a reminder the
    day before it asked where the recruitment stood."""
    assert _first_follow_up(_fresh("eg17-stoppeuse-atelier-malentendante")) > date(2026, 12, 12)


def test_trails_are_not_a_verb_glued_to_its_article() -> None:
    """Read 312 (a thank-you at 3), and Grammalecte at first contact: « l'importance dès
    l'ayons » for « des layons »."""
    body = st.render("thank_you", _fresh("eg23-layonneur-guyane-tutoiement")).body
    assert "l’importance des layons" in body


def test_a_relative_in_the_lead_of_a_point_stays_whole() -> None:
    """Read 312 (a thank-you at 2): « Concernant le spécimen que, j'ajoute que je n'ai pas
    identifié; »."""
    point = "Pour le spécimen que je n'ai pas identifié, j'ai vérifié depuis : c'était un Smittia."
    assert reframe(point).startswith("Concernant le spécimen que je n'ai pas identifié, ")


def test_news_that_says_since_is_not_said_since_again() -> None:
    """Read 312 (a call and a voicemail at 3): « Depuis notre entretien, j'ai préparé depuis
    une version… »."""
    ctx = _fresh("eg14-velotaxiste-marche-noel")
    for kind in ("phone_script", "voicemail"):
        assert _step_body(ctx, kind).lower().count("depuis") == 1


def test_a_complement_after_chez_keeps_its_own_article() -> None:
    """Read 312 (a thank-you at 3): « aux tournées chez les restaurateurs et aux bouchers »."""
    assert a("les tournées chez les restaurateurs et les bouchers") == (
        "aux tournées chez les restaurateurs et les bouchers"
    )
    assert a("les horaires et les congés") == "aux horaires et aux congés"


def test_a_piece_sent_apart_is_offered_to_go_through_not_hoped_useful() -> None:
    """Pair read 313 (four reminders) and reads 307, 311, 312: « J'espère que… vous a été
    utile » read as a formula, and « sonne faux » of a copy of a diploma."""
    body = _step_body(_fresh("ef03-travaux-communautaires-oja"), "reminder")
    assert "Je vous ai fait parvenir" in body
    assert "mes statistiques" in body
    assert "utile" not in body
    raw = json.loads((_HERE / "fresh133.json").read_text("utf-8"))
    copy = _step_body(
        st.InterviewContext.model_validate(raw["ee16-micro-creche-arras"]), "reminder"
    )
    assert "que je vous ai fait parvenir le 24\u00a0novembre, complètent bien mon dossier" in copy


def test_in_france_a_candidate_who_kept_vous_greets_by_civility() -> None:
    """Reads 307 and 312 (five drafts at 2 or 3): « Bonjour Yannick » with « vous », where the
    candidate noted « moi j'ai gardé le vous »; Québec keeps the given name (pair read 285)."""
    body = st.render("thank_you", _fresh("ed13-ardoisier-fendeur-caps")).body
    assert body.startswith("Bonjour Monsieur")


def test_a_reminder_that_opens_on_news_tells_the_piece_after_it() -> None:
    """Closing 48 (cu07, fr-05): « Je commenterai volontiers avec vous mon plan… » opened the
    letter, before « Depuis notre entretien… », with no way in."""
    raw = json.loads((_HERE / "contexts.json").read_text("utf-8"))
    body = _step_body(
        st.InterviewContext.model_validate(raw["fr-05-sous-directeur-agence"]), "reminder"
    )
    news, piece = body.index("Depuis notre entretien"), body.index("Je vous ai fait parvenir")
    assert body.startswith("Bonjour Monsieur,\n\nDepuis")
    assert news < piece


def test_a_visit_or_trial_made_since_is_thanked_for() -> None:
    """Reads 311 and 312 (ef23, eg17): the plan waited for « visite de mon domicile prevue le 10
    decembre » and « essai samedi 12 décembre sur place », and the reminder after said nothing
    of it."""
    visit = _fresh("ef23-accueillante-familiale-reunion")
    assert "Merci pour la visite de mon domicile du 10\u00a0décembre." in _step_body(
        visit, "reminder"
    )
    trial = _step_body(_fresh("eg17-stoppeuse-atelier-malentendante"), "reminder")
    assert "Merci pour l’essai du 12\u00a0décembre." in trial
    before = st.render("reminder", visit, sent_on=date(2026, 12, 9)).body
    assert "Merci encore" not in before


def test_an_item_the_thank_you_sent_by_text_is_not_sent_again() -> None:
    """Read 312 (eg12): « je vous envoie aujourd'hui par texto une photo de ma carte » in the
    thank-you, and again « aujourd'hui même » in the call a week later."""
    ctx = _fresh("eg12-melangeur-boulangerie-nuit")
    assert "texto" in _step_body(ctx, "thank_you")
    assert "texto" not in _step_body(ctx, "phone_script")
    thanked = ctx.model_copy(
        update={"history": [HistoryEntry(kind="thank_you", on=date(2026, 12, 3))]}
    )
    call = st.render("phone_script", thanked, sent_on=date(2026, 12, 9)).body
    assert "texto" not in call
