"""The given-name lexicon shipped as package data."""

from __future__ import annotations

import pytest

from factx.names import (
    given_name_gender,
    is_chinese_name_order,
    is_common_word,
    is_country_name,
    is_demonym,
    is_given_name,
    is_known_name,
    is_known_person,
    is_known_thing,
    is_place_name,
    name_key,
    same_given_name,
    us_state,
)


def test_given_names_carry_the_sex_of_most_bearers():
    assert given_name_gender("Melanie") == "f"
    assert given_name_gender("KEVIN") == "m"


def test_a_welsh_name_keeps_its_sex_over_another_countrys():
    assert given_name_gender("Dewi") == "m"  # a Welsh man's name, a Dutch woman's


def test_a_chinese_name_is_told_by_its_family_name_and_a_pinyin_given_name():
    assert is_chinese_name_order("Li", "Jianguo") and is_chinese_name_order("Hu", "Jintao")
    assert not is_chinese_name_order("Li", "Smith")  # not pinyin
    assert not is_chinese_name_order("Dai", "Greene")
    assert not is_chinese_name_order("Ma", "Ying-jeou")  # hyphened: a rule of its own


def test_names_borne_by_both_sexes_and_surnames_are_not_listed():
    assert given_name_gender("Jordan") is None  # no clear majority
    assert given_name_gender("Robin") is None
    assert not is_given_name("Kilroy-Silk")


def test_given_names_that_are_ordinary_words_do_not_count_as_names():
    assert given_name_gender("Bill") == "m"  # the sex still helps with 'he' and 'she'
    assert not is_given_name("Star")
    assert is_given_name("Richie")


def test_known_names_include_those_that_are_also_words():
    assert is_known_name("Harry") and is_known_name("William")
    assert not is_known_name("Kilroy")


def test_common_words_are_ordinary_lower_case_words():
    assert is_common_word("Trauma") and is_common_word("frost")
    assert not is_common_word("Kilroy") and not is_common_word("Blair")


@pytest.mark.parametrize("name", ["Graeme", "Euan", "Anders", "Alistair", "Thierry"])
def test_given_names_beyond_the_american_census(name):
    assert is_given_name(name)


def test_an_unlisted_british_given_name_and_surname_make_a_person(nlp):
    from factx.pipeline import extract

    text = "US-based Alistair Cragg and Mark Carroll are the only Irish athletes selected."
    assert "Alistair Cragg" in [
        e.name for e in extract(text, nlp=nlp).entities if e.label == "PERSON"
    ]


def test_country_names_include_the_nations_of_the_united_kingdom():
    assert is_country_name("Canada") and is_country_name("Scotland")
    assert is_country_name("United States")
    assert not is_country_name("Leeds") and not is_country_name("canada")


def test_place_names_include_the_whole_a_subdivision_is_part_of():
    assert is_place_name("Yorkshire")  # "North Yorkshire", "East Riding of Yorkshire"
    assert is_place_name("Bedfordshire")  # "Central Bedfordshire"
    assert not is_place_name("Bank")  # "West Bank": a common word stays one
    assert not is_place_name("Dakota")  # and so does a given name


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Dubliner", True),
        ("Londoner", True),
        ("Bonner", False),
        ("Parker", False),
        ("Kansan", True),
        ("Oregonian", True),
        ("Floridian", True),
        ("Morgan", False),
        ("Buchanan", False),
    ],
)
def test_is_demonym(word, expected):
    assert is_demonym(word) is expected


def test_name_keys_ignore_case_dots_hyphens_and_punctuation():
    assert name_key("J.K. Rowling") == name_key("JK Rowling") == "jk rowling"
    assert name_key("Jay-Z") == "jay z"
    assert name_key("  Lil' Kim ") == "lil kim"


@pytest.mark.parametrize(
    "name",
    [
        "Eminem",
        "JK Rowling",
        "J.K. Rowling",
        "Tiger Woods",
        "Roger Federer",
        "Sir Elton John",
        "Elton John",
    ],
)
def test_well_known_people_are_listed_with_and_without_a_title(name):
    assert is_known_person(name_key(name))


@pytest.mark.parametrize(
    "name", ["Franz Ferdinand", "Morgan Stanley", "Harry Potter", "The Streets", "Streets"]
)
def test_well_known_things_named_like_people_are_listed(name):
    assert is_known_thing(name_key(name))
    assert not is_known_person(name_key(name))


def test_titles_alone_and_unknown_names_are_not_known_people():
    assert not is_known_person(name_key("Prince of Wales"))
    assert not is_known_person("of wales")
    assert not is_known_person(name_key("Gordon Smithers-Plunkett"))


def test_familiar_forms_of_other_languages_are_the_same_given_name():
    assert same_given_name("Rafa", "Rafael") and same_given_name("Jonny", "Jonathan")
    assert not same_given_name("Rafa", "Raphael")


@pytest.mark.parametrize(
    ("text", "state"),
    [
        ("Calif.", "California"),
        ("CA", "California"),
        ("W. Va.", "West Virginia"),
        ("N.Y.", "New York"),
        ("New York", "New York"),
        ("Ohio", "Ohio"),
        ("Newport News", None),
        ("Tory", None),
    ],
)
def test_us_states_are_known_by_name_code_and_abbreviation(text, state):
    assert us_state(text) == state


@pytest.mark.parametrize(
    ("word", "given", "sex"),
    [("Anne-Marie", True, "f"), ("Karl-Heinz", True, "m"), ("Rees-Mogg", False, None)],
)
def test_two_given_names_joined_by_a_hyphen_are_one_given_name(word, given, sex):
    assert (is_given_name(word), given_name_gender(word)) == (given, sex)


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Ifor", "m"), ("Gethin", "m"), ("Cerys", "f"), ("Grainne", "f"), ("Torquil", "m")],
)
def test_welsh_scottish_and_irish_given_names_are_known_with_their_sex(name, sex):
    assert is_given_name(name)
    assert given_name_gender(name) == sex


def test_given_names_written_with_accents_the_lists_leave_out():
    assert is_given_name("Seán") and given_name_gender("Seán") == "m"
    assert is_given_name("Ciarán")
    assert is_known_name("Máire")
    assert not is_given_name("Café")


@pytest.mark.parametrize(
    ("name", "sex"),
    [("Gemma", "f"), ("Siobhan", "f"), ("Kayleigh", "f"), ("Nigel", "m"), ("Toby", "m")],
)
def test_british_names_the_census_counts_as_rare_keep_their_sex(name, sex):
    assert given_name_gender(name) == sex


@pytest.mark.parametrize("name", ["Dana", "Chris", "Lindsey", "Jean", "Nicola"])
def test_names_borne_by_both_sexes_still_have_none(name):
    assert given_name_gender(name) is None


def test_japanese_given_names_have_a_sex():
    assert (given_name_gender("Keiko"), given_name_gender("Hiroshi")) == ("f", "m")


def test_south_asian_given_names_faker_lacks_have_a_sex():
    assert (given_name_gender("Rajiv"), given_name_gender("Sunita")) == ("m", "f")


def test_a_name_rare_in_the_census_takes_its_sex_from_the_other_lists():
    assert (given_name_gender("Aisha"), given_name_gender("Svetlana")) == ("f", "f")


def test_a_name_borne_by_both_sexes_in_britain_or_america_keeps_none():
    assert (given_name_gender("Casey"), given_name_gender("Chris")) == (None, None)
