"""A table of examples per check: texts that must fire, near misses that must stay quiet.

Every text is checked with the example context (fr_CA, candidate f, topic « la migration du
système comptable vers SAP », commitment « mon analyse du processus de recouvrement »).
The concrete phrase ``SAP`` is added to the pushy and style examples so that only the
check under test can fire.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from suivi_templates.checks import check, checks

SAP = " Notre échange sur la migration vers SAP m'a marquée."

# code -> (kind, fires, near misses)
EXAMPLES: dict[str, tuple[str | None, list[str], list[str]]] = {
    "generic.template_residue": (
        "thank_you",
        [
            "Bonjour [Nom]," + SAP,
            "Merci pour l'entrevue chez XXX." + SAP,
            "Bonjour, merci <entreprise>." + SAP,
            "Bonjour {{ prenom }}," + SAP,
            "Madame, Monsieur, merci." + SAP,
            "Cher recruteur, merci." + SAP,
            "Je suis très intéressé(e) par le poste." + SAP,
            "Je suis motivé·e." + SAP,
        ],
        [
            "Bonjour Madame Tremblay," + SAP,
            "Madame," + SAP,
            "Vous disiez : « le retard […] nous coûte cher »." + SAP,
            "Écrivez-moi à <camille.roy@example.org>." + SAP,
        ],
    ),
    "generic.foreign_name": (
        "thank_you",
        [
            "Je serais heureuse de rejoindre Desjardins." + SAP,
            "Bonjour Madame Dupont," + SAP,
            "Merci pour l'entrevue pour le poste de technicienne comptable." + SAP,
            "Je souhaite mettre mon énergie au sein de la Banque Laurentienne." + SAP,
        ],
        [
            "Mon expérience chez Desjardins m'a appris la rigueur." + SAP,
            "Je serais heureuse de rejoindre la Coopérative Horizon." + SAP,
            "Bonjour Madame Tremblay," + SAP,
            "Le poste d'analyste financière m'intéresse toujours autant." + SAP,
        ],
    ),
    "generic.no_concrete_element": (
        "thank_you",
        [
            "Bonjour Madame Tremblay, merci pour l'entrevue. Je reste disponible.",
            "Merci pour votre temps. Le poste d'analyste financière m'intéresse beaucoup.",
        ],
        [
            "Merci pour notre échange sur la migration comptable vers SAP.",
            "Comme promis, voici mon analyse du recouvrement.",
            "Vos inquiétudes sur les systèmes comptables et leur migration sont légitimes.",
        ],
    ),
    "generic.vague_praise": (
        "thank_you",
        [
            "Merci ! Votre entreprise dynamique et ce poste passionnant me motivent.",
            "Je partage pleinement vos valeurs et je souhaite relever de nouveaux défis.",
        ],
        [
            "Votre entreprise dynamique m'attire, et la migration vers SAP encore plus.",
            "Merci pour notre échange sur la migration vers SAP.",
        ],
    ),
    "generic.model_letter": (
        None,
        [
            "Madame, Monsieur, je tiens à vous remercier pour l'entrevue que vous m'avez accordée "
            "concernant le poste de comptable. J'ai beaucoup apprécié notre échange et la "
            "présentation de votre organisation. Cette rencontre a confirmé mon intérêt pour ce "
            "poste stimulant. Je demeure disponible pour tout renseignement supplémentaire.",
        ],
        [
            "Merci pour l'entrevue de jeudi. Votre inquiétude sur la clôture de fin d'année "
            "pendant la migration vers SAP m'a fait réfléchir : j'ai vécu une migration "
            "semblable chez mon employeur actuel. Comme promis, voici mon analyse.",
        ],
    ),
    "pushy.reproach": (
        "reminder",
        [
            "Vous deviez me rappeler la semaine dernière." + SAP,
            "Toujours pas de nouvelles de votre part." + SAP,
            "Je n’ai pas encore reçu de réponse malgré mes relances." + SAP,
            "Sans réponse de votre part, je vous écris." + SAP,
            "Vous avez peut-être oublié ma candidature." + SAP,
            "Vous ne m'avez jamais répondu." + SAP,
            "Mes courriels sont restés sans réponse." + SAP,
        ],
        [
            "Je n'ai pas oublié de vous envoyer mon analyse." + SAP,
            "Comme convenu, voici mon analyse." + SAP,
            "Vous n'avez pas à me répondre, c'est pour information." + SAP,
            "J'ai relancé des clients restés sans réponse." + SAP,
        ],
    ),
    "pushy.pressure": (
        "reminder",
        [
            "Merci de me répondre au plus vite." + SAP,
            "J'aimerais connaître votre décision dans les plus brefs délais." + SAP,
            "Pourriez-vous me confirmer d'ici vendredi ?" + SAP,
            "Sans réponse d'ici lundi, je retirerai ma candidature." + SAP,
            "URGENT : ma candidature." + SAP,
        ],
        [
            "Je vous enverrai mon analyse au plus vite." + SAP,
            "Merci d'avoir répondu si rapidement à mes questions." + SAP,
            "Je n'attends pas de réponse immédiate." + SAP,
            "Vous m'aviez indiqué une décision d'ici le 28 novembre." + SAP,
            "J'ai traité des dossiers urgents chaque jour." + SAP,
        ],
    ),
    "pushy.waiting_for_answer": (
        "reminder",
        [
            "J'attends votre réponse." + SAP,
            "Dans l'attente de votre réponse, je vous salue." + SAP,
            "Dans l’attente de votre décision." + SAP,
            "Je reste dans l'attente de votre décision." + SAP,
            "Je n'attends que votre réponse." + SAP,
        ],
        [
            "Au plaisir d'avoir de vos nouvelles." + SAP,
            "Je reste disponible." + SAP,
            "Je n'attends pas de réponse immédiate." + SAP,
            "J'ai hâte de contribuer au projet." + SAP,
            "Dans l'attente de vous lire, bonne journée." + SAP,
            "Je reste dans l'attente de vos nouvelles." + SAP,
        ],
    ),
    "pushy.leverage": (
        "reminder",
        [
            "J'ai reçu une autre offre." + SAP,
            "Une autre entreprise attend ma réponse." + SAP,
            "Je dois me décider rapidement." + SAP,
            "Avant de m'engager ailleurs, je voulais vous écrire." + SAP,
        ],
        [
            "Votre offre d'emploi m'a tout de suite plu." + SAP,
            "J'ai travaillé avec d'autres entreprises du secteur." + SAP,
            "Je reste disponible pour un deuxième entretien." + SAP,
        ],
    ),
    "pushy.counting_reminders": (
        "reminder",
        [
            "Je vous écris pour la troisième fois." + SAP,
            "Ceci est ma deuxième relance." + SAP,
            "Je me permets de vous relancer à nouveau." + SAP,
            "Je vous ai écrit à plusieurs reprises." + SAP,
            "Je me permets de vous relancer une dernière fois." + SAP,
        ],
        [
            "Merci encore une fois pour votre accueil." + SAP,
            "Pour la première fois, j'ai dirigé un projet." + SAP,
            "J'ai relu une dernière fois mon analyse avant de vous l'envoyer." + SAP,
            "Un avis clair vaut mieux qu'un troisième rappel par la poste." + SAP,
        ],
    ),
    "pushy.impatience": (
        "reminder",
        [
            "Ce délai me paraît long." + SAP,
            "Il serait temps de me répondre." + SAP,
            "Je commence à m'impatienter." + SAP,
            "Cela fait déjà trois semaines que nous nous sommes vus." + SAP,
            "Je suis impatiente de connaître votre décision." + SAP,
        ],
        [
            "Cela fait deux semaines que nous nous sommes rencontrés." + SAP,
            "Je suis impatiente de contribuer au projet." + SAP,
            "Le délai de clôture est un enjeu." + SAP,
        ],
    ),
    "pushy.shouting": (
        "reminder",
        [
            "Merci de me répondre, c'est TRÈS important." + SAP,
            "URGENT" + SAP,
            "Avez-vous reçu mon courriel ??" + SAP,
            "Merci !!!" + SAP,
            "NE ME FAITES PAS ATTENDRE." + SAP,
        ],
        [
            "Je maîtrise SAP, SQL et les normes IFRS." + SAP,
            "Merci !" + SAP,
            "Camille ROY" + SAP,
            "J'ai la certification ISTQB." + SAP,
            "Je serais ravie de rejoindre COOPÉRATIVE HORIZON." + SAP,
            "C'est LE projet qui me motive." + SAP,
        ],
    ),
    "pushy.guilt": (
        "reminder",
        [
            "J'ai refusé un autre poste pour me présenter à l'entrevue." + SAP,
            "Ma famille compte beaucoup sur cet emploi." + SAP,
            "Je me doute que ma candidature n'est pas votre priorité." + SAP,
            "Je vous en supplie, donnez-moi une chance." + SAP,
            "J'ose espérer que cet effort sera reconnu." + SAP,
        ],
        [
            "Ma famille s'installe à Montréal cet été." + SAP,
            "J'ai refusé de baisser les bras pendant l'audit." + SAP,
            "Je compte sur mon expérience en paie pour vous aider." + SAP,
            "Merci de m'avoir donné la chance de vous présenter mon analyse." + SAP,
        ],
    ),
    # Whole drafts (the model judges 40 words or more), written in words no phrase rule lists.
    "pushy.tone": (
        "reminder",
        [
            "Bonjour Madame Tremblay, je me permets de revenir vers vous au sujet du poste. Mon "
            "employeur actuel attend ma lettre de démission vendredi, et j'ai préféré vous le "
            "dire franchement : je compte sur vous pour ne pas la donner pour rien. Je passerai "
            "d'ailleurs à vos bureaux lundi matin pour en parler de vive voix." + SAP,
            "Bonjour Madame Tremblay, j'ai déjà prévenu mon équipe actuelle que je partirais "
            "bientôt, et mes collègues organisent même un petit pot de départ. J'aimerais donc "
            "que vous me confirmiez le salaire et la date d'arrivée, pour que je puisse enfin "
            "leur annoncer une date précise. Je passerai vous voir jeudi pour signer." + SAP,
            "Bonjour Madame Tremblay, un membre de votre conseil d'administration, que je "
            "connais bien, m'a assuré qu'il glisserait un mot en ma faveur à la prochaine "
            "réunion. Je tenais à vous en informer, afin que vous puissiez en tenir compte "
            "dans votre décision. Je reste joignable à tout moment." + SAP,
        ],
        [
            "Bonjour Madame Tremblay, merci pour la visite des bureaux mardi. Votre façon de "
            "répartir les dossiers urgents entre les deux équipes m'a beaucoup appris, et je "
            "vous envoie comme promis mon analyse du processus de recouvrement. Je reste "
            "disponible pour en parler si elle peut vous servir." + SAP,
            "Bonjour Madame Tremblay, vous m'avez demandé comment je vivais le travail sous "
            "pression en fin d'exercice. Pendant quatre clôtures annuelles, j'ai tenu les "
            "échéances sans heures perdues, en préparant les rapprochements dès la "
            "mi-décembre. Je vous joins le calendrier que j'utilisais, s'il peut vous servir."
            + SAP,
        ],
    ),
    "pushy.repeated_calls": (
        "voicemail",
        [
            "Je vous rappellerai cet après-midi." + SAP,
            "Je vous ai appelée à plusieurs reprises aujourd'hui." + SAP,
            "Je réessaierai dans une heure." + SAP,
        ],
        [
            "Vous pouvez me rappeler au 514 555-0142." + SAP,
            "Je vous rappellerai la semaine prochaine si besoin." + SAP,
        ],
    ),
    "style.too_long": (
        "voicemail",
        [" ".join(["mot"] * 120) + SAP],
        [" ".join(["mot"] * 40) + SAP],
    ),
    "style.other_locale": (
        "thank_you",
        [
            "Je vous envoie un mail." + SAP,
            "Bonne fin de week-end." + SAP,
            "Joignez-moi sur mon téléphone portable." + SAP,
        ],
        [
            "Je vous envoie un courriel." + SAP,
            "Bonne fin de semaine." + SAP,
            "Mon ordinateur portable est prêt." + SAP,
        ],
    ),
    "style.gender_agreement": (
        "thank_you",
        ["Je suis très intéressé par le poste." + SAP, "J'ai été impressionné." + SAP],
        [
            "Je suis très intéressée par le poste." + SAP,
            "Vous êtes intéressé par mon analyse." + SAP,
        ],
    ),
    "style.calque": (
        "thank_you",
        [
            "Suite à notre entrevue, voici mon analyse." + SAP,
            "J'ai appliqué sur le poste en octobre." + SAP,
            "Pouvons-nous céduler un appel ?" + SAP,
            "Merci de retourner mon appel." + SAP,
        ],
        [
            "Pour faire suite à notre entrevue, voici mon analyse." + SAP,
            "À la suite de notre entrevue, voici mon analyse." + SAP,
            "Je me permets de revenir vers vous." + SAP,
            "La suite à donner à ma candidature vous appartient." + SAP,
        ],
    ),
    "generic.nothing_new": (
        "reminder",
        [
            "Je me permets de faire un suivi de ma candidature." + SAP,
            "Le poste m'intéresse toujours autant et je reste disponible." + SAP,
            "Le poste m'intéresse autant depuis notre entrevue." + SAP,
        ],
        [
            "Depuis notre entrevue, j'ai terminé ma formation SAP FI." + SAP,
            "J'ai obtenu ma certification SAP FI." + SAP,
            "Vous trouverez ci-joint l'analyse promise." + SAP,
            "Voici le lien vers mon portfolio : https://exemple.ca/roy." + SAP,
        ],
    ),
    "generic.open_promise": (
        "reminder",
        [
            "Depuis, j'ai terminé ma formation SAP FI." + SAP,
            "Je reste disponible pour vous présenter mon analyse." + SAP,
        ],
        [
            "Vous trouverez ci-joint mon analyse du processus de recouvrement." + SAP,
            "Voici l'analyse promise du processus de recouvrement." + SAP,
        ],
    ),
    "style.awaiting_formula": (
        "thank_you",
        [
            "Dans l'attente de votre retour, bonne journée." + SAP,
            "Dans l’attente de vous lire." + SAP,
        ],
        [
            "Au plaisir de vous lire." + SAP,
            "L'attente des résultats de la migration a été longue pour l'équipe." + SAP,
        ],
    ),
}

BATCH_ONLY = {"generic.same_body"}


def _cases(which: int) -> list[tuple[str, str | None, str]]:
    return [
        (code, kind, text)
        for code, (kind, fires, misses) in EXAMPLES.items()
        for text in (fires if which == 1 else misses)
    ]


def test_every_registered_check_has_examples() -> None:
    from suivi_templates.checks.timing import TIMING_CHECKS

    timing = {c.code for c in TIMING_CHECKS}
    for item in checks():
        if item.code in BATCH_ONLY or item.code in timing:
            continue
        assert item.code in EXAMPLES, f"{item.code} n'a pas de table d'exemples"
        _, fires, misses = EXAMPLES[item.code]
        assert fires, item.code
        assert misses, item.code


@pytest.mark.parametrize(("code", "kind", "text"), _cases(1))
def test_fires(ctx, code: str, kind: str | None, text: str) -> None:
    report = check(text, ctx, kind=kind)
    assert code in report.codes, (text, [(f.code, f.excerpt) for f in report.findings])
    for finding in report.findings:
        if finding.code == code and finding.span is not None:
            start, end = finding.span
            assert 0 <= start <= end <= len(text)


@pytest.mark.parametrize(("code", "kind", "text"), _cases(2))
def test_near_misses_stay_quiet(ctx, code: str, kind: str | None, text: str) -> None:
    report = check(text, ctx, kind=kind)
    assert code not in report.codes, (text, [(f.code, f.excerpt) for f in report.findings])


POLITE = [
    "Je me permets de revenir vers vous au sujet de la migration vers SAP.",
    "Au plaisir d'avoir de vos nouvelles au sujet de la migration vers SAP.",
    "Je reste disponible pour parler de la migration vers SAP.",
    "Comme convenu, voici mon analyse du processus de recouvrement.",
    "Je n'ai pas oublié de vous envoyer mon analyse du processus de recouvrement.",
]


@pytest.mark.parametrize("text", POLITE)
@pytest.mark.parametrize("kind", ["thank_you", "reminder"])
def test_polite_phrases_pass(ctx, text: str, kind: str) -> None:
    report = check(text, ctx, kind=kind)
    assert report.passed, [(f.code, f.excerpt) for f in report.findings]
    # A one-sentence reminder brings no news (R14) and keeps no promise (R3): those warnings
    # are about what the whole text lacks, not about the polite phrase.
    lacks = {"generic.nothing_new", "generic.open_promise"}
    assert [f.code for f in report.findings if f.code not in lacks] == []


_CONVENTIONS = Path(__file__).resolve().parent.parent / "docs" / "conventions.md"
_SECTIONS = frozenset(re.findall(r"^## (.+)$", _CONVENTIONS.read_text("utf-8"), flags=re.M))


def test_every_message_cites_a_rule_and_has_a_suggestion(ctx) -> None:
    """A cited section of the conventions is one the project's own docs/conventions.md has."""
    for code, kind, text in _cases(1):
        for finding in check(text, ctx, kind=kind).findings:
            cited = re.findall(r"\(conventions, « ([^»]+) »\)", finding.message)
            assert "(R" in finding.message or cited, (code, finding.message)
            assert set(cited) <= _SECTIONS, (code, cited)
            assert finding.suggestion, code


def test_every_check_docstring_cites_a_rule() -> None:
    for item in checks():
        assert item.doc, item.code
        if item.family in ("generic", "pushy"):
            assert item.rules, item.code
