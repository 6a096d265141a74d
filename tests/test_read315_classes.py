"""What the blind reads of fresh136 and fresh137 found at first contact (reads 315 and 316,
pair reads 317 and 318, at 570922c)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import suivi_templates as st
from conftest import corpus_context, planned_draft

_HERE = Path(__file__).parent / "contexts"


def _fresh(key: str) -> st.InterviewContext:
    return corpus_context({"eh": "fresh136", "ei": "fresh137"}[key[:2]], key)


def test_a_deafness_asked_is_not_said() -> None:
    """Read 315: « Mme Da Costa est malentendante? non je crois pas, c'était la ligne qui
    grésillait », and the call and the voicemail were refused for R13."""
    ctx = _fresh("eh17-cubeur-haut-jura")
    called = next(entry.on for entry in ctx.history if entry.kind == "phone_call")
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < called]})
    body = st.render("phone_script", before, sent_on=called).body
    assert "Avec Madame Da Costa" in body


def test_a_trial_day_planned_is_waited_for_and_thanked_for() -> None:
    """Read 315 (a reminder at 2): « Essai d'une journée prévu le jeudi 10 décembre », and the
    reminder went the day after it, without a word of it."""
    ctx = _fresh("eh08-fabricante-batons-hockey")
    plan = st.plan(ctx, today=ctx.interview.date)
    reminder = next(s for s in plan.steps if "reminder" in s.draft_kinds)
    assert reminder.on >= date(2026, 12, 17)
    assert "Merci pour la journée d’essai du 10\u00a0décembre." in planned_draft(ctx, "reminder")[1]


def test_dates_given_for_an_audition_are_offered_again_once_past() -> None:
    """Reads 315 (two drafts at 2 and 3): « lui dire si je suis libre pour l'audition en
    salle », the 15th and the 16th given, and the reminder of the 17th said nothing of it."""
    body = planned_draft(_fresh("eh23-illusionniste-cabaret"), "reminder")[1]
    assert "les dates que je vous avais proposées pour l’audition en salle" in body


def test_a_forgotten_attachment_is_named_before_the_apology() -> None:
    """Read 315 (a reminder at 2): « Avec mes excuses pour cet oubli, je complète mon
    courriel » apologised before it said what was forgotten."""
    body = planned_draft(_fresh("eh04-coordo-figuration-mtl"), "reminder")[1]
    assert (
        "Tu trouveras ci-joint la liste des plateaux où j’ai coordonné la figuration, que "
        "j’avais oublié de joindre à mon courriel du 2\u00a0décembre\u00a0: toutes mes excuses."
    ) in body


def test_photos_forgotten_name_the_file_promised() -> None:
    """Read 315 (a reminder at 2): « Oublié de joindre les photos au mail de merci », and the
    reminder never sent the two cases of the PDF."""
    ctx = _fresh("eh19-epithesiste-chu")
    reminded = next(e.on for e in ctx.history if e.kind == "reminder")
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < reminded]})
    body = st.render("reminder", before, sent_on=reminded).body
    assert "ci-joint deux cas de mes épithèses nasales" in body


def test_a_tu_told_alone_is_the_person_mets_beside_anothers() -> None:
    """Read 316 (two drafts at 2): « on s'est tutoyés, appelle-moi Pierrot. sa fille Margot gère
    la boutique (on s'est tutoyées aussi) », and every draft said « vous » to him."""
    body = st.render("thank_you", _fresh("ei21-pastellier-lauragais")).body
    assert body.startswith("Bonjour Pierrot,")
    assert "tu trouveras ci-joint" in body


def test_entrez_said_with_tu_stays_in_the_present() -> None:
    """Read 316 (a thank-you at 3): « quand vous entrez dans l'enclos » became « quand tu
    entras »."""
    body = st.render("thank_you", _fresh("ei08-cerfs-rouges-coaticook")).body
    assert "quand tu entres dans l’enclos" in body


def test_a_trial_day_after_the_interview_is_not_thanked_for_before_it() -> None:
    """Read 316 (a thank-you at 2, a reminder at 3): « essai sur machine le samedi 5 décembre
    -> fait », thanked for on 24 November, and not a word of it in the reminder."""
    ctx = _fresh("ei22-moulurier-vosges")
    assert "essai" not in st.render("thank_you", ctx, sent_on=date(2026, 11, 24)).body
    assert "Merci pour l’essai sur machine du 5\u00a0décembre." in planned_draft(ctx, "reminder")[1]


def test_an_answer_after_a_team_meeting_is_waited_for_some_days() -> None:
    """Read 316 (a reminder at 2): « ils reviennent vers moi après la réunion d'équipe du 15
    décembre », and the reminder went on the 16th."""
    ctx = _fresh("ei06-guitare-limoilou")
    plan = st.plan(ctx, today=ctx.interview.date)
    reminder = next(s for s in plan.steps if "reminder" in s.draft_kinds)
    assert reminder.on > date(2026, 12, 21)
    body = planned_draft(ctx, "reminder")[1]
    assert "élèves pour adolescents" not in body
    assert "le cours d’essai" in body


def test_a_piece_awaited_is_said_after_the_news_that_names_it() -> None:
    """Read 316 (a script at 2) and read 312 (eg01): « Je vous en enverrai une copie dès
    réception. » with nothing before it to say of what."""
    call = planned_draft(_fresh("ei01-livreur-mazout-rimouski"), "phone_script")[1]
    assert "« Je vous en enverrai" not in call
    assert "Je n’ai pas encore reçu mon dossier de conduite de la SAAQ" in call


def test_a_colleague_named_in_full_is_not_thanked_twice() -> None:
    """Read 316 (a thank-you at 3): « Samuel Boudreau, le technicien (on s'est tutoyés avec
    Samuel) » gave « à M. Boudreau et à votre collègue Samuel »."""
    body = st.render("thank_you", _fresh("ei03-bioecologie-haute-gaspesie")).body
    assert "Mes remerciements vont aussi à M. Boudreau." in body


def test_a_thank_you_names_neither_the_fee_nor_the_candidates_own_question() -> None:
    """Read 316 and pair read 318: « notre discussion sur le cachet et l'hébergement » and
    « … sur le bruit et les poussières » (typed « bruit, poussieres : aspiration ? »), the one
    point of two thank-yous."""
    fee = st.render("thank_you", _fresh("ei10-violoneux-charlevoix")).body
    assert "cachet" not in fee
    noise = st.render("thank_you", _fresh("ei22-moulurier-vosges")).body
    assert "poussières" not in noise


def test_a_voicemail_gives_its_news_before_the_interview_day_it_has_no_room_for() -> None:
    """Read 316 (a voicemail at 3): the Fivape certificate, the one new thing, left unsaid
    for want of room in 75 words."""
    ctx = _fresh("ei23-vendeuse-vape-marseille")
    called = next(e.on for e in ctx.history if e.kind == "voicemail")
    before = ctx.model_copy(update={"history": [e for e in ctx.history if e.on < called]})
    body = st.render("voicemail", before, sent_on=called).body
    assert "Depuis notre entretien, j’ai obtenu le certificat" in body
