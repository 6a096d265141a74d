"""A fifth batch of pushy drafts by class, in words written for this file (not from any corpus).

Written before any rule it prompted, and measured once at first contact: 1 of 34 pushy
phrasings was found, 11 of 16 near misses passed (an invitation « si je n'avais pas eu de
nouvelles », « au plus tard lundi », « mon dernier courriel », an offer disclosed on request,
« les Archives nationales » were flagged). The
classes are those of a blind stress set the rules then missed: presuming the outcome,
demanding an answer the same day, counting the attempts by their dates, an expiry date on
the application, guilt by the family or by a wasted effort, a reproach of a missed
contact, sarcasm on the recruiter's own words, another employer used as leverage. The near
misses are the harmless senses of the same words: an invitation to write back « si je
n'avais pas eu de nouvelles », one's own promise « au plus tard lundi », the attachment of
« mon dernier courriel », another offer disclosed because the recruiter asked, « les
Archives nationales », a sincere « j'imagine que la période est chargée ».
"""

from __future__ import annotations

import pytest

import suivi_templates as st
from unseen import CA, FR, by_class, pushy_codes

FIFTH_BATCH = {
    "presume": [
        (FR, "Il ne vous reste qu’à me dire quand je commence."),
        (CA, "Je présume que le contrat m’arrivera cette semaine."),
        (FR, "J’ai déjà annoncé mon départ à ma responsable pour vous rejoindre au plus vite."),
        (CA, "Vous n’avez plus vraiment de raison de tarder."),
        (FR, "Le choix devrait donc être facile pour vous."),
        (CA, "Pouvons-nous convenir de ma date d’entrée en fonction ?"),
    ],
    "answer_now": [
        (FR, "J’aimerais connaître votre décision aujourd’hui même."),
        (CA, "Pourriez-vous me revenir d’ici la fin de la journée ?"),
        (FR, "Un retour dans les prochaines heures serait parfait."),
        (CA, "Merci de me faire part de votre choix dès la lecture de ce courriel."),
    ],
    "counting_by_dates": [
        (FR, "Je vous ai écrit le 3, puis le 10, puis le 17 novembre."),
        (CA, "J’ai essayé de vous joindre lundi et mercredi, sans succès."),
        (FR, "Je vous ai laissé un message à 10 h et à 14 h."),
    ],
    "ultimatum": [
        (CA, "Ma candidature reste valable jusqu’au 30 novembre."),
        (FR, "Je garde cette semaine libre pour vous, pas au-delà."),
        (FR, "Je vous saurais gré de m’indiquer votre décision le 5 mai au plus tard."),
        (CA, "Je me laisse jusqu’à vendredi pour votre offre ; ensuite, je tournerai la page."),
    ],
    "guilt": [
        (FR, "Ce poste changerait tout pour mes enfants."),
        (CA, "J’espère que mes heures de route n’auront pas servi à rien."),
        (
            FR,
            "J’ai pris un jour sans solde pour venir ; j’espère que cela comptera dans la balance.",
        ),
    ],
    "reproach": [
        (CA, "Rien ne m’est parvenu depuis notre rencontre, contrairement à ce qui était prévu."),
        (FR, "Une confirmation de votre part aurait été bienvenue avant la fin du mois dernier."),
        (FR, "Je trouve frustrant de ne rien recevoir, pas même un accusé de réception."),
        (CA, "J’étais pourtant disponible toute la journée de jeudi pour votre appel."),
        (FR, "Le rendez-vous téléphonique prévu lundi n’a finalement pas eu lieu."),
    ],
    "sarcasm": [
        (FR, "Vous parliez de réactivité ; je constate avec un sourire que le mot a deux sens."),
        (CA, "Je suis certaine que votre souci de transparence vaut aussi pour les candidats."),
        (FR, "Je salue la prudence avec laquelle vous prenez vos décisions."),
        (CA, "Dans votre bouche, « bientôt » peut vouloir dire n’importe quel mois de l’année."),
        (FR, "Vous m’aviez dit que tout irait vite ; je vois que j’avais raison d’en douter."),
    ],
    "leverage": [
        (CA, "Un autre organisme m’a rappelée hier pour une deuxième rencontre."),
        (FR, "Une start-up nantaise m’offre un poste similaire, mieux payé."),
        (FR, "Pourriez-vous faire un effort sur le salaire ? On me propose 3 000 € de plus."),
        (CA, "Ce serait dommage que je signe chez un concurrent, vous ne trouvez pas ?"),
    ],
}
FIFTH_BATCH_QUIET = [
    (
        FR,
        "Vous m’aviez invité à vous écrire si je n’avais pas eu de nouvelles avant la fin du "
        "mois ; je le fais donc.",
        "reminder",
    ),
    (CA, "Je vous rappellerai au plus tard lundi avec le nom de ma superviseure.", "voicemail"),
    (FR, "Je renvoie le tableau : le lien de mon dernier courriel semblait expiré.", "reminder"),
    (
        CA,
        "Comme vous me l’aviez demandé, je vous signale une offre d’un autre employeur ; votre "
        "échéancier me convient toujours.",
        "reminder",
    ),
    (
        FR,
        "Vous vouliez savoir si d’autres recrutements étaient en cours : oui, un, sans "
        "échéance pour l’instant.",
        "reminder",
    ),
    (
        FR,
        "J’ai travaillé trois ans aux Archives nationales, au service des fonds privés.",
        "thank_you",
    ),
    (CA, "Votre réponse de ce matin m’a beaucoup rassurée.", "thank_you"),
    (
        FR,
        "Je comprends que la décision puisse prendre du temps ; mon intérêt reste entier.",
        "reminder",
    ),
    (CA, "J’imagine que la fin de trimestre est chargée ; je reste disponible.", "reminder"),
    (FR, "Dès réception de votre message, je vous enverrai les pièces demandées.", "reminder"),
    (CA, "Je suis disponible lundi, mercredi et jeudi pour une deuxième rencontre.", "reminder"),
    (FR, "Vous pouvez m’appeler lundi, mardi ou jeudi, à votre convenance.", "reminder"),
    (CA, "Ma famille compte déménager à Lévis au printemps, quoi qu’il arrive.", "reminder"),
    (FR, "J’ai suivi cette formation à mes frais, par intérêt pour la paie.", "thank_you"),
    (CA, "Je suis certaine que ce logiciel vous ferait gagner du temps.", "reminder"),
    (FR, "La date que vous m’aviez indiquée pour la décision me convient très bien.", "reminder"),
]


@pytest.mark.parametrize(
    ("ctx", "text"),
    by_class(FIFTH_BATCH),
)
def test_fifth_batch_of_pushy_phrasings_is_found(ctx: st.InterviewContext, text: str) -> None:
    assert pushy_codes(text, ctx, "reminder")


@pytest.mark.parametrize(
    ("ctx", "text", "kind"), FIFTH_BATCH_QUIET, ids=range(len(FIFTH_BATCH_QUIET))
)
def test_fifth_batch_of_near_misses_passes(ctx: st.InterviewContext, text: str, kind: str) -> None:
    assert not pushy_codes(text, ctx, kind)
