"""Risk indicators from hand-written, per-language phrase patterns with negation and hypothetical scope.

Pattern files (nlu/data/patterns/<lang>.yml) map an indicator id to phrases. A phrase is a sequence of
slots separated by spaces: `word` matches the folded word exactly, `word*` any word starting with it
(at least 3 letters), `NUM`, `NUM12` (>= 12) or `NUM10-17` a number, `a|b*` alternatives,
`nie_ma|brak` an alternative of several words,
`..` up to three and `...` up to eight other words in between (same sentence); a leading `^`
anchors the phrase at the start of the message, a trailing `$` at its end.
Phrases are folded like the text (see nlu.text), so one phrase covers Cyrillic, Latin transliteration,
missing diacritics and doubled letters. A key `<id>.pre` marks pre-departure phrasings (a recruiter
asking for the passport): they report the indicator but only count as a pre-departure red flag.

`minor.work` phrases (a child and work in one phrase) make a minor high risk on their own; a minor
alone (e.g. "I am 17, can I work abroad?") is a pre-departure red flag.

Concepts: a key `concept.NAME` lists the word alternatives of one meaning in that file's language (all
forms of "passport, documents, ID, papers", of "take, keep, hold, not give back"...); a phrase slot
`$NAME` stands for all of them, so rules are written once per meaning, not once per sentence (kept
under `<indicator>.general` keys, and the fifth round's under `<indicator>.r5`, which count like the
plain indicator key). A phrase
`A & B` (or `A & B & C`) is a co-occurrence: the slots in any order, in one sentence, each within eight
words of the previous one ("паспорт хозяин не отдает" and "хозяин не отдает паспорт" alike).

A match is dropped when a negation cue stands in the three words before it in the same clause
("they did not take my passport"), or a hypothetical cue stands before it in the same clause ("what if
they take my passport"); modal cues ("can they", "czy mogą") count only in a question. A fear cue
("afraid", "boję się", "боялась", "miedo", "se temea", "sợ") before a phrase in its clause makes it a
fear, not an event (only immediate danger still counts); a phrase that itself starts with a fear cue
is dropped when the sentence goes on to retract it ("... but they didn't", "pero no", "nhưng họ không").
An `own` cue ("I took", "I keep it", "mam go", "lo guardo yo", "em tự giữ") inside a document or phone
match, or three words before or two after it, means the user holds the thing (or only a copy is
held): no retention. A `lawful` cue (tax, insurance, a bank) near a deduction or a debt drops it.
Being locked in or hurt together with a cry for help (`sos` cues: "pomocy", "помогите", "help me",
"ayuda") anywhere in the message adds immediate danger.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from itertools import permutations
from pathlib import Path

from nlu.dataset import read_yaml
from nlu.indicators import HIGH_INDICATORS, INDICATORS
from nlu.labels import LANGUAGES
from nlu.text import Token, fold_word, tokenize
from nlu.types import Indicator, Risk

__all__ = ["PatternError", "RiskDetector", "level_for"]

_GAP = 3
_LONG_GAP = 8
_MODAL_WINDOW = 5
_REQUEST_WINDOW = 4
# Conditional threats ("if you go to the police we will find you") are still threats.
_NO_HYPOTHETICAL = frozenset({"threats"})
# "can you help me now?" is still a call for help.
_NO_MODAL = frozenset({"immediate_danger"})
_NEG_WINDOW = 3
# Romanian clitics and auxiliaries (folded) that stand between "nu" and its verb ("nu mi l-au luat", "nu
# ni le-au luat", "nu mi i-au oprit"): not counted in the negation's window (the lead's review, fifty-first
# session).
_RO_CLITICS = frozenset({"mi", "ti", "i", "l", "le", "ni", "vi", "li", "o", "au", "a", "am", "ai", "ati",
                         "s"})
# Lawful deductions and bank loans: a `lawful` cue near the match drops it.
_LAWFUL_SCOPE = frozenset({"wage_withholding", "debt_bondage"})
# Seventh round: a question about a lawful deduction ("tax and ZUS were taken off, am I being cheated?")
_LAWFUL_ASK = frozenset({"wage_withholding", "debt_bondage", "deception"})
# Being locked in or hurt, together with a cry for help (`sos` cues), is danger now.
_DANGER_WITH_SOS = frozenset({"restriction_of_movement", "violence"})
# Things the user may simply hold: an `own` cue in the match or just after it drops the match.
_OWNABLE = frozenset({"document_retention", "isolation", "violence"})  # "I hit my head"
# A fear ("afraid they will...") is not an event, except a fear for one's life or of a threat.
_NO_FEAR = frozenset({"immediate_danger", "threats"})
# Nineteenth round: "acum doi ani" (two years ago): "acum" before a number and a unit of time is not "now".
# Thirty-third round: a week or a day in the singular too ("am fugit acum o săptămână", a week ago; "acum o
# oră", an hour ago, stays recent).
_RO_AGO_UNITS = frozenset({"ani", "an", "luni", "luna", "lună", "zile", "saptamani", "săptămâni", "ore",
                           "saptamana", "zi"})
# Thirteenth round: situations in which losing contact afterwards is danger now.
_LOST_CONTACT = frozenset({"violence", "restriction_of_movement", "sexual_exploitation"})
_HYP_WINDOW = 8
# Pattern key suffixes: pre-departure, child at work, concepts section, safety net, rounds 5-24.
_FLAGS = ("", "pre", "work", "general", "net", "r5", "r6", "r7", "r8", "r9", "r10", "r11", "r13", "r14",
          "r15", "r15b", "r15c", "r16", "r17", "r18", "r19", "r20", "r21", "r21b", "r22", "r22b", "r23",
          "r24", "r25", "r25b", "r26", "r27", "r28", "r29", "r30", "r30b", "r30c", "r31", "r31b", "r32",
          "r33", "r33b", "r34", "r34b", "r35", "r36", "r36b", "r37", "r37b", "r38", "r38b", "r39", "r39b",
          "r40", "r40b", "r41", "r41b", "r42", "r42b", "r43", "r43b", "r44", "r44b", "r45", "r45b",
          "r46", "r46b", "r47", "r47b", "r48", "r48b", "r49", "r49b", "r50", "r50b", "r51", "r51b",
          "r52", "r52b", "r53", "r53b", "r54", "r54b", "m54", "r55", "r55b", "r56", "r56b", "exit")
# Sixth round: scopes over a whole sentence or message (cues.yml): media, jokes, all-clear statements,
# general questions, the user's own protective action, a journey (pre-departure), a job offer to a minor.
# The user's own protective action ("I lock myself in the cab at night") drops only these.
_PROTECT_SCOPE = frozenset({"restriction_of_movement", "forced_criminality"})
# Twenty-first round: cue kinds (cues.yml), all positions in the message.
_R21_KINDS = ("returned", "brief", "written", "room", "notwork", "deposit", "selfsay", "inback", "yelled",
              "transfer", "safeplace", "gethelp")
# Twenty-second round: cue kinds (cues.yml), all positions in the message.
_R22_KINDS = ("ledge", "bridge", "traffic", "moveon", "roadfine", "returnticket", "ownmoney", "cardmine",
              "drivingrules", "account", "ownkey", "volunteer")
# Twenty-third round: cue kinds (cues.yml), all positions in the message.
_R23_KINDS = ("lastbus", "taxi", "stayhome", "dayoff", "lostphone", "newsim")
# Twenty-fourth round: cue kinds (cues.yml), all positions in the message.
_R24_KINDS = ("tired", "building", "consent", "unclothed", "leftbehind", "seizure",
              "repaid", "funeral", "permit", "landlord")
# Twenty-fifth round: cue kinds (cues.yml), all positions in the message.
_R25_KINDS = ("minimise", "endbare", "mykey", "selfkeep")
# Twenty-sixth round: cue kinds (cues.yml), all positions in the message.
_R26_KINDS = ("sickleave", "thosedays", "offdays", "locker", "smokebreak", "asagreed", "hidegame", "worktool",
              "agoesc")
# Twenty-seventh round: cue kinds (cues.yml), all positions in the message.
_R27_KINDS = ("regfine", "staking", "pillshand", "nolive", "cityaway", "ended")
# Thirtieth round: words after an opening "help" that make it a request, not a cry ("help with my payslip").
_HELP_WITH = frozenset({"with", "for", "on", "needed", "wanted", "desk", "line", "center", "centre", "to",
                        "in", "about", "regarding"})
# Twenty-eighth round: words before a closing "help" that make it a request, not a cry.
_ASK_HELP = frozenset({"you", "u", "can", "could", "pls", "please", "plz", "to", "for", "some", "need",
                       "with", "any", "your", "the", "and", "or", "of", "me", "us"})
# Twenty-eighth round: cue kinds (cues.yml), all positions in the message.
_R28_KINDS = ("offsetr28", "otherr28", "moveoutr28", "takesallr28")
# Twenty-ninth round: cue kinds (cues.yml), all positions in the message.
_R29_KINDS = ("cashr29", "ownlangr29")
# Thirty-first round: cue kinds (cues.yml), all positions in the message.
_R31_KINDS = ("jumpr31", "incarr31", "agreedr31", "yousayr31", "ownaccr31", "breakcallr31", "authorityr31",
              "neveraskedr31", "ownticketr31", "workcontractr31", "nowtoldr31", "kinr31",
              "comeshomer31", "formerr31")
# Thirty-second round: cue kinds (cues.yml), all positions in the message.
_R32_KINDS = ("jumpnowr32", "justsentr32", "unconsciousr32", "trappedr32", "pillsr32", "endwishr32",
              "perweekr32", "finer32", "phonebrokenr32", "ownlockr32", "ipaidr32", "kinloanr32", "realvolr32",
              "weeksr32")
# Thirty-third round: cue kinds (cues.yml), all positions in the message.
_R33_KINDS = ("trappedr33", "overtimer33", "mydocr33", "contractr33", "signedr33", "canleaver33", "rehabr33",
              "byphoner33", "bailiffr33", "shelterr33", "agor33", "sharedsleepr33", "theftvictimr33",
              "bankcardr33", "buryr33", "habitcomer33")
# Thirty-fourth round: cue kinds (cues.yml), all positions in the message.
_R34_KINDS = ("waitingr34", "bossmenr34", "lookingr34", "hearr34", "vannowr34", "onedayr34", "fairr34",
              "photocopyr34", "notrentr34", "brawlr34", "nopapersr34", "weatherr34")
# Thirty-fifth round: cue kinds (cues.yml), all positions in the message.
_R35_KINDS = ("soundr35", "demandr35", "doner35", "wardr35", "latenightr35", "childjobr35",
              "familyr35", "fewhoursr35", "gohomer35",
              "normalaskr35")
# Thirty-sixth round: cue kinds (cues.yml), all positions in the message.
_R36_KINDS = ("drivenr36", "rumourr36", "askcheckr36", "collectedr36", "okr36", "notakenr36",
              "screenr36", "wallr36", "workdayr36")
# Thirty-eighth round: cue kinds (cues.yml), all positions in the message.
_R38_KINDS = ("nomedr38", "dizzyr38", "boughtr38", "wrongwayr38", "lockdoorsr38", "vehdocr38", "persdocr38",
              "selfkeepr38", "returnedr38", "copyr38", "ownfaultr38", "paidotr38", "daysokr38", "homenowr38",
              "doctorr38")
# Thirty-ninth round: cue kinds (cues.yml), all positions in the message.
_R39_KINDS = ("wrongwayr39", "killr39", "agreedr39", "latenightr39", "childjobr39", "aloner39", "nightlyr39",
              "againr39")
# Fortieth round: cue kinds (cues.yml), all positions in the message.
_R40_KINDS = ("hider40", "ifeverr40", "exampler40", "agreedr40", "notbackr40")
# Forty-first round: cue kinds (cues.yml), all positions in the message.
_R41_KINDS = ("schoolr41", "mencomer41", "tripr41", "justnowr41", "entertainr41", "bossr41")
# Forty-second round: cue kinds (cues.yml), all positions in the message.
_R42_KINDS = ("offrouter42", "clientsr42", "comesr42", "mainexitr42", "walkinr42", "leftminer42",
              "theoryr42", "unwantedr42", "adsaidr42", "onlythatr42", "yesterdayr42", "rescuedr42",
              "entertainr42", "guardr42", "crimer42")
# Forty-third round: cue kinds (cues.yml), all positions in the message.
_R43_KINDS = ("sellonr43", "ownpassr43", "bankr43", "collectr43", "nothingr43", "actuallyr43")
# Forty-fourth round: cue kinds (cues.yml), all positions in the message.
_R44_KINDS = ("notakenr44", "daysr44")
# Forty-fifth round: cue kinds (cues.yml), all positions in the message.
_R45_KINDS = ("hidr45", "doorr45", "urger45", "recentr45", "notpaidr45", "lendr45", "loangiver45",
              "overtimer45", "checkifr45", "guaranteer45", "casesr45", "wantworkr45", "hastor45", "meanr45",
              "spotr45", "interestr45", "quitr45", "keepsr45", "aloner45", "tookitr45")
# Forty-sixth round: cue kinds (cues.yml), all positions in the message.
_R46_KINDS = ("sendr46", "wantsr46", "callmer46", "joinr46", "vionlyr46", "nobadr46", "justhelpr46",
              "falsealarmr46", "tripaskr46", "familytripr46")
# Forty-seventh round (CS-CV), false escalations: one who does not do it and does not want to break the law.
# A question "what if ... took my passport, is that legal? can I go to the police?".
# A buyer on a marketplace asking for the user's card details (a phishing scam against the user).
_R47_KINDS = ("notdoner47", "lawfulr47", "whatifr47", "legalaskr47", "cangor47", "buyerr47", "cardr47")
# Forty-eighth round (CS-CV): a thank-you after a false alarm that retells the old fear.
# A couple moving abroad, or one going through a licensed agency, listing what they checked before leaving.
# A friend who has not paid or sent anything to an offer; friends who call chosen overtime slavery; a remote
# job asking for a passport scan.
# A self-employed user's unpaid invoice; a cut at home with no need for an ambulance.
_R48_KINDS = ("turnedoutr48", "allclearr48", "licensedr48", "beforegor48", "paidsentr48", "friendsayr48",
              "remotejobr48", "selfemployedr48", "cutr48", "noambulancer48", "cancelledr48", "lostjobr48",
              "howhelpr48", "guider48", "floodr48")
# Forty-ninth round (CW-CZ): a passport taken for a moment and given back minutes later or at once.
# A worried friend's all-clear list: his own passport and phone, paid into his account, weekends off.
# An unpaid trial week in an offer asked about.
# "Nobody is taking anything off me or threatening me, I just want to know my rights".
# The employer pays the flight and the visa, nothing to pay back.
# The end of a joke ("... 😂 ok joking aside, they haven't paid us").
_R49_KINDS = ("backsoonr49", "ownlistr49", "trialr49", "nobodyr49", "orr49", "rightsaskr49", "paysflightr49",
              "nothingbackr49", "jokeasider49", "nothingsincer49", "saysnextr49", "backwhendebtr49",
              "docwordr49")
# The lead's review of the fiftieth round: an agency or a firm (folded prefixes; vi "công ty", "môi giới" by
# their first word) in the sentence of a parents' loan.
_FIRM_R50 = ("agenc", "agent", "firm", "empres", "compan", "kompani")
_RUMOUR_R50 = frozenset({"document_retention", "wage_withholding", "threats", "deception", "recruitment_fee",
                         "debt_bondage"})
_R50_KINDS = ("chosenr50", "ownkeepr50", "takerr50", "ifr50", "butr50", "rumourr50", "allclearr50",
              "notstartedr50", "trialr50", "wherestartr50", "hepaidr50", "parentloanr50", "insurancer50",
              "allowedaskr50", "leftr50", "ownpassr50", "signedr50")
# Fifty-first round: the general calm frame. An all-clear said by the writer ("nothing bad has happened",
# "it all turned out fine", "we checked", "I haven't done anything"), with nothing told of a present or past
# danger anywhere in the message (`toldr51`) and no "again", drops these anywhere in the message.
_CALM_R51 = frozenset({"document_retention", "wage_withholding", "threats", "deception", "debt_bondage",
                       "recruitment_fee", "forced_criminality", "minor", "abusive_conditions",
                       "restriction_of_movement", "isolation"})
_R51_KINDS = ("calmr51", "toldr51", "legalaskr51", "toldmer51")
# Fifty-second round: a rumour answered by the writer's own check that denies it ("heard rumours our camp
# takes the kids' phones; asked the director: only during activities"), kept when confirmed ("it's true").
_R52_KINDS = ("rumourr52", "checkr52", "deniedr52", "confirmr52", "bankerrorr52", "paidnowr52")
_RUMOUR_R52 = frozenset({*_CALM_R51, "sexual_exploitation"})
# Fifty-third round: the attacker waiting nearby now after a beating, afraid to leave; documents kept by their
# owners after a contract; late pay that came in full.
_R53_KINDS = ("waitingr53", "scaredleaver53", "ownkeepr53", "contractr53", "paidfullr53",
              "finer53")
# Fifty-fourth round: running away now and hiding; a child made to beg, watched, there now.
_R54_KINDS = ("fleeingr54", "guardr54", "therenowr54", "safenowr54", "justtellr54",
              "madeselfr54", "legalworkr54", "clearedr54", "hardworkr54",
              "copiedr54")
# Fifty-fifth round: the most words of a follow-up answer naming who still holds "it".
_FOLLOW_UP_R55 = 10
# Fifty-fifth round: round 52's rumour frame in more words (talk passed on, the writer's own earlier message
# taken back; the writer's look or finding; what it found).
_R55_KINDS = ("rumourr55", "checkr55", "deniedr55", "jumpr55", "letoutr55", "stilllockedr55", "starvedr55",
              "hearsayr55", "findsafer55", "notgoner55", "whatifr55", "pillsr55")
# Fifty-sixth round: round 52's rumour frame checked by asking the person or by a visit (rumourr56:
# "heard a rumour", "people on our estate say"; checkr56: "I asked her straight", "I talked to them";
# deniedr56: her own keeping, "she has her passport", "I keep the original", "he can leave whenever").
# everr56: an "ever" or "one day" after an "if" ("if a passenger ever told me ..., who would I call?");
# bringr56: a recruiter's request to bring the passport ("says bring my original passport", "mówi żeby
# wziąć").
_R56_KINDS = ("rumourr56", "checkr56", "deniedr56", "everr56", "bringr56")
# Fifty-fifth round: what a question about the future asks ("what if I get sick abroad? I haven't gone yet.
# could the employer keep my passport then?") and what stories heard in general tell.
_FUTURE_R55 = frozenset({"document_retention", "wage_withholding", "debt_bondage", "threats"})
_HEARSAY_R55 = frozenset({"abusive_conditions", "restriction_of_movement", "forced_criminality"})
# Fifty-fourth round: a rumour of danger now answered by the writer's check ("heard my cousin was locked in on
# a site, but I called him, he's fine, already home"): the locking told is no danger now either.
_RUMOUR_R54 = frozenset({*_RUMOUR_R52, "immediate_danger", "violence"})
# Fifty-second round: days, hours, holidays or money asked about with es "¿cuántos ... nos tocan?".
_ENTITLED_R52 = frozenset({"dias", "dia", "horas", "vacaciones", "euros", "dinero", "semanas", "libres",
                           "descanso", "pago", "paga"})
# Review of the fiftieth round (the fifty-first session): a question answered by a told confirmation.
_M51_KINDS = ("confirmedm51", "thankhelpm51", "traffickersm51", "ownpassm51", "helpothersm51", "whoaskm51")
# Forty-ninth round: what the employer's paid flight and visa, nothing to pay back, drops.
_FLIGHT_PAID_R49 = frozenset({"document_retention", "wage_withholding", "debt_bondage", "recruitment_fee"})
# The lead's review of the forty-ninth round: "it's fine, paid every friday" (after "joking aside" or alone)
# is the adjective "fine", not a penalty: a match that opens on "fine" after one of these words.
_FINE_ADJ_R49 = frozenset({"its", "is", "im", "am", "all", "be", "was", "were", "are", "feel", "feels",
                           "felt", "seems", "looks", "everything", "totally", "perfectly", "just", "doing"})
# Forty-eighth round: what a checklist before leaving through a licensed agency drops.
_CHECKLIST_R48 = frozenset({"wage_withholding", "recruitment_fee", "debt_bondage", "document_retention",
                            "unrealistic_offer", "forced_criminality", "deception"})
# Forty-eighth round: ru "должен отправить" (must send), a modal before a send or do verb, is no debt.
_RU_MUST_R48 = frozenset(("dolzhen", "dolzhna", "dolzhny"))
_RU_DO_R48 = frozenset(fold_word(w) for w in ("отправить", "прислать", "выслать", "сделать", "оформить",
                                              "скинуть", "показать", "подписать", "приехать", "прийти"))
# The user as the subject just before a taking pronoun form ("I took it", "ja go zabrałem", "я его забрал").
_SELF_R45 = frozenset(fold_word(w) for w in ("i", "we", "ja", "my", "я", "мы", "ми", "yo", "nosotros", "eu",
                                             "noi", "em", "tôi", "mình"))
_R37_KINDS = ("swallowr37", "cantmorer37", "unknownr37", "menr37", "unwillingr37", "silencer37",
              "aliver37", "nodayoffr37", "copyr37", "keptr37", "warnr37", "noofferr37", "entitledr37",
              "legalr37", "bodyworkr37", "lastweekr37",
              "jumpwishr37", "poolr37")
# Thirty-seventh round: the word between the two counts of a compact shift rota ("4 cu 4", "4 через 4",
# "4 na 4", "4 on 4 off", "làm 4 nghỉ 4").
_ROTA_JOIN = frozenset(fold_word(w) for w in ("cu", "через", "na", "on", "nghỉ", "por", "x", "до"))
_ROTA_FUSED = re.compile(r"^([2-7])(?:ks|na)([2-7])$")
# Thirty-third round: "them" and its forms closing a sexual-exploitation match; a lock or block word opening a
# document match (a bank card blocked); the first word of an "at night" that is no "tonight".
# "with" before an object: the instrument of a blow ("with a hammer"), not a noise heard (eighth session).
_WITH = frozenset({"with", "z", "ze", "con", "cu", "bang", "voi"})
_THEM = frozenset(fold_word(w) for w in ("them", "nimi", "ними", "ellos", "ei", "họ"))
# Thirty-sixth round: a place of aid before a help word ("punkt pomocy", "пункт помощи", "centro de ayuda").
_AID_PLACE = frozenset(fold_word(w) for w in (
    "punkt", "punkcie", "punktu", "ośrodek", "ośrodku", "centrum", "пункт", "пункте", "пункті", "центр",
    "центре", "центрі", "centro", "centrul", "centrului", "punctul", "punct", "trung", "tâm", "desk",
    "centre", "center", "point"))
# Thirty-sixth round: relative words opening a clause that continues the one before it.
_RELATIVE = frozenset(fold_word(w) for w in ("где", "де", "where", "donde", "unde", "które", "którzy"))
_LOCK_WORDS = ("lock", "block", "zablok", "blok", "заблок", "блок", "bloq", "bloc", "khoa")
_AT_NIGHT_FIRST = frozenset(fold_word(w) for w in ("en", "w", "ночью", "вночі"))
# Thirty-third round: words that fold like a phrase's word ("nó muốn về": he wants to go home, not "nợ vé";
# "khuyết tật": disabled, not "tát" slapped; "anh" a brother, not "ảnh" a photo; ru "вижу" I see, not "виз*"
# a visa): the match's first or last word written so drops it, the Vietnamese ones in a message written with
# tone marks.
# Thirty-ninth round: "cảnh báo" (a warning) and "cạnh" (beside), not "canh" (to guard), opening a restriction
# match.
_VI_RAW_FIRST = {"debt_bondage": frozenset({"nó"}), "violence": frozenset({"tật"}),
                 "restriction_of_movement": frozenset({"cảnh", "cạnh"})}
_VI_RAW_LAST = {"sexual_exploitation": frozenset({"anh"}), "violence": frozenset({"tật"})}
_RAW_LAST = {"document_retention": frozenset({"вижу"})}
# uk "подзвонить" (he will call), not "подзвоніть" (call!): no cry for help.
_RAW_FIRST = {"immediate_danger": frozenset({"подзвонить"})}
# Thirty-ninth round: "till" before an hour just after a held-now match ("szef trzyma mnie do 2 w nocy", "mă
# ține până la 2 noaptea"): kept late at work, not held now.
_TILL_R39 = frozenset(fold_word(w) for w in ("till", "until", "do", "hasta", "pana", "până", "до", "tới",
                                            "đến"))
# Forty-first round: the friends of the fortieth round's "entertain his friends" phrases.
_FRIENDS_R41 = frozenset(fold_word(w) for w in (
    "kolegów", "kolegom", "znajomych", "znajomym", "kumpli", "kumplom", "przyjaciół", "друзей", "приятелей",
    "дружков", "корешей", "друзів", "приятелів", "дружків", "корешів", "amigos", "compas", "cuates",
    "compadres", "prietenii", "amicii", "bạn"))
# Forty-first round: a hostess or dancer opening a sexual-exploitation match in an offer asked about.
_HOSTESS_R41 = frozenset(fold_word(w) for w in (
    "hostess", "dancer", "hostessa", "hostessą", "tancerka", "хостес", "танцовщица", "танцівниця",
    "anfitriona", "bailarina", "hostesă", "hostesa", "dansatoare"))
# Forty-second round: uk, ru "вишлють", "вышлют" (they send, or they deport) before a thing sent.
_SENT_R42 = frozenset(fold_word(w) for w in ("вишлють", "вышлют", "вишле", "вышлет"))
_SENT_THING_R42 = frozenset(fold_word(w) for w in (
    "договір", "договор", "контракт", "документи", "документы", "квиток", "билет", "гроші", "деньги",
    "посилку", "посылку", "адресу", "адрес", "реквізити", "реквизиты", "запрошення", "приглашение"))
# Forty-second round: the first words of "but actually it's me they force" phrases (forced_criminality.r42).
_ACTUALLY_R42 = frozenset(fold_word(w) for w in (
    "actually", "really", "naprawdę", "naprawde", "tak", "на", "насправді", "справді", "en", "realmente",
    "de", "thật", "thực", "thiệt"))
_VI_MARKS = frozenset("ảãạàáậầấẩẫắằặẳẵẻẽẹèéếềểễệỉĩịìíỏõọòóốồổỗộơớờởỡợủũụùúưứừửữựỳýỵỷỹđ")
# Twenty-ninth round: a cry for help over pay alone ("POMOCY PILNE!!! trzeci miesiąc nie dostałem ani
# grosza"): with only these found, a help word opening every danger-now match is no danger now.
_PAY_ONLY = frozenset({"wage_withholding", "deception", "recruitment_fee", "no_contract", "unrealistic_offer",
                       "unverified_recruiter"})
# Twenty-ninth round: money words: "no money for food" is poverty, not food denied.
_MONEY = frozenset(fold_word(w) for w in ("money", "pieniędzy", "kasy", "денег", "грошей", "dinero", "plata",
                                          "bani", "tiền"))
# Thirtieth round: a currency just after an hours number ("18 euros/hora") and "free" just after a place to
# sleep ("vivienda y carro gratis") in an advert: a rate and a perk, not hours worked or a car to sleep in.
_CURRENCY = frozenset(fold_word(w) for w in (
    "euro", "euros", "eur", "zł", "zl", "zloty", "złotych", "zlotys", "lei", "ron", "dollars", "dólares",
    "usd", "gbp", "funtów", "злотых", "злотих", "гривен", "гривень", "рублей", "đồng", "triệu"))
# Forty-first round: a currency just after a number ("заплатили парню 15 евро"): a sum, not an age.
_SUM_R41 = _CURRENCY | frozenset(fold_word(w) for w in (
    "евро", "євро", "долларов", "доларів", "баксов", "баксів", "dolarów", "dolarow", "dolares", "dolari",
    "€", "$", "£", "pounds", "funtów", "funtow", "фунтов", "фунтів", "usd"))
# Forty-second round: currencies of a rate (`_ad_rate_r42`): the forty-first round's sums and zloty forms.
_CUR_R42 = _SUM_R41 | frozenset(fold_word(w) for w in (
    "zloți", "zloti", "złotych", "zlotych", "zł", "злотих", "злотых", "zloty", "zlotys", "złote", "zlote"))
# Forty-second round: "for" before a sum worked for, an hour word after its currency (`_ad_rate_r42`).
_FOR_R42 = frozenset(fold_word(w) for w in ("for", "za", "за", "por", "pe", "cu"))
_HOUR_R42 = frozenset(fold_word(w) for w in ("an", "a", "per", "na", "в", "за", "la", "pe", "một", "mỗi"))
_FREE = frozenset(fold_word(w) for w in ("gratis", "free", "gratuit", "gratuită", "darmowy", "darmowe",
                                        "бесплатно", "бесплатный", "безкоштовно", "безкоштовний", "miễn"))
# Thirtieth round: phone words before "escondido"; now-words; speech verbs after a now-word.
# Thirty-first round: a time preposition before an hour ("kiedy chcę, nawet o 3", "хоть в 3 ночи"), not a sum.
_AT_HOUR = frozenset({"o", "at", "v", "la", "las", "luc"})
# Thirty-first round: es "me toca turno de noche" (it falls to me), not touching.
_ES_TOCA = frozenset({"turno", "turnos", "trabaiar", "hacer", "ir", "pagar", "esperar", "quedarme",
                      "limpiar"})
_PHONE = frozenset({"celular", "telefono", "movil", "viejo", "telefon", "phone"})
_NOW_WORDS = frozenset(fold_word(w) for w in ("now", "teraz", "acum", "сейчас", "теперь", "зараз", "тепер",
                                             "ahora", "giờ"))
_SAYS = frozenset(fold_word(w) for w in (
    "says", "said", "tells", "wants", "mówi", "mowi", "powiedział", "chce", "zice", "spune", "говорит",
    "сказал", "хочет", "каже", "сказав", "хоче", "dice", "dijo", "quiere", "bảo", "nói"))
# Twenty-ninth round: a pay day ("wypłata przychodzi dopiero 10.", "only on the 10th", "только 10-го").
_DAY_SUFFIX = frozenset({"th", "st", "nd", "rd", "go", "ego", "chisla", "lea", "a"})
_DAY_BEFORE = frozenset({"on", "the", "pe", "el", "na", "mung", "ngay"})
# Twenty-ninth round: "without" opening a "without documents" phrase ("без документов", "bez dokumentów").
_WITHOUT = frozenset({"bez", "without", "sin", "fara", "khong"})
# Twenty-eighth round: a spouse working, not the children ("with our 2 kids, my husband already works there").
_SPOUSE = frozenset({"husband", "wife", "maz", "meza", "zona", "muzh", "muzha", "zhena", "cholovik",
                     "cholovika", "druzhina", "esposo", "esposa", "marido", "sotul", "sotia", "chong", "vo"})
# Twenty-seventh round: "был у меня" (was with me, folded like "бил" beat): the pronouns after "у".
_RU_HAVE = frozenset({"menia", "nas", "nego", "nee", "neio", "nih", "tebia", "vas"})
# Twenty-seventh round: situations that hold the person (taken to another city tonight is danger now).
_HELD = frozenset({"document_retention", "restriction_of_movement", "threats", "violence",
                   "sexual_exploitation", "debt_bondage"})
# Twenty-seventh round: "sin permiso de trabajo" (a work permit), "del médico": no permission to go out.
_ES_PERMIT = (["de", "trabaio"], ["de", "residencia"], ["del", "medico"])
# Twenty-sixth round: words after "keeping her" that make it a thing kept, not a person held.
_KEPT_THINGS = ("passp", "docum", "paper", "id", "card", "visa", "permit", "phone", "money", "salary", "wage",
                "pay")
# Twenty-sixth round: words for a month after a count of days off ("2 days off a month" is no rota).
_MONTH_WORDS = frozenset({"month", "miesiac", "miesiacu", "mesiats", "mesiatsa", "mesiatse", "misiats",
                          "misiatsi", "misiatsia", "mes", "luna", "thang"})
_SCOPE_SENTENCE_KINDS = ("media", "joke", "protect", "journey", "offer", "collector", "legalstep", "wish")
_SCOPE_START_KINDS = ("allclear", "contrast", "selfharm", "arrive", "tonight", "come", "escaped", "passby",
                      "hide", "weapon", "now", "past", "unwilling", "farewell", "despair", "method", "abduct",
                      "just", "nearby", "deprived", "since", "stranger", "armed", "endall", "bleed",
                      "outlock", "trapped", "habit", "kill", "deadline", "depart", "pretext", "resolved",
                      "noaid", "injured", "nowfine", "still", "gotout", "afraidout", "gone", "nomiss", "soon",
                      "pickup", "sham", "watching", "standnear", "secret", "lostcontact", "copied",
                      "handback", "thanks", "settled", "atsea", "nosignal", "harmself", "noanswer",
                      "sold", "keys", "tool", "freeleave", "firstpay", "lodging", "nonconsent",
                      "height", "letgo", "lockout", "freefor", "aidgiven", "home", "original", "inpatient",
                      *_R21_KINDS,
                      *_R22_KINDS, *_R23_KINDS, *_R24_KINDS, *_R25_KINDS, *_R26_KINDS, *_R27_KINDS,
                      *_R28_KINDS, *_R29_KINDS, *_R31_KINDS, *_R32_KINDS, *_R33_KINDS, *_R34_KINDS,
                      *_R35_KINDS, *_R36_KINDS, *_R37_KINDS, *_R38_KINDS, *_R39_KINDS, *_R40_KINDS,
                      *_R41_KINDS, *_R42_KINDS, *_R43_KINDS, *_R44_KINDS, *_R45_KINDS,
                      *_R46_KINDS, *_R47_KINDS, *_R48_KINDS, *_R49_KINDS, *_R50_KINDS, *_R51_KINDS,
                      *_M51_KINDS, *_R52_KINDS, *_R53_KINDS, *_R54_KINDS,
                      *_R55_KINDS, *_R56_KINDS)
_NO_STARTS: dict[str, tuple[int, ...]] = dict.fromkeys(_SCOPE_START_KINDS, ())
# Twentieth round: a lockout (the user locked out, the key inside) drops these anywhere in the message.
_LOCKOUT_SCOPE = frozenset({"restriction_of_movement", "immediate_danger"})
# Twenty-first round: a question "not about work" about a landlord's deposit drops these anywhere in the
# message.
_NOTWORK_SCOPE = frozenset({"wage_withholding", "debt_bondage", "recruitment_fee"})
# Raw marks (not words) that make a sentence a joke. Thirtieth round: not "😅" (a nervous smile after a
# situation played down: "holds the pay till the end of the season so we don't drink it 😅").
_JOKE_MARKS = ("😂", "🤣", "😆", "😹", "=))", ":))", ":)))", ":D", "xD", "XD")


class PatternError(ValueError):
    """A pattern file is malformed; the message names the file and the phrase."""


@dataclass(frozen=True, slots=True)
class _Word:
    exact: frozenset[str]
    prefixes: tuple[str, ...]
    number: tuple[int, int] | None = None  # `NUM`, `NUM12` (>= 12), `NUM10-17`: a number in range
    memo: dict[str, bool] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def matches(self, word: str) -> bool:
        hit = self.memo.get(word)
        if hit is None:
            if len(self.memo) > 50_000:
                self.memo.clear()
            hit = self.memo[word] = self._matches(word)
        return hit

    def _matches(self, word: str) -> bool:
        if word in self.exact or (bool(self.prefixes) and word.startswith(self.prefixes)):
            return True
        if self.number is not None and word[:1].isdigit():
            digits = word[:6].rstrip("abcdefghijklmnopqrstuvwxyz")
            if digits.isascii() and digits.isdigit():
                low, high = self.number
                return low <= int(digits) <= high
        return False


@dataclass(frozen=True, slots=True)
class _Slot:
    """Alternatives at one place of a phrase: single words, or word sequences written `a_b`."""

    word: _Word
    seqs: tuple[tuple[_Word, ...], ...] = ()
    # seqs indexed by an exact first word; the others are always tried
    by_first: dict[str, tuple[tuple[_Word, ...], ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )
    other: tuple[tuple[_Word, ...], ...] = field(default=(), compare=False, hash=False, repr=False)
    # seqs whose first two words are exact, indexed by both (many share a frequent first word: "не_",
    # "nie_", "me_", "a_"); by_first then holds only the rest
    by_pair: dict[tuple[str, str], tuple[tuple[_Word, ...], ...]] = field(
        default_factory=dict, compare=False, hash=False, repr=False
    )

    @classmethod
    def build(cls, word: _Word, seqs: tuple[tuple[_Word, ...], ...]) -> _Slot:
        by_first: dict[str, list[tuple[_Word, ...]]] = {}
        by_pair: dict[tuple[str, str], list[tuple[_Word, ...]]] = {}
        other: list[tuple[_Word, ...]] = []
        for seq in seqs:
            first = seq[0]
            if first.exact and not first.prefixes and first.number is None:
                second = seq[1] if len(seq) > 1 else None
                if second is not None and second.exact and not second.prefixes and second.number is None:
                    for w in first.exact:
                        for w2 in second.exact:
                            by_pair.setdefault((w, w2), []).append(seq)
                else:
                    for w in first.exact:
                        by_first.setdefault(w, []).append(seq)
            else:
                other.append(seq)
        return cls(word, seqs, {k: tuple(v) for k, v in by_first.items()}, tuple(other),
                   {k: tuple(v) for k, v in by_pair.items()})

    def match(self, norms: list[str], sents: list[int], j: int) -> int | None:
        """Index of the last word matched when the slot starts at word j, or None (norms: the message's
        folded words; sents: their sentence numbers)."""
        norm = norms[j]
        if self.word.matches(norm):
            return j
        if not self.seqs:
            return None
        # Only the non-empty groups are tried (most slots have one kind of sequence).
        if self.by_pair and j + 1 < len(norms):
            pair = self.by_pair.get((norm, norms[j + 1]))
            if pair and (end := self._seq_end(pair, norms, sents, j)) is not None:
                return end
        if self.by_first:
            first = self.by_first.get(norm)
            if first and (end := self._seq_end(first, norms, sents, j)) is not None:
                return end
        if self.other:
            return self._seq_end(self.other, norms, sents, j)
        return None

    @staticmethod
    def _seq_end(group: tuple[tuple[_Word, ...], ...], norms: list[str], sents: list[int], j: int
                 ) -> int | None:
        for seq in group:
            end = j + len(seq) - 1
            if end < len(norms) and sents[end] == sents[j] and all(
                w.matches(norms[j + n]) for n, w in enumerate(seq)
            ):
                return end
        return None

    def first_words(self) -> list[_Word]:
        return [self.word, *(seq[0] for seq in self.seqs)]


_VI_ASK = frozenset({"khong", "ko", "hong", "hem"})
# Twenty-first round: "vì tim", "bệnh tim", "đau tim", "mổ tim": the heart, not "tìm" (to look for).
_VI_HEART = frozenset({"vi", "benh", "dau", "mo"})
_VI_ASK_BEFORE = frozenset({"duoc", "dc", "dk", "them", "co", "chua"})


@dataclass(frozen=True, slots=True)
class _Pattern:
    indicator: str
    pre: bool
    slots: tuple[_Slot, ...]
    gaps: tuple[int, ...]  # gaps[i]: how many words may stand between slot i and i+1
    source: str
    anchored: bool = False  # `^` first: the phrase must open the message
    work: bool = False  # `minor.work`: a child at work, high on its own
    final: bool = False  # `$` last: the phrase must close the message
    lang: str = ""  # the pattern file's language
    # Ninth round (`.exit` keys): leaving only for a price or beaten for wanting to leave. The condition
    # is the coercion ("if she wants to leave she has to pay"): no hypothetical scope, but a question
    # drops it.
    conditional: bool = False
    # Twenty-fifth round (`document_retention.r25b`): a document given back only when the user left. The
    # giving back is theirs ("paszport oddali dopiero jak wyjeżdżałem"), so the user's own-holding cues
    # ("oddali" is also "we handed it in") do not drop it.
    late: bool = False
    # Set by the detector: per later slot, the ids of the words one of which the message must contain
    # (`RiskDetector._word_ids`; a cheap test before matching: most candidates lack a later word).
    requires: tuple[frozenset[int], ...] = ()
    # Forty-second round: the pattern key of an r42 or r42b phrase ("sexual_exploitation.r42b"), for the
    # checks that act on one key (`_out_of_scope`); empty for the others.
    key: str = ""


def _parse_word(alts: list[str], where: str) -> _Word:
    exact: set[str] = set()
    prefixes: list[str] = []
    number: tuple[int, int] | None = None
    for alt in alts:
        if alt.startswith("NUM"):
            low, _, high = alt[3:].partition("-")
            if (low and not low.isdigit()) or (high and not high.isdigit()):
                raise PatternError(f"{where}: bad number slot {alt!r}")
            number = (int(low or 0), int(high or 10**9))
        elif alt.endswith("*"):
            folded = fold_word(alt[:-1])
            if len(folded) < 2:
                raise PatternError(f"{where}: prefix {alt!r} is shorter than 2 letters")
            prefixes.append(folded)
        else:
            folded = fold_word(alt)
            if not folded or not folded.isalnum():
                raise PatternError(f"{where}: bad word {alt!r}")
            exact.add(folded)
    return _Word(frozenset(exact), tuple(prefixes), number)


def _parse_slot(text: str, where: str) -> _Slot:
    # The tokenizer splits at hyphens ("n-au" is two words); number ranges keep theirs.
    text = "|".join(alt if alt.startswith("NUM") else alt.replace("-", "_") for alt in text.split("|"))
    single = [alt for alt in text.split("|") if "_" not in alt]
    seqs = tuple(
        tuple(_parse_word([w], where) for w in alt.split("_") if w) for alt in text.split("|") if "_" in alt
    )
    return _Slot.build(_parse_word(single, where), seqs)


def _parse_phrase(indicator: str, pre: bool, phrase: str, where: str, work: bool = False,
                  lang: str = "", conditional: bool = False, late: bool = False) -> _Pattern:
    slots: list[_Slot] = []
    gaps: list[int] = []
    pending_gap = 0
    parts = phrase.split()
    anchored = bool(parts) and parts[0] == "^"
    if anchored:
        parts = parts[1:]
    final = bool(parts) and parts[-1] == "$"
    if final:
        parts = parts[:-1]
    for part in parts:
        if part in ("..", "..."):
            if not slots or pending_gap:
                raise PatternError(f"{where}: misplaced {part!r} in {phrase!r}")
            pending_gap = _GAP if part == ".." else _LONG_GAP
            continue
        if slots:
            gaps.append(pending_gap)
        pending_gap = 0
        slots.append(_parse_slot(part, f"{where} {phrase!r}"))
    if not slots or pending_gap:
        raise PatternError(f"{where}: empty or dangling phrase {phrase!r}")
    if any(len(pre) < 3 for w in slots[0].first_words() for pre in w.prefixes):
        raise PatternError(f"{where}: a first-word prefix needs 3 letters: {phrase!r}")
    return _Pattern(indicator, pre, tuple(slots), tuple(gaps), phrase, anchored, work, final, lang,
                    conditional, late)


def _concepts(data: Mapping[str, object], path: Path) -> dict[str, str]:
    """`concept.NAME: [alternatives]` -> {"NAME": "a|b*|c_d"} (a concept may use earlier concepts)."""
    out: dict[str, str] = {}
    for key, items in data.items():
        if not str(key).startswith("concept."):
            continue
        name = str(key)[8:]
        if not name or not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise PatternError(f"{path}: {key}: expected a list of quoted words")
        alts: list[str] = []
        for item in items:
            for alt in str(item).split("|"):
                if alt.startswith("$"):
                    if alt[1:] not in out:
                        raise PatternError(f"{path}: {key}: unknown concept {alt!r} (define it above)")
                    alts.extend(out[alt[1:]].split("|"))
                else:
                    alts.append(alt.strip().replace(" ", "_"))
        out[name] = "|".join(dict.fromkeys(a for a in alts if a))
    return out


def _expand(phrase: str, concepts: Mapping[str, str], where: str) -> list[str]:
    """Concept slots replaced by their alternatives; `A & B` unfolded into every order joined by `...`."""
    def slot(part: str) -> str:
        if "$" not in part or part == "$":
            return part
        alts = []
        for alt in part.split("|"):
            if alt.startswith("$"):
                if alt[1:] not in concepts:
                    raise PatternError(f"{where}: unknown concept {alt!r} in {phrase!r}")
                alts.append(concepts[alt[1:]])
            else:
                alts.append(alt)
        return "|".join(alts)

    expanded = " ".join(slot(part) for part in phrase.split())
    if " & " not in f" {expanded} ":
        return [expanded]
    parts = [p.strip() for p in expanded.split("&")]
    if len(parts) > 3 or not all(parts) or any(p.startswith("^") or p.endswith("$") for p in parts):
        raise PatternError(f"{where}: a co-occurrence takes 2 or 3 parts without ^ or $: {phrase!r}")
    return [" ... ".join(order) for order in dict.fromkeys(permutations(parts))]


# single words, and several-word cues indexed by their first word
_CueSet = tuple[frozenset[str], dict[str, tuple[tuple[str, ...], ...]]]


def _for_language(items: Iterable[str], language: str | None) -> list[str]:
    out = []
    for item in items:
        words = [w for w in item.split() if not w.startswith("@")]
        tags = {w[1:] for w in item.split() if w.startswith("@")}
        if not tags or language is None or language in tags:
            out.append(" ".join(words))
    return out


def _cue_set(words: Iterable[str]) -> _CueSet:
    single: set[str] = set()
    multi: dict[str, list[tuple[str, ...]]] = {}
    for w in words:
        parts = tuple(fold_word(p) for p in str(w).split())
        if len(parts) == 1:
            single.add(parts[0])
        elif parts:
            multi.setdefault(parts[0], []).append(parts)
    return frozenset(single), {k: tuple(v) for k, v in multi.items()}


def _cue_end(words: list[str], k: int, cues: _CueSet) -> int | None:
    """The index of the last word of a cue starting at word k, or None."""
    single, multi = cues
    if words[k] in single:
        return k
    for seq in multi.get(words[k], ()):
        if tuple(words[k : k + len(seq)]) == seq:
            return k + len(seq) - 1
    return None


def _has_cue(words: list[str], cues: _CueSet) -> bool:
    single, multi = cues
    for i, w in enumerate(words):
        if w in single:
            return True
        for seq in multi.get(w, ()):
            if tuple(words[i : i + len(seq)]) == seq:
                return True
    return False


def _ends_with_cue(words: list[str], cues: _CueSet) -> bool:
    """Twenty-first round: whether the words end with one of the cues."""
    single, multi = cues
    if words and words[-1] in single:
        return True
    return any(len(seq) <= len(words) and tuple(words[-len(seq):]) == seq
               for seqs in multi.values() for seq in seqs)


def _ascii_int(norm: str) -> int | None:
    """A word of ASCII digits as a number, or None. `str.isdigit` is true for "²" and other digits that `int`
    refuses, which failed the whole risk stage (found in the thirteenth session's review: "... the boss took
    my passport ²" read none)."""
    return int(norm) if norm.isascii() and norm.isdigit() and len(norm) <= 9 else None


def _old_story(tokens: list[Token], scopes: _Scopes) -> bool:
    """Twenty-first round: a past cue ("years ago", "w zeszłym roku") or a past year ("in 2006")."""
    return bool(scopes.starts["past"]) or any(
        1950 <= (_ascii_int(t.norm) or 0) <= 2024 for t in tokens)


def _yesterday_r42(tokens: list[Token], k: int, scopes: _Scopes) -> bool:
    """Forty-second round: a "yesterday" (`yesterdayr42`) before token k in its sentence, and no "now" or
    "still" in that sentence: told of yesterday, not happening now."""
    sentence = tokens[k].sentence
    return any(y < k and tokens[y].sentence == sentence for y in scopes.starts["yesterdayr42"]) and not any(
        tokens[n].sentence == sentence for n in (*scopes.starts["now"], *scopes.starts["still"]))


def _relative_clause(tokens: list[Token], i: int) -> bool:
    """Thirty-sixth round: whether the clause of token i opens on a relative word ("..., где отбирают
    паспорта", "..., де забирають паспорти"), which continues the clause before it."""
    j = i
    while j and tokens[j - 1].clause == tokens[i].clause:
        j -= 1
    return tokens[j].norm in _RELATIVE


def _send_request_r46(tokens: list[Token], i: int, end: int, scopes: _Scopes,
                      cues: dict[str, _CueSet]) -> bool:
    """Forty-sixth round: a document match opened by or holding a send word (sendr46 from twelve words before
    it to its end) asked for by someone who wants it (wantsr46 up to eight words before the send word, in
    its sentence), with nothing still held (a "not yet" is no "still"), not given back or told as now in that
    sentence."""
    sentence = tokens[i].sentence
    # "not yet" ("todavía no me fui", "încă n-am plecat") is no "still".
    if any(tokens[k].sentence == sentence and not (kind == "still" and (_has_cue(
            nxt := [t.norm for t in tokens[k + 1 : k + 3]], cues["negation"])
                                                  or {"n", "nu", "ne"} & set(nxt)))
           for kind in ("still", "notbackr40", "now") for k in scopes.starts[kind]):
        return False
    # A want negated right before it ("nu vrea să ne dea pașapoartele", won't give them back: the lead's
    # review after the fiftieth round) is a refusal, not a request.
    neg = cues["negation"][0]
    return any(i - 12 <= s <= end and tokens[s].sentence == sentence and any(
        s - 8 <= w < s and tokens[w].sentence == sentence and not (w and tokens[w - 1].norm in neg)
        for w in scopes.starts["wantsr46"]) for s in scopes.starts["sendr46"])


def _false_alarm_r48(tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> bool:
    """Forty-eighth round: a thank-you after a false alarm that retells the old fear ("a few weeks ago I was
    panicking ... turned out his phone died, he has a proper contract and is fine, just wanted to say
    thanks"): thanks, "turned out", then an all-clear not negated, nothing "still" and no "actually"."""
    turned = scopes.starts["turnedoutr48"]
    if not (turned and scopes.starts["thanks"]) or scopes.starts["still"]:
        return False
    if any(a > turned[0] for a in scopes.starts["actuallyr43"]):
        return False
    return any(k > turned[0] and _unnegated(tokens, k, cues)
               for k in (*scopes.starts["allclearr48"], *scopes.starts["finer32"]))


def _checklist_r48(asks: bool, tokens: list[Token], scopes: _Scopes) -> bool:
    """Forty-eighth round: one going abroad through a licensed or registered agency who lists what was checked
    and asks what else to do before leaving (a licence cue, a before-leaving cue and a question; no boss word,
    nothing "still" and no contrast after the licence; es "no", a negation, is no ru "но")."""
    licensed = scopes.starts["licensedr48"]
    return bool(licensed and scopes.starts["beforegor48"]) and asks and not (
        scopes.starts["bossr41"] or scopes.starts["still"]
        or any(c > licensed[0] and tokens[c].norm != "no" for c in scopes.starts["contrast"]))


def _own_list_r49(tokens: list[Token], i: int, scopes: _Scopes, cues: dict[str, _CueSet], after: int = 0
                  ) -> bool:
    """Forty-ninth round: two all-clear list cues in the sentence of the match at i (or `after` sentences
    after it), not negated, no boss word in that sentence and no contrast after the list's first word (the
    match or a cue)."""
    sentence = tokens[i].sentence + after
    own = [k for k in scopes.starts["ownlistr49"]
           if tokens[k].sentence == sentence and _unnegated(tokens, k, cues)]
    if len(own) < 2 or any(tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
        return False
    first = min(i, own[0]) if not after else own[0]
    return not any(c > first and tokens[c].sentence == sentence for c in scopes.starts["contrast"])


def _chosen_r50(tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> bool:
    """Fiftieth round: sex work told as chosen ("by my own choice", "independently", "nobody forces her"),
    not negated, no taker, debt or force word in the message (but in the choice cue's own words) and no "but",
    "now" or "again" after the first choice cue."""
    chosen = [k for k in scopes.starts["chosenr50"] if _unnegated(tokens, k, cues)]
    if any(10 <= (_ascii_int(t.norm) or 0) <= 17 for t in tokens):
        return False  # an age under 18: a minor's sex work is exploitation, whatever is said of choice
    return bool(chosen) and not any(
        not any(c <= k <= c + 3 for c in chosen) for k in scopes.starts["takerr50"]) and not any(
        c > chosen[0] for c in (*scopes.starts["butr50"], *scopes.starts["againr39"]))


def _rumour_cleared_r50(i: int, end: int, tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]
                        ) -> bool:
    """Fiftieth round: the match at i..end is in a rumour's sentence, after or at the rumour cue ("I heard
    agencies take passports and don't pay"), and the user's own all-clear follows the rumour, not negated
    ("nothing like that with me", "every payment came on time"); or the match overlaps that all-clear."""
    sentence = tokens[i].sentence
    rumours = [r for r in scopes.starts["rumourr50"] if r <= end and tokens[r].sentence == sentence]
    clear = [a for a in scopes.starts["allclearr50"] if _unnegated(tokens, a, cues)]
    if any(r < a for r in rumours for a in clear):
        return True
    return any(i - 3 <= a <= end and tokens[a].sentence == sentence for a in clear) and any(
        r < i for r in scopes.starts["rumourr50"])


def _rumour_checked_r52(i: int, end: int, tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]
                        ) -> bool:
    """Fifty-second round: the match at i..end told in a rumour's sentence, after the rumour cue ("heard
    rumours", "someone told my mate", "a friend said"), then the writer's own check after the match ("I asked
    the director", "I called her") and a denial after it, the whole message that frame (`_rumour_told_r52`:
    no confirmation, nothing told after the check, at most a question or a thank-you after the denial's
    sentence). A danger told after the check is outside the rumour's sentence: it stays."""
    sentence = tokens[i].sentence
    # Fifty-fifth round: a `rumourr55` word may be inside the match ("the loan someone supposedly took on my
    # passport").
    rumours = (*(r for r in scopes.starts["rumourr52"] if r <= i),
               *(r for r in (*scopes.starts["rumourr55"], *scopes.starts["rumourr56"]) if r <= end))
    return scopes.rumour_r52 and any(tokens[r].sentence == sentence for r in rumours) and any(
        k > end for k in (*scopes.starts["checkr52"], *scopes.starts["checkr55"],
                          *scopes.starts["checkr56"]))


def _rumour_told_r52(text: str, tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> bool:
    """Fifty-second round, for the net: the whole message is a rumour answered by the writer's check that
    denies it. A rumour cue, a check after it in its sentence or the next, a denial after the check in its
    sentence or the next; no confirmation after the rumour; no "but", "now" or "still", and no danger told
    (`toldr51`, `toldmer51`, not negated, outside a denial's words) after the check; and after the denial's
    sentence at most one sentence, a question or a thank-you ("so that's fine, right?")."""
    # Fifty-fourth round: a word passed on of someone's danger now (in `rumourr52`), the check finding them
    # fine or home (`safenowr54`), a closing "just wanted to tell" (`justtellr54`).
    # Fifty-fifth round: talk passed on or the writer's own earlier message taken back (`rumourr55`), the
    # writer's look or finding (`checkr55`), what it found (`deniedr55`); a "still" or a "but" inside a
    # closing question after the denial ("should I still be worried?", "but in general what signs ...?"),
    # and after the denial two sentences, each a question, a thank-you or an all-clear ("mum has a contract
    # and is always paid on time. Thanks for the tips").
    # Fifty-sixth round: the rumour checked by asking the person or by a visit, her own keeping as the denial.
    rumours = sorted((*scopes.starts["rumourr52"], *scopes.starts["rumourr55"],
                      *scopes.starts["rumourr56"]))
    safe = scopes.starts["safenowr54"]
    if not rumours:
        return False
    checks = [k for k in (*scopes.starts["checkr52"], *scopes.starts["checkr55"],
                          *scopes.starts["checkr56"]) if k > rumours[0]]
    checks.sort()
    if not checks or tokens[checks[0]].sentence > tokens[rumours[0]].sentence + 1:
        return False
    k = checks[0]
    denials = sorted((*scopes.starts["deniedr52"], *safe, *scopes.starts["deniedr55"],
                      *scopes.starts["deniedr56"]))
    denied = [d for d in denials
              if d > k and tokens[k].sentence <= tokens[d].sentence <= tokens[k].sentence + 1]
    if not denied:
        return False
    last = tokens[denied[-1]].sentence
    asked = _question_sentences_r55(text, tokens)
    # vi "vẫn ổn" (still fine) is a denial, not a "still".
    if any(s not in safe and s not in scopes.starts["deniedr55"] and not (
            tokens[s].sentence > last and tokens[s].sentence in asked) for s in scopes.starts["still"]):
        return False
    if any(r > rumours[0] and _unnegated(tokens, r, cues) and not any(
            d <= r <= d + 3 for d in scopes.starts["deniedr55"])  # ru "разрешение действительно" (valid)
            for r in scopes.starts["confirmr52"]) or any(
            c > k and (kind == "butr50" or (_unnegated(tokens, c, cues) and not any(
                d <= c <= d + 3 for d in denials)))  # "we all keep our own" is no "keep our" told
            and not (kind == "butr50" and tokens[c].sentence > last and tokens[c].sentence in asked)
            for kind in ("butr50", "toldmer51", "toldr51") for c in scopes.starts[kind]):
        return False
    if tokens[-1].sentence == last:
        return True
    if tokens[-1].sentence > last + 2:
        return False
    closing = {*scopes.starts["thanks"], *scopes.starts["justtellr54"], *scopes.starts["allclear"],
               *scopes.starts["okr36"], *scopes.starts["deniedr55"], *scopes.starts["deniedr56"],
               *(c for c in scopes.starts["contractr53"] if _unnegated(tokens, c, cues))}
    tail = range(last + 1, tokens[-1].sentence + 1)
    if len(tail) == 1:
        rest = next(j for j, t in enumerate(tokens) if t.sentence == last + 1)
        return "?" in text[tokens[rest].start:] or any(t >= rest for t in closing)
    return all(s in asked or any(tokens[t].sentence == s for t in closing) for s in tail)


def _question_sentences_r55(text: str, tokens: list[Token]) -> set[int]:
    """Fifty-fifth round: the sentences with a question mark after their first word, before the next
    sentence's first word."""
    firsts: dict[int, int] = {}
    for t in tokens:
        firsts.setdefault(t.sentence, t.start)
    ends = [*sorted(firsts.values())[1:], len(text)]
    return {s for (s, start), stop in zip(sorted(firsts.items()), ends, strict=True)
            if "?" in text[start:stop]}


def _legal_work_ask_r54(tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> bool:
    """Fifty-fourth round: a teenager's question whether or how long they may legally work (`legalworkr54`), a
    contract (`contractr53`, `consent`) or an all-clear (`clearedr54`, `calmr51`) before it, not negated; no
    "but", nothing still going on, no night work or building site (`hardworkr54`) and nothing told (`toldr51`,
    `toldmer51`, not negated) in the message."""
    asks = [k for k in scopes.starts["legalworkr54"] if _unnegated(tokens, k, cues)]
    if not asks or scopes.starts["butr50"] or scopes.starts["still"] or scopes.starts["hardworkr54"]:
        return False
    if any(_unnegated(tokens, c, cues) for kind in ("toldr51", "toldmer51") for c in scopes.starts[kind]):
        return False
    return any(k < asks[-1] for k in scopes.starts["clearedr54"]) or any(
        k < asks[-1] and _unnegated(tokens, k, cues)
        for kind in ("contractr53", "consent", "calmr51") for k in scopes.starts[kind])


def _bank_delay_r52(tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> int | None:
    """Fifty-second round: pay late through a bank's fault, all there now ("panicked cos my wages didn't land,
    turns out it was a bank glitch and it's all there today"): the position of the first paid-now cue after a
    bank-error cue, not negated, with nothing "still", no "but" or "now" after it and nothing told (`toldr51`,
    `toldmer51`, not negated) in the message; else None."""
    banks = scopes.starts["bankerrorr52"]
    if not banks or scopes.starts["still"]:
        return None
    paid = [k for k in scopes.starts["paidnowr52"] if k > banks[0] and _unnegated(tokens, k, cues)]
    if not paid or any(c > paid[0] for c in scopes.starts["butr50"]) or any(
            _unnegated(tokens, c, cues) for kind in ("toldr51", "toldmer51") for c in scopes.starts[kind]):
        return None
    return paid[0]


def _own_keep_r53(i: int, end: int, tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> bool:
    """Fifty-third round: the match at i..end overlaps documents kept by their owners ("he signed a contract,
    has his own documents"; "I checked: a council scheme, proper contract, everyone keeps their own ID"): an
    own-keeping cue not negated, a contract told before it and not negated, no boss word before the cue in its
    sentence, nothing "still" after it, no "but" after the cue and no danger told (`toldr51`, `toldmer51`, not
    negated, outside the cue's words) after it; and after the cue's sentence only questions, thank-yous or
    all-fines (`_calm_tail_r53`: "Only his passport has been in the foreman's drawer since Tuesday" is
    news)."""
    own = [k for k in scopes.starts["ownkeepr53"] if i - 4 <= k <= end + 1 and _unnegated(tokens, k, cues)]
    if not own or not scopes.tail_r53:
        return False
    k = own[0]
    if any(t > k for t in scopes.starts["still"]):  # vi "van" folds like "vẫn" (still): only after the cue
        return False
    sentence = tokens[k].sentence
    if not any(c < k and _unnegated(tokens, c, cues) for c in scopes.starts["contractr53"]) or any(
            b < k and tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
        return False
    return not any(c > k and (kind == "butr50" or (_unnegated(tokens, c, cues) and not any(
        o <= c <= o + 4 for o in own))) for kind in ("butr50", "toldmer51", "toldr51")
        for c in scopes.starts[kind])


def _calm_tail_r53(text: str, tokens: list[Token], scopes: _Scopes) -> bool:
    """Fifty-third round: every sentence after the first own-keeping cue's sentence a question, a thank-you or
    an all-fine ("Anything else worth checking?", "All fine, just saying"): nothing new told after it."""
    own = scopes.starts["ownkeepr53"]
    if not own:
        return False
    calm = {tokens[k].sentence for kind in ("thanks", "finer32", "allclear", "finer53")
            for k in scopes.starts[kind]}
    first: dict[int, int] = {}
    for j, t in enumerate(tokens):
        first.setdefault(t.sentence, j)
    for sentence in range(tokens[own[0]].sentence + 1, tokens[-1].sentence + 1):
        if sentence not in first or sentence in calm:
            continue
        nxt = first.get(sentence + 1)
        if "?" not in text[tokens[first[sentence]].start:tokens[nxt].start if nxt is not None else len(text)]:
            return False
    return True


def _paid_full_r53(tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet]) -> int | None:
    """Fifty-third round: late pay that came in full now ("I wrote yesterday that my pay was late. It came in
    full today"; "era por el festivo, hoy me llegó todo completo"): the position of the first paid-in-full
    cue, not negated, with nothing "still", no "but" and no danger told (`toldr51`, `toldmer51`, not negated)
    after it; else None. Round 52's bank delay without the bank."""
    if scopes.starts["still"]:
        return None
    paid = [k for k in scopes.starts["paidfullr53"] if _unnegated(tokens, k, cues)]
    if not paid or any(c > paid[0] for c in scopes.starts["butr50"]) or any(
            c > paid[0] and _unnegated(tokens, c, cues)
            for kind in ("toldr51", "toldmer51") for c in scopes.starts[kind]):
        return None
    return paid[0]


def _calm_frame_r51(i: int, tokens: list[Token], scopes: _Scopes, cues: dict[str, _CueSet],
                    question: bool) -> bool:
    """Fifty-first round: the writer's own all-clear (`calmr51`), not negated, with nothing told of a present
    or past danger anywhere in the message (`toldr51`: taken, not paid, owe, locked, hit, threatened, forced,
    a penalty, kept, no day off), nothing "still", no "again" not negated, and no "but" or "now" after the
    all-clear in its sentence ("now I'm in Poland and all is fine, but they still write that I owe them").
    The lead's review: only for a match before the all-clear (the worry it settles), in its first words ("it
    all turned out fine") or in a question; what is told after it is news ("we checked the agency before
    going. since july the coordinator holds our id cards", "contract and pay are ok, only the landlord holds
    our passports as a deposit")."""
    if scopes.starts["toldr51"] or scopes.starts["still"] or any(
            _unnegated(tokens, k, cues) for k in scopes.starts["againr39"]):
        return False
    return any((i < k + 4 or question) and _unnegated(tokens, k, cues) and not any(
        c > k and tokens[c].sentence == tokens[k].sentence for c in scopes.starts["butr50"])
        for k in scopes.starts["calmr51"])


def _nobody_or_r49(i: int, tokens: list[Token], scopes: _Scopes) -> bool:
    """Forty-ninth round: "nobody" up to eight words before the match at i in its sentence, an "or" between
    them, and no boss word and no contrast between ("nobody takes anything off me or threatens me"), in a
    message that asks what one is entitled to or says all is fine."""
    sentence = tokens[i].sentence
    if not (scopes.starts["rightsaskr49"] or scopes.starts["finer32"]):
        return False

    def between(kind: str, k: int) -> bool:
        return any(k < c < i for c in scopes.starts[kind])

    return any(i - 8 <= k < i and tokens[k].sentence == sentence and between("orr49", k)
               and not between("bossr41", k) and not between("contrast", k)
               for k in scopes.starts["nobodyr49"])


def _unnegated(tokens: list[Token], k: int, cues: dict[str, _CueSet]) -> bool:
    """Twentieth round: no negation word in the three words before the cue at k, in its sentence."""
    return not _has_cue([t.norm for t in tokens[max(k - _NEG_WINDOW, 0) : k]
                         if t.sentence == tokens[k].sentence], cues["negation"])


def _compact_rota(tokens: list[Token]) -> set[int]:
    """Thirty-seventh round: the sentences holding a compact rota of as many days off as on ("4 cu 4",
    "4 через 4", "4 on 4 off", "làm 4 nghỉ 4", "4x4"), 2 to 7 days each."""
    out: set[int] = set()
    for j, t in enumerate(tokens):
        fused = _ROTA_FUSED.match(t.norm)
        if fused and fused.group(1) == fused.group(2):
            out.add(t.sentence)
        elif t.norm in _ROTA_JOIN and 0 < j < len(tokens) - 1:
            a, b = tokens[j - 1], tokens[j + 1]
            if a.norm == b.norm and a.norm in {"2", "3", "4", "5", "6", "7"} and a.sentence == b.sentence:
                out.add(t.sentence)
    return out


def _rota(tokens: list[Token], k: int) -> bool:
    """Twenty-sixth round: whether the days-off word at k closes a shift rota in its sentence ("4 days of 12
    hours then 4 off", "nghỉ 4 ngày"): a count of 2+ days off next to it, no month just after it, and a count
    of days on earlier in the sentence at most twice the days off."""
    sentence = tokens[k].sentence

    def count(j: int) -> int | None:
        if 0 <= j < len(tokens) and tokens[j].sentence == sentence:
            return _ascii_int(tokens[j].norm)
        return None

    off = count(k - 1) or count(k - 2) or count(k + 1)
    if off is None or not 2 <= off <= 7:
        return False
    if any(t.norm in _MONTH_WORDS for t in tokens[k + 1 : k + 5] if t.sentence == sentence):
        return False
    days_on = [n for t in tokens[:k] if t.sentence == sentence and 1 <= (n := _ascii_int(t.norm) or 0) <= 7]
    return bool(days_on) and days_on[0] <= 2 * off


# Scope cues by a word, or by the first two words of a longer cue: (kind, the cue's words).
_ScopeIndex = dict[str | tuple[str, str], list[tuple[str, tuple[str, ...]]]]


@dataclass
class _Scopes:
    """Sixth-round scopes of one message: sentence numbers per kind (media, joke, protect, journey,
    offer), cue positions per kind (allclear, contrast, selfharm, arrive, tonight, come), and whether the
    message is a general question."""

    sentences: dict[str, set[int]] = field(default_factory=dict)
    starts: dict[str, tuple[int, ...]] = field(default_factory=dict)
    general: bool = False
    ever_r56: int = -1  # fifty-sixth round: the "ever" of a supposition asked in the last sentence
    rumour_r52: bool = False  # fifty-second round: the message is a rumour the writer's check denied
    tail_r53: bool = False  # fifty-third round: after the own-keeping cue, only questions or all-fines


# "is it legal that", "¿es legal que", "e legal să/ca" (folded), and the words that make its clause the
# writer's own case.
_ASKED_LEGAL = frozenset({"legal", "legala"})
# Say verbs (folded) and first-person words for "what do I do if a client says that ...?".
_SAY = frozenset({"says", "sais", "say", "sai", "tells", "tell", "powie", "mowi", "powiedzial", "powiedziala",
                  "powiedza", "napisze", "skazhet", "govorit", "rasskazhet", "napishet", "skazhe", "kazhe",
                  "rozpovist", "napishe", "skazhut", "dice", "diiera", "cuenta", "contara", "spune", "zice",
                  "povesteste", "noi", "bao"})
_I = frozenset({"i", "im", "ia", "io", "eu", "em", "toi", "minh", "we", "nosotros"})
_THAT = frozenset({"that", "que", "sa", "ca"})
# "that" opening a clause (folded): en, es, ro, and pl "że", ru "что", uk "що", vi "rằng".
_COMPLEMENTIZER = _THAT | {"ze", "chto", "sho", "rang"}
_FIRST_PERSON = frozenset({"i", "me", "my", "we", "us", "our", "im", "mi", "mis", "nos", "nuestro",
                           "nuestra", "nuestros", "nuestras", "imi", "meu", "mea", "mele", "mei", "ne",
                           "noastre", "nostru", "noastra"})


def _after_when(before: list[str]) -> list[str]:
    """The words after Vietnamese "... không khi" (folded "hong hi", "ko hi", "k hi"): "Có bình thường không
    khi chủ giữ hộ chiếu của em?" asks whether what follows "khi" (when) is normal; the question's "có ...
    không" is no modal and no negation of it."""
    for k in range(len(before) - 1, 0, -1):
        if before[k] == "hi" and before[k - 1] in ("hong", "ko", "k"):
            return before[k + 1 :]
    return before


def _if_says(tokens: list[Token], question: set[int], hypothetical: frozenset[str]) -> dict[int, int]:
    """Question sentence -> position of the say verb in "what do I do if a client says (that) ...?" ("Co
    robić, jeśli klientka powie, że pracodawca trzyma jej paszport?", "¿Qué hago si una usuaria me dice que su
    empleador le retiene el pasaporte?"): an "if" word, then a say verb within five words with no "I" or "we"
    between ("if I ask, he says ..." tells). What is said after it is supposed, however far."""
    out: dict[int, int] = {}
    for k, tok in enumerate(tokens):
        if tok.sentence in question and tok.sentence not in out and tok.norm in hypothetical:
            for j in range(k + 1, min(k + 6, len(tokens))):
                if tokens[j].sentence != tok.sentence or tokens[j].norm in _I:
                    break
                if tokens[j].norm in _SAY:
                    out[tok.sentence] = j
                    break
    return out


def _legal_that(tokens: list[Token]) -> dict[int, int]:
    """Sentence -> position of the "that" in "is it legal that ...", "¿es legal que ...?", "e legal să ..."
    when the rest of the sentence is the writer's own case (a first-person word after it): "is it legal that
    they haven't paid me for three months?" asks about the law and tells the unpaid months, as pl "czy to
    legalne, że nie płacą mi od trzech miesięcy?" already read; "is it legal that an employer keeps a
    worker's passport?" stays a question about rules."""
    out: dict[int, int] = {}
    for k in range(1, len(tokens)):
        tok = tokens[k]
        same = tokens[k - 1].sentence == tok.sentence
        if same and tok.norm in _THAT and tokens[k - 1].norm in _ASKED_LEGAL:
            if any(t.norm in _FIRST_PERSON for t in tokens[k + 1 :] if t.sentence == tok.sentence):
                out.setdefault(tok.sentence, k)
    return out


def level_for(
    ids: Iterable[str], pre_only: Mapping[str, bool] | None = None, minor_work: bool = False
) -> str:
    """The risk level for a set of indicator ids (see nlu/README.md)."""
    found = set(ids)
    pre_only = pre_only or {}
    if "immediate_danger" in found:
        return "critical"
    situation = {i for i in found if i in HIGH_INDICATORS and not pre_only.get(i, False)}
    # A minor is high when at work or with a situation; a minor offered a job (pre-departure) is low.
    if situation or ("minor" in found and minor_work):
        return "high"
    if found:
        return "low"
    return "none"


def _allowed(language: str | None) -> frozenset[str] | None:
    if language is None:
        return None
    group = {"ru", "uk"} if language in ("ru", "uk") else {language}
    return frozenset(group | {"en"})


_BASE_SCORE = {"none": 0.0, "low": 0.3, "high": 0.7, "critical": 0.95}


class RiskDetector:
    def __init__(self, patterns: list[_Pattern], cues: Mapping[str, Iterable[str]]) -> None:
        # The words that can open a later slot, each given an id; a message's words map to the ids they
        # match (`_word_ids`), and a candidate missing one of its later slots is never tried.
        word_ids: dict[_Word, int] = {}
        patterns = [replace(p, requires=tuple(
            frozenset(word_ids.setdefault(opener, len(word_ids)) for opener in slot.first_words()
                      if opener.exact or opener.prefixes or opener.number is not None)
            for slot in p.slots[1:])) for p in patterns]
        self._id_exact: dict[str, list[int]] = {}
        self._id_prefix: dict[str, list[int]] = {}
        self._id_number: list[tuple[int, _Word]] = []
        for opener, wid in word_ids.items():
            for exact in opener.exact:
                self._id_exact.setdefault(exact, []).append(wid)
            for pre in opener.prefixes:
                self._id_prefix.setdefault(pre, []).append(wid)
            if opener.number is not None:
                self._id_number.append((wid, opener))
        self._prefix_lengths = tuple(sorted({len(pre) for pre in self._id_prefix}))
        self._ids_cache: dict[str, frozenset[int]] = {}
        self._by_word: dict[str, list[_Pattern]] = {}
        self._by_prefix: dict[str, list[_Pattern]] = {}
        self._by_number: list[_Pattern] = []
        for p in patterns:
            keys: set[tuple[str, str]] = set()
            for first in p.slots[0].first_words():
                if first.number is not None:
                    keys.add(("num", ""))
                keys.update(("word", w) for w in first.exact)
                keys.update(("prefix", pre[:3]) for pre in first.prefixes)
            for kind, key in sorted(keys):
                if kind == "num":
                    self._by_number.append(p)
                else:
                    (self._by_word if kind == "word" else self._by_prefix).setdefault(key, []).append(p)
        self.size = len(patterns)
        self.scoping = True  # negation/hypothetical scope; switched off only for the comparison
        self._cache: dict[tuple[str, frozenset[str] | None], tuple[_Pattern, ...]] = {}
        # Cue items may end with language tags ("не @ru @uk"): they then count only in those languages.
        self._cues: dict[str | None, dict[str, _CueSet]] = {
            lang: {kind: _cue_set(_for_language(cues.get(kind, ()), lang))
                   for kind in ("negation", "hypothetical", "modal", "request", "fear", "own", "help",
                                "lawful", "sos", "morning", "evening", "until", "promise", "receive", "work",
                                "media", "joke", "protect", "allclear", "contrast", "general", "journey",
                                "offer", "victim_before", "victim_after", "selfharm", "arrive", "tonight",
                                "come", "quota", "escaped", "passby", "hide", "weapon", "now", "past",
                                "unwilling", "farewell", "despair", "method", "abduct", "just", "nearby",
                                "deprived", "since", "stranger", "armed", "forcing", "fare", "endall",
                                "bleed", "outlock", "trapped", "habit", "kill", "deadline", "depart",
                                "pretext", "resolved", "noaid", "injured", "collector", "legalstep",
                                "nowfine", "still", "gotout", "afraidout", "gone", "nomiss", "soon",
                                "pickup", "sham", "watching", "standnear", "secret", "ago", "agobefore",
                                "lostcontact", "copied", "handback", "thanks", "settled", "kinloan", "atsea",
                                "nosignal", "harmself", "noanswer", "permitcard", "again", "sold", "keys",
                                "tool", "freeleave", "firstpay", "lodging", "machine", "nonconsent",
                                "height", "letgo", "wish", "lockout", "freefor", "aidgiven", "home",
                                "conjunction", "original", "inpatient", *_R21_KINDS, *_R22_KINDS, *_R23_KINDS,
                                *_R24_KINDS, *_R25_KINDS, *_R26_KINDS, *_R27_KINDS, *_R28_KINDS,
                                *_R29_KINDS, *_R31_KINDS, *_R32_KINDS, *_R33_KINDS, *_R34_KINDS, *_R35_KINDS,
                                *_R36_KINDS, *_R37_KINDS, *_R38_KINDS, *_R39_KINDS, *_R40_KINDS, *_R41_KINDS,
                                *_R42_KINDS, *_R43_KINDS, *_R44_KINDS, *_R45_KINDS,
                                *_R46_KINDS, *_R47_KINDS, *_R48_KINDS, *_R49_KINDS, *_R50_KINDS, *_R51_KINDS,
                                *_M51_KINDS, *_R52_KINDS, *_R53_KINDS, *_R54_KINDS,
                                *_R55_KINDS, *_R56_KINDS)}
            for lang in (None, *LANGUAGES)
        }
        # One index for the sixth round's scope cues: a word, or the first two words of a longer cue, ->
        # (kind, word sequence). Keyed by two words, a frequent first word ("a", "na", "не") costs one
        # lookup instead of a comparison with every cue it starts.
        self._scope_index: dict[str | None, _ScopeIndex] = {}
        for lang, sets in self._cues.items():
            index: _ScopeIndex = {}
            for kind in (*_SCOPE_SENTENCE_KINDS, *_SCOPE_START_KINDS, "general"):
                single, multi = sets[kind]
                for w in single:
                    index.setdefault(w, []).append((kind, (w,)))
                for seqs in multi.values():
                    for seq in seqs:
                        index.setdefault((seq[0], seq[1]), []).append((kind, seq))
            self._scope_index[lang] = index
        # Tenth round: every word of the `bleed` cues, per language ("krew leci" alone is not a beating).
        self._blood: dict[str | None, frozenset[str]] = {
            lang: sets["bleed"][0] | {w for seqs in sets["bleed"][1].values() for seq in seqs for w in seq}
            for lang, sets in self._cues.items()}
        self._negation = self._cues[None]["negation"]
        self._breaks = frozenset(fold_word(w) for w in cues.get("clause_break", ()))
        self._conj = frozenset(fold_word(w) for w in cues.get("conjunction", ()))

    def calls_for_help(self, tokens: list[Token]) -> bool:
        """A `help` cue (help, pomocy, помогите, ayuda, ajutor, cứu, police, 112...) in the message."""
        return _has_cue([t.norm for t in tokens], self._cues[None]["help"])

    @classmethod
    def from_dir(cls, directory: Path) -> RiskDetector:
        patterns: list[_Pattern] = []
        cues: dict[str, list[str]] = {}
        for path in sorted(directory.glob("*.yml")):
            data = read_yaml(path) or {}
            if not isinstance(data, dict):
                raise PatternError(f"{path}: expected a mapping of indicator ids to phrases")
            concepts = _concepts(data, path)
            for key, phrases in data.items():
                if str(key).startswith("concept."):
                    continue
                if not isinstance(phrases, list):
                    raise PatternError(f"{path}: {key}: expected a list")
                if key == "cues":
                    raise PatternError(f"{path}: use cues.<kind> keys")
                if not all(isinstance(p, str) for p in phrases):
                    raise PatternError(f"{path}: {key}: quote every item (YAML reads no/yes/on as booleans)")
                if key.startswith("cues."):
                    cues.setdefault(key[5:], []).extend(phrases)
                    continue
                indicator, _, flag = key.partition(".")
                if indicator not in INDICATORS or flag not in _FLAGS or (
                    flag == "work" and indicator != "minor"
                ):
                    raise PatternError(f"{path}: unknown indicator key {key!r}")
                # Twenty-ninth round: minor.r29 phrases are a child at work, as minor.net ones are.
                # Fortieth round: and minor.r40b ones ("парню 15 ... на стройке по ночам").
                for phrase in phrases:
                    for variant in _expand(str(phrase), concepts, f"{path}:{key}"):
                        patterns.append(
                            _parse_phrase(indicator, flag == "pre", variant, f"{path}:{key}",
                                          flag == "work" or (
                                              indicator == "minor" and flag in ("net", "r29", "r40b")),
                                          path.stem, flag == "exit" or (
                                              # Twenty-eighth round: the rent waived "if she keeps him
                                              # company at night" is conditional by its meaning.
                                              # Thirtieth round: "if I want shifts I must do extras".
                                              # Thirty-first round: "if I go with him to a hotel he
                                              # extends my contract".
                                              # Thirty-sixth round: "if I don't sleep with him
                                              # he fires me".
                                              # Thirty-seventh round: "if I want my money I do
                                              # 'extras' with clients upstairs".
                                              # Fortieth round: "she keeps the job only if she
                                              # sleeps with him".
                                              # Forty-second round: "if I want to stay on days I
                                              # have to 'visit him' after work".
                                              # Fifty-fifth round: "he signs my permit papers only
                                              # if I come to his flat in the evening".
                                              flag in ("r28", "r30b", "r31b", "r36b", "r37b", "r40b",
                                                       "r42b", "r48b", "r55b")
                                              and indicator == "sexual_exploitation") or (
                                              # Forty-eighth round: "if we refuse he doesn't pay us and
                                              # hits us" is coercion told, not a hypothesis.
                                              flag == "r48b" and indicator == "threats") or (
                                              # Fifty-first round: "if this gets out I don't want to be
                                              # alive tomorrow" is a suicidal wish told, not a hypothesis.
                                              flag == "r51b" and indicator == "immediate_danger"),
                                          # Forty-eighth round: the passport "will be given back at the
                                          # end of the season" (a passive) is no own scope either.
                                          flag in ("r25b", "r48b") and indicator == "document_retention")
                        )
                        if flag in ("r42", "r42b", "r45", "r55"):
                            patterns[-1] = replace(patterns[-1], key=key)
        return cls(patterns, cues)

    def _candidates(self, norm: str, allowed: frozenset[str] | None = None) -> tuple[_Pattern, ...]:
        """Patterns whose first slot can start at a word, of the allowed languages (cached per folded word
        and language set). For a pattern whose first slot has no word sequences the word is then known to
        match it."""
        key = (norm, allowed)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        found = list(self._by_word.get(norm, ()))
        pool = list(self._by_prefix.get(norm[:3], ()))
        if norm[:1].isdigit():
            pool += self._by_number
        found += [p for p in pool if p.slots[0].seqs or p.slots[0].word.matches(norm)]
        result = tuple(p for p in dict.fromkeys(found) if allowed is None or p.lang in allowed)
        if len(self._cache) > 200_000:
            self._cache.clear()
        self._cache[key] = result
        return result

    def _word_ids(self, norm: str) -> frozenset[int]:
        """Ids of the later-slot words that match a folded word (exactly `_Word.matches`; cached)."""
        cached = self._ids_cache.get(norm)
        if cached is not None:
            return cached
        found = set(self._id_exact.get(norm, ()))
        for k in self._prefix_lengths:
            if k > len(norm):
                break
            found.update(self._id_prefix.get(norm[:k], ()))
        if norm[:1].isdigit():
            found.update(wid for wid, w in self._id_number if w.matches(norm))
        if len(self._ids_cache) > 200_000:
            self._ids_cache.clear()
        result = self._ids_cache[norm] = frozenset(found)
        return result

    @staticmethod
    def _match_at(p: _Pattern, norms: list[str], sents: list[int], i: int) -> int | None:
        """Index of the last word matched by p, a candidate of word i (`_candidates`), or None."""
        if p.anchored and i:
            return None
        slots = p.slots
        if slots[0].seqs:
            pos = slots[0].match(norms, sents, i)
            if pos is None:
                return None
        else:
            pos = i  # `_candidates` found p by this word
        sentence = sents[i]
        n = len(norms)
        if p.final and len(slots) == 1 and pos != n - 1:
            return None
        for k in range(1, len(slots)):
            slot = slots[k]
            limit = min(pos + 2 + p.gaps[k - 1], n)
            nxt = None
            for j in range(pos + 1, limit):
                if sents[j] != sentence:
                    break
                nxt = slot.match(norms, sents, j)
                if nxt is not None:
                    break
            if nxt is None:
                return None
            pos = nxt
        if p.final and pos != n - 1:
            return None
        return pos

    def _before(self, tokens: list[Token], i: int) -> list[str]:
        """Up to _HYP_WINDOW folded words before token i in its clause, stopping at a clause break."""
        clause = tokens[i].clause
        before: list[str] = []
        j = i - 1
        while j >= 0 and tokens[j].clause == clause and len(before) < _HYP_WINDOW:
            if tokens[j].norm in self._breaks:
                break
            before.append(tokens[j].norm)
            j -= 1
        before.reverse()
        return before

    def _after_conj(self, before: list[str]) -> list[str]:
        """The words after the last "and" ("they didnt pay and kept my id": the negation is not kept's)."""
        for k in range(len(before) - 1, -1, -1):
            if before[k] in self._conj:
                if before[k] == "e" and k and before[k - 1] in self._negation[0]:
                    continue  # Thirty-fifth round: ro "nu e în pericol" (is not), no "and"
                return before[k + 1 :]
        return before

    @staticmethod
    def _if_not(before: list[str], cues: dict[str, _CueSet]) -> bool:
        """Eleventh round: every negation in the window opens a condition ("si no lo hace, le pasa algo a su
        mamá", "nếu không làm thì mẹ sẽ gặp chuyện"): the threat is the consequence, not negated."""
        neg, hyp = cues["negation"][0], cues["hypothetical"][0]
        start = max(len(before) - _NEG_WINDOW, 0)
        spots = [m for m in range(start, len(before)) if before[m] in neg]
        return bool(spots) and all(m > 0 and before[m - 1] in hyp for m in spots)

    @staticmethod
    def _has_negative_word(p: _Pattern, neg: frozenset[str]) -> bool:
        # Twenty-second round: any word of a sequence counts ("làm_không_công", unpaid work, was dropped by
        # its own "không").
        return any(slot.word.exact & neg or any(w.exact & neg for seq in slot.seqs for w in seq)
                   for slot in p.slots)

    def _suppressed(self, p: _Pattern, before: list[str], question: bool, cues: dict[str, _CueSet],
                    again: bool = False) -> bool:
        if not self.scoping:
            return False
        before = _after_when(before)
        # A phrase that is itself negative ("nie płacą", "never paid") keeps negative concord before it.
        negative = bool(cues["negation"][0] & p.slots[0].word.exact)
        scope = self._after_conj(before)
        if p.lang == "ro":  # "nu mi l-au luat": the clitics and the auxiliary between "nu" and the verb
            scope = [w for w in scope if w not in _RO_CLITICS]
        if not negative and _has_cue(scope[-_NEG_WINDOW:], cues["negation"]) and not (
                p.indicator == "threats" and self._if_not(before, cues)):
            return True
        if p.conditional and question:
            return True  # "do I have to pay if I want to leave early?": a question about rules
        if p.indicator not in _NO_HYPOTHETICAL and not p.conditional and _has_cue(
                before, cues["hypothetical"]) and not (
                p.indicator == "violence" and _has_cue(before, cues["quota"])):
            return True  # but "if we bring too little they beat us" is a habit, not a hypothesis
        if p.indicator not in _NO_FEAR and not again and _has_cue(before, cues["fear"]):
            return True  # "I was afraid they would take my passport": a fear, not an event
        if question and p.work:
            return True  # "she is 16, can she work in a cafe?": a question about rules, not a child at work
        return question and p.indicator not in _NO_MODAL and _has_cue(before[-_MODAL_WINDOW:], cues["modal"])

    def detect(self, text: str, language: str | None = None, tokens: list[Token] | None = None,
               strict: bool = False) -> Risk:
        """Indicators in text; language (if known) selects language-tagged scope cues; tokens, if given,
        must be tokenize(text). strict (a clear message in a known language): only phrases of that
        language (ru and uk together) and English are tried, so that words of other languages that fold
        alike (Vietnamese "bắt" and Romanian "bat") do not collide."""
        return self._detect(text, language, None, tokens, _allowed(language) if strict else None)

    def explain(self, text: str, language: str | None = None,
                strict: bool = False) -> list[tuple[str, str, str]]:
        """(indicator, phrase, evidence) for every phrase kept: for pattern authors, not for logs."""
        trace: list[tuple[str, str, str]] = []
        self._detect(text, language, trace, None, _allowed(language) if strict else None)
        return trace

    def _detect(self, text: str, language: str | None, trace: list[tuple[str, str, str]] | None,
                tokens: list[Token] | None = None, allowed: frozenset[str] | None = None) -> Risk:
        cues = self._cues.get(language) or self._cues[None]
        if tokens is None:
            tokens = tokenize(text)
        if not tokens:
            return Risk("none", 0.0, ())
        question = self._question_sentences(text, tokens)
        scopes = self._scopes(text, tokens, cues, language) if self.scoping else None
        # A question about rules answered in the next sentences by what already happened ("can my boss keep
        # my passport? he has had it for 2 months", "¿puede el jefe quedarse con mi pasaporte? ya lo tiene
        # hace 2 meses", "can they hold my wages till the end of the season? thats what they told us") tells
        # the case: those questions are read as told.
        if question and scopes is not None and (confirmed := scopes.starts["confirmedm51"]):
            told = {tokens[k].sentence for k in confirmed} - question
            question = {q for q in question if not any(0 < s - q <= 2 for s in told)}
        legal_that = _legal_that(tokens) if question and self.scoping else {}
        if_says = _if_says(tokens, question, cues["hypothetical"][0]) if question and self.scoping else {}
        found: dict[str, Indicator] = {}
        pre_only: dict[str, bool] = {}
        minor_work = False
        beaten = False  # a violence or threats match that is more than a blood word ("krew leci z nosa")
        blood = self._blood.get(language) or self._blood[None]
        cries: list[bool] = []  # Twenty-ninth round: per danger-now match, whether a help word opens it
        words = [t.norm for t in tokens]
        sents = [t.sentence for t in tokens]
        word_ids = self._word_ids
        present = frozenset().union(*(word_ids(w) for w in set(words)))
        match_at = self._match_at
        for i, tok in enumerate(tokens):
            for p in self._candidates(words[i], allowed):
                requires = p.requires
                if requires and (present.isdisjoint(requires[0]) or (
                        len(requires) > 1 and any(present.isdisjoint(r) for r in requires[1:]))):
                    continue
                end = match_at(p, words, sents, i)
                if end is None:
                    continue
                # Fifty-fifth round: a follow-up answer naming who still holds "it" ("yes he still has it",
                # "ma go koordynator. już 3 tygodnie"): only a short message, an answer in a running chat;
                # in a longer one "it" may be anything. Not a scope: the rules without scopes skip it too.
                if p.key == "document_retention.r55" and len(tokens) > _FOLLOW_UP_R55:
                    continue
                before = self._before(tokens, i)
                if legal_that and (that := legal_that.get(tok.sentence, i)) < i:
                    before = before[len(before) - min(i - that - 1, len(before)):]
                if if_says and if_says.get(tok.sentence, i) < i and (
                        p.indicator not in _NO_HYPOTHETICAL and p.indicator not in _NO_MODAL):
                    continue
                # A fear told before a comma and "that" ("bałem się, że nie zapłacą", "боялся, что не
                # заплатят"): the clause's first words are what was feared, as without the comma; what
                # follows an "and" is told ("..., że nie zapłacą i nie zapłacili").
                if (before and before[0] in _COMPLEMENTIZER and len(before) <= 3
                        and not any(w in self._conj for w in before)
                        and p.indicator not in _NO_FEAR and self.scoping
                        and (j := i - len(before)) > 0 and tokens[j - 1].sentence == tok.sentence
                        and _has_cue([t.norm for t in tokens[max(j - 3, 0) : j]], cues["fear"])
                        and not _has_cue(before[-4:], cues["again"])):
                    continue
                # Fourteenth round: "I don't want to be beaten again": a fear that tells of a past event.
                again = _has_cue(before[-4:], cues["again"]) or _has_cue(
                    [t.norm for t in tokens[end + 1 : end + 3] if t.sentence == tok.sentence], cues["again"])
                if self._suppressed(p, before, tok.sentence in question, cues, again):
                    continue
                neg = cues["negation"][0]
                if self.scoping and end > i + 1 and not self._has_negative_word(p, neg) and any(
                    t.norm in neg for t in tokens[i + 1 : end]
                ):
                    continue  # "меня никто не бил": negation inside the phrase
                around = tokens[max(i - 3, 0) : end + 3]
                if self.scoping and p.indicator in _OWNABLE and not p.late and _has_cue(
                    [t.norm for t in around if t.sentence == tok.sentence], cues["own"]
                ) and not any(t.norm in neg for t in around if t.sentence == tok.sentence) and not (
                        # Thirty-fifth round: the match opens on the original, the copy is the user's
                        # ("dali mi ksero, a oryginał paszportu zostawili w biurze").
                        scopes is not None and p.indicator == "document_retention"
                        and i in scopes.starts["original"] and end > i + 1):
                    continue  # "I took my passport to the embassy", "hộ chiếu em tự giữ": the user holds it
                if self.scoping and p.indicator == "violence" and _has_cue(
                        [t.norm for t in around if t.sentence == tok.sentence], cues["permitcard"]):
                    continue  # "карта побыту" (a residence card) is not "побита" (beaten)
                if self.scoping and p.indicator == "violence" and _has_cue(
                        [t.norm for t in tokens[max(i - 3, 0) : end + 3] if t.sentence == tok.sentence],
                        cues["machine"]):
                    # Seventeenth round: "a forklift hit my foot" is an accident, not a beating; twentieth
                    # round: the machine also inside the phrase or just after it ("l-a lovit un stivuitor").
                    continue
                if self.scoping and ((p.indicator in _LAWFUL_SCOPE and _has_cue(
                    [t.norm for t in around if t.sentence == tok.sentence], cues["lawful"]
                )) or (p.indicator in _LAWFUL_ASK and tok.sentence in question and _has_cue(
                    [t.norm for t in tokens if t.sentence == tok.sentence], cues["lawful"])) or (
                    p.indicator in _LAWFUL_SCOPE and _has_cue(
                        [t.norm for t in tokens if t.sentence == tok.sentence], cues["kinloan"]))):
                    continue  # "the boss deducts tax from the salary", "a bank loan for the flat"
                if self.scoping and p.indicator == "abusive_conditions" and tok.norm[:1].isdigit() and (
                        i < end and any(c in "/€$£" for c in text[tok.end : tokens[i + 1].start])):
                    continue  # Thirty-sixth round: "18 €/h", "30 zł/h" is a rate per hour, not 18 hours
                if self.scoping and p.lang == "vi" and p.indicator == "document_retention" and any(
                        tokens[j].norm in ("em", "toi") and tokens[j + 1].norm == "giu"
                        and tokens[j - 1].norm in ("chieu", "to")
                        and tokens[j + 1].clause == tokens[j - 1].clause
                        for j in range(i + 1, min(end, len(tokens) - 1))):
                    continue  # Thirty-sixth round: vi "hộ chiếu em giữ" (the passport, I keep it myself)
                if self.scoping and self._retracted(p, before, tokens, end, cues):
                    continue  # "she was afraid they would keep it, but they didn't"
                if self.scoping and p.indicator == "threats" and _ends_with_cue(before, cues["selfsay"]):
                    continue  # Twenty-first round: "em bảo sẽ báo cảnh sát": the user will go to the police
                if self.scoping and p.conditional and _has_cue(
                        [t.norm for t in tokens if t.sentence == tok.sentence], cues["fare"]):
                    continue  # "I want to leave for the holidays, I have to pay for my own flight"
                if self.scoping and tok.norm in ("acum", "acuma") and i + 2 < len(tokens) and tokens[
                        i + 2].norm in _RO_AGO_UNITS:
                    continue  # Nineteenth round: Romanian "acum doi ani" is "two years ago", not "now"
                if self.scoping and p.indicator == "immediate_danger" and any(
                        tokens[j].norm in ("acum", "acuma") and j + 2 < len(tokens)
                        and tokens[j + 2].norm in _RO_AGO_UNITS for j in range(i + 1, end + 1)):
                    continue  # Twenty-seventh round: "am fugit acum 2 luni": this "acum" is "ago"
                if self.scoping and p.lang == "vi" and p.indicator == "threats" and (
                        tokens[end].norm == "ho" and end + 1 < len(tokens)
                        and tokens[end + 1].norm == "chieu"):
                    continue  # Forty-first round: unmarked "so ho chieu" (số hộ chiếu, a passport number)
                if self.scoping and p.indicator == "threats" and tokens[end].norm in _SENT_R42 and (
                        end + 1 < len(tokens) and tokens[end + 1].norm in _SENT_THING_R42):
                    continue  # Forty-second round: uk, ru "вишлють договір" (they send the contract)
                if self.scoping and p.lang == "vi" and p.indicator == "wage_withholding" and (
                        tok.norm == "giu" and i + 1 <= end and "," in text[tok.end : tokens[i + 1].start]):
                    continue  # Forty-second round: vi "Bản gốc em vẫn giữ, lương ...": the keeping ends there
                if self.scoping and p.indicator == "minor":
                    age = next((j for j in range(i, end + 1) if tokens[j].norm[:1].isdigit()), len(tokens))
                    if age + 1 < len(tokens) and tokens[age + 1].norm in _SUM_R41:
                        continue  # Forty-first round: "заплатили парню 15 евро": a sum of money is no age
                if self.scoping and p.lang == "vi" and p.indicator == "immediate_danger" and (
                        (tok.norm == "giup" and i + 1 < len(tokens) and tokens[i + 1].norm == "viec") or (
                            tokens[end].norm == "nha" and end + 1 < len(tokens)
                            and tokens[end + 1].norm == "tho")):
                    continue  # Forty-first round: vi "giúp việc" (housework), "trước nhà thờ" (by a church)
                if self.scoping and p.lang == "vi" and tokens[end].norm == "mau" and (
                        end + 1 < len(tokens) and tokens[end + 1].norm == "cam"):
                    continue  # Twenty-first round: Vietnamese "chảy máu cam" is a nosebleed
                if self.scoping and p.lang == "vi" and any(
                        tokens[j].norm == "tim" and tokens[j - 1].norm in _VI_HEART
                        for j in range(max(i, 1), end + 1)):
                    continue  # Twenty-first round: "nằm viện vì tim" (the heart) is not "tìm" (looking for)
                if self.scoping and p.lang == "es" and tok.norm.startswith("escondid") and i and tokens[
                        i - 1].norm == "a":
                    continue  # Twenty-sixth round: "me llama a escondidas" is secretly, not hiding
                if self.scoping and p.lang == "vi" and p.indicator == "document_retention" and (
                        tok.norm == "lai" and i and tokens[i - 1].sentence == tok.sentence and (
                            tokens[i - 1].norm == "con" or (tokens[i - 1].norm == "de" and i + 1 < len(tokens)
                                                            and tokens[i + 1].norm == "giai"))):
                    continue  # Fifty-fifth round: vi "để lấy giấy tờ" (to get papers), "còn lại" (the rest)
                if self.scoping and p.lang == "vi" and p.indicator == "recruitment_fee" and (
                        tok.norm == "thu" and i + 1 < len(tokens) and tokens[i + 1].norm == "viec"):
                    continue  # Twenty-ninth round: Vietnamese "thử việc 1 tuần" (a trial week) is no fee
                if self.scoping and p.lang == "vi" and tok.norm == "noi" and i and tokens[i - 1].norm == "ha":
                    continue  # Twenty-sixth round: "Hà Nội đòi 8000 đô" folds like "nói dối" (lying)
                if self.scoping and p.lang == "vi" and any(
                        (tokens[j].norm == "han" and tokens[j - 1].norm == "gia") or (
                            tokens[j].norm == "thu" and j + 1 < len(tokens) and tokens[j + 1].norm == "gioi")
                        for j in range(max(i, 1), end + 1)):
                    continue  # Twenty-seventh round: "gia hạn" (renew) is no "hắn", "thư giới thiệu" no "thu"
                if self.scoping and p.lang == "es" and p.indicator == "restriction_of_movement" and any(
                        tokens[j].norm == "permiso" and [t.norm for t in tokens[j + 1 : j + 3]] in _ES_PERMIT
                        for j in range(i, min(end + 3, len(tokens)))):
                    continue  # Twenty-seventh round: "salir sin permiso de trabajo" is a work permit
                if self.scoping and p.lang == "en" and p.indicator == "wage_withholding" and i and tokens[
                        i - 1].norm in ("i", "we") and tok.norm.startswith(("kept", "keep", "held", "hold")):
                    continue  # Twenty-seventh round: "I kept two months of my salary as savings": my own
                if self.scoping and p.lang == "ru" and p.indicator == "violence" and any(
                        tokens[j].norm in ("bil", "bila", "bili", "bilo") and j + 2 < len(tokens)
                        and tokens[j + 1].norm == "u" and tokens[j + 2].norm in _RU_HAVE
                        for j in range(i, end + 1)):
                    continue  # Twenty-seventh round: "паспорт был у меня" (with me) folds like "бил" (beat)
                if scopes is not None and self._out_of_scope(p, tokens, i, end, scopes, cues,
                                                             tok.sentence in question, bool(question)):
                    continue  # a film, a joke, "all fine", "just asking in general", "they rob me"
                pre = p.pre or (p.indicator == "document_retention"
                                and _has_cue(before[-_REQUEST_WINDOW:], cues["request"]))
                # Forty-sixth round: asked to send the original passport ("хочет чтобы я отправила им оригинал
                # паспорта", "muốn con gái tôi gửi hộ chiếu bản gốc cho họ"): a request before departure.
                pre = pre or (scopes is not None and p.indicator == "document_retention"
                              and _send_request_r46(tokens, i, end, scopes, cues))
                if scopes is not None and p.indicator == "document_retention" and (
                        tok.sentence in scopes.sentences["journey"]) and not (
                        # Thirty-eighth round: taken "for the border papers" in March and still not given
                        # back ("и до сих пор не отдала") is held now, not a journey's arrangement.
                        any(tokens[k].sentence == tok.sentence for k in scopes.starts["still"]) and any(
                            tokens[k].sentence == tok.sentence and not _unnegated(tokens, k, cues)
                            for k in scopes.starts["returned"])) and not (
                        # Fortieth round: nor one they do not give back now ("забрали во время поездки «для
                        # границы» ... не отдают"), told in its sentence; its review adds one still held
                        # ("during the bus trip the driver took our passports and a month later he still has
                        # them", "hasta hoy no nos los devuelve", "nici acum nu ni le dă înapoi"); the lead's
                        # review after the fifty-third round: or in a later sentence ("my boyfriend took my
                        # passport before we left ... I'm already here and he won't give it back").
                        any(tokens[k].sentence >= tok.sentence for k in scopes.starts["notbackr40"])
                    ) and not (
                        # Forty-second round: nor taken by a driver who leaves the route in that sentence
                        # ("verișoara îmi scrie acum ...: șoferul le-a luat pașapoartele, a ieșit de pe
                        # drum"), told now: no journey's arrangement.
                        any(tokens[k].sentence == tok.sentence for k in scopes.starts["offrouter42"])
                        and bool(scopes.starts["now"])):
                    pre = True  # "the driver keeps everyone's passports for the journey": pre-departure
                if scopes is not None and p.indicator == "sexual_exploitation" and (
                        tok.norm in _HOSTESS_R41 and tok.sentence in scopes.sentences["offer"]
                        and "?" in text):
                    # Forty-first round: a hostess or dancer job in a club, offered and asked about ("got an
                    # offer on telegram: hostess in a night club ... is this real??"): a red flag before
                    # departure, not exploitation found.
                    pre = True
                evidence = text[tok.start : tokens[end].end]
                # "she is 16 and someone offers her a job in a bar": an offer, not a child at work
                # Twentieth round: or a minor who wants to work, or whose parent asks if he may legally.
                # Fifty-fourth round: or a teenager asking whether or how long they may legally work, after a
                # contract signed or an all-clear, nothing told ("mam 16 lat, pracuję w kawiarni, umowa
                # podpisana z mamą, płacą na czas. ile godzin dziennie mogę legalnie pracować?").
                # Fifty-fifth round: not an offer when night work or a building site is told in the message
                # ("a neighbour offered my son (15) work and now he carries cement on a site at night").
                offered = scopes is not None and ((tok.sentence in scopes.sentences["offer"]
                                                   and not scopes.starts["hardworkr54"])
                                                  or tok.sentence in scopes.sentences["wish"]
                                                  or bool(scopes.starts["consent"]) or (
                                                      p.work and _legal_work_ask_r54(tokens, scopes, cues)))
                minor_work = minor_work or (p.work and not offered)
                if trace is not None:
                    trace.append((p.indicator, p.source, evidence))
                if p.indicator == "immediate_danger":
                    cries.append(tok.norm in cues["help"][0])
                if p.indicator in ("violence", "threats") and not pre and not (
                        {t.norm for t in tokens[i : end + 1]} <= blood):
                    beaten = True
                old = found.get(p.indicator)
                # A situation beats a pre-departure request; then the longest evidence wins.
                if old is None or (pre_only[p.indicator] and not pre) or (
                    pre_only[p.indicator] == pre and len(evidence) > len(old.evidence)
                ):
                    found[p.indicator] = Indicator(p.indicator, evidence)
                    pre_only[p.indicator] = pre
        # Thirty-fifth round: a minor (an age found) at a job till midnight or through the night ("the girl
        # next door is 14 ... behind the counter every day after school till midnight", "my son is 16 ... a
        # car wash, nights 8pm to 6am"): a child at work; up till midnight on the phone has no job.
        # Thirty-ninth round: or till 2 or 3 at night at a first job, a kitchen or a stand (latenightr39 with
        # childjobr39: "16 ... washes dishes in a hotel kitchen at night till 2 or 3").
        if scopes is not None and "minor" in found and not minor_work and any(
                _unnegated(tokens, k, cues) for k in (*scopes.starts["latenightr35"],
                                                      *scopes.starts["latenightr39"])) and (
                scopes.starts["childjobr35"] or scopes.starts["childjobr39"]):
            minor_work = True
        # Thirty-fifth round: the owners' children helping a few hours in a family business, nothing late at
        # night ("the owners two sons (15 and 17) packing bread, maybe 3 hours"): light family work.
        elif scopes is not None and minor_work and scopes.starts["familyr35"] and (
                scopes.starts["fewhoursr35"]):
            minor_work = False
        # Twenty-ninth round: "AYUDA URGENTE!!! llevo 3 meses sin cobrar": a cry for help over pay alone.
        # Thirty-eighth round: or over a debt that grows ("каже що я винна їй за бус ... хтось допоможіть"),
        # with no word of killing in the message.
        others = found.keys() - {"immediate_danger"}
        if scopes is not None and cries and all(cries) and others and (others <= _PAY_ONLY or (
                others <= _PAY_ONLY | {"debt_bondage"} and not scopes.starts["kill"])):
            del found["immediate_danger"], pre_only["immediate_danger"]
        for indicator, span in self._computed(tokens, question, cues, scopes):
            if indicator not in found or pre_only[indicator]:
                found[indicator] = Indicator(indicator, text[span[0].start : span[1].end])
                pre_only[indicator] = False
                if trace is not None:
                    trace.append((indicator, f"rule.{indicator}", found[indicator].evidence))
        if "immediate_danger" not in found and found.keys() & _DANGER_WITH_SOS:
            sos = self._sos(tokens, cues)
            if sos is not None and scopes is not None and sos.sentence in question and _old_story(
                    tokens, scopes) and any(
                    g <= tokens.index(sos) <= g + 3 for g in scopes.starts["gethelp"]):
                sos = None  # Twenty-first round: "can she get any help now?" is no cry for help
            if sos is not None:  # "szef mnie zamknął w piwnicy, pomocy": locked in or hurt, and a cry
                found["immediate_danger"] = Indicator("immediate_danger", text[sos.start : sos.end])
                pre_only["immediate_danger"] = False
                if trace is not None:
                    trace.append(("immediate_danger", "cues.sos", sos.raw))
        if scopes is not None and "immediate_danger" not in found:
            now = self._danger_now(tokens, found, pre_only, scopes, cues, beaten)
            if now is not None:
                found["immediate_danger"] = Indicator("immediate_danger", text[now[0].start : now[1].end])
                pre_only["immediate_danger"] = False
                if trace is not None:
                    trace.append(("immediate_danger", "rule.danger_now", found["immediate_danger"].evidence))
        order = {ind: n for n, ind in enumerate(INDICATORS)}
        indicators = tuple(sorted(found.values(), key=lambda x: order[x.id]))
        level = level_for(found, pre_only, minor_work)
        strong = sum(1 for i in found if i in HIGH_INDICATORS or i == "immediate_danger")
        score = _BASE_SCORE[level] + (0.04 * min(strong + len(found) - 1, 5) if found else 0.0)
        return Risk(level, min(score, 1.0), indicators)

    def names_original(self, text: str, language: str | None = None, tokens: list[Token] | None = None
                       ) -> bool:
        """Whether the message names an original document ("kept the original passport", "оригинал
        паспорта"): the statistical net's veto leaves a kept document standing then (nlu/net.py)."""
        if tokens is None:
            tokens = tokenize(text)
        if not tokens:
            return False
        scopes = self._scopes(text, tokens, self._cues.get(language) or self._cues[None], language)
        return bool(scopes.starts["original"])

    def told(self, text: str, language: str | None = None, tokens: list[Token] | None = None) -> bool:
        """Whether the message speaks of a film, the news or a joke, asks in general, or thanks for past
        help told as settled (the media, joke, general and thanks scopes): the statistical net raises
        nothing in such a message."""
        if tokens is None:
            tokens = tokenize(text)
        if not tokens:
            return False
        scopes = self._scopes(text, tokens, self._cues.get(language) or self._cues[None], language)
        # Fourteenth round: a thank-you for past help, told as settled, is a story too.
        thanked = bool(scopes.starts["thanks"] and scopes.starts["settled"] and scopes.starts["past"]
                       and not scopes.starts["still"])
        # Nineteenth round: a past story settled by its resolution ("two years ago he locked us in, but it's
        # over, the police got him and he was convicted"), nothing "still" going on, is a story too.
        resolved = bool(scopes.starts["resolved"] and scopes.starts["past"] and not scopes.starts["still"]
                        and any(k < scopes.starts["resolved"][-1] for k in scopes.starts["past"]))
        # Twentieth round: locked out with the key inside, or an ambulance already called after an accident;
        # a thank-you with someone home again.
        cues = self._cues.get(language) or self._cues[None]
        lockout = any(_unnegated(tokens, k, cues)
                      for k in (*scopes.starts["lockout"], *scopes.starts["aidgiven"]))
        home = bool(scopes.starts["thanks"] and scopes.starts["home"] and not scopes.starts["still"])
        # Twenty-first round: "not about work, the job is fine", a landlord keeping a deposit.
        notwork = bool(scopes.starts["notwork"] and scopes.starts["deposit"])
        # Twenty-first round: yelled at by a manager, asking to move to another line (workplace relations).
        relations = bool(scopes.starts["yelled"] and scopes.starts["transfer"])
        # Twenty-second round: a door locked at night while the user's mother has her own key; moving to a
        # partner abroad with a return ticket and the money in one's own account; a driver's question about
        # driving time and rest.
        ownkey = any(_unnegated(tokens, k, cues) for k in scopes.starts["ownkey"])
        ownway = bool(scopes.starts["returnticket"] and scopes.starts["ownmoney"])
        driving = bool(scopes.starts["drivingrules"]) and "?" in text
        # Twenty-third round: missed the last bus, asking about a taxi home (with or without a question mark).
        stranded = bool(scopes.starts["lastbus"] and scopes.starts["taxi"])
        # Told to stay home (a sick child), asking whether that day comes off the pay; one's own phone lost.
        sickday = bool(scopes.starts["stayhome"] and scopes.starts["dayoff"]) and "?" in text
        lostphone = any(_unnegated(tokens, k, cues) for k in scopes.starts["lostphone"])
        # Twenty-fourth round: a parent's signed consent for a teenager's job, asked about with a question.
        consent = bool(scopes.starts["consent"]) and "?" in text
        # A relative's funeral the user can't afford to go to, the loan for coming just paid back.
        mourning = bool(scopes.starts["funeral"] and scopes.starts["repaid"])
        # A landlord keeping a deposit (a civil matter).
        rental = bool(scopes.starts["landlord"] and scopes.starts["deposit"])
        # Thirty-first round: a locked gate the guard opens at will, phones allowed on the break; a visit to
        # an online partner who never asked for money, on the user's own ticket; an employment contract told
        # in a question.
        freeleave = any(_unnegated(tokens, k, cues) for k in (*scopes.starts["freeleave"],
                                                              *scopes.starts["breakcallr31"]))
        visit = bool(scopes.starts["neveraskedr31"] and scopes.starts["ownticketr31"])
        employed = bool(scopes.starts["workcontractr31"]) and "?" in text
        # A past job or a place the user no longer lives in, with nothing still going on.
        former = bool(scopes.starts["formerr31"]) and not scopes.starts["still"]
        # Thirty-second round: a free city bus with real volunteers; the household locking its own door; a
        # phone that broke and the person fine.
        realvol = bool(scopes.starts["realvolr32"])
        ownlock = any(_unnegated(tokens, k, cues) for k in scopes.starts["ownlockr32"])
        allfine = bool(scopes.starts["phonebrokenr32"] and scopes.starts["finer32"])
        # Thirty-sixth round: or nobody took the phone, only its screen broke ("ko ai lay dt cua em dau chi bi
        # be man hinh thoi").
        allfine = allfine or bool(scopes.starts["screenr36"] and scopes.starts["notakenr36"])
        # Thirty-third round: a drug rehab centre the person can leave at will; an escape days or weeks ago
        # and a shelter now.
        rehab = bool(scopes.starts["rehabr33"]) and any(
            _unnegated(tokens, k, cues) for k in scopes.starts["canleaver33"])
        sheltered = bool(scopes.starts["escaped"] and scopes.starts["shelterr33"]
                         and (scopes.starts["agor33"] or scopes.starts["agoesc"])
                         and not scopes.starts["still"])
        # Thirty-fifth round: the owners' children helping a few hours in a family business.
        family = bool(scopes.starts["familyr35"] and scopes.starts["fewhoursr35"]) and not scopes.starts[
            "latenightr35"]
        # Thirty-fifth round: a worker's own account of a lawful job, paid every Friday and going home for
        # the holidays ("he laughed, said the boss drives them to the site ... they get paid every friday and
        # go home for christmas").
        lawful = bool(scopes.starts["gohomer35"] and scopes.starts["fairr34"])
        # Forty-second round: a passport the user left in a locker, no boss word; a door locked so nobody
        # walks in while everyone leaves by the main exit at will.
        leftlocker = bool(scopes.starts["leftminer42"] and scopes.starts["locker"]) and not (
            scopes.starts["bossr41"])
        walkin = bool(scopes.starts["walkinr42"]) and any(
            _unnegated(tokens, k, cues) for k in scopes.starts["mainexitr42"])
        # Forty-sixth round: a bystander who tells that nothing bad happened and only wants to help; a
        # thank-you after a false alarm; a hotel for a family weekend asked about.
        bystander = bool(scopes.starts["nobadr46"] and scopes.starts["justhelpr46"])
        falsealarm = bool(scopes.starts["thanks"] and scopes.starts["falsealarmr46"]) and not scopes.starts[
            "still"]
        trip = bool(scopes.starts["tripaskr46"] and scopes.starts["familytripr46"])
        # Forty-seventh round: one who tells he does not do it and does not want to break the law (a landlord
        # asking whether he may keep a tenant's passport as a deposit).
        lawful = lawful or bool(scopes.starts["notdoner47"] and scopes.starts["lawfulr47"])
        # Forty-seventh round: "what if my employer took my passport abroad, is that legal? can I go to the
        # police?"
        lawful = lawful or bool(scopes.starts["whatifr47"] and scopes.starts["legalaskr47"]
                                and scopes.starts["cangor47"])
        # A buyer on a marketplace asking for the user's card details, no boss word: a scam against the user.
        lawful = lawful or bool(scopes.starts["buyerr47"] and scopes.starts["cardr47"]
                                and not scopes.starts["bossr41"])
        # Forty-eighth round: a thank-you after a false alarm that retells the old fear.
        falsealarm = falsealarm or _false_alarm_r48(tokens, scopes, cues)
        # Calm nights the net raised: a cancelled train asked about, a bystander asking how to help a man who
        # lost his job, a tour guide moving the group because of a flood.
        falsealarm = (falsealarm or (bool(scopes.starts["cancelledr48"]) and "?" in text)
                      or bool(scopes.starts["lostjobr48"] and scopes.starts["howhelpr48"])
                      or bool(scopes.starts["guider48"] and scopes.starts["floodr48"]))
        # A checklist before leaving through a licensed agency.
        falsealarm = falsealarm or _checklist_r48("?" in text, tokens, scopes)
        # Fifty-second round: a rumour answered by the writer's own check that denies it.
        falsealarm = falsealarm or scopes.rumour_r52
        # Fifty-third round: late pay that came in full now, nothing told in the message (`toldr51`,
        # `toldmer51`, not negated, anywhere).
        falsealarm = falsealarm or (_paid_full_r53(tokens, scopes, cues) is not None and not any(
            _unnegated(tokens, c, cues) for kind in ("toldr51", "toldmer51") for c in scopes.starts[kind]))
        return (bystander or falsealarm or trip
                or family or lawful or thanked or resolved or lockout or home or notwork or relations
                or ownkey
                or leftlocker or walkin or ownway or driving or stranded or sickday or lostphone or consent
                or mourning or rental
                or freeleave or visit or employed or former or realvol or ownlock or allfine or rehab
                or sheltered or scopes.general
                or bool(scopes.sentences["media"])
                or bool(scopes.sentences["joke"] and not scopes.starts["jokeasider49"]))

    def _scopes(self, text: str, tokens: list[Token], cues: dict[str, _CueSet], language: str | None
                ) -> _Scopes:
        """Sentence and message scopes of the sixth round (see nlu/README.md), in one pass over the words."""
        words = [t.norm for t in tokens]
        index = self._scope_index.get(language) or self._scope_index[None]
        # Every start kind is present, most as the shared empty tuple (a dict copy in C instead of 200+ new
        # lists per message); a kind's first position makes its list.
        out = _Scopes({kind: set() for kind in _SCOPE_SENTENCE_KINDS}, dict(_NO_STARTS))
        n = len(words)
        for i, w in enumerate(words):
            hits = index.get(w, ())
            if i + 1 < n and (pair := index.get((w, words[i + 1]))):
                hits = [*hits, *pair]
            for kind, seq in hits:
                if len(seq) > 2 and tuple(words[i : i + len(seq)]) != seq:
                    continue
                if kind == "protect" and _has_cue(
                        words[max(i - 3, 0) : i], cues["hypothetical"]):
                    continue  # Fourteenth round: "if I close them" (the accounts) is not the user locking up
                if kind == "still" and w == "van" and i and words[i - 1] == "tu":
                    continue  # Eighteenth round: Vietnamese "tư vấn" (advice) is not "vẫn" (still)
                if kind == "still" and w == "van" and i + 1 < n and words[i + 1] == "phong":
                    continue  # Thirty-sixth round: Vietnamese "văn phòng" (an office) is not "vẫn" (still)
                if kind == "protect" and w == "toi" and i and (words[i - 1] == "gio" or (
                        words[i - 1][:1].isdigit() and words[i - 1].rstrip("h").isdigit())):
                    continue  # Twenty-first round: Vietnamese "9h tối khóa cổng" (at 9 pm) is not "tôi khóa"
                if kind == "lockout" and w == "bi" and i and words[i - 1] in ("cua", "cong"):
                    continue  # Thirty-fifth round: vi "cửa bị khóa ngoài" (locked from outside) is no lockout
                if kind == "media" and w == "doc" and i and words[i - 1] == "quan":
                    continue  # Fortieth round: vi "quản đốc bảo" (the foreman says) is not "đọc báo" (news)
                if kind == "general":
                    out.general = True
                elif kind in out.sentences:
                    out.sentences[kind].add(tokens[i].sentence)
                elif not (starts := out.starts[kind]):
                    out.starts[kind] = (i,)
                elif starts[-1] != i:
                    out.starts[kind] = (*starts, i)
        # An opening that makes the message a question in general (below) holds unless the real case is told
        # after it: a contrast (vi "những", the plural, is no "nhưng"; es "no" is a negation, not ru "но") or
        # "actually" (actuallyr43, the review of the forty-third round: "just a question, nothing happened?
        # well actually my husband already took my passport").
        def told_after(k: int, skip: tuple[str, ...] = ("những", "no")) -> bool:
            return any(c > k and text[tokens[c].start : tokens[c].end].lower() not in skip
                       for c in out.starts["contrast"]) or any(a > k for a in out.starts["actuallyr43"])

        # Forty-first round: a case supposed for school, asked at the opening of the message ("Для доклада
        # в школе: если человека заставляют ...?", "para una tarea del colegio: si a alguien ...?") is a
        # question in general, unless the real case follows ("... for a school project, but really they make
        # me sell").
        if (school := out.starts["schoolr41"]) and school[0] < 6 and "?" in text and _has_cue(
                words[school[0]:], cues["hypothetical"]) and not told_after(school[0], ("những",)):
            out.general = True
        # Forty-second round: asked "in theory" at the opening ("pregunto solo en teoría: si ...?", "întreb
        # doar teoretic: dacă ...?"), and the forty-third: "nothing happened" at the opening of a question
        # ("solo una pregunta, no ha pasado nada: si ... mi esposo se queda con mi pasaporte, eso es legal?").
        theory, nothing = out.starts["theoryr42"], out.starts["nothingr43"]
        if "?" in text and ((theory and theory[0] < 6 and not told_after(theory[0]))
                            or (nothing and nothing[0] < 8 and not told_after(nothing[0]))):
            out.general = True
        # Twenty-fifth round: "not complaining, just asking" tells the user's own situation played down, not a
        # question in general: a minimiser cancels the general-question scope.
        if out.general and out.starts["minimise"]:
            out.general = False
        # Fifty-first round: nor one that tells the user's own case in the first person, not after "if" ("I
        # haven't done anything, just asking: the foreman took my passport and says I owe him 2000").
        if out.general and any(not _has_cue([words[j] for j in range(k) if tokens[j].sentence == tokens[
                k].sentence], cues["hypothetical"]) for k in out.starts["toldmer51"]):
            out.general = False
        joke = out.sentences["joke"]
        for mark in _JOKE_MARKS:
            at = text.find(mark)
            if at >= 0:
                before = [t for t in tokens if t.start < at]
                joke.add(before[-1].sentence if before else 0)
        if joke and _has_cue(words, cues["sos"]):
            joke.clear()  # "they beat me lol help": a cry for help is never a joke
        # Fifty-sixth round: a bystander's supposition asked in the last sentence ("I drive a taxi. If a
        # passenger ever told me someone took their passport and they're kept somewhere, who would I call?"):
        # an "ever" at most six words after an "if" in the last sentence, a question mark after it, nothing
        # told before that sentence in the first person and no contrast after the "ever".
        last = tokens[-1].sentence if tokens else 0
        if any(tokens[k].sentence == last and "?" in text[tokens[k].start:] and _has_cue(
                [words[j] for j in range(max(0, k - 6), k) if tokens[j].sentence == last],
                cues["hypothetical"]) and not told_after(k)
                and not any(tokens[c].sentence < last for c in out.starts["toldmer51"])
                for k in out.starts["everr56"]):
            out.general = True
            out.ever_r56 = out.starts["everr56"][-1]
        out.rumour_r52 = _rumour_told_r52(text, tokens, out, cues)
        out.tail_r53 = _calm_tail_r53(text, tokens, out)
        return out

    @staticmethod
    def _out_of_scope(p: _Pattern, tokens: list[Token], i: int, end: int, scopes: _Scopes,
                      cues: dict[str, _CueSet], question: bool = False, asks: bool = False) -> bool:
        sentence = tokens[i].sentence
        # Review of the fiftieth round: "help" thanked for ("thank you for the help yesterday, everything is
        # ok now", "gracias por la ayuda, todo bien ahora") is no cry for help now.
        if p.indicator == "immediate_danger" and any(0 < i - k <= 5 for k in scopes.starts["thankhelpm51"]):
            return True
        # ... nor help offered to others ("now I'm safe and I want to volunteer to help others").
        if p.indicator == "immediate_danger" and any(i <= k <= end for k in scopes.starts["helpothersm51"]):
            return True
        # "Who keeps the passport?" in a checklist asks who holds it; nobody is told to ("what to check
        # before I go: contract, agency licence, who keeps the passport").
        if p.indicator == "document_retention" and any(i - 1 <= k <= i for k in scopes.starts["whoaskm51"]):
            return True
        # And a person's own passport with her, told among a signed contract or after the writer's all-clear
        # ("my cousin works in a hotel in Spain, contract signed, passport with her, paid every month"; "we
        # checked: contract, he keeps his passport himself"): no boss word in its sentence and no contrast
        # after it ("... passport with him, the boss" and "..., but" stay; "but we checked: ..." is calm).
        if p.indicator == "document_retention" and (
                scopes.starts["signedr50"] or scopes.starts["calmr51"]) and any(
                i - 1 <= k <= i + 1 for k in scopes.starts["ownpassm51"]) and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]) and not any(
                c > i for c in scopes.starts["contrast"]):
            return True
        # And a question about traffickers in general after a school cue at the opening ("for my school essay:
        # how do traffickers keep people, do they take passports?"); a case told in another sentence stays.
        if question and (school := scopes.starts["schoolr41"]) and school[0] < 6 and any(
                tokens[k].sentence == sentence for k in scopes.starts["traffickersm51"]):
            return True
        # Thirty-first round: a rumour and then, after "and now", what happened to someone close ("on tiktok
        # they say that agency is bad, and now they took my sisters passport") is no media.
        told_after = sentence in scopes.sentences["media"] and any(
            k < i and tokens[k].sentence == sentence for k in scopes.starts["nowtoldr31"]) and any(
            i - 4 <= k <= end + 4 and tokens[k].sentence == sentence for k in scopes.starts["kinr31"])
        # Forty-ninth round: what follows "joking aside" in the joke's sentence is told in earnest.
        if (sentence in scopes.sentences["media"] and not told_after) or (
                sentence in scopes.sentences["joke"] and not any(
                    a < i and tokens[a].sentence == sentence for a in scopes.starts["jokeasider49"])):
            return True  # "just watched a documentary on slaves", "held me hostage lol"
        if p.lang == "en" and tokens[i].norm == "fine" and i and tokens[i - 1].norm in _FINE_ADJ_R49:
            return True  # "it's fine, paid every friday": all right, no penalty
        if p.indicator in _PROTECT_SCOPE and sentence in scopes.sentences["protect"]:
            return True  # "I always lock myself in the cab at night, lots of fuel theft"
        # Thirty-second round: hours per week ("20 hours a week"); "turns out ... he's fine"; a phone that
        # broke; the household locking its own door; "I paid nothing"; a loan from a cousin, in its sentence
        # or asked about in a question.
        if p.indicator == "abusive_conditions" and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["perweekr32"]):
            return True
        if p.indicator == "deception" and any(
                k > i and tokens[k].sentence == sentence for k in scopes.starts["finer32"]):
            return True
        if p.indicator == "isolation" and any(
                tokens[k].sentence == sentence for k in scopes.starts["phonebrokenr32"]):
            return True
        if p.indicator in ("restriction_of_movement", "document_retention") and any(
                i - 3 <= k <= end + 4 and tokens[k].sentence == sentence
                for k in scopes.starts["ownlockr32"]):
            return True
        if p.indicator == "wage_withholding" and any(i - 2 <= k <= i for k in scopes.starts["ipaidr32"]):
            return True
        if p.indicator == "debt_bondage" and any(
                tokens[k].sentence == sentence or question for k in scopes.starts["kinloanr32"]):
            return True
        # Thirty-third round: overtime hours; the user's own document after a match begun in another clause;
        # a deduction in the contract the user signed; free to leave at will; a drug rehab centre; contact
        # only by phone; words folding like a phrase's word; a bailiff's seizure.
        if p.indicator == "abusive_conditions" and any(
                i <= k <= end + 1 and tokens[k].sentence == sentence for k in scopes.starts["overtimer33"]):
            return True
        if p.indicator == "document_retention" and any(
                i < k <= end and tokens[k].clause != tokens[i].clause for k in scopes.starts["mydocr33"]):
            return True
        # Fortieth round: not a match told after a contrast that follows the contract ("в договорі, який я
        # підписав, вирахування за кімнату, але зарплату не платять вже три місяці").
        if p.indicator == "wage_withholding" and any(
                k < i and tokens[k].sentence == sentence and not any(
                    k < c < i and tokens[c].sentence == sentence for c in scopes.starts["contrast"])
                for k in scopes.starts["contractr33"]) and any(
                # Thirty-fourth round: or in the next sentence ("... z pierwszej wypłaty. Podpisałam to").
                tokens[k].sentence in (sentence, sentence + 1) and _unnegated(tokens, k, cues)
                for k in scopes.starts["signedr33"]):
            return True
        if p.indicator == "restriction_of_movement" and any(
                _unnegated(tokens, k, cues) for k in scopes.starts["canleaver33"]):
            return True
        if p.indicator == "forced_criminality" and any(
                tokens[k].sentence == sentence for k in scopes.starts["rehabr33"]):
            return True
        if p.indicator == "isolation" and any(i <= k <= end for k in scopes.starts["byphoner33"]):
            return True
        if (tokens[i].raw.lower() in _VI_RAW_FIRST.get(p.indicator, ()) or tokens[end].raw.lower() in
                _VI_RAW_LAST.get(p.indicator, ())) and any(
                c in _VI_MARKS for tok in tokens for c in tok.raw.lower()):
            return True
        if tokens[end].raw.lower() in _RAW_LAST.get(p.indicator, ()) or (
                tokens[i].raw.lower() in _RAW_FIRST.get(p.indicator, ())):
            return True
        if p.indicator in _LAWFUL_SCOPE and any(
                tokens[k].sentence == sentence for k in scopes.starts["bailiffr33"]) and not any(
                # Thirty-fourth round: not when no papers were ever seen ("a bailiff takes our pay but we
                # never saw any papers").
                tokens[k].sentence == sentence for k in scopes.starts["nopapersr34"]):
            return True
        # Thirty-third round (older gaps): sleeping in one tent with "them"; the user as a theft victim; a
        # bank card blocked; a funeral told with "we will bury him".
        if p.indicator == "sexual_exploitation" and tokens[end].norm in _THEM and any(
                end < k <= end + 2 and tokens[k].sentence == sentence
                for k in scopes.starts["sharedsleepr33"]):
            return True
        if p.indicator == "forced_criminality" and any(
                i - 3 <= k <= end + 1 and tokens[k].sentence == sentence
                for k in scopes.starts["theftvictimr33"]):
            return True
        if p.indicator == "document_retention" and any(
                (tokens[i].norm.startswith(_LOCK_WORDS) and i < k <= end < k + 3)
                or (tokens[end].norm.startswith(_LOCK_WORDS) and i - 1 <= k <= i)
                for k in scopes.starts["bankcardr33"]):
            return True
        if p.indicator == "threats" and any(tokens[k].sentence == sentence for k in scopes.starts["buryr33"]):
            return True
        # Thirty-fourth round: "one day" closing a kill match at the end of its sentence ("that goulash is
        # gonna kill me one day"); pay and a contract praised beside a long shift or a "nie" of "żeby nie
        # było"; a photocopy of the user's passport; the user's own account not rented out; a brawl among the
        # workers.
        if p.indicator in ("threats", "immediate_danger") and any(
                end < k <= end + 2 and tokens[k].sentence == sentence and sum(
                    1 for t in tokens[k + 1 :] if t.sentence == sentence) <= 2
                for k in scopes.starts["onedayr34"]):
            return True
        if any(_unnegated(tokens, k, cues) for k in scopes.starts["fairr34"]) and (
                (p.indicator == "abusive_conditions" and tokens[i].norm[:1].isdigit())
                or (p.indicator == "wage_withholding" and any(
                    i <= k <= end + 3 and tokens[k].sentence == sentence for k in scopes.starts["fairr34"]))):
            return True
        if p.indicator == "deception" and question and scopes.starts["contractr33"] and any(
                _unnegated(tokens, k, cues) for k in scopes.starts["signedr33"]):
            return True  # "... potrącają z pierwszej wypłaty. Podpisałam to. Czy mnie oszukują?"
        # Thirty-fifth round: not when the original is named ("дали ксерокопию, а оригинал паспорта оставили в
        # офисе").
        named = any(i - 2 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["original"])
        if p.indicator == "document_retention" and not named and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["photocopyr34"]):
            return True
        # Thirty-fifth round: "came with 1200 debt, now its 200 left": a debt paid down (a later number
        # smaller than the first) is no bondage.
        if p.indicator == "debt_bondage":
            nums = [n for t in tokens[i : end + 1] if (n := RiskDetector._number(t.norm)) is not None]
            if len(nums) >= 2 and nums[-1] < nums[0]:
                return True
        # Thirty-fifth round: "he will kill me one day if i go to the police": a threat with a condition after
        # "one day", no danger now.
        if p.indicator == "immediate_danger" and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["onedayr34"]):
            return True
        if p.indicator == "forced_criminality" and any(
                tokens[k].sentence == sentence for k in scopes.starts["notrentr34"]):
            return True
        if p.indicator == "violence" and i in scopes.starts["brawlr34"]:
            return True
        if p.indicator == "immediate_danger" and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["weatherr34"]):
            return True  # "я ховаюсь від сонця": shelter from the weather
        # Thirty-fifth round: blows heard now, of a hammer, a drill, thunder or fireworks: a noise. Not a
        # hammer someone is hit with ("hitting her with a hammer", "con un martillo": eighth-session review).
        if p.indicator == "immediate_danger" and any(
                i <= k <= end + 3 and tokens[k].sentence == sentence
                and not any(tokens[j].norm in _WITH for j in range(max(0, k - 2), k))
                for k in scopes.starts["soundr35"]):
            return True
        # Thirty-fifth round: a hospital ward locked, with visiting hours ("mama leży na kardiologii, oddział
        # zamknięty na klucz"); "it scared me" (a film or the news scared the user, no one threatened); a
        # document phrase whose holding verb follows "if" ("does she need a visa if she has a card?").
        # Only with visiting hours or someone in hospital in the message (eighth-session review: "the boss
        # locked us in the old hospital ward building, we cannot get out now" is confinement).
        if (p.indicator in ("restriction_of_movement", "immediate_danger") and scopes.starts["inpatient"]
                and any(tokens[k].sentence == sentence for k in scopes.starts["wardr35"])):
            return True
        # Thirty-fifth round: es "¿estoy violando alguna ley?" (breaking a law), "tiene que pagar" (has to
        # pay, no one "has" the visa), vi "bán hàng ở chợ" (selling goods at the market).
        if p.indicator == "violence" and p.lang == "es" and end == i and end + 2 < len(tokens) and any(
                tokens[k].norm in ("lei", "leies", "reglas", "norma", "normas", "contrato")
                for k in range(end + 1, end + 3)):
            return True
        if p.indicator == "document_retention" and p.lang == "es" and any(
                tokens[k].norm in ("tiene", "tienen", "tengo") and k + 1 < len(tokens)
                and tokens[k + 1].norm == "que" for k in (i, end)):
            return True
        if p.indicator == "immediate_danger" and p.lang == "vi" and any(
                tokens[k].norm == "hoi" for k in range(max(i - 2, 0), i)):
            return True  # vi "cho khỏi bỏ trốn" (so we don't run; "khỏi" folds to "hoi"): no escape now
        if p.indicator == "sexual_exploitation" and p.lang == "vi" and tokens[i].norm == "ban" and (
                i + 1 < len(tokens) and tokens[i + 1].norm == "hang"):
            return True
        if p.indicator == "recruitment_fee" and p.lang == "vi" and tokens[i].norm == "dong" and (
                i + 1 < len(tokens) and tokens[i + 1].norm == "goi"):
            return True  # vi "đóng gói" (packing), not "đóng" (paying)
        if p.lang == "pl" and tokens[i].norm in ("kopie", "kopia") and i + 1 < len(tokens) and (
                tokens[i + 1].norm.startswith(("umow", "paszp", "dokument", "dowod", "dyplom", "zaswiadcz"))):
            return True  # Fifty-sixth round: pl "kopię umowy" (a copy of the contract), not "kopie" (kicks)
        if p.indicator == "threats" and i and tokens[i - 1].norm in ("it", "that", "this") and (
                tokens[i].norm.startswith("scare")):
            return True
        if p.indicator == "document_retention" and end > i + 1 and (
                tokens[end - 1].norm in cues["hypothetical"][0]):
            return True
        if p.indicator != "immediate_danger" and scopes.general:
            return True  # "just asking in general"
        # Fifty-sixth round: a recruiter's request, before leaving, to bring the original passport and give it
        # to him to hold ("says bring my original passport and give it to him to hold ... havent gone yet"):
        # the request at most 16 words before the match in its sentence, a not-left-yet cue after the match,
        # no "still" or "now" after the request, no contrast after the not-left-yet cue ("... but my sister
        # who went with him can't get hers back"). A request, not a passport held.
        bring, notgone = scopes.starts["bringr56"], scopes.starts["notgoner55"]
        if p.indicator == "document_retention" and any(
                i - 16 <= b < i and tokens[b].sentence == sentence for b in bring) and any(
                g > end for g in notgone) and not any(
                c > bring[0] and c not in notgone  # ro "încă n-am plecat" (not yet) is no "still"
                for kind in ("still", "now") for c in scopes.starts[kind]) and not any(
                c > notgone[-1] and tokens[c].norm != "no" for c in scopes.starts["contrast"]):
            return True
        # Fifty-sixth round: nor a holding told inside the supposition ("gdyby pasażer mi kiedyś powiedział,
        # że ... go przetrzymują, to gdzie mam zadzwonić?") danger now.
        ever = scopes.ever_r56
        if scopes.general and 0 <= ever < i and tokens[i].sentence == tokens[ever].sentence:
            return True
        # Twenty-eighth round: a fee "deducted from the salary later" ("después lo descuentan del sueldo") at
        # or just before a withheld-pay phrase, in its sentence: an offset of an advance, not pay held back.
        if p.indicator == "wage_withholding" and any(
                i - 4 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["offsetr28"]):
            return True
        # Thirty-first round: an advance paid back or a deduction "as we agreed in writing", asked about, with
        # no contrast word after the agreement ("we agreed 25 an hour in writing but he pays 14" keeps it).
        # Thirty-ninth round: the contract the user signed in more forms (agreedr39: "в договорі, який я
        # підписав", "hợp đồng em ký có ghi").
        agreed = scopes.starts["agreedr31"] or scopes.starts["agreedr39"]
        if p.indicator in _LAWFUL_ASK and agreed and asks and not any(
                c > agreed[0] for c in scopes.starts["contrast"]):
            return True
        # Fortieth round: "it's written in the contract" (agreedr40: "це прописано в договорі"), for a match
        # in its sentence or the one before only ("... 60 євро на тиждень за кімнату. Це прописано в
        # договорі"): wages unpaid for months told after it stay.
        written = [k for k in scopes.starts["agreedr40"] if tokens[k].sentence in (sentence, sentence + 1)]
        if p.indicator in _LAWFUL_ASK and written and asks and not any(
                c > written[0] for c in scopes.starts["contrast"]):
            return True
        # Forty-first round: "entertain" or "please" his friends (entertainr41: the fortieth round's verbs,
        # "zabawiała", "развлекала", "розважала", "atienda", "să-i distreze", "tiếp", a friends word in the
        # match) wants the boss, the owner or the manager in its sentence (bossr41), as the English phrase
        # does: a husband's guests are not this ("tiếp khách", receiving clients, has no friends word).
        # Review of the forty-first round: not with a cry for help or someone hiding in the message, which
        # the fortieth round's danger rule reads with the night ("zabrał mi telefon, zamknął drzwi, dziś w
        # nocy mam zabawiać jego kolegów, pomocy").
        if p.indicator == "sexual_exploitation" and i in scopes.starts["entertainr41"] and any(
                t.norm in _FRIENDS_R41 for t in tokens[i : end + 1]) and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]) and not (
                scopes.starts["hide"] or scopes.starts["hider40"]
                or _has_cue([t.norm for t in tokens], cues["help"])):
            return True
        # Forty-second round: "has to 'visit him' after work" (sexual_exploitation.r42b) is coercion only
        # with her unwillingness told in the message ("I didn't want to", "Nie chciałam", "No quería", "N-am
        # vrut"); a visit to sign papers is not.
        if p.key == "sexual_exploitation.r42b" and not scopes.starts["unwantedr42"]:
            return True
        # Forty-second round: a bleeding told of yesterday (vi "hôm qua nó túm cổ một anh ... chảy máu luôn"),
        # with no "now" or "still" in its sentence, is no danger now; an escape that ends in a rescuer's
        # coming, in a past story ("last year ... I only got out because my cousin came to pick me up"), is no
        # pursuer.
        if p.indicator == "immediate_danger" and any(
                i <= k <= end for k in scopes.starts["bleed"]) and _yesterday_r42(tokens, i, scopes):
            return True
        if p.indicator == "immediate_danger" and scopes.starts["past"] and any(
                k >= i and tokens[k].sentence == sentence for k in scopes.starts["rescuedr42"]):
            return True
        # Forty-fifth round: this round's danger-now phrases told after a past story in their sentence ("two
        # years ago they pushed me into a van and said if I don't pay today they kill me") are no danger now.
        if p.key == "immediate_danger.r45" and any(
                k < i and tokens[k].sentence == sentence for k in scopes.starts["past"]):
            return True
        # Forty-second round: "but actually it's me they force" (forced_criminality.r42: "але насправді це
        # мене змушують", "но на самом деле меня заставляют", "pero en realidad me obligan a mí") after a
        # question about forced drug selling is one's own forced crime, even after a school question; it
        # wants a crime word in the message (crimer42: drugs, stealing).
        if p.key == "forced_criminality.r42" and tokens[i].norm in _ACTUALLY_R42 and not (
                scopes.starts["crimer42"]):
            return True
        # Forty-second round: a door locked so nobody walks in, while everyone leaves by the main exit at
        # will ("they keep the cold store door locked during the shift so nobody walks in without protective
        # clothes. But we can leave through the main exit any time"): the lock and the gear kept out, no
        # confinement; a lock told with no one walking in, or after a contrast that follows the exit ("we can
        # leave through the main exit any time, but at night they locked us in"), stays.
        exits = [k for k in scopes.starts["mainexitr42"] if _unnegated(tokens, k, cues)]
        if exits and p.indicator in ("restriction_of_movement", "abusive_conditions") and any(
                tokens[w].sentence == sentence for w in scopes.starts["walkinr42"]) and not any(
                any(e < c < i for c in scopes.starts["contrast"]) for e in exits if e < i):
            return True
        # Forty-third round: the passport stays with its owner ("he keeps his own passport", "pașaportul
        # rămâne la el", "hộ chiếu em tự giữ"): a document match opening on the cue or holding it is no
        # retention; a match told apart after it ("but the skipper took his seaman's book") stays.
        if p.indicator == "document_retention" and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["ownpassr43"]):
            return True
        # Forty-fourth round: the passport denied taken ("no no they didnt take my passport", "nie
        # zabrali mi paszportu", "не забрали паспорт", "nu mi-au luat pașaportul"; notakenr44): a document
        # match opening on the denial or holding it is no retention; a document taken told after it ("but
        # the boss keeps my id card") stays.
        if p.indicator == "document_retention" and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["notakenr44"]):
            return True
        # Forty-fifth round: the user's own fee not yet paid ("I haven't paid anything yet", "todavía no le he
        # pagado nada", "em chưa trả đồng nào"; notpaidr45) is no wage withheld; "he hasn't paid me" stays.
        if p.indicator == "wage_withholding" and any(
                i - 2 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["notpaidr45"]):
            return True
        # Forty-fifth round: a loan offered for the ticket, to be taken from the first pay ("the agency will
        # lend me the fare and deduct it from the first salary", lendr45 and firstpay in the sentence) is a
        # term of an offer, not wages withheld or a debt; a loan told as given ("pożyczyła") stays.
        if p.indicator in ("wage_withholding", "debt_bondage") and any(
                tokens[k].sentence == sentence for k in scopes.starts["lendr45"]) and any(
                tokens[k].sentence == sentence for k in scopes.starts["firstpay"]):
            return True
        # Forty-fifth round (es): an employer giving a loan ("si un empleador me hace un préstamo") is no
        # forced signing; "me hace firmar un préstamo" stays.
        if p.indicator == "forced_criminality" and any(
                i <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["loangiver45"]):
            return True
        # Forty-fifth round: overtime told before the hours ("làm thêm 12 tiếng", "переработал 12 часов") is
        # no working day; a checking question ("want to check if 50% is the rate") is no fee asked.
        if p.indicator == "abusive_conditions" and any(
                i - 3 <= k < i and tokens[k].sentence == sentence for k in scopes.starts["overtimer45"]):
            return True
        if p.indicator == "recruitment_fee" and any(
                i <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["checkifr45"]):
            return True
        # Forty-fifth round: cases reported in general ("in our area there have been cases of people
        # cheated", "были случаи", casesr45) are no one's situation: a deception, forced-crime or violence
        # match in their sentence is none, unless told after a contrast that follows the cue.
        if p.indicator in ("deception", "forced_criminality", "violence") and any(
                tokens[k].sentence == sentence and not any(
                    k < c < i and tokens[c].sentence == sentence for c in scopes.starts["contrast"])
                for k in scopes.starts["casesr45"]):
            return True
        # Forty-fifth round: minors who want to work ("a class of 17-year-olds, many want to work in hotels in
        # the summer", wantworkr45, reached by the match) are no child at work, unless a contrast follows the
        # wish in the sentence.
        if p.indicator == "minor" and any(
                i <= k <= end + 1 and tokens[k].sentence == sentence and not any(
                    c > k and tokens[c].sentence == sentence for c in scopes.starts["contrast"])
                for k in scopes.starts["wantworkr45"]):
            return True
        # Forty-fifth round (en): the recruiter says he "has to give him" his original passport (hastor45): a
        # request before leaving, found by document_retention.pre; the other document matches in it are none.
        if p.indicator == "document_retention" and not p.pre and any(
                i <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["hastor45"]):
            return True
        # Forty-fifth round: a debt or pay match asked in a "does that mean" question ("to znaczy że ... muszę
        # ją firmie oddać?", meanr45 before it in its sentence) is the user's question, not a debt told.
        if question and p.indicator in ("debt_bondage", "wage_withholding") and any(
                k < i and tokens[k].sentence == sentence for k in scopes.starts["meanr45"]):
            return True
        # Forty-sixth round: "another guy will call me" (callmer46 just after the threat's last word) is a
        # phone arrangement; es "quiere entrar a una cafetería" (joinr46 just after) is joining a workplace,
        # nobody breaking in; vi without diacritics "no chi lam" ("nó chỉ làm", he only), "no giu" (he
        # keeps): a debt or pay match opened by a bare "no" with a verb after it or after its next word is no
        # "nợ" (owe).
        if p.indicator == "threats" and tokens[end].norm.startswith(("call", "phone", "ring")) and any(
                k == end + 1 for k in scopes.starts["callmer46"]):
            return True
        if p.indicator == "immediate_danger" and any(
                end < k <= end + 1 and tokens[k].sentence == sentence for k in scopes.starts["joinr46"]):
            return True
        if p.indicator in ("debt_bondage", "wage_withholding") and tokens[i].raw.lower() == "no" and any(
                k == i + 1 or (k == i + 2 == end + 1) for k in scopes.starts["vionlyr46"]):
            return True
        # A phone match whose holding verb comes after a document named inside it ("mat dien thoai, ho chieu
        # no giu": the phone lost, the passport he keeps) belongs to the document, not the phone.
        if p.indicator == "isolation" and any(i < k < end and tokens[k].sentence == sentence
                                              for k in scopes.starts["persdocr38"]):
            return True
        # Forty-fifth round: "decide by tomorrow, or else the place goes to another girl" (spotr45 just after
        # the match) is pressure of an offer, not a threat.
        if p.indicator == "threats" and any(
                end < k <= end + 4 and tokens[k].sentence == sentence for k in scopes.starts["spotr45"]):
            return True
        # Forty-fifth round (high read critical): held from quitting a job ("I want to change jobs and he
        # won't let me go", quitr45 before the match in its sentence) or not let out alone ("не випускають
        # мене саму", aloner45 just after the match) is no one held now, unless a cry for help is in the
        # message; someone who "keeps writing" ("me sigue escribiendo", keepsr45) is no pursuer.
        if p.indicator == "immediate_danger" and (
                ((any(k < i and tokens[k].sentence == sentence for k in scopes.starts["quitr45"])
                  or any(i < k <= end + 2 and tokens[k].sentence == sentence
                         for k in scopes.starts["aloner45"]))
                 and not _has_cue([t.norm for t in tokens], cues["help"]))
                or any(i <= k <= end + 1 for k in scopes.starts["keepsr45"])):
            return True
        # Forty-fifth round (vi): "bảo đảm" (a guarantee) folds like "đấm" (punch); a violence match opening
        # inside it is none.
        if p.indicator == "violence" and any(k < i <= k + 1 for k in scopes.starts["guaranteer45"]):
            return True
        # Forty-fourth round (es): "cuántos días de vacaciones me tocan" is what the worker is entitled
        # to, not touching (daysr44 holds the whole phrase); "en vacaciones el jefe me toca" stays.
        if p.indicator == "sexual_exploitation" and any(
                k <= i <= k + 5 and tokens[k].sentence == sentence for k in scopes.starts["daysr44"]):
            return True
        # Forty-third round: a bank loan's collection ("a bank loan for the boat, they threaten me with the
        # bailiff", "dọa siết nợ"): a threat with a collection word just after it, a bank loan in the message,
        # is no threat of the trafficking kind; a threat of violence stays.
        if p.indicator == "threats" and scopes.starts["bankr43"] and any(
                i <= k <= end + 4 and tokens[k].sentence == sentence for k in scopes.starts["collectr43"]):
            return True
        # Forty-second round: a passport the user left in a locker ("I left my passport in my locker at work
        # and the building is locked till Monday"): no one holds it; a boss word in the sentence keeps it.
        if p.indicator == "document_retention" and any(
                tokens[k].sentence == sentence for k in scopes.starts["leftminer42"]) and any(
                tokens[k].sentence == sentence for k in scopes.starts["locker"]) and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
            return True
        # Forty-first round: a school trip's or a camp's rule, nobody going anywhere alone (tripr41: "on the
        # school trip", "na wycieczce szkolnej", "на экскурсии", "en la excursión", "în excursie", "chuyến
        # dã ngoại"): an alone word in or just after the match, the trip in its sentence ("at the farm nobody
        # is allowed to go anywhere alone" has no trip and stays).
        if p.indicator == "restriction_of_movement" and any(
                tokens[t].sentence == sentence for t in scopes.starts["tripr41"]) and any(
                i <= a <= end + 2 and tokens[a].sentence == sentence for a in scopes.starts["aloner39"]):
            return True
        # Fortieth round: an example inside a hypothetical ("if something ever happened at the farm, like they
        # took my passport or didn't pay, who would I call?"): a match after an if-ever cue and an example
        # cue in its sentence is no event ("if anything happens to me: the foreman took my passport" has no
        # example cue and stays).
        # An example cue that closes its sentence ("np.") opens the next one.
        examples = [e for e in scopes.starts["exampler40"] if e < i and (
            tokens[e].sentence == sentence or (
                tokens[e].sentence == sentence - 1 and tokens[e + 1].sentence == sentence))]
        if p.indicator != "immediate_danger" and any(
                k < e and tokens[k].sentence == tokens[e].sentence
                for k in scopes.starts["ifeverr40"] for e in examples):
            return True
        # Thirty-first round: the helpline's advice quoted back ("you say never give your passport to
        # anyone"), no contrast word between it and the match.
        if any(k < i and tokens[k].sentence == sentence and not any(
                k < c < i for c in scopes.starts["contrast"]) for k in scopes.starts["yousayr31"]):
            return True
        # Thirty-first round: opening one's own account; calls allowed on the break; a passport lodged with a
        # consulate or an office just after the match, no contrast word in its sentence.
        if p.indicator == "forced_criminality" and any(
                i - 3 <= k <= end + 3 and tokens[k].sentence == sentence for k in scopes.starts["ownaccr31"]):
            return True
        if p.indicator == "isolation" and any(
                _unnegated(tokens, k, cues) for k in scopes.starts["breakcallr31"]):
            return True
        if p.indicator == "document_retention" and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["authorityr31"]
        ) and not any(tokens[c].sentence == sentence for c in scopes.starts["contrast"]):
            return True
        # Thirty-first round: a fee phrase ending on an hour ("ochroniarz otwiera kiedy chcę, nawet o 3 w
        # nocy") is a time, not a sum.
        if p.indicator == "recruitment_fee" and end > i and tokens[end].norm.isdigit() and (
                tokens[end - 1].norm in _AT_HOUR):
            return True
        # Thirty-first round: vi "tất cả" (all) folds like "tát" (slap); es "me toca turno" (my shift comes
        # up) is no touching.
        if p.indicator == "violence" and tokens[i].norm == "tat" and i + 1 < len(tokens) and (
                tokens[i + 1].norm == "ca" and "ấ" in tokens[i].raw.lower()):
            return True
        if p.indicator == "sexual_exploitation" and tokens[end].norm == "toca" and end + 1 < len(tokens) and (
                tokens[end + 1].norm in _ES_TOCA):
            return True
        # Twenty-ninth round: a trial week "without papers, cash in hand" ("fără acte, bani în mână", "không
        # giấy tờ, trả tiền mặt"): the money word of a withheld-pay phrase opens a cash-in-hand cue, and
        # "without documents" in a sentence paid cash in hand is work off the books, not papers held.
        if p.indicator == "wage_withholding" and any(i < k <= end for k in scopes.starts["cashr29"]):
            return True
        if p.indicator == "document_retention" and tokens[i].norm in _WITHOUT and any(
                tokens[k].sentence == sentence for k in scopes.starts["cashr29"]):
            return True
        # Twenty-ninth round: "no money for food" is poverty, not food denied; a contract "in Ukrainian and
        # Polish" is in the user's language too.
        if p.indicator == "abusive_conditions" and any(t.norm in _MONEY for t in tokens[i : end + 1]):
            return True
        # Thirtieth round: vi "sưng" (swollen) folds like "súng" (a gun); a phone "escondido" is hidden, not
        # the user; "broke my tooth, and now he says..." is now what he says, not the injury now.
        if p.indicator == "immediate_danger" and (
                (end == i and tokens[i].norm == "sung" and "ư" in tokens[i].raw.lower())
                or (end == i and tokens[i].norm.startswith("escondid") and any(
                    t.norm in _PHONE for t in tokens[max(i - 3, 0) : i]))
                or (tokens[end].norm in _NOW_WORDS and end + 1 < len(tokens)
                    and tokens[end + 1].sentence == sentence and tokens[end + 1].norm in _SAYS)):
            return True
        if p.indicator == "abusive_conditions" and end + 1 < len(tokens) and (
                tokens[end + 1].sentence == sentence and tokens[end + 1].norm in _CURRENCY | _FREE):
            return True  # Thirtieth round: "18 euros/hora", "vivienda y carro gratis"
        if p.indicator == "no_contract" and any(i <= k <= end for k in scopes.starts["ownlangr29"]):
            return True
        # Twenty-ninth round: pay that comes "only on the 10th" (a day of the month closing its sentence) is a
        # pay day, not pay held back; "only 10 days late" goes on with a unit and stays.
        if p.indicator == "wage_withholding" and RiskDetector._pay_day(tokens, end):
            return True
        # Twenty-eighth round: "bo inaczej weźmie ktoś inny" (or else someone else takes the place): an
        # "otherwise" with someone else just after it in its sentence is a hurry to pay, not a threat.
        if p.indicator == "threats" and end - i <= 1 and any(
                end < k <= end + 3 and tokens[k].sentence == sentence for k in scopes.starts["otherr28"]):
            return True
        # Twenty-eighth round: "quedan pocos cupos" (few places remain) is no document kept ("quedan").
        if p.indicator == "document_retention" and tokens[end].norm in ("quedan", "queda") and (
                end + 1 < len(tokens) and tokens[end + 1].norm in ("pocos", "pocas", "poco", "poca", "cupos",
                                                                   "lugares", "plazas")):
            return True
        # Twenty-eighth round: moving out of the company flat, the deposit in or just after a fee phrase is
        # the deposit to get back ("I paid a 600 zl deposit, how do I get it back?"), no recruitment fee.
        if p.indicator == "recruitment_fee" and scopes.starts["moveoutr28"] and any(
                i <= k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["deposit"]):
            return True
        # Twenty-eighth round: "they sleep in some house outside the city": a place outside a town, not
        # someone outside the door.
        if p.indicator == "immediate_danger" and tokens[end].norm == "outside" and end + 1 < len(tokens) and (
                tokens[end + 1].norm in ("the", "of", "town", "citi", "village") and any(
                    tokens[j].norm in ("citi", "town", "village", "cities", "citis", "towns")
                    for j in range(end + 1, min(end + 4, len(tokens))))):
            return True
        # Twenty-eighth round: the spouse works, not the children ("with our 2 kids, my husband already works
        # there"): a minor phrase whose span holds a word for a husband or wife.
        if p.indicator == "minor" and any(tokens[j].norm in _SPOUSE for j in range(i + 1, end)):
            return True
        # Twenty-eighth round: "kicked me and my kids out of the flat" is an eviction, not a kick: a violence
        # match opened by "kick" with "out" in the next four words of its clause.
        if p.indicator == "violence" and tokens[i].norm.startswith("kick") and any(
                tokens[k].norm == "out" and tokens[k].clause == tokens[i].clause
                for k in range(end + 1, min(end + 5, len(tokens)))):
            return True
        # Twenty-fourth round: a loan just paid back ("i just finished paying back the loan for coming here")
        # in or just after a debt phrase's span is no debt held over the user.
        if p.indicator == "debt_bondage" and any(
                i - 4 <= k <= end + 3 and tokens[k].sentence == sentence for k in scopes.starts["repaid"]):
            return True
        # A landlord not giving back a deposit ("proprietarul nu vrea să-mi dea garanția înapoi", "chủ nhà ko
        # trả lại tiền cọc"): the deposit in or just after a debt or withheld-pay phrase.
        if p.indicator in ("debt_bondage", "wage_withholding") and scopes.starts["landlord"] and any(
                i <= k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["deposit"]):
            return True
        # "el casero no me devuelve el depósito": the deposit as the object right after a not-returning phrase
        # (one holding the deposit, "keeps my deposit and my passport", stays).
        if p.indicator == "document_retention" and scopes.starts["landlord"] and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["deposit"]):
            return True
        # A relative's funeral the user "can't go home" to (the fare): no permission word in or just before
        # the phrase ("the boss won't let me go to the funeral" stays).
        if p.indicator == "restriction_of_movement" and any(
                tokens[k].sentence == sentence for k in scopes.starts["funeral"]) and not any(
                i - 2 <= k <= end for k in scopes.starts["permit"]):
            return True
        # Twenty-fifth round: the user's own key ("tengo mi propia llave y me puedo ir avisando"): a
        # confinement phrase holding the key word or starting just after the cue, in its sentence, is no
        # lock-in.
        if p.indicator == "restriction_of_movement" and any(
                i - 4 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["mykey"]):
            return True
        # Twenty-fifth round: "hộ chiếu em tự giữ, tiền trả đúng hạn": a keep verb that is the user's own (a
        # selfkeep cue at or just before the match, in its clause) does not hold back the pay.
        if p.indicator == "wage_withholding" and any(
                i - 2 <= k <= i and tokens[k].clause == tokens[i].clause for k in scopes.starts["selfkeep"]):
            return True
        # Twenty-sixth round: pay for sick days ("on zlecenie I don't get paid for sick days", "за больничный
        # ничего не заплатят", "nghỉ ốm không được trả tiền"): a sick-leave cue in or next to a not-paid
        # phrase, in its sentence, is a question of sick pay, not withheld wages.
        if p.indicator == "wage_withholding" and any(
                i - 4 <= k <= end + 4 and tokens[k].sentence == sentence for k in scopes.starts["sickleave"]):
            return True
        # ... or "those days" right after the phrase in a message about sick leave ("con zlecenie no me pagan
        # esos días").
        if p.indicator == "wage_withholding" and scopes.starts["sickleave"] and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["thosedays"]):
            return True
        # Twenty-sixth round: twelve-hour shifts in a rota with as many days off ("4 days of 12 hours then 4
        # off"): the 12-hour phrase in the rota's sentence, or in a question of the same message ("are 12 hour
        # shifts legal?"), is no abusive day; 13 hours or more, or 12 with few days off, stays.
        if p.indicator == "abusive_conditions" and tokens[i].norm == "12" and any(
                (tokens[k].sentence == sentence or question) and _rota(tokens, k)
                for k in scopes.starts["offdays"]):
            return True
        # Twenty-sixth round: a locker ("the boss gave me the locker key") is not a lock-in: a confinement
        # phrase that holds the locker word or ends just before it.
        if p.indicator == "restriction_of_movement" and any(
                i <= k <= end + 1 and tokens[k].sentence == sentence for k in scopes.starts["locker"]):
            return True
        # Twenty-sixth round: a cigarette break ("liczy każdą przerwę na papierosa") is no smuggling.
        if p.indicator == "forced_criminality" and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["smokebreak"]):
            return True
        # Twenty-sixth round: a deduction "as in the contract" ("phiếu lương cũng trừ đúng vậy", "potrącają
        # tyle, ile jest w umowie"), not negated, in the deduction's sentence: an arrangement.
        if p.indicator == "wage_withholding" and any(
                tokens[k].sentence == sentence and _unnegated(tokens, k, cues)
                for k in scopes.starts["asagreed"]):
            return True
        # Twenty-sixth round: hide-and-seek ("jugamos a las escondidas con los niños", "chơi trốn tìm"): no
        # danger-now phrase in the game's sentence (a threat or a danger in another sentence still counts).
        if p.indicator == "immediate_danger" and any(
                tokens[k].sentence == sentence for k in scopes.starts["hidegame"]):
            return True
        # Twenty-sixth round: a knife as the work tool ("filetear con cuchillo", "на филе с ножом"): a
        # danger-now phrase on a weapon word with a work-tool cue within four words is no weapon.
        if p.indicator == "immediate_danger" and any(
                i - 4 <= k <= end + 4 and tokens[k].sentence == sentence for k in scopes.starts["worktool"]
        ) and _has_cue([t.norm for t in tokens[i : end + 1]], cues["weapon"]):
            return True
        # Twenty-sixth round: an escape or an injury told weeks ago ("I escaped 3 weeks ago", "am fugit acum
        # o lună", "last week he hit him and he was bleeding"): a danger-now phrase in a sentence with a
        # weeks-ago cue and no now, just or tonight cue in that sentence is a past story (Romanian "acum o
        # lună" is not "now").
        # Twenty-seventh round: or a last-year cue before the phrase in its clause, no "and" between ("năm
        # ngoái ... gãy xương sườn, không cho đi viện": a past injury; "a year ago he brought me here and he
        # is beating me" stays).
        if p.indicator == "immediate_danger" and (any(
                tokens[k].sentence == sentence for k in scopes.starts["agoesc"]) or any(
                k < i and tokens[k].clause == tokens[i].clause and not any(
                    tokens[c].norm in cues["conjunction"][0] for c in range(k + 1, i))
                for k in scopes.starts["past"])) and not any(
                tokens[k].sentence == sentence and not (
                    tokens[k].norm in ("acum", "acuma") and k + 2 < len(tokens)
                    and tokens[k + 2].norm in _RO_AGO_UNITS)
                for k in (*scopes.starts["now"], *scopes.starts["just"], *scopes.starts["tonight"])):
            return True
        # Twenty-sixth round: "the agency is keeping her passport": "keeping her" with a thing after it.
        if p.indicator == "immediate_danger" and end + 1 < len(tokens) and tokens[end].norm in (
                "her", "him", "me", "us", "them") and tokens[end + 1].norm.startswith(_KEPT_THINGS):
            return True
        # Twentieth round: locked OUT with the key inside ("me quedé por fuera, la llave adentro, call the
        # police?"): no confinement or danger now anywhere in the message (a threat told still counts).
        # Review of the forty-fourth round: not a match told after a contrast that follows the lockout ("m-am
        # încuiat afară aseară, iar acum șeful ne-a încuiat în hală": locked out, then locked in).
        if p.indicator in _LOCKOUT_SCOPE and any(
                _unnegated(tokens, k, cues) and not any(k < c < i for c in scopes.starts["contrast"])
                for k in scopes.starts["lockout"]):
            return True
        # Twentieth round: "the agency says no fee for him" is free of charge, not unpaid work.
        if p.indicator == "wage_withholding" and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["freefor"]):
            return True
        # Twentieth round: an ambulance already called after an accident ("the company called an ambulance
        # straight away and reported it") is care given, not a call for help.
        if p.indicator == "immediate_danger" and any(
                i - 4 <= k <= end + 1 and tokens[k].sentence == sentence and _unnegated(tokens, k, cues)
                for k in scopes.starts["aidgiven"]):
            return True
        # Twentieth round: a thank-you and someone home again after the documents ("thanks so much, my cousin
        # took her documents back and is home already"): a recovery told as settled, nothing "still" held.
        if p.indicator == "document_retention" and scopes.starts["thanks"] and (
                not scopes.starts["still"]) and any(
                k > i and tokens[k].sentence == sentence for k in scopes.starts["home"]):
            return True
        # Twenty-first round: a document held briefly and returned ("the reception held my passport overnight,
        # gave it back in the morning"): a return after the match, not negated, and nothing "still" held.
        if p.indicator == "document_retention" and scopes.starts["brief"] and (
                not scopes.starts["still"]) and any(
                k > end and _unnegated(tokens, k, cues) for k in scopes.starts["returned"]):
            return True
        # Twenty-first round: a deduction for the room written in the contract or on the payslip, no contrast
        # in its sentence ("my contract says 450 a month is deducted for the room"): an arrangement.
        if p.indicator in _LAWFUL_SCOPE and not scopes.starts["still"] and any(
                tokens[k].sentence == sentence and _unnegated(tokens, k, cues)
                for k in scopes.starts["written"]
        ) and any(tokens[k].sentence == sentence for k in scopes.starts["room"]) and not any(
                tokens[k].sentence == sentence for k in scopes.starts["contrast"]):
            return True
        # Twenty-first round: "not about work, the job is fine", a landlord keeping the deposit and saying
        # the user owes him for repairs: no pay, debt or fee indicator (documents, threats, violence stay).
        if p.indicator in _NOTWORK_SCOPE and scopes.starts["notwork"] and scopes.starts["deposit"]:
            return True
        # Forty-seventh round: "I don't do that and don't want to break the law" (a landlord asking whether he
        # may keep a tenant's passport as a deposit): no document or fee indicator in the message.
        if p.indicator in ("document_retention", "recruitment_fee") and scopes.starts["notdoner47"] and (
                scopes.starts["lawfulr47"]):
            return True
        # Forty-seventh round: "what if I went abroad and the employer took my passport, is that legal?": a
        # what-if before the document match in its sentence and a legality question is a question in general;
        # "can I go and report it to the police" (cangor47 just before a threat match) is the user's own step.
        if p.indicator == "document_retention" and scopes.starts["legalaskr47"] and any(
                k < i and tokens[k].sentence == sentence for k in scopes.starts["whatifr47"]):
            return True
        if p.indicator == "threats" and any(
                i - 4 <= k < i and tokens[k].sentence == sentence for k in scopes.starts["cangor47"]):
            return True
        # A buyer on a marketplace who wants the user's card details "to receive the payment", no boss word: a
        # phishing scam against the user, no crime forced on him and no document held.
        if p.indicator in ("forced_criminality", "document_retention") and scopes.starts["buyerr47"] and (
                scopes.starts["cardr47"]) and not scopes.starts["bossr41"]:
            return True
        # Forty-eighth round: a thank-you after a false alarm that retells the old fear: nothing in the
        # message but danger now.
        if p.indicator != "immediate_danger" and _false_alarm_r48(tokens, scopes, cues):
            return True
        # Forty-eighth round: a checklist before leaving through a licensed agency ("I paid them nothing,
        # they only have a copy of my passport, what else before I go?"): no pay, fee, debt, document, offer
        # or crime.
        if p.indicator in _CHECKLIST_R48 and _checklist_r48(asks, tokens, scopes):
            return True
        # Forty-eighth round: "she hasn't paid or sent anything" (to an offer) is no pay withheld and no
        # document kept; "my friends say it's slavery" (chosen overtime) is no abusive condition; a "remote
        # app tester" is no isolation.
        if p.indicator in ("wage_withholding", "document_retention") and any(
                i - 3 <= k <= end + 2 and tokens[k].sentence == sentence
                for k in scopes.starts["paidsentr48"]):
            return True
        if p.indicator == "abusive_conditions" and any(
                i - 8 <= k < i and tokens[k].sentence == sentence for k in scopes.starts["friendsayr48"]):
            return True
        if p.indicator == "isolation" and tokens[i].norm == "remote" and any(
                i - 3 <= k <= end + 2 for k in scopes.starts["remotejobr48"]):
            return True
        # A self-employed user's unpaid invoice, no boss word in the message, is no pay withheld; a cut at
        # home with no need for an ambulance, no boss word, is no violence and no danger now.
        # Fifty-fourth round: not when someone made the user register as self-employed (bogus
        # self-employment).
        if p.indicator == "wage_withholding" and scopes.starts["selfemployedr48"] and not (
                scopes.starts["bossr41"]) and not any(
                _unnegated(tokens, k, cues) for k in scopes.starts["madeselfr54"]):
            return True
        if p.indicator in ("violence", "immediate_danger") and scopes.starts["cutr48"] and any(
                _unnegated(tokens, k, cues) for k in scopes.starts["noambulancer48"]) and not (
                scopes.starts["bossr41"]):
            return True
        # Forty-ninth round: a passport taken for a moment (a check-in desk, a copy) and given back minutes
        # later or at once, the hand-back after the match in its sentence or the next, not negated, nothing
        # "again" or "still" after it: no document kept. "Turned out they just copied it and gave it straight
        # back" is no deception either.
        if p.indicator in ("document_retention", "deception") and any(
                i < k <= end + 24 and tokens[k].sentence - sentence <= 1 and _unnegated(tokens, k, cues)
                and not any(g > k for g in (*scopes.starts["againr39"], *scopes.starts["still"]))
                and (p.indicator == "document_retention" or (
                    i in scopes.starts["turnedoutr48"] and tokens[k].sentence == sentence))
                for k in scopes.starts["backsoonr49"]):
            return True
        # Forty-ninth round: a worried friend's all-clear list ("I asked: he has his passport, his phone, gets
        # paid into his account, has weekends off"): two list cues in the match's sentence, not negated, no
        # boss word in it and no contrast after the list begins: no document kept, no isolation, no pay held.
        # The place "far from everything" feared in the sentence before the list is no isolation either.
        if p.indicator in ("document_retention", "isolation", "wage_withholding") and _own_list_r49(
                tokens, i, scopes, cues):
            return True
        if p.indicator == "isolation" and _own_list_r49(tokens, i, scopes, cues, 1):
            return True
        # Forty-ninth round: an unpaid trial week or period in a message that asks ("the first week is a trial
        # without pay, to see how you work; I go next month, is that ok?"): the pay or fee word right after
        # the trial cue is no pay withheld and no fee. ru "как работаешь" is no "как раб(ы)".
        if p.indicator in ("wage_withholding", "recruitment_fee") and asks and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["trialr49"]):
            return True
        if p.indicator == "abusive_conditions" and p.lang in ("ru", "uk") and tokens[end].norm.startswith(
                ("rabot", "robot")):
            return True
        # Forty-ninth round: "nobody is taking anything off me or threatening me": the threat, violence or
        # document after "nobody ... or" is denied; in such a message a question about what one is entitled to
        # ("am I entitled to a day off on 24h live-in work?") tells no abusive conditions.
        if p.indicator in ("threats", "violence", "document_retention") and _nobody_or_r49(i, tokens, scopes):
            return True
        if p.indicator == "abusive_conditions" and any(
                tokens[k].sentence == sentence for k in scopes.starts["rightsaskr49"]) and any(
                # the first word after an "or" is the earliest place the denial can close, so only those
                # places need asking (the same answer as asking every word)
                _nobody_or_r49(o + 1, tokens, scopes) for o in scopes.starts["orr49"] if o + 1 < len(tokens)):
            return True
        # Forty-ninth round: the employer pays the flight and the visa and nothing has to be paid back ("my
        # friends say it's a trap"): in the sentences from the payment to the nothing-back, no document kept,
        # no pay held, no debt and no fee; nothing "still" and no contrast after the nothing-back.
        if p.indicator in _FLIGHT_PAID_R49 and any(
                tokens[f].sentence <= sentence <= tokens[b].sentence and f < b
                and not any(c > b for c in (*scopes.starts["contrast"], *scopes.starts["still"]))
                for f in scopes.starts["paysflightr49"] for b in scopes.starts["nothingbackr49"]):
            return True
        # Fiftieth round: sex work told as chosen (an adult's own choice, independent, registered; "nobody
        # forces her, she keeps her money, her passport is with her"), no taker, debt or force word and no
        # contrast after the choice: no sexual exploitation; the money or passport she keeps in the match's
        # span is none withheld; a threat after "if" ("what rights if the landlord threatens me") is asked
        # about, not told.
        if p.indicator in ("sexual_exploitation", "document_retention", "wage_withholding", "threats") and (
                _chosen_r50(tokens, scopes, cues)) and (
                p.indicator == "sexual_exploitation"
                or (p.indicator == "threats" and any(
                    k < i and tokens[k].sentence == sentence for k in scopes.starts["ifr50"]))
                or (p.indicator in ("document_retention", "wage_withholding") and any(
                    i - 3 <= k <= end + 3 and tokens[k].sentence == sentence
                    for k in scopes.starts["ownkeepr50"]))):
            return True
        # Fiftieth round: a rumour answered by the user's own all-clear ("I heard agencies take passports and
        # don't pay; nothing like that with me, my passport is with me"; "friends scared me that fleets don't
        # pay ... every payment came on time"): what the rumour tells, in its sentence, is no one's case; the
        # all-clear's own words ("keep my own documents") are none withheld.
        if p.indicator in _RUMOUR_R50 and _rumour_cleared_r50(i, end, tokens, scopes, cues):
            return True
        # Fifty-second round: es "¿cuántos días de vacaciones nos tocan?" (what one is entitled to) is no
        # touching: "toca(n)" closing the match, "cuánto(s)" before it in its sentence and a days, hours or
        # money word in that sentence ("el jefe me toca" stays).
        if p.indicator == "sexual_exploitation" and tokens[end].norm in ("toca", "tocan") and any(
                t.sentence == sentence and t.norm.startswith("cuant")
                for t in tokens[max(i - 8, 0):i]) and any(
                t.sentence == sentence and t.norm in _ENTITLED_R52 for t in tokens):
            return True
        # Fifty-second round: "who would I call?", "where would you report stuff like that?" ask for help, no
        # threat: a threats match of three words, "I", "we" or "you" (folded "iou") before the closing "call"
        # or "report", and "who", "where" or "whom" just before it.
        if p.indicator == "threats" and end - i == 2 and tokens[end].norm in ("call", "report") and tokens[
                i + 1].norm in ("i", "we", "iou") and any(
                t.norm in ("who", "where", "whom") for t in tokens[max(i - 2, 0):i]):
            return True
        # Fifty-second round: pay late through a bank's fault, all there now: the late pay and the "turns out"
        # told before the all-there cue are no pay withheld and no deception; a match after it stays.
        if p.indicator in ("wage_withholding", "deception") and (
                paid := _bank_delay_r52(tokens, scopes, cues)) is not None and end < paid:
            return True
        # Fifty-third round: late pay that came in full now, the bank not named ("it was because of the
        # holiday, today it all came"): the late pay told before the paid-in-full cue is no pay withheld.
        if p.indicator in ("wage_withholding", "deception") and (
                paid53 := _paid_full_r53(tokens, scopes, cues)) is not None and end < paid53:
            return True
        # Fifty-third round: documents kept by their owners after a contract ("signed a contract, has his own
        # documents"; "proper contract, everyone keeps their own ID").
        # The wage matches that open on the cue ("keeps his own passport, wages every month") go with it.
        if p.indicator in ("document_retention", "wage_withholding") and _own_keep_r53(
                i, end, tokens, scopes, cues):
            return True
        # Fifty-second round: a rumour answered by the writer's own check that denies it ("heard rumours our
        # camp takes the kids' phones. Asked the director: only during activities"; "a friend said he 'sold'
        # her; I called her, she's perfectly fine"): what the rumour tells is no one's case.
        if p.indicator in _RUMOUR_R54 and _rumour_checked_r52(i, end, tokens, scopes, cues):
            return True
        # Fifty-fifth round: a question about the future, asked before leaving ("what if i get sick while
        # working abroad? im 60 and havent gone yet. could the employer ... keep my passport then?"): a "what
        # if" opening the message, a not-left-yet cue, the match in a question; no "but" in the message.
        if p.indicator in _FUTURE_R55 and question and scopes.starts["notgoner55"] and any(
                k < 3 for k in (*scopes.starts["whatifr47"], *scopes.starts["whatifr55"])) and not (
                scopes.starts["butr50"]):
            return True
        # Fifty-fifth round: stories heard in general ("heard stories about slaves in greenhouses") with the
        # writer asking how to find something safe: the match the hearsay's object (at most five words
        # after the cue, in its sentence, no contrast or "now" between), nothing told of the writer's own
        # (`toldmer51`, not negated). "heard stories about slaves, and now my boss locks us in" keeps the
        # lock.
        if p.indicator in _HEARSAY_R55 and scopes.starts["findsafer55"] and any(
                k <= i <= k + 5 and tokens[k].sentence == sentence and not any(
                    k < c <= end for c in (*scopes.starts["contrast"], *scopes.starts["now"]))
                for k in scopes.starts["hearsayr55"]) and not any(
                _unnegated(tokens, c, cues) for c in scopes.starts["toldmer51"]):
            return True
        # Fifty-fifth round: with the rumour frame whole, the writer's finding itself ("turns out he'd handed
        # it in", "okazało się", "s-a dovedit") is no deception, nor the look ("hỏi han", asked around) a
        # threat.
        if p.indicator in _RUMOUR_R54 and scopes.rumour_r52 and any(
                i <= k <= end for k in (*scopes.starts["checkr55"], *scopes.starts["turnedoutr48"])):
            return True
        # Fifty-sixth round: nor her own keeping found by the check ("she has her passport", "hộ chiếu bạn tự
        # giữ", "паспорта у них свои") a passport kept, nor the look's words ("I went there") anything told.
        if p.indicator in _RUMOUR_R54 and scopes.rumour_r52 and any(
                i - 3 <= k <= end for k in (*scopes.starts["deniedr56"], *scopes.starts["checkr56"])):
            return True
        # Fiftieth round: an unpaid trial (two weeks "without a contract and without pay, the contract later")
        # in an offer not yet started ("I haven't started yet, what do you think?"): pay after the trial cue
        # in its sentence is no pay withheld, and "without payment" there no fee (a fee asked stays).
        if (p.indicator == "wage_withholding" or (
                p.indicator == "recruitment_fee" and i and tokens[i - 1].norm == "bez")) and (
                scopes.starts["notstartedr50"]) and any(
                k <= end and tokens[k].sentence == sentence
                for k in (*scopes.starts["trialr49"], *scopes.starts["trialr50"])) and not any(
                _unnegated(tokens, k, cues) for k in scopes.starts["againr39"]):
            return True
        # Fiftieth round: "we just don't know where to start" is no isolation; "he has a written contract ...
        # he paid nothing" (a written or signed contract in the message, no boss in the sentence) is no pay
        # withheld; parents' loan for the ticket paid back from wages, in its sentence and no "but" after it,
        # is no debt bondage; a lawful deduction (housing and health insurance out of the salary) asked about
        # ("is that allowed?"), with nothing left or owed nowhere in the message, is no debt and no pay
        # withheld.
        if p.indicator == "isolation" and any(
                i <= k <= end + 3 and tokens[k].sentence == sentence for k in scopes.starts["wherestartr50"]):
            return True
        if p.indicator == "wage_withholding" and scopes.starts["signedr50"] and any(
                i - 3 <= k <= i for k in scopes.starts["hepaidr50"]) and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
            return True
        if p.indicator == "debt_bondage" and any(
                tokens[k].sentence == sentence and not any(
                    c > k and tokens[c].sentence == sentence for c in scopes.starts["butr50"])
                for k in scopes.starts["parentloanr50"]) and not any(
                # The lead's review: a boss, an agency or a firm in that sentence has a debt of its own ("my
                # parents lent me the ticket money and the agency says I owe them 2000 more").
                t.sentence == sentence and (t.norm.startswith(_FIRM_R50) or t.norm in ("cong", "moi"))
                for t in tokens) and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
            return True
        if p.indicator in ("debt_bondage", "wage_withholding") and any(
                tokens[k].sentence == sentence for k in scopes.starts["insurancer50"]) and (
                scopes.starts["allowedaskr50"]) and not scopes.starts["leftr50"]:
            return True
        # Fiftieth round: a son leaving with a signed contract who keeps his own passport ("he has a signed
        # contract, he keeps his passport", "контракт подписан, паспорт у него"): the match overlapping the
        # own-passport words, no boss word in its sentence and no "but" in the message, keeps no document.
        if p.indicator == "document_retention" and scopes.starts["signedr50"] and any(
                i - 4 <= k <= end and tokens[k].sentence == sentence
                for k in scopes.starts["ownpassr50"]) and not scopes.starts["butr50"] and not any(
                tokens[b].sentence == sentence for b in scopes.starts["bossr41"]):
            return True
        # Fifty-first round: the general calm frame ("we want to make sure no one pays fees or gets their
        # passport taken ... nothing bad has happened"; "it all turned out fine, I got every payment"; "we
        # checked: real office, she keeps her passport"; "someone tried to blackmail me, I blocked him, that
        # was the end of it"; "I haven't done anything"): the writer's all-clear and nothing told.
        if p.indicator in _CALM_R51 and _calm_frame_r51(i, tokens, scopes, cues, question):
            return True
        # Fifty-first round: a run of up to ten nights or shifts asked about as a rights question ("is 8
        # nights in a row legal?"), the count opening the match in the question's own sentence, nothing told;
        # a night's clock range ("robię 22-6", "de la 22 la 6", the second number smaller) is no count of
        # hours.
        if p.indicator == "abusive_conditions" and question and (
                1 <= (_ascii_int(tokens[i].norm) or 0) <= 10) and not scopes.starts["toldr51"] and any(
                tokens[k].sentence == sentence for k in scopes.starts["legalaskr51"]):
            return True
        if p.indicator == "abusive_conditions" and (
                clock0 := _ascii_int(tokens[end].norm)) is not None and any(
                (clock1 := _ascii_int(tokens[k].norm)) is not None and clock1 < clock0
                for k in range(end + 1, min(end + 3, len(tokens))) if tokens[k].sentence == sentence):
            return True
        # Fifty-first round: es "me dicen que tengo que firmar un contrato nuevo con la empresa nueva, ¿estoy
        # obligado?": signing a work contract, asked about, is no crime forced.
        if p.lang == "es" and p.indicator == "forced_criminality" and question and any(
                tokens[k].norm == "firmar" and any(
                    tokens[m].norm == "contrato" for m in range(k + 1, min(k + 4, end)))
                for k in range(i, end)):
            return True
        # ro "ce înseamnă de fapt" (what it actually means) is no "de fapt" (it turned out).
        if p.lang == "ro" and p.indicator == "deception" and end == i + 1 and i and (
                tokens[i - 1].norm in ("inseamna", "înseamnă") and tokens[end].norm == "fapt"):
            return True
        # vi "bán dâm" (sex work) is no "đấm" (punch) unaccented; vi "bắt đầu" (start) is no "bắt" (force).
        if p.lang == "vi" and p.indicator == "violence" and tokens[i].norm == "dam" and i and (
                tokens[i - 1].norm in ("ban", "mai")):
            return True
        if p.lang == "vi" and p.indicator == "sexual_exploitation" and end + 1 < len(tokens) and (
                tokens[end].norm in ("bắt", "bat") and tokens[end + 1].norm in ("đầu", "dau")):
            return True
        # vi "bị quát" (scolded) is no "quất" (whipped); vi "thứ bảy" (Saturday) is no "thu" (collect); ru
        # "должен отправить" (must send) is no debt.
        if p.lang == "vi" and p.indicator == "violence" and any(
                tokens[k].raw.lower() == "quát" for k in range(i, end + 1)):
            return True
        if p.lang == "vi" and p.indicator == "document_retention" and tokens[i].raw.lower() == "thứ":
            return True
        if p.lang == "ru" and p.indicator == "debt_bondage" and tokens[i].norm in _RU_MUST_R48 and (
                i + 1 < len(tokens) and tokens[i + 1].norm in _RU_DO_R48):
            return True
        # Twenty-first round: after an escape, "now I'm in Poland": the escape-and-now phrase is a story of
        # getting out ("I ran, now I'm in Poland, where can I report it?"); a pursuer told still counts.
        if p.indicator == "immediate_danger" and any(
                end - 1 <= k <= end + 3 and tokens[k].sentence == sentence
                for k in scopes.starts["safeplace"]):
            return True
        # Twenty-first round: "can she get any help now?" after an old story (a past cue or a year): a
        # question about services, not a cry for help now ("he locked us in, can we get help now?" stays).
        if p.indicator == "immediate_danger" and question and _old_story(tokens, scopes) and any(
                i - 3 <= k <= end and tokens[k].sentence == sentence for k in scopes.starts["gethelp"]):
            return True
        # Twenty-first round: a document scanned and handed back "after 10 minutes": the hand-back is no
        # refund of money (a debt or fee phrase that reaches the hand-back cue).
        if p.indicator in ("debt_bondage", "recruitment_fee") and scopes.starts["copied"] and any(
                i - 2 <= k <= end for k in scopes.starts["handback"]):
            return True
        # Fourteenth round: a thank-you for past help, told as settled ("two years ago you helped me with a
        # debt to an agency, it's all finished now, just wanted to say thank you"): a past cue before the
        # match, a settled cue, a thanks cue, and nothing "still" going on.
        if scopes.starts["thanks"] and scopes.starts["settled"] and not scopes.starts["still"] and any(
                k <= i for k in scopes.starts["past"]):
            return True
        # Thirty-ninth round: a match told after a contrast that follows the hand-back, with "again" after the
        # contrast ("gave it back the same day, but last week they took it again and keep it"), is a second
        # taking: neither the copy nor the return calms it.
        again = scopes.starts["againr39"] and any(
            c < i and any(h < c for h in (*scopes.starts["handback"], *scopes.starts["returnedr38"])) and any(
                g > c for g in scopes.starts["againr39"]) for c in scopes.starts["contrast"])
        # Fourteenth round: a document copied and handed back, or the original kept by the user.
        # Fifty-fourth round: copiedr54 ("ca să-l copieze la contabilă") with it.
        if p.indicator == "document_retention" and not again and (
                scopes.starts["copied"] or scopes.starts["copiedr54"]) and any(
                not _has_cue([t.norm for t in tokens[max(k - _NEG_WINDOW, 0) : k]
                              if t.sentence == tokens[k].sentence], cues["negation"])
                for k in scopes.starts["handback"]):
            return True
        # Fifteenth round: a hold verb whose object is a copy ("the agency keeps a copy of the passport in the
        # file, the original is with me, the salary comes on time") is not holding back the pay.
        if p.indicator == "wage_withholding" and any(i <= k <= end for k in scopes.starts["copied"]):
            return True
        # Fourteenth round: no signal at sea is not isolation ("at sea he often has no signal for days").
        if p.indicator in ("isolation", "abusive_conditions") and any(
                i <= k <= end for k in scopes.starts["nosignal"]) and any(
                tokens[k].sentence == sentence for k in scopes.starts["atsea"]):
            return True
        for k in scopes.starts["allclear"]:
            # Forty-second round: "todo bien más o menos ..., solo que el capataz guarda ...": "only that"
            # turns the all-clear as a contrast does.
            contrast = any(k < c < i for c in (*scopes.starts["contrast"], *scopes.starts["onlythatr42"]))
            if k <= i and tokens[k].sentence == sentence and not contrast:
                return True  # "all fine, paid on time, kept my own papers"
        # Seventh round: two all-clear cues after the match, in a sentence with no contrast word (one that
        # opens an all-clear cue, "no problems", does not count), cover the whole sentence: "passports
        # with us, paid every week, no problems at all". One is not enough: "he took my passport, pays
        # weekly".
        later = [k for k in scopes.starts["allclear"] if k > i and tokens[k].sentence == sentence]
        if len(later) >= 2 and not any(tokens[c].sentence == sentence and c not in later
                                       for c in scopes.starts["contrast"]):
            return True
        # Twelfth round: "10 years ago", "10 lat temu", "hace como 10 años", "acum 10 ani" is not an age.
        if p.indicator == "minor":
            nxt = [t.norm for t in tokens[end + 1 : end + 3] if t.sentence == sentence]
            prev = [t.norm for t in tokens[max(i - 2, 0) : i] if t.sentence == sentence]
            if _has_cue(nxt, cues["ago"]) or _has_cue(prev, cues["agobefore"]) or prev[-1:] == ["acum"]:
                return True
        # Tenth round: a past problem told as settled later in the sentence ("two years ago they didn't pay
        # me, but the union got it all back"): a story, not a situation.
        if p.indicator not in _NO_FEAR and any(
                k > i and tokens[k].sentence == sentence for k in scopes.starts["resolved"]):
            return True
        # Eleventh round: a debt collector "threatening" court or a bailiff over a loan is a lawful step
        # (anywhere in the message: "the collector calls about my loans and threatens court. is it legal
        # that they threaten like this?").
        if p.indicator == "threats" and scopes.sentences["collector"] and scopes.sentences["legalstep"]:
            return True
        # Eleventh round: a survivor's story told as over ("years ago they kept my ID, I got out with help;
        # now I have a job and a family"): a past or getting-out cue before the match, a now-fine cue after
        # it (a past or getting-out cue before the now-fine one), and nothing "still" going on.
        if scopes.starts["nowfine"] and p.indicator != "immediate_danger" and not scopes.starts["still"]:
            last = scopes.starts["nowfine"][-1]
            if last > i and any(k < last for k in (*scopes.starts["past"], *scopes.starts["gotout"],
                                                   *scopes.starts["escaped"])):
                return True
        # Sixteenth round: a knife as a work tool ("what gloves must the employer give me, and can they dock
        # my pay for the knife if I lose it?"): a bare weapon word, a tool cue in its sentence, nobody armed.
        if p.indicator == "immediate_danger" and end == i and tokens[i].norm in cues["weapon"][0] and any(
                tokens[k].sentence == sentence for k in scopes.starts["tool"]) and not scopes.starts["armed"]:
            return True
        # Sixteenth round: a gate locked at night while everyone has a key card and goes out at will.
        # Nineteenth round: a contrast word before the cue is no negation (Russian "но" reads "no": "but
        # everyone has a key").
        if p.indicator == "restriction_of_movement" and scopes.starts["freeleave"] and not any(
                _has_cue([t.norm for j, t in enumerate(tokens[max(k - _NEG_WINDOW, 0) : k],
                                                       max(k - _NEG_WINDOW, 0))
                          if j not in scopes.starts["contrast"]],
                         cues["negation"])
                for k in scopes.starts["freeleave"]):
            return True
        # Sixteenth round: housing "taken from the first pay", told before the job, is not wages withheld.
        if p.indicator == "wage_withholding" and any(
                i <= k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["firstpay"]
        ) and any(tokens[k].sentence == sentence for k in scopes.starts["lodging"]):
            return True
        # Twenty-second round: a police fine for speeding or parking, in the same sentence, is no debt, fine
        # or fee imposed at work ("stopped for speeding, a 300 zl fine, paid it by card").
        # Thirty-ninth round: not when a contrast stands between the fine and the match ("a parking fine, my
        # fault, but now the boss says I owe him 2000 and must work it off").
        if p.indicator in _NOTWORK_SCOPE and any(
                tokens[k].sentence == sentence and _unnegated(tokens, k, cues) and not any(
                    k < c < i for c in scopes.starts["contrast"])
                for k in scopes.starts["roadfine"]):
            return True
        # Twenty-seventh round: a fine from the office for registering the address late ("штраф за поздний
        # мельдунек") in the phrase's sentence; in a message with one, a deportation asked about in a question
        # ("czy przez to mogą mnie deportować?") is the user's worry, not a threat made.
        if p.indicator in _NOTWORK_SCOPE and any(
                tokens[k].sentence == sentence and _unnegated(tokens, k, cues)
                for k in scopes.starts["regfine"]):
            return True
        if p.indicator == "threats" and question and scopes.starts["regfine"] and any(
                tokens[j].norm.startswith(("deport", "депорт", "expulz")) for j in range(i, end + 1)):
            return True
        # Twenty-second round: Vietnamese "hay" (or) folds to "hai" ("làm hại", to harm): "em tự làm hay
        # gia đình làm?" is no threat to the family; "có đào tạo" (training given) is no "có dao" (a knife).
        if p.indicator == "threats" and any(t.raw.lower() == "hay" for t in tokens[i : end + 1]):
            return True
        # Twenty-third round: told to stay home (a sick child), "will they take that day off my pay?" asks
        # about one day missed, no withheld pay; a new SIM card the user buys is no phone taken.
        if p.indicator == "wage_withholding" and any(k < i for k in scopes.starts["stayhome"]) and any(
                i <= k <= end + 2 for k in scopes.starts["dayoff"]):
            return True
        if p.indicator == "isolation" and any(i <= k <= end for k in scopes.starts["newsim"]):
            return True
        # Twenty-seventh round: "my contract finished in august, everything paid": the settled pay of a
        # finished contract, in its sentence, is no unrealistic offer.
        if p.indicator == "unrealistic_offer" and any(
                tokens[k].sentence == sentence and _unnegated(tokens, k, cues)
                for k in scopes.starts["ended"]):
            return True
        # Vietnamese "lấy lại tiền thuế" (a tax refund) is no fee; "lao động" (labour) no "đóng" (pay in).
        if p.indicator == "recruitment_fee" and p.lang == "vi" and (
                (end + 1 < len(tokens) and tokens[end + 1].norm == "thue")
                or (tokens[i].norm == "dong" and i and tokens[i - 1].norm == "lao")):
            return True
        # Twenty-seventh round: the pills at hand ("I have the pills here", "tengo las pastillas aquí") are
        # the user's own, no drugs to sell.
        if p.indicator == "forced_criminality" and any(i - 3 <= k <= end for k in scopes.starts["pillshand"]):
            return True
        # Twenty-third round: a taxi or a ride app in a danger-now phrase ("vine bolt până aici?"): no chase.
        if p.indicator == "immediate_danger" and any(i <= k <= end for k in scopes.starts["taxi"]):
            return True
        if p.indicator == "immediate_danger" and tokens[end].norm == "dao" and end + 1 < len(tokens) and (
                tokens[end + 1].norm == "tao"):
            return True
        # Twenty-second round: "I have a return ticket" is the user's ticket, no ticket to pay back; an
        # account opened for the user's own salary with the card and app kept by the user is no account for
        # someone else; Romanian "engleza nu trebuie, plătește ea zborul": a negation in an earlier clause
        # does not make "pays" unpaid; Vietnamese "lấy giấy PIT-11" (get a form) is no fee.
        if p.indicator == "wage_withholding" and any(
                tokens[k].sentence == sentence for k in scopes.starts["volunteer"]):
            return True  # "I volunteer at the church, unpaid": no withheld pay
        if p.indicator == "debt_bondage" and i in scopes.starts["returnticket"]:
            return True
        if p.indicator == "forced_criminality" and any(
                i <= k <= end for k in scopes.starts["account"]) and any(
                _unnegated(tokens, k, cues) for k in scopes.starts["cardmine"]):
            return True
        # A door locked at night, then "but she has her own key" (same or next sentence): no confinement. A
        # key told before the lock ("she has her own key, but tonight he locked her in the cellar") stays.
        # Twenty-third round: the key may sit inside the lock phrase's span ("запирает, но ключ у меня свой").
        if p.indicator == "restriction_of_movement" and any(
                k > i and 0 <= tokens[k].sentence - sentence <= 1 and _unnegated(tokens, k, cues)
                for k in scopes.starts["ownkey"]):
            return True
        if p.indicator == "wage_withholding" and tokens[i].norm == "nu" and (
                tokens[i].clause != tokens[end].clause):
            return True
        if p.indicator == "recruitment_fee" and tokens[i].norm == "lai" and i + 1 < len(tokens) and (
                tokens[i + 1].norm == "giai"):
            return True
        # Thirty-sixth round: a rumour or a warning about people in general, asked how to check an agency or
        # what the signs are ("słyszałam że ludzi zamykają i nie płacą, jak sprawdzić agencje", "saw a
        # warning on telegram about fake job ads that take passports ... what are the signs?"): a match within
        # ten words after it, in its clause, no one close named in between, is no event.
        if scopes.starts["askcheckr36"] and any(
                k < i <= k + 10 and tokens[k].sentence == sentence and (
                    tokens[k].clause == tokens[i].clause or _relative_clause(tokens, i)) and not any(
                    k < r < i for r in scopes.starts["kinr31"]) for k in scopes.starts["rumourr36"]):
            return True
        # The user's own passport collected from an office, with thanks or an all-clear and nothing still kept
        # ("odebrałam paszport z urzędu po wymianie, wszystko ok, dzięki za pomoc").
        if p.indicator == "document_retention" and not scopes.starts["still"] and any(
                i - 2 <= k <= end and tokens[end].clause == tokens[k].clause and _unnegated(tokens, k, cues)
                for k in scopes.starts["collectedr36"]) and (
                scopes.starts["okr36"] or scopes.starts["allclear"] or scopes.starts["thanks"]):
            return True
        # Russian, Ukrainian, Polish "без" (without) reaches only its own clause ("без языка, выезд завтра,
        # связь только телега" is no "без связи").
        if p.indicator == "isolation" and tokens[i].norm == "bez" and tokens[end].clause != tokens[i].clause:
            return True
        # Thirty-sixth round: a wall or nails hit just after a blow heard ("ahora escucho al vecino pegándole
        # al muro con un martillo"): building work; "la golpea contra la pared" names her.
        if p.indicator in ("immediate_danger", "violence") and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["wallr36"]):
            return True
        # Thirty-sixth round: Romanian "mă omor" (I kill myself) is no threat; "mă omoară" (he kills me) is.
        if p.indicator == "threats" and p.lang == "ro" and tokens[i].norm == "omor" and i and (
                tokens[i - 1].norm == "ma"):
            return True
        # Thirty-seventh round: lawful twelve-hour shifts in a compact rota with as many days off ("ture de
        # 12 ore, 4 cu 4, orele suplimentare plătite"): a twelve-hour match in the rota's sentence or in a
        # question of the message (or one asking if it is legal, "ca 12 tieng co hop phap khong") is no
        # abusive day, unless no day off is told anywhere ("12 hours with no day off for weeks").
        if p.indicator == "abusive_conditions" and any(t.norm == "12" for t in tokens[i : end + 1]) and not (
                scopes.starts["nodayoffr37"]):
            rota = _compact_rota(tokens)
            if rota and (sentence in rota or question or any(
                    tokens[k].sentence == sentence for k in scopes.starts["legalr37"])):
                return True
        # Thirty-seventh round: a fear that the boss wanted the passport, and it was only a copy, the original
        # kept ("me daba miedo que el jefe quería mi pasaporte ... solo sacó una copia, el original lo tengo
        # yo"): the fear opening the threat match is no threat; a threat told after it stays.
        if p.indicator == "threats" and _has_cue([tokens[i].norm], cues["fear"]) and (
                scopes.starts["copyr37"] and scopes.starts["keptr37"]):
            return True
        # Thirty-seventh round: a mother's warning of what could happen abroad ("мама говорит если поеду ...
        # то заберут паспорт"), no offer yet or asked how to check an agency: the match in the clause of the
        # hypothetical, after the warning in its sentence, is no event.
        if (scopes.starts["noofferr37"] or scopes.starts["askcheckr36"]) and any(
                k < i <= k + 16 and tokens[k].sentence == sentence and any(
                    k < h < i and tokens[h].clause == tokens[i].clause and _has_cue([tokens[h].norm],
                                                                                   cues["hypothetical"])
                    for h in range(k + 1, i)) for k in scopes.starts["warnr37"]):
            return True
        # Thirty-seventh round: Spanish "me toca" before a leave, a turn or a duty ("me toca licencia de
        # maternidad", "me toca trabajar el domingo") is "I am due", not touching.
        if p.indicator == "sexual_exploitation" and tokens[end].norm in ("toca", "tocan") and any(
                k == end + 1 and tokens[k].sentence == sentence for k in scopes.starts["entitledr37"]):
            return True
        # Thirty-seventh round: an escape told with its past time inside the match ("я сбежала на прошлой
        # неделе, сейчас в хостеле"), or just after it ("em trốn ra được tuần trước rồi"): an update from a
        # safe place, not an escape now.
        if p.indicator == "immediate_danger" and any(
                i < k <= end + 3 and tokens[k].sentence == sentence
                for k in (*scopes.starts["lastweekr37"], *scopes.starts["agoesc"])):
            return True
        # Thirty-seventh round: "a bit more" pressure or oil at a massage is bodywork, not "a bit more" for
        # clients.
        if p.indicator == "sexual_exploitation" and any(
                end < k <= end + 2 and tokens[k].sentence == sentence for k in scopes.starts["bodyworkr37"]):
            return True
        # Thirty-seventh round: Vietnamese "danh bạ", "danh sách" (a directory, a list) is no "đánh" (a blow).
        if p.indicator == "violence" and p.lang == "vi" and tokens[i].raw.lower() == "danh" and i + 1 < len(
                tokens) and tokens[i + 1].raw.lower() in ("bạ", "sách"):
            return True
        # Thirty-eighth round: the vehicle's papers kept by the company ("the company keeps the truck
        # registration and the CMR papers in the office"): a document match in a sentence of them with no
        # document of the worker's, or in a sentence where the driver keeps his own ("his passport he keeps
        # himself"), is no retention of the worker's document.
        if p.indicator == "document_retention" and scopes.starts["vehdocr38"] and (any(
                tokens[k].sentence == sentence for k in scopes.starts["selfkeepr38"]) or (any(
                    tokens[k].sentence == sentence for k in scopes.starts["vehdocr38"]) and not any(
                    tokens[k].sentence == sentence for k in scopes.starts["persdocr38"]))):
            return True
        # Thirty-eighth round: the passport taken for a copy and given back the same day ("szef wziął paszport
        # do skserowania ale oddał jeszcze tego samego dnia"): no retention, and a fear opening a threat match
        # no threat; a threat told after it, or a return promised and not made, stays.
        # Thirty-ninth round: not a second taking told after it (`again` above).
        if scopes.starts["returnedr38"] and (scopes.starts["copyr38"] or scopes.starts["copyr37"]) and (
                p.indicator == "document_retention" or (
                    p.indicator == "threats" and _has_cue([tokens[i].norm], cues["fear"]))) and not again:
            return True
        # Thirty-eighth round: a fine owed by one's own fault ("multa de parqueo ... fue culpa mía") is no
        # debt to the employer: a debt match that is the fine word alone.
        if p.indicator == "debt_bondage" and end == i and scopes.starts["ownfaultr38"]:
            return True
        # Thirty-eighth round: long shifts with the overtime paid and the days off normal ("12 годин ... все
        # платять, понаднормові теж, вихідні нормально"), unless no day off is told anywhere.
        if p.indicator == "abusive_conditions" and tokens[i].norm[:1].isdigit() and scopes.starts[
                "paidotr38"] and scopes.starts["daysokr38"] and not scopes.starts["nodayoffr37"]:
            return True
        # Thirty-eighth round: "без" (without) reaches only its own clause for a document too ("без договору,
        # документи потім": no contract, the documents later).
        if p.indicator == "document_retention" and tokens[i].norm == "bez" and (
                tokens[end].clause != tokens[i].clause):
            return True
        # Thirty-eighth round: Vietnamese "qua công ty" (via a company) is no "khóa cổng" (a gate locked), and
        # a match opened by the user's own keeping ("hộ chiếu em giữ, thứ sáu có lương") is no withholding.
        if p.lang == "vi" and p.indicator == "restriction_of_movement" and tokens[i].raw.lower() == "hoa":
            return True
        if p.lang == "vi" and p.indicator == "wage_withholding" and tokens[i].norm == "giu" and i >= 2 and (
                tokens[i - 1].norm in ("em", "toi") and tokens[i - 2].norm in ("chieu", "to")):
            return True
        # Thirty-eighth round: Vietnamese "không cho em đi bác sĩ" (not let to go to the doctor) is care
        # denied, not confinement now.
        if p.indicator == "immediate_danger" and p.lang == "vi" and tokens[end].norm == "di" and any(
                k == end + 1 and tokens[k].sentence == sentence for k in scopes.starts["doctorr38"]):
            return True
        # Thirty-ninth round: not let out alone ("no me dejan salir sola") is a restriction, not held now;
        # kept till an hour ("szef trzyma mnie do 2 w nocy", ro "până la 2") is kept late at work.
        if p.indicator == "immediate_danger" and any(
                k == end + 1 and tokens[k].sentence == sentence for k in scopes.starts["aloner39"]):
            return True
        if p.indicator == "immediate_danger" and end + 2 < len(tokens) and (
                tokens[end + 1].norm in _TILL_R39) and (tokens[end + 2].norm[:1].isdigit() or (
                    tokens[end + 2].norm == "la" and end + 3 < len(tokens)
                    and tokens[end + 3].norm[:1].isdigit())):
            return True
        if p.indicator == "forced_criminality":  # "are they robbing me?", "se fură motorină": a victim
            prev = [t.norm for t in tokens[max(i - 1, 0) : i] if t.sentence == sentence]
            nxt = [t.norm for t in tokens[end + 1 : end + 2] if t.sentence == sentence]
            forcing = tokens[i].norm in cues["forcing"][0]  # "me obliga a llevar ...": forced, not robbed
            if not forcing and (_has_cue(prev, cues["victim_before"]) or _has_cue(nxt, cues["victim_after"])):
                return True
        return False

    def _danger_now(self, tokens: list[Token], found: Mapping[str, Indicator], pre_only: Mapping[str, bool],
                    scopes: _Scopes, cues: dict[str, _CueSet], beaten: bool = False
                    ) -> tuple[Token, Token] | None:
        """Danger now told without a fixed phrase: suicidal intent on its own ("tonight I'll end it"); a
        pursuer passing by after an escape; or,
        with a situation already found, an arrival ("they're back", "I hear the car") or someone coming
        tonight ("tonight someone comes to take her")."""
        def clean(k: int, hypothetical: bool = True, negation: bool = True, window: int = _NEG_WINDOW
                  ) -> bool:
            before = self._before(tokens, k)
            negated = negation and _has_cue(before[-window:], cues["negation"])
            # Eighth round: a past story earlier in the sentence ("last year we locked ourselves in").
            past = any(p < k and tokens[p].sentence == tokens[k].sentence for p in scopes.starts["past"])
            # Ninth round: a film or a joke is not danger now ("a film where two men push a girl into a van").
            told = tokens[k].sentence in scopes.sentences["media"] or (
                tokens[k].sentence in scopes.sentences["joke"] and not any(
                    a < k and tokens[a].sentence == tokens[k].sentence
                    for a in scopes.starts["jokeasider49"]))
            return not (negated or past or told or (hypothetical and _has_cue(before, cues["hypothetical"])))

        def working_up(k: int) -> bool:
            """Thirty-sixth round: work at a height told in the sentence of token k, with no "now" in it ("on
            the roof fixing tiles all day, hes done"): a worker's day, not someone at the edge."""
            same = tokens[k].sentence
            return any(tokens[w].sentence == same for w in scopes.starts["workdayr36"]) and not any(
                tokens[n].sentence == same for n in scopes.starts["now"])

        # Thirty-sixth round: a negation reaches suicidal intent only from the two words before it; "сил
        # больше нет сегодня ночью всё закончу" (no strength left, tonight I end it all) is intent.
        for k in scopes.starts["selfharm"]:
            if clean(k, window=2):
                return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Eighteenth round: up at a height now and thinking of letting go ("up on the scaffold 9th floor right
        # now, thinking to just let go"): suicidal intent told by the place and the hands, not a word for it.
        letgo = [k for k in scopes.starts["letgo"] if clean(k, hypothetical=False)]
        if letgo and any(clean(k) for k in scopes.starts["height"]):
            return tokens[letgo[0]], tokens[min(letgo[0] + 2, len(tokens) - 1)]
        # Twenty-seventh round: an escape told weeks ago in its sentence ("nó trốn được 2 tuần rồi") is no
        # escape now.
        if any(clean(k) and not any(tokens[a].sentence == tokens[k].sentence for a in scopes.starts["agoesc"])
               for k in scopes.starts["escaped"]):
            # "I ran away, I'm at a petrol station, his car drove past twice"
            for k in scopes.starts["passby"]:
                if clean(k):
                    return tokens[k], tokens[min(k + 1, len(tokens) - 1)]
            # Eleventh round: "ran from the flat where they kept us, hiding in the station toilets, afraid to
            # go out": escaped from a situation already found and hiding now ("the cat escaped and is hiding
            # in the garden" has no situation).
            if any(i in HIGH_INDICATORS and not pre_only.get(i, False) for i in found):
                for k in (*scopes.starts["hide"], *scopes.starts["afraidout"]):
                    if clean(k):
                        return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Ninth round: suicidal intent told indirectly ("I wrote a letter to mum, tonight I'll go to the
        # bridge, it's better this way"): a farewell or despair with a method or place, or a farewell and
        # despair with tonight/now. One cue alone is not enough ("I can't take it anymore" is a complaint).
        farewell = [k for k in scopes.starts["farewell"] if clean(k)]
        despair = [k for k in scopes.starts["despair"] if clean(k)]
        if farewell or despair:
            # Tenth round: "it would be easier to just not wake up" is intent, not a hypothetical.
            method = [k for k in scopes.starts["method"] if clean(k, hypothetical=False)]
            if method:
                k = (farewell or despair)[0]
                return tokens[min(k, method[0])], tokens[max(k, method[0])]
            if farewell and despair and any(
                    clean(k) for k in (*scopes.starts["tonight"], *scopes.starts["now"])):
                return tokens[farewell[0]], tokens[min(farewell[0] + 2, len(tokens) - 1)]
        # Thirty-first round: thinking of jumping today, off a bridge or a roof ("сегодня думаю прыгнуть с
        # моста"); thinking of a parachute jump has no method or height.
        jump = [k for k in scopes.starts["jumpr31"] if clean(k, hypothetical=False)]
        if jump and any(clean(k, hypothetical=False)
                        for k in (*scopes.starts["method"], *scopes.starts["height"])):
            return tokens[jump[0]], tokens[min(jump[0] + 2, len(tokens) - 1)]
        # Thirty-second round: a bare jump tonight ("i cant anymore, tonight i think i jump"), with despair or
        # a situation already found; a jump into the lake tonight with friends has neither.
        jumpnow = [k for k in scopes.starts["jumpnowr32"] if clean(k, hypothetical=False)]
        if jumpnow and any(clean(k) for k in scopes.starts["tonight"]) and (despair or any(
                i in HIGH_INDICATORS and not pre_only.get(i, False) for i in found)):
            return tokens[jumpnow[0]], tokens[min(jumpnow[0] + 1, len(tokens) - 1)]
        # Fifty-fifth round: the jump told on a condition of being let out tonight, with despair ("i cant do
        # this anymore. if they dont let me out tonight im going to jump"): the "if" is the coercion, not a
        # supposition; a let-out cue (`letoutr55`) with a tonight or now, not in a past story.
        # The negation of the let-out just before the jump ("jak mnie nie wypuszczą to skoczę") is not the
        # jump's.
        letout = [k for k in scopes.starts["letoutr55"] if clean(k, hypothetical=False, negation=False)]
        jumps = [k for k in (*scopes.starts["jumpnowr32"], *scopes.starts["jumpr55"])
                 if clean(k, hypothetical=False) or (clean(k, hypothetical=False, negation=False) and any(
                     k - 4 <= m < k for m in letout))]
        if jumps and despair and letout and any(
                clean(k, hypothetical=False) for k in (*scopes.starts["tonight"], *scopes.starts["now"])):
            return tokens[jumps[0]], tokens[min(jumps[0] + 1, len(tokens) - 1)]
        # Fifty-fifth round: someone who just wrote she will swallow pills tonight and answers no more, with a
        # situation already found ("my friend just wrote she will take pills tonight, her boss told her she'll
        # be deported and lose her kids. she's not answering now"); "mum takes her pills tonight" has none.
        if any(clean(k, hypothetical=False) for k in scopes.starts["pillsr55"]) and any(
                clean(k) for k in scopes.starts["tonight"]) and any(
                clean(k, negation=False) for k in scopes.starts["noanswer"]) and any(
                i in HIGH_INDICATORS and not pre_only.get(i, False) for i in found):
            k = scopes.starts["pillsr55"][0]
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Fifty-fifth round: still locked in, nobody back, nothing eaten since yesterday ("seguimos
        # encerrados, no volvieron. no comemos desde ayer"): a lock told still (`stilllockedr55`) and hunger
        # since (`starvedr55`), neither in a past story.
        if any(clean(k, hypothetical=False, negation=False) for k in scopes.starts["stilllockedr55"]) and any(
                clean(k, hypothetical=False, negation=False) for k in scopes.starts["starvedr55"]):
            k = scopes.starts["stilllockedr55"][0]
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Twenty-second round: out on a balcony, a ledge, a roof or a bridge now, with despair or a farewell
        # ("he makes me do shows every night... I can't anymore. I'm on the balcony, 9th floor").
        # A height must be told (a floor, a bridge, a roof): "cant anymore, this heat, on the balcony" is not.
        # Thirty-sixth round: despair in the sentence of work up there, with no farewell and no "now", is a
        # worker's tiredness ("on the roof fixing tiles all day, hes done").
        if (farewell or despair) and scopes.starts["height"]:
            ledge = [k for k in scopes.starts["ledge"] if clean(k, hypothetical=False) and (
                farewell or not working_up(k))]
            if ledge:
                return tokens[ledge[0]], tokens[min(ledge[0] + 2, len(tokens) - 1)]
        # Twelfth round: a wish not to exist ("maybe better if I just wasn't here, nobody would notice") with
        # despair, a farewell or "nobody would miss me"; the wish alone may be about a place or a job.
        # Fifteenth round: a wish told with its own negation ("no money no passport, I don't want to wake
        # up tomorrow"): a negation word just before it is part of the list of losses, not of the wish.
        gone = [k for k in scopes.starts["gone"] if clean(k, hypothetical=False, negation=False)]
        nomiss = [k for k in scopes.starts["nomiss"] if clean(k, hypothetical=False)]
        if gone and (despair or farewell or nomiss):
            return tokens[gone[0]], tokens[min(gone[0] + 3, len(tokens) - 1)]
        # Fourteenth round: fear that a relative will harm herself, after a farewell ("sorry for everything,
        # look after gran") or with no answer ("now she's not picking up"). The fear alone is a worry.
        harmself = [k for k in scopes.starts["harmself"] if clean(k)]
        if harmself and (farewell or any(clean(k) for k in scopes.starts["noanswer"])):
            return tokens[harmself[0]], tokens[min(harmself[0] + 3, len(tokens) - 1)]
        # Tenth round: "tonight I'll end everything, no point": an ending with tonight/now and despair.
        # Thirtieth round: or with "nobody will notice" ("dziś w nocy to wszystko skończę, nikt nie zauważy").
        if despair or nomiss:
            for k in scopes.starts["endall"]:
                if clean(k) and any(clean(t) for t in (*scopes.starts["tonight"], *scopes.starts["now"])):
                    return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Twenty-fifth round: despair and an ending told bare at the end of its sentence, tonight or now ("no
        # point anymore. ending it tonight", "dziś to kończę"); one with an object after it ("ending it with
        # this job", "le pongo fin al contrato") leaves more than three words in its sentence.
        if despair:
            for k in scopes.starts["endbare"]:
                rest = sum(1 for t in tokens[k + 1 :] if t.sentence == tokens[k].sentence)
                if rest <= 3 and clean(k) and any(
                        clean(t) for t in (*scopes.starts["tonight"], *scopes.starts["now"])):
                    return tokens[k], tokens[min(k + rest, len(tokens) - 1)]
        # Twenty-seventh round: the pills at hand with no wish to live, or with an ending tonight or now
        # ("dzisiaj chcę z tym skończyć, mam tabletki przy sobie", "не хочу больше жить, таблетки в руке").
        pills = [k for k in scopes.starts["pillshand"] if clean(k, hypothetical=False)]
        if pills and (any(clean(k, negation=False) for k in scopes.starts["nolive"]) or (
                any(clean(k) for k in (*scopes.starts["endbare"], *scopes.starts["endall"])) and any(
                    clean(k) for k in (*scopes.starts["tonight"], *scopes.starts["now"])))):
            return tokens[pills[0]], tokens[min(pills[0] + 2, len(tokens) - 1)]
        # Thirty-second round: the pills in the hand and a wish to end it all closing its sentence ("в руке
        # таблетки и я хочу все закончить"); "want to finish everything by tonight" has words after it.
        pills = [k for k in (*scopes.starts["pillshand"], *scopes.starts["pillsr32"])
                 if clean(k, hypothetical=False)]
        for k in scopes.starts["endwishr32"]:
            after = sum(1 for t in tokens[k + 1 :] if t.sentence == tokens[k].sentence)
            if pills and after <= 3 and clean(k, hypothetical=False):
                return tokens[k], tokens[min(k + 3, len(tokens) - 1)]
        situation_of = {i for i in found if i in HIGH_INDICATORS and not pre_only.get(i, False)}
        # Thirty-seventh round: the pills at hand and a wish to swallow them all, tonight or with "I can't
        # anymore" ("I have the pills next to me and want to take all of them tonight"), or "I can't anymore"
        # in a situation already found ("wiszę im 6000 i rośnie. mam tabletki w ręku"); a course of
        # antibiotics "all of them over 7 days" has neither.
        pills = [k for k in (*scopes.starts["pillshand"], *scopes.starts["pillsr32"])
                 if clean(k, hypothetical=False)]
        if pills:
            cant = [k for k in scopes.starts["cantmorer37"] if clean(k, negation=False)]
            swallow = [k for k in scopes.starts["swallowr37"] if clean(k)]
            if (swallow and (cant or despair or any(clean(t) for t in scopes.starts["tonight"]))) or (
                    (cant or despair) and situation_of):
                return tokens[pills[0]], tokens[min(pills[0] + 2, len(tokens) - 1)]
        # Thirty-seventh round: up at a height now and wanting to jump ("worked on the roof all day, now he's
        # standing on the edge and wants to jump"); into a pool or the water is play.
        jump = [k for k in scopes.starts["jumpwishr37"] if clean(k) and not any(
            k < w <= k + 4 and tokens[w].sentence == tokens[k].sentence for w in scopes.starts["poolr37"])]
        if jump and any(clean(k) for k in scopes.starts["height"]) and any(
                clean(k) for k in scopes.starts["now"]):
            return tokens[jump[0]], tokens[min(jump[0] + 2, len(tokens) - 1)]
        # Thirty-seventh round: someone driven now to a place she does not know, with men, against her will
        # ("she's in a car with two men, they are taking her somewhere she doesn't know, she didn't want to
        # go"); a family trip with no men named, or a willing ride, is not this.
        unwilling = any(clean(k, negation=False) for k in scopes.starts["unwillingr37"])
        unknown = (*scopes.starts["unknownr37"], *scopes.starts["drivenr36"])
        if unwilling and not scopes.starts["habit"] and any(clean(k, negation=False) for k in unknown):
            men = [k for k in scopes.starts["menr37"] if clean(k)]
            if men:
                return tokens[men[0]], tokens[min(men[0] + 3, len(tokens) - 1)]
        # Thirty-seventh round: a friend's last message, a cry for help with the phones taken, then silence
        # ("help van they took our phones" and then nothing); without the cry or without the silence, high.
        if "isolation" in situation_of and self.calls_for_help(tokens):
            silent = [k for k in scopes.starts["silencer37"] if clean(k, negation=False)]
            if silent:
                return tokens[silent[0]], tokens[min(silent[0] + 2, len(tokens) - 1)]
        # Thirty-seventh round: locked in or cut off, and told she won't leave there alive ("the boss took her
        # phone, locked her room ... said she won't leave there alive").
        if situation_of & {"restriction_of_movement", "isolation"}:
            alive = [k for k in scopes.starts["aliver37"] if clean(k, negation=False)]
            if alive:
                return tokens[alive[0]], tokens[min(alive[0] + 3, len(tokens) - 1)]
        # Thirty-eighth round: a medicine gone or withheld and the body failing now, in a situation already
        # found ("the boss took my insulin and my passport ... no insulin since yesterday, dizzy and shaking
        # now"); insulin forgotten on a holiday has no situation, dizzy from the heat no medicine gone.
        if situation_of and any(clean(k, negation=False) for k in scopes.starts["nomedr38"]):
            dizzy = [k for k in scopes.starts["dizzyr38"] if clean(k)]
            if dizzy:
                return tokens[dizzy[0]], tokens[min(dizzy[0] + 2, len(tokens) - 1)]
        # Thirty-eighth round: pills bought and a wish not to wake up, in a situation already found ("4 months
        # with no money, they have my passport ... i bought pills. i dont want to wake up tomorrow").
        if situation_of and any(clean(k, negation=False) for k in scopes.starts["gone"]):
            bought = [k for k in scopes.starts["boughtr38"] if clean(k)]
            if bought:
                return tokens[bought[0]], tokens[min(bought[0] + 2, len(tokens) - 1)]
        # Thirty-eighth round: a driver not going where he should, the doors locked ("the taxi isnt driving to
        # the hotel, he locked the doors and wont answer her"); a child lock on the way to the hotel, or a
        # detour with no lock, is neither.
        wrong = [k for k in scopes.starts["wrongwayr38"] if clean(k, negation=False)]
        if wrong and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["lockdoorsr38"]):
            return tokens[wrong[0]], tokens[min(wrong[0] + 3, len(tokens) - 1)]
        # Thirty-ninth round: a driver not going where he said, with the phones taken ("the driver isnt taking
        # us to the hotel, we're on some motorway, he collected our phones"); a detour with no phones taken is
        # not.
        wrong = [k for k in (*scopes.starts["wrongwayr38"], *scopes.starts["wrongwayr39"])
                 if clean(k, negation=False)]
        if wrong and "isolation" in situation_of and not scopes.starts["habit"] and not scopes.starts["past"]:
            return tokens[wrong[0]], tokens[min(wrong[0] + 3, len(tokens) - 1)]
        # Forty-second round: a driver leaving his route now, with the passports or the phones taken ("the
        # driver took all the girls' passports, left the motorway and is going somewhere else ... what do I do
        # NOW"); a detour with nothing taken, or the same told as a past story, is not.
        off = [k for k in scopes.starts["offrouter42"] if clean(k, negation=False)]
        if off and situation_of & {"document_retention", "isolation"} and not scopes.starts["habit"] and not (
                scopes.starts["past"]) and any(
                clean(k) for k in (*scopes.starts["now"], *scopes.starts["just"])):
            return tokens[off[0]], tokens[min(off[0] + 3, len(tokens) - 1)]
        # Forty-second round: owing him, taken tonight to "meet some clients", and him coming for her ("I owe
        # him for the trip and the flat, tonight I have to go with him to 'meet some clients' ... he's coming
        # at 10"); a sales meeting with no debt, or the same as a habit, is not.
        if "debt_bondage" in situation_of and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["clientsr42"]) and any(
                clean(k) for k in scopes.starts["tonight"]):
            coming = [k for k in (*scopes.starts["come"], *scopes.starts["comesr42"]) if clean(k)]
            if coming:
                return tokens[coming[0]], tokens[min(coming[0] + 2, len(tokens) - 1)]
        # Forty-second round: a cry for help sent from someone else's phone, hers taken, with a death threat
        # if she runs ("wrote 'help' from another girl's phone, they took hers ... the owner said he'd kill
        # her if she tries to escape"); the threat and the phone with no cry stay high.
        if {"threats", "isolation"} <= situation_of and self.calls_for_help(tokens) and any(
                clean(k, hypothetical=False) for k in (*scopes.starts["kill"], *scopes.starts["killr39"])):
            k = next(k for k in (*scopes.starts["kill"], *scopes.starts["killr39"])
                     if clean(k, hypothetical=False))
            return tokens[k], tokens[min(k + 1, len(tokens) - 1)]
        # Thirty-ninth round: sent to guests or clients tonight and told she will be killed if she runs
        # ("tonight I must go to the guests' rooms, not to clean ... if I run they find me and kill me"); not
        # a habit.
        if "sexual_exploitation" in situation_of and "threats" in situation_of and not scopes.starts["habit"]:
            kill = [k for k in (*scopes.starts["kill"], *scopes.starts["killr39"])
                    if clean(k, hypothetical=False)]
            if kill and any(clean(k) for k in scopes.starts["tonight"]):
                return tokens[kill[0]], tokens[min(kill[0] + 1, len(tokens) - 1)]
        # Fortieth round: made to "entertain" the boss's friends tonight, with the phone taken, held, or
        # hiding now ("the owner took her phone, tonight he wants her to 'entertain' his friends, she's hiding
        # in the bathroom"); not a habit, and with no hold or hiding told it stays high.
        if "sexual_exploitation" in situation_of and not scopes.starts["habit"]:
            night = [k for k in scopes.starts["tonight"] if clean(k)]
            hiding = [k for k in (*scopes.starts["hide"], *scopes.starts["hider40"]) if clean(k)]
            if night and (hiding or situation_of & {"isolation", "restriction_of_movement"}):
                k = (hiding or night)[0]
                return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Forty-second round: made to "entertain his friends" as a habit, and tonight a hold ("every weekend
        # he makes me entertain his friends, and tonight he locked me in the room and took my phone"): a
        # tonight after the habit, the user locked in or cut off, is danger now; the habit alone stays high.
        if situation_of & {"isolation", "restriction_of_movement"}:
            entertain = [k for k in (*scopes.starts["entertainr42"], *[
                e for e in scopes.starts["entertainr41"] if any(
                    tokens[f].norm in _FRIENDS_R41 for f in range(e + 1, min(e + 5, len(tokens))))])
                if clean(k)]
            night = [k for k in scopes.starts["tonight"] if clean(k) and not any(
                h > k for h in scopes.starts["habit"])]
            if entertain and night:
                return tokens[night[0]], tokens[min(night[0] + 2, len(tokens) - 1)]
        # Twenty-fourth round: worn out and an ending told for tonight in a situation already found ("they
        # keep my passport, I owe 4000, tired, tonight I end everything"); tired alone is a complaint.
        if situation_of and any(clean(k) for k in scopes.starts["tired"]):
            for k in scopes.starts["endall"]:
                if clean(k) and any(clean(t) for t in (*scopes.starts["tonight"], *scopes.starts["now"])):
                    return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Thirty-fourth round: waiting for the user at the building, the boss's people or in a situation
        # already found ("the boss's guys have been waiting for me downstairs since I asked for my money. 2
        # hours now"); a friend waiting downstairs is neither.
        waiting = [k for k in scopes.starts["waitingr34"] if clean(k)]
        if waiting and (situation_of or scopes.starts["bossmenr34"]) and not scopes.starts["habit"]:
            return tokens[waiting[0]], tokens[min(waiting[0] + 3, len(tokens) - 1)]
        # Fifty-third round: just beaten, the attacker waiting nearby now, afraid to leave ("boss beat me up,
        # he's waiting downstairs, scared to leave"); a beating told with the writer safe at home has no wait.
        waiting53 = [k for k in scopes.starts["waitingr53"] if clean(k)]
        if waiting53 and "violence" in situation_of and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["scaredleaver53"]):
            return tokens[waiting53[0]], tokens[min(waiting53[0] + 2, len(tokens) - 1)]
        # Fifty-fourth round: running away now and hiding ("убегаю, спряталась в туалете на заправке"; "I'm
        # running away, hiding in a petrol-station toilet"): danger now, not a hide-and-seek game.
        fleeing54 = [k for k in scopes.starts["fleeingr54"] if clean(k)]
        if fleeing54 and not scopes.starts["habit"] and not scopes.starts["hidegame"] and any(
                clean(k) for k in (*scopes.starts["hide"], *scopes.starts["hider40"])):
            return tokens[fleeing54[0]], tokens[min(fleeing54[0] + 1, len(tokens) - 1)]
        # Fifty-fourth round: a child made to beg or steal, watched by a man, there now ("a girl of about ten,
        # a man watches her and makes her beg all day, she's there right now"); a child seen last summer has
        # no "there now".
        if "minor" in found and "forced_criminality" in situation_of and any(
                clean(k) for k in scopes.starts["guardr54"]) and any(
                clean(k) for k in scopes.starts["therenowr54"]):
            k = next(k for k in scopes.starts["therenowr54"] if clean(k))
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Thirty-fifth round: someone here now demanding to take the person away, after violence, a threat or
        # a kept document ("the man in the waiting room has her passport and will kill her if she talks. he
        # is out there now demanding to take her home"); a father at the school taking his child has none.
        demand = [k for k in scopes.starts["demandr35"] if clean(k)]
        if demand and situation_of & {"violence", "threats", "document_retention"} and any(
                clean(k) for k in (*scopes.starts["now"], *scopes.starts["just"])):
            return tokens[demand[0]], tokens[min(demand[0] + 3, len(tokens) - 1)]
        # Thirty-fifth round: "done" on a bridge or a height, in its sentence, with despair or a situation
        # found ("he's on the bridge by the river and he's done. boss has his passport"); not in traffic.
        # Thirty-sixth round: not after a working day up there ("on the roof fixing tiles all day, hes done").
        for k in scopes.starts["doner35"]:
            if clean(k, hypothetical=False) and (despair or situation_of) and not scopes.starts[
                    "traffic"] and not working_up(k) and any(
                    tokens[b].sentence == tokens[k].sentence and clean(b, hypothetical=False)
                    for b in (*scopes.starts["bridge"], *scopes.starts["height"])):
                return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Thirty-fifth round: a child in a situation found, watched now by the one who holds him ("right now
        # he's sitting in the car across the street watching me"): now, then the watching, in one sentence.
        if "minor" in found and situation_of:
            for k in scopes.starts["watching"]:
                if clean(k) and any(k - 10 <= n < k and tokens[n].sentence == tokens[k].sentence
                                    for n in scopes.starts["now"]):
                    return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Thirty-fourth round: looked for and heard nearby, with a situation found or a death threat ("the
        # foreman and his mates are looking for me ... said he'll kill me. I hear them next to me").
        looking = [k for k in scopes.starts["lookingr34"] if clean(k)]
        if looking and any(clean(k) for k in scopes.starts["hearr34"]) and not scopes.starts["hidegame"] and (
                situation_of or any(clean(k, hypothetical=False) for k in scopes.starts["kill"])):
            return tokens[looking[0]], tokens[min(looking[0] + 2, len(tokens) - 1)]
        # Thirty-fourth round: driven now to an unknown place, phones taken and a threat found ("we are in a
        # van now dont know where, they took our phones ... whoever calls will stay in the forest"); not a
        # habit.
        if {"threats", "isolation"} <= situation_of and not scopes.starts["habit"]:
            van = [k for k in scopes.starts["vannowr34"] if clean(k)]
            if van:
                return tokens[van[0]], tokens[min(van[0] + 3, len(tokens) - 1)]
        # Thirty-sixth round: driven away now to a place not known, after violence, a threat, confinement or
        # sexual exploitation ("they took my phone, he hit me, they're driving me somewhere, I dont know
        # where"); a husband driving to a surprise has no situation, unpaid wages alone are not enough.
        if situation_of & {"violence", "threats", "restriction_of_movement", "sexual_exploitation"} and not (
                scopes.starts["habit"]):
            driven = [k for k in scopes.starts["drivenr36"] if clean(k)]
            if driven:
                return tokens[driven[0]], tokens[min(driven[0] + 3, len(tokens) - 1)]
        # Someone outside the user's building now or tonight, in a situation already found ("the ones who paid
        # me to carry parcels are outside my building now"); a friend waiting downstairs has no situation.
        building = [k for k in scopes.starts["building"] if clean(k)]
        if building and situation_of and any(
                clean(k) for k in (*scopes.starts["tonight"], *scopes.starts["now"])):
            return tokens[building[0]], tokens[min(building[0] + 2, len(tokens) - 1)]
        # The user escaped, someone stayed behind and was beaten this evening ("I got out, my cousin stayed,
        # they beat her this evening"); not told as a habit ("they beat her every evening back then").
        if "violence" in situation_of and any(
                clean(k) for k in (*scopes.starts["escaped"], *scopes.starts["gotout"])) and not (
                scopes.starts["habit"]):
            left = [k for k in scopes.starts["leftbehind"] if clean(k, negation=False)]
            if left and any(clean(k) for k in scopes.starts["tonight"]):
                return tokens[left[0]], tokens[min(left[0] + 2, len(tokens) - 1)]
        # Locked in and someone having a seizure or unconscious now ("they locked the flat from outside again,
        # a friend has a seizure on the floor and we can't get out").
        if "restriction_of_movement" in situation_of:
            for k in (*scopes.starts["seizure"], *scopes.starts["unconsciousr32"]):
                if clean(k):
                    return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Eleventh round: hurt now and denied help ("fell off the scaffolding, his leg is broken, the boss
        # says no ambulance"): an injury or bleeding with an ambulance refused, in a situation already found
        # ("fell off my bike, no ambulance needed" is not).
        noaid = [k for k in scopes.starts["noaid"] if clean(k)]
        if noaid and situation_of and any(
                clean(k) for k in (*scopes.starts["injured"], *scopes.starts["bleed"])):
            return tokens[noaid[0]], tokens[min(noaid[0] + 2, len(tokens) - 1)]
        # Tenth round: hurt now ("blood is coming from his head, he's breathing badly") after violence.
        if beaten:  # "krew leci z nosa" alone is not a beating
            for k in scopes.starts["bleed"]:
                # Forty-second round: not a bleeding told of yesterday in its sentence, with no "now" there
                # ("yesterday he grabbed one by the neck and he hit his head on a pallet, blood everywhere").
                if clean(k) and not _yesterday_r42(tokens, k, scopes):
                    return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Tenth round: held for ransom ("families must send 2000 by tomorrow or they kill us"): confinement
        # found, a death threat and a deadline; the threat may be conditional ("if they don't pay...").
        kill = [k for k in scopes.starts["kill"] if clean(k, hypothetical=False)]
        if kill and "restriction_of_movement" in situation_of and any(
                clean(k, hypothetical=False) for k in scopes.starts["deadline"]):
            return tokens[kill[0]], tokens[min(kill[0] + 1, len(tokens) - 1)]
        # Tenth round: trapped now: confinement (found, or locked from outside) with the state of someone
        # trapped now (phone dying, dark, no idea where, writing quietly, the keeper back tomorrow); phones
        # taken (isolation) counts with two such states ("in a van for 6 hours, battery 3%, no idea where").
        # A habit ("every night they lock the gate from outside") is not now.
        # Twentieth round: not when the user is locked OUT ("am rămas pe dinafară", the keeper back tomorrow).
        trapped = [k for k in (*scopes.starts["trapped"], *scopes.starts["trappedr32"],
                              *scopes.starts["trappedr33"]) if clean(k) and not any(
                       # Forty-fifth round: interest on a debt ("бо 'відсотки'") is no battery percent.
                       j <= k <= j + 2 for j in scopes.starts["interestr45"])]
        # Thirtieth round: not when the user says it is fine now ("tuần đầu ... giờ ổn rồi, đang đi làm").
        # Thirty-eighth round: nor when the one it happened to is home now, with no one still there ("mùa
        # trước ... không biết địa chỉ nhà ở. giờ nó về rồi").
        home = scopes.starts["homenowr38"] and not scopes.starts["still"]
        if trapped and not home and not scopes.starts["habit"] and not scopes.starts["nowfine"] and not any(
                _unnegated(tokens, k, cues) and not any(k < c < trapped[0] for c in scopes.starts["contrast"])
                for k in scopes.starts["lockout"]) and (
                "restriction_of_movement" in situation_of
                or any(clean(k) for k in scopes.starts["outlock"])
                or ("isolation" in situation_of and len(trapped) >= 2)):
            return tokens[trapped[0]], tokens[min(trapped[0] + 1, len(tokens) - 1)]
        # Thirty-first round: held in the keepers' car today ("he texted he is sitting in their car, they
        # won't let him out"): confinement found and the car told with now or today; not a habit.
        incar = [k for k in scopes.starts["incarr31"] if clean(k)]
        if incar and "restriction_of_movement" in situation_of and not scopes.starts["habit"] and any(
                clean(k) for k in (*scopes.starts["now"], *scopes.starts["just"])):
            return tokens[incar[0]], tokens[min(incar[0] + 2, len(tokens) - 1)]
        # Thirty-second round: a message just now from someone locked in and beaten ("my daughter just sent a
        # voice message ... locked in a basement and they beat her"): not a habit, not a past story.
        sent = [k for k in scopes.starts["justsentr32"] if clean(k)]
        if sent and {"restriction_of_movement", "violence"} <= situation_of and not (
                scopes.starts["habit"] or scopes.starts["past"] or scopes.starts["nowfine"]):
            return tokens[sent[0]], tokens[min(sent[0] + 2, len(tokens) - 1)]
        # Forty-fifth round: hiding locked in a bathroom or a room while someone knocks or stands at the door,
        # with fear or a plea ("ran to the bathroom and locked it, he's knocking ... im so scared"); not a
        # habit, not a past story, not when locked out.
        hid = [k for k in scopes.starts["hidr45"] if clean(k)]
        if hid and any(clean(k) for k in scopes.starts["doorr45"]) and not (
                scopes.starts["habit"] or scopes.starts["nowfine"] or scopes.starts["lockout"]) and (
                scopes.starts["urger45"] or _has_cue([t.norm for t in tokens], cues["help"])):
            return tokens[hid[0]], tokens[min(hid[0] + 2, len(tokens) - 1)]
        # Forty-fifth round: a child held now, calling just now or some minutes ago ("my son is 15 ... he just
        # called crying, they won't let him go home, the gate is locked"): a minor and confinement found.
        if "minor" in found and "restriction_of_movement" in situation_of and not (
                scopes.starts["habit"] or scopes.starts["nowfine"] or scopes.starts["homenowr38"]):
            recent = [k for k in (*scopes.starts["just"], *scopes.starts["justsentr32"],
                                  *scopes.starts["recentr45"]) if clean(k)]
            if recent:
                return tokens[recent[0]], tokens[min(recent[0] + 2, len(tokens) - 1)]
        # Thirty-first round: a child hurt today and told they will kill him if he runs ("today the man
        # slapped him ... said if he runs they will kill him. he called me crying"): violence and a death
        # threat found with now or today, even beside the habit of the exploitation; not when told fine now.
        if "minor" in found and {"violence", "threats"} <= situation_of and not scopes.starts["nowfine"] and (
                any(clean(k, hypothetical=False) for k in scopes.starts["kill"])) and any(
                clean(k) for k in (*scopes.starts["now"], *scopes.starts["just"])):
            k = next(k for k in scopes.starts["kill"] if clean(k, hypothetical=False))
            return tokens[k], tokens[min(k + 1, len(tokens) - 1)]
        # Thirty-first round: confined, threatened, and made to carry drugs or go to clients tonight ("they
        # want me to swallow the packets tonight ... showed me a photo of my mum's house ... the door is
        # locked").
        if {"restriction_of_movement", "threats"} <= situation_of and situation_of & {
                "forced_criminality", "sexual_exploitation"} and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["tonight"]):
            k = next(k for k in scopes.starts["tonight"] if clean(k))
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Forty-first round: the same told now, guarded where they keep her ("tomorrow I have to swallow the
        # capsules and fly, if I refuse they kill me. I'm in their flat now, someone is always at the door"):
        # the guard's "always" is no habit of the event; not a past story, not when told fine now.
        if {"restriction_of_movement", "threats"} <= situation_of and situation_of & {
                "forced_criminality", "sexual_exploitation"} and not scopes.starts["nowfine"]:
            # Forty-second round: or guarded now ("someone is always at the door", guardr42), told in the
            # present: the guard is there now; not in a past story.
            held = [k for k in (*scopes.starts["now"], *scopes.starts["just"], *(
                () if scopes.starts["past"] else scopes.starts["guardr42"])) if clean(k)]
            if held:
                return tokens[held[0]], tokens[min(held[0] + 2, len(tokens) - 1)]
        # Twenty-first round: in the back of a van now, phones taken and threatened by the driver ("back of a
        # van, don't know where, they took our phones, driver said keep quiet or else"); not an old story.
        if "threats" in situation_of and "isolation" in situation_of and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["inback"]):
            k = next(k for k in scopes.starts["inback"] if clean(k))
            return tokens[k], tokens[min(k + 3, len(tokens) - 1)]
        # Twenty-second round: on a bridge or a roof now, in a short message with a situation found ("debt to
        # the boss keeps growing. that's it. I'm on the bridge"); not stuck on a bridge in traffic.
        if situation_of and len(tokens) <= 20 and not scopes.starts["traffic"]:
            bridge = [k for k in scopes.starts["bridge"]
                      if clean(k, hypothetical=False) and not working_up(k)]
            if bridge:
                return tokens[bridge[0]], tokens[min(bridge[0] + 2, len(tokens) - 1)]
        # Twenty-third round: hit and threatened with death, told in a short message now ("he hit me, says
        # he'll kill me", "бьёт, грозит убить, я в ванной"): no past story, no habit.
        if "violence" in situation_of and "threats" in situation_of and len(tokens) <= 12 and not (
                scopes.starts["habit"] or scopes.starts["past"]):
            kill = [k for k in scopes.starts["kill"] if clean(k, hypothetical=False)]
            if kill:
                return tokens[kill[0]], tokens[min(kill[0] + 1, len(tokens) - 1)]
        # Twenty-second round: taken or sold on tonight to another place, in a situation already found
        # ("phones collected, gate chained, tonight a minibus takes us to 'another farm'"); not a habit.
        if situation_of and not scopes.starts["habit"]:
            moveon = [k for k in scopes.starts["moveon"] if clean(k)]
            if moveon and any(clean(k) for k in scopes.starts["tonight"]):
                return tokens[moveon[0]], tokens[min(moveon[0] + 2, len(tokens) - 1)]
        # Forty-third round: sold on to another company ("tomorrow they will sell him to another company if we
        # don't pay"), with a hold or violence found, not in a past story: danger now.
        if situation_of & {"restriction_of_movement", "violence", "threats"}:
            sell = [k for k in scopes.starts["sellonr43"] if clean(k) and not scopes.starts["past"]]
            if sell:
                return tokens[sell[0]], tokens[min(sell[0] + 3, len(tokens) - 1)]
        # Twelfth round: writing secretly from a confinement already found ("they locked the flat, I'm writing
        # from a phone a girl hid, don't call back"): danger now even when a habit is told elsewhere.
        if "restriction_of_movement" in situation_of and any(clean(k) for k in scopes.starts["secret"]):
            k = next(k for k in scopes.starts["secret"] if clean(k))
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Thirteenth round: hurt or held, and no contact since ("last night he wrote they beat them there and
        # to do something, since then his phone is off"); not after unpaid wages alone.
        # Fourteenth round: not after an old story ("two years ago they beat him, since then his phone is
        # off").
        # Thirty-second round: nor when weeks or months of silence are told in its sentence ("since then
        # silence, 3 weeks"): a missing person to report, not danger now.
        lost = [k for k in scopes.starts["lostcontact"] if clean(k) and not any(
            p < k for p in scopes.starts["past"]) and not any(
            tokens[w].sentence == tokens[k].sentence for w in scopes.starts["weeksr32"])]
        if situation_of & _LOST_CONTACT and lost:
            k = lost[0]
            return tokens[k], tokens[min(k + 3, len(tokens) - 1)]
        # Twenty-sixth round: held and threatened, and no answer now ("she is locked in a room, they told her
        # tonight she must do clients or they will hurt her, she is not answering now"): not a habit, with
        # tonight, now or just now told.
        if {"restriction_of_movement", "threats"} <= situation_of and not scopes.starts["habit"] and any(
                clean(k) for k in scopes.starts["noanswer"]) and any(
                clean(k) for k in (*scopes.starts["tonight"], *scopes.starts["now"], *scopes.starts["just"])):
            k = next(k for k in scopes.starts["noanswer"] if clean(k))
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Twenty-seventh round: someone looking at the windows or the door of the user's or a relative's home
        # now or today, after a threat found or an escape told ("he said he'd kill my mother if I testify. a
        # man is standing under her house now looking in the windows"); a window cleaner has neither.
        staking = [k for k in scopes.starts["staking"] if clean(k)]
        if staking and any(clean(k) for k in (*scopes.starts["now"], *scopes.starts["just"])) and (
                "threats" in situation_of or any(clean(k) for k in scopes.starts["escaped"])):
            return tokens[staking[0]], tokens[min(staking[0] + 2, len(tokens) - 1)]
        # Twenty-seventh round: taken to another city tonight in a situation already found ("they have my
        # passport and tonight they want to take me to another city"), as with the moveon cues; unpaid
        # wages alone are no hold over the person ("not paid for 2 months, tonight the bus takes us to another
        # city").
        if situation_of & _HELD and not scopes.starts["habit"]:
            away = [k for k in scopes.starts["cityaway"] if clean(k)]
            if away and any(clean(k) for k in scopes.starts["tonight"]):
                return tokens[away[0]], tokens[min(away[0] + 2, len(tokens) - 1)]
        # Twelfth round: someone standing near and watching the user, in a situation already found, with a
        # deadline within hours or a threat ("the man is standing near watching me, flight in an hour").
        watching = [k for k in scopes.starts["watching"] if clean(k)]
        if watching and situation_of and any(clean(k) for k in (*scopes.starts["standnear"],
                                                                 *scopes.starts["nearby"])) and (
                "threats" in situation_of or any(clean(k) for k in scopes.starts["soon"])):
            return tokens[watching[0]], tokens[min(watching[0] + 1, len(tokens) - 1)]
        # Tenth round: a child being taken away now (getting into a car, put on a coach, driven abroad
        # tonight) by a stranger or with a pretext ("says it's a hotel job"); not a parent driving a child.
        # Thirty-first round: a child who still comes home, with no tonight told ("now he takes her to his
        # 'friends' ... she still comes home sometimes"): exploitation going on, high, not being taken now.
        comes_home = any(_unnegated(tokens, k, cues) for k in scopes.starts["comeshomer31"]) and not (
            scopes.starts["tonight"])
        if "minor" in found and not comes_home:
            # Twelfth round: a stranger coming to pick the child up at a time today ("hes coming to pick her
            # up at 6 today, 2 hours left"), or a so-called boyfriend and "not coming back". Eighteenth round:
            # or against the parent's will ("they're taking my 14 yo son abroad tonight, I never agreed").
            depart = [k for k in (*scopes.starts["depart"], *scopes.starts["abduct"],
                                  *scopes.starts["pickup"]) if clean(k)]
            if depart and any(clean(k) for k in (*scopes.starts["just"], *scopes.starts["tonight"],
                                                 *scopes.starts["now"], *scopes.starts["soon"])) and (
                    scopes.starts["stranger"] or scopes.starts["pretext"] or scopes.starts["unwilling"]
                    or scopes.starts["sham"] or scopes.starts["sold"] or scopes.starts["nonconsent"]):
                return tokens[depart[0]], tokens[min(depart[0] + 2, len(tokens) - 1)]
        # Fifteenth round: threatened, someone coming and they have keys to where the user is alone ("said
        # I'm quitting, he'll come at 8 with his guys to 'explain', I'm alone and they have keys").
        if "threats" in situation_of and any(clean(k) for k in scopes.starts["keys"]) and any(
                clean(k) for k in scopes.starts["come"]):
            k = next(k for k in scopes.starts["keys"] if clean(k))
            return tokens[k], tokens[min(k + 2, len(tokens) - 1)]
        # Someone taken into a vehicle just now by a stranger, crying or resisting, or with sexual
        # exploitation or a weapon in the message ("a man just put the 13-year-old into a car, she was
        # crying"); not a parent putting a crying child into the car.
        taken = [k for k in scopes.starts["abduct"] if clean(k)]
        if taken and any(clean(k) for k in scopes.starts["just"]) and (
                (scopes.starts["unwilling"] and scopes.starts["stranger"]) or scopes.starts["weapon"] or (
                    "sexual_exploitation" in found and not pre_only.get("sexual_exploitation"))):
            return tokens[taken[0]], tokens[min(taken[0] + 2, len(tokens) - 1)]
        # Someone armed near the user now ("he has a knife, he's in the next room"); a knife in a drawer
        # in the next room is not.
        armed = [k for k in scopes.starts["armed"] if clean(k)]
        if armed and any(clean(k) for k in scopes.starts["nearby"]):
            return tokens[armed[0]], tokens[armed[0]]
        # Locked in without water or food since this morning (confinement found).
        if "restriction_of_movement" in found and not pre_only.get("restriction_of_movement"):
            deprived = [k for k in scopes.starts["deprived"] if clean(k)]
            # ("no water since morning": the since-cue follows the negative cue, so it is not itself checked)
            if deprived and (scopes.starts["since"] or any(clean(k) for k in scopes.starts["now"])):
                return tokens[deprived[0]], tokens[min(deprived[0] + 2, len(tokens) - 1)]
        # Seventh round: hiding from a weapon or a threat now ("he has a knife, I locked myself in the
        # bathroom"): the user's hiding place is not their own harmless action.
        hidden = [k for k in scopes.starts["hide"] if clean(k)]
        if hidden and (scopes.starts["weapon"] or "threats" in found or "violence" in found or (
                "sexual_exploitation" in found and not pre_only.get("sexual_exploitation"))):
            return tokens[hidden[0]], tokens[min(hidden[0] + 2, len(tokens) - 1)]
        # A child taken to "clients" tonight or now: sexual exploitation of a minor, happening now.
        # Twenty-fourth round: photos with no clothes demanded online are not this ("now he wants ones with
        # no clothes", "today I found he asks her for pics without clothes": high, not danger now).
        if ("minor" in found and "sexual_exploitation" in found and not pre_only.get("sexual_exploitation")
                and not scopes.starts["unclothed"] and not comes_home):
            # Thirty-ninth round: a "now" in a sentence of going out with clients at night as a habit ("Now
            # they make her go out with clients at night") is these days, not danger now; tonight counts.
            # Forty-first round: nor an "at night" or a "now" in a sentence where men come, in the present
            # ("теперь живет в квартире ... ночью приходят мужчины", "en la noche llegan hombres"): a habit.
            # And "just now" counts as now does ("przed chwilą", "только что", "щойно", "hace un rato",
            # "adineauri", "vừa nãy"; en "just now" has "now" in it).
            nightly = (*scopes.starts["nightlyr39"], *scopes.starts["mencomer41"])
            for k in (*[t for t in scopes.starts["tonight"] if not (tokens[t].norm in _AT_NIGHT_FIRST and any(
                    tokens[m].sentence == tokens[t].sentence for m in scopes.starts["mencomer41"]))],
                      *scopes.starts["justnowr41"],
                      *[n for n in scopes.starts["now"] if not any(
                          tokens[h].sentence == tokens[n].sentence for h in nightly)]):
                if clean(k):
                    return tokens[k], tokens[k]
        situation = any(i in HIGH_INDICATORS and not pre_only.get(i, False) for i in found)
        # Eighth round: a child about to be taken ("the man who got my niece a 'job' is coming in an
        # hour to drive her to another city"): a minor, and someone coming tonight or within the hour.
        # The child is crying or refuses: not a coach picking a daughter up.
        if not situation and not ("minor" in found and scopes.starts["unwilling"]):
            return None
        for k in scopes.starts["arrive"] if situation else ():
            if clean(k):
                return tokens[k], tokens[min(k + 1, len(tokens) - 1)]
        # Fifteenth round: not a habit told just before it ("every day he leaves him at the church to beg and
        # in the evening comes and takes all the money").
        for k in scopes.starts["tonight"]:
            for c in scopes.starts["come"]:
                # Thirty-third round: "viene a mi cuarto en la noche": a habit at night, no one coming
                # tonight.
                # Forty-first round: nor "en la noche llegan hombres" (men come at night, in the present).
                if tokens[k].norm in _AT_NIGHT_FIRST and any(h <= c <= h + 1 for h in (
                        *scopes.starts["habitcomer33"], *scopes.starts["mencomer41"])):
                    continue
                first = min(c, k)
                if tokens[c].sentence == tokens[k].sentence and abs(c - k) <= 6 and clean(first) and not any(
                        first - 8 <= h < first and tokens[h].sentence == tokens[k].sentence
                        for h in scopes.starts["habit"]) and not any(
                        # Twenty-eighth round: "and takes all the money" after the coming: a collection.
                        c < t <= c + 6 and tokens[t].sentence == tokens[c].sentence
                        for t in scopes.starts["takesallr28"]):
                    return tokens[min(c, k)], tokens[max(c, k)]
        return None

    def _computed(self, tokens: list[Token], question: set[int], cues: dict[str, _CueSet],
                  scopes: _Scopes | None = None) -> list[tuple[str, tuple[Token, Token]]]:
        """Rules that compare numbers: a working day of 13+ hours given as clock times ("from 5am to
        10pm", "с 5 утра до 10 вечера") is abusive; pay below a promised number ("promised 12, got 4",
        "obiecali 25, dostajemy 10") is withheld pay and deception. Not in questions, not after a
        negation or hypothetical cue."""
        out: list[tuple[str, tuple[Token, Token]]] = []
        clock = self._clock_span(tokens, cues)
        if clock is not None and not self._scoped_out(tokens, clock[0], question, cues) and _has_cue(
                [t.norm for t in tokens if t.sentence == clock[0].sentence], cues["work"]):
            out.append(("abusive_conditions", clock))
        short = self._short_pay(tokens, cues) or self._ad_rate_r42(tokens, cues)
        # Thirty-fifth round: "... they pay me 8, is this normal?": a question about the user's own pay.
        if short is not None and short[0].sentence in question and _has_cue(
                [t.norm for t in tokens if t.sentence == short[0].sentence], cues["normalaskr35"]):
            question = question - {short[0].sentence}
        if short is not None and not self._scoped_out(tokens, short[0], question, cues):
            out += [("wage_withholding", short), ("deception", short)]
        taken = self._taken_it_r45(tokens, cues, scopes)
        if taken is not None and not self._scoped_out(tokens, taken[0], question, cues):
            out.append(("document_retention", taken))
        # Forty-ninth round: a reply fragment about pay, "no. nothing since August. he keeps saying next week"
        # (a leading "no." answers the question; it negates nothing that follows): withheld pay.
        if scopes is not None:
            for k in scopes.starts["nothingsincer49"]:
                says = [m for m in scopes.starts["saysnextr49"] if k < m <= k + 20]
                if says and tokens[k].sentence not in question and not self._scoped_out(
                        tokens, tokens[k], question, cues):
                    out.append(("wage_withholding", (tokens[k], tokens[says[0]])))
                    break
            # "passport? the coordinator has it. gives it back when I pay off the debt": a document word in
            # the message and its return tied to the debt: the document held and debt bondage.
            back = scopes.starts["backwhendebtr49"]
            if back and scopes.starts["docwordr49"] and not self._scoped_out(
                    tokens, tokens[back[0]], question, cues):
                out += [("document_retention", (tokens[back[0]], tokens[back[0]])),
                        ("debt_bondage", (tokens[back[0]], tokens[back[0]]))]
        return out

    @staticmethod
    def _taken_it_r45(tokens: list[Token], cues: dict[str, _CueSet], scopes: _Scopes | None
                      ) -> tuple[Token, Token] | None:
        """Review of the forty-fifth round: a personal document named in one sentence, then taken, held or not
        given back as a pronoun in a later one ("can they keep my passport? the boss took it a month ago",
        "czy mogą trzymać mój paszport? szef go zabrał"); the phrases, one sentence each, miss the pronoun.
        Not after the user as its subject ("I took it to the embassy"), nor when a copy or a return is told
        after it ("took it to copy and gave it back"). Read from the message's scope cues (none when scoping
        is off)."""
        if scopes is None or not scopes.starts["persdocr38"]:
            return None
        named = tokens[scopes.starts["persdocr38"][0]].sentence
        for k in scopes.starts["tookitr45"]:
            if tokens[k].sentence <= named:
                continue
            if k and tokens[k - 1].norm in _SELF_R45:
                return None
            end = _cue_end([t.norm for t in tokens], k, cues["tookitr45"])
            if end is None or any(m > end for kind in ("returned", "handback", "photocopyr34")
                                  for m in scopes.starts[kind]):
                return None
            return tokens[k], tokens[end]
        return None

    def _scoped_out(self, tokens: list[Token], first: Token, question: set[int],
                    cues: dict[str, _CueSet]) -> bool:
        if not self.scoping:
            return False
        i = tokens.index(first)
        before = self._before(tokens, i)
        return first.sentence in question or _has_cue(before, cues["hypothetical"]) or _has_cue(
            before[-_NEG_WINDOW:], cues["negation"]) or _has_cue(before, cues["fear"])

    @staticmethod
    def _hour(norm: str) -> tuple[int, str] | None:
        """A clock hour and its suffix: "5am" -> (5, "am"), "22" -> (22, ""), "10h" -> (10, "h")."""
        digits = norm[:2].rstrip("abcdefghijklmnopqrstuvwxyz")
        if not digits or not digits.isascii() or not digits.isdigit():
            return None
        rest = norm[len(digits):]
        if rest not in ("", "am", "pm", "h", "00", "oo", "ch") or int(digits) > 24:
            return None
        return int(digits), rest

    def _clock_span(self, tokens: list[Token], cues: dict[str, _CueSet]) -> tuple[Token, Token] | None:
        morning, evening, until = cues["morning"][0], cues["evening"][0], cues["until"][0]
        n = len(tokens)
        for i, tok in enumerate(tokens):
            first = self._hour(tok.norm)
            if first is None:
                continue
            start, suffix = first
            late = suffix == "pm"
            second = None
            j = i + 1
            while j + 1 < n and j <= i + 5 and tokens[j + 1].sentence == tok.sentence:
                # "tới" (until) and "tối" (evening) fold alike: an until word is not an evening word here.
                late = late or (tokens[j].norm in evening and tokens[j].norm not in until)
                if tokens[j].norm in until:
                    second = self._hour(tokens[j + 1].norm)
                    if second is not None:
                        break
                elif self._hour(tokens[j].norm) is not None:
                    break
                j += 1
            if second is None:
                continue
            end, end_suffix = second
            if late and start < 12:
                start += 12
            after = {t.norm for t in tokens[j + 2 : j + 6] if t.sentence == tok.sentence}
            if (end_suffix == "pm" or after & evening) and end < 12:
                end += 12
            elif not end_suffix and not (after & morning) and end <= start and end < 12 and start < 12:
                # Fifty-first round: only a morning start ("from 5 to 10" is 5am to 10pm); after an evening
                # start on a 24-hour clock ("z 22 do 6", "de la 22 la 6") the smaller end is the next morning.
                end += 12
            if end <= start:
                end += 24
            if 13 <= end - start <= 20:
                return tok, tokens[j + 1]
        return None

    def _short_pay(self, tokens: list[Token], cues: dict[str, _CueSet]) -> tuple[Token, Token] | None:
        """A promise word, a number, then a word for getting paid and a smaller number (within 25 words
        and two sentences)."""
        promise, receive = cues["promise"], cues["receive"]
        words = [t.norm for t in tokens]
        n = len(tokens)
        for i, tok in enumerate(tokens):
            if tok.norm not in promise[0] and not any(
                    tuple(words[i : i + len(seq)]) == seq for seq in promise[1].get(tok.norm, ())):
                continue
            promised = next((k for k in range(i + 1, min(i + 7, n)) if tokens[k].sentence == tok.sentence
                             and self._number(tokens[k].norm) is not None), None)
            if promised is None:
                continue
            # Sixth round: the pay may come in the next sentences ("promised 14/h plus a flat. there, other
            # town, they pay 6"), within 25 words.
            for k in range(promised + 1, min(promised + 25, n)):
                if tokens[k].sentence > tok.sentence + 2:
                    break
                if tokens[k].norm in receive[0] or any(
                        tuple(words[k : k + len(seq)]) == seq for seq in receive[1].get(tokens[k].norm, ())):
                    same = tokens[k].sentence
                    got = next((m for m in range(k + 1, min(k + 5, n)) if tokens[m].sentence == same
                                and self._number(tokens[m].norm) is not None), None)
                    if got is not None:
                        a, b = self._number(tokens[promised].norm), self._number(tokens[got].norm)
                        if a is not None and b is not None and b < a:
                            return tok, tokens[got]
                    break
        return None

    def _ad_rate_r42(self, tokens: list[Token], cues: dict[str, _CueSet]) -> tuple[Token, Token] | None:
        """Forty-second round: what the ad said (`adsaidr42`: "the ad said", "w ogłoszeniu było", "в
        объявлении писали", "en el anuncio decía", "în anunț scria", "quảng cáo ghi") with a number, then in a
        later sentence (within 30 words) a smaller sum of money worked for: a number with a currency after
        it, and "for" ("za", "за", "por", "pe") before it or an hour after the currency ("15 zloty một
        giờ")."""
        n = len(tokens)
        ad = cues["adsaidr42"]
        words = [t.norm for t in tokens]
        for i, tok in enumerate(tokens):
            if tok.norm not in ad[0] and not any(
                    tuple(words[i : i + len(seq)]) == seq for seq in ad[1].get(tok.norm, ())):
                continue
            promised = next((k for k in range(i + 1, min(i + 16, n))
                             if tokens[k].sentence == tokens[i].sentence
                             and self._number(tokens[k].norm) is not None), None)
            if promised is None or (after := self._currency_r42(tokens, promised)) is None:
                continue
            for k in range(after + 1, min(promised + 30, n)):
                a, b = self._number(tokens[promised].norm), self._number(tokens[k].norm)
                if (b is None or a is None or tokens[k].sentence == tokens[promised].sentence
                        or (cur := self._currency_r42(tokens, k)) is None):
                    continue
                per_hour = cur + 1 < n and tokens[cur + 1].norm in _HOUR_R42
                if b < a and (tokens[k - 1].norm in _FOR_R42 or per_hour):
                    return tokens[i], tokens[cur]
        return None

    @staticmethod
    def _currency_r42(tokens: list[Token], k: int) -> int | None:
        """The currency word just after the number at k (ro "25 de zloți": after a "de"), or None."""
        for c in (k + 1, k + 2):
            if c < len(tokens) and tokens[c].sentence == tokens[k].sentence and (
                    tokens[c].norm in _CUR_R42) and (c == k + 1 or tokens[k + 1].norm == "de"):
                return c
        return None

    @staticmethod
    def _number(norm: str) -> int | None:
        digits = norm[:7].rstrip("abcdefghijklmnopqrstuvwxyz")
        return int(digits) if digits and digits.isascii() and digits.isdigit() else None

    @staticmethod
    def _pay_day(tokens: list[Token], end: int) -> bool:
        """Twenty-ninth round: a day of the month (1-31) just after a phrase's end, perhaps after "on the",
        ending its sentence or followed by a day suffix ("10th", "10-го")."""
        k = end + 1
        while k < len(tokens) and k <= end + 2 and tokens[k].norm in _DAY_BEFORE:
            k += 1
        if k >= len(tokens) or tokens[k].sentence != tokens[end].sentence or not (
                1 <= (_ascii_int(tokens[k].norm) or 0) <= 31):
            return False
        return k + 1 >= len(tokens) or tokens[k + 1].sentence != tokens[k].sentence or (
            tokens[k + 1].norm in _DAY_SUFFIX)

    @staticmethod
    def _sos(tokens: list[Token], cues: dict[str, _CueSet]) -> Token | None:
        """The first token of a cry for help (`sos` cues: "pomocy", "помогите", "help me"), or None."""
        single, multi = cues["sos"]
        words = [t.norm for t in tokens]
        for k, w in enumerate(words):
            if k and words[k - 1] in _AID_PLACE:
                continue  # Thirty-sixth round: "w punkcie pomocy" (at an aid point) is a place, not a cry
            if w in single or any(tuple(words[k : k + len(seq)]) == seq for seq in multi.get(w, ())):
                return tokens[k]
        # Twenty-eighth round: a bare "help" closing a short message typed in a hurry ("locked in the room
        # cant get out help"); not "can you help", "need help", "please help with".
        if 3 <= len(words) <= 12 and words[-1] == "help" and words[-2] not in _ASK_HELP:
            return tokens[-1]
        # Thirtieth round: a bare "help" opening a message ("HELP they locked us in the barrack"), as "POMOCY"
        # and "AYUDA" do; not "help with the contract", "help needed".
        if len(words) >= 3 and words[0] == "help" and words[1] not in _HELP_WITH:
            return tokens[0]
        return None

    def _retracted(self, p: _Pattern, before: list[str], tokens: list[Token], end: int,
                   cues: dict[str, _CueSet]) -> bool:
        """A fear (a fear cue opens the phrase or stands before it) that the sentence then denies:
        a clause break and a negation within three words after it."""
        fear = cues["fear"]
        if not (p.slots[0].word.exact & fear[0] or _has_cue(before, fear)):
            return False
        sentence = tokens[end].sentence
        k = end + 1
        while k < len(tokens) and tokens[k].sentence == sentence:
            if tokens[k].norm in self._breaks and _has_cue(
                [t.norm for t in tokens[k + 1 : k + 4] if t.sentence == sentence], cues["negation"]
            ):
                return True
            k += 1
        return False

    @staticmethod
    def _question_sentences(text: str, tokens: list[Token]) -> set[int]:
        """Sentence numbers that end with a question mark."""
        out: set[int] = set()
        for k, tok in enumerate(tokens):
            nxt = tokens[k + 1].start if k + 1 < len(tokens) else len(text)
            if "?" in text[tok.end : nxt]:
                out.add(tok.sentence)
            # Vietnamese asks with a closing "... được không" / "... không" and often no mark.
            last = k + 1 == len(tokens) or tokens[k + 1].sentence != tok.sentence
            if last and k and tok.norm in _VI_ASK and tokens[k - 1].norm in _VI_ASK_BEFORE:
                out.add(tok.sentence)
        return out


