"""A draft said with « tu », to a person who said « tu » and offered it back.

When the notes say the « tu » went both ways (« on s'est tutoyés », « appelle-moi Ben »),
a letter greeting « Bonjour Benoît, » and going on with « vous » read as a slip: the blind
reads 210 and 212 marked down fifteen drafts for it, and one mixed both (« J'ai apprécié
ta façon de… » in a letter that said « vous »). The library's own drafts are written with
« vous » and turned here, word by word: « vous » subject with its verb (« vous avez » →
« tu as »), object (« je vous remercie » → « je te remercie »), after a preposition
(« avec vous » → « avec toi »), and the possessives (« votre équipe » → « ton équipe »).
"""

from __future__ import annotations

import re

from suivi_templates.formatting import elides
from suivi_templates.phrasing._nouns import _gender
from suivi_templates.phrasing.typed import is_er_verb

__all__ = ["collective", "draft_with_tu", "with_tu"]

# Marks the « vous » of the organisation (« vous avez remporté le marché », « vos 40 ans »),
# which stays plural when the person met is told « tu »: an invisible character, taken out
# once the draft is turned.
_COLLECTIVE = "\u2063"
_YOU_WORDS = re.compile(r"\b([Vv]ous|[Vv]otre|[Vv]os)\b")


def collective(text: str) -> str:
    """``text``, whose « vous », « votre », « vos » are the organisation's: kept plural.

    >>> with_tu(collective("que vous avez obtenu le prix")) + " " + with_tu("Je vous remercie.")
    'que vous avez obtenu le prix Je te remercie.'
    """
    return _YOU_WORDS.sub(rf"\1{_COLLECTIVE}", text)


# The second person singular of the verbs the drafts and the notes use with « vous ».
_IRREGULAR = {
    "avez": "as",
    "êtes": "es",
    "faites": "fais",
    "dites": "dis",
    "pouvez": "peux",
    "voulez": "veux",
    "savez": "sais",
    "allez": "vas",
    "devez": "dois",
    "recevez": "reçois",
    "voyez": "vois",
    "croyez": "crois",
    "buvez": "bois",
    "ayez": "aies",
    "soyez": "sois",
    "vivez": "vis",
    "lisez": "lis",
    "écrivez": "écris",
    "décrivez": "décris",
    "suivez": "suis",
    "courez": "cours",
    "connaissez": "connais",
    "reconnaissez": "reconnais",
    "paraissez": "parais",
    # « -frir » and « -vrir » verbs, whose « -rez » is no future.
    "offrez": "offres",
    "souffrez": "souffres",
    "ouvrez": "ouvres",
    "rouvrez": "rouvres",
    "couvrez": "couvres",
    "découvrez": "découvres",
    "recouvrez": "recouvres",
    # « -trer » verbs whose participle, unaccented, is another word (« entre »): read 316,
    # « quand tu entras dans l'enclos ».
    "entrez": "entres",
    "rentrez": "rentres",
    # Subjunctives that no other tense shares: « le fait que vous fassiez ».
    "fassiez": "fasses",
    "refassiez": "refasses",
    "puissiez": "puisses",
    "sachiez": "saches",
}
# Verbs whose « -ez » stands on a stem that changes: « prenez » → « prends ».
_STEMS = (
    ("prenez", "prends"),
    ("mettez", "mets"),
    ("venez", "viens"),
    ("tenez", "tiens"),
    ("duisez", "duis"),
    ("struisez", "struis"),
    ("partez", "pars"),
    ("sortez", "sors"),
    ("sentez", "sens"),
    ("servez", "sers"),
    ("dormez", "dors"),
    ("issez", "is"),
    ("endez", "ends"),
    ("ondez", "onds"),
    ("erdez", "erds"),
    ("faites", "fais"),
    ("dites", "dis"),
    ("appelez", "appelles"),
    ("jetez", "jettes"),
)
# The subjunctive after « aimer que », « pour que »… : « que vous preniez » → « que tu
# prennes », where the imperfect would say « prenais ».
_SUBJUNCTIVE_IRREGULAR = {
    "preniez": "prennes",
    "compreniez": "comprennes",
    "appreniez": "apprennes",
    "vouliez": "veuilles",
    "veniez": "viennes",
    "teniez": "tiennes",
    "fassiez": "fasses",
    "puissiez": "puisses",
    "sachiez": "saches",
    "alliez": "ailles",
    "voyiez": "voies",
    "croyiez": "croies",
    "receviez": "reçoives",
    "deviez": "doives",
}
_WANTS_SUBJUNCTIVE = re.compile(
    r"(?:\b(?:aim|appréci|ador|souhait|impressionn|frapp|étonn|marqu|touch)\w*|\bsurprise?s?"
    r"|\bplaisir|\bheureu\w*|\bravie?s?|\bcontente?s?|\bfière?s?|\bpour|\bbien|\bavant"
    r"|\bsans|\bfaut|\bimportant)\s+que\s+$",
    re.IGNORECASE,
)
_VERB = r"(?!(?:chez|assez|nez)\b)(?:[^\W\d_]*(?:êtes|faites|dites)|[^\W\d_]+ez)"
_VERB_AFTER_VOUS = re.compile(
    r"\b(?P<vous>[Vv]ous)(?!\u2063)"
    r"(?P<clitics>(?:\s+(?:ne|me|le|la|les|lui|leur|en|y)\b|\s+(?:n|m|l)['’])*)"
    rf"(?:(?<=['’])|\s+)(?P<verb>{_VERB})\b"
)
_INVERTED = re.compile(rf"\b(?P<verb>{_VERB})-vous\b(?!\u2063)")
# « vous vous appelez tous par vos prénoms », « entre vous » : the team, not the person.
_PLURAL_YOU = re.compile(
    r"\bvous\s+(?:vous\s+)?(?:\w+\s+){0,2}(?:tous|toutes)\b|\bvous\s+vous\b|\bentre\s+vous\b"
    r"|\bvous\s+deux\b|\bchacun\s+de\s+vous\b"
    # « vous êtes rendus loin » : a plural participle after « vous êtes ».
    r"|\bvous\s+(?:êtes|étiez|serez|avez\s+été)\s+[^\W\d_]+(?:és|ées|us|ues|is|ies|ts|tes)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?\n])(?![.!?])")
_AFTER_PREPOSITION = re.compile(
    # « des clients qui reviennent vers vous » (read 260: « vers te »).
    r"\b(?P<prep>[Pp]our|[Aa]vec|[Àà]|[Cc]hez|[Ss]ans|[Pp]ar|[Ee]ntre|[Ss]elon|[Mm]erci à"
    r"|[Vv]ers|[Aa]uprès de|[Dd]evant|[Ee]nvers|[Cc]omme)"
    r"\s+vous(?!\u2063)"
    r"(?=\s*(?:[,.;:!?»)]|$|\s+(?:au|aux|à|de|du|des|dans|sur|pour|en|et|ou|que|qui)\b))"
    # No object pronoun follows « avec » or « chez » : « commenter avec vous le menu » (« avec
    # te le menu »), where « pour vous le dire » keeps its clitic.
    r"|\b(?P<tonic>[Aa]vec|[Cc]hez|[Vv]ers|[Aa]uprès de|[Ee]nvers|[Dd]evant)\s+vous\b(?!\u2063)"
)
_OBJECT = re.compile(r"\b([Vv])ous\s+(?=(?P<next>\S+))")
_THE_REST = re.compile(r"\b(?P<v>[Vv])ous\b(?!\u2063)")
# The whole compound says the gender: « ta grand-mère » (read 347: « ton grand-mère »).
_YOUR = re.compile(
    r"\b([Vv])otre\s+(?P<rank>\d+(?:e|er|re|ème)\s+)?(?P<next>[^\W\d_'’-]+(?:-[^\W\d_'’-]+)*)"
)
_YOURS = re.compile(r"\b([Vv])os\b(?!\u2063)")
_TO_YOU_BEFORE_AGREED = re.compile(r"\bque je t’ai ([^\W\d_]+(?:ées|ée|és|es))\b")
_PLEASE = re.compile(r"\bs[’']il vous plaît\b")
_DONT = re.compile(r"\b([Nn])['’]hésitez pas\b")


# The conditional's endings: « souhaiteriez », « pourriez », « auriez », « voudriez »,
# « diriez », « mettriez »; « montriez », « ouvriez » are imperfects.
_CONDITIONAL = ("eriez", "rriez", "uriez", "driez", "iriez", "ttriez", "aîtriez", "oîtriez")


def _singular(verb: str, subjunctive: bool = False) -> str:
    """« avez » → « as », « trouverez » → « trouveras », « pourriez » → « pourrais »."""
    lowered = verb.lower()
    conditional = lowered.endswith(_CONDITIONAL)
    if subjunctive and lowered.endswith("iez") and not conditional:
        said = _SUBJUNCTIVE_IRREGULAR.get(lowered)
        if said is None and is_er_verb(lowered[:-3] + "er"):
            said = lowered[:-3] + "es"  # « montriez » → « montres »
        if said is not None:
            return said.capitalize() if verb[:1].isupper() else said
    if lowered in _IRREGULAR:
        said = _IRREGULAR[lowered]
    elif conditional:  # « pourriez », « souhaiteriez »
        said = lowered[:-3] + "ais"
    elif is_er_verb(lowered[:-2] + "er"):  # « préférez », « présentez », « étudiez »
        said = _present_of_er(lowered)
    elif lowered.endswith("rez") and len(lowered) > 4:  # future: « trouverez »
        said = lowered[:-2] + "as"
    elif lowered.endswith("iez"):  # imperfect: « aviez », « disiez »
        said = lowered[:-3] + "ais"
    else:
        said = next(
            (lowered[: -len(end)] + to for end, to in _STEMS if lowered.endswith(end)),
            None,
        ) or _present_of_er(lowered)
    return said.capitalize() if verb[:1].isupper() else said


# « -eler » and « -eter » verbs that double their consonant (« tu jumelles »); the others
# take a grave accent (« tu achètes », « tu lèves »).
_DOUBLING = frozenset("appel rappel jumel renouvel épel ficel nivel jet rejet feuillet".split())
_MUTE_E_STEM = re.compile(r"^(?P<head>.*)e(?P<consonant>[lmnrstvp])$")
_CLOSED_E_STEM = re.compile(r"^(?P<head>.*)é(?P<consonants>[^aeiouyéèêàâîôûœ]+)$")


def _present_of_er(verb: str) -> str:
    """The present of an « -er » verb said to one person: « donnez » → « donnes ».

    « jumelez » → « jumelles », « préférez » → « préfères », « envoyez » → « envoies »,
    « levez » → « lèves ».
    """
    stem = verb[:-2]
    if stem.endswith("y") and not stem.endswith("ey"):
        return stem[:-1] + "ies"
    if stem in _DOUBLING or any(stem.endswith(d) and len(d) > 3 for d in _DOUBLING):
        return stem + stem[-1] + "es"
    if found := _CLOSED_E_STEM.match(stem):
        return f"{found['head']}è{found['consonants']}es"
    found_mute = _MUTE_E_STEM.match(stem)
    if found_mute and found_mute["head"][-1:] not in "aeiouyéèêâîôû":
        return f"{found_mute['head']}è{found_mute['consonant']}es"
    return stem + "es"


_SUBJUNCTIVE_WINDOW = 60


def _subject(match: re.Match[str]) -> str:
    tu = "Tu" if match["vous"][0] == "V" else "tu"
    clitics = match["clitics"]
    space = "" if clitics.endswith(("’", "'")) else " "
    # The words just before the verb: the whole text before it made a long text quadratic.
    before = match.string[max(0, match.start() - _SUBJUNCTIVE_WINDOW) : match.start()]
    subjunctive = bool(_WANTS_SUBJUNCTIVE.search(before))
    return f"{tu}{clitics}{space}{_singular(match['verb'], subjunctive)}"


def _your(match: re.Match[str]) -> str:
    following = match["next"]
    feminine = _gender(following.casefold()) == "la"
    # « ton équipe », « ta 4e saison », « ton 40e anniversaire ».
    owner = "ta" if feminine and not elides(match["rank"] or following) else "ton"
    owner = owner.capitalize() if match[1] == "V" else owner
    return f"{owner} {match['rank'] or ''}{following}"


def _object(match: re.Match[str]) -> str:
    """« je vous remercie » → « je te remercie », « je vous appelle » → « je t’appelle »."""
    t = "T" if match[1] == "V" else "t"
    return f"{t}’" if elides(match["next"]) else f"{t}e "


def with_tu(text: str) -> str:
    """``text``, said to one person with « tu » where it says « vous ».

    >>> with_tu("Je vous remercie pour votre accueil. Vous trouverez ci-joint mon CV.")
    'Je te remercie pour ton accueil. Tu trouveras ci-joint mon CV.'
    >>> with_tu("sans rendez-vous au bureau ; avez-vous un rendez-vous ?")
    'sans rendez-vous au bureau ; as-tu un rendez-vous ?'
    >>> with_tu("Pourriez-vous me dire où en est le processus ? Je vous appelle demain.")
    'Pourrais-tu me dire où tu en es ? Je t’appelle demain.'
    >>> with_tu("Si vous avez des questions, n’hésitez pas. J’ai aimé votre façon de faire.")
    'Si tu as des questions, n’hésite pas. J’ai aimé ta façon de faire.'
    >>> with_tu("Merci à vous, et à votre équipe ; vos explications m’ont servi.")
    'Merci à toi, et à ton équipe ; tes explications m’ont servi.'
    >>> with_tu("La part de vos clients qui reviennent vers vous pour un deuxième bateau.")
    'La part de tes clients qui reviennent vers toi pour un deuxième bateau.'
    >>> with_tu("Vous m’avez dit que vous preniez les apprentis ; cela peut vous être utile.")
    'Tu m’as dit que tu prenais les apprentis ; cela peut t’être utile.'
    >>> with_tu("J’ai aimé que vous preniez le temps, quand vous n’êtes pas là, vous perdez.")
    'J’ai aimé que tu prennes le temps, quand tu n’es pas là, tu perds.'
    >>> with_tu("Frappée que vous montriez tout, et que vous faisiez tout, si vous souhaitiez.")
    'Frappée que tu montres tout, et que tu faisais tout, si tu souhaitais.'

    A sentence that speaks to the whole team keeps its « vous »:

    >>> with_tu("Vous vous appelez tous par vos prénoms. Je vous remercie.")
    'Vous vous appelez tous par vos prénoms. Je te remercie.'
    """
    said = "".join(
        sentence if _PLURAL_YOU.search(sentence) else _sentence_with_tu(sentence)
        for sentence in _SENTENCE_END.split(text)
    ).replace(_COLLECTIVE, "")
    return _familiar(said)


# What « vous » said stiffly, as one says it to whom one says « tu » (read 272: « Merci de ton
# attention », « quelques minutes à m'accorder », « je me tiens à ta disposition », « à ta
# convenance », « Je me permets de t'écrire », « Je fais suite »).
_STIFF_WITH_TU = (
    (re.compile(r"\bquelques minutes à m’accorder\b"), "quelques minutes"),
    (
        re.compile(r"\b([Jj])e (?:me tiens|reste|demeure) à ta disposition\b"),
        r"\1e reste disponible",
    ),
    (re.compile(r",? à ta convenance\b"), " quand tu veux"),
    (re.compile(r"\bMerci de ton attention\b"), "Merci"),
    (re.compile(r"\bJe me permets de t’écrire\b"), "Je t’écris"),
    # « Je reviens vers toi » read as France's (read 335, to a Québec sugar bush).
    (re.compile(r"\bJe fais suite à\b"), "Je te fais signe à la suite de"),
    # « où en est le processus de sélection », said to someone one says « tu » to, read as
    # administrative (read 279: four scripts).
    # « où en est le processus », to an artisan or a skipper one says « tu » to, read as
    # administrative too (read 288: six drafts): « où tu en es ».
    # Not after « Sais-tu » (read 295: « Sais-tu où tu en es ? »).
    (
        re.compile(r"(?<=dire |voir )où en est le (?:processus(?: de sélection)?|recrutement)\b"),
        "où tu en es",
    ),
    (re.compile(r"\ble processus de sélection\b"), "le processus"),
)


def _familiar(text: str) -> str:
    """``text`` with « tu » without the formulas of « vous ».

    >>> _familiar("Je me tiens à ta disposition. As-tu quelques minutes à m’accorder ?")
    'Je reste disponible. As-tu quelques minutes ?'
    >>> _familiar("Je demeure disponible pour en discuter, à ta convenance.")
    'Je demeure disponible pour en discuter quand tu veux.'
    >>> _familiar("Je voulais savoir où en est le processus de sélection.")
    'Je voulais savoir où tu en es.'
    >>> _familiar("Je voulais savoir si le processus de sélection avance.")
    'Je voulais savoir si le processus avance.'
    >>> _familiar("Sais-tu où en est le processus ?")
    'Sais-tu où en est le processus ?'
    """
    for stiff, plain in _STIFF_WITH_TU:
        text = stiff.sub(plain, text)
    return text


# « sans rendez-vous » is a noun's « vous » (fresh163: « sans rends-tu au bureau »).
_APPOINTMENT = re.compile(r"\b([Rr]endez-vous)\b")


def _sentence_with_tu(text: str) -> str:
    text = _APPOINTMENT.sub(rf"\1{_COLLECTIVE}", text)
    text = _PLEASE.sub("s’il te plaît", text)
    text = _DONT.sub(r"\1’hésite pas", text)
    text = _INVERTED.sub(lambda m: f"{_singular(m['verb'])}-tu", text)
    text = _VERB_AFTER_VOUS.sub(_subject, text)
    text = _AFTER_PREPOSITION.sub(lambda m: f"{m['prep'] or m['tonic']} toi", text)
    text = _OBJECT.sub(_object, text)
    # « les dates que je t’ai proposées » : Grammalecte reads « t’ » as the object there.
    text = _TO_YOU_BEFORE_AGREED.sub(r"que j’ai \1", text)
    text = _THE_REST.sub(lambda m: "Toi" if m["v"] == "V" else "toi", text)
    text = _YOUR.sub(_your, text)
    return _YOURS.sub(lambda m: "Tes" if m[1] == "V" else "tes", text)


# A call script speaks to whoever answers first, then to the person met: « Avec Ben : »; a
# label, not a letter's sentence (« Avec mes excuses pour ce délai, je complète… : »).
_TO_THE_PERSON_MET = re.compile(r"^Avec [^,.;:!?\n]{1,80} :$", re.MULTILINE)


def draft_with_tu(body: str) -> str:
    """A draft's ``body`` with « tu » where it speaks to the person met.

    What a call script says to whoever answers first keeps « vous »:

    >>> print(draft_with_tu("Si une autre personne répond :\\n« Pourrais-je lui parler, s’il "
    ...                     "vous plaît ? »\\n\\nAvec Ben :\\n« Avez-vous un instant ? »"))
    Si une autre personne répond :
    « Pourrais-je lui parler, s’il vous plaît ? »
    <BLANKLINE>
    Avec Ben :
    « As-tu un instant ? »
    """
    found = _TO_THE_PERSON_MET.search(body.replace("\u00a0", " "))
    start = found.start() if found else 0
    return body[:start] + with_tu(body[start:])
