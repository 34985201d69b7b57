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
