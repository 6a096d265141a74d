"""A seventh batch by class, in words written for this file (not from any corpus).

Written before any rule it prompted, and measured once at first contact: 5 of 21 pushy
phrasings were found (« vous deviez me recontacter », « je compte sur un retour », a
counter-offer, a deadline, « j'ai laissé passer un contrat »), 11 of 12 near misses passed
(« si elle ne rappelle pas aujourd'hui : ne pas insister » was taken for calls the same
day). The classes are those of a blind stress set (blind10) the checks
missed or flagged wrongly, known to this file only by their description.

Misses: guilt by waiting at the phone; a missed call-back reproached; the recruiter's
« processus court » turned into a joke that presses; repeated calls announced; a script
that plans leverage; a declined assignment presented as a debt; hearsay used to push.

False alarms: a conditional or negated stage direction in a call plan (« s'il ne rappelle
pas, attendre une semaine »); « deux fois » that counts anything but one's own messages.
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from unseen import CA, FR, by_class, pushy_codes

SEVENTH_BATCH = {
    "guilt_by_waiting": [
        (CA, "Je n’ai pas lâché mon cellulaire de la fin de semaine, au cas où.", "reminder"),
        (FR, "Je suis restée collée à mon portable toute la matinée d’hier.", "reminder"),
        (FR, "J’ai décommandé un week-end en famille pour rester joignable.", "reminder"),
        (CA, "J’ai reporté mes vacances afin d’être disponible pour votre appel.", "reminder"),
    ],
    "missed_call_back": [
        (FR, "Vous deviez me recontacter jeudi dernier ; j’ai patienté en vain.", "reminder"),
        (CA, "Vous étiez supposé me revenir lundi passé.", "reminder"),
        (FR, "J’ai attendu votre coup de fil toute la journée de vendredi.", "reminder"),
    ],
    "short_process_joke": [
        (FR, "Vu que le processus est rapide, je compte sur un retour demain ;)", "reminder"),
        (CA, "« Rapide », ça veut dire combien de jours, au juste ? :)", "reminder"),
        (
            CA,
            "Comme la réponse devait être rapide, je surveille mes courriels dès ce soir !",
            "reminder",
        ),
    ],
    "repeated_calls_announced": [
        (FR, "Je rappellerai demain à 9 h, puis à 14 h si vous êtes absent.", "voicemail"),
        (CA, "Je retenterai de vous joindre lundi et mardi.", "voicemail"),
        (FR, "Je vais vous rappeler demain pour connaître votre décision.", "thank_you"),
    ],
    "planned_leverage": [
        (FR, "Glisser l’offre de Decathlon pour faire accélérer les choses.", "phone_script"),
        (CA, "Évoquer la contre-offre de mon employeur actuel.", "phone_script"),
        (FR, "Insister pour obtenir une réponse avant vendredi.", "phone_script"),
    ],
    "declined_assignment_debt": [
        (CA, "J’ai laissé passer un contrat intéressant pour vous.", "reminder"),
        (FR, "J’ai dit non à une mission de six mois en misant sur votre poste.", "reminder"),
        (CA, "J’ose croire que ce sacrifice en vaudra la peine.", "reminder"),
    ],
    "hearsay": [
        (
            FR,
            "On m’a dit que vous peiniez à recruter ; une réponse rapide arrangerait tout le "
            "monde.",
            "reminder",
        ),
        (
            CA,
            "Il paraît que le poste est vacant depuis longtemps, donc une offre rapide serait "
            "avantageuse pour vous.",
            "reminder",
        ),
    ],
}
SEVENTH_BATCH_QUIET = [
    # One agreed call, an invitation to call back.
    (FR, "Je vous rappellerai mardi, comme nous l’avions convenu.", "voicemail"),
    (CA, "N’hésitez surtout pas à me rappeler au besoin.", "voicemail"),
    # A conditional or a negated instruction to oneself, in a call plan.
    (FR, "S’il ne me rappelle pas d’ici jeudi, patienter encore une semaine.", "phone_script"),
    (CA, "Si elle ne rappelle pas aujourd’hui : ne pas insister.", "phone_script"),
    (FR, "Si personne ne répond, ne pas rappeler avant lundi.", "phone_script"),
    # « deux fois » that counts something else than one's own messages.
    (CA, "Je relis deux fois chaque ordonnance avant de la préparer.", "thank_you"),
    (FR, "Nous avons doublé le chiffre d’affaires, deux fois plus qu’en 2022.", "thank_you"),
    (FR, "La formatrice m’a fait refaire deux fois l’inventaire, à juste titre.", "thank_you"),
    # Harmless senses of the classes' words.
    (CA, "J’ai gardé mon cellulaire à portée de main pendant les gardes de nuit.", "thank_you"),
    (FR, "J’ai refusé un mandat qui ne correspondait pas à mes valeurs.", "thank_you"),
    (FR, "Vous m’aviez parlé d’un processus court ; je reste disponible au besoin.", "reminder"),
    (CA, "J’ai entendu dire que l’équipe grandit, et c’est ce qui m’attire.", "thank_you"),
]


@pytest.mark.parametrize(
    ("ctx", "text", "kind"),
    by_class(SEVENTH_BATCH),
)
def test_seventh_batch_of_pushy_phrasings_is_found(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert pushy_codes(text, ctx, kind)


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), SEVENTH_BATCH_QUIET, ids=range(len(SEVENTH_BATCH_QUIET))
)
def test_seventh_batch_of_near_misses_passes(
    ctx: st.InterviewContext, text: str, kind: str
) -> None:
    assert not pushy_codes(text, ctx, kind)
