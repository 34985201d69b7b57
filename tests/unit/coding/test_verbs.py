import pytest

from flashpoint.coding.verbs import PatternDictionary, default_dictionary, parse_patterns
from flashpoint.errors import ConfigError


@pytest.mark.parametrize(
    "line,message",
    [
        ("036\tx\tV:meet\t-", "expected 5"),
        ("abc\tx\tV:meet\t-\tdobj", "bad code"),
        ("036\tx\tQ:meet\t-\tdobj", "bad code or trigger"),
        ("036\tx\tV:meet\tdobj\tdobj", "bad constraint"),
    ],
)
def test_verbs_malformed_line_names_file_and_line(line, message):
    with pytest.raises(ConfigError) as info:
        parse_patterns(["# header", line], "mine.tsv")
    assert "mine.tsv:2" in str(info.value) and message in str(info.value)


def test_verbs_duplicate_id_rejected():
    with pytest.raises(ConfigError, match="duplicate"):
        parse_patterns(["036\ta\tV:meet\t-\tdobj", "040\ta\tV:talk\t-\twith"])


def test_verbs_more_specific_pattern_first():
    d = PatternDictionary(parse_patterns([
        "130\tthreaten.v\tV:threaten\t-\tdobj",
        "138\tthreaten.force\tV:threaten\txcomp:invade|attack\tdobj",
    ]))
    assert [p.id for p in d._index[("V", "threaten")]] == ["threaten.force", "threaten.v"]


def test_verbs_packaged_dictionary_loads_with_leading_zeros():
    d = default_dictionary()
    assert d.patterns
    assert all(p.code.isdigit() and len(p.code) in (2, 3, 4) for p in d.patterns)
    assert any(p.code.startswith("0") for p in d.patterns)


@pytest.mark.model
@pytest.mark.parametrize(
    "text,matched",
    [
        ("Spain helped Morocco.", True),          # any object will do
        ("The funds helped with the repairs.", False),   # but there must be one
    ],
)
def test_verbs_any_lemma_constraint_needs_the_dependent(nlp, text, matched):
    d = PatternDictionary(parse_patterns(["070\thelp.v\tV:help\tdobj:*\tdobj"]))
    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ == "help")
    assert (d.match(trigger) is not None) is matched


@pytest.mark.model
@pytest.mark.parametrize(
    "text,matched",
    [
        ("The junta imposed a ban on the opposition party.", True),       # "on" phrase on the object
        ("The junta lifted the ban on political parties.", True),         # parser hangs it on the verb
        ("The junta imposed a ban on fishing boats.", False),             # a ban on something else
        ("The junta imposed new taxes on the opposition party.", False),  # no ban at all
    ],
)
def test_verbs_path_constraint_reads_the_objects_phrase(nlp, text, matched):
    d = PatternDictionary(parse_patterns([
        "1722\tban.party\tV:impose\tdobj:ban dobj>on:party\ton dobj",
        "0812\tlift.ban.party\tV:lift\tdobj:ban dobj>on:party\ton dobj",
    ]))
    doc = nlp(text)
    trigger = next(t for t in doc if t.lemma_ in ("impose", "lift"))
    assert (d.match(trigger) is not None) is matched


@pytest.mark.model
def test_verbs_modifier_lemma_in_a_prepositions_object(nlp):
    d = PatternDictionary(parse_patterns(["1724\tput.under\tV:put\tprep:under:martial+law\tdobj"]))
    assert d.match(nlp("The army put the province under martial law.")[2]) is not None
    assert d.match(nlp("The army put the province under a new law.")[2]) is None
