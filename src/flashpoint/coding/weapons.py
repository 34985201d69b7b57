"""The weapon an armed attack names decides its CAMEO 19x code.

CAMEO 1.1b3 codes fighting by weapon: 193 small arms and light weapons (rifles, machine guns,
grenades, mortars, portable launchers), 194 artillery, tanks, rocket and missile fire from
launchers that are not carried, and warships (it takes precedence over 193), 195 weapons
delivered from the air (air strikes, warplanes, helicopter gunships, drones; it takes
precedence over both). A conventional attack (190, 193, 194, 195) is therefore raised to
the heaviest class among the weapons the sentence ties to its act:

* what a verb of discharge fires or launches ("fired rockets at", "launched missiles at");
* its instrument ("attacked with tanks", "pounded the town with artillery", "using mortars");
* the platform that does it ("Israeli tanks fired on", "helicopter gunships attacked"), as
  subject, passive ``by`` phrase or ``from`` phrase ("fired from warships");
* the modifiers of an attack noun, its own or the one a light verb carries ("a rocket
  attack", "tank fire", "carried out air strikes");
* the weapon noun a violent verb has as subject ("mortar fire hit the village").

Property destroyed with a weapon of war is an armed attack of the weapon's class: "destroyed
the depot with artillery" is 194 and "the airliner was blown up by a missile" 194, where the
bare "destroyed the depot" stays 1712 (CAMEO 1712 is force used on property; 194 and 195 are
attacks by the weapon whatever they hit). Only the instrument and the platform count here,
never the object: "destroyed two tanks" names what was destroyed.

A code is never lowered: "shelled the town with mortars" stays 194 (shelling is artillery
fire), and an air strike stays 195 whatever else is named. Generic firing ("opened fire on")
keeps the pattern's own code.

Shape: :func:`weapon_code` takes the planned CAMEO code and the spaCy token that carries the
act and returns the code to use (a string, unchanged when no weapon is named).
"""

from __future__ import annotations

SMALL_ARMS = "193"
HEAVY_WEAPONS = "194"
AERIAL_WEAPONS = "195"
#: Codes of conventional fighting that a named weapon may make more specific.
ARMED_CODES = frozenset({"190", "193", "194", "195"})
#: Destruction of property (CAMEO 1712), an armed attack when a weapon of war does it.
DESTROY_PROPERTY = "1712"
#: Precedence of the weapon classes (CAMEO usage notes for 194 and 195).
RANK = {"190": 0, DESTROY_PROPERTY: 0, SMALL_ARMS: 1, HEAVY_WEAPONS: 2, AERIAL_WEAPONS: 3}
#: Weapon and platform nouns (lemmas) and their class.
WEAPONS = {
    **dict.fromkeys(("gun", "rifle", "pistol", "revolver", "carbine", "bullet", "grenade", "mortar", "rpg",
                     "kalashnikov", "ak-47", "machinegun", "machine-gun", "gunfire", "sniper", "handgun",
                     "shotgun", "submachine"), SMALL_ARMS),
    **dict.fromkeys(("artillery", "tank", "howitzer", "rocket", "missile", "katyusha", "battery", "warship",
                     "frigate", "gunboat", "cruiser", "destroyer", "navy", "cannon", "shell", "shellfire",
                     "barrage"), HEAVY_WEAPONS),
    **dict.fromkeys(("air", "aerial", "airstrike", "warplane", "jet", "aircraft", "airplane", "plane",
                     "helicopter", "gunship", "chopper", "bomber", "drone", "airforce", "sortie"), AERIAL_WEAPONS),
}
#: Nouns whose class is that of their modifiers or their "of" phrase ("rocket launchers",
#: "tank shells", "the air force", "a barrage of rockets"); an unmodified "shell" or
#: "barrage" keeps its own.
GENERIC_HEADS = frozenset({"launcher", "fire", "round", "attack", "strike", "raid", "assault", "shell",
                           "barrage", "salvo", "volley", "hail", "bombardment", "force", "power", "unit",
                           "crew", "weapon", "weaponry", "arm"})
#: Attack nouns that a light verb carries ("carried out air strikes", "launched a rocket
#: attack"): their modifiers name the weapon; any other object of such a verb is its target.
ATTACK_NOUNS = frozenset({"attack", "strike", "raid", "assault", "barrage", "salvo", "volley", "bombardment",
                          "fire", "offensive"})
#: Adjectives that class generic weapons: "heavy weapons" are artillery and tanks, "small
#: arms" and "light weapons" are carried.
SIZE_CLASSES = {"heavy": HEAVY_WEAPONS, "small": SMALL_ARMS, "light": SMALL_ARMS}
#: Verbs whose object is the weapon discharged, not the target ("fired rockets", "launched
#: missiles", "used tanks"); "shot down a drone" names its target.
DISCHARGE_VERBS = frozenset({"fire", "launch", "lob", "rain", "unleash", "use", "employ", "deploy"})
#: Prepositions that name an instrument or the platform an attack came from.
INSTRUMENT_PREPS = frozenset({"with", "by", "from", "using"})
#: Modifiers that make a launcher light: "anti-tank missiles", "shoulder-fired rockets".
PORTABLE_CUES = frozenset({"shoulder", "portable", "man-portable", "handheld", "hand-held", "rocket-propelled"})
#: Modifiers that make a weapon noun no weapon of war: "water cannon", "tear-gas shells",
#: "rubber bullets", "paint guns".
NON_LETHAL = frozenset({"water", "paint", "stun", "toy", "tear", "teargas", "gas", "smoke", "pellet", "rubber",
                        "plastic", "blank", "nail", "starting", "flare", "signal", "warning"})
MODIFIER_DEPS = frozenset({"compound", "amod", "nmod"})


def weapon_code(code: str, act) -> str:
    """``code`` raised to the heaviest weapon class named around ``act`` (see module doc)."""
    if code not in ARMED_CODES and code != DESTROY_PROPERTY:
        return code
    best = code
    for tok in _weapon_words(act):
        found = noun_class(tok)
        if found and RANK[found] > RANK[best]:
            best = found
    return best


def noun_class(tok) -> str | None:
    """Weapon class of a noun phrase headed by ``tok``: its head's, else its modifiers' or its
    "of" phrase's (the heaviest); None when it names no weapon. "anti-tank missiles" are
    portable (193), "heavy weapons" are artillery (194)."""
    mods = [c for c in tok.children if c.dep_ in MODIFIER_DEPS]
    lemma = tok.lemma_.lower()
    if any(t.lemma_.lower() in NON_LETHAL for m in mods for t in m.subtree):
        return None
    own = WEAPONS.get(lemma) or WEAPONS.get(tok.lower_)
    if own and lemma not in GENERIC_HEADS:
        if own == HEAVY_WEAPONS and lemma in ("missile", "rocket") and _portable(mods):
            return SMALL_ARMS
        return own
    classes = [found for m in mods for found in (noun_class(m),) if found]
    if {lemma, *(m.lemma_.lower() for m in mods)} & {"weapon", "weaponry", "arm"}:   # "small arms fire"
        classes += [SIZE_CLASSES[m.lemma_.lower()] for m in mods if m.lemma_.lower() in SIZE_CLASSES]
    if lemma in GENERIC_HEADS:
        classes += [found for prep in tok.children if prep.dep_ == "prep" and prep.lower_ == "of"
                    for obj in prep.children if obj.dep_ == "pobj" and obj.lemma_.lower() not in GENERIC_HEADS
                    for found in (noun_class(obj),) if found]
    if lemma == "fire" and any(m.lemma_.lower() == "anti" for m in mods):
        classes = [c for c in classes if c != AERIAL_WEAPONS]   # "anti-aircraft fire" is from the ground
    if classes:
        return max(classes, key=RANK.__getitem__)
    return own


def _portable(mods) -> bool:
    words = {m.lemma_.lower() for m in mods}
    return bool(words & PORTABLE_CUES) or ("anti" in words and bool(words & {"tank", "armour", "armor"}))


def _weapon_words(act):
    """Noun tokens that may name the weapon of ``act`` (a verb or an attack noun)."""
    out = []
    is_verb = act.pos_ in ("VERB", "AUX")
    lemma = act.lemma_.lower()
    for child in act.children:
        dep = child.dep_
        if is_verb and dep in ("nsubj", "dobj"):
            heads = [child, *child.conjuncts]
            if dep == "dobj" and lemma not in DISCHARGE_VERBS:
                # a light verb's attack noun: "carried out air strikes", "launched a rocket attack"
                heads = [h for h in heads if h.lemma_.lower() in ATTACK_NOUNS]
            elif dep == "nsubj":
                heads = [h for h in heads if _platform_or_fire(h)]
            for h in heads:
                out.append(h)
                out.extend(_instruments(h))
            if dep == "dobj" and lemma not in DISCHARGE_VERBS:
                # "attacked the post with machine guns": the parser hangs the instrument on the object
                for h in (child, *child.conjuncts):
                    out.extend(_instruments(h, ("with", "using")))
                    out.extend(_used(h))
        elif dep in MODIFIER_DEPS and not is_verb:
            out.append(child)
    out.extend(_instruments(act))
    out.extend(_used(act))
    if not is_verb:
        out.append(act)   # "the shelling", "a barrage": the event noun itself
    return out


def _platform_or_fire(subject) -> bool:
    """A subject that is a weapon or platform ("tanks", "helicopter gunships", "mortar fire"),
    not an armed group that merely has one in its name."""
    lemma = subject.lemma_.lower()
    return lemma in WEAPONS or lemma in ATTACK_NOUNS or lemma in ("shell", "round", "force", "unit")


def _used(tok) -> list:
    """Objects of a "using" clause on ``tok``: "attacked the base using mortars"."""
    return [o for c in tok.children if c.dep_ in ("advcl", "acl", "xcomp") and c.lemma_.lower() in ("use", "employ")
            for o in c.children if o.dep_ == "dobj"]


def _instruments(tok, preps=INSTRUMENT_PREPS) -> list:
    """Objects of the instrument and platform phrases on ``tok`` ("with tanks", "by helicopter
    gunships", "from the air", "using mortars")."""
    out = []
    for prep in tok.children:
        if prep.dep_ in ("prep", "agent") and prep.lower_ in preps:
            for obj in prep.children:
                if obj.dep_ in ("pobj", "pcomp"):
                    out.extend((obj, *obj.conjuncts))
    return out


#: Verbs of heavy fire that news also uses for a flood of anything ("bombarded with ads").
FIGURATIVE_FIRE_VERBS = frozenset({"bombard", "pound", "pummel", "pepper", "shower", "blitz"})
#: Words whose "with" phrase keeps such a verb an attack besides the weapons themselves.
ARMED_WITH = frozenset({"bomb", "fire", "shelling", "airstrike", "strike", "munition", "projectile", "explosive",
                        "weapon", "arm", "ammunition", "round"})


def figurative_fire(act) -> bool:
    """True for a verb of heavy fire (:data:`FIGURATIVE_FIRE_VERBS`) whose "with" phrase names
    no weapon: "people bombarded with pop-up ads", "pounded with questions"; "bombarded the
    town with rockets" and a bare "shelled" or "bombarded the town" stay attacks."""
    if act.lemma_.lower() not in FIGURATIVE_FIRE_VERBS:
        return False
    objects = [o for p in act.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj"]
    return bool(objects) and not any(o.lemma_.lower() in WEAPONS or o.lemma_.lower() in ARMED_WITH
                                     for o in objects)

