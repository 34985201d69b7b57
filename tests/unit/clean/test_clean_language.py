"""The light language guess: right on running prose, None when unsure."""

from __future__ import annotations

import pytest

from flashpoint.clean.language import function_word_shares, guess_language


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The ministers met in Geneva on Monday and said that the talks would continue next "
         "week, but they did not agree on the withdrawal of troops from the border.", "en"),
        ("Les ministres se sont réunis à Genève lundi et ont dit que les discussions sur le "
         "retrait des troupes de la frontière vont continuer, mais il n'y a pas eu d'accord.", "fr"),
        ("Die Minister haben sich am Montag in Genf getroffen und gesagt, dass die Gespräche "
         "über den Abzug der Truppen von der Grenze weitergehen, aber es gab keine Einigung.", "de"),
        ("Los ministros se reunieron el lunes en Ginebra y dijeron que las conversaciones sobre "
         "la retirada de las tropas de la frontera van a continuar, pero no hubo un acuerdo.", "es"),
        ("Министры встретились в Женеве в понедельник и заявили, что переговоры о выводе войск "
         "от границы будут продолжены, но это не привело к соглашению, как и было ожидаемо.", "ru"),
    ],
)
def test_language_guess_prose(text, language):
    assert guess_language(text) == language


@pytest.mark.parametrize(
    "text",
    ["Talks resumed.", "", "12 34 56", "Backs: Mike Blair (Edinburgh), Andy Craig (Glasgow), "
     "Chris Cusiter (Borders), Simon Danielli (Borders), Marcus Di Rollo (Edinburgh)"],
)
def test_language_unsure_is_none(text):
    assert guess_language(text) is None


def test_language_shares_are_fractions():
    shares = function_word_shares("the talks and the troops")
    assert shares["en"] == pytest.approx(2 / 5 + 1 / 5)
    assert all(0.0 <= v <= 1.0 for v in shares.values())
