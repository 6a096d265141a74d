"""The delay the person met announced, as the candidate noted it (« on se reparle… »)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, timedelta

from suivi_templates.phrasing.typed import accents_restored
from suivi_templates.typography import MONTHS, WEEKDAYS

_DAY = f"(?:{WEEKDAYS})"
_NUMBER = r"(?:\d{1,3}|une?|deux|trois|quatre|cinq|six|huit|dix|quinze)"
# « dans 3-4 semaines », « sous une semaine »: the span, its longest end counted (read 150).
_SPAN = rf"(?:dans|sous|d['’]ici) {_NUMBER}(?:\s*(?:-|à|a|ou)\s*{_NUMBER})? (?:jours?|semaines?)"
# « ça peut prendre 6 semaines », « délai de réponse : 3 semaines »: a length, said bare.
_LENGTH = (
    rf"(?:(?<=prendre )|(?<=durer )|(?<=: )){_NUMBER}(?:\s*(?:-|à|a|ou)\s*{_NUMBER})?"
    r" (?:jours|semaines)"
)
_MONTH = (
    r"(?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre|octobre|novembre"
    r"|d[ée]cembre)"
)
# « 2e entrevue en personne le 9 déc » (fresh100: the plan waited for « le 9 » of any
# month): a month shortened as people type it, only after its day, where it cannot be a word.
_SHORT_MONTH = r"(?:janv|f[ée]vr?|avr|juil|sept|oct|nov|d[ée]c)\.?(?!\w)"
_DAY_MONTH = rf"(?:{_MONTH}|{_SHORT_MONTH})"
# « avant Noël », « avant les vacances de Noël », « d'ici les fêtes » (fresh58: three
# reminders before « réponse avant Noël »); « le 18 décembre », « mi-décembre ».
# « résultats après les congés de fin d'année » (read 308: a reminder on 24 November).
_SEASON = (
    # « il décide après la période des Fêtes » (read 319: a reminder on 15 December).
    r"no[eë]l|les f[eê]tes|la période des f[eê]tes|les vacances(?: de no[eë]l| des f[eê]tes)?"
    r"|les congés (?:de fin d['’]année|des f[eê]tes|de no[eë]l)"
)
# A body that decides at a sitting: « l'AG de février », « la CME de janvier ».
_SITTING = r"(?:AGA?|assemblée générale|CA|CME|conseil|commission|comité|jury|réunion)"
# « on se reparle au retour des fêtes » (read 275: a call and a voicemail on 21 December).
_AFTER_HOLIDAYS_SAID = (
    rf"(?:après (?:{_SEASON}|le jour de l['’]an|le nouvel an)"
    r"|au retour des (?:f[eê]tes|vacances(?: de no[eë]l| des f[eê]tes)?))"
)
_DATED = (
    # « réponse mi décembre », the hyphen left out (read 210: a reminder in November).
    rf"(?:le |du )?\d{{1,2}}(?:er)? {_DAY_MONTH}|mi[- ]{_MONTH}"
    rf"|(?:d[ée]but|fin) (?:d(?:e |['’]))?{_MONTH}"
    r"|le \d{1,2}/\d{1,2}\b"
)
# A season said for the answer: its middle, when a follow-up stops being early.
_SEASON_LEAD = (
    r"(?:au courant de |durant |pendant |d['’]ici |cet |ce |à l['’]|(?:au )?début de |au )"
    r"(?:l['’])?"
)
_SEASONS = _SEASON_LEAD + r"(?:hiver|printemps|été|automne)"
_SEASON_DAY = {"hiver": (2, 1), "printemps": (4, 30), "été": (7, 31), "automne": (10, 31)}
# Who will answer, then when: « il a dit on se reparle la semaine prochaine », « elle
# rappelle les candidats d'ici vendredi », « réponse dans deux semaines » (read 98: a call
# planned before the week the recruiter had announced, the delay noted only here).
_ANNOUNCED = re.compile(
    # « on se revoit fin janvier avec son associée » (read 235: a reminder and a call before).
    r"\b(?:on se (?:reparle|rappelle|recontacte|revoit|reverra|retrouve)|(?:ils?|elles?|on)\s+"
    # « il se décide avant les fêtes, après la foire de décembre » (read 235).
    r"(?:(?:me|te|se|nous|vous|les)\s+)?"
    # « Ils appellent en février pour confirmer » (read 175: a reminder on 2 February).
    r"(?:rappel\w*|appel\w*|recontact\w*|revien\w*|répond\w*|repond\w*|donner\w*|tranch\w*|décid\w*"
    # « Il réfléchit jusqu'à Noël » (read 220: a reminder before Christmas).
    # « elle me redit qqch fin janvier » (read 311: a reminder and a call in December).
    r"|decid\w*|réfléchi\w*|redi(?:t|ra|sent|ront)\b)"
    # « on devrait vous revenir apres les fetes » (read 307: a reminder and a call in December).
    r"|(?:ils?|elles?|on)\s+(?:devrai\w*|doi\w*|va|vont|pourrai\w*)\s+(?:vous|te|me|nous)\s+"
    r"(?:revenir|rappeler|recontacter|répondre|repondre|écrire|ecrire)\b"
    # « ils embauchent en mars pour la saison, y'a pas de presse » (read 382: a call and a
    # voicemail in December).
    # Not « ils embauchent vite, la formation commence en janvier » (fresh109).
    r"|(?:ils?|elles?|on)\s+(?:embauch\w*|recrut\w*)(?=\s+(?:en|dès|à\s+partir|vers|début|fin|mi)\b)"
    # « on te texte d'ici une semaine max » (fresh58): a message to the candidate.
    r"|(?:ils?|elles?|on)\s+(?:me|te|nous|vous)\s+(?:text\w*|[ée]cri\w*|contact\w*)"
    # « affichage des résultats en mars » is a topic's own results (fresh100: a reminder in
    # April), not the answer.
    r"|r[ée]ponse|d[ée]cision|(?<!des )(?<!aux )r[ée]sultats?"
    # « les offres vont sortir après les fêtes » (read 247: a reminder and a call in December).
    r"|offres?\s+(?:\w+\s+){0,2}?(?:sort\w*|tomb\w*|arriv\w*|part\w*)"
    # « ça peut aller à fin janvier », « on aura des nouvelles en janvier », « retour prévu
    # fin novembre » (read 222: a call and a voicemail weeks before the end of January).
    r"|(?:ça|cela|processus|recrutement|concours|sélection)\s+(?:\w+\s+)?peut\s+"
    r"(?:aller|prendre|durer)"
    r"|(?:aur\w*|donn\w*|recev\w*|avoir)\s+(?:des|de\s+(?:leurs?|ses|mes))\s+nouvelles"
    # « nouvelles après les fêtes selon elle » (read 255: a call and a voicemail in December).
    r"|\bnouvelles(?=\s+(?:après|avant|d['’]ici|dans|sous|vers|en|fin|début|mi|la\s+semaine"
    r"|cette)\b)"
    r"|retour(?=\s+(?:prévu|attendu|d['’]ici|sous|dans|avant|vers|fin|début|mi)\b)"
    # « rappel avant le 15 décembre », « il veut que je revienne le 12 décembre », « avant
    # les fêtes pour la réponse » (read 227: calls before each).
    r"|rappel(?=\s+(?:avant|d['’]ici|dans|sous|vers|prévu|la\s+semaine|fin|début|mi|après)\b)"
    # Said of the candidate asked back, not of the job (« partir le lundi revenir le jeudi »)
    # nor of an exam (« à repasser en janvier »).
    r"|(?:que\s+je\s+(?:revienne|repasse)|je\s+(?:dois|vais)\s+(?:revenir|repasser))"
    r"(?=\s+(?:le|la|vers|en|avant|lundi|mardi|mercredi|jeudi|vendredi|samedi)\b)"
    # « Avant Noel qu'elle a dit pour la reponse » (read 311: a reminder before Christmas).
    # « ils ont dit "avant Noël" pour la commission », quoted, and the body that decides
    # (read 332: a call on 21 December).
    rf"|(?=(?:avant|d['’]ici)\s+(?:{_SEASON}|la\s+fin\s+\w+)[\"”»']?\s+(?:[^.;!?\n]{{0,30}}?\s)?"
    r"pour\s+(?:la|leur|une|sa|le)\s+(?:réponse|décision|commission|comité|jury|choix))"
    # « le comité de recrutement se réunit le 10 décembre » (read 231: a reminder before).
    r"|(?:comité|commission|conseil|jury)\b[^.;!?]{0,40}?\bse\s+réuni(?:t|ra|ssent|ront)\b"
    # « on vous tient au courant d'ici 2 semaines », « 'je vous dis ça la semaine
    # prochaine' », quoted (read 232: a call and a reminder before each).
    r"|(?:ils?|elles?|on)\s+(?:me|nous|vous|te)\s+tien\w*\s+au\s+courant"
    # « je te reviens après les fêtes », said to a candidate told « tu » (read 259: a
    # reminder and two calls before the holidays were over).
    r"|je\s+(?:vous|te|t['’])\s*(?:dis|dirai|rappelle|rappellerai|recontacte|écris|écrirai"
    r"|reviens|reviendrai)\b"
    # « ils attendent le retour du directeur, « d'ici 2 semaines » » (read 224).
    r"|attend\w*\s+(?:le|la|les|l['’])\s*(?:retour|réponse|décision|validation|accord|avis"
    r"|feu\s+vert|signature)"
    # « les associés se décident avant Noël », « il attend la fin du mois pour décider »
    # (read 331: a call and a reminder before each).
    r"|\bse\s+d[ée]cid\w*|attend\w*\s+(?=(?:la\s+)?(?:fin|début|mi)\b)"
    # « 2e entretien avec ma femme le 10/12 » : the next meeting is set, the plan waits for it
    # (read 160: two calls asked « où en est le processus » before it).
    r"|(?:2e|2ème|deuxième|second|seconde)\s+(?:entretien|entrevue|rencontre|tour)"
    r"|(?:entretien|entrevue)\s+(?:sur\s+site|sur\s+place|en\s+présentiel)"
    # « séance simu prévue le 10 décembre à Toulouse » (read 166: a call the day before
    # asked where the process stood).
    # « essai sur le chantier du clocher de Saint-Benoît prévu jeudi 10 décembre » (read 332).
    r"|(?:séance|simu\w*|test|essai|mise en situation|évaluation|visite)\s+(?:[\w'’-]+\s+){0,8}?"
    r"(?:prévue?s?|fixée?s?|calée?s?|planifiée?s?)"
    # « nous pourrons donc nous rencontrer à la clinique le 15 décembre » (read 177: a call
    # that day asked where the process stood).
    r"|nous\s+(?:rencontrer|rencontrerons|verrons)\b"
    # « M. Moreau rappelle fin de semaine prochaine » : the person met, named (read 152).
    r"|(?<!je )(?<!j’)(?<!j')rappell?e(?:ra|nt|ront)?"
    # « le marché Seine-Nord était décalé à janvier, il me rappelle » (read 186: a call a
    # week later asked where the process stood).
    r"|(?<!j'ai )(?<!j’ai )(?:décalée?s?|repoussée?s?|reportée?s?)"
    # « Il a dit pas avant la mi-décembre » (read 183: two calls on 10 December).
    r"|pas\s+avant"
    # The body that decides, and when it sits: « Commission fin janvier », « le passage en
    # CME mi-décembre » (read 189: reminders and calls weeks before it).
    r"|commission|jury|CME|conseil\s+d['’]administration|passage\s+en"
    # « Elle doit en parler au médecin coordonnateur avant les fêtes » (read 189).
    r"|(?:ils?|elles?|on)\s+(?:doit|doivent|va|vont)\s+en\s+(?:parler|discuter)"
    # « il me dit ça début décembre » (read 198: a reminder on 3 December).
    r"|(?:ils?|elles?|on)\s+(?:me|nous|te)\s+(?:dit|dira|diront)\b"
    # « le patron était à Cognac jusqu'au 5 décembre » (read 198: a call on 2 December).
    r"|(?:est|était|sera|seront|sont)\s+(?:absente?s?|en\s+[\w-]+|à\s+[A-ZÀ-Ý][\w'’-]+"
    r"|partie?s?)\s+jusqu['’]a(?:u|ux))"
    # The span before « d'ici 3 » : « d'ici 3-4 semaines » is a span (read 152).
    # « Réponse après la réunion du conseil de fabrique du 15 décembre » (read 165).
    # « 2e entretien avec le directeur régional M. Brunet prévu le 16 décembre » : a civility's
    # period goes on with the sentence (read 332: a reminder forgot the second interview).
    rf"(?:[^.;!?]|(?<=\bM)\.|(?<=\bMme)\.|(?<=\bDr)\.|(?<=\bPr)\.){{0,60}}?"
    rf"\b(?:{_SPAN}|{_LENGTH}|fin de (?:la )?semaine prochaine|la semaine prochaine"
    # « réponse cette semaine ou la prochaine » (read 168: a call before it).
    r"|cette semaine ou la prochaine"
    rf"|semaine prochaine|dans la semaine|(?:d['’]ici|avant|jusqu['’]à) (?:{_SEASON}"
    r"|la fin de l['’]ann[ée]e"
    rf"|{_DATED})|d['’]ici (?:la fin de la semaine|{_DAY}(?: prochain)?|\d+|la fin du mois)"
    r"|avant (?:la fin du mois|la fin de la semaine)"
    # « Pas de réponse avant février » (read 263: two calls on 30 November).
    rf"|avant\s+{_MONTH}"
    # « 2e entretien avec le CTO prévu jeudi 10 décembre » : the weekday, then its date (fresh101).
    rf"|{_DATED}|{_DAY}(?: (?:le )?\d{{1,2}}(?:er)? {_DAY_MONTH}| prochain)?"
    r"|fin (?:de (?:la )?semaine|du mois)"
    # « Il rappelle en février quand il aura ses contrats » (read 165: a call in December).
    rf"|(?:en|courant|à) {_MONTH}|courant (?:du mois )?d(?:e |['’]){_MONTH}"
    # « décision après l'AG de février » (read 216: a call and a reminder on 2 December).
    rf"|{_SITTING} (?:de |d['’]){_MONTH}"
    # « Elle rappelle après les Fêtes pour une 2e entrevue » (read 171: a reminder, a call
    # and a voicemail in December).
    rf"|{_AFTER_HOLIDAYS_SAID}"
    # « Réponse 'au courant de l'hiver' » (read 166: a call in December).
    rf"|{_SEASONS}"
    # « Elle rappelle avant le spectacle de Noël du 12 » : a day without its month (read
    # 183: a call on the 10th); not an hour, a length or a figure.
    r"|(?:le|du) \d{1,2}(?!\s*(?:h\b|heures?|%|ans?\b|km|€|\$|/|,\d|\d)))\b",
    re.IGNORECASE,
)


def announced_day(notes: Iterable[str], interview: date) -> date | None:
    """The day by which the notes say the answer comes, counted from the ``interview``.

    The plan waits for it when no ``decision_by`` was noted (read 150: a reminder sent two
    weeks after « Résultats du concours dans 3-4 semaines », a call before « Il rappelle la
    semaine prochaine » was over).

    >>> held = date(2026, 12, 2)  # a Wednesday
    >>> announced_day(["Il rappelle la semaine prochaine."], held)
    datetime.date(2026, 12, 11)
    >>> announced_day(["Résultats du concours dans 3-4 semaines."], held)
    datetime.date(2026, 12, 30)
    >>> announced_day(["Process court, réponse sous une semaine."], held)
    datetime.date(2026, 12, 9)
    >>> announced_day(["elle rappelle les candidats d'ici vendredi"], held)
    datetime.date(2026, 12, 4)
    >>> announced_day(["il a insisté sur la cadence, pic le vendredi"], held) is None
    True
    >>> announced_day(["Résultats du concours par courriel d'ici 3-4 semaines."], held)
    datetime.date(2026, 12, 30)
    >>> announced_day(["M. Moreau rappelle fin de semaine prochaine."], held)
    datetime.date(2026, 12, 11)
    >>> announced_day(["je rappelle la semaine prochaine"], held) is None
    True
    >>> announced_day(["Réponse dans 99999999999 semaines"], held) is None  # no OverflowError
    True
    >>> announced_day(["Réponse dans 400 jours"], held) is None
    True

    Days of the calendar (fresh58: reminders before « réponse avant Noël »):

    >>> [announced_day([n], held) for n in ("Réponse 'avant Noël, on démarre le 4'",
    ...     "réponse avant les vacances de Noël", "Décision d'ici la fin de l'année",
    ...     "Elle rappelle fin de la semaine prochaine", "résultats mi-décembre",
    ...     "elle rappelle dans la semaine", "réponse avant le 18 décembre",
    ...     "Steph a dit 'on te texte d'ici une semaine max'")]
    ... # doctest: +NORMALIZE_WHITESPACE
    [datetime.date(2026, 12, 24), datetime.date(2026, 12, 19), datetime.date(2026, 12, 31),
     datetime.date(2026, 12, 11), datetime.date(2026, 12, 15), datetime.date(2026, 12, 4),
     datetime.date(2026, 12, 18), datetime.date(2026, 12, 9)]
    >>> announced_day(["réponse le 31 février"], held), announced_day(["réponse le 99 mai"], held)
    (datetime.date(2027, 2, 28), None)
    >>> announced_day(["réponse avant Noël"], date(9999, 12, 30)) is None  # no ValueError
    True
    >>> announced_day(["Visite par Mme Lambert. 2e entretien avec ma femme le 10/12."], held)
    datetime.date(2026, 12, 10)

    After a meeting on a day, or within a month (read 165: a reminder and a call before « la
    réunion du conseil de fabrique du 15 décembre », a call before « il rappelle en février »):

    >>> announced_day(["Réponse après la réunion du conseil de fabrique du 15 décembre."], held)
    datetime.date(2026, 12, 15)
    >>> announced_day(["Il rappelle en février quand il aura ses contrats."], held)
    datetime.date(2027, 2, 28)
    >>> announced_day(["Pas de réponse avant février, ils attendent le budget."], held)
    datetime.date(2027, 2, 1)
    >>> announced_day(["Processus rapide, réponse cette semaine ou la prochaine."], held)
    datetime.date(2026, 12, 11)
    >>> announced_day(["Réponse 'au courant de l'hiver'."], held)
    datetime.date(2027, 2, 1)
    >>> announced_day(["séance simu prévue le 10 décembre à Toulouse"], held)
    datetime.date(2026, 12, 10)
    >>> announced_day(["Réponse : il a été clair, avant la fin du mois"], held)
    datetime.date(2026, 12, 31)
    >>> announced_day(["Elle rappelle après les Fêtes pour une 2e entrevue."], held)
    datetime.date(2027, 1, 8)
    >>> announced_day(["Ils appellent en février pour confirmer, réponse au courant de "
    ...                "l'hiver."], held)
    datetime.date(2027, 2, 28)

    The body that decides, or the people the person met must consult (read 189):

    >>> announced_day(["Commission fin janvier (avant les vacances d'hiver ?)."], held)
    datetime.date(2027, 1, 31)
    >>> announced_day(["Ils attendent le passage en CME mi-décembre."], held)
    datetime.date(2026, 12, 15)
    >>> announced_day(["Elle doit en parler au médecin et au CVS avant les fêtes."], held)
    datetime.date(2026, 12, 24)

    A decision put off (read 186: a call a week after « décalé à janvier, il me rappelle »,
    a call before « finalement repoussé au début de l'hiver »):

    >>> announced_day(["Il a dit que le marché était décalé à janvier, il me rappelle."], held)
    datetime.date(2027, 1, 31)
    >>> announced_day(["Réponse après le conseil, finalement repoussé 'au début de l'hiver'"],
    ...               held)
    datetime.date(2027, 2, 1)

    The later of two days, the hyphen a note leaves out (read 210):

    >>> announced_day(["Il réfléchit jusqu'à Noël, il doit voir avec son comptable"], held)
    datetime.date(2026, 12, 24)
    >>> announced_day(["elle a dit « on se reparle au retour des fêtes »"], held)
    datetime.date(2027, 1, 8)
    >>> announced_day(["résultats du concours d'ici 6 a 8 semaines"], held)  # read 275
    datetime.date(2027, 1, 27)
    >>> announced_day(["Elle a dit qu'on se reparle après les fêtes -> janvier?"], held)
    datetime.date(2027, 1, 31)
    >>> announced_day(["décision après l'AG de février"], held)
    datetime.date(2027, 2, 28)
    >>> announced_day(["le chef a dit on vous rappelle lundi ou mardi"], held)
    datetime.date(2026, 12, 8)
    >>> announced_day(["elle a dit réponse mi décembre après la CAP"], held)
    datetime.date(2026, 12, 15)

    A later guess said in the same breath (read 207):

    >>> announced_day(["Réponse après les fêtes, fin janvier sûrement"], held)
    datetime.date(2027, 1, 31)

    Counted from a later call the note dates (read 224):

    >>> [announced_day([n], date(2026, 11, 25)) for n in ("rappel avant le 15 décembre",
    ...     "avant les fêtes pour la réponse", "il veut que je revienne le 12 décembre")]
    [datetime.date(2026, 12, 15), datetime.date(2026, 12, 24), datetime.date(2026, 12, 12)]
    >>> sunday = date(2026, 11, 29)
    >>> [announced_day([n], sunday) for n in ("Il rappelle 'cette semaine ou la prochaine'",
    ...     "Elle m'a dit 'on te tient au courant d'ici les fêtes'",
    ...     "processus rapide, 'je vous dis ça la semaine prochaine'")]
    [datetime.date(2026, 12, 11), datetime.date(2026, 12, 24), datetime.date(2026, 12, 4)]
    >>> announced_day(["Mon rappel DTP est fait depuis le 1er décembre"], date(2026, 11, 25))
    >>> announced_day(["partir le lundi revenir le jeudi", "CAMARI à repasser en janvier"],
    ...               date(2026, 11, 25))
    >>> announced_day(["appelée le 25/11 : ils attendent le retour du directeur, « d'ici 2 "
    ...                "semaines »"],
    ...               date(2026, 11, 6))
    datetime.date(2026, 12, 9)
    """
    # Of several delays said, the latest: « Ils appellent en février, réponse au courant de
    # l'hiver » (read 175: « l'hiver », read first, sent the reminder on 2 February).
    notes = list(notes)
    days = [
        day
        for note in map(accents_restored, notes)
        for found in _ANNOUNCED.finditer(note)
        for said in (found.group(0), _second_guess(note, found.end()))
        if said
        and (day := _day_said(said, _counted_from(note, found, notes, interview))) is not None
    ]
    return max(days, default=None)


def _counted_from(note: str, found: re.Match[str], notes: list[str], interview: date) -> date:
    """The day a delay counts from: a later call, or the trial it follows.

    « Réponse dans 2 semaines après le stage » (fresh153: a reminder a week after the stage).
    """
    told = _told_on(note, found.start(), interview)
    if _AFTER_STEP.match(note, found.end()):
        step = meeting_day(notes, interview)
        if step is not None and step > told:
            return step
    return told


_AFTER_STEP = re.compile(
    r"\s*après\s+(?:le|la|l['’]|ma|mon)\s*(?:stage|essai|visite|test|journée|demi-journée"
    r"|audition|dégustation)\b",
    re.IGNORECASE,
)


# « appelée le 25/11 : ils attendent le retour du directeur, « d'ici 2 semaines » » : a delay
# given on a later call counts from that call (read 224: a call on 2 December).
_CONTACT_DAY = re.compile(
    r"\b(?:appel\w*|rappel\w*|relanc\w*|joint\w*|eue?s?|parlé\w*|contact\w*|écrit\w*|vue?s?)"
    r"\s+(?:[\w'’]+\s+){0,2}?le\s+(?:(?P<day>\d{1,2})/(?P<month>\d{1,2})\b"
    rf"|(?P<named>\d{{1,2}})(?:er)?\s+(?P<month_name>{_DAY_MONTH}))",
    re.IGNORECASE,
)


def _told_on(note: str, before: int, interview: date) -> date:
    """The day a note says the delay was given, when before the delay and after ``interview``.

    >>> _told_on("appelée le 25/11 : réponse d'ici 2 semaines", 18, date(2026, 11, 6))
    datetime.date(2026, 11, 25)
    >>> _told_on("réponse d'ici 2 semaines", 0, date(2026, 11, 6))
    datetime.date(2026, 11, 6)
    """
    told = interview
    for found in _CONTACT_DAY.finditer(note, 0, before):
        if found["day"]:
            month, day = int(found["month"]), int(found["day"])
            if not 1 <= month <= 12:
                continue
        else:
            month, day = _month(found["month_name"]), int(found["named"])
        said = _next(interview, month, day)
        if said is not None and said > told:
            told = said
    return told


# « Réponse après les fêtes, fin janvier sûrement » (read 207: reminders on 11 January): a
# later estimate said straight after the first, in the same breath.
_SECOND_GUESS = re.compile(
    r"\s*(?:,|ou|voire|plutôt|sinon|->|→)\s*(?:(?:plutôt|voire|peut-être|probablement|sûrement)\s+)?"
    rf"(?:{_DATED}|(?:en|courant) {_MONTH}|{_DAY}|(?P<bare>{_MONTH}))\b",
    re.IGNORECASE,
)


def _second_guess(note: str, end: int) -> str:
    """The day said right after an announcement, as a later guess at it, or ``""``.

    « après les fêtes -> janvier? » guesses the month (read 220).
    """
    found = _SECOND_GUESS.match(note, end)
    if found is None:
        return ""
    return f"en {found['bare']}" if found["bare"] else found.group(0)


def _day_said(said: str, interview: date) -> date | None:
    """The day one announcement names, counted from the ``interview``."""
    if (span := _SPAN_COUNT.search(said)) is not None:
        count = _count(span["most"] or span["least"])
        days = count * (7 if span["unit"][0] in "sS" else 1)
        # Half a year and more is no delay to wait for, but a typo or a test of the limits.
        return interview + timedelta(days=days) if days <= _LONGEST_WAIT else None
    if (on_calendar := _calendar_day(said, interview)) is not None:
        return on_calendar
    if _NEXT_WEEK.search(said):
        # Said on a weekend, « cette semaine ou la prochaine » means the coming week or the
        # one after (read 232: said on a Sunday); « la semaine prochaine » is the coming one.
        after = "ou la prochaine" in said.casefold()
        weekend = 7 if after and interview.weekday() >= 5 else 0
        return interview + timedelta(days=11 - interview.weekday() + weekend)  # its Friday
    if _THIS_WEEK.search(said):
        # Said on a Friday, « dans la semaine » is the next one.
        return interview + timedelta(days=(4 - interview.weekday()) % 7 or 7)
    # « lundi ou mardi » : the later (read 210: a call on the Tuesday itself).
    aheads = [
        (_WEEKDAYS.index(day.lower()) - interview.weekday()) % 7 or 7
        for day in _WEEKDAY.findall(said)
    ]
    # « d'ici vendredi prochain (4 dec?) », said on a Tuesday: the Friday of the week after,
    # the later of its two readings (fresh119: a call on the 2nd).
    if aheads and _NEXT_WEEKDAY.search(said) and interview.weekday() + aheads[-1] < 7:
        aheads.append(aheads[-1] + 7)
    return interview + timedelta(days=max(aheads)) if aheads else None


_LONGEST_WAIT = 183
_WORD_COUNTS = {"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
_WORD_COUNTS |= {"huit": 8, "dix": 10, "quinze": 15}
_SPAN_COUNT = re.compile(
    rf"(?:dans|sous|d['’]ici|prendre|durer|:) ?(?P<least>{_NUMBER})"
    rf"(?:\s*(?:-|à|a|ou)\s*(?P<most>{_NUMBER}))? (?P<unit>jours?|semaines?)",
    re.IGNORECASE,
)
_NEXT_WEEK = re.compile(r"\bsemaine prochaine\b|\bou la prochaine\b", re.IGNORECASE)
_THIS_WEEK = re.compile(r"\b(?:dans la semaine|fin de (?:la )?semaine)\b", re.IGNORECASE)
_FOLDED = str.maketrans("éèêëûüô", "eeeeuuo")
_MONTH_NUMBER = {
    name.translate(_FOLDED): number for number, name in enumerate(MONTHS.split("|"), start=1)
}
_ON_DAY = re.compile(rf"(\d{{1,2}})(?:er)? ({_DAY_MONTH})", re.IGNORECASE)
_NUMERIC_DAY = re.compile(r"\ble (\d{1,2})/(\d{1,2})\b")
_BARE_DAY = re.compile(r"\b(?:le|du) (\d{1,2})\b(?!\s*(?:h\b|heures?|%|ans?\b|km|€|\$|/))")
_IN_MONTH = re.compile(rf"(mi|d[ée]but|fin)[ -]+(?:d(?:e |['’]))?({_MONTH})", re.IGNORECASE)
# « les vacances de Noël » begin about the 19th in France's schools, the 22nd in Québec's:
# the earlier; Noël and the holidays themselves, the 24th.
_SEASON_SAID = re.compile(_SEASON_LEAD + r"(hiver|printemps|été|automne)\b", re.IGNORECASE)
_WHOLE_MONTH = re.compile(
    rf"\b(?:en |courant |à |courant (?:du mois )?d(?:e |['’])|{_SITTING} (?:de |d['’]))({_MONTH})",
    re.IGNORECASE,
)
_BEFORE_MONTH = re.compile(rf"\bavant ({_MONTH})\b", re.IGNORECASE)
_SCHOOL_BREAK = re.compile(r"vacances", re.IGNORECASE)
_AFTER_HOLIDAYS = re.compile(_AFTER_HOLIDAYS_SAID, re.IGNORECASE)
_BACK_AFTER_HOLIDAYS = 8
"""The day in January by which offices are back at work after the holidays."""
_CHRISTMAS = re.compile(_SEASON, re.IGNORECASE)
_MONTH_END = re.compile(r"fin du mois", re.IGNORECASE)
_YEAR_END = re.compile(r"fin de l['’]ann[ée]e", re.IGNORECASE)


def fixed_day(notes: Iterable[str], interview: date) -> date | None:
    """The day the notes announce, when they name it on the calendar (« le 10 décembre »).

    A month or a season (« 2e entretien en janvier », « courant décembre ») says when things
    may happen, not a day fixed: a call waits only for a day fixed (read 166).

    >>> fixed_day(["séance simu prévue le 10 décembre à Toulouse"], date(2026, 11, 13))
    datetime.date(2026, 12, 10)
    >>> fixed_day(["Nous pourrons nous rencontrer à la clinique le 15 décembre."],
    ...           date(2026, 11, 27))
    datetime.date(2026, 12, 15)
    >>> print(fixed_day(["Ils ont parlé d'un 2e entretien sur place en janvier."],
    ...                 date(2026, 11, 2)))
    None
    """
    said = announced_delay(notes)
    if said is None or not (_ON_DAY.search(said) or _NUMERIC_DAY.search(said)):
        return None
    return _calendar_day(said, interview)


# A meeting the notes fix: a second interview, a visit, meeting in person.
# « entretien sur site prévu le 8 décembre » after a call: the second interview too (read
# 260: a reminder two days after it spoke of the first alone).
_SECOND = (
    r"(?:(?:2e|2ème|deuxième|second|seconde)\s+(?:entretien|entrevue|rencontre|tour|ronde)"
    r"|(?:entretien|entrevue)\s+(?:sur\s+site|sur\s+place|en\s+présentiel))"
)
_SECOND_INTERVIEW = re.compile(rf"\b{_SECOND}\b", re.IGNORECASE)
_MEETING = re.compile(
    rf"\b(?:{_SECOND}|visite|nous\s+(?:rencontrer|rencontrerons|verrons)|on\s+se\s+(?:revoit|reverra))\b",
    re.IGNORECASE,
)


def meeting_day(notes: Iterable[str], interview: date) -> date | None:
    """The day of a meeting the notes fix after the interview, or None.

    >>> meeting_day(["2e entretien prévu le 14 décembre avec un autre associé."],
    ...             date(2026, 11, 27))
    datetime.date(2026, 12, 14)
    >>> print(meeting_day(["séance simu prévue le 10 décembre"], date(2026, 11, 13)))
    None

    A part of a month counts from its last day it may fall on (fresh100: a reminder on
    1 February after « on se revoit fin janvier pour une journée en binôme »):

    >>> meeting_day(["on se revoit fin janvier pour une journée en binôme"], date(2026, 11, 17))
    datetime.date(2027, 1, 31)

    Each line says its own: a delay told first does not hide the meeting told after it (read
    292: a reminder on the day of « une deuxième entrevue le 10 décembre », noted since,
    under « réponse par courriel d'ici le 4 décembre »):

    >>> meeting_day(["réponse d'ici le 4 décembre", "invité à une deuxième entrevue le 10 "
    ...              "décembre"], date(2026, 11, 20))
    datetime.date(2026, 12, 10)
    >>> meeting_day(["Il m'a invité à faire une journée d'essai avec l'équipe le 9 décembre."],
    ...             date(2026, 11, 19))
    datetime.date(2026, 12, 9)
    """
    days = [day for line in _lines(notes) if (day := _meeting_said(line, interview))]
    return max(days) if days else None


def _lines(notes: Iterable[str]) -> list[str]:
    return [
        each_day_its_month(line) for note in notes for line in note.splitlines() if line.strip()
    ]


# « samedi 12 et dimanche 13 décembre », « les 12 et 13 décembre » : one month for two days.
_TWO_DAYS_ONE_MONTH = re.compile(
    rf"\b((?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?)(\s+(?:et|ou|au)\s+(?:(?:{WEEKDAYS})\s+)?"
    rf"\d{{1,2}}(?:er)?\s+({MONTHS}))\b",
    re.IGNORECASE,
)


def each_day_its_month(note: str) -> str:
    """The note with the month said after each day it names, as the calendar reads them.

    « essai de 2 jours fixé samedi 12 et dimanche 13 décembre » read « samedi » as the
    next Saturday (fresh161: a call on 26 November asked where the process stood).

    >>> each_day_its_month("essai fixé samedi 12 et dimanche 13 décembre, les 3 ou 4 mai")
    'essai fixé samedi 12 décembre et dimanche 13 décembre, les 3 mai ou 4 mai'
    """
    return _TWO_DAYS_ONE_MONTH.sub(r"\1 \3\2", note)


# « m'a invité à faire une journée d'essai avec l'équipe le 9 décembre » : a day spent with
# the team, fixed since (read 304: a call on that very day, noted 1).
_TRIAL_DAY = re.compile(
    r"\b(?:journée|jour|demi-journée)\s+(?:d['’]essai|d['’]observation|en\s+binôme)\b"
    # « test de dextérité prévu sur place le 10 décembre » (read 308: a reminder the day after
    # asked where the process stood).
    # Not a test done at the interview (« essai de feutrage sur place (une petite fleur) »).
    r"|\b(?:test|essai|épreuve)\b[^.;!?\n]{0,40}?\bsur\s+place\b(?=[^.;!?\n]{0,20}?\ble\s+\d)"
    # « Essai d'une journée prévu le jeudi 10 décembre » (read 315: a reminder the day after),
    # « essai sur machine le samedi 5 décembre -> fait » (read 316: the reminder said nothing).
    # « essai sur le chantier du clocher de Saint-Benoît prévu jeudi 10 décembre » (read 332:
    # a call four days after it said nothing of it).
    # « Stage en cuisine prévu jeudi 10 décembre » (fresh153).
    rf"|\b(?:test|essai|épreuve|audition|dégustation|stage)\b[^.;!?\n]{{0,60}}?"
    rf"(?=\b(?:le\s+|prévue?\s+|fixée?\s+)(?:(?:{WEEKDAYS})\s+)?\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b)"
    # « essai samedi 12 décembre sur place » (read 312: a reminder the day before it).
    rf"|\b(?:test|essai|épreuve)\s+(?=(?:{WEEKDAYS})\s+\d{{1,2}}(?:er)?\s+(?:{MONTHS})\b)",
    re.IGNORECASE,
)


def _meeting_said(note: str, interview: date) -> date | None:
    said = _announced_in(note)
    if said is None or not _MEETING.search(said):
        trial = _TRIAL_DAY.search(note)
        return _calendar_day(note[trial.end() :], interview) if trial else None
    if _IN_MONTH.search(said):
        return _calendar_day(said, interview)
    return fixed_day([said], interview)


def _calendar_day(said: str, interview: date) -> date | None:
    """The day a delay said on the calendar names, the first such day after ``interview``."""
    if (found := _ON_DAY.search(said)) is not None:
        return _next(interview, _month(found[2]), int(found[1]))
    if (found := _NUMERIC_DAY.search(said)) is not None and 1 <= int(found[2]) <= 12:
        return _next(interview, int(found[2]), int(found[1]))
    if (found := _BARE_DAY.search(said)) is not None:
        day = int(found[1])
        month = interview.month if day > interview.day else interview.month % 12 + 1
        return _next(interview, month, day)
    if (found := _IN_MONTH.search(said)) is not None:
        part = found[1].lower().translate(_FOLDED)
        return _next(interview, _month(found[2]), {"mi": 15, "debut": 7}.get(part, 31))
    if (found := _SEASON_SAID.search(said)) is not None:
        month, day = _SEASON_DAY[found[1].lower()]
        return _next(interview, month, day)
    if (found := _WHOLE_MONTH.search(said)) is not None:
        return _next(interview, _month(found[1]), 31)  # the month over
    # « pas de réponse avant février » : not before the month begins.
    if (found := _BEFORE_MONTH.search(said)) is not None:
        return _next(interview, _month(found[1]), 1)
    if _AFTER_HOLIDAYS.search(said):
        return _next(interview, 1, _BACK_AFTER_HOLIDAYS)
    if _SCHOOL_BREAK.search(said):
        return _next(interview, 12, 19)
    if _CHRISTMAS.search(said):
        return _next(interview, 12, 24)
    if _MONTH_END.search(said):
        # Said in the month's last days, « fin du mois » is the next one's (read 312: « réponse
        # fin du mois » on 30 November, and a call on 7 December).
        soon = interview + timedelta(days=5)
        return _next(interview, soon.month, 31)
    if _YEAR_END.search(said):
        return _next(interview, 12, 31)
    return None


def _month(name: str) -> int:
    folded = name.lower().rstrip(".").translate(_FOLDED)
    return next(number for full, number in _MONTH_NUMBER.items() if full.startswith(folded))


def _next(after: date, month: int, day: int) -> date | None:
    """The ``day`` of ``month`` (its last day when shorter) on or after ``after``, or None.

    None too past the calendar's last year: ``announced_day`` is public, and the models'
    bounds on a day do not guard a direct call.

    None for a day a few weeks before ``after``: it is past, not next year's (read 304:
    « 1er entretien tel le 12/11 », noted on 20 November, gave a call in November 2027).

    >>> _next(date(2026, 11, 20), 1, 31), _next(date(2026, 11, 20), 11, 12)
    (datetime.date(2027, 1, 31), None)
    """
    for year in (after.year, after.year + 1):
        if year + month // 12 > date.max.year:
            return None
        last = (date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)).day
        if not 1 <= day <= 31:
            return None
        found = date(year, month, min(day, last))
        if found >= after:
            return found
        if after - found <= _JUST_PAST:
            return None
    return None


_JUST_PAST = timedelta(days=92)
"""How far before the interview a day the notes name is read as past, not next year's."""


_WEEKDAY = re.compile(_DAY, re.IGNORECASE)
_NEXT_WEEKDAY = re.compile(rf"{_DAY} prochain\b", re.IGNORECASE)
_WEEKDAYS = "lundi mardi mercredi jeudi vendredi samedi dimanche".split()


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _WORD_COUNTS[word.lower()]


def announced_delay(notes: Iterable[str]) -> str | None:
    """The words of the notes that announce when the answer comes, or None.

    >>> announced_delay(["Bonne vibe. Il a dit on se reparle la semaine prochaine."])
    'on se reparle la semaine prochaine'
    >>> announced_delay(["elle a insisté sur les quarts", "Réponse dans deux semaines"])
    'Réponse dans deux semaines'
    >>> announced_delay(["il a insisté sur la cadence, pic le vendredi"]) is None
    True
    >>> announced_delay(["réponse apres les fetes, pas de date precise"])
    'réponse après les fêtes'
    >>> announced_delay(["nouvelles après les fêtes selon elle"])
    'nouvelles après les fêtes'
    >>> announced_delay(["il m'a dit « je te reviens après les fêtes, faut que… »"])
    'je te reviens après les fêtes'
    >>> announced_delay(["Pas de réponse avant février, ils attendent le budget"])
    'réponse avant février'
    >>> announced_delay(["les nouvelles normes en janvier"]) is None
    True
    """
    return next((said for note in notes if (said := _announced_in(each_day_its_month(note)))), None)


def _announced_in(line: str) -> str | None:
    """The delay a line says, its days already given their month (``each_day_its_month``)."""
    found = _ANNOUNCED.search(accents_restored(line))
    return None if found is None else found.group(0)


# « il m'appellera », « elle nous recontacte » : the person met said they would call.
_CALLS_BACK = re.compile(
    # « le chef a dit on vous rappelle lundi ou mardi », the words as said (read 210).
    r"\b(?:ils?|elles?|on)\s+(?:me\s+|m['’]|nous\s+|vous\s+|te\s+|t['’])"
    r"(?:rappell?\w*|appell?\w*|recontact\w*|contact\w*|écrir\w*|donner\w* des nouvelles)"
    # « il rappelle apres le CA du 8 déc. », « elle rappelle après les récoltes » : no object
    # in a note (read 300: a call the day after the board). « Elle rappelle que… » reminds.
    r"|\b(?:ils?|elles?)\s+(?:rappell?\w*|recontact\w*)\b(?!\s+(?:que|qu['’]))",
    re.IGNORECASE,
)


def calls_back(notes: Iterable[str]) -> bool:
    """Whether the notes say the person met will call the candidate with the answer.

    >>> calls_back(["Décision au CA du 16 décembre, il m'appellera."])
    True
    >>> calls_back(["Je l'appelle lundi."]), calls_back(["Elle a appelé ma référence."])
    (False, False)
    >>> calls_back(["il rappelle apres le CA du 8 déc."]), calls_back(["Elle rappelle que…"])
    (True, False)
    """
    return any(_CALLS_BACK.search(note) for note in notes)


# « Décision après le bureau municipal du 8 décembre », « CME le 15 décembre -> réponse
# après » : the answer comes once the body has sat, and is told days later.
_AFTER_A_SITTING = re.compile(
    r"\b(?:bureau\s+municipal|conseil\s+(?:municipal|d['’]administration|communautaire)|CME"
    r"|AGA?\b|assemblée\s+générale"
    r"|commission|comité|jury|CA\b)[^.;!?\n]{0,40}?(?:->|→|:|,)?\s*(?:réponse|décision)?\s*"
    r"\bapr[eè]s\b(?!\s+(?:les|le|la|l['’])\s)"
    # « rép après le conseil municipal du 14 décembre » (read 299), « apres » unaccented.
    # « ils reviennent vers moi après la réunion d'équipe du 15 décembre » (read 316: a reminder
    # the day after).
    # « Ils décident après l'AG du 15 décembre » (read 324: a reminder the day after).
    r"|\b(?:réponse|rép\.?|décision|décid\w*|résultats?|rappell?\w*"
    # « Il me revient après la réunion du 15 décembre » (read 335: a reminder the day after).
    r"|(?:revien\w*|reviendr\w*)\s+vers\s+(?:moi|nous)|(?:me|nous|te)\s+(?:revien\w*|reviendr\w*))"
    # « résultats donnés après le comité du 10 décembre » (read 340: a reminder the day after).
    r"(?:\s+(?:donnée?s?|communiquée?s?|connue?s?|annoncée?s?|rendue?s?))?"
    # « décision au conseil municipal du 15 décembre » (fresh162: a reminder the day after).
    r"\s+(?:apr[eè]s|à l['’]issue|au|lors\s+du|en)\s+"
    r"(?:du|de la|le|la|l['’])?\s*"
    r"(?:bureau|conseil|CME|commission|comité|jury|CA\b|réunion|AGA?\b|assemblée)",
    re.IGNORECASE,
)


def decided_at_a_sitting(notes: Iterable[str]) -> bool:
    """Whether the notes tie the answer to a body's sitting, which tells it days later.

    >>> decided_at_a_sitting(["Décision après le bureau municipal du 8 décembre"])
    True
    >>> decided_at_a_sitting(["CME le 15 décembre -> réponse après"])
    True
    >>> decided_at_a_sitting(["rép après le conseil municipal du 14 décembre"])
    True
    >>> decided_at_a_sitting(["ils reviennent vers moi après la réunion d'équipe du 15 décembre"])
    True
    >>> decided_at_a_sitting(["Ils décident après l'AG du 15 décembre"])
    True
    >>> decided_at_a_sitting(["résultats donnés après le comité du 10 décembre"])
    True
    >>> decided_at_a_sitting(["décision au conseil municipal du 15 décembre"])
    True
    >>> decided_at_a_sitting(["Réponse d'ici le 8 décembre"]), decided_at_a_sitting(["Le CA"])
    (False, False)
    """
    return any(_AFTER_A_SITTING.search(note) for note in notes)


def days_named(text: str, after: date) -> list[date]:
    """The days that ``text`` names after ``after``, in order, each number of a list counted.

    >>> [day.day for day in days_named("les lundis 14 et 21 décembre", date(2026, 12, 4))]
    [14, 21]
    >>> [day.day for day in days_named("les 8, 9 ou 10 décembre", date(2026, 11, 16))]
    [8, 9, 10]
    >>> [day.day for day in days_named("lundi 14 ou mardi 15 décembre", date(2026, 12, 4))]
    [14, 15]
    """
    days = []
    for found in _ON_DAY.finditer(text):
        # The list before the day, read in a short window: a long text of numbers cannot make
        # the reading quadratic (hypothesis-style: « 1 ou lundi » five thousand times).
        window = text[max(0, found.start() - _LIST_WINDOW) : found.start()]
        listed = _LISTED_DAYS.search(window)
        numbers = re.findall(r"\d{1,2}", listed[0]) if listed else []
        month = _month(found[2])
        days += [_next(after, month, int(day)) for day in (*numbers, found[1])]
    return sorted({day for day in days if day is not None})


# « les 8, 9 ou 10 décembre », « les lundis 14 et 21 décembre » : each number is a day of the
# month named after the last.
_LIST_WINDOW = 60
_LISTED_DAYS = re.compile(
    rf"(?:\b\d{{1,2}}(?:er)?\s*(?:,|\bet\b|\bou\b|&)\s*(?:{_DAY}s?\s+)?)+$", re.IGNORECASE
)


def names_second_interview(text: str) -> bool:
    """Whether ``text`` speaks of a second interview: « le second entretien ».

    >>> names_second_interview("J'ai passé le 2 décembre le second entretien.")
    True
    """
    return _SECOND_INTERVIEW.search(text) is not None


# « Mme Lanteigne m'a invitée à une deuxième entrevue » : a step the organisation took,
# not news to tell it (fresh100: two reminders told the person met of their own invitation).
_INVITED = re.compile(
    r"\b(?:invit|convoqu|propos|retenue?\b|sélectionnée?\b|rappel|fix|calé|prévu|planifi"
    # « Le 2e entretien est confirmé pour le 10 décembre » (read 247: told back on the 17th).
    r"|confirm)",
    re.IGNORECASE,
)
_HELD = re.compile(r"\b(?:j['’]ai\s+(?:passé|eu|fait)|a\s+eu\s+lieu|s['’]est\s+tenue?)\b", re.I)


# « Le labo m'a proposé une semaine d'essai rémunérée du 14 au 18 décembre » : the
# organisation's own offer (read 308: a reminder told it to the lab that made it).
_TRIAL_OFFERED = re.compile(
    r"\b(?:semaine|journée|jour|demi-journée|période|stage)\s+d['’](?:essai|observation)", re.I
)


def offered_by_them(news: str) -> bool:
    """Whether ``news`` tells of a second interview or a trial the organisation offered.

    >>> offered_by_them("Le labo m'a proposé une semaine d'essai du 14 au 18 décembre.")
    True
    >>> offered_by_them("J'ai fait une journée d'essai chez un autre carrossier.")
    False

    Or a step the person met confirmed (read 319: « Depuis, vous m'avez confirmé par SMS
    l'essai de cavage du 12 décembre », told to her):

    >>> offered_by_them("Mme Bonnefoy m'a confirmé par SMS l'essai de cavage du 12 décembre.")
    True
    >>> offered_by_them("Mon test de français est prévu le 12 décembre.")
    False
    """
    if _THEIR_STEP.search(news):
        return True
    offered = names_second_interview(news) or _TRIAL_OFFERED.search(news)
    return bool(offered and _INVITED.search(news) and not _HELD.search(news))


_THEIR_STEP = re.compile(
    r"\bm['’]\s*(?:a|ont)\s+(?:confirmé|proposé|invitée?|fixé|calé|donné\s+rendez-vous)\b"
    r"[^.;!?\n]{0,40}?\b(?:essai|test|dégustation|visite|audition|journée|stage|rencontre)\b",
    re.IGNORECASE,
)


def invited_to_second_interview(news: str) -> bool:
    """Whether ``news`` tells of a second interview offered, not yet held.

    >>> invited_to_second_interview("Mme Lanteigne m'a invitée à une deuxième entrevue.")
    True
    >>> invited_to_second_interview("J'ai passé le 2 décembre le second entretien.")
    False
    """
    return bool(names_second_interview(news) and _INVITED.search(news) and not _HELD.search(news))


def new_invitation_to_second_interview(news: str) -> bool:
    """Whether ``news`` tells of an invitation to a second interview, not its confirmation.

    The thank-you could not know of the first (read 336: « Je me réjouis de la deuxième
    entrevue… » on 17 November, for an invitation that came after a test of the 20th); a
    confirmation is of what was set at the interview.

    >>> new_invitation_to_second_interview("Mme Roy m'a invitée à une deuxième entrevue le 9.")
    True
    >>> new_invitation_to_second_interview("Le 2e entretien est confirmé pour le 9 décembre.")
    False
    """
    return invited_to_second_interview(news) and _NEWLY_INVITED.search(news) is not None


_NEWLY_INVITED = re.compile(r"\b(?:invit|convoqu|propos)\w*", re.IGNORECASE)


def second_interview_day(notes: Iterable[str], interview: date) -> date | None:
    """The day of a second interview the notes fix (« 2e entretien calé le 9 décembre »).

    >>> second_interview_day(["2e entretien calé le 9 décembre avec le DSI"], date(2026, 11, 23))
    datetime.date(2026, 12, 9)
    >>> second_interview_day(["On se revoit le 15 décembre pour la 2e ronde"], date(2026, 11, 20))
    datetime.date(2026, 12, 15)
    >>> print(second_interview_day(["2e tour raté. Résultats le 4 décembre"], date(2026, 11, 28)))
    None
    >>> print(second_interview_day(["visite prévue le 10 décembre"], date(2026, 11, 23)))
    None
    >>> second_interview_day(["entretien sur site prévu le 8 décembre avec visite"],
    ...                      date(2026, 11, 25))
    datetime.date(2026, 12, 8)
    >>> second_interview_day(["réponse d'ici le 4 décembre", "invité à une deuxième entrevue "
    ...                       "le 10 décembre"], date(2026, 11, 20))
    datetime.date(2026, 12, 10)
    >>> print(second_interview_day(["2e entretien sur place le 14 décembre si je suis retenu"],
    ...                            date(2026, 11, 23)))
    None
    >>> print(second_interview_day(["Décision le 11 décembre, après un 2e entretien ? pas sûr."],
    ...                            date(2026, 11, 23)))
    None
    """
    days = [day for line in _lines(notes) if (day := _second_interview_said(line, interview))]
    return max(days) if days else None


def _second_interview_said(note: str, interview: date) -> date | None:
    said = _announced_in(note)
    if said is None:
        return None
    # « On se revoit le 15 décembre pour la 2e ronde » : the sentence says which meeting,
    # after the words that date it (read 239: a reminder in January forgot the second round);
    # not another sentence (« j'ai failli tomber au 2e tour. Résultats le 4 décembre »).
    sentence = next((part for part in re.split(r"(?<=[.;!?])", note) if said in part), said)
    if not _SECOND_INTERVIEW.search(sentence):
        return None
    # « Décision le 11 décembre, après un 2e entretien ? pas sûr. » : a second interview
    # doubted, and the day the decision's (read 320: « mon deuxième entretien du 11 décembre »
    # in three drafts).
    if sentence.rstrip().endswith("?") or _DECIDED_AFTER_SECOND.search(sentence):
        return None
    # « 2e entretien sur place le 14 décembre si je suis retenu » : not held unless chosen
    # (read 327: « mon deuxième entretien du 14 décembre », never confirmed).
    if _IF_CHOSEN.search(sentence):
        return None
    return fixed_day([said], interview)


_IF_CHOSEN = re.compile(
    r"\bsi\s+(?:je\s+suis\s+(?:retenue?|sélectionnée?|choisie?)|je\s+passe|retenue?)\b",
    re.IGNORECASE,
)
_DECIDED_AFTER_SECOND = re.compile(
    r"\b(?:décision|réponse|rép\.?|résultats?)\b[^.;!?\n]*\baprès\s+(?:un|une|le|la)\s+"
    r"(?:2e|2ème|deuxième|second)",
    re.IGNORECASE,
)


# A note's lines and sentences, as the model joins them with a period: « Appel de
# présélection 25 min. 2e entrevue prévue le 10 décembre » told no news of a call (read 331),
# and « mains gelées!! Il m'a proposé… » held the visit done and the trial offered in one
# line (read 323: « Pour la visite des fosses, je peux venir »). Not after a civility's or an
# initial's period (« M. Brunet », « Dr. Roy »), nor a « ?? » before lowercase, a doubt on
# the same line (« mi-décembre ?? pas confirmé »).
NOTE_LINES = re.compile(
    r"[\n;]+|(?<!\b[A-Z])(?<!\bMme)(?<!\bDr)(?<!\bPr)\.\s|[!?]+\s(?=[A-ZÀ-Þ\d])"
)


def second_interview_set(notes: Iterable[str], held: date, sent_on: date | None) -> date | None:
    """The day of a second interview set at the interview itself, after ``sent_on``, or None.

    Not one the notes tell as news come later (« elle m'a rappelé le 2 déc : 2e entrevue le
    10 décembre », « Gus m'a invitée à une deuxième entrevue »): the thank-you, sent the day
    after, does not know of it.

    >>> held = date(2026, 11, 24)
    >>> second_interview_set(["2e entretien prévu le 9 déc sur site"], held, date(2026, 11, 25))
    datetime.date(2026, 12, 9)
    >>> print(second_interview_set(["rép du 4/12 : 2e entretien le 10 décembre"], held, held))
    None

    Nor one a line before tells as news, the day on a line of its own (read 283: « il m'a
    écrit le 20 pour une 2e entrevue », then « 2e entrevue en personne prévue le mardi 8
    décembre »):

    >>> second_interview_set(["Appel de présélection 25 min. 2e entrevue prévue le 10 "
    ...                       "décembre avec M. Roy"], held, date(2026, 11, 25))
    datetime.date(2026, 12, 10)
    >>> print(second_interview_set(["il m'a écrit le 20 pour une 2e entrevue\\n2e entrevue "
    ...                             "prévue le mardi 8 décembre"], held, date(2026, 11, 25)))
    None
    """
    if sent_on is None:
        return None
    every = [line for note in notes for line in NOTE_LINES.split(note)]
    if any(_TOLD_LATER.search(line) and _SECOND_INTERVIEW.search(line) for line in every):
        return None
    lines = [line for line in every if not _TOLD_LATER.search(line)]
    day = second_interview_day(lines, held)
    # « le 1er était en visio le 26/11 », typed after a December interview, is no day a year
    # ahead.
    soon = day is not None and (day - held).days <= _SECOND_WITHIN_DAYS
    return day if day is not None and soon and sent_on < day else None


_SECOND_WITHIN_DAYS = 60
# News come later, a doubt or a condition (« si je suis retenue », « … partenaires ? »), or
# a line dated before its colon (pair read 273: « rép du 4/12 : 2e entretien… le 10
# décembre », looked forward to in a thank-you of 18 November).
_TOLD_LATER = re.compile(
    r"\b(?:rappel\w*|appel\w*|courriel|mail|re[çc]u|invit\w*|rép\w*|texto|sms|message|écrit"
    r"|si|peut-être|sûrement|probablement)\b|\?"
    r"|\d{1,2}\s*/\s*\d{1,2}\s*:|\b\d{1,2}(?:er)?\s+(?:nov|déc|dec|janv)\w*\.?\s*:",
    re.IGNORECASE,
)
