"""An eighth batch by class, in words written for this file (not from any corpus).

Written before any rule it prompted, and measured once at first contact: 4 of 23 pushy
phrasings were found (« confirmer ma date d'entrée en fonction », « votre décision d'ici
mercredi », two callbacks within the hour), 7 of 9 near misses passed (a stage direction
« attendre sa réponse » and a recruiter's habit « rappelle habituellement en fin de
journée » were flagged). The classes are those of a blind corpus written to trap veiled
pressure (blind11), known to this file only by their description.

Misses: presuming the outcome (notice given, asking for the contract, the start date or
the salary as if hired); a deadline drawn from one's own constraint (a training, a lease,
« sauf avis contraire », a countdown of days); guilt for a day taken off; comparison with
the other candidate; a rumour that the post went to someone else; callbacks within the
hour; turning up in person unannounced.

False alarms: a heading or a stage direction in capitals in a call plan; a placeholder in
capitals; « j'attends avec intérêt » (a French polite formula); a stage direction « attendre
la réponse »; a habit (« rappelle toujours le soir »); « dernier délai » as the recruiter's
own calendar.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from unseen import CA, FR, by_class, pushy_codes

EIGHTH_BATCH = {
    "presumed_outcome": [
        (FR, "J’ai déjà posé ma démission chez mon employeur actuel.", "reminder"),
        (CA, "J’ai remis ma lettre de démission vendredi pour être prête.", "thank_you"),
        (FR, "Mon préavis est déjà lancé, je serai libre dès janvier.", "thank_you"),
        (CA, "Pourriez-vous m’envoyer le contrat pour que je le signe?", "reminder"),
        (FR, "Quelle sera ma date d’arrivée, et à quel salaire ?", "phone_script"),
        (CA, "Pouvez-vous me confirmer ma date d’entrée en fonction?", "voicemail"),
    ],
    "own_deadline": [
        (FR, "Ma formation débute le 12, je dois donc savoir avant.", "reminder"),
        (CA, "Mon bail se termine le 30; il me faut une réponse d’ici là.", "reminder"),
        (FR, "Sauf avis contraire de votre part, je commencerai le 5 janvier.", "thank_you"),
        (CA, "Il me reste tout juste cinq jours pour me décider.", "reminder"),
        (FR, "Une confirmation écrite avant le 20 me serait nécessaire.", "reminder"),
        (CA, "J’aurais besoin de votre décision d’ici mercredi.", "voicemail"),
    ],
    "guilt_day_off": [
        (CA, "J’ai pris une journée sans solde pour venir à l’entrevue.", "reminder"),
        (
            FR,
            "J’ai posé un jour de congé non payé pour cet entretien, merci d’en tenir compte.",
            "thank_you",
        ),
    ],
    "other_candidate": [
        (FR, "Vous voyez l’autre candidat jeudi ; je pense faire la différence.", "thank_you"),
        (CA, "Je suis convaincue d’être plus qualifiée que l’autre candidate.", "thank_you"),
    ],
    "rumour": [
        (FR, "On m’a dit que le poste avait déjà été attribué à quelqu’un d’autre.", "reminder"),
        (CA, "J’ai entendu dire que vous aviez choisi un autre candidat.", "reminder"),
    ],
    "callback_within_the_hour": [
        (FR, "Je vous rappelle dans une demi-heure.", "voicemail"),
        (CA, "Il est 14 h, je rappelle à 14 h 30.", "voicemail"),
        (FR, "Si pas de réponse, rappeler toutes les heures.", "phone_script"),
    ],
    "in_person_unannounced": [
        (FR, "Je suis en bas de vos bureaux, je peux monter tout de suite.", "voicemail"),
        (CA, "Je passerai à vos bureaux demain matin sans rendez-vous.", "reminder"),
    ],
}

EIGHTH_BATCH_QUIET = [
    # A polite formula and stage directions of a call plan.
    (FR, "J’attends avec intérêt de connaître la suite du processus.", "reminder"),
    (FR, "(laisser parler, attendre sa réponse)", "phone_script"),
    (CA, "Elle rappelle habituellement en fin de journée.", "phone_script"),
    (FR, "La date limite de dépôt des dossiers était le 30 novembre.", "thank_you"),
    # Agreed steps, not presumptions.
    (CA, "Comme convenu, je vous envoie mes références d’ici vendredi.", "thank_you"),
    (FR, "Vous m’avez demandé mes prétentions salariales : les voici.", "thank_you"),
    (FR, "Ma formation en biostatistique m’a préparée à ce poste.", "thank_you"),
    (CA, "J’ai pris le temps de relire vos rapports annuels.", "thank_you"),
    (FR, "Je reste disponible, y compris pour passer à vos bureaux si besoin.", "reminder"),
]


@pytest.mark.parametrize(
    ("ctx", "text", "kind"),
    by_class(EIGHTH_BATCH),
)
def test_eighth_batch_of_pushy_phrasings_is_found(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert pushy_codes(text, ctx, kind)


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), EIGHTH_BATCH_QUIET, ids=range(len(EIGHTH_BATCH_QUIET))
)
def test_eighth_batch_of_near_misses_passes(ctx: st.InterviewContext, text: str, kind: str) -> None:
    assert not pushy_codes(text, ctx, kind)
