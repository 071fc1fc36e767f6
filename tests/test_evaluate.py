"""Scoring as data/gold/README.md defines it, on hand-made documents."""

from __future__ import annotations

import json

import pytest

from factx.document import Document, Entity, Figure, Mention, Quote
from factx.evaluate import (
    ArticleResult,
    alias_matches,
    evaluate,
    score_figures,
    score_people,
    score_quotes,
)

TEXT = (
    'He said "we will win the vote" and then "maybe not". The "Iron Lady" left. Costs hit £1.2bn.'
)


def gold_quotes():
    return {
        "quotes": [
            {
                "text": "we will win the vote",
                "kind": "speech",
                "speaker": "Tony Blair",
                "speaker_aliases": ["Blair"],
            },
            {"text": "maybe not", "kind": "speech", "speaker": None, "speaker_aliases": []},
            {"text": "Iron Lady", "kind": "other", "speaker": None, "speaker_aliases": []},
        ]
    }


def quote(text, speaker=None, kind="speech"):
    start = TEXT.index(text)
    return Quote(text, start, start + len(text), speaker, None, "said", kind)


def test_quote_match_needs_half_of_the_gold_span():
    result = ArticleResult("a")
    doc = Document("-", "m", quotes=[quote("we will win", "Mr Blair"), quote("maybe")])
    score_quotes(gold_quotes(), TEXT, doc, result)
    # "we will win" covers 11 of 20 gold characters: a match; "maybe" 5 of 9: a match
    assert (result.quotes.true_positives, result.quotes.predicted) == (2, 2)
    assert (result.quotes.gold_found, result.quotes.gold) == (2, 2)
    # the null-speaker gold quote is left out of attribution
    assert (result.attributed.true_positives, result.attributed.predicted) == (1, 1)
    assert (result.attributed.gold_found, result.attributed.gold) == (1, 1)


def test_short_overlap_is_a_false_positive_and_other_quotes_are_ignored():
    result = ArticleResult("a")
    doc = Document("-", "m", quotes=[quote("vote"), quote("Iron Lady"), quote("Costs")])
    score_quotes(gold_quotes(), TEXT, doc, result)
    assert result.quotes.true_positives == 0
    assert (
        result.quotes.predicted == 2
    )  # "vote" (too little overlap) and "Costs"; "Iron Lady" ignored
    assert result.quotes.gold_found == 0


def test_wrong_speaker_counts_against_attribution_only():
    result = ArticleResult("a")
    doc = Document("-", "m", quotes=[quote("we will win the vote", "Blairite MPs")])
    score_quotes(gold_quotes(), TEXT, doc, result)
    assert result.quotes.true_positives == 1
    assert result.attributed.true_positives == 0  # "Blair" is not a whole word of "Blairite"


@pytest.mark.parametrize(
    ("aliases", "predicted", "expected"),
    [
        (["Blair"], "Tony Blair", True),
        (["Blair"], "mr blair", True),
        (["Blair"], "Blairite", False),
        (["Blair"], None, False),
    ],
)
def test_alias_matching(aliases, predicted, expected):
    assert alias_matches(aliases, predicted) is expected


def test_figures_match_first_unmatched_overlap_and_values():
    text = "It rose 2% to 2% of GDP."
    gold = {"figures": [{"text": "2%", "value": 2}, {"text": "2% of GDP", "value": 2}]}
    first = text.index("2%")
    second = text.index("2% of")
    doc = Document(
        "-",
        "m",
        figures=[
            Figure("2%", first, first + 2, 2.0),
            Figure("2%", second, second + 2, 3.0),
            Figure("GDP", 20, 23, None),
        ],
    )
    result = ArticleResult("a")
    score_figures(gold, text, doc, result)
    assert (result.figures.true_positives, result.figures.predicted, result.figures.gold) == (
        2,
        3,
        2,
    )
    assert (result.values_right, result.values_matched) == (1, 2)


def test_people_second_entity_for_same_person_is_false_positive():
    gold = {"people": [{"name": "Mahmoud Abbas", "aliases": ["Abbas", "Mr Abbas"]}]}
    doc = Document(
        "-",
        "m",
        entities=[
            Entity("e1", "Mahmoud Abbas", "PERSON", 1, [], [], [Mention("Mahmoud Abbas", 0, 13)]),
            Entity("e2", "Mr Abbas", "PERSON", 1, [], [], [Mention("Mr Abbas", 20, 28)]),
            Entity("e3", "Cairo", "GPE", 1, [], [], [Mention("Cairo", 30, 35)]),
        ],
    )
    result = ArticleResult("a")
    score_people(gold, doc, result)
    assert (result.people.true_positives, result.people.predicted, result.people.gold_found) == (
        1,
        2,
        1,
    )


def test_evaluate_skips_sections_no_key_annotates(tmp_path):
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(TEXT, encoding="utf-8")
    key = {"article": "a.txt", **gold_quotes(), "figures": [], "people": []}
    (tmp_path / "a.json").write_text(json.dumps(key), encoding="utf-8")

    def fake_extract(text, source):
        return Document(
            source,
            "m",
            quotes=[quote("we will win the vote", "Blair")],
            figures=[Figure("1.2bn", 0, 1, 1.0)],
        )

    report = evaluate(tmp_path, fake_extract)
    assert report.scored("quotes") and not report.scored("figures") and not report.scored("people")
    data = report.as_dict()
    assert data["figures"] is None and data["people"] is None
    assert (data["quotes"]["precision"], data["quotes"]["recall"]) == (1.0, 0.5)
    assert data["attributed"]["f1"] == 1.0


def test_gold_quote_is_located_inside_quotation_marks():
    text = "Blair: 'we will win' says PM\n\nTony Blair said: \"we will win\" on Monday."
    gold = {
        "quotes": [
            {
                "text": "we will win",
                "kind": "speech",
                "speaker": "Tony Blair",
                "speaker_aliases": ["Blair"],
            }
        ]
    }
    start = text.index('"we') + 1
    doc = Document("-", "m", quotes=[Quote("we will win", start, start + 11, "Tony Blair")])
    result = ArticleResult("a")
    score_quotes(gold, text, doc, result)
    assert (result.quotes.true_positives, result.quotes.gold_found) == (1, 1)
