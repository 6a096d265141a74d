"""What notes write and a letter does not: speech, text-message shorthand, digits.

A note keeps the candidate's own words, but the way speech drops « ne », the way a phone
types « le certif » or « 12h », is what made a blind reader score a draft 2 (read 84:
« quand vous êtes pas la », « sont pas un problème », « deviennent coordos »). Each rule
here changes the form, never the meaning; what it does not recognise stays as typed.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from suivi_templates.formatting import a, elides
from suivi_templates.phrasing._nouns import _gender

__all__ = ["numbers_in_words", "with_ne", "written_register"]

# A determiner opens another noun phrase, whose noun a « que » may stand for.
_DETERMINER = (
    "(?:mon|ma|mes|ton|ta|tes|son|sa|ses|notre|votre|leur|leurs|le|la|les|un|une|ce|cet|cette|ces)"
)
# « le XVIIIe », « au XVIIIe » : the century already named.
_BEFORE_A_CENTURY = frozenset({"le", "au", "du", "des", "les", "en"})

# A subject pronoun just before « nous » or « vous » makes them objects: « ils vous
# répondent pas » is « ils ne vous répondent pas », never « vous ne répondent ».
_NOT_AFTER_A_SUBJECT = "".join(
    rf"(?<!\b{pronoun} )" for pronoun in ("je", "tu", "il", "elle", "on", "ils", "elles", "nous")
)
# « j'ai pas », « je connaissais pas », « vous êtes pas » : a letter writes the « ne » speech
# drops (reads 65, 69 and 84). « pas mal » is « rather », and « plus » may be « more »: both
# are left alone.
_SPOKEN_NEGATION = re.compile(
    # « ça m'a pas empêché » (read 373: « cela m'a pas empêché » in a thank-you).
    rf"\b(?:(j)['’]|(c)['’]|(je|tu|il|elle|on|ils|elles|ça|cela) "
    rf"|{_NOT_AFTER_A_SUBJECT}(nous|vous) )"
    # Nor a pronoun or « pas » as the verb: « vous vous pas pas » took a second « ne » on
    # each pass (hypothesis).
    r"(y |[lmts]['’])?(?!(?:ne|n|aussi|non|donc|vraiment|même|encore|bien|déjà|nous|vous"
    r"|pas|jamais|rien)\b)"
    r"([^\W\d_]+) (pas|jamais|rien)\b(?! mal\b)",
    re.IGNORECASE,
)
# « les déplacements sont pas un problème », « ce qui marche pas » : a noun or « qui » as
# subject, with the verbs notes drop the « ne » of most (read 84).
_CLITICS = ("me", "te", "se", "lui", "leur", "le", "la", "les", "y", "en")
_NOUN_SUBJECT_NEGATION = re.compile(
    r"(?<![’'])(?<!\bne )(?<!\bn’)(?<!\bn')"
    + "".join(rf"(?<!\bne {clitic} )(?<!\bn’{clitic} )" for clitic in _CLITICS)
    +
    # « la bascule me fait pas peur » : « ne » goes before the object pronoun (fresh21).
    r"\b((?:(?:me|te|se|lui|leur|le|la|les|y|en) |[mtsl][’'])?)"
    r"(est|sont|était|étaient|sera|seront|peut|peuvent|fait|font|va|vont"
    r"|marche|marchent|change|changent|pose|posent|tombe|tombent|suit|suivent|passe|passent"
    r"|arrive|arrivent|dure|durent|voit|voient|trouve|trouvent|dit|disent) (pas|jamais|rien)\b"
    r"(?! mal\b)"
)
# « que personne utilise de pesticides », « personne veut faire les nuits » : « personne »
# as subject, its « ne » dropped (read 129).
_NOBODY_WITHOUT_NE = re.compile(
    r"(?:^|(?<=\bque )|(?<=\bqu’)|(?<=\bet )|(?<=\bmais )|(?<=\bcar )|(?<=, ))"
    r"([Pp]ersonne) (?!ne\b|n[’'])([^\W\d_]+(?:e|es|ent|it|ait|aient|a|ont|eut|ut))\b"
)
# « y a pas de souci » : the « il » goes too.
_THERE_IS_NOT = re.compile(r"(?<!\bil )(?<![’'])\b([Yy]) a (pas|plus|jamais|rien)\b")


def _with_ne_for_pronoun(match: re.Match[str]) -> str:
    j, c, subject, object_like, clitic, verb, negation = match.groups()
    if j or c:
        subject = f"{j or c}e"
    subject = subject or object_like
    ne = "n’" if clitic == "y " or (not clitic and elides(verb)) else "ne "
    elided = (clitic or "").replace("'", "’")
    return f"{subject} {ne}{elided}{verb} {negation}"


def with_ne(text: str) -> str:
    """``text`` with the « ne » of each negation speech left out.

    >>> with_ne("J'ai pas parlé de mon stage, c'est pas grave ; on a jamais fini")
    'Je n’ai pas parlé de mon stage, ce n’est pas grave ; on n’a jamais fini'
    >>> with_ne("quand vous êtes pas là ; ils vous répondent pas ; je vous dis pas")
    'quand vous n’êtes pas là ; ils vous répondent pas ; je vous dis pas'
    >>> with_ne("on avait rien de tel ; y a rien à signaler")  # read 93
    'on n’avait rien de tel ; il n’y a rien à signaler'
    >>> with_ne("la bascule me fait pas peur ; la bascule ne me fait pas peur ; ça y est pas")
    'la bascule ne me fait pas peur ; la bascule ne me fait pas peur ; ça n’y est pas'
    >>> with_ne("les déplacements sont pas un problème, ce qui marche pas ; y a pas de souci")
    'les déplacements ne sont pas un problème, ce qui ne marche pas ; il n’y a pas de souci'
    >>> with_ne("tant que les labiales tombent pas pile ; ça passe pas mal")
    'tant que les labiales ne tombent pas pile ; ça passe pas mal'
    >>> with_ne("il n’y a pas de souci ; ce n’est pas mal ; c’est pas mal ; je suis pas mal")
    'il n’y a pas de souci ; ce n’est pas mal ; c’est pas mal ; je suis pas mal'
    >>> with_ne("cela se voit pas souvent ; que personne utilise de pesticides")  # read 129
    'cela ne se voit pas souvent ; que personne n’utilise de pesticides'
    >>> with_ne("personne veut les nuits ; une personne âgée ; personne ne sait")
    'personne ne veut les nuits ; une personne âgée ; personne ne sait'
    >>> with_ne("ça m'a pas empêché de continuer ; ça a pas marché ; ça passe pas mal")
    'ça ne m’a pas empêché de continuer ; ça n’a pas marché ; ça passe pas mal'
    >>> with_ne("personne haussait la voix, et personne habite là")  # read 340: « n'haussait »
    'personne ne haussait la voix, et personne n’habite là'
    """
    text = _SPOKEN_NEGATION.sub(_with_ne_for_pronoun, text)
    text = _NOUN_SUBJECT_NEGATION.sub(
        lambda m: (
            ("n’" if (m[1] or m[2]).startswith(("y ", "en ")) or elides(m[1] or m[2]) else "ne ")
            + m[0]
        ),
        text,
    )
    text = _NOBODY_WITHOUT_NE.sub(lambda m: f"{m[1]} {'n’' if elides(m[2]) else 'ne '}{m[2]}", text)
    return _THERE_IS_NOT.sub(lambda m: ("Il" if m[1] == "Y" else "il") + f" n’y a {m[2]}", text)


# The article a feminine slip took, as the masculine noun takes it.
_NOUN_ARTICLE = {"la": "le ", "une": "un ", "de la": "du ", "à la": "au "}

_PRAISED = (
    "(?:intéressant|content|heureu|bien|enrichissant|motivant|stimulant|agréable|clair"
    "|accueillant|sympathique|impressionnant)"
)
_TO_BE = (
    "suis|es|est|sommes|êtes|sont|étais|était|étions|étiez|étaient|serai|sera|serons|serez"
    "|seront|serais|serait|être|été"
)
_DIPLOMAS = (
    "permis|diplôme|certificat|certification|attestation|brevet|licence|habilitation"
    "|accréditation|agrément|CACES|DEP|DEC|AEC|BTS|CAP|TOEIC|TOEFL|DELF|[ABC][12]"
)
_FEMININE_DET = frozenset("une la ma ta sa ancienne".split())
"""Determiners before « prof » that make it « professeure »."""
# Words of a note that a letter says otherwise, with no change of meaning (reads 65, 69,
# 84: « pis », « super intéressant », « mon ancien taf », « le certif », « sont la »).
# Months a note cuts short: « oct-nov », « sept.-déc. ».
_MONTHS_IN_FULL = {
    "janv": "janvier",
    "jan": "janvier",
    "fév": "février",
    "fev": "février",
    "févr": "février",
    "avr": "avril",
    "juil": "juillet",
    "sept": "septembre",
    "sep": "septembre",
    "oct": "octobre",
    "nov": "novembre",
    "déc": "décembre",
    "dec": "décembre",
}
_MONTH_CUTS = "|".join(sorted(_MONTHS_IN_FULL, key=len, reverse=True))
_REGISTER: tuple[tuple[re.Pattern[str], str | Callable[[re.Match[str]], str]], ...] = (
    (re.compile(r"(?<![Tt]ant )(?<!qui )\bpis\b"), "et"),
    (re.compile(rf"\bsuper (?={_PRAISED})"), "très "),
    (re.compile(rf"\bSuper (?={_PRAISED})"), "Très "),
    (re.compile(r"\b(chez (?:mon |mes )?(?:ancien |précédent )?)(?:taf|boulot)\b"), r"\1employeur"),
    (re.compile(r"\b(?:taf|boulot)\b"), "travail"),
    (re.compile(r"\bsympa\b"), "sympathique"),
    # « Mon CAP de peintre c'est un plus pour conseiller » (read 177: « registre oral »).
    (
        re.compile(
            r"\b((?:[Mm]on|[Mm]a)(?:\s[^\s,;:.!?]+){1,8}?)"
            r"(?:\s?,\s?|\s)c['’]est un (?:plus|atout|avantage)\b"
        ),
        r"\1 est un atout",
    ),
    (
        re.compile(
            r"\b((?:[Mm]es|[Nn]os)(?:\s[^\s,;:.!?]+){1,8}?)"
            r"(?:\s?,\s?|\s)c['’]est un (?:plus|atout|avantage)\b"
        ),
        r"\1 sont un atout",
    ),
    # « J'ai kiffé l'ambiance du salon », « mon compte Insta » (read 165: a register no
    # thank-you takes).
    (re.compile(r"\b([Jj])['’]ai (?:trop |vraiment )?kiff[ée]\b"), r"\1’ai beaucoup aimé"),
    (re.compile(r"\bkiff[ée]\b"), "beaucoup aimé"),
    (re.compile(r"\bInsta\b"), "Instagram"),
    # « j'avais mon classe 1 » : a licence, in Québec's shorthand (read 168).
    (re.compile(r"\b([Mm]on|[Uu]n|[Ll]e) classe (\d[A-Z]?)\b"), r"\1 permis de classe \2"),
    (
        re.compile(r"\btrouvé (?:ça|ca|cela) (?:très |super |vraiment |trop )?cool que\b"),
        "beaucoup apprécié que",
    ),
    # « J'ai trouvé cela très intéressant que… » read as a note put into words (read 93).
    (re.compile(r"\btrouvé (?:ça|ca|cela) (?=(?:très |vraiment )?[^\W\d_]+ que\b)"), "trouvé "),
    (re.compile(r"\ben prod\b"), "en production"),
    # « un comité d'ados », « le club de lecture ados » (reads 25 and 94): after a noun,
    # who it is for.
    (re.compile(r"(?<=\b(?:des|les|aux|mes|ces|nos|vos) )ados\b|(?<=d['’])ados\b"), "adolescents"),
    # After people, what they are: « élèves ados qui lâchent » (read 316: « les élèves pour
    # adolescents »).
    (
        re.compile(
            r"\b(élèves|eleves|jeunes|patients|clients|joueurs|joueuses|membres|usagers"
            r"|participants|lecteurs|lectrices|filles|garçons) ados\b"
        ),
        r"\1 adolescents",
    ),
    (re.compile(r"(?<=[^\W\d_] )ados\b"), "pour adolescents"),
    (re.compile(r"\bados\b"), "adolescents"),
    (re.compile(r"\banglos\b"), "anglophones"),
    (re.compile(r"\bfrancos\b"), "francophones"),
    # « vous même » takes its hyphen (read 94).
    (re.compile(r"\b(moi|toi|lui|elle|nous|vous|eux|elles) (mêmes?)\b"), r"\1-\2"),
    # Shorthand of a text message (read 69): « c possible », « 1 fds sur 3 », « trav ».
    (re.compile(r"\b([Cc]) (?=(?:possible|correct|bon|vrai|clair|normal|parfait)\b)"), r"\1’est "),
    (re.compile(r"\b(les|des|mes|vos|toutes les|deux|trois|[2-9]) fds\b"), r"\1 fins de semaine"),
    (re.compile(r"\bfds\b"), "fin de semaine"),
    # « un 2eme magasin » (read 106, Grammalecte: « eme »): the ordinal as typography writes it.
    (re.compile(r"\b(\d{1,3}) ?(?:ème|eme|ième|ieme)(s?)\b"), r"\1e\2"),
    # « 1ère période » (read 106): « 1re ».
    (re.compile(r"\b1 ?(?:ère|ere)(s?)\b"), r"1re\1"),
    # « infirmière diplômée d'état » (read 106): the State takes its capital.
    (re.compile(r"\b(dipl[ôo]m[ée]e?s? d['’])[ée]tat\b"), r"\1État"),
    # « le télétravail 2j/sem » (read 104).
    (re.compile(r"\b([2-7]) ?j ?/ ?sem(?:aine)?\b\.?"), r"\1 jours par semaine"),
    (re.compile(r"\b1 ?j ?/ ?sem(?:aine)?\b\.?"), "un jour par semaine"),
    (re.compile(r"\bboss\b"), "patron"),
    # « les astreintes le we » (fresh12): the week-end of a French note.
    (re.compile(r"\b(le|ce|du|un|chaque) (?:we|WE|w-e|W-E)\b"), r"\1 week-end"),
    (re.compile(r"\b(les|des|mes|tous les|deux|trois) (?:we|WE|w-e|W-E)\b"), r"\1 week-ends"),
    (re.compile(r"\btrav\b"), "travail"),
    (re.compile(r"\b([Aa]u|[Pp]ar) t[eé]l\b\.?"), r"\1 téléphone"),  # « Au tel » (read 86)
    (re.compile(r"\bbcp\b"), "beaucoup"),
    # « chargement des porcs à 2h du mat » (read 371: « à 2 h du mat »).
    (re.compile(r"(?<=h) du mat\b(?!\.\w|in)"), " du matin"),
    # « une 30aine de modèles » (pair read 105).
    *(
        (re.compile(rf"\b{number}aine\b"), word)
        for number, word in (
            ("10", "dizaine"),
            ("12", "douzaine"),
            ("15", "quinzaine"),
            ("20", "vingtaine"),
            ("30", "trentaine"),
            ("40", "quarantaine"),
            ("50", "cinquantaine"),
            ("100", "centaine"),
        )
    ),
    # « le nb de chambres par jour » (read 99), « nbre », « nb. ».
    (re.compile(r"\bn(?:b|bre)\b\.?(?= d[e'’])"), "nombre"),
    # « la planif des chantiers » (read 101).
    (re.compile(r"\bplanif\b"), "planification"),
    (re.compile(r"\bN(?:b|bre)\b\.?(?= d[e'’])"), "Nombre"),
    (re.compile(r"\btjs\b"), "toujours"),
    (re.compile(r"\bqqch\b"), "quelque chose"),
    (re.compile(r"\bqqn\b"), "quelqu’un"),
    (re.compile(r"\brdv\b"), "rendez-vous"),
    # « je lai utilisé 2 ans » (read 192).
    (re.compile(r"\b([Jj]e) lai\b"), r"\1 l’ai"),
    # « valide jusqua 2028 » (read 201).
    (re.compile(r"\b([Jj])usqua\b"), r"\1usqu’à"),
    (re.compile(r"\b([Jj])usquau\b"), r"\1usqu’au"),
    (re.compile(r"\bpcq?\b"), "parce que"),
    # « le certif », « la certif » (read 84): the article says which word was cut.
    (re.compile(r"\b(le|un|mon|son|ce|du|au) certif\b"), r"\1 certificat"),
    (re.compile(r"\b(la|une|ma|sa|cette|de la) certif\b"), r"\1 certification"),
    # « le certif SEV a renouveler », « 1 sem sur 4 » (read 96).
    (re.compile(r"\bcertif\b"), "certificat"),
    (re.compile(r"(?<=\d )sem\b\.?"), "semaine"),
    # « délais de fabrication 8-10 semaine » (read 186): a span in words; not after « dans »,
    # « sous » or « d'ici », where the delay announced is read (« dans 3-4 semaines »).
    (
        re.compile(
            # Nor after an article: « avec les 0-18 mois » are children of that age (« les de 0
            # à 18 mois », fresh39).
            r"(?<!dans )(?<!sous )(?<!ici )(?<!de )(?<!entre )(?<!les )(?<!des )(?<!aux )"
            r"(?<![\d-])\b(\d{1,3}) ?- ?(\d{1,3}) "
            r"(semaine|mois)s?\b(?!-)"
        ),
        lambda m: f"de {m[1]} à {m[2]} {m[3]}{'' if m[3] == 'mois' else 's'}",
    ),
    # « mon certif secourisme » (read 186: « certificat secourisme »): the « de » a note drops.
    (
        re.compile(
            r"\b(certificat|attestation|diplôme|carte) (?=(?:secourisme|sauvetage|formation"
            r"|conduite|réussite|hygiène|aptitude|compétence|premiers secours|secouriste)\b)"
        ),
        r"\1 de ",
    ),
    (re.compile(r"\bcertifs\b"), "certifications"),
    # « mes coordos » are contact details; « deviennent coordos », people (read 84).
    (re.compile(r"\b(mes|vos|ses|nos|leurs|les|tes) coordos\b"), r"\1 coordonnées"),
    (re.compile(r"\bcoordos\b"), "coordonnateurs"),
    (re.compile(r"\b(l['’]|une |cette |l['’]autre )info\b"), r"\1information"),
    (re.compile(r"\binfos\b"), "informations"),
    (re.compile(r"\blabo(s?)\b"), r"laboratoire\1"),
    # « mon prof de lutherie » (read 92).
    (
        re.compile(
            r"\b([mts]on|[mts]es|le|les|un|une|la|ma|ta|sa|ancien|ancienne) prof(s?)"
            r"\b(?![-\w])"
        ),
        lambda m: (
            f"{m.group(1)} professeur{'e' if m.group(1) in _FEMININE_DET else ''}{m.group(2)}"
        ),
    ),
    # « j'ai fait un proto en game jam » (read 89: too familiar for an e-mail).
    (re.compile(r"\bproto(s?)\b"), r"prototype\1"),
    # « les nouvelles inhalos », « les petites modifs », « l'aéro », « une expo » (read 90).
    (re.compile(r"\binhalo(s?)\b(?![-\w])"), r"inhalothérapeute\1"),
    (re.compile(r"\bmodif(s?)\b(?![-\w])"), r"modification\1"),
    (re.compile(r"\b(l['’])aéro\b(?![-\w])"), r"\1aéronautique"),
    (re.compile(r"\bexpo(s?)\b(?![-\w])"), r"exposition\1"),
    (re.compile(r"\bresto(s?)\b"), r"restaurant\1"),
    # « les heures sup », « en période de rush », « mon compte insta avec mes compos » (fresh48).
    (re.compile(r"\bheures sup\b\.?(?![-\w])"), "heures supplémentaires"),
    (re.compile(r"\b(période|moments?|temps) de rush\b"), r"\1 de pointe"),
    (re.compile(r"\b(le|du|au|en plein|un) rush\b(?! \w+ing)"), r"\1 coup de feu"),
    (re.compile(r"(?<![\w-])insta\b(?![-'’])"), "Instagram"),
    # « les numéros avec les enfants, ça me connaît » : what one knows well, said plainly;
    # « j'ai trop aimé l'ambiance, tout le monde rigolait » (read 223: pasted as typed).
    (
        re.compile(
            r"\b(?P<lead>(?:donc|alors|et)\s+)?(?P<what>(?:les|le|la|l['’])\s*[^,.;!?]{1,60}?)\s*,?\s*"
            r"(?:ça|cela|ca)\s+me\s+conna[iî]t\b"
        ),
        lambda m: f"{m['lead'] or ''}je connais bien {m['what']}",
    ),
    (re.compile(r"\b([Jj]['’]ai|[Jj]['’]avais) trop aimé\b"), r"\1 beaucoup aimé"),
    (re.compile(r"\brigol(ait|aient)\b"), r"ri\1"),
    (re.compile(r"\brigoler\b"), "rire"),
    # « avis google », « la naturo », « les négos », « responsabilité pro » (pair reads 225
    # and 226: pasted as typed).
    (re.compile(r"(?<![\w./@-])google\b(?![-./@])"), "Google"),
    (
        re.compile(r"(?<![\w./@-])(facebook|linkedin|tiktok)\b(?![-./@])"),
        lambda m: m[1].capitalize(),
    ),
    (re.compile(r"\b(la|de|en) naturo\b(?![-\w])"), r"\1 naturopathie"),
    # « les paies hebdo » (read 240: pasted as typed).
    (
        re.compile(r"\b([a-zà-ÿ]{3,}) hebdos?\b(?![-\w])"),
        lambda m: f"{m[1]} hebdomadaire{'s' if m[1].endswith(('s', 'x')) else ''}",
    ),
    # « les anims vacataires », « le comptage du cash » (read 248: pasted as typed).
    (re.compile(r"\b(les|des|aux|mes|nos|vos|ses) anims\b"), r"\1 animateurs"),
    (re.compile(r"\b(du|le) cash\b"), lambda m: "de la caisse" if m[1] == "du" else "la caisse"),
    # « mon demo reel » : the English word, not « réel », once accents are put back (read 244).
    (re.compile(r"\b([Dd])[ée]mo[ -]r[ée]el(s?)\b"), r"\1émo reel\2"),
    # « le lien vers mon reel » : a possessive owns the showreel, not « mon réel » (pair read 286).
    (re.compile(r"\b([MmTtSs]on|[VvNn]otre|[MmTtSs]es|[VvNn]os) r[ée]el(s?)\b"), r"\1 reel\2"),
    # « digitaliser le titre pro », « l'hypnose en pré-op » (fresh100: pasted as typed).
    (
        re.compile(r"\b(titre)(s?) pros?\b(?![-\w])"),
        lambda m: f"{m[1]}{m[2]} professionnel{m[2]}",
    ),
    (re.compile(r"\b([Pp])ré-?op\b(?![-\w])"), r"\1réopératoire"),
    (re.compile(r"\b([Pp])ost-?op\b(?![-\w])"), r"\1ostopératoire"),
    # « le traumato faciale », « mon fichier perso » (reads 251 and 252: pasted as typed, the
    # article agreed with the short word).
    (
        re.compile(r"\b(le|la|du|au) traumato\b(?![-\w])"),
        lambda m: {"du": "de la", "au": "à la"}.get(m[1], "la") + " traumatologie",
    ),
    (re.compile(r"\btraumato\b(?![-\w])"), "traumatologie"),
    (
        re.compile(r"\b(fichier|dossier|site|réseau|compte|projet|portfolio) perso\b(?![-\w])"),
        r"\1 personnel",
    ),
    # « deux exemples de vérifs », « le laboratoire d'entomo », « mon suivi de temp. »,
    # « ma dernière job », « le plan d'action égalité pro », « le Collège des médecins du
    # N.-B » (reads 255 and 256: pasted as typed).
    (re.compile(r"\bvérifs\b"), "vérifications"),
    # « ma vérif. du secteur vulnérable », « les specs », « le bilan d'opé promo » (reads 295
    # to 298: pasted as typed).
    (re.compile(r"(?<![\w-])vérif\.?(?=[\s,;:)]|$)"), "vérification"),
    (re.compile(r"(?<![\w-])specs\b(?![-'’])"), "spécifications"),
    (re.compile(r"(?<![\w-])(d['’]|l['’])opé promo\b"), r"\1opération promotionnelle"),
    (re.compile(r"(?<![\w-])(d['’]|l['’])opés promo\b"), r"\1opérations promotionnelles"),
    (re.compile(r"(?<![\w-])(des|les|mes|nos|vos) opés promo\b"), r"\1 opérations promotionnelles"),
    # « les scouts avec qui je bosse », « les stats de la collecte », « aux USA », « entrepôt a
    # atmosphère contrôlée », « la serinette XVIIIe » (reads 299 and 300: pasted as typed).
    (re.compile(r"\b(je|on|nous|tu) boss(e|ons|es)\b"), r"\1 travaill\2"),
    (re.compile(r"\bbosser\b"), "travailler"),
    (
        re.compile(r"(?<![\w-])(les|des|mes|nos|vos|ses|leurs|aux) stats\b(?![-'’])"),
        r"\1 statistiques",
    ),
    (re.compile(r"\b(aux|des) USA\b"), r"\1 États-Unis"),
    (re.compile(r"\b(les|aux) US\b(?![-'’])"), r"\1 États-Unis"),
    (re.compile(r"(?<=\w) a (?=atmosphère\b)"), " à "),
    # « une grille de rotation que j'ai monté » : the participle agrees with the « que » before
    # « avoir » (read 300: two drafts); not past another determiner, whose noun may be the one
    # meant (« la copie de mon permis que j'ai reçu »).
    (
        re.compile(
            r"\b(?:la|une|ma|ta|sa|cette|notre|votre) ([a-zàâçéèêëîïôûùüÿœ]+)"
            rf"(?: (?:de |d['’]|du |des )?(?!{_DETERMINER}\b)[a-zàâçéèêëîïôûùüÿœ-]+){{0,3}}"
            r" que j['’]ai \w+é(?![\w-])"
        ),
        lambda m: m[0] + "e" if _gender(m[1]) == "la" else m[0],
    ),
    (
        re.compile(r"\b([a-zà-ÿ]+) ([XVI]{1,5})e(?! siècle)(?= |$|[,;.)])"),
        lambda m: m[0] if m[1] in _BEFORE_A_CENTURY else f"{m[1]} du {m[2]}e siècle",
    ),
    (re.compile(r"\b(d['’]|l['’]|en |de l['’])entomo\b(?![-\w])"), r"\1entomologie"),
    (re.compile(r"\bsuivi de temp\.(?=\s|$)"), "suivi de température"),
    (
        re.compile(r"\b(ma|mon) (dernière|ancienne) job\b"),
        lambda m: f"mon {'dernier' if m[2] == 'dernière' else 'ancien'} emploi",
    ),
    (re.compile(r"\b(égalité|égalité femmes-hommes) pro\b(?![-\w])"), r"\1 professionnelle"),
    (re.compile(r"\bN\.-B(?=[\s,;)]|$)"), "N.-B."),
    (re.compile(r"\bnégos\b"), "négociations"),
    (re.compile(r"\bnégo\b(?![-\w])"), "négociation"),
    (
        re.compile(r"\bresponsabilité (?:civile )?pro\b(?![-\w])"),
        "responsabilité civile professionnelle",
    ),
    (re.compile(r"\b(mes|ses|des|les|nos|vos|de) compos\b"), r"\1 compositions"),
    # « l'atelier que j'ai monté pour les sec 3 » : Québec's school years (fresh49).
    (re.compile(r"\b(les|des|aux) sec\.? ?([1-5])\b"), r"\1 élèves de secondaire \2"),
    (re.compile(r"\b(en|de) sec\.? ?([1-5])\b"), r"\1 secondaire \2"),
    # « les élèves de 4e et 5e sec » (read 144).
    (re.compile(r"\b([1-5])e et ([1-5])e sec\b\.?"), r"\1e et \2e secondaire"),
    (re.compile(r"\b([1-5])e sec\b\.?"), r"\1e secondaire"),
    # « mon opérateur k8s », « eco-conception » (read 144).
    (re.compile(r"\bk8s\b"), "Kubernetes"),
    (
        re.compile(r"\b([Ee])co-(?=[a-zé])"),
        lambda m: ("É" if m[1] == "E" else "é") + "co-",
    ),
    # « CACES R489 cat 1 », « une fin de semaine/4 » : a notebook's shorthand (read 144).
    (re.compile(r"\bcat ([1-9])\b"), r"catégorie \1"),
    # « 3x par jour », « un hôtel 4* » : a notebook's signs (pair read 362, « hôtel 4* » kept).
    (re.compile(r"(?<![\w.,])([1-9]) ?[x×](?= ?(?:par\b|/))"), r"\1 fois"),
    (re.compile(r"(?<![\w.,])([1-5]) ?\*(?![\w*])"), r"\1 étoiles"),
    (re.compile(r"(?<![\w.,])1 étoiles\b"), "1 étoile"),
    # « quatre jours/semaine », « 2 nuits/mois » (read 146).
    (re.compile(r"\b(jours?|nuits?|heures?|soirs?|fois)/(semaine|mois|an)\b"), r"\1 par \2"),
    (re.compile(r"\bfois/jour\b"), "fois par jour"),
    (re.compile(r"\b(fin de semaine|week-end|semaine|jour|nuit)/([2-9])\b"), r"\1 sur \2"),
    # « des horaires de fou » : the spoken register (read 131).
    (re.compile(r"\b(horaires|journées|semaines) de (?:fou|fous|folie)\b"), r"\1 très chargés"),
    (re.compile(r"\b(rythme|horaire) de (?:fou|folie)\b"), r"\1 très soutenu"),
    # « la biblio de Magog » (read 127), « un appart », « la compta », « cet aprem ».
    # « la diagnostique électronique » : the noun is « le diagnostic » (read 129).
    (
        # A noun after its article or heading the note; after a noun, the adjective stays
        # (« l'imagerie diagnostique »).
        re.compile(r"(?:^|\b(la|une|de la|à la) )diagnostique(s?)\b"),
        lambda m: _NOUN_ARTICLE.get(m[1] or "", "") + "diagnostic" + m[2],
    ),
    (re.compile(r"(?<![\w-])biblio(s?)\b(?![-'’])"), r"bibliothèque\1"),
    (re.compile(r"(?<![\w-])appart(s?)\b(?![-'’])"), r"appartement\1"),
    (re.compile(r"(?<![\w-])compta\b(?![-'’])"), "comptabilité"),
    (re.compile(r"(?<![\w-])manip(s?)\b(?![-'’])"), r"manipulation\1"),
    # « professeur de microbio », « la fédération des coops », « les partys corpo » (read 287).
    (re.compile(r"(?<![\w-])microbio\b(?![-'’])"), "microbiologie"),
    (re.compile(r"(?<![\w-])(des|les|aux|nos|vos|leurs) coops\b(?![-'’])"), r"\1 coopératives"),
    (re.compile(r"(?<![\w-])corpos?\b(?![-'’])"), "d’entreprise"),
    (re.compile(r"(?<![\w-])apr[eè]m\b"), "après-midi"),
    (re.compile(r"\bordi(s?)\b"), r"ordinateur\1"),
    (re.compile(r"\bappli(s?)\b"), r"application\1"),
    (re.compile(r"\b(la|sa|votre|leur) doc\b"), r"\1 documentation"),
    (re.compile(r"\bdocs\b"), "documents"),
    # « la lettre de ref de mon stage » (fresh35), « mes refs ».
    (re.compile(r"\b(lettres?|attestations?|coordonnées|nom|noms) de refs?\b"), r"\1 de référence"),
    (re.compile(r"\b(mes|ses|vos|les|des|deux|trois) refs\b"), r"\1 références"),
    # « ma carte pro » (fresh36), « l'insertion pro » (read 125), not « bac pro ».
    (
        re.compile(
            # « ma licence pro maîtrise de l'énergie » (read 287).
            r"\b(cartes?|insertion|formations?|vie|expériences?|reconversion|conscience|licences?)"
            r" pro"
            r"\b(?![-'’])"
        ),
        r"\1 professionnelle",
    ),
    # « les tournées en voiture perso » (read 125).
    (re.compile(r"\b(voitures?|adresses?) perso\b(?![-'’])"), r"\1 personnelle"),
    (
        re.compile(r"\b(véhicules?|ordinateurs?|téléphones?|projets?) perso\b(?![-'’])"),
        r"\1 personnel",
    ),
    # « si j'étais ok pour la garde » (read 125): agreement, in a letter's words.
    (
        re.compile(
            r"\b(suis|étais|serais|serai|être|sommes|est|était) (?:ok|OK|o\.k\.)(?= pour| avec)"
        ),
        r"\1 d’accord",
    ),
    # « alu et bois en réno » (read 116: pasted as typed).
    (re.compile(r"(?<![\w-])alu(?![\w-])"), "aluminium"),
    (re.compile(r"(?<![\w-])r[ée]no(s?)(?![\w-])"), r"rénovation\1"),
    # « spé maths en terminale » : « le spé maths » (fresh38).
    (re.compile(r"(?<![\w-])spé(s?)(?![\w-])"), r"spécialité\1"),
    # « le lien de mon repo », « découpage video », « si j'avais un char » (pair read 111).
    # « les repos compensateurs », « deux jours de repos » are rest, not code (read 121).
    (re.compile(r"(?<![./@\w-])repo\b(?![./@\w-])"), "dépôt"),
    (
        re.compile(r"\b(mes|vos|ses|les|des|deux|trois) repos ([Gg]it\w*|de code)\b"),
        r"\1 dépôts \2",
    ),
    (re.compile(r"(?<![./@\w-])([Vv])ideo(s?)\b(?![./@\w-])"), r"\1idéo\2"),
    (
        re.compile(
            r"\b(un|mon|le|son|ton|leur|de|du) ((?:propre )?)char\b"
            r"(?![-'’]| (?:allégorique|d['’]assaut))"
        ),
        r"\1 \2véhicule",
    ),
    # « pas seulement a l'accueil » (pair read 111).
    (
        re.compile(
            r"\b(seulement|uniquement|notamment|surtout|principalement) a\b"
            r"(?= (?:la|le|les|l['’]|mon|ma|mes|votre|vos|un|une|ce|cette)\b)"
        ),
        r"\1 à",
    ),
    # « le volume d'oct-nov », « Koha vers nouveau SIGB » (read 119).
    (
        re.compile(rf"\b({_MONTH_CUTS})\.?\s?-\s?({_MONTH_CUTS})\b\.?", re.IGNORECASE),
        lambda m: f"{_MONTHS_IN_FULL[m[1].casefold()]} à {_MONTHS_IN_FULL[m[2].casefold()]}",
    ),
    # « avant le 15 déc », « dès le 3 janv. » : a day's month in full (read 201).
    (
        re.compile(rf"\b(\d{{1,2}}|1er) ({_MONTH_CUTS})(?![\w-])\.?", re.IGNORECASE),
        lambda m: f"{m[1]} {_MONTHS_IN_FULL[m[2].casefold()]}",
    ),
    (re.compile(r"\bvers (nouveaux|nouvelles) "), r"vers de \1 "),
    (re.compile(r"\bvers nouveau "), "vers un nouveau "),
    (re.compile(r"\bvers nouvelle "), "vers une nouvelle "),
    # « j'ai obtenu ma formation » : a course is completed, its certificate obtained (read 119).
    (re.compile(r"\b(?:obtenu|eu) (ma|mon|la|une|cette) formation\b"), r"terminé \1 formation"),
    # « mon ancienne asso », « mardi le 10 » (pair read 120).
    (re.compile(r"(?<![\w-])asso(s?)(?![\w-])"), r"association\1"),
    (
        re.compile(
            r"\b(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) le (\d{1,2}(?:er)?)\b"
        ),
        r"le \1 \2",
    ),
    # « ma lettre de reco », « l'atelier 'tablette et généalogie' », « vraiment cool »
    # (fresh41).
    (re.compile(r"(?<![\w-])reco(s?)(?![\w-])"), r"recommandation\1"),
    (re.compile(r"(?<=\s)'([^'’\n]{2,60}?)'(?=[\s,.;:!?]|$)"), r"« \1 »"),
    (re.compile(r"\b(?:vraiment |très |trop |super )?cool\b(?![-'’])"), "formidable"),
    # « cela pourrait servir pour la webradio » : « servir à » (read 117).
    (
        re.compile(
            r"\b(servir|servira|servirait|sert|servent) pour ((?:les? |la |l['’])[^,.;:!?]*)"
        ),
        lambda m: f"{m[1]} {a(m[2])}",
    ),
    # « pour que personne s'épuise » : the « ne » a note leaves out (read 117).
    (
        re.compile(r"\b(que|qu['’]|où|si) personne (?!ne\b|n['’])(?=s['’]|se\s)"),
        r"\1 personne ne ",
    ),
    # « ma qualif en vertical », « les devs », « au lieu de juste refuser » (read 117).
    (re.compile(r"(?<![\w-])qualif(s?)(?![\w-])"), r"qualification\1"),
    (re.compile(r"\b(les|des|mes|nos|vos|ses|aux|deux|trois) devs\b(?![-'’])"), r"\1 développeurs"),
    (re.compile(r"\b(de|à|pour|sans) juste (?=[^\W\d_]+(?:er|ir|re)\b)"), r"\1 simplement "),
    # « quatre ans de com dans une SCIC » (fresh35).
    (re.compile(r"\b(de|en|la|chargée?|responsable) com\b(?![-'’])"), r"\1 communication"),
    # « j'ai eu mon permis » : a letter obtains a diploma (read 84).
    (
        re.compile(
            rf"\b([Jj]['’]ai|[Jj]e l['’]ai|[Jj]['’]avais) eu (?=(?:\S+ )?(?:{_DIPLOMAS})\b)"
        ),
        r"\1 obtenu ",
    ),
    # « certains sont la depuis 30 ans », « quand vous n'êtes pas la » : « là » (read 84).
    (
        re.compile(
            rf"\b((?:{_TO_BE})(?: (?:pas|plus|jamais|toujours|encore|déjà|souvent))?) la"
            r"(?=\s*(?:[,.;:!?)…]|$)|\s+(?:depuis|quand|pour|avant|après|et|mais|le (?:matin|soir)"
            r"|tous|toute|chaque|en)\b)"
        ),
        r"\1 là",
    ),
    # « X donc Y » : a comma before « donc » that opens a clause (read 84), not « il faut
    # donc partir » or « je peux donc vous en transmettre une copie » (pair read 172), where
    # it is an adverb.
    (
        re.compile(
            r"(?<![\s,;:(])(?<!\best)(?<!\bsont)(?<!\bfaut)(?<!\bsuis)(?<![’']ai)(?<!\ba)"
            r"(?<!\bva)(?<!\bvais)(?<!\bpeux)(?<!\bpeut)(?<!\bdois)(?<!\bdoit)(?<!\bpourrai)"
            r"(?<!\bserai)(?<!\bsais) donc (?=(?:je|j['’]|on|nous|vous|il|elle|ils|elles|les|la"
            r"|le|l['’]|mes|ma|mon|ce|c['’]|ça|cela)\b)"
        ),
        ", donc ",
    ),
    # « oui je suis dispo toute la semaine » : an answer as typed (read 84).
    (
        re.compile(
            r"\b([Oo]ui|[Nn]on) (?=(?:je|j['’]|c['’]|ce|ça|il|elle|on|nous|vous|ils|elles)\b)"
        ),
        r"\1, ",
    ),
    # « la façon que votre équipe travaille » : « dont » (fresh6, v08).
    (
        re.compile(
            r"\b([Ff]açon|[Mm]anière) que "
            r"(?=(?:votre|vos|leurs?|la|le|les|l’|l'|ils?|elles?|on|nous|vous)\b)"
        ),
        r"\1 dont ",
    ),
    # « dispo » : « disponible » after « être », « disponibilité » as a noun (read 66, « le
    # dispo les fins de semaine »).
    (
        re.compile(
            r"\b(suis|est|sommes|êtes|sont|serai|serais|être|reste)"
            r"((?: (?!dispo)\w+)?) dispo(s?)\b"  # once: « est dispo dispo » (hypothesis)
        ),
        r"\1\2 disponible\3",
    ),
    (re.compile(r"^[Dd]ispo(s?)\b"), r"disponibilité\1"),
    (re.compile(r"\b(ma|mes|la|les|sa|ses|vos|nos) dispo(s?)\b"), r"\1 disponibilité\2"),
    (re.compile(r"\b(clinique|hôpital|unité|service|établissement) psy\b"), r"\1 psychiatrique"),
    # « Prep de surface au diamant » (read 358: « le prep de surface »).
    (re.compile(r"\b([Pp])r[eé]p(?= d[eu']|\s+d’)"), r"\1réparation"),
    # « synchro son/vidéo » (read 351: « du synchro son »).
    (re.compile(r"\b([Ss])ynchro\b(?!-)"), r"\1ynchronisation"),
    # English of the floor (fresh10: « choisir leurs shifts sur une app »).
    (re.compile(r"\b(leurs|les|des|mes|vos|ses|nos|[0-9]+) shifts\b"), r"\1 quarts"),
    (re.compile(r"\b(un|mon|son|leur|le|ce) shift\b"), r"\1 quart"),
    (re.compile(r"\b(l['’])app\b"), r"\1application"),
    (re.compile(r"\b(une|leur|son|mon|votre|notre|cette) app\b"), r"\1 application"),
    # « j'aurais du le dire » : before an infinitive, « du » is « dû » (read 75).
    (
        re.compile(
            r"\b((?:ai|as|a|avons|avez|ont|avais|avait|avions|aviez|avaient|aurais|aurait"
            r"|aurions|auriez|auraient)\s+)du(?=\s+(?:le\s|la\s|les\s|l['’]|y\s|en\s)?"
            r"[^\W\d_]+(?:er|ir|re|oir)\b)"
        ),
        r"\1dû",
    ),
    # « des le 1er jour », « des les premières répétitions » : no article « des » before an
    # article, a day or « que » (reads 75 and 89).
    (
        re.compile(
            r"\b([Dd])es (?=(?:les?|la|l['’]|que|qu['’]|maintenant|demain|aujourd['’]hui"
            r"|(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)(?: prochain)?)\b)"
        ),
        r"\1ès ",
    ),
    # « mon diplome » : after a determiner, the noun, not the participle « diplômé » (read 89).
    (
        re.compile(
            r"\b((?:[mts]on|[mts]es|le|les|un|du|des|ce|ces|votre|notre|leur|vos|nos)\s+)"
            r"diplome(s?)\b"
        ),
        r"\1diplôme\2",
    ),
    # « a » before an infinitive is « à » (« leur mot a dire », « la tubulure a refaire »), and
    # in « à vide » (read 90: « les retours a vide »).
    (
        re.compile(
            r"\ba (?=(?:dire|faire|refaire|venir|partir|prendre|voir|revoir|prévoir|suivre"
            r"|apprendre|changer|réparer|remplacer|vérifier|régler|terminer|finir|compléter"
            r"|corriger|livrer|signer|définir|vide)\b)"
        ),
        "à ",
    ),
    # After « j'ai » and a participle, « a » before a determiner is « à » (read 92: « j'ai
    # repensé a votre question »).
    (
        re.compile(
            # « je suis inscrit a la formation » too (fresh35).
            r"\b((?:ai|as|avais|avait|avons|avez|ont|suis|es|est|étais|était|sommes|êtes|sont)"
            r"\s+[^\W\d_]+(?:[ée]|it|is)(?:e|s|es)?) a\b"
            r"(?= (?:votre|vos|la|le|les|l['’]|ce|cet|cette|ces|mon|ma|mes|un|une|notre|nos)\b)"
        ),
        r"\1 à",
    ),
    # After a verb said to « vous », « a » is no verb: « le soin que vous mettez a
    # l'entretien » (read 90).
    (re.compile(r"\b(vous [^\W\d_]+ez) a\b(?= \w)"), r"\1 à"),
    # After a plural noun, « a » is no verb: « les grues a tour » (read 93).
    (
        re.compile(
            # Not a number's word: « des deux a 6 » was written « à » once the 6 was « six »
            # (hypothesis: a note written twice changed).
            r"\b((?:les|des|mes|ces|nos|vos|leurs|aux)\s+(?!(?:deux|trois|six|dix)\b)[^\W\d_]{3,}[sx])"
            r" a\b"
            # Not before a past participle: « le Quai des Arts a obtenu » (read 127).
            r"(?= (?!(?:été|eu|pu|dû|fait|dit|mis|pris)\b)"
            r"(?!(?!(?:qui|lui|oui|ici|parmi|ceci|celui|aussi|tous|plus|sous)\b)"
            r"[^\W\d_]+(?:é|és|ée|ées|i|is|it|u|us|ert|ort|aint|eint|oint)\b)[^\W\d_])"
        ),
        r"\1 à",
    ),
    # « une grue a tour », « les presses a injection » : what a machine works by (read 97).
    (
        re.compile(
            r"\b((?:grues?|presses?|machines?|moteurs?|chaudières?|pompes?|scies?|fours?"
            r"|bateaux?|chariots?|brosses?|pistolets?|cuves?|fers?|zinc|toitures?|tôles?) )a"
            r"(?= (?:tour|injection|vapeur|bois|gaz|eau|main|pied|roulettes|chaîne|ruban|"
            r"fourche|peinture|souder|air|joints?|tasseaux)\b)"
        ),
        r"\1à",
    ),
    # « entrevue a l'ASFC le 3 septembre » : where the meeting is (read 125), not « il a ».
    (
        re.compile(
            r"\b((?:entrevues?|entretiens?|rendez-vous|stages?|formations?|cours|examens?|tests?"
            r"|visites?|réunions?) )a(?= l['’][A-ZÀ-Ý])"
        ),
        r"\1à",
    ),
    # « de 11% a 6% », « de 8 a 10 personnes » : a range (read 90).
    (re.compile(r"(?<=\d)(?: ?%)? a (?=\d)"), lambda m: m.group(0).replace(" a ", " à ")),
    (re.compile(r"(?<=\d)%"), " %"),
    # « mes deux etes en fromagerie » : the summers, not « êtes » (read 90).
    (
        re.compile(
            r"\b((?:deux|trois|quatre|cinq|six|mes|les|des|ces|nos|vos|leurs|plusieurs"
            r"|quelques|\d+)\s+)[eê]tes\b"
        ),
        r"\1étés",
    ),
    # « rotation 12h », « de 8h30 à 16h » : the hour as French sets it (read 84).
    (re.compile(r"\b(\d{1,2})h(\d{2})\b"), r"\1 h \2"),
    # « un service de 192h » : a length of hours too (read 212).
    (re.compile(r"\b(\d{1,3})h\b"), r"\1 h"),
    # « nuits 20h-8h », « horaire 6h-16h30 » : « de 20 h à 8 h », as a letter says a span
    # (read 112: « Pour revenir sur les nuits 20 h-8 h »).
    (
        re.compile(
            r"(?<!\bde )(?<![\d,.:-])\b(\d{1,2} h(?: \d{2})?) ?[-–] ?"
            r"(\d{1,2} h(?: \d{2})?)(?![\w-])"
        ),
        r"de \1 à \2",
    ),
    # « chef d'œuvre » takes its hyphen (read 85), « de la planche a la livraison » its accent.
    (re.compile(r"\b([Cc]hefs?) d(['’])(oe|œ)uvre"), r"\1-d\2\3uvre"),
    (re.compile(r"(\b[Dd]e l(?:a |['’])[^\W\d_]+) a (?=l(?:a |['’]))"), r"\1 à "),
    # « chef-d'oeuvre », « mon coeur » : the ligature French writes (read 84).
    (
        re.compile(
            r"\b(|[Cc]hef-d['’]|[Mm]an|[Cc]|[Ss]|[Vv]|[Nn]|[Bb]|[Rr]anc|[Cc]h|[Mm])oe"
            r"(?=uvre|ur|il|uf|u\b|ux\b|ud|urs\b)"
        ),
        r"\1œ",
    ),
    (re.compile(r"\bOe(?=uvre|il)"), "Œ"),
)


def written_register(text: str) -> str:
    """``text`` with what speech and text messages write said as a letter says it.

    >>> written_register("certains sont la depuis 30 ans, quand vous n’êtes pas la")
    'certains sont là depuis 30 ans, quand vous n’êtes pas là'
    >>> written_register("ce n’est pas la bonne ; la, la tâche ; il est la personne")
    'ce n’est pas la bonne ; la, la tâche ; il est la personne'
    >>> written_register("le certif OW-2 et la certif IFS ; mes coordos ; deviennent coordos")
    'le certificat OW-2 et la certification IFS ; mes coordonnées ; deviennent coordonnateurs'
    >>> written_register("j'ai eu mon permis classe 5 donc les déplacements vont ; j'ai eu le B2")
    "j'ai obtenu mon permis classe 5, donc les déplacements vont ; j'ai obtenu le B2"
    >>> written_register("oui je suis dispo toute la semaine ; non merci")
    'oui, je suis disponible toute la semaine ; non merci'
    >>> written_register("j'ai eu de la chance ; il faut donc partir ; c’est donc la bonne")
    "j'ai eu de la chance ; il faut donc partir ; c’est donc la bonne"
    >>> written_register("rotation 12h, de 8h30 à 16h ; un chef-d'oeuvre, de bon coeur")
    "rotation 12 h, de 8 h 30 à 16 h ; un chef-d'œuvre, de bon cœur"
    >>> written_register("Au tel, par tél. ; un tel poste")
    'Au téléphone, par téléphone ; un tel poste'
    >>> written_register("si j'étais ok pour la garde ; l'insertion pro ; en voiture perso")
    "si j'étais d’accord pour la garde ; l'insertion professionnelle ; en voiture personnelle"
    >>> written_register("entrevue a l'ASFC le 3 ; le stage a l'Hôpital ; il a l'ASFC")
    "entrevue à l'ASFC le 3 ; le stage à l'Hôpital ; il a l'ASFC"
    >>> written_register("le Quai des Arts a obtenu le label ; les tâches a réaliser")
    'le Quai des Arts a obtenu le label ; les tâches à réaliser'
    >>> written_register("la biblio de Magog ; un appart ; la compta")
    'la bibliothèque de Magog ; un appartement ; la comptabilité'
    >>> written_register("de microbio ; des coops ; les partys corpo ; ma licence pro")
    'de microbiologie ; des coopératives ; les partys d’entreprise ; ma licence professionnelle'
    >>> written_register("avec qui je bosse ; les stats ; aux USA ; la serinette XVIIIe")
    'avec qui je travaille ; les statistiques ; aux États-Unis ; la serinette du XVIIIe siècle'
    >>> written_register("une grille de rotation que j'ai monté ; le plan que j'ai fait")
    "une grille de rotation que j'ai montée ; le plan que j'ai fait"
    >>> written_register("la copie de mon permis que j'ai reçu")
    "la copie de mon permis que j'ai reçu"
    >>> written_register("entrepôt a atmosphère contrôlée ; le XVIIIe siècle ; Louis XIV")
    'entrepôt à atmosphère contrôlée ; le XVIIIe siècle ; Louis XIV'
    >>> written_register("ma vérif. du secteur ; les specs ; le bilan d'opé promo")
    "ma vérification du secteur ; les spécifications ; le bilan d'opération promotionnelle"
    >>> written_register("nettoyage 3x par jour, 2 x/semaine ; un hôtel 4* ; 12 x 8 ; 2*3")
    'nettoyage 3 fois par jour, 2 fois par semaine ; un hôtel 4 étoiles ; 12 x 8 ; 2*3'
    >>> written_register("traite manuelle 3x/jour")
    'traite manuelle 3 fois par jour'
    >>> written_register("les manips ; cet aprem ; bibliothécaire")
    'les manipulations ; cet après-midi ; bibliothécaire'
    >>> written_register("sur la diagnostique électronique ; de la diagnostique moteur")
    'sur le diagnostic électronique ; du diagnostic moteur'
    >>> written_register("mon permis pis mon propre char ; des horaires de fou")
    'mon permis et mon propre véhicule ; des horaires très chargés'
    >>> written_register("diagnostique électronique ; l'imagerie diagnostique")
    "diagnostic électronique ; l'imagerie diagnostique"
    >>> written_register("un bac pro ; ok, je rappelle")
    'un bac pro ; ok, je rappelle'
    >>> written_register("zinc a joint debout ; la toiture a tasseaux")
    'zinc à joint debout ; la toiture à tasseaux'
    >>> written_register("nuits 20h-8h ; horaire 6h-16h30 ; de 8h-16h")
    'nuits de 20 h à 8 h ; horaire de 6 h à 16 h 30 ; de 8 h-16 h'
    >>> written_register("mon chef d'oeuvre ; suivie de la planche a la livraison")
    "mon chef-d'œuvre ; suivie de la planche à la livraison"
    >>> written_register("prête des les premières répétitions, des lundi ; mon diplome de DEP")
    'prête dès les premières répétitions, dès lundi ; mon diplôme de DEP'
    >>> written_register("la grue a tour ; une presse a injection ; la machine a bien tourné")
    'la grue à tour ; une presse à injection ; la machine a bien tourné'
    >>> written_register("les grues a tour ; des gens a qui parler ; les tests a été faits")
    'les grues à tour ; des gens à qui parler ; les tests a été faits'
    >>> written_register("vous mettez a l'entretien ; chez a Nez ; j'ai repensé a votre question")
    "vous mettez à l'entretien ; chez a Nez ; j'ai repensé à votre question"
    >>> written_register("je suis inscrit a la formation ; elle est inscrite a un cours")
    'je suis inscrit à la formation ; elle est inscrite à un cours'
    >>> written_register("la lettre de ref de mon stage ; mes refs ; la ref du dossier")
    'la lettre de référence de mon stage ; mes références ; la ref du dossier'
    >>> written_register("ma carte pro ; un bac pro")
    'ma carte professionnelle ; un bac pro'
    >>> written_register("quatre ans de com dans une SCIC ; chargée com ; la com' ; de com-com")
    "quatre ans de communication dans une SCIC ; chargée communication ; la com' ; de com-com"
    >>> written_register("ma lettre de reco, l'atelier 'tablette et généalogie' que je trouve cool")
    "ma lettre de recommandation, l'atelier « tablette et généalogie » que je trouve formidable"
    >>> written_register("le volume d'oct-nov ; Koha vers nouveau SIGB ; les octets")
    "le volume d'octobre à novembre ; Koha vers un nouveau SIGB ; les octets"
    >>> written_register("J'ai obtenu ma formation en biosécurité ; obtenu mon attestation")
    "J'ai terminé ma formation en biosécurité ; obtenu mon attestation"
    >>> written_register("mon ancienne asso ; mardi le 10 ou jeudi le 12 novembre")
    'mon ancienne association ; le mardi 10 ou le jeudi 12 novembre'
    >>> written_register("ça pourrait servir pour la webradio, pour le tri, pour l'accueil")
    "ça pourrait servir à la webradio, pour le tri, pour l'accueil"
    >>> written_register("ma qualif ; les devs ; au lieu de juste refuser ; c'est juste")
    "ma qualification ; les développeurs ; au lieu de simplement refuser ; c'est juste"
    >>> written_register("alu et bois en réno ; des renos ; Renault ; un alumni")
    'aluminium et bois en rénovation ; des rénovations ; Renault ; un alumni'
    >>> written_register("spé maths en terminale ; les spés")
    'spécialité maths en terminale ; les spécialités'
    >>> written_register("le lien de mon repo ; un découpage video ; https://video.example.org")
    'le lien de mon dépôt ; un découpage vidéo ; https://video.example.org'
    >>> written_register("les gardes de nuit / repos compensateur ; mes repos GitHub")
    'les gardes de nuit / repos compensateur ; mes dépôts GitHub'
    >>> written_register("si j'avais un char ; un char allégorique ; pas seulement a l'accueil")
    "si j'avais un véhicule ; un char allégorique ; pas seulement à l'accueil"
    >>> written_register("mon prof de lutherie, une prof ; un profil")
    'mon professeur de lutherie, une professeure ; un profil'
    >>> written_register("retours a vide, tubulure a refaire, de 11% a 6%, deux êtes ; vous êtes")
    'retours à vide, tubulure à refaire, de 11 % à 6 %, deux étés ; vous êtes'
    >>> written_register("le chargement à 2h du mat ; le mât du mat")
    'le chargement à 2 h du matin ; le mât du mat'
    >>> written_register("les infos du labo, bcp de rdv, tjs à l'heure, un proto")
    "les informations du laboratoire, beaucoup de rendez-vous, toujours à l'heure, un prototype"
    >>> written_register("mon ancien boss ; les fds en mars ; 1 fds sur 3")
    'mon ancien patron ; les fins de semaine en mars ; 1 fin de semaine sur 3'
    >>> written_register("Jai trouvé ça super intéressant que les techniciens participent")
    'Jai trouvé très intéressant que les techniciens participent'
    >>> written_register("le certif SEV ; l'astreinte 1 sem sur 4")
    "le certificat SEV ; l'astreinte 1 semaine sur 4"
    >>> written_register("le nb de chambres ; Nbre d'heures ; nb ; la planif des chantiers")
    "le nombre de chambres ; Nombre d'heures ; nb ; la planification des chantiers"
    >>> written_register("le club de lecture ados, des ados, d'ados, des familles anglos")
    "le club de lecture pour adolescents, des adolescents, d'adolescents, des familles anglophones"
    >>> written_register("vous montez vous même avec eux")  # read 94
    'vous montez vous-même avec eux'
    >>> written_register("la doc et les docs")
    'la documentation et les documents'
    >>> written_register("les inhalos, mes modifs, l'aéro, une expo ; l'expo-sciences")
    "les inhalothérapeutes, mes modifications, l'aéronautique, une exposition ; l'expo-sciences"
    >>> written_register("les heures sup en période de rush ; le rush de Noël")
    'les heures supplémentaires en période de pointe ; le coup de feu de Noël'
    >>> written_register("mon insta, mes compos")
    'mon Instagram, mes compositions'
    >>> written_register("pour les sec 3 ; en sec 5 ; la sec 2")
    'pour les élèves de secondaire 3 ; en secondaire 5 ; la sec 2'
    >>> written_register("CACES R489 cat 1 ; la garde une fin de semaine/4 ; cat. 3")
    'CACES R489 catégorie 1 ; la garde une fin de semaine sur 4 ; cat. 3'
    >>> written_register("Mon CAP de peintre c'est un plus ; mes langues, c'est un plus")
    'Mon CAP de peintre est un atout ; mes langues sont un atout'
    >>> written_register("quatre jours/semaine, deux nuits/mois")
    'quatre jours par semaine, deux nuits par mois'
    >>> written_register("les élèves de 4e et 5e sec ; en 3e sec ; mon opérateur k8s")
    'les élèves de 4e et 5e secondaire ; en 3e secondaire ; mon opérateur Kubernetes'
    >>> written_register("eco-conception, Eco-quartier, l'eco-conception, franco-ontarien")
    "éco-conception, Éco-quartier, l'éco-conception, franco-ontarien"
    """
    for said, written in _REGISTER:
        text = said.sub(written, text)
    return text


_NUMBERS = dict(
    zip(
        "2 3 4 5 6 7 8 9 10".split(),
        "deux trois quatre cinq six sept huit neuf dix".split(),
        strict=True,
    )
)
_ONE = {
    **dict.fromkeys("an mois jour soir stage contrat mandat poste projet été hiver".split(), "un"),
    **dict.fromkeys("semaine année journée fois saison fin formation".split(), "une"),
}
# Words after a number that make it a count a letter writes in digits: units, ranges.
_NOT_A_COUNT = frozenset(
    "et ou à au aux de du des sur par pour en vers h min km kg mm cm ml rue avenue boulevard chemin"
    " route place allée impasse quai rang janvier février mars avril mai juin juillet août"
    " septembre octobre novembre décembre"
    # A number word after it is a list or a score, not what it counts (« 6 six »: the note
    # written twice changed twice; hypothesis).
    " un une deux trois quatre cinq six sept huit neuf dix".split()
)
# « classe 5 », « niveau 3 », « échelon 2 » : a number that names, not one that counts.
_LABELS = (
    "classe niveau catégorie échelon grade étape phase salle lot page numéro no n° article"
    " version tome chapitre zone secteur quai porte bloc pavillon étage groupe cohorte"
    # « mon stage 4 », « la ligne 3 » (pair read 105: « mon stage quatre »).
    " stage module session semestre ligne unité"
    # « le cycle 1 et le cycle 2 canadiens » (read 129: « le cycle deux »).
    " cycle type option section palier degré tranche vague série saison épisode manche équipe"
    # « la machine 4 » (fresh71: « la machine quatre »).
    " machine chaîne four poste atelier bâtiment hall terminal aile"
    # « mon diplôme de master 2 droit social » (read 235: « master deux »).
    " master licence"
    # « le scope 3 chez les PME », « leur livret 2 » (read 255: « scope trois », « livret deux »).
    " scope livret volet axe partie"
).split()
# … nor the second number of a range: « entre 5 et 10 ans ».
_NOT_AFTER = (
    "".join(rf"(?<!\b{label} )" for label in _LABELS)
    + "(?<!\\d et )(?<!\\d à )(?<!\\d ou )(?<!n°)(?<!nº)(?<!#)"
    # « le 2 comme le 9 décembre » : a day of the month (read after 116: « le deux »).
    + r"(?<!\ble )"
)
_SMALL_NUMBER = re.compile(
    rf"(?<![\d,.\w-]){_NOT_AFTER}\b(10|[1-9]) "
    rf"(?=([a-zàâçéèêëîïôûù](?:[^\W\d_]|[’'-]){{2,}}|an\b))"
)


# « CACES 3 », « la formation Django 5 avancé » : after an acronym or a name within a sentence
# (not « Mes 2 ans » at its start), a number names a level or a version (read 121).
# « cat. 3 », « niveau 2 », « échelon 4 » : a rank named, not a count (read 284: « CACES R489
# cat. trois »).
_AFTER_A_RANK = re.compile(
    r"\b(?:cat\.?|catégorie|niv\.?|niveau|échelon|grade|module|lot|zone|secteur|salle|étage"
    # « des grilles force 3 » (read 339: « trois grilles… force trois »).
    r"|force|degré|stade|palier|phase|tome|saison|série|division|type)\s$",
    re.IGNORECASE,
)
_AFTER_ACRONYM = re.compile(r"(?:\b[A-ZÉ]{2,}|(?<=[^\W\d_A-Z] )[A-ZÉ][^\W\d_]+)\s$")


def numbers_in_words(text: str) -> str:
    """``text`` with a small count written in words, as a letter writes it.

    >>> numbers_in_words("les coordonnées de 2 références, ramené à 1 mois, 10 ans")
    'les coordonnées de deux références, ramené à un mois, dix ans'
    >>> numbers_in_words("le CACES 3, la CN 5 axes ; 1 semaine sur 4")  # read 96
    'le CACES 3, la CN 5 axes ; une semaine sur quatre'
    >>> numbers_in_words("associée au bout d'1 an ; pendant 1 an")  # read 94
    "associée au bout d'un an ; pendant un an"
    >>> numbers_in_words("les horaires 3 h-10 h")  # a range of hours (read 93)
    'les horaires 3 h-10 h'
    >>> numbers_in_words("classe 5 ; 2 ans ; entre 5 et 10 ans ; 3 h ; 1 fin de semaine sur 3")
    'classe 5 ; deux ans ; entre 5 et 10 ans ; 3 h ; une fin de semaine sur trois'
    >>> numbers_in_words("la migration Django 3 vers 4.2")  # a version (read 99)
    'la migration Django 3 vers 4.2'
    >>> numbers_in_words("la formation Django 5 avancé ; Mes 2 ans ; Pendant 3 mois")
    'la formation Django 5 avancé ; Mes deux ans ; Pendant trois mois'
    >>> numbers_in_words("disponible le 2 comme le 9 décembre ; 2 ans")
    'disponible le 2 comme le 9 décembre ; deux ans'
    >>> numbers_in_words("mon stage 4 dans une classe ; la ligne 3 des bus")
    'mon stage 4 dans une classe ; la ligne 3 des bus'
    >>> numbers_in_words("le cycle 1 et le cycle 2 canadiens ; 2 cycles")
    'le cycle 1 et le cycle 2 canadiens ; deux cycles'
    >>> numbers_in_words("mon master 2 droit social ; ma licence 3")  # read 235
    'mon master 2 droit social ; ma licence 3'
    >>> numbers_in_words("mon attestation CACES R489 cat. 3 dès que je la reçois")  # read 284
    'mon attestation CACES R489 cat. 3 dès que je la reçois'
    >>> numbers_in_words("3 grilles de mots croisés force 3 que j'ai faites")  # read 339
    "trois grilles de mots croisés force 3 que j'ai faites"
    >>> numbers_in_words("mon bulletin n°3 vierge")  # read 131
    'mon bulletin n°3 vierge'
    >>> numbers_in_words("mes 10 ans de vielle à roue, dont 4 au conservatoire")  # read 346
    'mes dix ans de vielle à roue, dont quatre au conservatoire'
    >>> numbers_in_words("12 ans dans l'habitat jeunes dont 5 comme adjointe")  # read 285
    "12 ans dans l'habitat jeunes dont 5 comme adjointe"
    >>> numbers_in_words("2,5 ans ; 12 personnes ; 4 % ; 1 client ; le 5 juin ; 3 rue Vauban")
    '2,5 ans ; 12 personnes ; 4 % ; 1 client ; le 5 juin ; 3 rue Vauban'
    """

    def in_words(match: re.Match[str]) -> str:
        number, word = match.groups()
        # « CACES 3 », « CN 5 axes », « SSIAP 2 » : after an acronym, a number names (read 96).
        if (
            word in _NOT_A_COUNT
            or _AFTER_ACRONYM.search(text, max(0, match.start() - 20), match.start())
            or _AFTER_A_RANK.search(text, max(0, match.start() - 20), match.start())
            or _PART_OF_A_FIGURE.search(text[max(0, match.start() - 60) : match.start()])
        ):
            return match[0]
        if number == "1":
            return f"{_ONE[word]} " if word in _ONE else match[0]
        return f"{_NUMBERS[number]} "

    counted = _SMALL_NUMBER.sub(in_words, text)
    # « mes huit ans d'IDE, dont 3 en pédiatrie » : the part of a total in words is in words
    # too (read 346: « dix ans de vielle, dont 4 au conservatoire »).
    counted = _PART_IN_FIGURES.sub(
        lambda found: (
            f"dont {_NUMBERS[found[1]]}"
            if _NUMBER_WORD.search(counted[max(0, found.start() - 60) : found.start()])
            else found[0]
        ),
        counted,
    )
    # « une semaine sur 5 » mixed a word and a figure (read 154): « une semaine sur cinq ».
    return _ONE_IN.sub(lambda found: f"{found[1]} sur {_NUMBERS[found[2]]}", counted)


_PART_IN_FIGURES = re.compile(r"\bdont ([2-9]|10)\b(?![\d,.%]|\s*[%€$])")
_NUMBER_WORD = re.compile(r"\b(?:deux|trois|quatre|cinq|six|sept|huit|neuf|dix)\b")
# « 12 ans… dont 5 comme adjointe » : the part of a total in figures is in figures too (pair
# read 285: « 12 ans… dont cinq », figures and words mixed).
_PART_OF_A_FIGURE = re.compile(r"\b\d{2,}\b[^;,.!?]*\bdont\s+$")
_ONE_IN = re.compile(
    r"\b((?:une?|1) (?:semaine|fin de semaine|week-end|jour|mois|nuit|soir)) sur (10|[2-9])\b"
)
