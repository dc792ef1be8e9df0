"""Risk indicators: ids, definitions, the ILO indicator each maps to, and how they set the level.

Sources: ILO "Indicators of forced labour" (2012), ILO General Principles for Fair Recruitment,
IOM IRIS (see ../shared/domain/facts.md). One strong indicator can be enough.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["DEFINITIONS", "HIGH_INDICATORS", "INDICATORS", "PRE_DEPARTURE", "Definition"]


@dataclass(frozen=True, slots=True)
class Definition:
    id: str
    ilo: str  # the ILO forced-labour indicator (or fair-recruitment principle) it maps to
    definition: str


_DEFS = (
    Definition("recruitment_fee",
               "Fair recruitment: no fees charged to workers (ILO C181, principle 7)",
               "The worker is asked to pay, or paid, an agency or recruiter for a job, visa, registration "
               "or travel arranged by the recruiter."),
    Definition("no_contract",
               "Fair recruitment: written contract in a language the worker understands",
               "No written contract, an unsigned 'trial period', a contract in a language the worker does "
               "not understand, or 'formalities later'."),
    Definition("unrealistic_offer", "Deception (pre-departure red flag)",
               "Pay or conditions too good to be true: high pay with no language or experience, everything "
               "arranged, pressure to decide fast."),
    Definition("unverified_recruiter",
               "Fair recruitment: licensed, verifiable recruiters (KRAZ register)",
               "Recruiter reachable only by messenger or social media, no office, no registration, "
               "sends the worker to another intermediary, or cannot be checked."),
    Definition("document_retention", "Retention of identity documents",
               "Someone other than the worker holds the worker's passport, ID or permit. A recruiter only "
               "asking for the original before departure is a pre-departure red flag (level low)."),
    Definition("wage_withholding", "Withholding of wages",
               "Wages not paid, paid late, much less than agreed, or held back "
               "'until the end of the season'."),
    Definition("debt_bondage", "Debt bondage",
               "A debt to the employer or recruiter (travel, housing, fees, fines) that grows or must be "
               "worked off, tying the worker to the job."),
    Definition("restriction_of_movement", "Restriction of movement",
               "The worker is locked in, guarded, not allowed to leave the workplace or housing or quit."),
    Definition("isolation", "Isolation",
               "Phone taken, contact with family forbidden, kept in a remote place, "
               "not knowing the address."),
    Definition("violence", "Physical and sexual violence",
               "Beating, hitting, pushing, rape or other physical harm, to the worker or co-workers."),
    Definition("threats", "Intimidation and threats",
               "Threats of violence, deportation, police, harm to family, or of losing money or documents."),
    Definition("deception", "Deception",
               "The job, pay, place or conditions are not what was promised."),
    Definition("abusive_conditions",
               "Abusive working and living conditions; excessive overtime",
               "Excessive hours without rest, no days off, degrading or dangerous housing, "
               "no food or water."),
    Definition("forced_criminality",
               "Abuse of vulnerability: forced criminal activity or begging",
               "Being made to sell or carry drugs, steal, beg, commit fraud or open bank accounts "
               "for others."),
    Definition("sexual_exploitation",
               "Physical and sexual violence: sexual exploitation",
               "Forced prostitution, sexual services or pornography, "
               "or sex demanded as a condition of work."),
    Definition("minor", "Abuse of vulnerability: a child (under 18) in work or recruitment",
               "The person concerned is under 18. With any other indicator the level is high."),
    Definition("immediate_danger", "Immediate danger to life or safety",
               "Danger now: locked in, being hurt, afraid of being killed, suicidal, needing police or "
               "an ambulance now."),
)

DEFINITIONS = {d.id: d for d in _DEFS}
INDICATORS = tuple(d.id for d in _DEFS)
PRE_DEPARTURE = frozenset(INDICATORS[:4])
# "document_retention onward": being, or having been, in such a situation is high risk.
HIGH_INDICATORS = frozenset(INDICATORS[4:15])  # minor is high only with another indicator
