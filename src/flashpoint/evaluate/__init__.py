"""Scoring flashpoint against gold event data (PLOVER gold records, PETRARCH validation sets).

Scorers are plain functions returning frozen dataclasses (``plover.score_plover``,
``petrarch.score_petrarch``); ``report`` turns them into tables or JSON.
"""
