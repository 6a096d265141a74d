"""A sixth batch by class, in words written for this file (not from any corpus).

Written before any rule it prompted, and measured once at first contact: 0 of 19 pushy
phrasings were found (10 of 10 near misses passed); 3 of 3 own inclusive agreements were
flagged as residue and 7 of 9 harmless senses as pushy. The classes are those of a blind
stress set (blind9) the checks missed or flagged wrongly, known to this file only by their
description.

False alarms: inclusive agreement (« prêt·e ») written by a candidate of gender « n »,
whose own agreement it is (the parenthesis « (e) » of a form letter still counts as
residue, and so does « ·e » for a candidate of gender f or m); a capitalised word of two
letters used for emphasis in a private note; saying one's number twice on a voicemail,
the convention; « sinon, ce n'est pas grave » and its kin; a third party waiting for a
decision, in a description of the job.

Misses: a call plan that tries again and again the same day; the recruiter's missed
decision date recalled (« vous deviez… décider »); an application withdrawn after a date
(« je ne pourrai pas maintenir ma candidature après le… »); thanks in advance for not
being kept waiting; the family weighed in the answer; other employers put on hold for
this one; a call plan that has the interviewer pulled out of a meeting.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from conftest import build_context
from unseen import CA, FR, by_class

CA_N = build_context("fr_CA", candidate__gender="n")
FR_N = build_context("fr_FR", candidate__gender="n")
FR_F = build_context("fr_FR", candidate__gender="f")
TOPIC = {
    "fr_CA": " Notre échange sur la migration vers SAP me reste en tête.",
    "fr_FR": " Notre échange sur le nouvel outil de facturation me reste en tête.",
}


def _codes(text: str, ctx: st.InterviewContext, kind: str) -> set[str]:
    return {f.code for f in st.check(text, ctx, kind=kind).errors}


def _pushy(text: str, ctx: st.InterviewContext, kind: str = "reminder") -> set[str]:
    return {code for code in _codes(text, ctx, kind) if code.startswith("pushy.")}


# --- false alarms ------------------------------------------------------------------------

INCLUSIVE_OWN = [
    (CA_N, "Je suis prêt·e à commencer dès le mois de mars."),
    (FR_N, "Je reste très motivé·e par la refonte du service client."),
    (CA_N, "Étant diplômé·es toutes les deux, ma collègue et moi pourrions former l’équipe."),
]
INCLUSIVE_RESIDUE = [
    (FR_F, "Je suis ravi·e de notre échange de mardi."),
    (CA, "Je reste convaincu·e que mon expérience vous servira."),
    # The form letter's parenthesis is residue, whoever writes it.
    (FR_N, "Je suis intéressé(e) par le poste."),
    # The reader's agreement is not the candidate's.
    (CA_N, "Cher·e recruteur·rice, merci pour votre accueil."),
]


@pytest.mark.parametrize(("ctx", "text"), INCLUSIVE_OWN, ids=range(len(INCLUSIVE_OWN)))
def test_own_inclusive_agreement_of_a_gender_n_candidate_is_no_residue(
    ctx: st.InterviewContext, text: str
) -> None:
    assert "generic.template_residue" not in _codes(text + TOPIC[ctx.locale], ctx, "thank_you")


@pytest.mark.parametrize(("ctx", "text"), INCLUSIVE_RESIDUE, ids=range(len(INCLUSIVE_RESIDUE)))
def test_inclusive_ending_is_residue_otherwise(ctx: st.InterviewContext, text: str) -> None:
    assert "generic.template_residue" in _codes(text, ctx, "thank_you")


QUIET = [
    # Two capital letters for emphasis, in one's own call notes.
    (CA, "Note pour moi : c’est LE point à placer, la formation en paie.", "phone_script"),
    (FR, "À retenir : on vise LA directrice, pas son adjointe.", "phone_script"),
    # The number said twice, as a voicemail should.
    (CA, "Laisser un message en répétant deux fois mon numéro de cellulaire.", "phone_script"),
    (FR, "Je vous redis mon numéro, 06 12 34 56 78, et je l’épelle 2 fois au besoin.", "voicemail"),
    (FR, "Laisser un message : nom, puis numéro répété deux fois.", "phone_script"),
    # « sinon » followed by an assurance that all is well.
    (CA, "Jeudi m’arrangerait ; sinon, ce n’est pas grave, vendredi aussi.", "reminder"),
    (FR, "Un appel mardi serait idéal, sinon c’est très bien aussi par courriel.", "reminder"),
    # A third party waits, in a description of the work.
    (
        CA,
        "Au triage, chaque famille attend un verdict du médecin, et je sais garder mon calme.",
        "thank_you",
    ),
    (
        FR,
        "En fin de mois, le service comptable attendait une confirmation de la banque chaque "
        "matin ; je tenais le suivi.",
        "thank_you",
    ),
]
LOUD = [
    (CA, "NE ME FAITES PAS ATTENDRE, s’il vous plaît.", "reminder"),
    (FR, "Répondez-moi AU PLUS VITE.", "reminder"),
    # Past: two earlier messages counted.
    (FR, "Je vous ai laissé mon numéro deux fois déjà, sans retour.", "reminder"),
    (CA, "Sinon c’est simple : je retire ma candidature.", "reminder"),
    (CA, "On attend toujours votre retour, ma conjointe et moi.", "reminder"),
    # A third party waiting for the candidate's own answer is leverage (added after the
    # third-party exemption silenced two tuning drafts).
    (FR, "Une école de Laval attend ma réponse avant vendredi.", "reminder"),
]


@pytest.mark.parametrize(("ctx", "text", "kind"), QUIET, ids=range(len(QUIET)))
def test_harmless_senses_pass(ctx: st.InterviewContext, text: str, kind: str) -> None:
    assert not _pushy(text + TOPIC[ctx.locale], ctx, kind)


@pytest.mark.parametrize(("ctx", "text", "kind"), LOUD, ids=range(len(LOUD)))
def test_their_pushy_neighbours_still_fire(ctx: st.InterviewContext, text: str, kind: str) -> None:
    assert _pushy(text + TOPIC[ctx.locale], ctx, kind)


# --- misses --------------------------------------------------------------------------------

SIXTH_BATCH = {
    "same_day_call_plan": [
        (CA, "Pas de réponse : recomposer à 10 h, à 11 h 30 puis vers 14 h.", "phone_script"),
        (FR, "Si ça ne décroche pas, retenter dans 2 h, et encore après 17 h.", "phone_script"),
        (CA, "Rappeler jusqu’à ce qu’elle décroche.", "phone_script"),
    ],
    "missed_decision_date": [
        (FR, "Vous étiez censée arrêter votre choix avant la fin du mois dernier.", "reminder"),
        (CA, "Vous deviez rendre votre décision mardi passé.", "reminder"),
        (FR, "Votre réponse aurait dû m’arriver il y a dix jours.", "reminder"),
    ],
    "application_withdrawn_after_a_date": [
        (CA, "Je ne pourrai pas garder ma candidature active après le 12 janvier.", "reminder"),
        (
            FR,
            "Il me sera impossible de maintenir ma disponibilité au-delà de vendredi.",
            "reminder",
        ),
        (
            CA,
            "Je ne pourrais plus laisser ma candidature ouverte passé la mi-décembre.",
            "reminder",
        ),
    ],
    "thanks_for_not_waiting": [
        (FR, "Merci d’avance de ne pas me laisser patienter trop longtemps.", "reminder"),
        (CA, "Je vous saurais gré de ne plus me faire attendre.", "reminder"),
    ],
    "family_weighed": [
        (FR, "Votre décision conditionnera la rentrée de mes enfants.", "reminder"),
        (CA, "Ce choix déterminera énormément de choses pour ma famille.", "reminder"),
    ],
    "others_on_hold": [
        (CA, "J’ai mis deux autres cliniques sur la glace pour me garder disponible.", "reminder"),
        (FR, "J’ai laissé deux recruteurs en suspens pour rester libre pour vous.", "reminder"),
        (FR, "Je ne peux pas les laisser patienter bien des semaines.", "reminder"),
        (CA, "Je suis sûre que vous allez me répondre vite.", "reminder"),
    ],
    "meeting_interrupted": [
        (CA, "S’il est en rencontre : insister pour qu’on le sorte de sa réunion.", "phone_script"),
        (FR, "Si elle est occupée, demander à l’assistante d’aller la chercher.", "phone_script"),
    ],
}
SIXTH_BATCH_QUIET = [
    (
        CA,
        "Si elle est en réunion : demander quand la rappeler jeudi, sans insister.",
        "phone_script",
    ),
    (FR, "Vous pouvez me rappeler à 9 h, 12 h ou 17 h, à votre convenance.", "voicemail"),
    (FR, "Je suis joignable à 9 h, à 12 h et après 17 h.", "voicemail"),
    (
        FR,
        "Vous m’aviez dit que vous deviez encore voir une candidate interne ; je reste disponible.",
        "reminder",
    ),
    (
        CA,
        "Je pourrai maintenir ma disponibilité au-delà du 15 si votre calendrier change.",
        "reminder",
    ),
    (FR, "Je m’organise toujours pour ne pas faire attendre les patients.", "thank_you"),
    (FR, "Merci de ne pas m’avoir fait attendre à l’accueil, malgré l’affluence.", "thank_you"),
    (CA, "Le choix du logiciel déterminera beaucoup de choses pour l’équipe de paie.", "thank_you"),
    (CA, "J’ai mis le projet de migration en attente le temps de former l’équipe.", "thank_you"),
    (
        FR,
        "En réunion de service, je vais chercher l’avis de chacun avant de trancher.",
        "thank_you",
    ),
]


@pytest.mark.parametrize(
    ("ctx", "text", "kind"),
    by_class(SIXTH_BATCH),
)
def test_sixth_batch_of_pushy_phrasings_is_found(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert _pushy(text + TOPIC[ctx.locale], ctx, kind)


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), SIXTH_BATCH_QUIET, ids=range(len(SIXTH_BATCH_QUIET))
)
def test_sixth_batch_of_near_misses_passes(ctx: st.InterviewContext, text: str, kind: str) -> None:
    assert not _pushy(text + TOPIC[ctx.locale], ctx, kind)
