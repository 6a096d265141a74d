"""The follow-up rules R1–R23 in one line each, and examples for each check code.

``docs/regles.md`` states the rules in full, with their sources; the checks' messages, the
planner's notes and ``suivi-templates regle CODE`` cite them by id.

>>> RULES["R15"]
'Ne jamais reprocher un silence, dire qu’on attend une réponse ni brandir une autre offre.'
>>> rule_anchor("R15")
'docs/regles.md#r15'
"""

from __future__ import annotations

__all__ = ["CODE_EXAMPLES", "DETECTS", "RULES", "rule_anchor"]

RULES: dict[str, str] = {
    "R1": "Avant de partir, demander la suite du processus, la date de décision, le canal et "
    "la personne à joindre.",
    "R2": "Noter les mots de l’entreprise : un sujet abordé, un projet, une inquiétude.",
    "R3": "Noter chaque promesse faite ; la tenir est le meilleur des suivis.",
    "R4": "Écrire ses impressions à chaud, le jour même ou le lendemain.",
    "R5": "Tirer de l’entrevue une fiche de l’entreprise et une fiche du poste.",
    "R6": "Faire du bilan une action : compléter une réponse, ajouter une compétence.",
    "R7": "Remercier par courriel dans les 24 à 48 heures ; le lendemain est idéal.",
    "R8": "Faire court : le merci, un ou deux points précis, l’intérêt redit.",
    "R9": "Personnaliser : un message passe-partout se reconnaît et nuit.",
    "R10": "Ajouter au besoin un ou deux faits qui renforcent la candidature.",
    "R11": "Si l’entreprise ne veut pas être relancée, ne rien envoyer du tout.",
    "R12": "Relancer seulement une fois le délai annoncé passé (sinon 14 jours, 7 si court).",
    "R13": "Garder le canal du processus et les coordonnées professionnelles du recruteur.",
    "R14": "Dans une relance : intérêt intact, disponibilité, un élément nouveau et utile.",
    "R15": "Ne jamais reprocher un silence, dire qu’on attend une réponse ni brandir une "
    "autre offre.",
    "R16": "Rester courtois : une relance ouvre une conversation, elle ne met pas de pression.",
    "R17": "Deux relances au plus après le remerciement, puis passer à autre chose.",
    "R18": (
        "N’appeler qu’après une relance écrite restée sans réponse, environ une semaine après ; "
        "quand le processus se fait par téléphone, l’appel est la relance."
    ),
    "R19": "Viser la personne rencontrée ; appeler en fin d’après-midi, après 17 h.",
    "R20": "Au téléphone : se présenter, rappeler la rencontre, demander où en est le "
    "processus, rester bref.",
    "R21": "Sans réponse, laisser un seul message vocal plutôt que rappeler.",
    "R22": "Une demande de références est bon signe, pas une offre.",
    "R23": "Une entreprise intéressée revient ; continuer à postuler ailleurs.",
}
"""Each rule in one French sentence; the full text and sources are in ``docs/regles.md``."""

DETECTS: dict[str, str] = {
    "generic.template_residue": "un reste de modèle : [Nom], XXX, <entreprise>, {{ … }}, "
    "« Madame, Monsieur », « Cher recruteur », un accord en « (e) ».",
    "generic.foreign_name": "le nom d’une autre entreprise, d’une autre personne ou d’un autre "
    "poste que ceux de cette entrevue, ou une visite des lieux après une entrevue au téléphone "
    "ou en vidéo (copié d’une autre candidature).",
    "generic.no_concrete_element": "un texte sans rien de l’entrevue : ni sujet abordé, ni "
    "engagement, ni détail.",
    "generic.vague_praise": "des éloges que n’importe qui pourrait écrire (« votre entreprise "
    "dynamique », « ce poste passionnant ») sans élément concret.",
    "generic.model_letter": "une quasi-copie d’une lettre type, comme on en trouve sur tous les "
    "sites de conseils.",
    "generic.same_body": "le même corps envoyé à plusieurs entreprises, seuls les noms changés "
    "(vérification d’un lot).",
    "generic.nothing_new": "une relance qui n’apporte rien de nouveau : ni fait depuis "
    "l’entrevue, ni nouvelle de l’organisation, ni pièce promise (avertissement).",
    "generic.open_promise": "une relance ou un appel qui ne dit rien d’une promesse encore "
    "ouverte (avertissement).",
    "pushy.reproach": "un reproche : « vous deviez me rappeler », « toujours pas de "
    "nouvelles », « malgré mes relances ».",
    "pushy.pressure": "une pression : un délai imposé, « au plus vite », « dans les plus brefs "
    "délais », « urgent ».",
    "pushy.waiting_for_answer": "une phrase qui dit qu’on attend une réponse.",
    "pushy.leverage": "une autre offre ou une autre entreprise brandie comme levier.",
    "pushy.counting_reminders": "le compte des relances (« pour la troisième fois »).",
    "pushy.impatience": "de l’impatience (« ce délai me paraît long », « il serait temps »).",
    "pushy.shouting": "des cris : mots en capitales, « !!! », « ?? ».",
    "pushy.repeated_calls": "des appels répétés le même jour, ou l’annonce d’un nouvel appel.",
    "pushy.guilt": "une pression affective : un sacrifice rappelé, une famille qui compte sur "
    "l’emploi, une supplication, un « j’ose espérer que cet effort sera reconnu ».",
    "pushy.tone": "un ton qui presse le recruteur dans des mots qu’aucune règle ne liste "
    "(démission annoncée, appui glissé par un administrateur), lu par un modèle appris sur des "
    "brouillons étiquetés ; seulement quand aucune autre règle « pushy » n’a parlé.",
    "style.too_long": "un texte trop long pour son type (un roman plutôt qu’un mot).",
    "style.other_locale": "un mot de l’autre variété de français (« mail », « week-end » au "
    "Québec ; « fin de semaine », « cellulaire » en France).",
    "style.gender_agreement": "un accord qui ne correspond pas au genre de la personne "
    "candidate (« intéressé » pour une candidate).",
    "style.calque": "un calque de l’anglais : « suite à », « appliquer sur un poste », "
    "« céduler », « retourner un appel ».",
    "style.awaiting_formula": "la formule « Dans l’attente de votre retour », qui sonne comme "
    "une attente.",
    "timing.late_thank_you": "un remerciement envoyé plus de deux jours ouvrables après "
    "l’entrevue (avec une date d’envoi).",
    "timing.early_reminder": "une relance envoyée avant la date de décision annoncée, ou trop "
    "tôt sans date annoncée.",
    "timing.too_many_reminders": "une relance de trop : le remerciement et deux relances sont "
    "déjà partis.",
    "timing.no_contact": "tout suivi alors que l’entreprise a demandé de ne pas être relancée.",
    "timing.wrong_channel": "une relance écrite alors que le processus se fait par téléphone.",
    "timing.not_by_voice": "un appel ou un message vocal à une personne que les notes disent "
    "sourde ou malentendante.",
    "timing.after_voicemail": "un appel ou un message vocal quand l’historique note déjà un "
    "message vocal laissé.",
    "timing.after_reply": "une relance, un appel ou un message vocal quand l’historique note "
    "déjà une réponse de l’entreprise.",
    "timing.thank_you_after_follow_up": "un remerciement quand l’historique note déjà une "
    "relance, un appel ou un message vocal.",
}
"""What each check code detects, in French (``suivi-templates regle CODE``)."""

CODE_EXAMPLES: dict[str, tuple[str, str]] = {
    "generic.foreign_name": (
        "Je serais heureuse de rejoindre Desjardins.",
        "Je serais heureuse de rejoindre la Coopérative Horizon.",
    ),
    "generic.no_concrete_element": (
        "Bonjour Madame Tremblay, merci pour l’entrevue. Je reste disponible.",
        "Bonjour Madame Tremblay, merci pour notre échange sur la migration du système "
        "comptable vers SAP. Je reste disponible.",
    ),
    "generic.template_residue": (
        "Bonjour [Nom], je vous remercie pour l’entrevue.",
        "Bonjour Madame Tremblay, je vous remercie pour l’entrevue.",
    ),
    "generic.vague_praise": (
        "Merci ! Votre entreprise dynamique et ce poste passionnant me motivent.",
        "Merci pour notre échange sur la migration du système comptable vers SAP.",
    ),
    "pushy.reproach": (
        "Vous deviez me rappeler la semaine dernière.",
        "Je me permets de vous écrire au sujet de ma candidature.",
    ),
    "pushy.pressure": (
        "Merci de me répondre au plus vite.",
        "Je reste disponible pour tout complément d’information.",
    ),
    "pushy.waiting_for_answer": (
        "J’attends votre réponse.",
        "Au plaisir d’avoir de vos nouvelles.",
    ),
    "pushy.leverage": (
        "J’ai reçu une autre offre.",
        "Ce poste m’attire pour la place qu’il donne à l’analyse.",
    ),
    "pushy.counting_reminders": (
        "Je vous écris pour la troisième fois.",
        "Je me permets de revenir sur notre échange du 19 novembre.",
    ),
    "pushy.impatience": ("Ce délai me paraît long.", "Mon intérêt pour le poste reste entier."),
    "pushy.shouting": (
        "Merci de me répondre, c’est TRÈS important.",
        "Merci de votre temps, c’est très apprécié.",
    ),
    "pushy.repeated_calls": (
        "Je vous rappellerai cet après-midi.",
        "Je vous laisse mon numéro : 514 555-0142.",
    ),
    "pushy.guilt": (
        "J’ai refusé un autre poste pour cette entrevue, et ma famille compte sur cet emploi.",
        "Le projet dont nous avons parlé me motive beaucoup.",
    ),
    "style.other_locale": (
        "Je vous envoie un mail ce week-end.",
        "Je vous envoie un courriel cette fin de semaine.",
    ),
    "style.gender_agreement": (
        "Je suis très intéressé par le poste.",
        "Je suis très intéressée par le poste.",
    ),
    "style.calque": (
        "Suite à notre entrevue, voici mon analyse.",
        "À la suite de notre entrevue, voici mon analyse.",
    ),
    "style.awaiting_formula": (
        "Dans l’attente de votre retour, bonne journée.",
        "Au plaisir d’échanger de nouveau avec vous.",
    ),
}
"""For some codes, a sentence that fires (first) and a close one that passes (second), when
checked with the design's example context (Camille Roy, Coopérative Horizon, Québec)."""


def rule_anchor(rule: str) -> str:
    """Where ``docs/regles.md`` states ``rule`` (« R15 » → ``docs/regles.md#r15``)."""
    return f"docs/regles.md#{rule.lower()}"
