"""Typical generic follow-up letters, written for this project, to spot near-copies (R9).

These are the letters a candidate finds on any advice site and sends everywhere: nothing in
them comes from an interview. ``generic.model_letter`` flags a draft whose sentences are
mostly near-copies of these. Placeholders stand where a copier puts names: ``{entreprise}``,
``{poste}``, ``{nom}``, ``{date}``. At least eight models per locale; both locales are used
when the draft has no context.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

__all__ = ["GENERIC_MODELS"]

_FR_CA = (
    # remerciement, court
    "Madame, Monsieur, je tiens à vous remercier pour l'entrevue que vous m'avez accordée "
    "concernant le poste de {poste}. J'ai beaucoup apprécié notre échange et la présentation "
    "de votre organisation. Cette rencontre a confirmé mon intérêt pour ce poste stimulant. "
    "Je demeure disponible pour tout renseignement supplémentaire. Veuillez agréer mes "
    "salutations distinguées.",
    # remerciement, long
    "Bonjour {nom}, je souhaite vous remercier chaleureusement pour le temps que vous m'avez "
    "consacré lors de notre entrevue. Notre conversation m'a permis de mieux comprendre les "
    "défis du poste et la culture de {entreprise}. Je suis convaincue que mes compétences et "
    "mon expérience me permettraient de contribuer au succès de votre équipe. Votre entreprise "
    "dynamique correspond exactement au milieu dans lequel je souhaite évoluer. N'hésitez pas "
    "à communiquer avec moi si vous avez besoin d'information additionnelle. Au plaisir de "
    "vous reparler.",
    # remerciement, enthousiaste
    "Merci encore pour cette rencontre des plus enrichissantes. J'ai été impressionné par "
    "le professionnalisme de votre équipe et par les valeurs de {entreprise}. Ce poste "
    "représente pour moi une occasion unique de relever de nouveaux défis. Je suis certain de "
    "pouvoir apporter une réelle valeur ajoutée à votre organisation. Je vous prie d'agréer "
    "mes salutations les meilleures.",
    # remerciement, compétences
    "Je vous remercie de m'avoir reçue en entrevue pour le poste de {poste}. Notre échange a "
    "renforcé ma motivation à me joindre à votre équipe. Mon profil correspond aux exigences "
    "du poste et je partage pleinement les valeurs de votre entreprise. Je serais ravie de "
    "mettre mes compétences à votre service. Je reste à votre entière disposition pour toute "
    "question.",
    # relance
    "Bonjour, je me permets de faire un suivi concernant ma candidature au poste de {poste}, "
    "pour lequel j'ai eu le plaisir de vous rencontrer en entrevue. Je tiens à vous réitérer "
    "mon grand intérêt pour ce poste et pour votre entreprise. Je demeure disponible pour "
    "vous fournir tout complément d'information. Je vous remercie de l'attention portée à "
    "ma candidature.",
    # relance, variante
    "Madame, Monsieur, à la suite de notre entrevue du {date}, je souhaitais savoir où en "
    "était le processus de sélection pour le poste de {poste}. Mon intérêt pour cette "
    "occasion demeure entier et je suis convaincu de pouvoir contribuer au succès de votre "
    "organisation. Je vous remercie de votre temps et de votre considération. Salutations "
    "distinguées.",
    # remerciement, valeurs
    "Je voulais prendre un moment pour vous remercier de notre entrevue. J'ai apprécié en "
    "apprendre davantage sur votre organisation et sur le rôle. L'environnement de travail "
    "stimulant que vous m'avez décrit correspond parfaitement à mes aspirations. Je suis "
    "persuadée que je m'intégrerais facilement à votre équipe. Merci encore de votre "
    "confiance et au plaisir de vous reparler.",
    # remerciement, très court
    "Merci pour l'entrevue d'aujourd'hui. Ce fut un plaisir de discuter avec vous du poste "
    "et de votre entreprise. Je suis plus motivé que jamais à me joindre à votre équipe et "
    "j'espère avoir l'occasion de collaborer avec vous. Bonne fin de journée.",
    # message vocal générique
    "Bonjour, c'est {nom}, je vous appelle au sujet de ma candidature au poste de {poste}. "
    "Je voulais simplement faire un suivi et vous réitérer mon intérêt pour le poste. Vous "
    "pouvez me joindre au numéro suivant. Merci et bonne journée.",
)

_FR_FR = (
    "Madame, Monsieur, je tiens à vous remercier pour l'entretien que vous m'avez accordé "
    "pour le poste de {poste}. J'ai particulièrement apprécié nos échanges et la "
    "présentation de votre société. Cet entretien a renforcé ma motivation à rejoindre vos "
    "équipes. Je reste à votre disposition pour tout complément d'information. Je vous prie "
    "d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.",
    "Bonjour {nom}, je souhaitais vous remercier pour le temps que vous m'avez consacré lors "
    "de notre entretien. Notre échange m'a permis de mieux cerner les enjeux du poste et la "
    "culture de {entreprise}. Je suis convaincu que mon profil correspond à vos attentes et "
    "que je saurai m'intégrer rapidement au sein de votre équipe. Je reste disponible pour "
    "un nouvel échange. Bien cordialement.",
    "Je vous remercie encore pour cet entretien très enrichissant. J'ai été séduite par le "
    "dynamisme de votre entreprise et par les valeurs qu'elle défend. Ce poste représente "
    "pour moi l'opportunité idéale de relever de nouveaux défis. Je suis certaine de pouvoir "
    "vous apporter une véritable valeur ajoutée. Cordialement.",
    "Suite à notre entretien, je tiens à vous confirmer tout mon intérêt pour le poste de "
    "{poste}. Mes compétences et mon expérience sont en parfaite adéquation avec vos "
    "besoins. Je partage pleinement les valeurs de {entreprise} et je serais ravi de mettre "
    "mon savoir-faire au service de votre entreprise. Dans l'attente de votre retour, je "
    "vous prie d'agréer mes sincères salutations.",
    "Bonjour, je me permets de revenir vers vous concernant ma candidature au poste de "
    "{poste}, pour lequel j'ai passé un entretien. Je souhaitais savoir où en était votre "
    "processus de recrutement. Je reste très motivé par ce poste et par votre société. Je "
    "vous remercie par avance pour votre retour. Bien cordialement.",
    "Madame, Monsieur, faisant suite à notre entretien du {date}, je me permets de vous "
    "relancer au sujet du poste de {poste}. Ma motivation reste intacte et je suis persuadé "
    "que mon profil saura répondre à vos attentes. Je me tiens à votre disposition pour un "
    "éventuel second entretien. Cordialement.",
    "Je tenais à vous remercier pour notre échange de ce jour. J'ai beaucoup apprécié la "
    "présentation du poste et de l'environnement de travail stimulant que vous proposez. "
    "Votre entreprise innovante correspond exactement à ce que je recherche. Je suis "
    "convaincue que je pourrais m'épanouir au sein de vos équipes. Belle journée à vous.",
    "Merci pour ce rendez-vous très agréable. Ce fut un plaisir d'échanger avec vous sur le "
    "poste et sur votre société. Je suis plus que jamais motivée à l'idée de rejoindre votre "
    "équipe et j'espère avoir l'occasion de travailler à vos côtés. Bonne journée.",
    "Bonjour, {nom} à l'appareil, je vous appelle au sujet de ma candidature au poste de "
    "{poste}. Je souhaitais faire le point sur le processus et vous redire mon intérêt pour "
    "le poste. Vous pouvez me rappeler à mon numéro. Merci et bonne journée.",
)

GENERIC_MODELS: Mapping[str, tuple[str, ...]] = MappingProxyType({"fr_CA": _FR_CA, "fr_FR": _FR_FR})
"""Generic model letters by locale."""
