"""Topics as people jot them, turned into noun phrases a sentence can hold."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Literal

from suivi_templates._memo import per_phrase
from suivi_templates.formatting import de, elides
from suivi_templates.phrasing._nouns import (
    _GENDER_EXCEPTIONS,
    _LANGUAGES,
    _NOUN_SUFFIXES,
    _SINGULAR_S,
    _TOPIC_ACRONYMS,
    _gender,
    _is_plural,
)
from suivi_templates.phrasing._words import (
    _DETERMINERS,
    _LEADING_ARTICLE,
    _NUMBER_WORDS,
    _bare,
    _first,
    _is_acronym,
    _lower_first,
    _with_article,
)
from suivi_templates.phrasing.roles import in_lowercase
from suivi_templates.phrasing.typed import is_er_verb, with_accents

_INTERROGATIVES = {
    "comment": "la façon dont ",
    "pourquoi": "les raisons pour lesquelles ",
}
_QUESTION_WORDS = frozenset(
    """quand où combien quel quelle quels quelles qui quoi lequel laquelle lesquels
    lesquelles""".split()
)
_INVERSION = re.compile(
    r"\b([\w’']+?)-(?:t-)?(je|tu|il|elle|on|nous|vous|ils|elles)\b", re.IGNORECASE
)
_PRONOUN_SUBJECTS = frozenset("je tu nous vous".split())

# Infinitive endings, and the nouns that share them (« dossier de… », « centre de… »).
_INFINITIVE = re.compile(
    r"(?:er|ir|oir|ttre|ître|ndre|vre|uire|dire|lire|crire|rire|ffire|oudre|aindre|eindre|"
    r"oindre|faire|plaire|boire|croire|clure|être|aincre|ompre)$"
)
_NOT_INFINITIVES = frozenset(
    """
    dossier atelier chantier calendrier fichier métier papier premier dernier hiver courrier
    quartier cahier panier clavier escalier sentier quotidien plaisir avenir loisir désir
    souvenir espoir devoir pouvoir savoir miroir couloir trottoir lettre maître livre œuvre oeuvre
    manœuvre manoeuvre pauvre cendre gendre tendre ordre désordre cuir laser leader manager poster
    newsletter reporter designer planner container flyer banner teaser router server
    computer freelancer trader broker dealer developer influencer speaker sticker
    cluster partenaire salaire horaire inventaire entrepôt super mer fer enfer hier cancer
    soir noir tiroir comptoir réservoir laminoir abattoir dortoir entonnoir arrosoir rasoir
    """.split()
)
_FOLLOWS_A_VERB = _DETERMINERS | frozenset(
    "en à avec plus mieux davantage sur face place ensemble vers dans chez rapidement "
    # « travailler seule le soir ? » (read 127: « notre échange sur le travailler seule »).
    "seul seule seuls seules vite tôt tard loin souvent debout dehors "
    # « soutenir celles qui sont là » (read 186: « le soutenir celles qui sont là »).
    "celles ceux celle celui cela ça".split()
)


def _is_common_word(word: str) -> bool:
    """A capitalised word that is a common noun at a sentence start, not a proper name."""
    folded = word.casefold()
    if word[1:] != word[1:].lower() or not word[:1].isupper():
        return False
    return (
        folded in _DETERMINERS
        or folded in _GENDER_EXCEPTIONS
        or folded in _INTERROGATIVES
        or folded in _QUESTION_WORDS
        or folded.rstrip("sx").endswith(_NOUN_SUFFIXES)
        or (bool(_INFINITIVE.search(folded)) and folded not in _NOT_INFINITIVES)
    )


def _sentence_case(text: str) -> bool:
    """« Quarts de nuit »: a plural common noun with a capital, before lowercase words.

    So is a capitalised word before a lowercase « de » and lowercase words (« Dégâts d'eau »,
    fresh47: « ce que vous m'avez dit sur Dégâts d'eau »); a name goes on with a capital
    (« Ville de Québec »).
    """
    words = text.split()
    first = words[0]
    singular = first.casefold().rstrip("sx")
    capitalised = len(words) >= 2 and first[:1].isupper() and first[1:].islower()
    # An acronym among the lowercase words is no name: « Délais d'attente en évaluation TNC »
    # (read 164: « notre échange sur Délais d'attente… »).
    rest = _ACRONYM_WORD.sub("x", " ".join(words[1:]))
    noted_heading = bool(_OF_THEN_LOWERCASE.match(rest))
    return capitalised and (
        noted_heading
        or (
            first.casefold().endswith(("s", "x"))
            and (singular in _GENDER_EXCEPTIONS or singular.endswith(_NOUN_SUFFIXES))
        )
    )


_ACRONYM_WORD = re.compile(r"\b[A-ZÀ-Ý]{2,6}\b")
_OF_THEN_LOWERCASE = re.compile(r"(?:de|d['’]|du|des)\s*[a-zà-ÿ][^A-ZÀ-Ý\d]*$")


def _names_something(text: str) -> bool:
    """« Power BI », « Civil 3D »: a capital or a digit in the next words marks a name.

    An action noun followed by an acronym is the noun and its complement, not a name:
    « Financement FRQSC » is « le financement FRQSC », « Migration SAP » « la migration SAP ».
    """
    words = text.split()
    following = words[1:3]
    # « Régimes PD » is « les régimes PD » too (read 166: « Nous avons aussi parlé de Régimes
    # PD »): a plural common noun before its acronym.
    first = words[0]
    plural_noun = first[1:].islower() and _is_plural(first.casefold())
    if following and _is_acronym(following[0]) and (_is_action_noun(words[0]) or plural_noun):
        return False
    return any(w[:1].isupper() or any(c.isdigit() for c in w) for w in following)


def _is_action_noun(word: str) -> bool:
    """« Financement », « Migration », « Gestion »: a noun made from a verb."""
    return word.casefold().rstrip("s").endswith(("ment", "tion", "sion", "age"))


_IER_NOUNS = frozenset(
    """chantier dossier atelier métier papier quartier fichier panier courrier escalier
    sentier calendrier cahier clavier charpentier chevalier menuisier pompier policier
    cuisinier infirmier premier dernier entier palier levier tablier verger poulailler
    pâtissier épicier hôtelier caissier""".split()
)


def _is_infinitive(words: list[str]) -> bool:
    if not words:
        return False  # « comment ? » alone (an IndexError, found by fuzzing)
    first = words[1] if _bare(words[0]) in ("de", "d") and len(words) > 1 else words[0]
    if first.isupper():
        return False  # « REER et CELIAPP » are acronyms (read 99: « la façon de REER »)
    head = _bare(first)
    # « être affecté n'importe où au Québec » (read 186: « l'être affecté… »).
    if head in ("être", "avoir") and len(words) > 1:
        return True
    if "-" in head or not _INFINITIVE.search(head):
        return False  # « turn-over », « savoir-faire »
    if head.endswith("lettre"):
        return False  # « infolettre » (read 204: « la façon d'infolettre »)
    following = _bare(_first(" ".join(words[1:])))
    # « chantier à Lévis », « dossier à Québec »: a noun in « -ier », whatever follows
    # (pair read 105: « la façon de chantier à Lévis »).
    if head in _IER_NOUNS:
        return False
    if following in _FOLLOWS_A_VERB - {"de", "du", "des"}:
        return True  # « manager une équipe », « migrer vers Kubernetes »
    # « recruter et entraîner le panel interne » (pair read 266: « sur le recruter et
    # l'entraîner le panel interne »).
    # The second verb alone: a chain of « et » typed 2,000 times recursed past Python's limit
    # (hostile input).
    if following == "et" and len(words) > 2 and _bare(words[2]) not in ("de", "d"):
        return _INFINITIVE.search(head) is not None and _is_infinitive(words[2:3])
    if head in _NOT_INFINITIVES:
        return False
    # « improviser pour la barre » (read 158: « notre échange sur l’improviser pour la barre »).
    if following in ("pour", "sans", "par"):
        return True
    # « concevoir des ateliers », « relire des épreuves » (read 90: « notre échange sur le
    # concevoir des ateliers »), « gérer des équipes »; « le quartier des affaires » is a noun.
    # « tenir 2h dehors à -25 », « porter 25 kg » : a verb and how long or how much (read
    # 239: « notre échange sur le tenir 2 h dehors »).
    if following[:1].isdigit():
        return not head.endswith("er") or is_er_verb(head)
    if following in ("de", "du", "des", "d"):
        # « migrer de Acomba vers Dynamics 365 » : from a name, a verb (fresh34: « du migrer »).
        after = words[2:3] if len(words) > 2 else []
        named = bool(after) and after[0][:1].isupper() and following in ("de", "d")
        return not head.endswith("er") or is_er_verb(head) or named
    if not following and _is_er_name(first):
        return False  # « Snowmaker », a software's name (read 210: « la façon de snowmaker »)
    return not following or head in ("faire", "mettre")


def _is_er_name(word: str) -> bool:
    """« Snowmaker », « Docker »: a capitalised word in « -er » that is no French verb."""
    folded = _bare(word)
    return (
        word[:1].isupper()
        and folded.endswith("er")
        and not folded.endswith("ier")
        and not is_er_verb(folded)
    )


def _uninvert(question: str) -> str:
    """« l'équipe planifie-t-elle » → « l'équipe planifie »; « avez-vous » → « vous avez »."""

    def put_back(match: re.Match[str]) -> str:
        verb, pronoun = match.group(1), match.group(2)
        before = question[: match.start()].split()
        if pronoun.casefold() in _PRONOUN_SUBJECTS or not before:
            return f"{pronoun.lower()} {verb}"
        return verb

    return _INVERSION.sub(put_back, question, count=1)


# A subject or one of the verbs a question of quantity asks with: « combien de postes
# sont ouverts », « combien de temps dure la formation ».
_HAS_VERB = re.compile(
    r"\b(?:vous|ils|elles|on|je|j['’]|nous|il|elle|tu|est|sont|a|ont|faut|fau[dt]rait"
    r"|dure|durent|prend|prennent|coûte|coûtent|reste|restent|y|-t-)\b",
    re.IGNORECASE,
)


_WHICH = {"quel": "le ", "quelle": "la ", "quels": "les ", "quelles": "les "}
_GOES = re.compile(
    r"(se passe|se passent|se déroule|se déroulent|fonctionne|fonctionnent|marche|marchent)"
    r"\s+((?:le|la|les|l['’])\s?.*)$",
    re.IGNORECASE | re.DOTALL,
)
_GOES_AS = {
    **dict.fromkeys(["se passe", "se passent", "se déroule", "se déroulent"], "le déroulement "),
    **dict.fromkeys(["fonctionne", "fonctionnent", "marche", "marchent"], "le fonctionnement "),
}


def _question_phrase(question: str) -> str:
    words = question.split(maxsplit=1)
    head = _bare(words[0])
    rest = _uninvert(words[1]) if len(words) > 1 else ""
    # « comment articuler gestalt et RdR ? » : after « comment », a verb in « -er » is its
    # infinitive, whatever follows (fresh153: « la façon dont articuler gestalt et RdR »).
    if head == "comment" and (_is_infinitive(rest.split()) or is_er_verb(_bare(_first(rest)))):
        return "la façon " + _with_de(rest)
    # « comment se passe la rotation des équipages ? » is about the rotation: « le
    # déroulement de la rotation… », not « la façon dont se passe… », which a letter said
    # twice with the candidate's own « la façon dont l’équipage… » (fresh24).
    going = _GOES.match(rest)
    if head == "comment" and going and going.group(2).strip():
        return _GOES_AS[going.group(1).lower()] + de(going.group(2).strip())
    # « Comment gérez-vous les clients en colère ? » may be the recruiter's question to the
    # candidate: « la façon dont vous gérez… » then says the opposite (read 66, three
    # drafts). « la façon de gérer… » holds whoever asked.
    said = re.match(r"vous (\S+)(.*)", rest, re.DOTALL)
    if head == "comment" and said and (verb := _infinitive_of(said.group(1))):
        phrase = verb + said.group(2)
        return "la façon " + _de(phrase)
    # « comment ils pilotent les projets » : « ils » is the company the letter is written to,
    # and « la façon dont ils pilotent », read to them, spoke of someone else (read 70).
    they = re.match(r"(?:ils|elles) (\S+)(.*)", rest, re.DOTALL | re.IGNORECASE)
    if head == "comment" and they and (verb := _infinitive_of_they(they.group(1))):
        phrase = verb + they.group(2)
        return "la façon " + _de(phrase)
    # « Pourquoi quitter votre club actuel ? » : « les raisons pour lesquelles quitter… »
    # had no verb (fresh9).
    if head == "pourquoi" and _is_infinitive(rest.split()):
        return "les raisons " + _with_de(rest)
    # « quelles plantes conseiller pour un balcon ? » : the plants « à conseiller »
    # (fresh53: « les plantes conseiller »).
    which = re.match(r"(\S+) (\S+)(.*)", rest, re.DOTALL)
    if head in _WHICH and which and _is_infinitive([which.group(2)]) and which.group(2) != "être":
        return f"{_WHICH[head]}{which.group(1)} à {which.group(2)}{which.group(3)}"
    if head in _INTERROGATIVES and rest:
        return _INTERROGATIVES[head] + rest
    # « quoi faire si un enfant pleure ? » : « la question de savoir quoi faire si… » read as
    # the note it was (read 154).
    if head in ("quoi", "que") and re.match(r"faire\b", rest):
        return "la conduite à tenir" + rest.removeprefix("faire")
    # « combien de palettes par jour ? » has no verb: « la question de savoir combien de
    # palettes par jour » had none either (fresh12). It asks for a number.
    if head == "combien" and re.match(r"d(?:e\s|['’])", rest) and not _HAS_VERB.search(rest):
        if re.match(r"de temps\b", rest):
            after = rest.removeprefix("de temps")
            return (
                "la durée" if re.match(r"\s+d(?:e\s|['’])", after) else "le temps nécessaire"
            ) + after
        return "le nombre " + rest
    # « quelle part de révision dans le poste ? » has no verb either: it asks for « la part
    # de révision dans le poste » (fresh21: « la question de savoir quelle part… »).
    if head in _WHICH and rest and not _HAS_VERB.search(rest):
        article = "l’" if elides(rest) and head in ("quel", "quelle") else _WHICH[head]
        return article + rest
    if head == "est-ce" and rest.casefold().startswith(("que ", "qu’", "qu'")):
        return _whether(re.sub(r"^qu(?:e |['’])", "", rest, flags=re.IGNORECASE))
    if head in _QUESTION_WORDS and rest:
        # « Quelle est la place des contrôles dans le poste ? » is about « la place des
        # contrôles dans le poste » (« la question de savoir quelle est… », read 57).
        named = _WHAT_IS.match(question)
        if named is not None and _bare(_first(named.group(1))) in _DETERMINERS:
            return named.group(1)
        return f"la question de savoir {_lower_first(words[0])} {rest}"
    if (mine := _asked_of_me(question)) is not None:
        return _whether(mine)
    if _INVERSION.search(question):
        return _whether(_uninvert(question))
    return _noun_phrase(question)


# What a recruiter asks the candidate, noted as asked: « pouvez-vous travailler les fds en
# mars ? » is about the candidate, and « si vous pouvez travailler », read by the recruiter,
# asked it of them (read 85). Said by the candidate: « si je peux travailler ».
_ASKED_OF_ME = re.compile(
    r"^(pouvez|seriez|accepteriez|parlez|maîtrisez|maitrisez|connaissez|savez"
    r"|êtes|etes|avez)-vous\s+(.+)$",
    re.IGNORECASE | re.DOTALL,
)
_MY_FORM = {
    "pouvez": "je peux", "seriez": "je serais", "accepteriez": "j’accepterais",
    "parlez": "je parle", "maîtrisez": "je maîtrise", "maitrisez": "je maîtrise",
    "connaissez": "je connais", "savez": "je sais", "êtes": "je suis", "etes": "je suis",
    "avez": "j’ai",
}  # fmt: skip
# « êtes-vous » and « avez-vous » ask about the company as often (« êtes-vous ouverts le
# dimanche ? », « avez-vous des postes de soir ? »): only what a candidate is or has.
_MY_STATE = re.compile(
    r"(?:disponible|prête?|à l['’]aise|a l['’]aise|mobile|véhiculée?|ouverte? à"
    r"|(?:un|une|votre|le|la|l['’])\s*(?:permis|voiture|véhicule|diplôme|certificat"
    r"|attestation|expérience|carte))\b",
    re.IGNORECASE,
)
_MY_WORDS = ((re.compile(r"\bvotre\b"), "mon"), (re.compile(r"\bvos\b"), "mes"))


def _asked_of_me(question: str) -> str | None:
    """A question asked of the candidate, in the candidate's words, or None.

    >>> _asked_of_me("pouvez-vous travailler les fins de semaine en mars")
    'je peux travailler les fins de semaine en mars'
    >>> _asked_of_me("Avez-vous votre permis ?"), _asked_of_me("avez-vous des postes de soir")
    ('j’ai mon permis', None)
    """
    found = _ASKED_OF_ME.match(question.strip().rstrip("?").strip())
    if found is None:
        return None
    verb, rest = found.group(1).lower(), found.group(2)
    if verb in ("êtes", "etes", "avez") and not _MY_STATE.match(rest):
        return None
    rest = re.sub(r"^vous\s+", "me ", rest)  # « pouvez-vous vous déplacer » : « me déplacer »
    for yours, mine in _MY_WORDS:
        rest = yours.sub(mine, rest)
    return f"{_MY_FORM[verb]} {rest}"


# Verbs whose « vous » form is not the infinitive with « -ez » for « -er ».
_VOUS_FORMS = {
    "faites": "faire",
    "dites": "dire",
    "êtes": "être",
    "avez": "avoir",
    "allez": "aller",
    "voyez": "voir",
    "pouvez": "pouvoir",
    "voulez": "vouloir",
    "savez": "savoir",
    "devez": "devoir",
    "recevez": "recevoir",
    "mettez": "mettre",
    "prenez": "prendre",
    "apprenez": "apprendre",
    "comprenez": "comprendre",
    "venez": "venir",
    "tenez": "tenir",
    "maintenez": "maintenir",
    "obtenez": "obtenir",
    "vivez": "vivre",
    "suivez": "suivre",
    "lisez": "lire",
    "écrivez": "écrire",
    "conduisez": "conduire",
    "produisez": "produire",
    "réduisez": "réduire",
    "construisez": "construire",
    "répondez": "répondre",
    "attendez": "attendre",
    "vendez": "vendre",
    "rendez": "rendre",
    "perdez": "perdre",
    "entendez": "entendre",
    "défendez": "défendre",
    "dépendez": "dépendre",
    "connaissez": "connaître",
    "reconnaissez": "reconnaître",
    "partez": "partir",
    "sortez": "sortir",
    "servez": "servir",
    "sentez": "sentir",
    "dormez": "dormir",
    "courez": "courir",
    "ouvrez": "ouvrir",
    "offrez": "offrir",
    "accueillez": "accueillir",
    # « -gnez » of « -indre » verbs (« rejoignez » was « rejoigner », fresh10).
    "joignez": "joindre",
    "rejoignez": "rejoindre",
    "atteignez": "atteindre",
    "éteignez": "éteindre",
    "craignez": "craindre",
    "plaignez": "plaindre",
}


# Verbs whose « ils » form is not the infinitive's stem with « -ent ».
_THEY_FORMS = {
    "font": "faire",
    "ont": "avoir",
    "sont": "être",
    "vont": "aller",
    "disent": "dire",
    "voient": "voir",
    "peuvent": "pouvoir",
    "veulent": "vouloir",
    "savent": "savoir",
    "doivent": "devoir",
    "reçoivent": "recevoir",
    "mettent": "mettre",
    "prennent": "prendre",
    "apprennent": "apprendre",
    "comprennent": "comprendre",
    "viennent": "venir",
    "tiennent": "tenir",
    "maintiennent": "maintenir",
    "obtiennent": "obtenir",
    "suivent": "suivre",
    "vivent": "vivre",
    "lisent": "lire",
    "écrivent": "écrire",
    "conduisent": "conduire",
    "produisent": "produire",
    "réduisent": "réduire",
    "construisent": "construire",
    "répondent": "répondre",
    "attendent": "attendre",
    "vendent": "vendre",
    "rendent": "rendre",
    "perdent": "perdre",
    "entendent": "entendre",
    "défendent": "défendre",
    "dépendent": "dépendre",
    "connaissent": "connaître",
    "partent": "partir",
    "sortent": "sortir",
    "servent": "servir",
    "ouvrent": "ouvrir",
    "offrent": "offrir",
    "accueillent": "accueillir",
}


# « soutiennent » → « soutenir », « reçoivent » → « recevoir », « apprennent » → « apprendre ».
_THEY_ENDINGS = (
    ("iennent", "enir"),
    ("çoivent", "cevoir"),
    ("prennent", "prendre"),
    ("mettent", "mettre"),
    ("duisent", "duire"),
    ("eignent", "eindre"),
)


def _infinitive_of_they(verb: str) -> str | None:
    """The infinitive of a verb said of « ils » (« gèrent » → « gérer »), or None."""
    lowered = verb.casefold()
    if lowered in _THEY_FORMS:
        return _THEY_FORMS[lowered]
    if not lowered.isalpha() or not lowered.endswith("ent") or len(lowered) < 6:
        return None
    if lowered.endswith("issent"):
        return lowered[:-4] + "r"  # « choisissent » → « choisir »
    # Irregular families (pair read 105: « soutiennent » gave « soutienner »).
    for ending, infinitive in _THEY_ENDINGS:
        if lowered.endswith(ending):
            return lowered[: -len(ending)] + infinitive
    return with_accents(lowered[:-3].replace("è", "e") + "er")


def _infinitive_of(verb: str) -> str | None:
    """The infinitive of a verb said to « vous » (« gérez » → « gérer »), or None."""
    lowered = verb.casefold()
    if lowered in _VOUS_FORMS:
        return _VOUS_FORMS[lowered]
    if lowered.endswith("issez") and len(lowered) > 6:
        return lowered[:-4] + "r"  # « choisissez » → « choisir »
    # « -iez » is an imperfect or a conditional (« géreriez », « vouliez »), except after the
    # stems of « vérifier », « apprécier ».
    if lowered.endswith("iez") and not lowered.endswith(("fiez", "ciez")):
        return None
    if lowered.endswith("ez") and len(lowered) > 3 and lowered.isalpha():
        return lowered[:-2] + "er"
    return None


# « c'est comment le partage des tips? » asks the same (read 173: « notre discussion sur le
# c'est comment le partage des tips »).
_WHAT_IS_SPOKEN = re.compile(
    # « ça marche comment la formation NADCA? » (read 175) asks about the training too.
    r"(?:(?:c['’]?est|c)\s+(?:quoi|comment)|ça\s+marche\s+comment)\s*,?\s+",
    re.IGNORECASE,
)
_WHAT_IS = re.compile(r"(?:quel|quelle|quels|quelles)\s+(?:est|sont)\s+(.+)", re.IGNORECASE)


def _whether(clause: str) -> str:
    """« la question de savoir si … », elided before il and ils."""
    return "la question de savoir " + re.sub(r"^si (il|ils)\b", r"s’\1", f"si {clause}")


# A certificate and its level: « SSIAP 2 », « CACES 3 » (masculine, like « le certificat »).
_LEVELLED = re.compile(r"^[A-ZÉÈ]{3,}\s+\d{1,2}$")


def _choice(left: str, right: str) -> str:
    """« le choix entre A et B », an adjective alone on the right side taking the left's noun.

    « débourrage éthologique ou classique ? » read « le choix entre le débourrage
    éthologique et la classique » (read 239's drafts).

    >>> _choice("débourrage éthologique", "classique")
    'le choix entre le débourrage éthologique et le débourrage classique'
    >>> _choice("chantiers commerciaux", "résidentiel")
    'le choix entre les chantiers commerciaux et le résidentiel'
    >>> _choice("laque pré-cat", "post-cat")
    'le choix entre la laque pré-cat et la laque post-cat'
    >>> _choice("noter les cartons à la main", "logiciel")
    'le choix entre noter les cartons à la main et le logiciel'
    """
    words = left.split()
    head = words[0]
    # Not a verb's: « noter les cartons à la main vs logiciel » (read 335: « le noter
    # logiciel »).
    if (
        len(words) >= 2
        and " " not in right.strip()
        and right.casefold().endswith(_ADJECTIVE_ENDINGS)
        and not _is_plural(head.casefold())
        and not _is_infinitive(words)
    ) or _same_hyphened_tail(words[-1], right):
        right = f"{head} {right}"
    return f"le choix entre {_choice_side(left)} et {_choice_side(right)}"


def _same_hyphened_tail(last: str, right: str) -> bool:
    """« laque pré-cat vs post-cat » : the right side qualifies the left's noun (pair read 338)."""
    return (
        "-" in last
        and " " not in right.strip()
        and last.split("-", 1)[1] == right.split("-", 1)[-1]
    )


# Endings of adjectives only: « -euse » or « -é » end nouns too (« la tempéreuse », « le
# repoussé »).
_ADJECTIVE_ENDINGS = ("ique", "el", "elle", "al", "ale", "if", "ive", "aire")


def _choice_side(phrase: str) -> str:
    """One side of a choice: an infinitive as typed, a noun with its article.

    « attirer des entreprises vs soutenir celles qui sont là ? » read « le choix entre
    l’attirer des entreprises et le soutenir celles… » (read 186).

    >>> _choice_side("attirer des entreprises"), _choice_side("soutenir celles qui sont là")
    ('attirer des entreprises', 'soutenir celles qui sont là')
    >>> _choice_side("télétravail")
    'le télétravail'
    """
    return phrase if _is_infinitive(phrase.split()) else _noun_phrase(phrase)


def _noun_phrase(phrase: str) -> str:
    words = phrase.split()
    head = _bare(_first(phrase))
    if head in _DETERMINERS:
        # « la paie et horaires » : the noun after « et » takes its own article too.
        left, joined, right = phrase.partition(" et ")
        if joined and _bare_noun_after_and(left, right):
            return f"{left} et {_noun_phrase(right)}"
        return phrase
    first = words[0]
    if _SHIFTS.fullmatch(first.strip(",.")):
        return _with_article("les", phrase)  # « les 3x8 », the shifts (read 195)
    if (first.isupper() and len(first) > 1) or any(c.isupper() for c in first[1:]):
        acronym = first.strip(",.")
        if acronym in _TOPIC_ACRONYMS:
            # « PPI et endettement » : each member its article (read 195).
            left, joined, right = phrase.partition(" et ")
            # Not a name of its own (« loi Climat et résilience »).
            if joined and (right[:1].islower() or _names_by_number(right)) and " et " not in right:
                return f"{_with_article(_TOPIC_ACRONYMS[acronym], left)} et {_noun_phrase(right)}"
            return _with_article(_TOPIC_ACRONYMS[acronym], phrase)
        if _LEVELLED.match(phrase):
            return _with_article("le", phrase)  # « le SSIAP 2 », « le CACES 3 » (fresh9)
        return phrase  # an acronym, a product or a proper name: « Excel », « SAP »
    if first[:1].isupper():
        if first.casefold() in _NAMING_NOUNS:
            # « Loi 16 », « Entente MAPAQ-Ville », « Plan Nord » : a common noun heads the
            # name, which takes its article (fresh48: « notre échange sur Loi 16 »).
            article = _gender(first.casefold())
            # « Loi 23 et gouvernance scolaire » : the name ends at its number, and the noun
            # after « et » takes its own article (read 235: « la Loi 23 et gouvernance… »).
            left, joined, right = phrase.partition(" et ")
            if joined and _NUMBERED_NAME.fullmatch(left) and right[:1].islower():
                return f"{_with_article(article, left)} et {_noun_phrase(right)}"
            return _with_article(article, phrase)
        return phrase  # a proper name the sentence keeps as written
    if len(first) > 1 and not _VOWEL.search(first):
        return phrase  # « dbt », « npm » : a tool's name in lowercase, not « le dbt » (read 117)
    # « anglais et mandarin », « santé et sécurité »: each member takes its own article.
    # « travail en fosse et sur le toit de la cabine » : a place joined to a place, not a
    # second noun (fresh52: « du travail en fosse et du sur le toit »).
    left, joined, right = phrase.partition(" et ")
    if joined and _first(right).casefold() in _PLACE_PREPOSITIONS:
        joined = ""
    if joined and right.casefold() in _COORDINATED_ADJECTIVES and len(left.split()) >= 2:
        return f"{_noun_phrase(left)} et {right}"
    if joined and _shares_plural_complement(left, right):
        # « affutage des ciseaux et pinces » : both under the « des » (read 308: « l'affutage
        # des ciseaux et les pinces »).
        return f"{_noun_phrase(left)} et des {right}"
    if joined and _bare_noun_after_and(left, right):
        return f"{_noun_phrase(left)} et {_noun_phrase(right)}"
    # « gros chantier », « gros enjeu » : the noun after « gros » sets the number (« les gros
    # chantier », a noted event of fresh147).
    if head == "gros" and len(words) > 1:
        return f"{'les' if _is_plural(_bare(words[1])) else 'le'} {phrase}"
    if _is_plural(head) or _plural_by_its_adjective(words):
        return f"les {phrase}"
    # « double vérification » : an adjective of either gender before the noun, whose gender
    # is the noun's (read 268: « du double vérification »).
    if head in _EPICENE_BEFORE_NOUN and len(words) > 1:
        return _with_article(_gender(_bare(words[1])), phrase)
    return _with_article(_gender(head), phrase)


_MID_BRACKET = re.compile(r"\s*\([^()]{1,40}\)(?=\s+\S)")
_EPICENE_BEFORE_NOUN = frozenset({"double", "triple", "simple", "même", "autre", "unique"})


def _shouted(text: str) -> bool:
    """A note typed in capitals, not a name: French by its small words or its accents.

    A code with figures (« CACES R489 ») may be among its words, and is left as typed.
    """
    words = re.split(r"[\s'’]+", text.casefold())
    return (
        text.isupper()
        and not any(c.isdigit() for c in text)
        and len(words) >= 2
        and (bool(_SMALL_WORDS.intersection(words)) or any(c in _ACCENTED for c in text))
    )


_SMALL_WORDS = frozenset("de du des d sous sur en et à au aux la le les l pour par avec".split())
_ACCENTED = frozenset("ÀÂÇÉÈÊËÎÏÔÛÙ")


def _shares_plural_complement(left: str, right: str) -> bool:
    """Whether ``right``, a bare plural, goes on the « des » that ends ``left``.

    >>> _shares_plural_complement("gestion des stocks", "inventaires")
    True
    >>> _shares_plural_complement("gestion des stocks", "planification")
    False
    """
    words, others = left.split(), right.split()
    return (
        len(words) >= 3
        and words[-2].casefold() == "des"
        and 1 <= len(others) <= 2
        and right[:1].islower()
        and _bare(others[0]) not in _DETERMINERS
        and _is_plural(others[0].casefold())
    )


def _bare_noun_after_and(left: str, right: str) -> bool:
    """Whether ``right``, after « et », is a short noun of its own with no determiner."""
    word = _bare(_first(right))
    return (
        len(left.split()) <= 3
        and len(right.split()) <= 6
        and (right[:1].islower() or _names_by_number(right))
        and word not in _DETERMINERS
        and word not in _GOES_ON
        and right.casefold() not in _COORDINATED_ADJECTIVES
    )


_NUMBERED_NAME = re.compile(r"[^\W\d_]+ \d[\d-]*")


def _names_by_number(phrase: str) -> bool:
    """Whether ``phrase`` is a common noun and its number: « Loi 25 », « Règlement 17 ».

    They take an article after « et » too (read 244: « le consentement et Loi 25 »).
    """
    return _first(phrase).casefold() in _NAMING_NOUNS and bool(_NUMBERED_NAME.fullmatch(phrase))


def _plural_by_its_adjective(words: list[str]) -> bool:
    """« cours privés » : a noun the same in both numbers, made plural by its adjective.

    (fresh49: « le cours privés en anglais »).
    """
    if len(words) < 2 or words[0].casefold() not in _SINGULAR_S:
        return False
    after = words[1].casefold().strip(",.;:?!")
    return (
        after.isalpha()
        and after.endswith(("s", "x"))
        and not (after in _SINGULAR_S or after in _GOES_ON or after in _DETERMINERS)
    )


# Common nouns that head the name of a law, a plan or an agreement, and keep its article.
_NAMING_NOUNS = frozenset(
    """loi entente plan projet programme règlement politique stratégie accord convention
    réforme charte norme code chantier campagne opération salon festival prix carnaval
    sommet congrès colloque gala forum marathon""".split()
)
_WHICH = {"quel": "le ", "quelle": "la ", "quels": "les ", "quelles": "les "}
# Adjectives a note coordinates after its noun: « vins nature et orange » (fresh53: « les vins
# nature et l'orange »).
_COORDINATED_ADJECTIVES = frozenset(
    "orange nature bio rouge rouges blanc blancs rosé rosés naturels biologiques"
    # « clientèle anglophone et germanophone » (read 195: « et le germanophone »).
    " anglophone anglophones francophone francophones germanophone germanophones hispanophone"
    " hispanophones lusophone lusophones italophone italophones arabophone arabophones".split()
)
_VOWEL = re.compile(r"[aeiouyàâäéèêëîïôöûüù]", re.IGNORECASE)
_UNHYPHENATED_INVERSION = re.compile(r"\b(\w+ez) (vous)\b")


_SLASH_CHAIN = re.compile(r"(?<![\w/])[^\W\d_]{2,}(?:/[^\W\d_]{2,}){2,}(?![\w/])")
_SLASHED_WORDS = re.compile(r"\b([^\W\d_]{3,}) ?/ ?(?=[^\W\d_]{3,}\b)(\w)")
# « permis B + camion atelier » : a note's plus joins two nouns, like its spaced slash.
_SPACED_SLASH = re.compile(r"\s[/+]\s(?=[^\W\d_]{3,}\b)")
# Words that open the rest of a phrase after its comma (« …en site occupé, avec les
# locataires… »), not a second item of a list.
_GOES_ON = frozenset(
    """avec sans surtout notamment mais et ou donc car puis comme dont où que qu qui quand
    lorsque si même aussi plus moins très trop pas jamais souvent parfois toujours tout toute
    tous toutes en dans sur pour par entre chez vers selon depuis pendant après avant sauf
    hors y à a au aux""".split()  # « salage au sel sec, a la main » (read 332: « l’à la main »)
)
# « pénurie d'enseignants, non légalement qualifiés » (read 235: « et le non légalement… »).
_REMARKS = frozenset("pas jamais sans non".split())
_SUBJECTS = frozenset("je j tu il elle on nous vous ils elles c ça cela".split())
_NUMBERS = frozenset(_NUMBER_WORDS.split("|"))
# « 225 mots/min » (read 164: « 225 mots et min »).
_PER_UNIT = re.compile(
    # « nb de vols/saison » (read 210: « le nombre de vols et saison »).
    r"\s?/\s?(heure|jour|semaine|sem|mois|an|année|personne|poste|minute|min|seconde|saison)"
    r"\b\.?"
)
_UNIT_IN_FULL = {"sem": "semaine", "min": "minute"}
_VERSUS = re.compile(r"\s+(?:vs\.?|versus)\s+", re.IGNORECASE)
_PLACE_PREPOSITIONS = frozenset("en à au aux chez dans sur".split())
_SHIFTS = re.compile(r"[2-5]\s?[x×]\s?[8-9]|[2-5]\s?[x×]\s?1[0-2]", re.IGNORECASE)
_SIDE_PREPOSITIONS = _PLACE_PREPOSITIONS | {"avec", "par", "sans", "sous"}
_BRACKETED_ENDING = re.compile(r"(?<=[^\W\d_])\((?:e|s|es|ne|le)\)")
_LAST_BRACKET = re.compile(r"(?:\s*\([^()]*\))+\s*\??$")
_FIGURE_IN_BRACKETS = re.compile(r"\s*\([^()]*\d[^()]*\)(?=\s+\S)")
# Verbs of a change of state: a topic that starts with one asks whether it can happen.
_BECOMING = frozenset({"devenir", "passer", "rester", "redevenir"})
_HAVING = frozenset({"avoir", "être", "posséder", "disposer"})
# « travailler seule le soir ? » asks whether, as a condition of the work (read 127).
_ALONE = frozenset({"seul", "seule", "seuls", "seules"})
# A noun, then the question about it: « revue de code : comment vous faites ? ».
_ASKED_AFTER = re.compile(r" ?:(?= )")
_QUESTION_THEN_NOTE = re.compile(r"\s?\?\s+(?=[^\W\d_])")
# « passer a 4 jours ? » : « a » after an infinitive is « à », typed without its accent.
_INFINITIVE_THEN_A = re.compile(r"^((?:de |d['’])?\w+) a (?=\S)")


def _to_a(match: re.Match[str]) -> str:
    verb = _bare(match.group(1).split()[-1].lstrip("d'’"))
    is_verb = _INFINITIVE.search(verb) and verb not in _NOT_INFINITIVES
    if is_verb and (not verb.endswith("er") or is_er_verb(verb)):
        return f"{match.group(1)} à "
    return match.group(0)


def _comma_members(text: str) -> list[str]:
    """The parts a note's commas separate, leaving those in brackets and numbers (« 2,50 »)."""
    members, depth, start = [], 0, 0
    for at, char in enumerate(text):
        if char in "([":
            depth += 1
        elif char in ")]":
            depth = max(0, depth - 1)
        elif char == "," and depth == 0 and not text[at + 1 : at + 2].isdigit():
            members.append(text[start:at].strip())
            start = at + 1
    members.append(text[start:].strip())
    return [member for member in members if member]


def _member_kind(member: str, first: str) -> Literal["noun", "note", "goes on"]:
    """What a part after a comma is: one more noun, a note on the topic, or its own words."""
    word = _first(member)
    bare = _bare(word)
    last = first.split()[-1]
    if word[:1].isdigit() and last.isdigit():
        return "goes on"  # « CACES R489 cat 1, 3 et 5 »
    # « taux d'occupation, objectif 95 % », « travail de nuit l'hiver, -30 » : figures noted
    # on a topic that has none (fresh39).
    if any(c.isdigit() for c in member) and not any(c.isdigit() for c in first):
        return "note"
    if word.isupper() and last.isupper() and len(member.split()) == 1:
        return "goes on"  # « habilitation élec BR, BC, H0 »
    if (
        word[:1].isdigit()
        or bare in _NUMBERS  # « classe de langage, 8 élèves », the 8 written out (read 98)
        or word[:1].isupper()
        or bare in _INTERROGATIVES
        or bare in _QUESTION_WORDS
        or bare in _SUBJECTS
        or bare == "est-ce"
        # « drop & hook, pas de déchargement » : a remark on the topic (read 112).
        or bare in _REMARKS
    ):
        return "note"
    if bare in _GOES_ON:
        return "goes on"
    # « dégâts d'eau, volume de réclamations après les pluies d'octobre » : a long remark,
    # not one more noun of a list (read 116).
    return "note" if len(member.split()) > 5 else "noun"


def _listed(members: list[str], is_question: bool) -> str | None:
    """A topic jotted as a list, each noun with its article; None when its commas are its own.

    « gestion documentaire, calendrier de conservation » is two nouns (read 97); what follows
    a topic about it is a note (« nuits en 12h, 2 AS pour 80 résidents »), and so is the last
    part of a question (« froid positif, EPI fournis ? »).
    """
    first, *rest = members
    if ":" in first:
        return None  # « SST: couteaux, gants en maille » lists what the SST covers
    if is_question:
        if _member_kind(rest[-1], first) == "goes on":
            return None
        rest = rest[:-1]
    kept = [first]
    for member in rest:
        kind = _member_kind(member, first)
        if kind == "goes on":
            return None
        if kind == "note":
            break
        kept.append(member)
    head = topic_phrase(first)
    phrases = [head, *(topic_phrase(member) for member in kept[1:])]
    if len(phrases) == 1 or head.startswith((*_QUESTION_FORMS, "la possibilité")):
        return head
    if sum(len(phrase.split()) for phrase in phrases) > 10:
        return head
    # « PMS / HACCP, traçabilité » : « PMS, l’HACCP et la traçabilité », one « et », the
    # last member's too (read 195: « les horaires et les week-ends et les jours fériés »).
    parts = [part for phrase in phrases for part in phrase.split(" et ")]
    return ", ".join(parts[:-1]) + " et " + parts[-1]


def _is_choice(left: str, right: str) -> bool:
    """Two short names or nouns, each one side of « ou »: « Excel ou Sheets »."""
    sides = (left.split(), right.split())
    return (
        all(0 < len(side) <= 3 and side[0][:1].isalpha() for side in sides) and " ou " not in right
    )


_SPACED_DASH = re.compile(r"\s+[-–—]\s+")


@lru_cache(maxsize=4096)
def topic_phrase(subject: str) -> str:
    """A topic as a noun phrase with its determiner, whatever form it was jotted in.

    >>> topic_phrase("TRAVAIL SOUS TENSION"), topic_phrase("Loi 23 et gouvernance scolaire")
    ('le travail sous tension', 'la Loi 23 et la gouvernance scolaire')
    >>> topic_phrase("tenir 2h dehors à -25")
    'la façon de tenir 2h dehors à -25'
    >>> topic_phrase("paies hebdo (12 employés) et DAS")
    'les paies hebdo et DAS'
    >>> topic_phrase("la paie et horaires")
    'la paie et les horaires'
    >>> topic_phrase("pénurie d'enseignants, non légalement qualifiés")
    "la pénurie d'enseignants"
    >>> topic_phrase("Pourquoi le roulement est-il si élevé ?")
    'les raisons pour lesquelles le roulement est si élevé'
    >>> topic_phrase("Pourquoi quitter votre club actuel?")
    'les raisons de quitter votre club actuel'
    >>> topic_phrase("Comment planifiez-vous les quarts?")
    'la façon de planifier les quarts'
    >>> topic_phrase("comment vous faites pour garder vos gens?")
    'la façon de faire pour garder vos gens'
    >>> topic_phrase("Comment vérifiez-vous les stocks ?")
    'la façon de vérifier les stocks'
    >>> topic_phrase("Comment rejoignez-vous les citoyens?")
    'la façon de rejoindre les citoyens'
    >>> topic_phrase("Comment géreriez-vous un retard ?")
    'la façon dont vous géreriez un retard'
    >>> topic_phrase("Comment intègrent-ils les recrues?")
    'la façon d’intégrer les recrues'
    >>> topic_phrase("Comment gérez vous les pics de fin de mois?")
    'la façon de gérer les pics de fin de mois'
    >>> topic_phrase("comment ils pilotent les projets"), topic_phrase("comment ils font")
    ('la façon de piloter les projets', 'la façon de faire')
    >>> topic_phrase("travailler seule le soir?")
    'le fait de travailler seule le soir'
    >>> topic_phrase("avoir son propre coffre d'outils?")
    "le fait d’avoir son propre coffre d'outils"
    >>> topic_phrase("comment ils soutiennent les nouveaux profs?")
    'la façon de soutenir les nouveaux profs'
    >>> topic_phrase("comment ils reçoivent les familles")
    'la façon de recevoir les familles'
    >>> topic_phrase("développer la clientèle agricole?")
    'la façon de développer la clientèle agricole'
    >>> topic_phrase("combien de palettes par jour ?")
    'le nombre de palettes par jour'
    >>> topic_phrase("Combien de temps de formation?")
    'la durée de formation'
    >>> topic_phrase("combien de temps pour former un cariste ?")
    'le temps nécessaire pour former un cariste'
    >>> topic_phrase("combien de palettes vous faites par jour ?")
    'la question de savoir combien de palettes vous faites par jour'
    >>> topic_phrase("Quelle est la place des contrôles dans le poste ?")
    'la place des contrôles dans le poste'
    >>> topic_phrase("quels sont vos délais de paiement")
    'vos délais de paiement'
    >>> topic_phrase("Excel"), topic_phrase("horaires de nuit"), topic_phrase("la paie")
    ('Excel', 'les horaires de nuit', 'la paie')
    >>> topic_phrase("passage à TMS Cube en janvier?")
    'le passage à TMS Cube en janvier'
    >>> topic_phrase("Financement FRQSC"), topic_phrase("Power BI"), topic_phrase("SSIAP 2 ?")
    ('le financement FRQSC', 'Power BI', 'le SSIAP 2')
    >>> topic_phrase("c’est quoi le quota de palettes?"), topic_phrase("cest quoi la paie")
    ('le quota de palettes', 'la paie')
    >>> topic_phrase("revue de code : comment vous faites ?"), topic_phrase("newsletter")
    ('la revue de code', 'la newsletter')
    >>> topic_phrase("plaintes citoyens, comment vous les traitez?")
    'les plaintes citoyens'
    >>> topic_phrase("passer a 4 jours?"), topic_phrase("dossier a rendre")
    ('la possibilité de passer à 4 jours', 'le dossier a rendre')
    >>> topic_phrase("devenir associé·e de la SCOP au bout d'1 an?")
    "la possibilité de devenir associé·e de la SCOP au bout d'1 an"
    >>> topic_phrase("grippe aviaire : pic d'analyses l'hiver"), topic_phrase("Logiciel : Genapi")
    ('la grippe aviaire', 'Logiciel : Genapi')
    >>> topic_phrase("anglais/espagnol pour les groupes"), topic_phrase("N1/N2")
    ('l’anglais et l’espagnol pour les groupes', 'N1/N2')
    >>> topic_phrase("l'encaissement / fond de caisse"), topic_phrase("soir/nuit")
    ("l'encaissement et le fond de caisse", 'le soir et la nuit')
    >>> topic_phrase("gardes de 12h jour/nuit"), topic_phrase("cadence : palettes/heure ?")
    ('les gardes de 12h jour et nuit', 'la cadence')
    >>> topic_phrase("gardes 24 h / rythme"), topic_phrase("NexSIS : bascule en 2027")
    ('les gardes 24 h et le rythme', 'NexSIS')
    >>> topic_phrase("gardes de nuit / repos compensateur")  # read 121: « les repos »
    'les gardes de nuit et le repos compensateur'
    >>> topic_phrase("REER / CELIAPP pour les jeunes membres"), topic_phrase("soudure MIG vs SMAW")
    ('le REER et le CELIAPP pour les jeunes membres', 'la soudure MIG ou SMAW')
    >>> topic_phrase("rondes de nuit seul(e) sur le site")
    'les rondes de nuit seul sur le site'
    >>> topic_phrase("nombre de palettes/heure")
    'le nombre de palettes par heure'
    >>> topic_phrase("Dégâts d'eau"), topic_phrase("Ville de Québec")
    ("les dégâts d'eau", 'Ville de Québec')
    >>> topic_phrase("télétravail 3 jours/sem ?")
    'le télétravail 3 jours par semaine'
    >>> topic_phrase("chantiers commerciaux vs résidentiel")
    'le choix entre les chantiers commerciaux et le résidentiel'
    >>> topic_phrase("Genapi vs Fiducial"), topic_phrase("télétravail versus présentiel ?")
    ('le choix entre Genapi et Fiducial', 'le choix entre le télétravail et le présentiel')
    >>> topic_phrase("IRATA ou CQP ?"), topic_phrase("CACES 3 ou 5 ?")
    ('le choix entre IRATA et le CQP', 'le CACES 3 ou 5')
    >>> topic_phrase("tournée en region: 14 villes en 6 semaines"), topic_phrase("quart de 7:00")
    ('la tournée en region', 'le quart de 7:00')
    >>> topic_phrase("Anglais et mandarin"), topic_phrase("tri et emballage des colis")
    ('l’anglais et le mandarin', 'le tri et l’emballage des colis')
    >>> topic_phrase("drop & hook, pas de déchargement")
    'le drop & hook'
    >>> topic_phrase("migrer de Acomba vers Dynamics 365")
    'la façon de migrer de Acomba vers Dynamics 365'
    >>> topic_phrase("listeria : hausse des prélèvements depuis septembre")
    'la listeria'
    >>> topic_phrase("internat : 1 week-end sur 3")
    'l’internat'
    >>> topic_phrase("dbt"), topic_phrase("prospection terrain vs téléphone?")
    ('dbt', 'le choix entre la prospection terrain et le téléphone')
    >>> topic_phrase("vins nature/orange ?"), topic_phrase("clientèle américaine/japonaise")
    ('les vins nature et orange', 'la clientèle américaine et japonaise')
    >>> topic_phrase("travail en fosse et sur le toit de la cabine")
    'le travail en fosse et sur le toit de la cabine'
    >>> topic_phrase("vins nature et orange"), topic_phrase("Carnaval de Québec")
    ('les vins nature et orange', 'le Carnaval de Québec')
    >>> topic_phrase("quelles plantes conseiller pour un balcon plein nord?")
    'les plantes à conseiller pour un balcon plein nord'
    >>> topic_phrase("patrouiller seule ? radio / satellite")
    'le fait de patrouiller seule'
    >>> topic_phrase("quoi faire si un enfant pleure?"), topic_phrase("que faire en cas de panne ?")
    ('la conduite à tenir si un enfant pleure', 'la conduite à tenir en cas de panne')
    >>> topic_phrase("port d'arme - formation ENPQ")
    "le port d'arme"
    """
    # « rondes de nuit seul(e) » : a note's inclusive ending, not a bracket (read 99).
    text = _BRACKETED_ENDING.sub("", subject.strip().rstrip(" .;!…"))
    # « port d'arme - formation ENPQ » : a spaced dash sets a note apart, as a colon does
    # (read 160: « ce que vous m'avez dit du port d'arme - formation ENPQ »).
    text = _SPACED_DASH.sub(" : ", text)
    # « patrouiller seule ? radio / satellite » : what follows the question is a note on it
    # (read 156: « le fait de patrouiller seule? radio et la satellite »).
    asked_first = _QUESTION_THEN_NOTE.search(text)
    if asked_first is not None and asked_first.start() > 0:
        return topic_phrase(text[: asked_first.start()] + " ?")
    # « revue de code : comment vous faites ? » is about « la revue de code » (fresh11).
    cut = _ASKED_AFTER.search(text)
    if cut is not None and cut.start() > 0:
        head, asked = text[: cut.start()], text[cut.end() :].strip()
        # « grippe aviaire : pic d'analyses l'hiver » : the note after the topic, which a
        # letter cannot slot after « sur » (read 94).
        # « cadence : nb de palettes/heure ? » asks about « la cadence » (fresh30).
        questioned = asked.endswith("?")
        # « NexSIS : bascule en 2027 » is about NexSIS; « Logiciel : Genapi » names its
        # software after the colon (read 101).
        named = head[:1].isupper() and not _is_common_word(head) and " " not in head
        # « internat : 1 week-end sur 3 » : figures noted on the topic (read 112).
        figures = any(c.isdigit() for c in asked) and not any(c.isdigit() for c in head)
        # « listeria : hausse des prélèvements depuis septembre » : a remark (read 116).
        figures = figures or (len(asked.split()) >= 3 and not head[:1].isupper())
        if (
            _bare(_first(asked)) in {*_INTERROGATIVES, *_QUESTION_WORDS}
            or len(head.split()) >= 2
            or questioned
            or named
            or figures
        ):
            return topic_phrase(head)
    # « gestion des appels en pic (tempête) » : the bracket is a note (read 98); a single word
    # keeps what it says of itself (« instrumentation (piézomètres, inclinomètres) »).
    bracket = _LAST_BRACKET.search(text)
    if bracket is not None and len(text[: bracket.start()].split()) >= 2:
        return topic_phrase(text[: bracket.start()])
    # « double vérification (témoin) à chaque étape » : a note set in the middle (read 268:
    # « parenthèse recopiée des notes »).
    aside = _MID_BRACKET.search(text)
    if aside is not None and len(text[: aside.start()].split()) >= 2:
        return topic_phrase(text[: aside.start()] + text[aside.end() :])
    # « paies hebdo (12 employés) et DAS » : a figure noted in brackets inside the topic
    # (read 240: pasted as typed).
    # All of them at once: one call per bracket recursed past Python's limit (3,000 typed).
    uncounted = _FIGURE_IN_BRACKETS.sub("", text)
    if uncounted != text and uncounted.strip():
        return topic_phrase(uncounted)
    # « plaintes citoyens, comment vous les traitez? » is about « les plaintes citoyens »
    # (read 93), « purge de falaise, pose de filets » about both; « …en coteaux, tout à la
    # main » goes on after its comma.
    members = _comma_members(text)
    if len(members) > 1:
        listed = _listed(members, text.endswith("?"))
        if listed is not None:
            return listed
    text = _INFINITIVE_THEN_A.sub(_to_a, text)
    # « chantiers commerciaux vs résidentiel », a note's English, is a choice, each side with
    # its article (read 107: « les chantiers commerciaux ou résidentiel »); two acronyms
    # stay one noun's variants (« la soudure MIG ou SMAW », read 99).
    versus = _VERSUS.search(text)
    if versus is not None and versus.start() > 0:
        left, right = text[: versus.start()], text[versus.end() :].rstrip(" ?")
        if right and not (_is_acronym(left.split()[-1]) and _is_acronym(right)):
            # « soins à domicile vs en chambre funéraire » : the place takes the noun of the
            # left side, not an article (read 139: « l'en chambre funéraire »); so does a
            # manner (read 195: « l'arrosage à la main et l'avec le tracteur »).
            if right.split()[0].casefold() in _SIDE_PREPOSITIONS and len(left.split()) >= 2:
                right = f"{left.split()[0]} {right}"
            return _choice(left, right)
    # « palettes/heure » is a rate, « par heure », not two nouns (fresh30).
    # « 3 jours/sem » is « par semaine » (fresh47: « du télétravail trois jours et du sem? »).
    text = _VERSUS.sub(
        " ou ", _PER_UNIT.sub(lambda m: " par " + _UNIT_IN_FULL.get(m[1], m[1]), text)
    )
    # « anglais/espagnol pour les groupes », « l'encaissement / fond de caisse » : two
    # nouns a note joins with a slash, each with its article (reads 96 and 97).
    slashed = _SLASHED_WORDS.search(text)
    # … but three words glued by slashes after a head are its complements, kept so (read 351:
    # « la synchronisation son et du vidéo/éclairage »).
    chained = _SLASH_CHAIN.search(text)
    if slashed is not None and not (chained and text[: chained.start()].strip()):
        left, right = text[: slashed.start(2)].rstrip(" /"), text[slashed.start(2) :]
        # « gardes de 12h jour/nuit » : a slash with no space joins two words, not two
        # phrases (read 98: « des gardes de 12 h jour et la nuit »).
        glued = "/" in slashed.group() and " " not in slashed.group()
        # « vins nature/orange ? » : the note's question mark is its doubt (fresh52).
        right = right.rstrip(" ?\u00a0\u202f")
        lone = right.casefold() in _COORDINATED_ADJECTIVES
        if (glued or lone) and len(left.split()) >= 2 and len(right.split()) == 1:
            return f"{topic_phrase(left)} et {right.rstrip(' ?')}"
        return f"{topic_phrase(left)} et {_noun_phrase(right)}"
    # « gardes 24 h / rythme » : a spaced slash between two notes (read 101).
    spaced = _SPACED_SLASH.search(text)
    if spaced is not None and spaced.start() > 0:
        # « éviscération + cuisson + séchage » : one « et », before the last (pair read 362:
        # « l’éviscération et la cuisson et le séchage »).
        first, *rest = _SPACED_SLASH.split(text)
        phrases = [topic_phrase(first), *(_noun_phrase(part.rstrip(" ?")) for part in rest)]
        return ", ".join(phrases[:-1]) + " et " + phrases[-1]
    is_question = text.endswith("?")
    text = text.rstrip(" ?\u00a0\u202f").strip()
    if not text:
        # « ?\r » : nothing but marks (hypothesis); never a bare « ? ».
        return subject.strip().rstrip(" ?\u00a0\u202f")
    if is_question:
        # « Comment gérez vous les pics? », typed without the hyphen (fresh3, m11).
        text = _UNHYPHENATED_INVERSION.sub(r"\1-\2", text)
    # « TRAVAIL SOUS TENSION » : a note typed in capitals is no name (read 235).
    if _shouted(text):
        text = in_lowercase(text)
    first = _first(text)
    # « Snowmaker » alone is a name, not a verb at a sentence start (read 210).
    alone_named = " " not in text and _is_er_name(text)
    if (_is_common_word(first) or _sentence_case(text)) and not _names_something(text):
        text = text if alone_named else _lower_first(text)
    # « c’est quoi le quota de palettes ? » asks about « le quota de palettes » (read 68).
    asked_at = 0
    while (asking := _WHAT_IS_SPOKEN.match(text, asked_at)) is not None:
        asked_at = asking.end()  # « c'est quoi c'est quoi… » typed over: one pass, no recursion
    if asked_at and text[asked_at:].strip():
        return topic_phrase(text[asked_at:])
    head = _bare(_first(text))
    words = text.split()
    asks = head in _INTERROGATIVES or head in _QUESTION_WORDS or head == "est-ce"
    # « développer la clientèle agricole? » is an infinitive with a question mark, not a
    # question to turn around (« notre discussion sur le développer… », read 57).
    infinitive_first = _is_infinitive(words) or (_bare(words[0]) in _BECOMING and len(words) > 1)
    # « IRATA ou CQP ? » asks which: « notre échange sur IRATA ou CQP » (fresh27).
    left, either, right = text.partition(" ou ")
    if is_question and either and not asks and not infinitive_first and _is_choice(left, right):
        return _choice(left, right)
    if asks or (is_question and not infinitive_first):
        return _question_phrase(text)
    if infinitive_first:
        infinitive = re.sub(r"^d(?:e |['’])", "", text)
        # « devenir associée ? », « passer à 4 jours ? » ask whether, not how (read 94).
        first = _bare(_first(infinitive))
        lead = "la possibilité " if first in _BECOMING else "la façon "
        # « avoir son propre coffre d'outils ? » asks whether one has it: « la façon d'avoir
        # son propre coffre » meant nothing (read 106).
        if first in _HAVING or _bare(_first(" ".join(infinitive.split()[1:]))) in _ALONE:
            lead = "le fait "
        return lead + _with_de(infinitive)
    return _noun_phrase(text)


def _with_de(infinitive: str) -> str:
    """« de » before an infinitive phrase, and before a second infinitive it coordinates.

    >>> _with_de("recruter et entraîner le panel"), _with_de("écouter")
    ('de recruter et d’entraîner le panel', 'd’écouter')
    """
    words = infinitive.split()
    if len(words) > 2 and words[1] == "et" and _is_infinitive(words[2:3]):
        second = " ".join(words[2:])
        return f"{_de(words[0])} et {_de(second)}"
    return _de(infinitive)


def _de(phrase: str) -> str:
    return ("d’" if elides(phrase) else "de ") + phrase


_SPOKEN_CUTS = re.compile(
    r"\s*(?:[,;:(–—]| - | pour | afin | avec | dans | lorsque | depuis | qui "
    r"| et (?=(?:les?|la|l['’]|des|du) ))"
)


_QUESTION_FORMS = ("la question de savoir", "la façon", "les raisons pour lesquelles")


@per_phrase
def spoken_topic(phrase: str, most: int = 8) -> str:
    """A short form of a long topic for speech: its first clause, at most ``most`` words.

    A topic with no clean place to cut is kept whole: a truncated thought sounds worse.

    >>> spoken_topic("la migration du catalogue vers Koha, prévue pour l'été avec l'équipe")
    'la migration du catalogue vers Koha'
    >>> spoken_topic("la question de savoir si je suis correct pour travailler sur les toits")
    'la question de savoir si je suis correct pour travailler sur les toits'
    >>> spoken_topic("le choix entre les chantiers commerciaux et le résidentiel")
    'le choix entre les chantiers commerciaux et le résidentiel'
    >>> spoken_topic("le choix entre la traite robotisée (Lely) et la salle de traite 2x6")
    'le choix entre la traite robotisée (Lely) et la salle de traite 2x6'
    """
    words = phrase.split()
    if len(words) <= most:
        return phrase
    # « si je suis correct pour travailler l'hiver » : a question ends with its purpose.
    asks = phrase.startswith(_QUESTION_FORMS)
    for match in _SPOKEN_CUTS.finditer(phrase):
        if asks and match.group(0).strip() in ("pour", "afin"):
            continue
        # « le choix entre A et B » cut before « et B » is no choice, even at a bracket: « le
        # choix entre la traite robotisée (Lely) et… » was cut at « ( » (read 154).
        if phrase.startswith("le choix entre") and " et " not in phrase[: match.start() + 1]:
            continue
        head = phrase[: match.start()]
        if 3 <= len(head.split()) <= most and head.count("«") == head.count("»"):
            return head
    return phrase  # no clean cut: better whole than cut mid-thought


# A topic with a clause of its own: before a verb, the sentence loses its thread.
_OWN_CLAUSE = re.compile(r"[,;:?!()–—]| - ")


def reads_as_subject(phrase: str, most: int = 10) -> bool:
    """Whether a topic phrase can stand before the verb: short, with no clause of its own.

    « Notre échange sur les plaintes citoyens, comment vous les traitez m’a donné… » lost its
    verb in the topic's own comma.

    >>> reads_as_subject("les rondes de nuit")
    True
    >>> reads_as_subject("les plaintes citoyens, comment vous les traitez")
    False
    """
    # « le choix entre la base YUL et YQB » is a question of the candidate's: nothing the
    # recruiter « explained » (read 96).
    return (
        len(phrase.split()) <= most
        and _OWN_CLAUSE.search(phrase) is None
        and not phrase.startswith("le choix entre")
    )


# A topic recast from a question or a verb (« la façon dont… », « les raisons pour
# lesquelles… ») is a clause, not a task a skill serves: « un atout de plus pour la façon
# dont l’équipe planifie » reads as a template.
_RECAST_HEADS = (
    "la façon",
    "les raisons",
    "la question",
    "la possibilité",
    "ce qu",
    "ce dont",
    "si ",
)


def recast_question(phrase: str) -> bool:
    """Whether a topic phrase is a question recast (« la façon de gérer… »), asked by anyone.

    >>> recast_question("la façon de gérer les groupes"), recast_question("la migration")
    (True, False)
    """
    return phrase.casefold().startswith(_RECAST_HEADS)


# « le travail en nacelle », « la gestion des plaintes », « le suivi des stocks » : an activity.
_ACTIVITY_HEADS = frozenset(
    "travail gestion suivi accompagnement entretien refonte vente pose conduite saisie veille "
    "surveillance maintenance accueil ouverture recherche analyse".split()
)


def names_an_activity(phrase: str) -> bool:
    """Whether a topic, as :func:`topic_phrase` says it, is headed by an activity.

    What the post is about can be one (« en particulier le travail en nacelle »); not the
    people or the things it deals with (read 248: « le poste m'intéresse…, en particulier les
    bénévoles qui s'essoufflent »).

    >>> names_an_activity("le travail en nacelle"), names_an_activity("la migration vers SAP")
    (True, True)
    >>> names_an_activity("les bénévoles qui s’essoufflent"), names_an_activity("la taxe")
    (False, False)
    >>> names_an_activity("les subventions Musicaction et FACTOR")
    False
    """
    words = phrase.split()
    head = words[1] if len(words) > 1 and _bare(words[0]) in _DETERMINERS else words[0]
    if "’" in head or "'" in head:
        head = re.split(r"['’]", head, maxsplit=1)[1]
    folded = head.casefold()
    return folded in _ACTIVITY_HEADS or (_is_action_noun(head) and folded not in _MONEY_OR_PEOPLE)


# Nouns made like actions that name money or people: « en particulier les subventions
# Musicaction et FACTOR » said an interest in the grants (read 288), « la population ».
_MONEY_OR_PEOPLE = frozenset(
    "subvention subventions financement financements population surpopulation".split()
)


def serves_as_task(phrase: str) -> bool:
    """Whether a topic reads after « un atout de plus pour… »: a short task of the job.

    Not a condition of the work, a skill or a credential of the candidate's, nor a question.

    >>> serves_as_task("la migration vers SAP"), serves_as_task("les banquets de fin de semaine")
    (True, True)
    >>> serves_as_task("la façon dont l’équipe planifie les quarts"), serves_as_task("Excel")
    (False, False)
    >>> serves_as_task("les quarts de nuit"), serves_as_task("l’Entente MAPAQ-Ville")
    (False, False)
    """
    return (
        reads_as_subject(phrase, most=8)
        and not _names_an_act(phrase)
        and not recast_question(phrase)
        and not is_credential(phrase)
        and not is_skill(phrase)
        and not names_condition(phrase)
    )


def _names_an_act(phrase: str) -> bool:
    """« la Loi 16 », « l’Entente MAPAQ-Ville »: no certificate is « un atout » for them."""
    head = _LEADING_ARTICLE.sub("", phrase).split(" ", 1)[0]
    return head[:1].isupper() and head.casefold() in _NAMING_NOUNS


_HARMS = re.compile(
    r"\b(?:harcèlement|violences?|agressions?|incivilités?|intimidation|maltraitance|"
    r"absentéisme|décrochage|accidents?|vols?|fraudes?|démarque|retards?|conflits?|plaintes?|"
    r"épuisement|pénurie|grèves?|chutes?|blessures?|litiges?|impayés|erreurs?|pannes?|"
    r"fugues?|morsures?|roulement|ruptures? de stock|moisissures?|infiltrations?|fuites?|"
    r"gaspillage|bris|dégâts|sinistres?|contaminations?|infections?|nuisibles|punaises|"
    r"insalubrité|surcharges?|engorgement|embouteillages?|pertes?|"
    # « la surpopulation féline cet automne » (read 288: « l'importance que vous accordez à »).
    r"surpopulation|déficits?|surcoûts?|pollutions?)\b",
    re.IGNORECASE,
)


def names_a_way(phrase: str) -> bool:
    """Whether a topic is a way of doing, a choice or a question, not a thing of the post.

    Neither « l'importance que vous accordez au choix entre GLM et… » (pair read 238) nor
    « un nouvel échange, notamment sur le choix entre le feutrage à l'eau et… » (read 287).

    >>> names_a_way("la façon de prospecter"), names_a_way("la clientèle internationale")
    (True, False)
    """
    return _A_WAY_OR_A_CHOICE.match(phrase) is not None


_A_WAY_OR_A_CHOICE = re.compile(
    r"(?:le choix|la façon|la manière|la question|les raisons|la possibilité|le fait)\b", re.I
)


def names_a_harm(phrase: str) -> bool:
    """Whether a topic names an ill to fight: no « importance accordée » to it (read 135).

    >>> names_a_harm("le climat scolaire et le harcèlement"), names_a_harm("la prise en charge")
    (True, False)
    """
    return _HARMS.search(phrase) is not None


# What the interviewer dwelt on comes first (« elle en a parlé longtemps »).
_EMPHASIS = re.compile(
    r"\b(?:longtemps|insisté|insiste|beaucoup parlé|priorité|surtout ça|revenu[e]? plusieurs"
    # « elle a dit que c'est leur gros enjeu » (read 102: the avenants gave way to BIM).
    r"|gros enjeu|grand enjeu|principal enjeu|enjeu principal|leur enjeu|son enjeu"
    r"|(?:très|super|vraiment) important pour (?:elle|lui|eux|elles))\b",
    re.I,
)


# « la conseillère pédagogique en a parlé longtemps », « le DG a insisté » : a third person.
_SOMEONE_ELSE = re.compile(
    # « le gars a insisté » is the person met, said as a note says it.
    r"^\s*(?:la\s|le\s|l['’]|sa\s|son\s|leur\s|une?\s)\s*"
    r"(?!(?:gars|dame|boss|monsieur|madame|recruteur|recruteuse|type|mec)\b)[\w-]+(?:\s+[\w-]+)?"
    r"\s+(?:en\s+)?(?:a|avait)\s+(?:beaucoup\s+|surtout\s+)?(?:parlé|insisté)",
    re.IGNORECASE,
)


def said_by_another(note: str | None) -> bool:
    """Whether a topic's note says someone other than the person met spoke of it.

    >>> said_by_another("la conseillère pédagogique en a parlé longtemps")
    True
    >>> said_by_another("il a insisté"), said_by_another(None)
    (False, False)
    """
    return bool(note and _SOMEONE_ELSE.match(note))


@per_phrase
def answered_no(note: str | None) -> bool:
    """Whether a topic's note answers it « no »: the post has no such thing.

    >>> answered_no("non, externat seulement"), answered_no("Non."), answered_no("pas de CE")
    (True, True, True)
    >>> answered_no("nonobstant le budget"), answered_no("oui, 2 jours"), answered_no(None)
    (False, False, False)
    """
    return note is not None and _ANSWERED_NO.match(note) is not None


@per_phrase
def settled_by_answer(subject: str, note: str | None) -> bool:
    """Whether a topic is a question the note answers « yes » or « no »: a practical point.

    « costume fourni ? — oui, mais apporter des souliers noirs » was asked and settled; a
    thank-you that says it « appreciated the explanations » on it reads as stock (fresh58).

    >>> settled_by_answer("costume fourni ?", "oui, mais apporter des souliers noirs")
    True
    >>> settled_by_answer("internat ?", "non, externat seulement")
    True
    >>> settled_by_answer("la relève des bénévoles", "oui, elle y tient"), settled_by_answer(
    ...     "costume fourni ?", None)
    (False, False)

    So is a choice the note makes (read 374: « notre discussion sur le choix entre Bullseye
    et Spectrum » where « elle travaille juste en Bullseye »), unless the person dwelt on it:

    >>> settled_by_answer("Bullseye ou Spectrum?", "elle travaille juste en Bullseye")
    True
    >>> settled_by_answer("débourrage éthologique ou classique ?", "il a insisté")
    False
    """
    if note is None:
        return False
    if topic_phrase(subject).startswith("le choix entre ") and not emphasised(note):
        return True
    if not subject.rstrip().endswith("?"):
        return answered_no(note)
    return answered_no(note) or _ANSWERED_YES.match(note) is not None


_ANSWERED_YES = re.compile(r"\s*(?:oui|ouais|yes)(?!\w)", re.IGNORECASE)
_ANSWERED_NO = re.compile(r"\s*(?:non|pas\s+d(?:e\b|['’])|aucune?\b|jamais\b)(?!\w)", re.IGNORECASE)


def emphasised(note: str | None) -> bool:
    """Whether a topic's note says the interviewer dwelt on it.

    >>> emphasised("elle en a parlé longtemps")
    True

    Not when the note names someone else who did: « la conseillère pédagogique en a parlé
    longtemps » made « Vos explications… » thank the wrong person (read 117).

    >>> emphasised("la conseillère pédagogique en a parlé longtemps")
    False
    """
    return bool(note and _EMPHASIS.search(note) and not said_by_another(note))


def insisted_on(note: str | None, subject: str) -> str | None:
    """What the note says was insisted on, when it is not the topic's own words, or None.

    « Vous avez particulièrement insisté sur la cadence » for « cadence de la ligne », noted
    « elle a insisté sur la sécurité près des convoyeurs » (pair read 151).

    >>> insisted_on("elle a insisté sur la sécurité près des convoyeurs", "cadence de la ligne")
    'la sécurité près des convoyeurs'
    >>> insisted_on("il a insisté sur la cadence de nuit", "cadence de la ligne") is None
    True
    """
    if not emphasised(note):
        return None
    other = _INSISTED_ON.search(note or "")
    if other is None or shared_words(other.group(1), subject):
        return None
    return other.group(1).strip()


# What the note says was insisted on: « il a insisté sur la sécurité près des convoyeurs ».
_INSISTED_ON = re.compile(r"\binsist[ée]\s+sur\s+((?:la|le|les|l['’])\s*[^,.;:!?()]+)", re.I)


# A licence or a credential, which is the candidate's own and not what the talk was about.
_TRAINING = re.compile(
    r"\b(?:formation|certification|certificat|attestation|cours|module|diplôme|agrément|"
    r"habilitation|permis|carte|brevet|examen|DELF|CACES|certiphyto"
    # Trade credentials named by their acronym (read 129: « Nous avons aussi parlé de FIMO
    # voyageurs : ma FCO voyageurs m'y a préparée », the FCO being the FIMO's renewal).
    r"|FIMO|FCO|CQP|CQC|BAFA|BPJEPS|PSE[12]|PSC1|SSIAP|AIPR|SST|titre professionnel"
    # Diplomas by their acronym, in capitals only (read 340: « la copie de mon DU de
    # tabacologie » was offered « à commenter »).
    r"|(?-i:DU|DIU|DEC|DEP|AEC|BTSA?|CAP|BEP|DUT|BUT|DEUST)|licence|master"
    # A file to hand in is a requirement too (read 97: « j'ai bien aimé notre échange sur
    # le dossier SAAQ »).
    r"|dossier (?:de conduite|SAAQ)|casier judiciaire|antécédents judiciaires"
    # Papers for the file (read 343: « mon avis d'aptitude médicale ; je serais heureux d'en
    # discuter avec vous »).
    r"|avis d['’]aptitude|aptitude médicale|relevé de notes|justificatif|RIB|carte vitale)s?\b",
    re.IGNORECASE,
)


_MINE = re.compile(r"\b(?:mon|ma|mes)\b", re.I)
_HEAD_AFTER_DETERMINER = re.compile(r"(?:(?:le|la|les|un|une|des|mon|ma|mes)\s+|l['’]\s*)?")
_ACRONYM_TOPIC = re.compile(r"^(?:(?:le|la|les|l['’])\s*)?[A-ZÉÈ][A-ZÉÈ0-9-]+(?:\s+\d+)?$")


@per_phrase
def is_credential(topic: str) -> bool:
    """Whether a topic names a licence or a credential (« le CACES 3 »), not a subject.

    The candidate's own licence is not what a sentence can say the talk was about.

    >>> is_credential("le CACES 3"), is_credential("les quarts de nuit")
    (True, False)
    >>> is_credential("le dossier SAAQ"), is_credential("le dossier patient informatisé")
    (True, False)
    >>> is_credential("l’accueil des citoyens au comptoir des permis")
    False
    >>> is_credential("FIMO voyageurs"), is_credential("CQP conducteur de téléski ou de TSD ?")
    (True, True)
    """
    # The credential heads the topic (« la carte FAST et les passages frontaliers »); one
    # named inside it is a place or a service (read 102: « l'accueil des citoyens au
    # comptoir des permis » gave way to « le test Word/Excel »).
    head = _HEAD_AFTER_DETERMINER.match(topic.strip())
    at_head = head is not None and _TRAINING.match(topic.strip(), head.end()) is not None
    # « l'équivalence de mon diplôme d'ingénieur » is the candidate's credential still.
    mine = _TRAINING.search(topic) is not None and _MINE.search(topic) is not None
    return bool(_ACRONYM_TOPIC.match(topic.strip()) or at_head or mine)


# A condition of the work (« les quarts de nuit », « les pics de Noël ») is accepted, not an
# issue one finds interesting (read 43): its head, singular, and « travail » by its time.
_CONDITION_HEADS = frozenset(
    "quart horaire astreinte pic déplacement rotation week-end nuit permanence".split()
)
_WORK_AT = re.compile(
    r"^travail (?:de nuit|de soir|de fin de semaine|du week-end|du dimanche|posté"
    r"|en (?:horaires? décalés?|équipes? alternantes?|[23] ?x ?8))(?!\w)"
)
# A condition named anywhere in a topic (« la façon dont l'équipe gère les astreintes »):
# what a reminder names last, after an issue of the job (read 47).
# Remote work or a shorter week is the candidate's own question too (read 93: « le
# télétravail 3j/sem » and « passer à 4 jours » thanked for, as what the interview left).
_CONDITION_WORD = re.compile(
    r"\b(?:astreintes?|quarts?|horaires?|permanences?|disponibilités?|t[ée]l[ée]travail"
    # « les 3x8 et samedis », the shifts (read 195: thanked for in place of the trade).
    r"|temps partiel|(?:4|quatre) jours|retour à la maison|[2-5]\s?[x×]\s?(?:[89]|1[0-2]))\b",
    re.I,
)
_ACCEPTED_ARTICLE = re.compile(r"^(les|la|le|l['’])\s*(?=\w)")


# A question that asks a fact or a reason (« c'est quoi la taille de l'équipe? », « pourquoi
# un temps partagé? ») is no point of interest; « comment l'équipe gère les astreintes? »
# is one (« la façon dont l'équipe gère les astreintes »).
_FACT_ASKED = re.compile(
    r"\s*(?:pourquoi|c['’]est quoi|combien|quel(?:le)?s?|est-ce que|y a-t-il)\b", re.IGNORECASE
)


def asks_a_fact(subject: str) -> bool:
    """Whether a topic, as typed, asks a fact or a reason rather than naming an issue.

    >>> asks_a_fact("pourquoi un temps partagé ?"), asks_a_fact("Comment gérez-vous les pics ?")
    (True, False)
    """
    return _FACT_ASKED.match(subject) is not None


# Pay and expenses (« frais kilométriques ? », « le salaire ») are asked, not what a letter
# thanks for or says it is keen on (read 90: a thank-you whose one point was the mileage).
_PAY = re.compile(
    r"\b(?:frais|salaires?|rémunérations?|paie|paye|kilométriques?|indemnités?|remboursements?"
    r"|stationnement|parking|mutuelle|primes?|avantages sociaux|tickets? restaurants?"
    # « le partage des tips » (read 173: a thank-you whose one point was the tips).
    r"|tips|pourboires?"
    # « le cachet et l'hébergement » (read 316: the one point of a thank-you to a festival).
    r"|cachets?|défraiements?|per\s+diem|hébergement)\b",
    re.IGNORECASE,
)


def is_about_pay(phrase: str) -> bool:
    """Whether a topic is about pay, expenses or perks.

    >>> is_about_pay("les frais kilométriques"), is_about_pay("l’affinage des tommes")
    (True, False)
    """
    return _PAY.search(phrase) is not None


def is_evaluation(phrase: str) -> bool:
    """Whether a topic is a test the candidate took at the interview.

    « Notre échange sur le test Word et Excel m'a donné envie… » : a test is no reason to
    want a post (read after pair read 179).

    >>> is_evaluation("le test Word et Excel"), is_evaluation("la gestion des tests unitaires")
    (True, False)
    >>> is_evaluation("tests de dépistage (drogue)"), is_evaluation("les tests e2e")
    (True, False)

    Nor a step of the hiring itself (reads 251 and 252: « J’ai repensé à notre échange sur
    le processus d’embauche en trois étapes », « l’enquête de fiabilité » taken for the work).

    >>> is_evaluation("processus d'embauche en 3 etapes"), is_evaluation("l’enquête de fiabilité")
    (True, True)
    >>> is_evaluation("habilitation sécuritaire - délais?")
    True
    >>> is_evaluation("les enquêtes criminelles")
    False
    """
    return _EVALUATION.match(phrase) is not None or _HIRING_STEP.match(phrase) is not None


_HIRING_STEP = re.compile(
    r"(?:(?:le|la|les|l['’])\s*)?(?:processus|étapes?|etapes?)\s+(?:d['’]\s*embauche|de recrutement"
    r"|de sélection|de selection|d['’]\s*entrevues?)"
    r"|(?:(?:le|la|les|l['’])\s*)?(?:enquêtes?|enquetes?)\s+(?:de fiabilité|de fiabilite"
    r"|de sécurité|de securite|administratives?|de moralité|d['’]\s*habilitation|de sûreté)"
    r"|(?:(?:le|la|les|l['’])\s*)?(?:habilitations?\s+(?:sécuritaire|securitaire|de sécurité"
    r"|secret|défense)|cote de sécurité|cote de fiabilité|vérification des antécédents)",
    re.IGNORECASE,
)
_EVALUATION = re.compile(
    r"(?:(?:le|la|les|l['’])\s*)?(?:tests?|examens?|mise en situation|cas pratique|quiz"
    r"|exercice)\b"
    # The tests a developer writes are work (« les tests e2e », « tests d'intégration »).
    r"(?!\s+(?:e2e|end-to-end|d['’]intégration|unitaires?|de charge|de non-régression"
    r"|automatisés?|fonctionnels?|de performance|avec|sur|en production))",
    re.IGNORECASE,
)


def names_condition(phrase: str) -> bool:
    """Whether a topic speaks of a condition of the work, wherever in it.

    >>> names_condition("la façon dont l’équipe gère les astreintes")
    True
    >>> names_condition("l’équipe de nuit qui se sent oubliée")
    False
    >>> names_condition("le retour à la maison aux deux semaines")  # fresh35, a trucker
    True
    """
    return _CONDITION_WORD.search(phrase) is not None


@per_phrase
def accepted_condition(phrase: str) -> str | None:
    """A topic that names a condition of the work, as accepted: « quarts de nuit compris ».

    None for any other topic, or one too long or too built to stand before « compris ».

    >>> accepted_condition("les quarts de nuit"), accepted_condition("la patrouille en VTT")
    ('quarts de nuit compris', None)
    >>> accepted_condition("les astreintes le week-end")
    'astreintes le week-end comprises'
    >>> accepted_condition("le travail en horaires décalés")
    'travail en horaires décalés compris'
    """
    match = _ACCEPTED_ARTICLE.match(phrase)
    if match is None:
        return None
    bare = phrase[match.end() :]
    words = bare.split()
    head = words[0].casefold()
    singular = head[:-1] if _is_plural(head) else head
    # « rotation des produits et les pertes » : two members, which one « comprise » cannot
    # agree with (read after 115).
    if len(words) > 6 or re.search(r"\b(?:qui|que|qu['’]|dont|et|ou)\b", bare):
        return None
    if singular not in _CONDITION_HEADS and not _WORK_AT.match(bare.casefold()):
        return None
    article = match.group(1).casefold()
    feminine = article == "la" or (article != "le" and _gender(singular) == "la")
    plural = article == "les"
    return f"{bare} compris{'e' if feminine else ''}{'s' if plural and feminine else ''}"


@per_phrase
def is_skill(topic: str) -> bool:
    """Whether a topic (a noun phrase) names a tool or a language the candidate may know.

    « Python », « Opera », « l’anglais et le mandarin » are the candidate's skills, not an
    issue of the job that a letter can call « les enjeux abordés ».

    >>> is_skill("Opera"), is_skill("l’anglais et le mandarin"), is_skill("la démarque")
    (True, True, False)
    """
    head = _bare(_first(topic))
    if head not in _DETERMINERS:
        return True  # a name as typed: a tool, a product, an acronym
    words = [re.sub(r"^l['’]", "", _bare(word)) for word in topic.split()]
    return all(w in _LANGUAGES or w in _DETERMINERS or w == "et" for w in words)


# Long words that say nothing of a subject: two sentences sharing them are not related.
_EMPTY_WORDS = frozenset(
    "beaucoup encore toujours aussi avant après depuis comme entre leurs votre notre cette "
    "ainsi alors autre autres avons avez était étaient avoir faire fait être semaine semaines "
    "dernier dernière prochain prochaine janvier février avril juillet septembre octobre "
    "novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche chaque quelques "
    "plusieurs pendant surtout vraiment "
    "nouveau nouvelle nouveaux nouvelles heures temps place besoin besoins "
    # A count ties nothing: « la fusion de trois caisses » and « la gestion de trois
    # analystes » (fresh, after read 252).
    "trois quatre douze treize quatorze quinze seize vingt trente quarante cinquante "
    "soixante cents mille".split()
)
# « une formation en ligne » is not about « le portail de permis en ligne » (read 112); « la
# ligne 3 » and « une ligne d'ensachage » share a line.
# « en ligne », and « en cours » (« demande de COFS en cours » is no course, read 158).
_ONLINE = re.compile(r"\ben (?:ligne|cours)\b", re.IGNORECASE)


# An acronym or a tool's capitals (« DELF », « SAP », « RBQ ») names a subject in four
# letters or fewer.
_ACRONYM = re.compile(r"\b[A-ZÀ-Ý][A-ZÀ-Ý0-9]+\b")


_NAME = re.compile(r"(?<!^)(?<![.!?] )\b[A-ZÀ-Ý][\w-]*|\b\w+[a-zà-ÿ][A-ZÀ-Ý]\w*")
"""A word written with a capital inside a topic (« Kubernetes », « LCB-FT »), or with a
capital inside the word, even first (« NexSIS : bascule en 2027 », read 125)."""


def _content_words(text: str) -> set[str]:
    words = set(re.findall(r"\w{5,}", _ONLINE.sub(" ", text).casefold())) - _EMPTY_WORDS
    return words | {acronym.casefold() for acronym in _ACRONYM.findall(text)}


def covers(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` already says every word of ``topic`` (linking them would echo).

    >>> covers("J’ai suivi une formation sur la gestion de la démarque.", "la démarque")
    True
    """
    words = _content_words(topic)
    return bool(words) and words <= _content_words(sentence)


def names_topic(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` already names ``topic``: a link to it would say it twice.

    It does when it says every word of the topic, two of them, or one of its names (a
    capitalised word, an acronym). One shared common word names a neighbour, not the topic.

    >>> names_topic("J’ai terminé le cours Kubernetes.", "la façon de migrer vers Kubernetes")
    True
    >>> names_topic("J’ai vu le portail de données ouvertes.", "la qualité des données ouvertes")
    True
    >>> names_topic("J’ai suivi un module de gestion de conflits.", "la gestion des incivilités")
    False
    >>> names_topic("J’ai suivi la formation CACES R489.", "CACES et conduite de nuit")
    True
    >>> names_topic("Le SDIS basculera sur NexSIS au printemps 2027.", "NexSIS : bascule en 2027")
    True

    A name that opens the topic counts when the sentence writes it with its capital too (read
    373: « J'ai lu avec intérêt que vous jouerez la Turangalîla-Symphonie », after an
    audition that dwelt on it):

    >>> names_topic("L'OSIF jouera la Turangalîla-Symphonie en mai.", "Turangalîla : les ondes")
    True
    >>> names_topic("La saison reprend en mai.", "Saison : les tournées")
    False
    >>> names_topic("Énergia a lancé un programme de remplacement.", "programme d'inspection ILI")
    False
    """
    words = _content_words(topic)
    shared = _content_words(sentence) & words
    if shared and (shared == words or len(shared) >= 2):
        return True
    opening = topic.split(maxsplit=1)[0].strip(" :,;.?!") if topic.strip() else ""
    if (
        opening[:1].isupper()
        and opening.casefold() in shared
        and not _is_common_word(opening)
        and re.search(rf"(?<!^)(?<![.!?] )\b{re.escape(opening)}", sentence)
    ):
        return True
    return not shared.isdisjoint(
        word.casefold() for word in (*_NAME.findall(topic), *_ACRONYM.findall(topic))
    )


def overlaps(sentence: str, topic: str, setting: str = "") -> bool:
    """Whether ``sentence`` already speaks of ``topic`` (a word of five letters or more).

    A word of the ``setting`` (the role, the organisation's name) ties nothing: « la Ville a
    adopté son budget » and « mes 5 ans à la perception à la Ville de Saint-Georges » share
    « Ville » and nothing else (pair read 322: « …me permettraient d'y contribuer »).

    >>> overlaps("J’ai aimé parler des quarts de nuit.", "comment l’équipe planifie les quarts")
    True
    >>> overlaps("Je suis examinatrice DELF B2.", "la certification DELF")
    True
    >>> overlaps("J’ai suivi une formation en ligne.", "le nouveau portail de permis en ligne")
    False
    >>> overlaps("La Ville a adopté son budget", "5 ans à la Ville de Mirabel", "Ville de Lévis")
    False
    """
    return bool(shared_words(sentence, topic) - _content_words(setting))


def shares_specific_word(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` and ``topic`` share a word that says what they are about.

    A container word (« cours », « formation », « gestion ») ties two neighbours: « Pour
    revenir sur le cours de salubrité alimentaire : j'ai mon cours de premiers soins » was a
    coq-à-l'âne (read 177).

    >>> shares_specific_word("j'ai mon cours de premiers soins", "cours de salubrité ?")
    False
    >>> shares_specific_word("mon CAP de peintre pour conseiller sur la chaux",
    ...                      "conseil sur les peintures à la chaux")
    True
    """
    return bool(shared_words(sentence, topic) - _CONTAINER_WORDS)


def ties_point(sentence: str, topic: str, others: list[str], role: str) -> bool:
    """Whether a point added is said « about » ``topic``: a word of its own, not the trade's.

    A word the role or another topic also says is the setting, not this topic: « Pour
    revenir sur la laque urushi : je sais aussi faire la dorure… sur laque », to a
    lacquerer, and « …l'attente à la clinique de fractures : je parle créole… avec les
    patients de la clinique » were forced links (pair read 266).

    >>> ties_point("je sais faire la dorure sur laque", "laque urushi", [], "laqueur")
    False
    >>> ties_point("je suis examinatrice DELF", "certification DELF", ["les cours du soir"], "")
    True
    """
    shared = shared_words(sentence, topic) - _CONTAINER_WORDS
    if not shared:
        return False
    setting = {word[:5] for text in (*others, role) for word in _content_words(text)}
    return any(word[:5] not in setting for word in shared)


_CONTAINER_WORDS = frozenset(
    "cours formation formations question questions travail poste postes équipe équipes niveau"
    " gestion projet projets service services dossier dossiers programme programmes".split()
)


def kin(sentence: str, topic: str) -> bool:
    """Whether ``sentence`` and ``topic`` share a word's stem: « lourd » and « lourds ».

    An asset kin to a topic prepared for it; one that shares nothing did not (read 175:
    « la télémétrie des machines : mes trois ans de livraison en VL m'y ont préparée »).

    >>> kin("8 ans comme répartitrice en transport lourd", "pesée des véhicules lourds")
    True
    >>> kin("mes quatre ans de nuits en médecine", "le ratio 1 pour 7 la nuit")
    True
    >>> kin("3 ans de livraison en VL", "télémétrie des machines")
    False
    """
    return not _stems(sentence).isdisjoint(_stems(topic))


_SHORT_EMPTY_WORDS = frozenset(
    "pour dans avec sans sous chez vers mais très tout tous leur nous vous elle elles bien dont"
    " cela ceci plus moins quel quels quelle mois jour jours fois".split()
)


def _stems(text: str) -> set[str]:
    return {
        word.rstrip("sx")[:5]
        for word in re.findall(r"[^\W\d_]{4,}", text.casefold())
        if word not in _EMPTY_WORDS and word not in _SHORT_EMPTY_WORDS
    }


def shared_words(sentence: str, topic: str) -> set[str]:
    """The words of five letters or more (and acronyms) both say, casefolded.

    >>> sorted(shared_words("mes trois ans en gestion de sinistres auto", "sinistres habitation"))
    ['sinistres']
    """
    return _content_words(sentence) & _content_words(topic)


def answered_topic(asset_text: str, subjects: list[str]) -> int | None:
    """Which topic an asset answers: the first whose own words (not its note) it shares.

    None when the asset holds every word of the topic: it restates it, and « Je reviens à
    notre échange sur la certification AMF : ma certification AMF m'y a préparée » is no
    link. A note's word (« l'étude » noted beside a software) tied unrelated things.

    >>> subjects = ["la certification AMF", "catalogage RDA, notices en retard"]
    >>> answered_topic("3 ans de catalogage dans Koha", subjects)
    1
    >>> answered_topic("ma certification AMF obtenue en 2025", subjects) is None
    True
    >>> answered_topic("ma FAST card valide jusqu'en 2029", ["FAST card, passage aux douanes"])

    Years of doing the very thing answer it (read 177: « cinq ans en lettrage de véhicules »
    left for « mon AEC en conception graphique » beside « la pose de lettrage sur véhicules »):

    >>> answered_topic("cinq ans en lettrage de véhicules", ["pose de lettrage sur véhicules"])
    0

    Nor where one lives or what one is paid, nor a credential the asset is (pair read 128:
    « Nous avons aussi parlé du logement sur la ferme : mon expérience de la ferme familiale
    m'y a préparé », « …de la formation gestionnaire MAPAQ à jour : mon certificat… m'y a
    préparée »):

    >>> answered_topic("la ferme familiale au Guatemala", ["le logement sur la ferme"]) is None
    True
    >>> answered_topic("la taille de 40 pierres facettées en formation",
    ...                ["la formation interne deux ans"]) is None
    True

    >>> answered_topic("mon certificat de gestionnaire du MAPAQ",
    ...                ["la formation gestionnaire MAPAQ à jour"]) is None
    True
    """
    # A place or a name shared is no link (read 198: « sept ans en chirurgie colorectale à
    # l'Hôtel-Dieu de Québec » prepared for « déplacements Hôtel-Dieu de Lévis »), nor the
    # workshops a model posed in and the heating of the workshops.
    # Years somewhere: the place is where they were spent; « mes contacts à Pikogan » are
    # the place's own (read 154).
    worked = _YEARS_OF.match(asset_text.strip())
    words = _content_words(_PLACE_WORKED_IN.sub(" ", asset_text) if worked else asset_text)
    words -= _SHARED_PLACES | _GENERIC_LINKS
    credential = is_credential(asset_text)
    # The asset's head noun: « ma FAST card valide jusqu'en 2029 » is the topic's card itself,
    # and « ma FAST card m'y a préparé » made no sense (pair read 115); « mon master FLE » is
    # a degree in the topic's field.
    head = _asset_head(asset_text)
    for index, subject in enumerate(subjects):
        own = _content_words(subject) - _GENERIC_LINKS
        restates = own <= words and not _YEARS_OF.match(asset_text.strip())
        if own & words and not restates and head not in _content_words(subject.split()[0]):
            if _NOT_PREPARED_FOR.search(subject) or (credential and is_credential(subject)):
                continue
            return index
    return None


_YEARS_OF = re.compile(
    rf"^(?:mes\s+)?(?:\d+|{_NUMBER_WORDS})\s+(?:ans|années|saisons|étés|hivers)\b", re.IGNORECASE
)
# What no experience prepares one for: where one lives, what one is paid, how one gets there.
# Years of nights do prepare for night shifts (« mes cinq ans de nuit » and « les quarts »).
_NOT_PREPARED_FOR = re.compile(
    r"\b(?:logements?|hébergement|salaires?|rémunération|stationnement|transport en commun"
    # An arrangement is granted, not prepared for (fresh47: « Nous avons aussi parlé du
    # télétravail… : mes trois ans au service à la clientèle m'y ont préparée »).
    r"|télétravail|probation|période d['’]essai|avantages|congés|vacances|mutuelle"
    # Nor the heating, the trips, a patient's hair loss (read 198: « Quant au chauffage des
    # ateliers, mes dix ans de pose… m'y ont préparé »).
    r"|chauffage|déplacements?|trajets?|perte"
    # Nor why one leaves (read 227: « Quant aux raisons de quitter la tournée, mes quatre
    # saisons de tournée me seront utiles »).
    r"|pourquoi\s+(?:quitter|partir|changer)|raisons?\s+de\s+(?:quitter|partir|changer)"
    r"|départ)\b",
    re.I,
)


# A place the asset was in (« à l'Hôtel-Dieu de Québec », « chez Desjardins »); not a tool
# (« trois ans de Python » answers « Python/R ? »).
_PLACE_WORKED_IN = re.compile(
    r"\b(?:à\s+l['’]|à|au|aux|chez)\s*(?!(?:[A-ZÀ-Ý]{2,})\b)[A-ZÀ-Ý][\w’'-]*"
    r"(?:\s+(?:de|du|des|d['’])\s*[A-ZÀ-Ý][\w’'-]*)*"
)
_SHARED_PLACES = frozenset({"atelier", "ateliers"})
# Words any trade says: « la formation interne deux ans » and « 40 pierres taillées en
# formation » share one, and no link (read 212: « …m'y a préparée »).
_GENERIC_LINKS = frozenset(
    "formation formations expérience expériences travail années métier entreprise poste"
    " postes".split()
)
# Between news and a topic, « santé » or « clients » ties nothing either (read 223: a degree
# « nutrition et santé » told about « les allégations santé »).
_GENERIC_NEWS_LINKS = _GENERIC_LINKS | frozenset(
    "santé équipe équipes client clients service services".split()
)


def _asset_head(asset_text: str) -> str:
    """The first word of an asset after its determiner, folded: « ma FAST card » → « fast »."""
    words = asset_text.split()
    if words and _bare(words[0]) in {"mon", "ma", "mes", "le", "la", "les", "l", "un", "une"}:
        words = words[1:]
    return words[0].casefold() if words else ""


def linked_topic(news: str, noted: list[tuple[str, str]], trade: str = "") -> int | None:
    """Which topic ``news`` is told about: the first it shares a word with, by its index.

    ``noted`` pairs each topic as typed with the topic and its note. None when the news
    already names a topic (the link would say it twice: « À propos de notre échange sur la
    façon de migrer vers Kubernetes : j’ai terminé le cours Kubernetes… », pair read 48) or
    shares no word with any: one shared common word ties two neighbours (« la gestion des
    incivilités », « un module de gestion de conflits »), and the link says how.

    >>> noted = [("Kubernetes", "Kubernetes"), ("les incivilités", "la gestion des incivilités")]
    >>> linked_topic("J’ai suivi un module de gestion de conflits.", noted)
    1
    >>> linked_topic("J’ai terminé le cours Kubernetes.", noted) is None
    True

    A word of the ``trade`` itself is in every topic: « verre » tied a course on the glass
    lathe to glass-to-metal seals, for a glassblower (read 158).

    >>> glass = [("soudure verre-métal ?", "soudure verre-métal ? rarement")]
    >>> linked_topic("J’ai suivi une formation au tour à verre.", glass, "souffleur de verre")
    """
    if not news or any(names_topic(news, typed) for typed, _ in noted):
        return None
    own = _content_words(trade) | _GENERIC_NEWS_LINKS
    return next(
        (index for index, (_, full) in enumerate(noted) if shared_words(news, full) - own),
        None,
    )


def named_topic(news: str, noted: list[tuple[str, str]]) -> int | None:
    """Which topic ``news`` names itself (every word, two, or a name), by its index.

    Such news is about a subject of the interview, and a reminder can say so without
    inventing what it changes: « Nous avions justement abordé SAP lors de notre entretien. »
    Left unsaid, readers 54 and 55 found the news « posée seule » (13 and 17 reminders).

    >>> noted = [("la migration vers SAP", "la migration vers SAP"), ("Python", "Python")]
    >>> named_topic("J’ai obtenu la certification SAP SD niveau 1.", noted)
    0
    >>> named_topic("J’ai renouvelé ma formation PDSB.", noted) is None
    True
    """
    return next((index for index, (typed, _) in enumerate(noted) if names_topic(news, typed)), None)
