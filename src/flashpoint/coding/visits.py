"""Visits, hostings and third-place meetings read off where a meeting took place.

Runs after the geo stage (``geo.locate``), on an article's located events. CAMEO 1.1b3 (the
codebook's 04 block) codes where people meet:

* 044 "Meet at a 'third' location": the parties come together at a place none of them is
  associated with; reciprocal between the parties, "typically accompanied by" linked 042 and
  043 events.
* 042 "Make a visit": travel to another location for a meeting or other event, the host
  country as target.
* 043 "Host a visit": host or receive a visitor at residence, office or home country.
* 045 and 046: when mediation or negotiation is said, it "takes precedence over unspecified
  visits or meetings", so talks at a third place stay 046.

A meeting here is a 040, 044 or 046 event whose place the geo stage read from a locative
phrase on the act or its clause (``location_how`` "act": "met in Geneva", "held talks in
Beijing", "attended a summit in Brussels"), or on the other party, where the parser often
hangs the meeting's place ("party": "met Russian envoys in Brussels"). A place found on the
subject says where a doer is posted ("the US commander in Iraq held talks"), one on what was
discussed where that is ("discussed the crisis in Somalia"), and one found from a name or a
target is no place of meeting: none says who travelled. Meetings coded as negated add
nothing; future and hypothetical ones add events of the same modality. With P the country of
the place:

1. Two or more parties, none from P, each a state actor: the meeting's 040 pair becomes 044,
   and each party gets 042 party -> P ("the foreign ministers of Iran and Iraq met in Geneva").
2. Parties from P (the hosts) and parties from elsewhere (the visitors): each visitor gets
   042 visitor -> P and each host 043 host -> visitor ("held talks with Chinese leaders in
   Beijing"); the pair keeps its code.
3. One party, from elsewhere, no other party named: its 040 or 044 to no one becomes 042
   party -> P ("will attend a summit in Brussels"); a 046 to no one stays, with the 042 added.

Actors without a country (IGOs such as the UN, NATO and the EU, unnamed role actors) are
never visitors nor hosts, and where one takes part the place may be its own seat or the venue
it chose, so the meeting adds nothing: "NATO held talks with Russia in Brussels" stays the
NATO-Russia meeting, with no Russian visit to Belgium in the Russia-Belgium dyad. A domestic meeting (every party from P) adds nothing. One event per fact: an
event already coded with the same source and target (by country), code and date ("visited
Japan ... met Abe in Tokyo") gains the meeting's evidence instead of a twin.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from flashpoint.coding import tables
from flashpoint.coding.coder import MODALITY_RANK, event_id
from flashpoint.types import Actor, Event, Location, Modality

#: Meeting codes whose place can make visits: consult, meet at a third place, negotiate.
MEETING_CODES = frozenset({"040", "044", "046"})
#: The unspecified meeting codes that a visit or a third place refines.
UNSPECIFIED_MEETING = frozenset({"040", "044"})
CONSULT, VISIT, HOST, THIRD_PLACE = "040", "042", "043", "044"
#: How a place is found that makes it the meeting's own (``Event.location_how``).
OWN_PLACES = frozenset({"act", "party"})
#: How the actors stage names a side that is only a place, not a party.
PLACE_SIDES = ("place", "city")


def _key(actor: Actor) -> str:
    """An actor's country, else its code: visits and hostings are between countries."""
    return actor.country_iso3 or actor.code


def _fact(event: Event) -> tuple:
    return (_key(event.source) if event.source else None, event.cameo_code,
            _key(event.target) if event.target else None, event.event_date)


def _is_party(actor: Actor | None, how: str | None) -> bool:
    return actor is not None and not (how or "").startswith(PLACE_SIDES)


class VisitLinker:
    """Adds the visits and hostings a located meeting implies (see the module docstring).

    Args:
        gazetteer: anything with ``country(iso3) -> Location | None`` (``geo.Gazetteer``), for
            the name of the country visited.
    """

    def __init__(self, gazetteer):
        self.gazetteer = gazetteer

    def link(self, events: Sequence[Event]) -> list[Event]:
        """``events`` with meetings recoded and visits added after their meeting.

        Args:
            events: one article's events after the geo stage, in order of first evidence.

        Returns:
            The events in the same order, recoded ones in place and new ones right after the
            last event of their meeting, so the first event of a kind stays first.
        """
        groups: dict[tuple, list[int]] = {}
        for i, e in enumerate(events):
            if (e.cameo_code in MEETING_CODES and e.location_how in OWN_PLACES and e.location is not None
                    and e.location.country_iso3 and e.modality is not Modality.NEGATED):
                groups.setdefault((e.sentence_index, e.trigger_start), []).append(i)
        if not groups:
            return list(events)
        out = list(events)
        after: dict[int, list[Event]] = {}
        for members in groups.values():
            place = events[members[0]].location
            if any(events[i].location.country_iso3 != place.country_iso3 for i in members):
                continue
            for i, new in self._meeting(events, members, place):
                if i < 0:
                    after.setdefault(members[-1], []).append(new)
                else:
                    out[i] = new
        return _merged(events, out, after)

    def _meeting(self, events, members, place: Location):
        """``(index, event)`` changes for one meeting: an index >= 0 recodes that event, -1 adds
        the event after the meeting."""
        country = place.country_iso3
        paired = [i for i in members if _is_party(events[i].target, events[i].target_how)]
        parties: dict[str, tuple[Actor, str | None, str | None]] = {}
        for i in paired or members:
            e = events[i]
            for actor, text, how in ((e.source, e.source_text, e.source_how), (e.target, e.target_text, e.target_how)):
                if _is_party(actor, how) and actor.code not in parties:
                    parties[actor.code] = (actor, text, how)
        first = min((events[i] for i in members), key=lambda e: MODALITY_RANK[e.modality])
        visitors = [p for p in parties.values() if p[0].country_iso3 and p[0].country_iso3 != country]
        hosts = [p for p in parties.values() if p[0].country_iso3 == country]
        if not visitors or any(not p[0].country_iso3 for p in parties.values()):
            # a domestic meeting, or one with an organisation, whose seat or meeting place it
            # may be: "NATO held talks with Russia in Brussels" is the NATO-Russia dyad's
            # event, not a visit to Belgium that would fill the Russia-Belgium series
            return
        visited = self._country_actor(country)
        if not paired:   # one party and no one else named: the meeting abroad is a visit
            travelled = {p[0].code for p in visitors}
            for i in members:
                e = events[i]
                if e.cameo_code in UNSPECIFIED_MEETING and e.source is not None and e.source.code in travelled:
                    yield i, self._event(e, VISIT, e.source, visited, e.source_text, e.source_how, place, "visit")
                    travelled.discard(e.source.code)
            visitors = [p for p in visitors if p[0].code in travelled]
        if len(parties) > 1 and not hosts and all(p[0].country_iso3 for p in parties.values()):
            for i in paired:   # nobody's home ground: a meeting at a third place
                e = events[i]
                if e.cameo_code == CONSULT and e.source is not None:
                    yield i, replace(self._event(e, THIRD_PLACE, e.source, e.target, e.source_text, e.source_how,
                                                 place, "third"), target_text=e.target_text, target_how=e.target_how)
        for actor, text, how in visitors:
            yield -1, self._event(first, VISIT, actor, visited, text, how, place, "visit")
        for host, h_text, h_how in hosts:
            for actor, text, how in visitors:
                yield -1, replace(self._event(first, HOST, host, actor, h_text, h_how, place, "host"),
                                  target_text=text, target_how=how)

    def _country_actor(self, iso3: str) -> Actor:
        loc = self.gazetteer.country(iso3)
        return Actor(code=iso3, name=loc.name if loc is not None else None, country_iso3=iso3)

    @staticmethod
    def _event(meeting: Event, code: str, source: Actor, target: Actor, source_text, source_how,
               place: Location, why: str) -> Event:
        """An event of ``code`` told by ``meeting``'s sentence, date and modality."""
        return replace(
            meeting,
            event_id=event_id(meeting.article_id, source.code, target.code, code, meeting.event_date),
            source=source, target=target, cameo_code=code,
            plover_type=tables.plover_type(code), quad_class=tables.quad_class(code),
            goldstein=tables.goldstein(code), rule=f"{meeting.rule}+{why}",
            source_text=source_text, source_how=source_how,
            target_text=place.name, target_how="place: where the meeting was",
            location=place, location_how=meeting.location_how,
        )


def _merged(events: Sequence[Event], out: list[Event], after: dict[int, list[Event]]) -> list[Event]:
    """Flatten the recoded events and those added after their meeting, one event per fact: a
    new event whose (source, code, target, date) is coded already, by the coder or by an earlier
    meeting, adds its evidence there. The coder's own events are never merged with each other."""
    ordered: list[tuple[Event, bool]] = []
    for i, e in enumerate(out):
        ordered.append((e, e is not events[i]))
        ordered.extend((new, True) for new in after.get(i, ()))
    owner: dict[tuple, int] = {}
    for j, (e, new) in enumerate(ordered):
        if not new:
            owner.setdefault(_fact(e), j)
    keep = [True] * len(ordered)
    merged = [e for e, _ in ordered]
    for j, (e, new) in enumerate(ordered):
        if not new:
            continue
        k = owner.setdefault(_fact(e), j)
        if k == j:
            continue
        keep[j] = False
        old = merged[k]
        evidence = old.evidence + tuple(s for s in e.evidence if s not in old.evidence)
        better = MODALITY_RANK[e.modality] < MODALITY_RANK[old.modality]
        merged[k] = replace(old, evidence=evidence, modality=e.modality if better else old.modality)
    return [e for e, k in zip(merged, keep) if k]

