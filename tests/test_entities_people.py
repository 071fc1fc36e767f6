"""People: rules that tell a person from a team, a firm, a place or a work named like one."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.entities import club_entries, collect_mentions
from factx.pipeline import extract

DATA = Path(__file__).resolve().parent.parent / "data"


def labels(nlp, text: str) -> dict[str, str]:
    return {e.name: e.label for e in extract(text, nlp=nlp).entities}


def people_of(nlp, text: str) -> list[str]:
    return [e.name for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]


def people_counted(nlp, text: str) -> list[tuple[str, int]]:
    """Each person found, with how many mentions it has."""
    return [
        (e.name, len(e.mentions)) for e in extract(text, nlp=nlp).entities if e.label == "PERSON"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a plural verb with a lone singular name: British usage for a team or a firm
        ("Leeds fans were delighted. Gillingham were relegated on the final day.", "Gillingham"),
        # a plural noun in apposition names a group
        (
            "The company's books were approved by its auditors Arthur Wendell in 2003.",
            "Arthur Wendell",
        ),
        ("Staff said that lawyers Clifford Hance had advised the board.", "Clifford Hance"),
    ],
)
def test_group_named_like_a_person_is_not_a_person(nlp, text, name):
    assert labels(nlp, text)[name] != "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # coordinated subjects take a plural verb
        ("Arash Sigarchi and Mojtaba Saminejad are both in prison.", "Mojtaba Saminejad"),
        # a modal is the finite verb: "have" is not plural here
        ("Not in a million years would John Terry have gone down like that.", "John Terry"),
        # a subjunctive after "that"
        (
            "The Tories are demanding that Tony Blair spell out which taxes he would raise.",
            "Tony Blair",
        ),
        # "minister for women": the plural belongs to the title
        ("Labour's deputy minister for women Jacqui Smith accused the Tories.", "Jacqui Smith"),
        # brothers, sisters and the like are people
        ("The brothers Noel Gallagher and Liam Gallagher were not at the show.", "Noel Gallagher"),
    ],
)
def test_people_with_plural_cues_stay_people(nlp, text, name):
    assert labels(nlp, text)[name] == "PERSON"


def test_name_in_a_list_of_places_is_a_place(nlp):
    assert labels(nlp, "The firm has plants in Lyon, Paris and Toulouse.")["Toulouse"] != "PERSON"


def test_team_sheet_with_place_like_surnames_keeps_people(nlp):
    found = labels(nlp, "Subs Not Used: Macken, Weaver, Onuoha, Jordan.")
    assert found["Macken"] == "PERSON"


def test_quoted_nickname_joins_first_name_and_surname(nlp):
    text = "Guitarist Brian 'Head' Welch told a radio station he would quit. Welch was happy."
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [e.name for e in people] == ["Brian 'Head' Welch"]
    assert people[0].aliases == ["Welch"]


def test_peer_name_takes_in_the_territorial_designation(nlp):
    text = "The advice was seen by the then Lord Chancellor, Lord Irvine of Lairg."
    assert labels(nlp, text) == {"Irvine of Lairg": "PERSON"}


def test_peer_designation_joins_the_full_name(nlp):
    text = (
        "Former leader Neil Kinnock now sits in the Lords. "
        "Lord Kinnock of Bedwellty said reform was overdue."
    )
    entities = extract(text, nlp=nlp).entities
    assert [(e.name, e.label) for e in entities] == [("Neil Kinnock", "PERSON")]
    assert "Kinnock of Bedwellty" in entities[0].aliases


def test_name_listed_among_people_is_a_person(nlp):
    text = "Nominees include Jamie Foxx, Leonardo DiCaprio, Keanu Reeves and Don Cheadle."
    assert labels(nlp, text)["Keanu Reeves"] == "PERSON"


def test_bracketed_club_after_a_listed_name_is_not_a_person(nlp):
    text = "Ed Jackson (Aldershot, Farnham and District), Jimmy Watkins and Neil Speaight ran."
    assert "Aldershot" not in {n for n, label in labels(nlp, text).items() if label == "PERSON"}


def test_group_introduced_by_a_naming_participle_is_not_a_person(nlp):
    text = "The attacks were blamed on a shadowy group known as Meibion Glyndwr."
    assert labels(nlp, text).get("Meibion Glyndwr") != "PERSON"


def test_one_word_name_after_a_persons_possessive_is_a_work(nlp):
    text = "The gallery houses treasures like Raphael's Madonna of the Pinks."
    found = labels(nlp, text)
    assert found.get("Raphael") == "PERSON"
    assert found.get("Madonna") != "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The film stars Oscar-nominated actress Imelda Staunton.", "Oscar"),
        ("He will be joined by Ulster's Kevin Maggs in the centre.", "Ulster"),
    ],
)
def test_award_or_side_before_a_person_is_not_a_person(nlp, text, name):
    assert labels(nlp, text).get(name) != "PERSON"


def test_titled_possessor_stays_a_person(nlp):
    text = "I never read Lord Byron's Childe Harold's Pilgrimage at school."
    assert labels(nlp, text).get("Byron") == "PERSON"


def test_person_surname_relabels_a_mislabelled_full_name(nlp):
    text = "Sweden's Carolina Kluft won the heptathlon. Kluft said she was delighted with the win."
    entities = extract(text, nlp=nlp).entities
    kluft = [e for e in entities if e.name == "Carolina Kluft"]
    assert [e.label for e in kluft] == ["PERSON"]
    assert kluft[0].aliases == ["Kluft"]


def test_short_form_of_a_firm_stays_with_the_firm(nlp):
    text = "Jet Airways shares rose. Analysts expect Jet to raise more money next year."
    assert labels(nlp, text).get("Jet Airways") != "PERSON"


def test_character_reference_inside_a_surname(nlp):
    text = (
        "Elfyn Llwyd represented Welsh singer Bryn F&#244;n when he was arrested. "
        "F&#244;n was released without charge."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [(e.name, e.aliases) for e in people if "Bryn" in e.name] == [
        ("Bryn F&#244;n", ["F&#244;n"])
    ]


def test_character_reference_to_punctuation_is_not_a_name(nlp):
    text = "Mr Blair&#191;s trip was criticised. Tony Blair said so. &#99999999; &#0;"
    assert labels(nlp, text).get("Blair&#191;s") != "PERSON"


def test_maker_of_a_work_is_a_person(nlp):
    text = "The song was written by Lionel Richie and Michael Jackson in 1985."
    assert labels(nlp, text)["Lionel Richie"] == "PERSON"


def test_a_royal_given_name_is_not_the_first_name_of_another_person(nlp):
    text = (
        "Prince Charles will marry in April. Liberal Democrat leader Charles Kennedy sent his "
        "good wishes. Charles said he was delighted."
    )
    people = people_of(nlp, text)
    assert "Charles Kennedy" in people and "Charles" in people


def test_a_given_name_is_not_a_misspelt_surname(nlp):
    text = (
        "The Archbishop of Canterbury, Dr Rowan Williams, will bless the couple. The Queen "
        "handed the throne to her grandson Prince William, 22."
    )
    assert people_of(nlp, text) == ["Rowan Williams", "William"]


@pytest.mark.parametrize(
    "text",
    [
        "Home Secretary Charles Clarke told BBC One's Breakfast with Frost he had no plans.",
        "The Day Today won in the DVD category, and Trauma won best film, said Jane Hill.",
        "Desperate Housewives was named top new drama, said critic Jane Hill.",
    ],
)
def test_a_lone_common_word_with_nothing_personal_is_not_a_person(nlp, text):
    assert not {"Frost", "Trauma", "Housewives"} & set(people_of(nlp, text))


def test_a_common_word_surname_with_a_title_or_beside_people_stays_a_person(nlp):
    text = (
        "Mr Cable told MPs the plan would fail. Artists at the gig include Stat Quo, Proof, "
        "DJ Green Lantern, Swift and Obie Trice."
    )
    people = people_of(nlp, text)
    assert "Cable" in people and "Swift" in people


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Brad Bird won best voice actor for his role as designer Edna Mode.", "Brad Bird"),
        ("Tony Robinson, who played the servant Baldrick, said it was over.", "Tony Robinson"),
        ("Naomi Watts plays a budding Hollywood actress in Ellie Parker.", "Naomi Watts"),
        (
            "Desperate Housewives won and Joey, starring former Friends actor Matt LeBlanc, "
            "was named top new comedy.",
            "Matt LeBlanc",
        ),
    ],
)
def test_a_part_an_actor_plays_or_the_work_casting_them_is_not_a_person(nlp, text, person):
    assert people_of(nlp, text) == [person]


def test_a_director_before_starring_stays_a_person(nlp):
    text = "The film, directed by Steven Spielberg, starring Tom Hanks, opens today."
    assert people_of(nlp, text) == ["Steven Spielberg", "Tom Hanks"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the model tags nothing here
        (
            "The festival's jury went to Primer, written and directed by Shane Carruth.",
            "Shane Carruth",
        ),
        (
            "Past performers include Abba, Celine Dion, Bucks Fizz, Lulu and Julio Iglesias.",
            "Celine Dion",
        ),
        (
            "This set has the first season of Buck (Gil Gerard) and Wilma's adventures.",
            "Gil Gerard",
        ),
        # tagged as an organisation
        ("Morgan Spurlock earned the directing award for Super Size Me.", "Morgan Spurlock"),
        ("She was beaten in the fourth round by Nadia Petrova.", "Nadia Petrova"),
    ],
)
def test_a_given_name_and_a_surname_no_word_shares_is_a_person(nlp, text, name):
    assert name in people_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Sources told the Sunday Telegraph the deal was done, said Jane Hill.",
        "Spain won the Davis Cup in Seville, said Jane Hill.",
        "Speaking to Le Matin, the 24-year-old Swiss said she was fit.",
        "The film was made by Warner Bros and shown in Hong Kong.",
    ],
)
def test_papers_events_and_firms_opening_with_a_given_name_are_not_people(nlp, text):
    assert set(people_of(nlp, text)) <= {"Jane Hill"}


def test_a_common_word_the_text_keeps_capitalising_is_a_name(nlp):
    text = (
        "But for Donald Trump, Oz's show proved to be a safe space. Critics say Oz has been "
        "discredited. Doctors called Oz a quack."
    )
    assert "Oz" in people_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Paver's book Wolf Brother is the first in a series, said Jane Hill.",
        "The album beat records by Led Zeppelin and Iron Maiden, said Jane Hill.",
        "Tickets for Snow Patrol sold out in minutes, said Jane Hill.",
    ],
)
def test_a_phrase_of_common_words_is_a_title_or_a_band_not_a_person(nlp, text):
    assert not {"Wolf Brother", "Led Zeppelin", "Iron Maiden", "Snow Patrol"} & set(
        people_of(nlp, text)
    )


def test_a_name_whose_first_word_is_a_given_name_stays_a_person(nlp):
    text = "The two friends were fired up by Gordon Brown's speech, said Rowan Williams."
    assert people_of(nlp, text) == ["Gordon Brown", "Rowan Williams"]


def test_a_name_with_an_age_in_apposition_is_a_person(nlp):
    text = (
        "Scotland's Lee McConnell was vying for top spot with Olympian Andy Turner. Scott, 22, "
        "smashed his personal best on the way to the final."
    )
    assert "Scott" in people_of(nlp, text)


def test_a_first_name_left_out_by_the_model_is_taken_in_when_neither_is_a_word(nlp):
    text = (
        "Other nominees in the best actress category include Charlize Theron for Monster and "
        "UK star Kate Winslet."
    )
    assert people_of(nlp, text) == ["Charlize Theron", "Kate Winslet"]


def test_names_the_model_ran_together_across_a_comma_are_separate_people(nlp):
    text = (
        "The crowd screamed when he arrived. DiCaprio faces competition from Bernal, Jamie Foxx, "
        "Jim Carrey and Johnny Depp in the best actor category."
    )
    people = people_of(nlp, text)
    assert "Jamie Foxx" in people and not any("," in name for name in people)


def test_names_in_a_list_of_seats_opened_by_a_colon_are_places(nlp):
    text = (
        "Charles Kennedy visited Leeds.\n\n - The seats where the Lib Dems say student votes "
        "can swing the election are: Bristol West, Cambridge, Manchester Gorton, Sheffield "
        "Central, Liverpool Riverside, Holborn and St Pancras, Taunton, Westmorland and "
        "Lonsdale."
    )
    assert people_of(nlp, text) == ["Charles Kennedy"]


def test_a_particle_led_surname_the_tagger_took_for_a_noun_is_a_name(nlp):
    text = (
        "Hollywood stars Leonardo diCaprio and Richard Gere are in the audience. The Aviator, "
        "starring DiCaprio, leads the field."
    )
    names = {e.name: e.label for e in extract(text, nlp=nlp).entities}
    assert names.get("Leonardo diCaprio") == "PERSON"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The best director shortlist includes Luc Bondy for Cruel and Tender.", "Luc Bondy"),
        (
            "The award will be presented to Dominic Cooper (His Dark Materials and The History "
            "Boys), the academy said.",
            "Dominic Cooper",
        ),
        (
            "Bar Keith Gleeson who is just returning from a broken leg, everyone is fit.",
            "Keith Gleeson",
        ),
    ],
)
def test_a_name_the_model_ran_past_is_cut_back_to_the_name(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_name_the_model_split_around_a_middle_word_is_one_person(nlp):
    text = "Victoria Wood slated comedian Sacha Baron Cohen for his character."
    assert people_of(nlp, text) == ["Victoria Wood", "Sacha Baron Cohen"]


def test_a_title_between_two_names_does_not_join_them(nlp):
    text = "The leaders included German Chancellor Gerhard Schroeder, officials said."
    assert people_of(nlp, text) == ["Gerhard Schroeder"]


def test_a_word_with_capitals_inside_is_a_brand_or_a_term(nlp):
    text = "Dr Brian Carpenter said VoIP would change the business, as WiFi did."
    assert people_of(nlp, text) == ["Brian Carpenter"]


@pytest.mark.parametrize(
    ("text", "thing"),
    [
        (
            "Polls for unitary authorities are at Bristol and Stockton-on-Tees, said Jane Hill.",
            "Stockton",
        ),
        (
            "WLGA finance spokesman Bob Wellington, of Torfaen, said rises must be small.",
            "Torfaen",
        ),
        (
            "Technology firms Sony, Philips, Matsushita and Samsung are developing a standard.",
            "Matsushita",
        ),
    ],
)
def test_places_and_firms_named_like_surnames_are_not_people(nlp, text, thing):
    assert thing not in people_of(nlp, text)


def test_a_bracketed_short_name_after_a_body_is_that_body(nlp):
    text = (
        "The chart was compiled for the Entertainment and Leisure Software Publishers "
        'Association (Elspa). "It was a stellar year," said Roger Bennett, director general '
        "of Elspa."
    )
    assert people_of(nlp, text) == ["Roger Bennett"]


def test_a_firm_named_after_its_founders_is_not_people(nlp):
    text = (
        '"The primary factor is the weak dollar," said Victor Shum, a Singapore-based analyst '
        "with Purvin and Gertz. Expectations rose."
    )
    assert people_of(nlp, text) == ["Victor Shum"]


def test_two_lone_names_joined_by_an_ampersand_name_a_firm(nlp):
    from factx.entities import _ampersand_pair

    doc = nlp("Analysts at Purvin & Gertz agreed with rappers Ludacris & Lil Jon.")
    assert _ampersand_pair(doc[2:3]) and _ampersand_pair(doc[4:5])
    assert not _ampersand_pair(doc[9:10])  # a longer name on the other side


def test_a_middle_initial_does_not_end_a_name(nlp):
    text = (
        "Cosby's lawyer, Walter M Phillips Jr, was pleased. District Attorney Bruce L Castor "
        "Jr, who was in charge of the case, said detectives found no evidence."
    )
    entities = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [(e.name, e.aliases) for e in entities][-2:] == [
        ("Walter M Phillips Jr", []),
        ("Bruce L Castor Jr", []),
    ]


def test_a_rival_after_with_is_not_an_employer(nlp):
    text = (
        "Richard Griffiths will battle it out for the best actor award with Douglas Hodge "
        "(Dumb Show) and Stanley Townsend (Shining City)."
    )
    assert "Douglas Hodge" in people_of(nlp, text)


def test_a_one_word_name_with_a_father_is_a_person(nlp):
    text = (
        "Juninho's agent has confirmed talks. Juninho wants assurances from the club. "
        "Juninho's father was simply in the country to see his son."
    )
    assert "Juninho" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "firm"),
    [
        ("The state sued Leadplex LLC over spam, said attorney Jane Hill.", "Leadplex LLC"),
        ("He will join Neath RFC next season, coach Jane Hill said.", "Neath RFC"),
    ],
)
def test_a_company_or_club_suffix_ends_no_person_name(nlp, text, firm):
    assert firm not in people_of(nlp, text)


def test_a_title_ending_a_span_opens_the_name_after_it(nlp):
    text = (
        "The party had repaid £500,000 to former Tory Treasurer Lord Ashcroft after he said "
        "the party could not win."
    )
    assert people_of(nlp, text) == ["Ashcroft"]


def test_a_bracketed_club_after_a_name_in_a_team_list_is_no_person(nlp):
    text = (
        "The squad was named on Monday.\n\n"
        "Backs: T Harlow (Bristol Bears, capt); P Lenning (Bristol Bears), "
        "D Rowe (Exeter Chiefs), K Ames (Exeter Chiefs)."
    )
    found = people_of(nlp, text)
    assert "Bristol Bears" not in found
    assert "Exeter Chiefs" not in found


@pytest.mark.parametrize(
    ("text", "employer", "person"),
    [
        (
            "Shares will rise, predicted Morgan Stanley equity strategist Naoki Kamiyama.",
            "Morgan Stanley",
            "Naoki Kamiyama",
        ),
        (
            "Lib Dem foreign affairs spokesman Menzies Campbell said the plan was flawed.",
            "Lib Dem",
            "Menzies Campbell",
        ),
    ],
)
def test_a_name_qualifying_a_role_before_a_person_is_an_employer(nlp, text, employer, person):
    found = people_of(nlp, text)
    assert employer not in found
    assert person in found


def test_two_people_each_with_a_role_after_and_stay_people(nlp):
    text = (
        "The news was welcomed by Conservative leader Michael Howard and Liberal Democrat "
        "leader Charles Kennedy."
    )
    assert people_of(nlp, text) == ["Michael Howard", "Charles Kennedy"]


def test_a_surname_shared_by_two_players_keeps_them_apart(nlp):
    text = (
        "Murray returns to the fold\n\n"
        'Euan Murray has been named in the squad. "I\'m happy to be back," said Murray.\n\n'
        "Forwards: Scott Lawson (Glasgow), Euan Murray (Glasgow), Scott Murray (Edinburgh)."
    )
    assert people_of(nlp, text) == ["Euan Murray", "Scott Lawson", "Scott Murray"]


def test_a_title_case_office_before_two_unlisted_name_words_makes_a_person(nlp):
    text = "Boss Graeme Souness felt his side were never in danger against Heerenveen."
    assert people_of(nlp, text) == ["Graeme Souness"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("NM Rothschild, the investment bank, is advising the bidder.", "NM Rothschild"),
        ('"It is over," investment bank Merrill Lynch said of the brewer.', "Merrill Lynch"),
        ("Visitors were tested at Heathrow and Gatwick airports last year.", "Gatwick"),
        ("The Lib Dems warned both parties against pandering to prejudice.", "Lib Dems"),
        ("The board of Man Utd is expected to meet this week.", "Man Utd"),
    ],
)
def test_firms_places_parties_and_clubs_named_like_people(nlp, text, name):
    assert name not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "He refused to support Harold Wilson and Dame Barbara Castle over the plan.",
            "Barbara Castle",
        ),
        ("Archangel is an adaptation of the Robert Harris best-seller.", "Robert Harris"),
        ("The award went to Douglas Hodge (Dumb Show) on Sunday.", "Douglas Hodge"),
    ],
)
def test_people_whose_names_look_like_things(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_team_sheet_run_into_a_paragraph_names_people(nlp):
    text = (
        'The coach said: "It was a fantastic performance." Everton: Martyn, Hibbert, Yobo, '
        "Stubbs, Naysmith, Osman, Carsley, Arteta, Kilbane, McFadden, Bent. Subs: Wright, "
        "Pistone, Weir, Plessis, Vaughan. Referee: R Styles (Hampshire)"
    )
    found = people_of(nlp, text)
    assert {"Stubbs", "Weir", "Plessis", "Vaughan", "Kilbane"} <= set(found)
    assert "Everton" not in found


def test_a_name_beside_a_kin_noun_is_a_person_even_if_taken_for_a_product(nlp):
    text = (
        "Gov. Bartolomeo Nwachukwu and his wife, Rosamund, visited the hospital on Friday."
        '\n\n"The nurses here are heroes," she said.'
    )
    document = extract(text, nlp=nlp)
    assert [e.name for e in document.entities if e.label == "PERSON"] == [
        "Bartolomeo Nwachukwu",
        "Rosamund",
    ]
    assert [q.speaker for q in document.quotes] == ["Rosamund"]


def test_a_score_run_into_a_side_s_name_is_no_part_of_it(nlp):
    found = labels(nlp, "Everton beat Fulham 2-0 on Saturday.")
    assert "Fulham" in found and not any("2-0" in name for name in found)


def test_a_thing_s_figurative_kin_is_no_person(nlp):
    text = "Climbers then turned to Everest's little brother, Lhotse, which rises to 8,516m."
    assert people_of(nlp, text) == []


def test_a_name_in_apposition_to_a_kin_noun_is_a_person(nlp):
    text = (
        "Moazzam Begg was held for three years. Mr Begg's father, Azmat, said he would call "
        'him "a hero". Azmat Begg said he was concerned for his son.'
    )
    assert people_of(nlp, text) == ["Moazzam Begg", "Azmat Begg"]


def test_a_name_after_a_nationality_is_a_person(nlp):
    text = (
        "Slovakian Daniela Hantuchova beat Bulgarian Magdaleena Maleeva 4-6 6-4 6-3 to set up "
        "a second round clash with Russian Elena Bovina."
    )
    found = people_of(nlp, text)
    assert "Magdaleena Maleeva" in found
    assert "Elena Bovina" in found


def test_an_office_before_half_a_tagged_name_takes_the_name_whole(nlp):
    from spacy.tokens import Span

    from factx.entities import _titled_names

    doc = nlp("Cardinal Declan Kelly-Walsh said it was urgent.")
    doc.ents = [Span(doc, 2, 5, label="ORG")]  # the model tagged only "Kelly-Walsh"
    assert [span.text for span in _titled_names(doc)] == ["Declan Kelly-Walsh"]


def test_an_award_named_after_a_person_is_no_person(nlp):
    text = "She won a Tony Award in 1987 and was nominated for an Academy Award."
    assert people_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "name", "person"),
    [
        (
            "Mayer also won best male pop vocal performance. Britney Spears picked up her "
            "first ever Grammy for her song Toxic.",
            "Britney Spears",
            True,
        ),
        (
            "Annie Lennox, metal group Motorhead and dance act Basement Jaxx all took home "
            "trophies.",
            "Basement Jaxx",
            False,
        ),
        (
            "Ethiopian duo Gebre Gebremariam and Dejene Berhanu made late efforts.",
            "Gebre Gebremariam",
            True,
        ),
    ],
)
def test_her_prize_makes_a_person_and_a_dance_act_does_not(nlp, text, name, person):
    assert (name in people_of(nlp, text)) is person


def test_names_split_at_a_spaced_dash_and_joined_to_a_person_by_and(nlp):
    text = (
        "Two veterans are likely to line up against Manchester United - Paolo Maldini and "
        "Alessandro Costacurta."
    )
    found = people_of(nlp, text)
    assert "Paolo Maldini" in found
    assert "Manchester United" not in found


def test_an_organisation_tag_joined_by_and_to_a_person_is_a_person(nlp):
    from factx.entities import _Cluster, _kin_or_aged, collect_mentions

    doc = nlp("Two veterans are Paolo Maldini and Quarvino Costacurta.")
    span = doc[6:8]
    assert span.text == "Quarvino Costacurta"
    doc.ents = [
        doc.char_span(17, 30, label="PERSON"),
        doc.char_span(span.start_char, span.end_char, label="ORG"),
    ]
    cluster = _Cluster()
    for mention in collect_mentions(doc):
        if mention.text == "Quarvino Costacurta":
            cluster.add(mention)
    assert cluster.mentions and _kin_or_aged(cluster)


def test_an_organisation_tag_after_a_lower_case_role_is_a_person(nlp):
    from factx.entities import _Cluster, _kin_or_aged, collect_mentions

    doc = nlp("France will recall veteran fly-half Quarvin Delaigue for the game.")
    start = doc.text.index("Quarvin")
    doc.ents = [doc.char_span(start, start + len("Quarvin Delaigue"), label="ORG")]
    cluster = _Cluster()
    for mention in collect_mentions(doc):
        cluster.add(mention)
    assert [m.text for m in cluster.mentions] == ["Quarvin Delaigue"]
    assert _kin_or_aged(cluster)


def test_a_real_person_an_actor_portrays_is_a_person(nlp):
    text = (
        "Jamie Foxx will win best actor for his portrayal of singer Ray Charles. Other "
        "films include Kinsey, starring Liam Neeson as the famed sex scientist Alfred Kinsey."
    )
    found = people_of(nlp, text)
    assert "Ray Charles" in found and "Alfred Kinsey" in found


def test_capitalised_particle_belongs_to_the_surname(nlp):
    # "Ten" is a particle, not a number: one person, who speaks as "Ten Cate"
    text = (
        "Barcelona assistant coach Henk Ten Cate has attacked the club's critics. "
        '"It is pathetic," Ten Cate said on Thursday.'
    )
    document = extract(text, nlp=nlp)
    people = [e for e in document.entities if e.label == "PERSON"]
    assert [e.name for e in people] == ["Henk Ten Cate"]
    assert people[0].count == 2
    assert [q.speaker for q in document.quotes] == ["Henk Ten Cate"]


@pytest.mark.parametrize(
    "text",
    [
        # the model calls the bare double-barrelled surname a work or a firm
        "Senate Majority Leader Augustin Ferreira-Lund scheduled a vote for Thursday.\n\n"
        '"The American people have waited long enough," Ferreira-Lund said on the floor.',
        "Teamsters official Marguerite Olawale-Henning said the union would not endorse. "
        "Olawale-Henning added that talks went on.",
    ],
)
def test_double_barrelled_surname_alone_joins_the_full_name(nlp, text):
    document = extract(text, nlp=nlp)
    people = [e for e in document.entities if e.label == "PERSON"]
    assert len(people) == 1 and people[0].count == 2
    assert all(q.speaker == people[0].name for q in document.quotes)


def test_head_word_after_a_capitalised_particle_is_a_surname(nlp):
    # "Bank" heads names of firms, but after "Da" it is a surname
    text = (
        "The station named dance DJ Rob Da Bank for Thursdays. Rob Da Bank filled in "
        "after the host fell ill, the station said."
    )
    assert people_of(nlp, text) == ["Rob Da Bank"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a county whose parts ("Central Bedfordshire") are the subdivisions on record
        ("Born in Luton, Bedfordshire, in 1920, Hailey was an only child.", "Bedfordshire"),
        # listed beside a name with an article, which no person takes
        (
            "Prices rose most in the North West, followed by Yorkshire and the Humber.",
            "Yorkshire",
        ),
        # the last word of a work's title after a preposition
        (
            "His debut was the television screenplay Flight into Danger. Flight into Danger "
            "was sold for $600, and Flight into Danger became a novel.",
            "Danger",
        ),
        # a firm named by its kind before it
        ("The rival bid values the options and futures exchange Liffe at £1bn.", "Liffe"),
    ],
)
def test_place_title_or_firm_named_like_a_person(nlp, text, name):
    assert name not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The novel is set in Paris. The main character, Robert Langdon, also appears in "
            "Angels and Demons, as symbologist Robert Langdon follows an old trail.",
            "Robert Langdon",
        ),
        (
            "It praised his ability to create characters like Stanley Kowalski and Terry "
            "Malloy that will live forever.",
            "Terry Malloy",
        ),
    ],
)
def test_a_character_in_a_story_is_not_a_person(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_a_birthplace_before_born_is_not_a_birth_name(nlp):
    # "New York-born Aguilera" is no "(born X)": the place stays a place
    text = (DATA / "dev40/articles/entertainment_singer-christina-aguilera-to-wed.txt").read_text()
    people = {e.name: e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"}
    assert "New York" not in people
    assert "New York" not in people["Christina Aguilera"].aliases


def test_film_makers_and_co_stars_around_a_work_are_people(nlp):
    # a possessive the tagger read as a verb, a hyphened given name, and a co-star
    text = (
        "She starred in Jean-Pierre Jeunet's A Very Long Engagement and is lined up to "
        "co-star with Tom Hanks in Ron Howard's The Da Vinci Code."
    )
    assert {"Jean-Pierre Jeunet", "Tom Hanks", "Ron Howard"} <= set(people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jugnot made 5.45m Euros (£3.77m) last year, ahead of Depardieu.", "Euros"),
        ("Goals: Rooney 68, Dunne 75 og. Att: 47,111 Ref: S Bennett (Kent).", "Att"),
        (
            "The Making Decisions Alliance, which includes the Alzheimer's Society, Age Concern, "
            "Mencap and the National Autistic Society, said so.",
            "Mencap",
        ),
    ],
)
def test_a_unit_a_label_or_a_listed_body_is_not_a_person(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_the_short_referee_label_names_the_referee(nlp):
    text = "Goals: Rooney 68, Dunne 75 og. Att: 47,111 Ref: S Bennett (Kent)."
    assert "S Bennett" in people_of(nlp, text)


def test_a_nationality_inside_the_models_span_is_cut_off(nlp):
    text = (
        "Williams lost his starting place to New Zealander Jason Spice and has fallen "
        "behind in the pecking order."
    )
    assert "Jason Spice" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a firm whose last word is an ordinary word, listed with firms
        (
            "Bidders included London Clubs International, Rank Group and Stanley Leisure, "
            "who had hoped for more casinos.",
            "Stanley Leisure",
        ),
        # a title that opens with an honorific, named by its kind
        ("She won a Grammy for the hit track Lady Marmalade with Pink.", "Marmalade"),
    ],
)
def test_titles_and_firms_shaped_like_names(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_a_full_name_listed_with_mislabelled_surnames_stays_a_person(nlp):
    text = "Roxy Music was formed in 1971 by Ferry, Mackay and Brian Eno, with Manzanera later."
    assert "Brian Eno" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The prize was £50,000.\n\nBookmaker Ladbrokes said it would take bets.", "Ladbrokes"),
        ("The most recent, Freddy Vs Jason, was released in summer 2003.", "Freddy"),
    ],
)
def test_a_kind_opening_the_sentence_or_a_versus_makes_no_person(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_a_middle_initial_v_is_no_versus(nlp):
    assert "John V Smith" in people_of(nlp, "The company chairman, John V Smith, said so.")


def test_a_name_the_model_ran_into_a_date_is_found(nlp):
    text = (
        "It is not known whether the other two men released from the camp in January - "
        "Richard Belmar and Moazzam Begg - have also received letters."
    )
    assert "Richard Belmar" in people_of(nlp, text)


def test_an_untagged_star_naming_a_work_after_an_article_is_a_person(nlp):
    text = "The studio mixed the soundtrack to the Whitney Houston film The Bodyguard."
    assert "Whitney Houston" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Football's most colourful character, Paul Gascoigne, said he would return. "
            "Gascoigne was speaking in London.",
            "Paul Gascoigne",
        ),
        (
            "Characters like Souness, Ferguson and current Ibrox manager Alex McLeish all cite "
            "Smith's experience.",
            "Alex McLeish",
        ),
        ("The two protagonists, Tony Blair and Gordon Brown, met on Monday.", "Tony Blair"),
        ("The deal was signed by former newspaper publisher Lord Black on Friday.", "Black"),
        ("The Arcadia owner, retailer Sir Philip Green, made the offer.", "Philip Green"),
        ("In 1997 Blair swept to power with a large majority.", "Blair"),
        ("At 34 Agassi is still one of the best players.", "Agassi"),
        (
            'Woodward said: "This is the best squad." Woodward: 6 Nations is our priority.',
            "Woodward",
        ),
        ("Talks with Abbas ended without agreement.", "Abbas"),
        (
            "The event was attended by Marks & Spencer, Tesco, Sainsbury's and Jack Straw.",
            "Jack Straw",
        ),
        ("Network Ten Tom Jones said it was a good day.", "Tom Jones"),
    ],
)
def test_review_probes_keep_their_people(nlp, text, name):
    # each once lost to a rule of the ninth session in its first form
    assert any(name in person for person in people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Group G: Valencia, AC Milan, FC Porto, AS Monaco.", "Porto"),
        ("Sponsors include UK Sport, US Open, EU Council and BP Amoco.", "Amoco"),
        ("The firm was advised by asset manager Schroders on the deal.", "Schroders"),
        (
            "Bidders included London Clubs International, Rank Group and Stanley Leisure, who "
            "had hoped for more.",
            "Stanley Leisure",
        ),
    ],
)
def test_review_probes_make_no_people(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_a_name_opening_a_title_of_the_x_of_y_is_no_person(nlp):
    found = people_of(nlp, "It was followed by Harry Potter and the Prisoner of Azkaban.")
    assert "Harry Potter" not in found
    assert "Tony Blair" in people_of(nlp, "Tony Blair and the Prince of Wales met on Monday.")
    assert "John Smith" in people_of(nlp, "John Smith and the Bank of England disagreed.")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a capitalised role word opening a body's name is no title before a person
        ("London's International Metal Exchange remained closed for the holiday.", "Exchange"),
        # a plural noun ends no person's name
        (
            "Minister for Schools, Young People and Families Jane Smith said new plans would help.",
            "Young People",
        ),
        # a newspaper's title
        (
            "Mr McManus said they remained investors. The Sunday Telegraph says the board "
            "considered a buyout.",
            "Telegraph",
        ),
        # a feast, named like a month
        ("You do not get a clear picture of trading until about Easter, said Mr Shaw.", "Easter"),
        # "former" goes with the noun the place-named club modifies
        ("Gibbs played for St Helens from 1994-96. He is a former St Helens player.", "Helens"),
    ],
)
def test_bodies_papers_feasts_and_clubs_are_no_people(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_a_bodys_initials_written_as_a_word_join_the_body(nlp):
    text = (
        "Shares in British American Tobacco rose on Monday. A spokeswoman for Bat declined to "
        "comment. In July, Bat announced a new factory."
    )
    (body,) = [e for e in extract(text, nlp=nlp).entities if "Tobacco" in e.name]
    assert body.label == "ORG"
    assert [m.text for m in body.mentions].count("Bat") == 2
    assert "Bat" not in people_of(nlp, text)
    # a title-case word that shortens no body named in the text is left alone
    assert "Jim Courier" in people_of(nlp, "Jim Courier and Andre Agassi played on Sunday.")


def test_letters_and_generations_after_a_name_keep_its_short_forms_together(nlp):
    text = (
        "Guitarist Dave Evans Jr joined in 1978. The band began when Evans put up a notice at "
        "school."
    )
    (person,) = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [m.text for m in person.mentions] == ["Dave Evans Jr", "Evans"]
    text = (
        "The claim is made in a book published this week by Rupert Hollis QC, a member of the "
        "legal team. Mr Hollis says the advice was ignored."
    )
    assert people_of(nlp, text) == ["Rupert Hollis QC"]


def test_in_the_guise_of_is_no_part_an_actor_plays(nlp):
    text = (
        "Wales have flair in the backs, with centre Gavin Hughes in fine form. They have pace "
        "in the guise of Hughes and Shane Williams."
    )
    assert "Gavin Hughes" in people_of(nlp, text)


def test_a_full_names_possession_ends_the_name_before_a_medium(nlp):
    text = (
        "Fat Albert, a live-action adaptation of Jim Henson's TV cartoon, fell one place to "
        "number five."
    )
    assert "Jim Henson" in people_of(nlp, text)


def test_the_seat_before_a_members_title_is_no_person(nlp):
    assert people_of(nlp, "Bolton West MP Ruth Turner said she would stand again.") == [
        "Ruth Turner"
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an affiliation after a person's name
        (
            "Contestants include Jessica Taylor from Liberty-X. Each celebrity will be paired "
            "with a professional.",
            "Liberty",
        ),
        ("The 62-year-old sang Hey Jude and other hits to the crowd.", "Jude"),  # a song
        ("Movie monster Godzilla has received a star on the Walk of Fame.", "Godzilla"),
        ("The star was unveiled near Grauman's Chinese Theatre on Monday.", "Grauman"),
        ("He beat his co-star Michael Gambon, nominated for Endgame, to the prize.", "Endgame"),
        ("The mouse was developed by Xerox PARC, and used by Apple.", "Xerox"),
    ],
)
def test_bands_songs_monsters_buildings_works_and_labs_are_no_people(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a hyphened given name after a title the model ran into a body's name
        (
            "England coach Sven-Goran Eriksson has revealed that Wright-Phillips will start.",
            "Sven-Goran Eriksson",
        ),
        # a match, not a part: "played a player (X)"
        (
            "She said she had played a player (Alicia Molina) that just played out of her mind.",
            "Alicia Molina",
        ),
        # "is the editor of": what only a person is
        (
            "Owain Bennallack is the editor of a trade magazine for the games industry.",
            "Owain Bennallack",
        ),
        # a verb the model ran into the name ends it
        (
            "After good work by Ljungberg, Pascal Dumont missed Arsenal's best chance of the "
            "night.",
            "Pascal Dumont",
        ),
        ("Backbencher Stephen Pond said some MPs had been angered by the row.", "Stephen Pond"),
    ],
)
def test_people_the_model_called_bodies(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_firm_that_is_the_leader_stays_a_firm(nlp):
    assert people_of(nlp, "Apple is the leader in digital music players.") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The move won support for Michael Howard from David Davis on Monday.", "David Davis"),
        (
            "Henry whipped in a cross to Pires from Ljungberg. Ljungberg said he was pleased.",
            "Ljungberg",
        ),
        (
            'Mark Ace leads the Association of Chief Education Officers. "It will not work," said '
            "Ace.",
            "Mark Ace",
        ),
    ],
)
def test_review_probes_of_the_tenth_session_keep_their_people(nlp, text, name):
    assert name in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Leicester face a tough home game and an away trip to Calvisano to come.", "Calvisano"),
        ("Arsenal face a fifth-round trip to Bolton with a 4-2 win behind them.", "Bolton"),
        ("The firm hopes to catch up with market leader Best Buy and cut costs.", "Best Buy"),
        (
            "He starred in the 2002 hit About Schmidt, winning Jack Nicholson a nomination.",
            "Schmidt",
        ),
    ],
)
def test_trips_market_leaders_and_titles_opening_with_a_preposition_are_no_people(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_the_plural_of_a_thing_named_is_a_product(nlp):
    text = (
        "The Xbox recall affects power cables. It affects Xboxes made before October 2003. "
        "Owners should turn off their Xboxes when not in use."
    )
    assert labels(nlp, text)["Xboxes"] == "PRODUCT"


def test_a_movement_named_after_its_kind_is_no_person(nlp):
    text = "She is a member of the Catholic movement Opus Dei, friends say."
    assert "Opus Dei" not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # "games" is not the kind "like" lists: "heroes" is
        (
            "Nobody wants to play games if their heroes like Robbie Williams or Christina "
            "Aguilera are in them.",
            "Christina Aguilera",
        ),
        # a role word before a name the quotation turned into a title
        ('- Newcastle boss Graeme Souness "We deserved to win the game."', "Graeme Souness"),
        # the parse joins a given name and surname the model tagged apart
        (
            "Nicky Wire will join him on Monday, while vocalist and guitarist James Dean "
            "Bradfield will appear on Friday.",
            "James Dean Bradfield",
        ),
    ],
)
def test_people_of_the_eleventh_session(nlp, text, name):
    assert name in people_of(nlp, text)


def test_letters_joined_by_an_ampersand_are_no_persons_initials(nlp):
    text = (
        "Artists such as Terri Walker or Rhian Benson are ignored. R&B stands for rhythm "
        "and blues, and R&B is now everywhere."
    )
    assert "Rhian Benson" in people_of(nlp, text)


def test_an_initial_with_a_dot_before_a_sentence_ends_the_name(nlp):
    text = (
        "He spoke at the funerals of both Martin Luther King Jnr and Malcolm X. Besides Dee, "
        "Davis is survived by three children. Nominees include R Kelly and Jay-Z. Soul singer "
        "Stevie Wonder will be honoured. President George W. Bush sent his regards."
    )
    people = people_of(nlp, text)
    assert "Malcolm X." in people
    assert "Jay-Z." in people
    assert "George W. Bush" in people


def test_a_rugby_squad_with_particles_and_missing_commas_is_read_whole(nlp):
    text = (
        "Squad named\n\n"
        "L Dallaglio (England), B Cohen (England), P de Villiers (France), J Fourie (S Africa) "
        "T Umaga (New Zealand), S Bobo (Fiji); A Mehrtens (New Zealand) G Gregan (Australia, "
        "capt); C Hoeft (New Zealand). Reserves: B Reihana (New Zealand), B Lima (Samoa).\n"
    )
    people = people_of(nlp, text)
    for name in ("P de Villiers", "J Fourie", "T Umaga", "A Mehrtens", "G Gregan", "C Hoeft"):
        assert name in people


def test_an_untagged_full_name_whose_surname_is_tagged_elsewhere_is_a_person(nlp):
    text = (
        "Hewitt falls to Dent\n\n"
        "Lleyton Hewitt suffered a shock defeat to Taylor Dent in the quarter-finals of the "
        "Australian Hardcourt Championships in Adelaide on Friday."
    )
    assert "Lleyton Hewitt" in people_of(nlp, text)


def test_a_members_letters_before_the_name_are_a_title(nlp):
    text = (
        "MSP Karen Whitefield wants to ensure only essential shops open on Christmas Day. "
        '"We want people to tell Karen what they think," said a union official.'
    )
    assert people_of(nlp, text) == ["Karen Whitefield"]


def test_two_sides_set_against_each_other_are_two_names(nlp):
    text = "Soul and garage are worlds apart musically (Marvin Gaye v Tuff Jam?), but no doubt."
    assert "Marvin Gaye" in people_of(nlp, text)


def test_a_spaced_dash_before_a_lower_case_word_ends_a_name(nlp):
    text = (
        "The best-selling album globally was Usher's Confessions - one of eight albums to "
        "sell more than eight million copies."
    )
    names = [e.name for e in extract(text, nlp=nlp).entities]
    assert not any(name.endswith("one") for name in names)


def test_a_number_and_a_capitalised_cent_is_a_stage_name_not_money(nlp):
    text = (
        "Keane won Sound of 2004 while US rapper 50 Cent topped Sound of 2003. "
        "50 Cent announced he has launched a fund. A stamp costs 50 cents."
    )
    document = extract(text, nlp=nlp)
    assert [e.name for e in document.entities if e.label == "PERSON"][-1] == "50 Cent"
    assert [f.text for f in document.figures] == ["50 cents"]


def test_a_firm_named_after_its_founder_with_nothing_of_a_person_is_no_person(nlp):
    text = (
        "BMW to recall faulty diesel cars\n\n"
        "BMW is to recall all cars equipped with a faulty diesel fuel-injection pump supplied "
        "by parts maker Robert Bosch.\n\n"
        "The German company is to extend a planned production break due to the faulty Bosch "
        "part.\n\n"
        "Bosch has stopped production of the part but expects to restart by 2 February. "
        "When asked if BMW would be seeking compensation from Bosch, the carmaker's chief "
        "executive Helmut Panke said it was too early."
    )
    assert "Robert Bosch" not in people_of(nlp, text)


def test_a_side_whose_heading_was_lost_is_still_a_team_sheet(nlp):
    text = (
        "Ireland are without Gordon D'Arcy.\n\n"
        ": Murphy, Dempsey, Horgan, Maggs, Hickie, O'Gara, Stringer, Corrigan, Byrne, Hayes, "
        "O'Kelly, O'Connell, capt, S Easterby, O'Connor, Foley.\n\n"
        ": Sheahan, Horan, O'Callaghan, Miller, G Easterby, Humphreys, Duffy.\n"
    )
    people = people_of(nlp, text)
    for name in ("Hickie", "O'Gara", "Stringer", "S Easterby", "O'Kelly", "Horan"):
        assert name in people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Italy: G Intoppa, S Perugini, CA del Fava, D dal Maso, P Griffen, KP Robertson.",
            "D dal Maso",
        ),
        (
            "Dal Maso in for Bergamasco\n\nDavid dal Maso has been handed the task of "
            "replacing the injured Mauro Bergamasco at flanker.",
            "David dal Maso",
        ),
        (
            "The head of state-owned Naftohaz company, Yury Boyko, said he expected a deal.",
            "Yury Boyko",
        ),
        (
            '"We will appeal," Yukos spokesman Mike Lake told Agence France Presse.',
            "Mike Lake",
        ),
    ],
)
def test_people_of_the_eleventh_sessions_second_batch(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_portfolio_word_before_a_one_word_name_makes_no_person(nlp):
    text = (
        "A shortened Finance Bill would have to be passed. The full Finance Bill, with the "
        "measures, will follow. Finance Minister Ralph Goodale agreed."
    )
    assert people_of(nlp, text) == ["Ralph Goodale"]


def test_a_towns_two_word_name_after_a_prison_is_no_person(nlp):
    text = (
        "Detention in Belmarsh, London, and Woodhill, Milton Keynes, was unlawful, the judges said."
    )
    assert "Milton Keynes" not in people_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "The firm was bought by Philip Morris in 1985. Shares were bought by William Hill.",
        "The head of the energy company, Gazprom, said supplies were secure.",
        "It marks the debuts of the first Harry Potter film, Shrek and Steven Spielberg's AI.",
        "The film Kramer v Kramer won five Oscars.",
        "Microsoft, Apple, Google, Nokia, Sony, Intel, IBM, Dell, Oracle, Cisco, Yahoo, "
        "Motorola, Samsung.",
        "Greek sprinter Katerina Thanou faces a hearing. Thanou said she was innocent.",
    ],
)
def test_review_probes_of_the_eleventh_session_make_no_new_people(nlp, text):
    people = people_of(nlp, text)
    assert not {"Philip Morris", "William Hill", "Gazprom", "Shrek", "Kramer", "Google"} & set(
        people
    )


def test_sprinters_with_a_plural_role_keep_their_names(nlp):
    text = (
        "Greek sprinters Kostas Kenteris and Katerina Thanou face a hearing. The decision to "
        "clear Kenteris and Thanou was appealed. Kenteris said he was innocent."
    )
    assert "Kostas Kenteris" in people_of(nlp, text)


def test_a_middle_initial_before_a_surname_that_is_a_word_stays_in_the_name(nlp):
    text = "Columnist George F. Will wrote about it. Writer Alan B. Call said it was fine."
    names = [e.name for e in extract(text, nlp=nlp).entities]
    assert "George F. Will" in names
    assert "Alan B. Call" in names


def test_a_squad_of_names_with_their_clubs_in_brackets_is_read_line_by_line(nlp):
    text = (
        "Squad announced\n\n"
        "The selectors named 30 athletes on Tuesday.\n\n"
        "R Haldane (Kendal Harriers), P Okonedo (Bristol and West AC).\n\n"
        "Long jump: T Marwick (Leeds City AC).\n\n"
        "G Fenwick (Windsor, Slough, Eton and Hounslow AC), D Quayle (Wirral AC).\n"
    )
    people = people_of(nlp, text)
    for name in ("R Haldane", "P Okonedo", "T Marwick", "G Fenwick", "D Quayle"):
        assert name in people
    assert "Slough" not in people and "Eton" not in people
    # the clubs stay clubs
    found = labels(nlp, text)
    assert found.get("Leeds City AC") == "ORG" and found.get("Eton") == "ORG"


def test_club_entries_take_a_line_only_when_every_item_is_a_name_and_its_club():
    line = "Pole vault: N Ashby (Crawley AC), Jo Wren (Exeter Harriers)."
    names, brackets = club_entries(line, 0, len(line))
    assert [line[a:b] for a, b in names] == ["N Ashby"]
    assert [line[at:].lstrip()[:7] for at in brackets] == ["(Crawle", "(Exeter"]
    prose = "N Ashby (Crawley AC) won, and the team was delighted."
    assert club_entries(prose, 0, len(prose)) == ([], [])


def test_a_surname_the_model_calls_a_product_joins_the_person(nlp):
    text = (
        "Spurs were denied a late winner at Old Trafford after Luis Mendes' shot clearly "
        "crossed the line.\n\nMendes could not believe the 'goal' was not given after seeing "
        'a replay. He said: "My reaction was to celebrate."'
    )
    document = extract(text, nlp=nlp)
    assert [(e.name, e.aliases) for e in document.entities if "Mendes" in e.name] == [
        ("Luis Mendes", ["Mendes"])
    ]
    assert document.quotes[0].speaker == "Luis Mendes"


def test_a_given_name_and_surname_the_model_calls_a_firm_is_a_person(nlp):
    text = (
        "Wales won 3-0, but the winning try from Geoffrey Rees-Jones was controversial "
        "following a disputed touchdown."
    )
    assert labels(nlp, text)["Geoffrey Rees-Jones"] == "PERSON"


def test_a_french_article_is_no_given_name(nlp):
    text = (
        "Ireland have beaten Wales in four of their last five meetings, so the Welsh "
        "legions are likely to be behind Les Bleus on 12 March.\n"
    )
    assert labels(nlp, text).get("Les Bleus") != "PERSON"


def test_two_full_names_the_model_ran_together_with_and_are_two_people(nlp):
    text = (
        "Swansea had the schoolboy half-backs Hayden Tanner and Willie Davies. "
        "A thrilling game followed."
    )
    found = labels(nlp, text)
    assert found.get("Hayden Tanner") == "PERSON" and found.get("Willie Davies") == "PERSON"


def test_a_street_written_st_is_no_person_and_joins_the_street(nlp):
    text = (
        "Troops will help the relief effort in Indonesia, Downing Street said. Downing St "
        "said a similar offer had been made to Sri Lanka."
    )
    found = labels(nlp, text)
    assert "Downing St" not in found and found.get("Downing Street") != "PERSON"


def test_two_people_tagged_side_by_side_in_one_compound_are_one_name(nlp):
    text = (
        "The price rise has been delayed for years. President Susilo Bambang Yudhoyono's "
        "government says it cannot afford the subsidy."
    )
    assert people_of(nlp, text) == ["Susilo Bambang Yudhoyono"]


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Arsenal lost 2-1. Midfielder Edu scored a late penalty.", "Edu", "PERSON"),
        ("Peter Jackson's King Kong opened on Friday.", "King Kong", "GPE"),
        ("General Motors shares fell 3%.", "General Motors", "ORG"),
    ],
)
def test_a_title_and_a_name_the_model_calls_a_body_is_a_person(nlp, text, name, label):
    assert labels(nlp, text).get(name) == label


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Anelka has had spells at Arsenal, Real Madrid and Paris St Germain and he feels "
            "ready for a new challenge.",
            "Paris St Germain",
        ),
        (
            "Ozzy Osbourne found wider fame with his family through MTV documentary series "
            "The Osbournes.",
            "Osbournes",
        ),
    ],
)
def test_clubs_and_shows_named_like_people_are_not_people(nlp, text, name):
    assert labels(nlp, text).get(name) != "PERSON"


def test_a_rugby_side_in_position_groups_with_its_captain_marked_is_read(nlp):
    text = (
        "Bath v Leeds (Sat)\n\nThe hosts make one change.\n\n"
        "Hanbury; Maynard, Pike, Tolley, Wigmore; Hercus, Redfern (capt); Turnbull, Roddam, "
        "Stewart; Dayley, Schofield; Caillet, Carver, Chabal.\n"
    )
    people = people_of(nlp, text)
    for name in ("Hercus", "Redfern", "Schofield", "Caillet", "Chabal"):
        assert name in people


def test_a_places_people_named_with_er_are_no_person(nlp):
    text = (
        "Richard Dunne is ready to commit his future to Manchester City. But the 25-year-old "
        "Dubliner underlined his intention to stay at Eastlands."
    )
    assert people_of(nlp, text) == ["Richard Dunne"]


def test_a_club_and_a_position_before_a_hyphened_name_are_not_the_name(nlp):
    text = (
        'France coach Bernard Laporte said: "We will go to Twickenham with a little fear." '
        "Meanwhile, Perpignan centre Jean-Philippe Granclaude is delighted to have received his "
        "first call-up to the France team."
    )
    assert "Jean-Philippe Granclaude" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Philippoussis doubt over Open bid\n\nMark Philippoussis is almost certain to miss "
            "the Australian Open after suffering a groin injury.",
            "Mark Philippoussis",
        ),
        # a name of no one sex, or a title, is no given name here
        ("He met the eldest daughter of ex-King Michael of Romania.", None),
    ],
)
def test_a_given_name_that_is_also_a_word_before_an_untagged_surname(nlp, text, person):
    found = people_of(nlp, text)
    assert (person in found) if person else not any(" " in name for name in found)


def test_an_untagged_name_before_who_is_a_person(nlp):
    text = (
        "Jamie Foxx won the best actor award. DiCaprio, who lost out on the best actor Bafta "
        "to Foxx, will face him again at the Academy Awards."
    )
    assert "DiCaprio" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("Ten-year-old Dakota Fanning will play Fern in the film.", "Dakota Fanning", "PERSON"),
        # the name of a club before a noun is no person
        ("Henry, 28-year-old Arsenal striker, scored twice.", "Arsenal", None),
    ],
)
def test_an_age_right_before_a_name_makes_a_person(nlp, text, name, label):
    found = labels(nlp, text).get(name)
    assert found == label if label else found not in (None, "PERSON")


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        # untagged or mislabelled by the model, but well known
        ("Eminem and Dido topped the album chart this week.", "Eminem", None),
        ("Lleyton Hewitt suffered a shock defeat to Taylor Dent on Friday.", "Taylor Dent", None),
        ("The book was written by JRR Tolkien in the 1930s.", "JRR Tolkien", None),
        # things named like people
        (
            "Franz Ferdinand won two awards, ahead of Keane and Joss Stone.",
            "Joss Stone",
            "Franz Ferdinand",
        ),
        (
            "The deal was advised by Morgan Stanley, said Peter Smith.",
            "Peter Smith",
            "Morgan Stanley",
        ),
        ("Harry Potter fans queued all night, said Paul Jones.", "Paul Jones", "Harry Potter"),
        # a country with a person's name, and brackets are not a name's words
        (
            "It is planning a road-show for investors in Amman, Jordan, said Ali Hassan.",
            "Ali Hassan",
            "Jordan",
        ),
        (
            '"He is great, but (coach) John (Kirwan) has put together the best team," said '
            "Mario Rossi.",
            "Mario Rossi",
            "John (Kirwan",
        ),
    ],
)
def test_well_known_names_decide_people_and_things(nlp, text, person, not_person):
    found = people_of(nlp, text)
    assert person in found
    assert not_person not in found


@pytest.mark.parametrize(
    ("text", "people"),
    [
        (
            '"He will not be ready," said Wales physio Mark Davies. Sonny Parker is injured. '
            'Centre Parker has only a "slim chance" of playing.',
            ["Mark Davies", "Sonny Parker"],
        ),
        (
            "The head of the unit, Detective Chief Superintendent Mick Deats, spoke. Chief Supt "
            "Deats went on to warn of the risks.",
            ["Mick Deats"],
        ),
    ],
)
def test_roles_and_positions_before_a_name_are_not_the_name(nlp, text, people):
    assert people_of(nlp, text) == people


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "One day later De Telegraaf, a daily Amsterdam newspaper, became news. The picture "
            "was the story, said De Telegraaf's image editor, Peter Schoonen.",
            "De Telegraaf",
        ),
        (
            "Last year Pernod tried to buy Morrison Bowmore, one of Scotland's premier whisky "
            "firms, but lost out.",
            "Morrison Bowmore",
        ),
    ],
)
def test_a_paper_or_a_firm_in_apposition_is_no_person(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_a_well_known_full_name_the_model_calls_a_body_is_a_person(nlp):
    text = (
        "The clash occurred moments before half-time when a Freddie Ljungberg challenge left "
        "Gabriel Heinze on the ground."
    )
    assert "Freddie Ljungberg" in people_of(nlp, text)


def test_a_title_alone_is_no_well_known_person(nlp):
    text = "The Queen Mother opened the hospital in 1990, said Alan Brown."
    assert people_of(nlp, text) == ["Alan Brown"]


@pytest.mark.parametrize(
    ("text", "person", "not_person"),
    [
        (
            "He saw the death warrant for Charles I, the private papers and diaries.",
            "Charles I",
            None,
        ),
        (
            "Philip Green, one of Britain's richest retailers, has bought the chain.",
            "Philip Green",
            None,
        ),
        ("A Picasso sold for $104m at auction, said dealer Tom Hayes.", "Tom Hayes", "Picasso"),
    ],
)
def test_well_known_names_do_not_overrule_the_sentence(nlp, text, person, not_person):
    found = people_of(nlp, text)
    assert person in found
    assert not_person not in found


def test_where_a_singer_comes_from_is_a_place_though_also_a_given_name(nlp):
    text = (
        "Joss Stone, the 17-year-old soul singer from Devon, was a new entry in the young "
        "music millionaires list."
    )
    assert people_of(nlp, text) == ["Joss Stone"]


def test_a_name_set_off_after_a_governing_body_is_the_body(nlp):
    text = (
        "The IAAF ordered Greek athletics' governing body, Segas, to hold a disciplinary "
        "inquiry into Kostas Kenteris."
    )
    assert "Segas" not in people_of(nlp, text)


def test_a_name_before_a_set_off_dash_modifies_no_noun(nlp):
    text = (
        "The researchers - Mario Paniccia and colleagues Haisheng Rong, Richard Jones, "
        "Dani Hak and Alexander Fang - show how they have made a continuous laser."
    )
    assert "Alexander Fang" in people_of(nlp, text)


def test_the_part_an_actor_began_by_playing_is_no_person(nlp):
    text = (
        "Dan O'Herlihy has died aged 85. The actor began his film career in the 1940s, "
        "playing Macduff to Orson Welles' Macbeth in 1948."
    )
    assert "Macduff" not in people_of(nlp, text)


def test_a_name_owning_a_capitalised_common_noun_titles_a_work(nlp):
    text = "ITV's festive season includes Stephen Fry in a remake of Tom Brown's Schooldays."
    assert people_of(nlp, text) == ["Stephen Fry"]


def test_a_genre_opening_the_sentence_is_no_part_of_the_films_name(nlp):
    text = (
        "Comedy Fat Albert - co-written by Bill Cosby - entered the chart in second place "
        "with takings of $10m."
    )
    assert people_of(nlp, text) == ["Bill Cosby"]


def test_clubs_given_as_examples_are_no_people(nlp):
    text = (
        'Arsene Wenger said: "Maybe we have to start looking at clubs like Everton and '
        'Bolton to see how they have been dealing in the transfer market."'
    )
    assert people_of(nlp, text) == ["Arsene Wenger"]


def test_a_listed_sports_ground_is_no_person(nlp):
    text = (
        "Steven Gerrard has played down talk of a move. Rumours persist that he will leave "
        "Anfield if the Reds fail to secure a place in the competition."
    )
    assert people_of(nlp, text) == ["Steven Gerrard"]


def test_a_style_named_after_a_person_names_the_person(nlp):
    text = (
        'Britain could not afford the "reckless, George Bush-style tax cutting spree" '
        "planned by the Tories, he said."
    )
    document = extract(text, nlp=nlp)
    (person,) = [e for e in document.entities if e.label == "PERSON"]
    assert person.name == "George Bush"
    assert [text[m.start : m.end] for m in person.mentions] == ["George Bush"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an honorific or a politician's capitalised possession is no title of a work
        ("Mr Blair's Cabinet met on Tuesday to discuss the plans.", "Blair"),
        ("Ms Jowell's Department has been asked to respond.", "Jowell"),
        # a full name set off after a body noun holds its office
        ("The rail regulator, Tom Winsor, said the fares were too high.", "Tom Winsor"),
        ("The data watchdog, Richard Thomas, warned of the dangers.", "Richard Thomas"),
    ],
)
def test_review_misfires_of_the_fourteenth_session_stay_mended(nlp, text, name):
    assert name in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Arsenal are at home to Rosenborg and are likely to face Chelsea on Sunday.", "Chelsea"),
        (
            "Benitez is trying to win his first trophy since arriving at Liverpool from "
            "Valencia when they play Chelsea on Sunday.",
            "Valencia",
        ),
    ],
)
def test_a_club_named_like_a_person_is_no_person(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_initialled_names_with_two_particles_and_either_of_two_players(nlp):
    text = (
        "Ireland beat the Springboks at Lansdowne Road.\n\n"
        ": P Montgomery; B Paulse, M Joubert, A Willemse, J van der Westhuyzen; F Du Preez; "
        "O Du Randt, J Smit (captain), E Andrews, B Botha.\n\n"
        ": H Shimange, CJ van der Linde, G Britz, D Rossouw, G du Toit/J Fourie.\n"
    )
    people = people_of(nlp, text)
    for name in ("J van der Westhuyzen", "CJ van der Linde", "G du Toit", "J Fourie"):
        assert name in people
    assert "Westhuyzen" not in people


def test_a_bench_with_surnames_and_initialled_pairs_stays_whole(nlp):
    text = (
        "Wasps lost at home.\n\nReplacements: Gotting, McKenzie, Lock, Hart, Biljon.\n\n"
        "Murphy; Hipkiss, Smith, Gibson, Healey; Goode, Ellis; Rowntree, Chuter, White, "
        "M Johnson (capt), L Deacon; Moody, Back, Corry.\n\n"
        "Replacements (from): Buckland/Cockerill, Morris, Kay, W Johnson/B Deacon, H Tuilagi, "
        "Bemand, A Tuiliagi, Lloyd, Vesty.\n"
    )
    people = people_of(nlp, text)
    for name in ("Buckland", "Cockerill", "Bemand", "Vesty", "W Johnson", "B Deacon"):
        assert name in people


def test_a_party_the_model_took_for_a_given_name_leaves_the_whole_name(nlp):
    text = 'Mr Blair backed him, but Tory Dominic Grieve branded the affair "a mess".'
    people = people_of(nlp, text)
    assert "Dominic Grieve" in people
    assert not any(name.startswith("Tory") for name in people)


def test_a_bill_before_parliament_is_no_person_called_bill(nlp):
    text = "Ministers added the changes at a late stage of the Criminal Justice Bill. MPs objected."
    assert "Bill" not in people_of(nlp, text)


def test_a_surname_misspelt_with_a_letter_moved_is_the_same_person(nlp):
    text = (
        "The case ended the ambitions of ex-Yukos boss Mikhail Khordokovsky. "
        "Mr Khodorkovsky is in jail, and on trial for fraud."
    )
    assert people_of(nlp, text) == ["Mikhail Khordokovsky"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # an owner run into the name
        (
            "He broke his foot after a challenge with Roma's Olivier Dacourt last year.",
            "Olivier Dacourt",
        ),
        # a date run into the name
        (
            "And last November Samuel Amoah, a Belgian national, was jailed for four years.",
            "Samuel Amoah",
        ),
        # "publisher" names a firm, but a given name and a surname make a person
        (
            "The site is run by the service provider of PowerPage's publisher Jason O-Grady.",
            "Jason O-Grady",
        ),
        # a given name no census holds, with a person's role in apposition
        (
            "The machine needs 100 times more power than one for a PhD. Prassana Rambathla, "
            "one of Prof Reddy's graduate students, says that it works.",
            "Prassana Rambathla",
        ),
    ],
)
def test_a_person_the_model_ran_into_another_name_or_called_a_body(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_fellowship_after_a_possessive_is_no_person(nlp):
    text = "He was backed by the Lawyers' Christian Fellowship and others."
    assert "Christian Fellowship" not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The younger stars were represented in the shape of Emma Watson, who plays "
            "Hermione in the Harry Potter films.",
            "Hermione",
        ),
        ("Jennifer Aniston, who was Rachel in the long-running show, has a film out.", "Rachel"),
    ],
)
def test_a_part_played_in_a_work_is_no_person(nlp, text, part):
    assert part not in people_of(nlp, text)


def test_a_name_after_a_comma_inside_a_title_the_model_ran_on_is_a_person(nlp):
    text = (
        "Beyonce, Prince, Destiny's Child, Jill Scott and New Edition all received two nominations."
    )
    assert "Jill Scott" in people_of(nlp, text)


def test_eleven_surnames_before_a_labelled_bench_are_a_side(nlp):
    text = (
        "Mansfield lost at home.\n\n"
        "Pilkington, Talbot, Buxton, Dimech, Artell, Corden, Murray, Curtis, Neil, Warne, "
        "Barker. Subs Not Used: White, McIntosh, Wood, Lloyd, Herron.\n"
    )
    people = people_of(nlp, text)
    for name in ("Talbot", "Buxton", "Dimech", "Murray", "Neil", "McIntosh", "Wood", "Herron"):
        assert name in people


@pytest.mark.parametrize(
    "text",
    [
        "The former Sun editor will sit in the Simon Cowell, Mr Nasty seat on the panel.",
        "His comments come in a BBC documentary called 'No More Mr Nasty'. He laughed.",
    ],
)
def test_mr_before_a_common_word_no_one_is_named_is_a_nickname(nlp, text):
    assert "Nasty" not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vincent Cable spoke for the Lib Dems. Mr Cable said the plan was wrong.", "Cable"),
        ("Fans queued at the Apple store in the wake of Mr Jobs' speech on Tuesday.", "Jobs"),
    ],
)
def test_mr_before_a_common_word_that_is_someones_surname_is_a_person(nlp, text, name):
    assert any(person.endswith(name) for person in people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Jet Airways and Air Sahara are the two carriers that will fly the route.", "Air Sahara"),
        (
            "AMF has filed complaints against media giant Vivendi Universal, its boss and "
            "another top executive.",
            "Vivendi Universal",
        ),
        ("He could then return to St James' Park - and he says that he would love to.", "St James"),
    ],
)
def test_an_airline_a_firm_with_its_boss_and_a_saints_ground_are_no_people(nlp, text, name):
    assert name not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Documentary maker Michael Cockerell was given access to the campaign.",
            "Michael Cockerell",
        ),
        (
            "Lemar and Jamelia performed the Robert Palmer track Addicted To Love on the night.",
            "Robert Palmer",
        ),
    ],
)
def test_the_maker_of_a_work_is_a_person(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_band_called_keane_is_no_person_but_a_player_on_a_sheet_is(nlp):
    band = "The album sold in contrast to fellow Brit nominees such as Keane and Snow Patrol."
    assert "Keane" not in people_of(nlp, band)
    sheet = (
        "United won 2-0. Subs Not Used: Fowler, Sibierski. Man Utd: Carroll, Gary Neville, "
        "Ferdinand, Brown, Heinze, O'Shea (Ronaldo 33), Keane, Fortune, Fletcher (Giggs 64), "
        "Rooney, Scholes (Phil Neville 84). Subs Not Used: Howard, Bellion.\n"
    )
    assert "Keane" in people_of(nlp, sheet)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("And Uefa could also launch disciplinary proceedings against the club.", "Uefa"),
        ("Critics said it was a politically-motivated attack on Yukos.", "Yukos"),
        ("The Mac Mini was launched amid much fanfare by Apple.", "Mac Mini"),
    ],
)
def test_bodies_firms_and_products_in_the_news_are_no_people(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_a_name_with_an_age_set_off_is_a_person_but_a_points_total_is_not(nlp):
    child = (
        "His wife has been supportive and their two children Emily, 16, and Pelham, 14 were "
        "pleased."
    )
    assert "Pelham" in people_of(nlp, child)
    table = "Leaders Chelsea, 54 points, are ahead of Arsenal, 49 points, after the weekend."
    assert people_of(nlp, table) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Earlier, South Korean Hyung-Taik Lee defeated American Jan-Michael Gambill 6-3 7-6.",
            "Hyung-Taik Lee",
        ),
        ("American Taylor Dent reached the final of the event in Adelaide.", "Taylor Dent"),
        (
            "Kazakhstan has been dominated by its president Nursultan Abish-uly Nazarbayev. He "
            "has powers for life.",
            "Nursultan Abish-uly Nazarbayev",
        ),
        ("Wipro is majority owned by India's richest man Azim Premji.", "Azim Premji"),
        (
            "The plant was sold to a consortium that included Viktor Pinchuk and Rinat "
            "Akhmetov, the country's richest man, for $800m.",
            "Rinat Akhmetov",
        ),
        (
            "Four African players, including Zimbabwe goalkeeper Energy Murambadoro, are all "
            "ready to play for the club.",
            "Energy Murambadoro",
        ),
    ],
)
def test_names_after_a_nationality_a_man_or_a_role_are_whole_people(nlp, text, name):
    assert name in people_of(nlp, text)


def test_a_surname_before_da_silva_is_the_same_person(nlp):
    text = (
        "President Luiz Inacio Lula da Silva promised to reduce unemployment. Despite his "
        "leftist background, President Lula has pursued a conservative economic policy."
    )
    assert people_of(nlp, text) == ["Luiz Inacio Lula da Silva"]


def test_a_peer_owning_a_bill_is_a_person(nlp):
    text = (
        "Labour peer Lord Dubs' Succession to the Crown Bill aims to end the right of male "
        "heirs to succeed to the crown."
    )
    assert any("Dubs" in name for name in people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("They beat a very tough Everton at Stamford Bridge last month.", "Everton"),
        ("Barcelona fell to a 2-0 defeat at home to Atletico Madrid on Sunday.", "Atletico Madrid"),
        ("The fourth-quarter losses at General Motors Europe totalled $345m.", "Motors Europe"),
        (
            "The owner of brands such as Dairy Milk, Dr Pepper and Snapple generates more than "
            "80% of its sales abroad. Sales rose, with strong growth in US soft drinks, led by "
            "Dr Pepper and diet drinks.",
            "Pepper",
        ),
    ],
)
def test_clubs_a_firms_division_and_a_drink_are_no_people(nlp, text, name):
    assert name not in people_of(nlp, text)


def test_an_agent_noun_opening_a_sentence_is_no_part_of_the_name(nlp):
    text = (
        'Robbie Keane scored twice. "It was a good goal." Matchwinner Keane was another full '
        "of praise for Damien Duff."
    )
    assert "Matchwinner Keane" not in people_of(nlp, text)
    bank = 'Sales rose. Dresdner Kleinwort Wasserstein said: "It still felt like Christmas."'
    assert "Kleinwort Wasserstein" not in people_of(nlp, bank)


def test_two_listed_surnames_a_letter_apart_are_two_players(nlp):
    text = (
        "Craig Bellamy and John Hartson started up front, with Chris Sutton dropping into "
        "midfield. Ronald Waterreus and Marvin Andrews starred for the visitors.\n\n"
        ": Douglas, McNamara, Balde, Varga, Laursen, Petrov, Lennon, Sutton, Thompson, "
        "Bellamy, Hartson.\n\n"
        "Subs: Marshall, Henchoz, Juninho Paulista, Lambert, Maloney, Wallace, McGeady.\n\n"
        ": Waterreus, Hutton, Kyrgiakos, Andrews, Ball, Buffel, Ferguson, Ricksen, "
        "Vignal, Prso, Novo.\n"
    )
    names = people_of(nlp, text)
    assert "Hutton" in names and "Chris Sutton" in names


def test_a_hyphened_word_after_a_name_joins_it_only_as_a_patronymic(nlp):
    text = "Oscar-winner Andrea Arnold has been congratulated by the UK Film Council."
    names = {m.text for e in extract(text, nlp=nlp).entities for m in e.mentions}
    assert "Andrea Arnold" in names
    assert not any("winner" in name for name in names)


def test_a_squad_of_twenty_surnames_and_two_players_a_letter_apart(nlp):
    text = (
        "Coach Andy Robinson recalled Matt Dawson, with Mathew Tait, Mike Tindall, Olly "
        "Barkley, Ben Cohen and Mark Cueto also named.\n\n"
        "Balshaw, Cohen, Cueto, Lewsey, Simpson-Daniel, Voyce, Abbott, Noon, Paul, Smith, "
        "Tait, Tindall, Barkley, Hodgson, King, Wilkinson, Dawson, Ellis, Gomarsall, Rowntree.\n\n"
        "Dowson, Haughton, Monye, Roques, P Sanderson.\n"
    )
    names = people_of(nlp, text)
    assert {"Lewsey", "Hodgson", "Rowntree", "Dowson"} <= set(names)
    assert "Dawson" not in names and "Matt Dawson" in names


def test_a_name_speaking_after_a_quotation_is_a_person(nlp):
    text = (
        'The 26-year-old landed 17.30m with his final effort. "I didn\'t have a clue," said '
        'Idowu. "I\'ve not jumped indoors before."'
    )
    assert "Idowu" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'Dave Hodges has retired. "David has been a great servant to the club," said the '
            "coach.",
            "Dave Hodges",
        ),
        (
            "Danny Williams equalised for the hosts after 72 minutes.\n\n"
            "Mawson, Travis, Mkandawire, James, Robinson, Daniel Williams, Stanley, Hyde "
            "(Pitman 105), Purdie (Mills 83), Brown, Stansfield (Green 102). Subs Not Used: "
            "Smith, Scott.\n",
            "Danny Williams",
        ),
    ],
)
def test_a_familiar_form_of_a_given_name_is_the_same_person(nlp, text, expected):
    surname = expected.split()[-1]
    assert [name for name in people_of(nlp, text) if surname in name or "David" in name] == [
        expected
    ]


def test_the_one_who_said_in_an_inverted_aside_is_no_plural_subject(nlp):
    text = (
        "The European ministers' comments, said Junya Tanase of JPMorgan Chase bank in Tokyo, "
        'were "generally too weak to produce a market reaction".'
    )
    assert "Junya Tanase" in people_of(nlp, text)
    (quote,) = extract(text, nlp=nlp).quotes
    assert quote.speaker == "Junya Tanase"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "They will discuss the options with the IRB (International Rugby Board) and the Lions.",
            "Rugby Board",
        ),
        ("That was the season they disposed of Premiership Fulham at this stage.", "Fulham"),
        ("KEY MATCH STATS - BLACKBURN ROVERS against Bolton is part two of the derby.", "Bolton"),
        (
            "The research was carried out by the UK Film Council and industry training body "
            "Skillset.",
            "Skillset",
        ),
        ("AstraZeneca had hoped to pitch its drug against rival medicine Tarceva.", "Tarceva"),
    ],
)
def test_a_board_a_club_after_its_league_and_things_after_their_kind_are_no_people(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_a_player_named_with_his_position_after_play_is_a_person(nlp):
    text = '"They can play Rui Costa and play Kaka forward," Ferguson said of Milan.'
    assert "Kaka" in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Profits slide at India's Dr Reddy\n\nProfits at Indian drugmaker Dr Reddy's fell "
            "93% as research costs rose. Dr Reddy's has built its reputation on producing "
            "generic versions of drugs. Sales in Dr Reddy's generics business fell 8.6%.",
            "Reddy",
        ),
        ("It lost the rights to a generic version of the famous anti-depressant Prozac.", "Prozac"),
        (
            "The owners of Rossignol, the Boix-Vives family, are said to be considering an offer.",
            "Boix",
        ),
        (
            "Its lawyers now accept ABN Amro, BNP Paribas, Calyon, JP Morgan Chase Bank, and "
            "Dresdner Kleinwort Wasserstein were not involved.",
            "ABN Amro",
        ),
    ],
)
def test_a_firm_a_drug_and_a_family_are_no_people(nlp, text, name):
    assert not any(name in person for person in people_of(nlp, text))


def test_familiar_forms_and_surnames_first_do_not_join_other_people(nlp):
    father = (
        "Microsoft chairman Bill Gates gave $1bn to the fund. His father, William Gates, a "
        "Seattle lawyer, runs the foundation."
    )
    assert {"Bill Gates", "William Gates"} <= set(people_of(nlp, father))
    self_named = 'Manager Dave Jones praised his side. "David has been brilliant," said Jones.'
    assert "David" in people_of(nlp, self_named)
    korean = "Kim Clijsters won the title in Antwerp. In Seoul, Mr Kim said the bank would grow."
    assert len(people_of(nlp, korean)) == 2


def test_a_player_after_his_nationality_and_player_is_a_person(nlp):
    text = "World number three Roddick dropped a set to Korean player Hyung-Taik Lee in San Jose."
    assert "Hyung-Taik Lee" in people_of(nlp, text)


def test_a_given_name_and_a_surname_of_one_well_known_person_join(nlp):
    text = (
        'Ferguson handed starts to Paul Scholes and Ryan. "It was good," he said. Just before '
        "the break Giggs had a golden chance to double the advantage."
    )
    names = people_of(nlp, text)
    assert "Ryan" not in names and "Giggs" in names


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Shooter Jennings released his debut album last year to good reviews.",
            "Shooter Jennings",
        ),
        ('"David will be back next week," said Smith. James made three fine saves.', "James"),
    ],
)
def test_the_reviewers_probes_keep_their_people(nlp, text, person):
    assert person in people_of(nlp, text)


def test_a_charity_named_after_a_doctor_is_no_person(nlp):
    text = "The charity Dr Barnardo's Homes has opened a new centre in Leeds."
    assert not any("Barnardo" in name for name in people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Brazil's state oil firm will work with Venezuela. Petrobras plans to invest "
            "$500m in the fields.",
            "Petrobras",
        ),
        ("The game was published by Konami in Japan last year.", "Konami"),
    ],
)
def test_one_word_that_no_name_list_knows_is_no_person_without_evidence(nlp, text, name):
    assert labels(nlp, text)[name] != "PERSON"


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Mr Glazer's bid is being led by his two sons, Avi and Joel.", "Avi"),
        ("The play mixes Shakespeare, Yeats and O'Casey with new writing.", "O'Casey"),
        ("The South African-born Liebeneberg wins his 23rd cap.", "Liebeneberg"),
        (
            "The Nobel winners Salman Rushdie, JM Coetzee and Kazuo Ishiguro were not on the list.",
            "JM Coetzee",
        ),
    ],
)
def test_one_unknown_word_is_a_person_after_kin_beside_full_names_or_born(nlp, text, person):
    assert person in people_of(nlp, text)


def test_two_initials_the_model_left_out_open_the_name(nlp):
    text = "Past winners such as JM Coetzee have failed to make the shortlist."
    assert people_of(nlp, text) == ["JM Coetzee"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "He played undercover cop Tommy Hanson in the US series 21 Jump Street for three "
            "years.",
            "Tommy Hanson",
        ),
        (
            "Hollywood star Malkovich will play religious cult leader Humma Kavula in the film.",
            "Humma Kavula",
        ),
    ],
)
def test_a_part_played_with_its_role_or_its_show_is_no_person(nlp, text, part):
    assert part not in people_of(nlp, text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        (
            "The show won an award for a supporting role for Conleth Hill, who plays "
            "director Roger DeBris.",
            "Roger DeBris",
        ),
        (
            "Keaveney, who played Brookside's Marie Jackson when the Channel 4 soap began in "
            "1982, died on Saturday.",
            "Marie Jackson",
        ),
    ],
)
def test_a_part_played_in_a_sentence_about_acting_is_no_person(nlp, text, part):
    assert part not in people_of(nlp, text)


def test_an_opponent_played_on_a_show_court_is_a_person(nlp):
    text = "Draper played Dusan Lajovic on the main show court on Tuesday."
    assert "Dusan Lajovic" in people_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a film about a life: its parts are real people
        "The biopic, in which Liam Neeson plays Tomas Okonkwo-Reid, won praise for its star.",
        # no word of acting in the sentence: a match
        "Henman, who plays Radek Stepanek in the semi-final, said he was confident.",
    ],
)
def test_a_part_in_a_biopic_or_an_opponent_played_stays_a_person(nlp, text):
    found = people_of(nlp, text)
    assert any(name.endswith(("Okonkwo-Reid", "Stepanek")) for name in found)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Jamie Foxx plays singer Ray Charles in the film Ray.", "Ray Charles"),
        ("Henman played top seed Roger Federer in the final.", "Roger Federer"),
    ],
)
def test_a_real_person_portrayed_or_an_opponent_played_stays_a_person(nlp, text, person):
    assert person in people_of(nlp, text)


def test_a_well_known_name_after_a_capitalised_opening_word_is_found(nlp):
    text = "The scrum struggled. Replacement Gareth Cooper made the most of it by chipping ahead."
    assert people_of(nlp, text) == ["Gareth Cooper"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Newcastle struggled. But Souness's side did go ahead 11 minutes later.",
            ["Souness"],
        ),
        ("Mourinho's men were beaten at home.", ["Mourinho"]),
        ("Chelsea's side were beaten at home. Everton's squad is thin.", []),
    ],
)
def test_a_well_known_surname_owning_a_side_is_its_manager(nlp, text, expected):
    assert people_of(nlp, text) == expected


def test_a_scorer_keeps_his_name_without_the_minute_of_his_goal(nlp):
    text = (
        "Chelsea beat Liverpool 3-2 after extra time.\n\nCech, Terry, Gallas (Kezman 74), "
        "Lampard, Makelele, Drogba, Duff.\n\nGerrard 79 og, Drogba 107, Kezman 112.\n"
    )
    names = people_of(nlp, text)
    assert "Drogba" in names and "Kezman" in names
    assert not any(ch.isdigit() for name in names for ch in name)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "He won a tight 3,000m in 7:40.53. Cragg, who recently defeated Olympic 10,000m "
            "champion Kenenisa Bekele, held on. Mark Carroll, who will join Cragg in the "
            "European Indoor Championships next month, was second.",
            "Cragg",
        ),
        (
            "Federer had been in patchy form until then. Federer admitted he was under extra "
            "pressure after extending his winning run.",
            "Federer",
        ),
    ],
)
def test_a_surname_spoken_of_with_who_or_he_is_a_person(nlp, text, person):
    assert person in people_of(nlp, text)


def test_people_in_the_plural_or_a_pair_take_no_who_evidence(nlp):
    text = "Lille is a popular destination for Britons who want a taste of France."
    assert people_of(nlp, text) == []


def test_a_party_run_into_its_speakers_name_is_split(nlp):
    text = 'For the Lib Dems David Laws said: "The chancellor will no doubt tell us today."'
    assert labels(nlp, text) == {"Lib Dems": "ORG", "David Laws": "PERSON"}


def test_a_spanish_familiar_form_joins_its_given_name(nlp):
    text = (
        "Liverpool's new manager Rafael Benitez has made a good start. "
        "A £50m budget would allow Rafa to rebuild the squad."
    )
    assert people_of(nlp, text) == ["Rafael Benitez"]


@pytest.mark.parametrize(
    ("text", "relatives"),
    [
        (
            "Mr Pound said his wife Maggie had been fully supportive and their two children "
            "Emily, 16, and Pelham, 14 were pleased.",
            {"Maggie", "Emily", "Pelham"},
        ),
        (
            "Mr Howard was joined on stage by his wife Sandra, daughter Larissa and stepson "
            "Sholto.",
            {"Sandra", "Larissa", "Sholto"},
        ),
    ],
)
def test_given_names_after_a_kin_noun_are_relatives(nlp, text, relatives):
    assert relatives <= set(people_of(nlp, text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PC David Rathband was shot in the face.", ["David Rathband"]),
        ("DC Alan Jones told the court the car was stolen.", ["Alan Jones"]),
        (
            'Michael Mansfield QC said: "This is a scandal." Later, QC Michael Mansfield added '
            "more.",
            ["Michael Mansfield QC"],
        ),
        ("The Jackson 5, Boyzone and East 17 were on the bill.", []),
        ("Lazard, who is advising the board, said the offer was too low.", []),
        ("Cadbury, who makes Dairy Milk, raised prices.", []),
        ("Crewe admitted he had been a target.", []),
        ("Sainsbury's team of buyers travelled to China.", []),
        (
            "Coach Andy Robinson played Leicester's Ollie Smith at centre against Wales.",
            ["Andy Robinson", "Ollie Smith"],
        ),
    ],
)
def test_the_reviewers_probes_of_the_seventeenth_session(nlp, text, expected):
    assert people_of(nlp, text) == expected


def test_a_name_after_plural_role_noun_opening_its_list_is_a_person(nlp):
    text = "The film also features ex-Wham! backing singers Pepsi and Shirlie."
    assert "Shirlie" in people_of(nlp, text)


def test_a_place_the_model_took_for_a_person_becomes_a_place(nlp):
    text = (
        "The other protesters are John Holliday, 37, a huntsman from Ledbury, Herefordshire, "
        "Robert Thame, 34, who plays polo, and Andrew Elliot."
    )
    assert labels(nlp, text).get("Herefordshire") == "GPE"


def test_a_player_owned_by_a_club_the_model_took_for_a_person_is_a_person(nlp):
    text = (
        "Arsenal have been linked with Middlesbrough keeper Mark Schwarzer, Fulham's Edwin "
        "van der Sar and Parma's Sebastien Frey."
    )
    assert "Sebastien Frey" in people_of(nlp, text)


def test_a_work_owned_by_a_person_is_still_no_person(nlp):
    text = "The gallery bought Raphael's Madonna of the Pinks for £22m."
    assert people_of(nlp, text) == ["Raphael"]


def test_a_full_name_with_its_country_in_brackets_is_a_player(nlp):
    text = "Seeds: 27 Amelie Mauresmo (France), 28 Shinobu Asagoe (Japan), 29 Li Na (China)."
    assert people_of(nlp, text) == ["Amelie Mauresmo", "Shinobu Asagoe", "Li Na"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Argentine beat Potito Starace 6-1 7-6 (7-5) in Auckland.", ["Potito Starace"]),
        ("Chelsea beat Aston Villa 6-1 in the cup.", []),
    ],
)
def test_a_full_name_before_two_sets_scores_is_a_player(nlp, text, expected):
    assert people_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Arsenal's Edu has lifted the lid on the scenes in the tunnel. But Edu was highly "
            "critical of some challenges.",
            ["Edu"],
        ),
        (
            "The Christian Medical Fellowship (CMF) and Lawyers' Christian Fellowship have "
            "warned against the bill.",
            [],
        ),
        ("Shares in Sainsbury's Bank grew.", []),
    ],
)
def test_a_club_run_into_its_players_given_name_leaves_the_player(nlp, text, expected):
    assert people_of(nlp, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "The draw pits Real Madrid (Spain) against Bayer Leverkusen (Germany).",
        "Bidders include Deutsche Telekom (Germany) and Telecom Italia (Italy).",
        "The biggest losers were Credit Suisse (Switzerland) and Royal Dutch (Netherlands).",
    ],
)
def test_a_firm_or_club_with_its_country_in_brackets_is_no_person(nlp, text):
    assert people_of(nlp, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Daniela Hantuchova recovered from a terrible start to beat Gisela Dulko 1-6 6-4 "
            "6-4. Dulko, who had lost all three of her singles matches, grew in confidence.",
            ["Daniela Hantuchova", "Gisela Dulko"],
        ),
        ("Chelsea Harbour was quiet while Georgia Tech won.", []),
    ],
)
def test_a_given_name_the_model_took_for_a_place_takes_its_surname(nlp, text, expected):
    assert people_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title the model tagged alone, a given name it missed, a surname it tagged alone
        (
            "The scheme was backed by the council leader, Councillor Parminder Gill, who "
            "said it was overdue.",
            ["Parminder Gill"],
        ),
        # a given name taken for a firm after a title, its double surname for a product
        (
            "Analyst Beatriz Almeida-Sousa, of the research firm Canalys Point, said the "
            "phone was late.",
            ["Beatriz Almeida-Sousa"],
        ),
    ],
)
def test_a_title_announces_a_name_the_model_cut_into_other_things(nlp, text, expected):
    assert people_of(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Group leader Kang Min-jae thanked British fans in a video.", ["Kang Min-jae"]),
        (
            'Campaign manager Jae-won Park said the polls were wrong. "We are ahead," Park said.',
            ["Jae-won Park"],
        ),
        ("Ying-jeou Ma met Seo-yeon Kim in Seoul.", ["Ying-jeou Ma", "Seo-yeon Kim"]),
    ],
)
def test_a_korean_given_name_of_two_hyphened_syllables_is_part_of_the_name(nlp, text, expected):
    assert people_of(nlp, text) == expected


def test_mr_and_mrs_of_one_surname_are_each_their_own_spouse(nlp):
    text = (
        "Ambrose Tillinghast died on Sunday. His wife, Genevieve Tillinghast, said the cause "
        "was pneumonia. Mr. Tillinghast retired in 1998. Ms. Tillinghast said he was kind."
    )
    found = {e.name: len(e.mentions) for e in extract(text, nlp=nlp).entities}
    assert found == {"Ambrose Tillinghast": 2, "Genevieve Tillinghast": 2}


def test_a_given_name_before_and_a_full_name_shares_the_couples_surname(nlp):
    text = (
        "Ruth and Gareth Penhallow, whose daughter died in the crash, welcomed the fine. "
        '"Nothing can bring her back," Mrs Penhallow said. Mr Penhallow said: "We will '
        'keep fighting."'
    )
    doc = extract(text, nlp=nlp)
    assert {e.name: len(e.mentions) for e in doc.entities if e.label == "PERSON"} == {
        "Ruth Penhallow": 2,
        "Gareth Penhallow": 2,
    }
    assert [q.speaker for q in doc.quotes] == ["Ruth Penhallow", "Gareth Penhallow"]


def test_a_surname_before_and_a_full_name_is_no_couples_given_name(nlp):
    text = (
        "Rhys Williams says Wales are ready. Kevin Morgan is favourite at full-back, leaving "
        "Williams and Hal Luscombe to battle for the wing."
    )
    assert people_of(nlp, text) == ["Rhys Williams", "Kevin Morgan", "Hal Luscombe"]


def test_mrs_of_a_surname_named_in_full_only_for_her_husband_is_the_wife_named_alone(nlp):
    text = (
        "Michael Howard arrived with his wife, Sandra, on Monday. Mrs Howard will campaign "
        "in the marginal seats. Mr Howard said she was his best asset."
    )
    found = {e.name: len(e.mentions) for e in extract(text, nlp=nlp).entities}
    assert found == {"Michael Howard": 2, "Sandra Howard": 2}


def test_mr_of_a_wife_whose_relative_clause_owns_her_husband_is_the_husband(nlp):
    text = (
        "Myfanwy Stainthorpe, who runs the bakery with her husband, Hywel, said they had "
        "been close to tears. Mr Stainthorpe said the new oven would arrive in January."
    )
    found = {e.name: len(e.mentions) for e in extract(text, nlp=nlp).entities}
    assert found == {"Myfanwy Stainthorpe": 1, "Hywel Stainthorpe": 2}


def test_a_couple_announced_by_husband_and_wife_share_the_surname_whatever_the_names(nlp):
    text = (
        "The bakery was founded in 1974 by husband and wife Bleddyn and Gwenllian Tudwallis, "
        "who opened their first shop in Bangor. Mrs Tudwallis said she was heartbroken. Mr "
        "Tudwallis said the family would not bid for the business."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == {
        "Bleddyn Tudwallis": 2,
        "Gwenllian Tudwallis": 2,
    }


def test_two_given_names_before_a_surname_both_mr_and_mrs_take_are_a_couple(nlp):
    text = (
        "BBC Two has dropped the cookery series presented by Hungarian-born chefs Gyorgy and "
        "Katalin Horvath after six years. Mrs Horvath said she had heard the news from their "
        "agent. Mr Horvath said the couple would concentrate on their restaurant."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == {
        "Gyorgy Horvath": 2,
        "Katalin Horvath": 2,
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sipho Mabaso, from Croydon, left the stage in tears after the remark. His mother, "
            "Nomvula, who was in the audience, said the family had been stunned. Mrs Mabaso "
            "said he was only a child.",
            {"Sipho Mabaso": 1, "Nomvula Mabaso": 2},
        ),
        (
            "Efua Mensah-Bright, 26, designed the game. She runs the studio with her father, "
            "Kwabena, a former engineer who founded it in 1987. Mr Mensah-Bright said he had "
            "had no idea his daughter would outgrow him.",
            {"Efua Mensah-Bright": 1, "Kwabena Mensah-Bright": 2},
        ),
        (
            # the owner named two paragraphs before, a quotation between
            "Kit Penwarden, 34, a former fisherman, won 44% of the vote.\n\n"
            '"Tonight is for my father," the new MP told supporters.\n\n'
            "His mother, Morwenna, who campaigned alongside him, said the family had been "
            "overwhelmed.\n\nMrs Penwarden said her husband would have been proud.",
            {"Kit Penwarden": 1, "Morwenna Penwarden": 2},
        ),
        (
            # a son is called by his given name: "Mr Rawnsley" is the father
            "Toby Rawnsley, 47, from Lincoln, received a letter in March. His son, Zac, 16, "
            "said he had not realised he was doing anything illegal. Mr Rawnsley said the boy "
            "would pay the money back.",
            {"Toby Rawnsley": 2, "Zac": 1},
        ),
        (
            # the brother is someone else's: "Mr Varley" is Robin Varley
            "Robin Varley won best single. Later Petra Okonjo performed with her brother, "
            "Daniel, for the first time. Critics called Mr Varley overrated.",
            {"Robin Varley": 2, "Petra Okonjo": 1, "Daniel": 1},
        ),
    ],
)
def test_mr_or_mrs_is_the_kin_of_that_sex_set_beside_a_name_of_unknown_sex(nlp, text, expected):
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a full name in apposition after a role noun, whatever the model took it for
        (
            "The bookmakers made the show's news correspondent, Tunde Bakare-Smith, the "
            "early favourite.",
            ["Tunde Bakare-Smith"],
        ),
        # a role after a place that names its own holder is not the place's
        (
            "At a news conference in Nagoya, the firm's president, Hiroshi Takeda, bowed.",
            ["Hiroshi Takeda"],
        ),
    ],
)
def test_an_appositive_role_belongs_to_the_name_it_stands_beside(nlp, text, expected):
    assert people_of(nlp, text) == expected


def test_a_party_member_named_by_party_and_state_is_no_name(nlp):
    text = (
        "Rep. Wilhelmina Dorsey spoke on Tuesday. The Michigan Democrat, who faces a primary "
        "in August, said the bill was flawed."
    )
    assert people_of(nlp, text) == ["Wilhelmina Dorsey"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "his wife" after the name tells the sex, whatever the given name suggests
        (
            "Andrea Rossi, 58, and his wife were hurt. Mr Rossi was treated in hospital. "
            "Mrs Rossi was discharged.",
            {"Andrea Rossi": 2, "Rossi": 1},
        ),
        # a son is no spouse: "Mrs Howard" stays herself
        (
            "Frank Howard was injured. His son, Paul, drove. Mrs Howard, his wife, was not "
            "in the car. Mr Howard is recovering.",
            {"Frank Howard": 2, "Paul": 1, "Howard": 1},
        ),
    ],
)
def test_the_sex_a_text_gives_a_spouse_decides_mr_and_mrs(nlp, text, expected):
    found = {e.name: len(e.mentions) for e in extract(text, nlp=nlp).entities}
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Donald Trump filed his taxes. Leaders in New York honored Donald J. Trump that day.",
        "Lobbying by Joe Biden won votes. An adviser to Vice President Joseph R. Biden agreed.",
    ],
)
def test_a_name_with_and_without_middle_initial_is_one_person(nlp, text):
    assert len(people_of(nlp, text)) == 1


def test_names_a_middle_initial_apart_in_one_sentence_are_two_people(nlp):
    text = (
        "He has served under Presidents George W Bush, Bill Clinton, George Bush, and "
        "Ronald Reagan."
    )
    assert "George Bush" in people_of(nlp, text)
    assert "George W Bush" in people_of(nlp, text)


def test_a_shared_surname_goes_to_the_person_its_pronouns_fit(nlp):
    text = (
        "Dr Connie Mariano treated Hillary Clinton. Mariano, a physician under former "
        "President Bill Clinton, said that in 1998 Clinton allowed her staff to think she "
        "had pulled a muscle. Clinton did not want to stay in hospital. Later Clinton had "
        "another clot near her brain."
    )
    people = {e.name: [m.text for m in e.mentions] for e in extract(text, nlp=nlp).entities}
    assert people["Hillary Clinton"].count("Clinton") == 3
    assert people["Bill Clinton"] == ["Bill Clinton"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a role phrase before the comma of an appositive name
        (
            "The BPI's director of research, Tariq Mahmood-Ellis, described the change as overdue.",
            "Tariq Mahmood-Ellis",
        ),
        # a kin noun right before a name the census does not know
        (
            "The film was directed by Tunde's cousin Folake Adeyemi. Folake Adeyemi said she "
            "had shot the video with a borrowed camera.",
            "Folake Adeyemi",
        ),
    ],
)
def test_a_mislabelled_full_name_after_a_role_or_kin_noun_is_a_person(nlp, text, name):
    assert labels(nlp, text)[name] == "PERSON"


def test_a_korean_given_names_second_syllable_stays_in_the_name(nlp):
    text = (
        "The robot was built by a team led by Professor Oh Jun-seok at the Korea Institute. "
        "Professor Oh said it could climb stairs."
    )
    assert people_of(nlp, text) == ["Oh Jun-seok"]


@pytest.mark.parametrize(
    ("text", "people"),
    [
        # a short form with its own description is someone else
        (
            "Actor Michael J. Fox spoke at the gala. Michael Fox, a retired teacher from Hull, "
            "said he had come to see him.",
            ["Michael J. Fox", "Michael Fox"],
        ),
        # a suffix tells a son from his father
        (
            "Robert F. Kennedy Jr. spoke on Monday. His father, Robert Kennedy, was killed in "
            "1968.",
            ["Robert F. Kennedy Jr", "Robert Kennedy"],
        ),
        # two names an initial apart, each described as someone of their own
        (
            "Kim Jones, the designer, showed his collection in Paris. Kim A. Jones, a nurse "
            "from Cardiff, said she had never heard of him.",
            ["Kim Jones", "Kim A. Jones"],
        ),
        # an English word after a hyphen is no syllable of a name
        ("The Tony Blair-led government invaded Iraq in 2003.", ["Tony Blair"]),
    ],
)
def test_review_probes_of_the_twenty_second_session_keep_their_people(nlp, text, people):
    assert people_of(nlp, text) == people


def test_a_juniors_suffix_is_no_second_surname(nlp):
    text = (
        "Boxer Chris Eubank Sr watched his son Chris Eubank Jr win. "
        '"I am proud of my boy," Eubank said.'
    )
    # "Eubank" alone may be either: not the son's first surname
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Eubank"]


def test_an_untagged_double_barrelled_name_before_who_is_kept_whole(nlp):
    text = (
        "Emeka Obiakor-Reid, who streams games online, said the launch had been a mess. "
        "Obiakor-Reid asked for a refund."
    )
    assert people_of(nlp, text) == ["Emeka Obiakor-Reid"]


# the model tags the given name alone as nothing ("Ranjit") or as a body ("Hardeep", ORG)
@pytest.mark.parametrize("given", ["Ranjit", "Hardeep"])
def test_a_given_name_the_model_missed_is_the_one_person_it_opens(nlp, given):
    text = (
        f"{given} Aujla, a student at Aston University, shot a final round of 66 to qualify."
        "\n\nA spokesman for the R&A said the system was fair.\n\nAsked whether he would now "
        f"turn professional, {given} said he wanted to finish his degree first."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [(e.name, [m.text for m in e.mentions]) for e in people] == [
        (f"{given} Aujla", [f"{given} Aujla", given])
    ]


# "Tolan" alone tagged a person; "Dunleavy" and "Mrs Dunleavy" a body; one bare "Pakey"
# left untagged, found again as the daughter's
@pytest.mark.parametrize(
    ("given", "surname", "mother"),
    [("Niamh", "Tolan", "Brigid"), ("Siobhan", "Dunleavy", "Orla"), ("Dervla", "Pakey", "Sadhbh")],
)
def test_mrs_after_a_mother_comes_in_is_hers_when_the_daughter_goes_by_the_bare_surname(
    nlp, given, surname, mother
):
    text = (
        f"{given} {surname}, 19, from Oldham, sent the messages to a haulage firm after she "
        'was sacked.\n\nJudge Radley Moss said the attack had been "spiteful".\n\n'
        f"{surname} was ordered to do 200 hours of unpaid work.\n\n"
        f'Outside court, {surname} apologised. "I was stupid," she said.\n\n'
        f"Her mother, {mother}, who had sat behind her throughout the hearing, said the "
        'family had been through "a nightmare".\n\n'
        f'"She is a good girl who did a very bad thing," Mrs {surname} said.'
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == {
        f"{given} {surname}": 3,
        "Radley Moss": 1,
        f"{mother} {surname}": 2,
    }


def test_a_lower_case_miss_before_a_name_is_no_honorific(nlp):
    doc = nlp("Barkley might miss England's trip to Dublin, said Miss Amelia Hart.")
    titled = {m.text: m.titled for m in collect_mentions(doc, doc.text)}
    assert (titled["England"], titled["Amelia Hart"]) == (False, True)


def test_a_full_name_tagged_as_nothing_is_a_person_whose_surname_is_a_subject_alone(nlp):
    text = (
        "Pethick wins British title in Cardiff\n\n"
        "Cadfael Pethick became British welterweight champion on Saturday night, stopping "
        "Osgar Leggett in the ninth round in front of 5,000 fans in Cardiff.\n\n"
        "The Welshman, 26, dedicated the win to his late mother.\n\n"
        "She died last year after a long illness. Pethick had the date of her death "
        "stitched onto the waistband of his shorts."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == {"Cadfael Pethick": 2, "Osgar Leggett": 1}


def test_a_spouse_in_apposition_has_the_kin_nouns_sex_so_mrs_is_the_other_one(nlp):
    text = (
        "Parents hand in petition\n\n"
        "The petition was organised by Ifeoma Chukwuma, a former midwife. She and her "
        "husband, Obinna Chukwuma, took it to the hospital on Tuesday.\n\n"
        '"Nobody who drew up this plan has driven the road in winter," Mrs Chukwuma said.\n\n'
        "Mr Chukwuma, an engineer, said the couple would keep going."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    mrs, mr = text.index("Mrs Chukwuma") + 4, text.index("Mr Chukwuma") + 3
    assert {e.name: [m.start for m in e.mentions][1:] for e in people} == {
        "Ifeoma Chukwuma": [mrs],
        "Obinna Chukwuma": [mr],
    }


def test_two_unknown_names_round_a_quoted_nickname_are_one_person(nlp):
    text = (
        "Singer shortlisted for prize\n\n"
        "Leicester singer-songwriter Harpreet “Harp” Dhaliwal has been shortlisted for the "
        "prize for her first album.\n\n"
        "Dhaliwal said she heard the news from her brother."
    )
    assert people_counted(nlp, text) == [("Harpreet “Harp” Dhaliwal", 2)]


def test_a_body_named_with_and_inside_it_is_one_body(nlp):
    text = (
        "Ward closed\n\n"
        "A ward at the Norfolk and Norwich University Hospital has been closed. The "
        "International Federation of Red Cross and Red Crescent Societies sent help."
    )
    found = {e.name: e.label for e in extract(text, nlp=nlp).entities}
    assert found == {
        "Norfolk and Norwich University Hospital": "ORG",
        "International Federation of Red Cross and Red Crescent Societies": "ORG",
    }


@pytest.mark.parametrize(
    "body",
    [
        "Public and Commercial Services Union",
        "Pew Internet and American Life Project",
        "Texas Parks and Wildlife Department",
        "Pharmaceutical Research and Manufacturers of America",
        "Prisons and Probation Ombudsman",
    ],
)
def test_a_body_named_with_and_after_a_few_capitalised_words_is_one_body(nlp, body):
    text = f"Plan criticised\n\nThe {body} said the plan was unworkable."
    assert {e.name: e.label for e in extract(text, nlp=nlp).entities} == {body: "ORG"}


@pytest.mark.parametrize(
    ("first", "second"),
    [("Labour Party", "Electoral Commission"), ("Treasury", "Bank of England")],
)
def test_two_bodies_joined_by_and_stay_two(nlp, first, second):
    text = f"Talks held\n\nThe {first} and {second} said talks had been held."
    assert sorted(e.name for e in extract(text, nlp=nlp).entities) == sorted([first, second])


def test_a_name_set_beside_an_office_such_as_coordinator_is_a_persons(nlp):
    text = (
        "Count falls\n\n"
        "Pima County's homelessness coordinator, Meena Ramaswamy, said the count had fallen."
    )
    assert people_of(nlp, text) == ["Meena Ramaswamy"]


@pytest.mark.parametrize(
    ("rank", "given"),
    [("Col.", "Jin-ho"), ("Colonel", "Jin-ho"), ("Gen.", "Jin-ho"), ("Col.", "Min-jun")],
)
def test_a_name_ending_in_a_place_word_after_a_rank_is_a_persons_and_so_is_its_surname(
    nlp, rank, given
):
    text = (
        "Navy programme late\n\n"
        f"Pentagon press secretary {rank} {given} Park told reporters the ships were late.\n\n"
        '"We own that," Park said.'
    )
    assert people_counted(nlp, text) == [(f"{given} Park", 2)]


def test_a_full_name_tagged_as_nothing_is_a_person_whose_surname_speaks_after_words(nlp):
    text = (
        "Parish waits on aid\n\n"
        "Olumide Fadipe, the Federal Emergency Management Agency's regional administrator "
        'for Louisiana, said the agency would rule "within days, not weeks."\n\n'
        '"I know that is cold comfort," Fadipe said.'
    )
    assert people_counted(nlp, text) == [("Olumide Fadipe", 2)]


def test_a_place_set_beside_a_place_noun_and_found_in_a_place_is_no_person(nlp):
    text = (
        "Floods spread\n\n"
        "A senior official in the state capital, Guwahati, who did not want to be named, "
        "said relief efforts had been hampered.\n\n"
        "The minister later told reporters in Guwahati that he had asked for funds."
    )
    found = {e.name: e.label for e in extract(text, nlp=nlp).entities}
    assert found.get("Guwahati") == "GPE"


def test_mr_is_her_father_named_beside_his_kin_noun_whatever_the_headline_says(nlp):
    text = (
        "Teenager Ackroyd reaches Wimbledon\n\n"
        "Seventeen-year-old Chloe Ackroyd will make her Wimbledon debut next week.\n\n"
        '"I am still shaking," Ackroyd said.\n\n'
        "She is coached by her father, Steve, a former county player.\n\n"
        "Mr Ackroyd, who watched from the side of the court, admitted he had barely "
        "been able to look."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    mr = text.index("Mr Ackroyd") + 3
    assert {e.name: mr in [m.start for m in e.mentions] for e in people} == {
        "Chloe Ackroyd": False,
        "Steve Ackroyd": True,
    }


@pytest.mark.parametrize("given", ["Soo-bin", "Ye-bin", "Da-bin"])
def test_a_korean_given_name_ending_in_a_particle_word_is_kept_whole(nlp, given):
    text = (
        "Debut rewarded\n\n"
        f"The series' lead, Yoon {given}, who plays a ferry captain's daughter, was named "
        "best newcomer on Friday."
    )
    assert people_of(nlp, text) == [f"Yoon {given}"]


def test_the_family_name_of_a_korean_name_in_its_own_order_is_the_persons(nlp):
    text = (
        "Documentary wins in Busan\n\n"
        "Director Kang Ji-woon has won the top prize at the Busan festival.\n\n"
        "The documentary, Kang's second, follows three fishermen through one winter.\n\n"
        '"I owe everything to them," Kang said.'
    )
    assert people_counted(nlp, text) == [("Kang Ji-woon", 3)]


@pytest.mark.parametrize("name", ["Park Ha-min", "Cho Seung-min", "Park Hyun-min"])
def test_a_korean_name_in_its_own_order_tagged_as_a_body_is_a_persons(nlp, name):
    text = (
        "Lab opens\n\n"
        f"The new laboratory will be run by {name}, who until last year led the "
        "company's battery team in Daejeon."
    )
    assert people_of(nlp, text) == [name]


@pytest.mark.parametrize(
    ("role", "name"),
    [("principal dentist", "Hyun-woo Lee"), ("lead surgeon", "Min-jae Cho")],
)
def test_a_korean_given_name_after_an_honorific_keeps_its_family_name(nlp, role, name):
    text = (
        "Queue for dentist\n\n"
        f"The practice's {role}, Dr {name}, trained in Seoul and moved to the UK eight "
        "years ago. He said he had been astonished by the response."
    )
    assert people_of(nlp, text) == [name]


def test_mr_who_owns_the_kin_noun_beside_a_name_is_not_that_person(nlp):
    text = (
        "Rugby club sold\n\n"
        "The club's outgoing chairman, Gwyn Pritchard, said the sale had saved it.\n\n"
        "The supporters' club secretary, Rhiannon Pritchard, Mr Pritchard's daughter, said "
        "fans wanted to see a plan."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    mr = text.index("Mr Pritchard") + 3
    assert {e.name: mr in [m.start for m in e.mentions] for e in people} == {
        "Gwyn Pritchard": True,
        "Rhiannon Pritchard": False,
    }


def test_two_given_names_joined_by_a_hyphen_make_a_persons_name(nlp):
    text = (
        "Pay-off criticised\n\n"
        "In a report published on Thursday, the district auditor, Anne-Marie Lockwood, "
        "said councillors had approved the deal without proper advice."
    )
    assert people_of(nlp, text) == ["Anne-Marie Lockwood"]


def test_a_double_barrelled_surname_ending_in_a_place_word_is_a_persons(nlp):
    text = (
        "Group sues over ballots\n\n"
        "The group's president, Ngaio Fitzgerald-Park, told reporters that the lawsuit "
        "would be filed within days."
    )
    assert people_of(nlp, text) == ["Ngaio Fitzgerald-Park"]


def test_a_full_name_after_a_capitalised_common_noun_is_found_when_its_surname_asks(nlp):
    text = (
        "Democrats clash in debate\n\n"
        "Moderator Eleanor Vukic of WDIV-TV pressed each candidate on the economy.\n\n"
        '"Why should primary voters take that risk?" Vukic asked.'
    )
    assert people_counted(nlp, text) == [("Eleanor Vukic", 2)]


def test_an_untagged_korean_name_in_the_western_order_is_a_persons(nlp):
    text = (
        "Debate\n\n"
        "Jae-won Park stayed above the fray\n\n"
        "The third candidate, Jae-won Park, a former Commerce Department official and the "
        "founder of a Grand Rapids battery startup, largely avoided the crossfire.\n\n"
        '"That is the conversation voters want," Park said.'
    )
    assert people_counted(nlp, text) == [("Jae-won Park", 3)]


def test_the_people_of_a_us_state_are_nobodys_name(nlp):
    text = (
        "Governor vetoes tax cut\n\n"
        'The senator said the veto was "a slap in the face to every Kansan who is tired '
        'of paying more," and vowed to override it.'
    )
    assert people_of(nlp, text) == []


def test_an_untagged_name_with_an_age_after_it_is_a_persons(nlp):
    text = (
        "Long lines at the polls\n\n"
        "Not everyone was patient. Femi Adeyinka, 38, a warehouse supervisor who arrived "
        "at 6:45 a.m., said he waited nearly an hour."
    )
    assert people_of(nlp, text) == ["Femi Adeyinka"]


def test_a_body_after_a_capitalised_common_word_does_not_take_it_in(nlp):
    text = (
        "Asylum bill passes\n\n"
        "Outside Parliament, the Refugee Council's chief executive, Amira Khalil, had a "
        "blunt verdict on the result."
    )
    names = [e.name for e in extract(text, nlp=nlp).entities]
    assert "Outside Parliament" not in names


def test_a_korean_name_the_model_ran_into_the_place_after_it_is_a_persons(nlp):
    text = (
        "Air Force One costs questioned\n\n"
        "In a letter to the White House counsel on Friday, Rep. Jae-won Park of "
        "California, a Republican on the House Oversight Committee, asked for records.\n\n"
        '"Taxpayers deserve to know," Park said.'
    )
    assert people_counted(nlp, text) == [("Jae-won Park", 2)]


def test_a_name_after_the_district_of_is_a_place_and_the_role_is_the_next_names(nlp):
    text = (
        "Floods sweep central provinces\n\n"
        "In the district of Duc Pho, Pham Thi Lan, a 51-year-old shopkeeper, said the "
        "river rose in an hour."
    )
    document = extract(text, nlp=nlp)
    people = {e.name: e.roles for e in document.entities if e.label == "PERSON"}
    assert list(people) == ["Pham Thi Lan"]


def test_names_a_place_noun_is_equated_with_are_places(nlp):
    text = (
        "Floods kill dozens\n\n"
        "At least 30 people have died after days of rain in central Vietnam, officials say.\n\n"
        "The worst-hit provinces are Quang Tri and Thua Thien, where rivers burst their banks "
        "overnight on Tuesday, cutting off dozens of villages."
    )
    assert people_of(nlp, text) == []


def test_a_name_opening_with_a_place_in_a_list_of_places_is_no_person(nlp):
    text = (
        "Airline adds routes\n\n"
        "The carrier will fly from Leeds, Cardiff and Glasgow Prestwick to Gdansk and "
        "Katowice from next spring."
    )
    assert "Glasgow Prestwick" not in people_of(nlp, text)


def test_a_firms_head_word_ends_no_persons_name(nlp):
    text = (
        "Budget airline plans expansion\n\n"
        "The move will put SkyBaltic in competition with rivals on several routes. According "
        "to Priya Raghunathan, an analyst at the broker Dunmore Capital, the market is "
        'becoming "crowded".'
    )
    assert labels(nlp, text)["Dunmore Capital"] == "ORG"


def test_a_body_the_model_cut_before_of_keeps_the_rest_of_its_name(nlp):
    text = (
        "Nominee faces questions\n\n"
        "Business groups have been divided over the nomination. The U.S. Chamber of Commerce "
        'said in a letter to the committee that it had "serious concerns" about her record.'
    )
    assert "U.S. Chamber of Commerce" in labels(nlp, text)


def test_the_initials_of_a_departments_name_after_department_of_are_that_body(nlp):
    text = (
        "Watchdog finds VA understated wait times\n\n"
        "The Department of Veterans Affairs has been understating how long veterans wait for "
        "appointments, the Government Accountability Office said on Monday.\n\n"
        "According to the GAO, the VA agreed with four of its six recommendations."
    )
    found = {e.name: [m.text for m in e.mentions] for e in extract(text, nlp=nlp).entities}
    assert found["Department of Veterans Affairs"] == ["VA", "Department of Veterans Affairs", "VA"]


def test_a_given_name_the_model_left_out_before_a_tagged_surname_is_part_of_the_name(nlp):
    text = (
        "Councilor's daughter runs for his seat\n\n"
        "LOWELL, Mass. — For 24 years, Demetrios Kallas has represented the Acre on the City "
        "Council.\n\n"
        "Mr. Kallas, 71, announced in March that he would not seek a 13th term."
    )
    assert people_of(nlp, text) == ["Demetrios Kallas"]


def test_a_given_name_the_model_took_for_a_work_is_the_person_named_with_it(nlp):
    text = (
        "In a South Texas primary, it is Salinas versus Salinas.\n\n"
        "The two signs belong to two different candidates: state Rep. Tomás Salinas, who has "
        "represented the district for 12 years, and his younger brother, Rubén Salinas, a "
        "school board trustee. This article refers to the brothers by their first names.\n\n"
        '"I love my brother. I would take a bullet for him," Rubén said on Tuesday, standing '
        'outside a taqueria. "But I think he\'s been in Austin too long."'
    )
    assert ("Rubén Salinas", 2) in people_counted(nlp, text)


def test_a_participle_opening_the_sentence_is_no_given_name(nlp):
    text = (
        "Darren Kelleher, 31, of Bromsgrove, admitted causing death by dangerous driving at "
        "Worcester Crown Court.\n\n"
        'Sentencing Kelleher on Friday, Judge Margaret Ash told him he had made "a '
        'deliberate choice".'
    )
    assert people_of(nlp, text) == ["Darren Kelleher", "Margaret Ash"]


def test_a_given_name_tagged_a_place_is_the_brother_named_in_full(nlp):
    text = (
        "Nikos Papadakis, 41, and his younger brother, Andreas Papadakis, 36, are running.\n\n"
        "Nikos has focused on city services; Andreas has made criminal justice the center of "
        "his campaign. Nikos has more endorsements, while Andreas has outraised him."
    )
    assert dict(people_counted(nlp, text))["Andreas Papadakis"] >= 3


def test_an_aged_name_keeps_its_given_name_and_its_honorific(nlp):
    text = (
        "CHICAGO - A former senator was jailed on Tuesday.\n\n"
        "Demetrios Vlachos, 63, a Democrat, pleaded guilty in March.\n\n"
        "His daughter, Sophia Vlachos, a nurse, addressed the court.\n\n"
        "Mr. Vlachos then spoke briefly."
    )
    assert people_counted(nlp, text) == [("Demetrios Vlachos", 2), ("Sophia Vlachos", 1)]


def test_a_vietnamese_surname_like_a_particle_stays(nlp):
    text = "Tuan Le, 58, who owns a nail salon in Cambridge, said he had come to say thanks."
    assert people_of(nlp, text) == ["Tuan Le"]


def test_a_detective_chief_inspectors_rank_is_no_person(nlp):
    text = (
        "Det Ch Insp Stephen Hollis, of the Metropolitan Police's homicide command, walked "
        "with the family."
    )
    assert people_of(nlp, text) == ["Stephen Hollis"]


def test_an_attorneys_office_named_through_possessives_is_one_body(nlp):
    text = (
        "The Cook County State's Attorney's Office said in a statement that it would not "
        "retry the case."
    )
    assert "Cook County State's Attorney's Office" in labels(nlp, text)


def test_a_firms_short_name_is_found_where_the_model_missed_it(nlp):
    text = (
        "The European Commission has fined US software company Corvex Systems 280m euros.\n\n"
        "The Commission said Corvex had refused to give rivals the information they needed.\n\n"
        "Corvex, which is based in Austin, Texas, said it would appeal to the European Court "
        "of First Instance."
    )
    (firm,) = [e for e in extract(text, nlp=nlp).entities if e.name == "Corvex Systems"]
    assert len(firm.mentions) == 3


def test_the_name_someone_gives_is_a_persons(nlp):
    text = "A neighbour, who gave her name only as Maria, said she was shocked."
    assert people_of(nlp, text) == ["Maria"]
    text = "A worker who took part in a trial, and who gave her name only as Min-ji, said so."
    assert people_of(nlp, text) == ["Min-ji"]


def test_a_bare_surname_is_the_one_named_so_far_not_a_relative_named_later(nlp):
    text = (
        "Welsh comedian Gwen Pritchard has won the Golden Thistle.\n\n"
        '"I honestly thought they\'d read out the wrong name," Pritchard said.\n\n'
        "Her mother, Eirlys Pritchard, was in the audience."
    )
    (gwen,) = [e for e in extract(text, nlp=nlp).entities if e.name == "Gwen Pritchard"]
    assert [m.text for m in gwen.mentions] == ["Gwen Pritchard", "Pritchard"]


def test_a_full_name_is_the_same_name_with_its_nickname(nlp):
    text = (
        'Qualifier Shane "The Hammer" Maguire beat the champion.\n\n'
        "Shane Maguire says his nickname comes from his first job."
    )
    assert people_of(nlp, text) == ['Shane "The Hammer" Maguire']


def test_a_name_after_a_quotation_and_before_a_role_and_said_is_a_person(nlp):
    text = (
        '"These are medicines that millions of older Americans take every single day," '
        "Olumide Bankole, the administrator of the Centers for Medicare and Medicaid Services, "
        "said at a briefing."
    )
    assert people_of(nlp, text) == ["Olumide Bankole"]


def test_a_name_joined_to_a_person_by_and_is_a_person(nlp):
    text = (
        "Security staff had to separate Lewis Pritchard and Kwabena Owusu-Ansah at the "
        "weigh-in.\n\nOwusu-Ansah, who has won all 22 of his fights, laughed it off."
    )
    assert people_of(nlp, text) == ["Lewis Pritchard", "Kwabena Owusu-Ansah"]


def test_a_broadcaster_named_without_a_given_name_is_a_firm(nlp):
    text = (
        "In an interview with the German broadcaster Deutsche Welle, she said the mission "
        "was on time. Veteran broadcaster Jeremy Vine hosted the launch."
    )
    assert people_of(nlp, text) == ["Jeremy Vine"]


def test_a_role_before_a_name_is_not_the_clause_set_off_before_it(nlp):
    text = (
        "Speaking to the BBC through an interpreter, a lawyer for two of the defendants, "
        "Le Quang Huy, said the sentences were too harsh."
    )
    (lawyer,) = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert lawyer.roles == ["lawyer for two of the defendants"]


def test_a_given_name_found_a_person_later_is_the_full_name_it_opens(nlp):
    text = (
        'Prison staff missed "repeated opportunities" to prevent the death of a teenager who '
        "hanged himself in his cell, an inquest jury has concluded.\n\n"
        "Jamal Haddad, 18, was found in his cell at Moorfield Young Offender Institution, "
        "near Wakefield, in November 2005, three weeks into a four-month sentence for theft."
        "\n\nIn a narrative verdict, the jury said staff had failed to place him on suicide "
        "and self-harm monitoring despite warnings from his mother.\n\n"
        "The hearing was told that Jamal's mother, Samira Haddad, had telephoned the prison "
        "twice in the days before his death to say he had threatened to kill himself."
    )
    assert people_of(nlp, text) == ["Jamal Haddad", "Samira Haddad"]


def test_a_given_name_the_model_left_out_before_a_tagged_surname_is_the_persons(nlp):
    text = (
        "Nigeria international Emeka Nwosu has completed a move to Olympiakos.\n\n"
        "Nwosu said he had turned down offers from clubs in France."
    )
    assert people_of(nlp, text) == ["Emeka Nwosu"]


def test_an_administrator_is_an_office_before_a_name_but_an_auditor_firm_is_a_firm(nlp):
    text = (
        '"It will protect our children," EPA Administrator Olusegun Bakare said at an event.'
        "\n\nItalaudit, formerly the Italian arm of auditor Grant Thornton, faces lawsuits."
    )
    (administrator,) = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert (administrator.name, administrator.roles) == ("Olusegun Bakare", ["EPA Administrator"])


def test_a_name_a_role_is_set_off_before_is_a_persons(nlp):
    text = "Its regional organiser, Deepak Chauhan, said the union had come across cases."
    assert people_of(nlp, text) == ["Deepak Chauhan"]
    text = "Okafor's agent, Babatunde Adeyemi, said there had been interest from two clubs."
    assert people_of(nlp, text) == ["Babatunde Adeyemi"]


def test_places_named_among_provinces_or_beside_their_country_are_no_people(nlp):
    text = (
        "The virus was found on farms in three provinces, including Dong Thap and Tien Giang, "
        "in the past few weeks.\n\nA farmer near the provincial capital, Buon Ma Thuot, said "
        "prices were low.\n\nFigueiredo, 58, whose parents emigrated from Belo Horizonte, "
        "Brazil, when he was a toddler, joined the race. Assad Omar, Afghanistan's envoy to "
        "the United Nations, said the talks would go on."
    )
    assert people_of(nlp, text) == ["Figueiredo", "Assad Omar"]


def test_names_after_a_party_with_accents_and_a_tied_race_are_people(nlp):
    text = (
        "The race for Kansas governor is effectively tied, according to a poll released "
        "Monday, with Republican Bridget Harkness and Democrat Efraín Solórzano each drawing 45 "
        "percent.\n\nSolórzano said he was not surprised."
    )
    assert people_of(nlp, text) == ["Bridget Harkness", "Efraín Solórzano"]


def test_a_name_addressed_in_a_question_is_still_a_persons(nlp):
    text = (
        "Mei-Ling Zhou, who founded Parity Dollar in 2018, testified on Tuesday.\n\n"
        'The chairwoman pressed her. "Ms. Zhou, your own website promised a completed audit '
        'by March," she said.\n\nZhou said the company had struggled.'
    )
    assert people_of(nlp, text) == ["Mei-Ling Zhou"]


def test_an_untagged_name_takes_in_its_double_barrelled_surname(nlp):
    text = (
        "Senators spar over election workers bill\n\n"
        'Sen. Trent Ballard of Kentucky called the grant program "a federal takeover of '
        'elections dressed up as a safety bill."\n\n'
        "Caroline Ashby-Grant, a senior fellow at the Election Integrity Institute, a "
        "conservative research group, testified that public confidence would improve."
    )
    assert "Caroline Ashby-Grant" in people_of(nlp, text)


def test_a_campus_after_a_university_of_a_state_is_no_person(nlp):
    text = (
        "The family's lawyer, Chiara Benedetti, called Dr. Seo-yeon Hwang, a geriatrician at the "
        "University of California, Davis, who testified that the wounds were preventable."
    )
    assert people_of(nlp, text) == ["Chiara Benedetti", "Seo-yeon Hwang"]


def test_a_surname_that_modifies_a_noun_is_no_owner_of_the_kin_after_it(nlp):
    text = (
        "Profile: Simon Pellow\n\n"
        "Simon Pellow was working for Tony Marsh in his policy unit when he was leader of the "
        "opposition.\n\n"
        "And while Simon Pellow is seen as a key Marsh lieutenant his brother Ed is a special "
        "adviser to Chancellor Gordon Hale. Prior to working for Mr Marsh, Simon Pellow spent "
        "time at a think tank."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert {e.name: len(e.mentions) for e in people} == {
        "Simon Pellow": 4,
        "Tony Marsh": 3,
        "Ed": 1,
        "Gordon Hale": 1,
    }


def test_a_kin_noun_before_a_name_is_the_role_not_an_honorific(nlp):
    text = (
        "Profile: Simon Pellow\n\n"
        "Mr Pellow's family has a socialist pedigree in the form of his father Ralph, who "
        "died in 1994."
    )
    roles = {e.name: e.roles for e in extract(text, nlp=nlp).entities if e.label == "PERSON"}
    assert roles["Ralph"] == ["his father"]


def test_a_given_name_and_an_untagged_surname_with_an_age_are_a_person(nlp):
    text = (
        "Asylum backlog grows\n\n"
        "For those waiting, the delays are measured in years. Renata Sales, 41, arrived from "
        "Brazil with her two children in 2021 and applied for asylum."
    )
    assert people_of(nlp, text) == ["Renata Sales"]


def test_a_name_set_beside_a_kin_noun_is_a_relative_even_if_a_band_has_it(nlp):
    text = (
        "Maternity unit to close\n\n"
        "Dunbar, 29, delivered her first child at the hospital in 2021. She said she and her "
        "husband, Travis, had already begun looking for a rental."
    )
    assert people_of(nlp, text) == ["Dunbar", "Travis"]


def test_a_known_work_set_beside_a_noun_other_than_kin_stays_no_person(nlp):
    text = (
        "Musical opens\n\n"
        "The stage adaptation of the children's film, Mary Poppins, has had its opening night "
        "in London.\n\n"
        "Mary Poppins was originally created by author Pamela Travers."
    )
    assert people_of(nlp, text) == ["Pamela Travers"]


def test_a_party_word_after_the_and_a_hyphened_word_is_no_person(nlp):
    text = (
        "Freshman keeps her distance\n\n"
        "Rep. Chiamaka Bell voted against the bill on Tuesday.\n\n"
        "The first-term Democrat, a former Navy intelligence officer, won her seat in 2018 by "
        "fewer than 4,000 votes."
    )
    assert people_of(nlp, text) == ["Chiamaka Bell"]


def test_a_name_after_a_members_letters_is_a_person_whatever_the_model_tagged(nlp):
    text = (
        "Ferry tendering row\n\n"
        "Transport Minister Alasdair Crombie defended the plans on Tuesday.\n\n"
        "Conservative MSP Aamer Qureshi, whose party supports tendering, said competition "
        'would "drive up standards".'
    )
    assert people_of(nlp, text) == ["Alasdair Crombie", "Aamer Qureshi"]


def test_where_a_crofter_comes_from_is_no_person(nlp):
    text = (
        "Ferry tendering row\n\n"
        "Among the protesters was Donald John Morrison, a crofter from South Uist, who had "
        "travelled overnight to Edinburgh."
    )
    assert people_of(nlp, text) == ["Donald John Morrison"]


def test_a_name_after_the_island_of_is_a_place(nlp):
    text = (
        "Ferry strike strands tourists\n\n"
        "On the island of Paros, British couple Gordon and Sheila Platt, from Leicester, had "
        "been due to catch a ferry to Piraeus on Wednesday morning."
    )
    assert people_of(nlp, text) == ["Gordon Platt", "Sheila Platt"]


def test_a_bare_surname_is_not_the_relative_named_as_its_own_kin(nlp):
    text = (
        "Striker cleared\n\n"
        "Championship striker Femi Adebanjo has been cleared of assaulting a man outside a "
        "nightclub in Newcastle.\n\n"
        "The prosecution had alleged that Adebanjo punched Liam Corrigan in the face.\n\n"
        "Adebanjo's father, Tunde Adebanjo, who flew from Lagos to attend the trial, said "
        "the truth had come out."
    )
    assert people_counted(nlp, text) == [
        ("Femi Adebanjo", 3),
        ("Liam Corrigan", 1),
        ("Tunde Adebanjo", 1),
    ]


def test_a_given_name_tagged_as_a_place_takes_the_untagged_surname_after_it(nlp):
    text = (
        "Pensioner attacked\n\n"
        "A 78-year-old man has been attacked by two men in his home in Londonderry.\n\n"
        "Eamonn McCloskey was tied to a chair and struck repeatedly during the raid at his "
        "house in the Creggan area of the city on Tuesday night.\n\n"
        "Mr McCloskey is being treated in hospital. His daughter, Grainne McCloskey, said her "
        "father had been left badly shaken."
    )
    assert people_counted(nlp, text) == [("Eamonn McCloskey", 2), ("Grainne McCloskey", 1)]


def test_a_makers_name_before_its_product_is_no_person(nlp):
    text = (
        "Jewellery stolen\n\n"
        "A necklace that was an anniversary present and a Franck Muller watch Sharon said was "
        "one of only 10 made were also stolen."
    )
    assert "Franck Muller" not in people_of(nlp, text)


def test_names_before_counties_are_places(nlp):
    text = (
        "Power shut off\n\n"
        "The utility's vice president, Ilse Vandermeer, said the company began de-energizing "
        "lines in parts of Hood River, Wasco and Sherman counties, ahead of east winds."
    )
    assert people_of(nlp, text) == ["Ilse Vandermeer"]


def test_where_someone_described_by_a_job_comes_from_is_no_person(nlp):
    text = (
        "Fire spreads\n\n"
        "Sunil Rao, a retired mechanic from Kelly Ridge, said he had left with only his "
        "medications.\n\n"
        "For residents of Berry Creek, the evacuation was an all-too-familiar drill."
    )
    assert people_of(nlp, text) == ["Sunil Rao"]


def test_where_residents_live_is_no_person(nlp):
    text = (
        "Fire spreads\n\n"
        "For residents of Kelly Ridge, many of whom lost homes in 2020, the evacuation was an "
        "all-too-familiar drill."
    )
    assert people_of(nlp, text) == []


def test_a_name_with_a_particle_the_model_missed(nlp):
    text = (
        "School to close\n\n"
        "The school's headteacher, Gwyn ap Dafydd, said he was heartbroken.\n\n"
        "Mr ap Dafydd said the village would fight on."
    )
    assert people_counted(nlp, text) == [("Gwyn ap Dafydd", 2)]


def test_a_name_after_an_office_title_the_model_missed(nlp):
    text = (
        "Airline deal\n\n"
        "Minister of State for Transport Ciarán Ó Briain called the deal a vote of confidence."
        "\n\nMinister for Health Seán Kelly called it a distraction."
    )
    assert people_of(nlp, text) == ["Ciarán Ó Briain", "Seán Kelly"]


def test_mrs_with_a_widow_and_a_daughter_of_the_surname_is_the_widow(nlp):
    text = (
        "Tributes paid\n\n"
        "Tributes have been paid to community leader Adewale Ogunleye, who has died aged 79. "
        "His widow, Folake Ogunleye, 76, said the family "
        "had been overwhelmed.\n\n"
        "Their daughter, Dr Toyin Ogunleye, a consultant paediatrician, said her father had "
        "been stubborn.\n\n"
        "Mrs Ogunleye said the family planned to set up a scholarship in her husband's name."
    )
    assert people_counted(nlp, text) == [
        ("Adewale Ogunleye", 1),
        ("Folake Ogunleye", 2),
        ("Toyin Ogunleye", 1),
    ]


def test_a_bare_surname_is_its_own_bearer_s_not_part_of_a_double_barrelled_one(nlp):
    text = (
        "Inquest into boy's death\n\n"
        "Kieran Doyle-Bennett collapsed at his mother's home and died in hospital.\n\n"
        "His mother, Siobhan Doyle-Bennett, made three calls. His father, Paul Bennett, drove "
        "his son to hospital himself.\n\n"
        "Mr Bennett said he was proud of how Siobhan had fought for answers."
    )
    assert ("Paul Bennett", 2) in people_counted(nlp, text)


def test_a_name_with_a_particle_whose_surname_the_tagger_took_for_a_noun(nlp):
    text = (
        "Trains late again\n\n"
        "Plaid Cymru MS Gethin ap Dafydd, whose Cynon Uchaf constituency is among the worst "
        "affected, said the apology was too late."
    )
    assert people_of(nlp, text) == ["Gethin ap Dafydd"]


def test_a_body_s_first_word_the_model_took_for_a_people_is_part_of_it(nlp):
    text = (
        "Rail operator Cambrian Vale Trains has apologised after new figures showed almost "
        "19% of its services in the south Wales valleys were late."
    )
    assert labels(nlp, text).get("Cambrian Vale Trains") == "ORG"


def test_a_spouse_named_by_a_given_name_that_ends_the_sentence(nlp):
    text = (
        "Ferry cancelled again\n\n"
        "Those were the words of Catriona MacPhail, who runs the island's only general store "
        "with her husband, Alasdair.\n\n"
        "Mr MacPhail, who also drives the school minibus, said families were leaving."
    )
    assert people_counted(nlp, text) == [("Catriona MacPhail", 1), ("Alasdair MacPhail", 2)]


def test_a_surname_with_a_curly_apostrophe_tagged_a_noun_is_a_name(nlp):
    text = (
        "Judge blocks policy\n\n"
        "Dermot O’Keeffe, the fund’s litigation director, said at a news conference that "
        "his clients had been asked to explain complex claims.\n\n"
        "O’Keeffe said the group would ask the judge to order new interviews."
    )
    assert people_counted(nlp, text) == [("Dermot O’Keeffe", 2)]


def test_a_professor_in_apposition_makes_a_mislabelled_name_a_person(nlp):
    text = (
        "Ruling likely to survive\n\n"
        '"That is a hard opinion to reverse," said Nkechi Amadi-Ross, a professor of '
        "immigration law at the University of San Diego."
    )
    assert people_of(nlp, text) == ["Nkechi Amadi-Ross"]


def test_a_name_set_beside_the_chain_it_is_is_a_body(nlp):
    text = (
        "Nurses vote to strike\n\nThe union wants limits written into the contract.\n\n"
        "Prairie Health Partners, the Nashville-based chain that bought St. Brendan's in "
        "2021 for $310 million, said in a statement that fixed ratios were unworkable."
    )
    assert labels(nlp, text).get("Prairie Health Partners") == "ORG"


def test_a_kind_of_body_opening_an_office_s_title_is_no_body(nlp):
    text = (
        "Council tax to rise by 4.99% as Harnley cuts library hours\n\n"
        "As part of the savings, opening hours at eight of the borough's 13 libraries will "
        "be cut from 48 hours a week to 30, and the council's grant to the Harnley Arts "
        "Festival will be reduced from £80,000 to £40,000.\nCouncil leader Joanne "
        'Ashcroft-Bello said the authority had been left with "no good options".'
    )
    assert [e.name for e in extract(text, nlp=nlp).entities] == [
        "Harnley Arts Festival",
        "Joanne Ashcroft-Bello",
    ]


def test_a_place_s_curly_possessive_is_no_part_of_a_person_s_name(nlp):
    text = (
        "Fight night\n\nThe undercard features Birmingham’s Zainab Oladipo-Hart, who defends "
        "her title against Spain’s Lucía Fernández-Ortega."
    )
    assert people_of(nlp, text) == ["Zainab Oladipo-Hart", "Lucía Fernández-Ortega"]


def test_a_body_s_first_word_taken_for_a_people_is_the_body(nlp):
    # ("Meridian said in a statement ...", tagged as a people, after Meridian Terminal
    # Partners)
    text = (DATA / "synthetic" / "74B" / "articles" / "01-port-strike.txt").read_text()
    found = {e.name: e for e in extract(text, nlp=nlp).entities}
    assert "Meridian" not in found
    body = found["Meridian Terminal Partners"]
    assert (body.label, [m.text for m in body.mentions]) == (
        "ORG",
        ["Meridian Terminal Partners", "Meridian", "Meridian"],
    )


def test_firms_given_as_examples_are_bodies_however_tagged(nlp):
    text = (
        "Delivery pay\n\nThe council set wages for couriers who work for companies such as "
        "ZipCart and Hurrio.\n\nHurrio went further, saying it would add a fee."
    )
    assert labels(nlp, text) == {"ZipCart": "ORG", "Hurrio": "ORG"}


def test_a_firm_s_short_name_that_is_also_a_place_s_is_found_again(nlp):
    # ("Pinecrest, which operates 38 warehouses ..., denied wrongdoing. "...," the company
    # said": Pinecrest Logistics, though "Pinecrest" is also a place's name)
    text = (DATA / "synthetic" / "74B" / "articles" / "12-pinecrest-nlrb-complaint.txt").read_text()
    said = {q.text[:20]: q.speaker for q in extract(text, nlp=nlp).quotes}
    assert said["Pinecrest respects t"] == "Pinecrest Logistics"


def test_an_office_before_a_given_name_and_a_surname_that_are_also_words(nlp):
    text = (
        "Standoff ends\n\nSheriff Wade Rivers said Cody Lyle Pruitt walked out of a mobile "
        "home with his hands raised."
    )
    assert people_of(nlp, text) == ["Wade Rivers", "Cody Lyle Pruitt"]


def test_a_body_taken_for_a_title_is_a_body_when_it_acts(nlp):
    # ("The Bridgewater Fraternal Order of Police, which represents ..., praised the vote",
    # tagged as a work's title)
    article = DATA / "synthetic" / "75B" / "articles" / "06-bridgewater-police-overtime.txt"
    document = extract(article.read_text(), nlp=nlp)
    assert {e.name: e.label for e in document.entities}.get(
        "Bridgewater Fraternal Order of Police"
    ) == "ORG"
    said = {q.text: q.speaker for q in document.quotes}
    assert said["not a long-term solution to a staffing crisis."] == (
        "Bridgewater Fraternal Order of Police"
    )


def test_a_chain_of_honorifics_tagged_apart_leaves_the_name_whole(nlp):
    text = (
        "Cathedral appeal\n\nThe Bishop of Wexcombe, the Rt Rev Dr Miriam Achterberg-Lowe, "
        "has launched an appeal."
    )
    assert people_of(nlp, text) == ["Miriam Achterberg-Lowe"]


# Forty-sixth session: cases new synthetic sets found.


def test_a_school_named_before_a_person_in_apposition_is_no_person(nlp):
    text = (
        "Teachers strike\n\nParents scrambled. Outside Garfield Elementary, Fatima Al-Hassan, "
        "a nurse with three children in district schools, said she had arranged child care."
    )
    assert people_of(nlp, text) == ["Fatima Al-Hassan"]


def test_a_welsh_name_with_ap_and_a_members_letters_keeps_its_role(nlp):
    text = (
        "Fares cut\n\nThe Welsh Government cut fares. Their transport spokesman, Rhodri ap "
        "Dafydd MS, called the policy a headline."
    )
    document = extract(text, nlp=nlp)
    people = [(e.name, e.roles) for e in document.entities if e.label == "PERSON"]
    assert people == [("Rhodri ap Dafydd", ["Their transport spokesman"])]


def test_a_seat_before_a_members_letters_is_no_name(nlp):
    text = (
        "Slurry attack\n\nThe attack took place as Ms Kelly, a Cabinet Office minister and "
        "Bolton West MP, arrived at the school."
    )
    assert "Bolton West" not in people_of(nlp, text)


def test_a_role_after_a_members_letters_is_the_members(nlp):
    text = (
        "Stamp duty\n\nThe Liberal Democrats set out their plans. Paul Boateng MP, Labour's "
        "Chief Secretary to the Treasury, said the sums did not add up."
    )
    document = extract(text, nlp=nlp)
    people = [(e.name, e.roles) for e in document.entities if e.label == "PERSON"]
    assert people == [("Paul Boateng", ["Labour's Chief Secretary to the Treasury"])]


def test_a_name_set_off_before_a_role_is_a_person_however_parsed(nlp):
    # (the parser hung "Kiran Deshpande" as a modifier of "analyst")
    article = DATA / "synthetic" / "78A" / "articles" / "10-house-prices-keystone.txt"
    assert "Kiran Deshpande" in people_of(nlp, article.read_text())


def test_a_group_role_set_off_before_a_given_name_and_a_place_word(nlp):
    text = (
        "Savers' group\n\nThe building society confirmed the merger. Its organiser, Leanne "
        "Castle, said the group would hold the new board to its promises."
    )
    assert people_of(nlp, text) == ["Leanne Castle"]


def test_a_first_name_given_that_is_also_a_country(nlp):
    text = (
        "Fire\n\nThe fire began on Tuesday.\nA neighbor, who gave only his first name, "
        'Jordan, said the fire spread quickly. "It was fast," he said.'
    )
    assert people_of(nlp, text) == ["Jordan"]


def test_a_full_name_tagged_as_a_place_whose_surname_is_only_ever_titled(nlp):
    text = (
        "Drought\n\nOn a hot afternoon in late July, Gurpreet Sandhu kneels in a field of "
        "onions near Fenmarket and scrapes at the soil with a penknife.\n\n"
        "Mr Sandhu, 47, grows onions on 340 hectares.\n\n"
        "Mr Sandhu would like to build a reservoir too."
    )
    assert people_counted(nlp, text) == [("Gurpreet Sandhu", 3)]


def test_a_hyphenated_name_with_an_age_tagged_as_a_building(nlp):
    text = (
        "Board vote\n\nMore people spoke. A high school senior, Aiden Park-Salazar, 17, told "
        "the board that the book had made him want to read."
    )
    assert people_of(nlp, text) == ["Aiden Park-Salazar"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Gov. Teresa Montaño-Blake, a Democrat, has not taken a position.",
            ["Teresa Montaño-Blake"],
        ),
        ("Sen. Ted Kennedy-Hatch bill passed.", ["Ted Kennedy"]),
    ],
)
def test_a_double_barrelled_surname_tagged_in_part(nlp, text, expected):
    assert people_of(nlp, f"Minimum wage\n\n{text}") == expected


def test_the_honorific_is_the_relatives_when_the_one_written_about_goes_by_given_name(nlp):
    text = (
        "Inquest\n\n"
        "Kacper Nowak, 19, was taken to hospital by his father with a high temperature.\n"
        "His father, Tomasz Nowak, told the inquest that a doctor had examined his son.\n"
        "Asked whether Kacper would have survived, the doctor said it was likely.\n"
        "Mr Nowak said outside court that the apology had come too late."
    )
    assert people_counted(nlp, text) == [("Kacper Nowak", 2), ("Tomasz Nowak", 2)]


def test_the_honorific_is_the_one_written_about_when_no_one_goes_by_given_name(nlp):
    text = (
        "Inquest\n\n"
        "Kacper Nowak, 59, was taken to hospital by his son with a high temperature.\n"
        "His son, Tomasz Nowak, told the inquest that a doctor had examined his father.\n"
        "Asked whether he would have survived, the doctor said it was likely.\n"
        "Mr Nowak had worked as a builder for 40 years."
    )
    assert people_counted(nlp, text) == [("Kacper Nowak", 2), ("Tomasz Nowak", 1)]


def test_mrs_beside_ms_is_the_relative_not_the_one_written_about(nlp):
    text = (
        "Prize\n\n"
        "Adaeze Obi, 38, has won the Harwell Prize for fiction with her first novel.\n"
        "Ms Obi said the book had taken nine years to write.\n"
        "Her mother, Grace Obi, said she had read the manuscript four times.\n"
        '"She used to write stories on my shopping lists," Mrs Obi said.'
    )
    assert people_counted(nlp, text) == [("Adaeze Obi", 2), ("Grace Obi", 2)]


def test_the_bishop_of_a_place_is_an_office_not_a_vicars_surname(nlp):
    text = (
        "Bishop opens food bank as demand rises\n\n"
        "The Bishop of Wendbury has opened a food bank in a former church hall.\n\n"
        "The Rt Rev Margaret Oyelaran said families who had never needed help before were now "
        "queuing for food parcels.\n\n"
        "Canon Peter Bishop, the vicar of St Aidan's, said the decision had not been "
        "universally popular.\n\n"
        "The Bishop said she would be writing to the area's two MPs."
    )
    people = {e.name: e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"}
    assert [m.text for m in people["Peter Bishop"].mentions] == ["Peter Bishop"]
    assert people["Peter Bishop"].roles == ["Canon", "vicar of St Aidan's"]


def test_a_name_given_once_with_a_middle_name_is_one_person_with_its_short_form(nlp):
    text = (
        "Among those arrested was Travis Lee Hollis, 45, a former brand inspector, and his "
        "nephew, Bryce Hollis, 23.\n\n"
        "According to the affidavit, Travis Hollis told an undercover investigator that "
        "nobody counts cows anymore.\n\n"
        "Travis Hollis was being held on $250,000 bond."
    )
    assert people_of(nlp, text) == ["Travis Lee Hollis", "Bryce Hollis"]


def test_a_double_barrelled_surname_opening_a_sentence_is_still_one_name(nlp):
    text = (
        "Sen. Camila Ortega-Baines (D-N.M.), the ranking member, said she had urged action."
        '\n\nOrtega-Baines dismissed that argument. "Those jobs will still be there," '
        "the senator said."
    )
    assert people_counted(nlp, text) == [("Camila Ortega-Baines", 2)]


def test_a_ship_is_no_person(nlp):
    text = (
        "The operator has brought in the smaller MV Ronag, but it can run only four sailings a day."
    )
    assert people_of(nlp, text) == []


def test_a_captains_quoted_nickname_joins_a_given_name_the_census_lacks(nlp):
    text = (
        "The vessel's master, Captain Angus \u201cDodo\u201d MacAskill, has skippered the route "
        "for 22 years."
    )
    assert people_of(nlp, text) == ["Angus \u201cDodo\u201d MacAskill"]


def test_a_welsh_patronymic_runs_on_to_a_double_barrelled_surname(nlp):
    text = "Its chairman, Cllr Huw ap Rhys-Evans, said shares had been bought."
    assert people_of(nlp, text) == ["Huw ap Rhys-Evans"]


def test_brothers_named_together_in_one_tagged_body_are_two_people(nlp):
    text = "His two crewmen, brothers Liam and Connor Geddes, aged 24 and 27, were treated."
    assert people_of(nlp, text) == ["Liam Geddes", "Connor Geddes"]


def test_a_couple_with_welsh_given_names_shares_the_surname_by_sex(nlp):
    text = (
        "Its owners, Gwyn and Delyth Pritchard, announced their retirement last year.\n\n"
        'Mr Pritchard said: "We had offers."\n\n'
        '"Gwyn and I have spent our whole working lives here," Mrs Pritchard said.'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == ["Gwyn Pritchard", "Delyth Pritchard"]


def test_a_chinese_name_written_given_names_first_is_a_person(nlp):
    text = (
        "Veritrail laid off 300 staff. Jia Hui Tan, who ran product for Veritrail's flagship "
        "analytics tool, Lantern, confirmed in a post that she was among those let go."
    )
    assert people_of(nlp, text) == ["Jia Hui Tan"]


def test_a_full_name_with_an_age_after_it_is_a_person_whatever_its_tag(nlp):
    text = (
        "Funmilayo Adeyinka-Shaw, 46, was named the winner at a ceremony at the British "
        "Library in London on Tuesday evening for \u201cThe Quiet Hours\u201d, a novel about an "
        "ambulance crew."
    )
    assert people_of(nlp, text) == ["Funmilayo Adeyinka-Shaw"]


def test_a_full_name_after_an_age_epithet_is_a_person_whatever_its_tag(nlp):
    text = (
        "The figures come weeks after 17-year-old Jaden Okonkwo-Price was stabbed to death "
        "near the bus station in Carrowby."
    )
    assert people_of(nlp, text) == ["Jaden Okonkwo-Price"]


def test_members_named_after_a_double_acts_name_are_people(nlp):
    text = (
        'The prize went to the act known as "The Grannies" - Maeve Kowalczyk and Hettie '
        "Blackwood - whose show features the pair."
    )
    assert people_of(nlp, text) == ["Maeve Kowalczyk", "Hettie Blackwood"]


def test_an_office_before_a_given_name_that_is_also_a_word_names_a_person(nlp):
    text = (
        "At least three people were killed, Bellamy County Sheriff Wade Thibodeaux told "
        "reporters at an afternoon briefing."
    )
    assert people_of(nlp, text) == ["Wade Thibodeaux"]


def test_a_side_named_in_the_plural_after_a_creature_is_no_person(nlp):
    text = (
        "The Ospreys, the No. 4 seed in the region, reached the Sweet 16. Their mother sat "
        "behind the team bench in an Ospreys sweatshirt. Kurt Vandermeer said the Ospreys' "
        "defense had worn his players down."
    )
    assert people_of(nlp, text) == ["Kurt Vandermeer"]


def test_a_given_name_and_a_double_barrelled_surname_after_a_partys_possessive_is_a_person(nlp):
    text = (
        "Victoria Wells won the seat. Labour's Aled Morgan-Price came third with 6,985 votes. "
        "Mr Morgan-Price, a 29-year-old teacher, saw his share fall."
    )
    assert people_of(nlp, text) == ["Victoria Wells", "Aled Morgan-Price"]


def test_a_place_before_a_hyphened_firm_in_the_plural_is_no_person(nlp):
    text = "The suit was filed on behalf of shoppers at two Maryland Wal-Marts last week."
    assert people_of(nlp, text) == []


def test_a_common_noun_capitalised_only_where_it_opens_sentences_is_no_body(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "01-border-guard-deployment.txt"
    document = extract(article.read_text(), nlp=nlp)
    assert "Fentanyl" not in [e.name for e in document.entities]
    said = next(q for q in document.quotes if q.text.startswith("welcomes partnership"))
    assert said.speaker == "U.S. Customs and Border Protection"


def test_the_elder_of_two_of_one_surname_is_the_older_by_the_ages_given(nlp):
    text = (
        "Superintendent Lorraine Abernathy-Cole suspended coach Ray Kowalczyk. She said "
        "junior quarterback Tyler Kowalczyk, 16, should have been held out.\n\n"
        "The younger Kowalczyk went back into the game two plays after the hit.\n\n"
        "The elder Kowalczyk, 49, who has coached the Panthers for 14 seasons, said he had "
        '"followed the advice of the athletic trainer at every step".'
    )
    document = extract(text, nlp=nlp)
    ray = next(e for e in document.entities if e.name == "Ray Kowalczyk")
    assert "The elder Kowalczyk" not in [m.text for m in ray.mentions]
    assert [m.text for m in ray.mentions][-1] == "Kowalczyk"
    assert document.quotes[0].speaker == "Ray Kowalczyk"


def test_a_given_name_that_is_a_place_after_a_members_title_is_a_person(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "12-voxfabric-hearing.txt"
    assert "Beverly Okafor-Grant" in people_of(nlp, article.read_text())


def test_a_team_of_the_datelines_town_is_no_person(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "13-ironmen-suspension.txt"
    assert "Ridgeport Ironmen" not in people_of(nlp, article.read_text())


def test_a_full_name_tagged_a_body_whose_surname_is_a_word_is_a_person_once_titled(nlp):
    article = DATA / "synthetic" / "94A" / "articles" / "02-holyrood-ferries.txt"
    assert "Ewan Strand" in people_of(nlp, article.read_text())


def test_a_character_an_actor_stars_as_is_no_person(nlp):
    text = (
        "The film mixes archive footage with scenes starring Ciaran O'Shaughnessy as Eamon "
        "Quigley, a signalman who refuses to leave his box on the last night. The character "
        "is a composite, based on several railwaymen the director interviewed."
    )
    assert people_of(nlp, text) == ["Ciaran O'Shaughnessy"]


def test_a_real_person_an_actor_stars_as_is_still_a_person(nlp):
    text = (
        "The Aviator, starring Leonardo DiCaprio as Howard Hughes, ended up in third "
        "position after taking $11.4m."
    )
    assert people_of(nlp, text) == ["Leonardo DiCaprio", "Howard Hughes"]


_RUGBY_BAN = (
    "Kingsferry prop Tomasz Nowak has been banned for six weeks after a dangerous tackle on "
    "Ospreyfield scrum-half Ben Castle.\n"
    "The 29-year-old was sent off in the 63rd minute of Kingsferry's win on Saturday after "
    "his shoulder made contact with Castle's head.\n"
    "Castle, 23, failed a head injury assessment.\n"
    "Ospreyfield said Castle was expected to miss at least 12 days.\n"
    "The ban means Nowak will miss Kingsferry's next five league matches.\n"
    "Kingsferry are second in the table.\n"
)


def test_a_hyphened_role_before_a_name_makes_a_building_word_a_surname(nlp):
    assert labels(nlp, _RUGBY_BAN)["Ben Castle"] == "PERSON"


def test_the_verb_miss_before_a_name_is_no_honorific(nlp):
    assert people_of(nlp, _RUGBY_BAN) == ["Tomasz Nowak", "Ben Castle"]


def test_a_name_ending_in_properties_is_a_firm(nlp):
    text = (
        "The council has agreed to sell the Castle Walk precinct to developer Al-Rashid "
        "Properties for £3.2m.\n"
        "Al-Rashid Properties said in a statement that it would offer tenants first refusal.\n"
    )
    assert people_of(nlp, text) == []


def test_a_ranked_name_after_a_dateline_is_a_person_not_the_towns_title(nlp):
    text = (
        'JEFFERSON CITY, Mo. \u2014 Gov. Oluwaseun "Seun" Adeyemi said Monday that a measles '
        "outbreak had grown. Adeyemi said parents should check records."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [(p.name, p.roles) for p in people] == [('Oluwaseun "Seun" Adeyemi', [])]


def test_a_nickname_with_a_title_given_in_quotation_marks_is_no_person(nlp):
    text = (
        "Savers were drawn in by advertised yields of up to 18% a year. Admirers on social "
        'media had nicknamed Adrian Kovalenko "Captain Yield."'
    )
    assert people_of(nlp, text) == ["Adrian Kovalenko"]


def test_a_name_after_the_and_a_kind_of_business_is_a_firm(nlp):
    text = (
        "Prosecutors charged the founder of the cryptocurrency lender Bitvale with fraud.\n"
        "Bitvale, which filed for bankruptcy in 2022, is now run by managers. The company "
        'said in a statement that it was "cooperating fully with law enforcement".\n'
    )
    assert labels(nlp, text)["Bitvale"] == "ORG"


def test_a_whose_phrase_the_parser_set_beside_a_name_is_no_firm_in_apposition(nlp):
    text = (
        "Among the headline names is the Lagos-born novelist Chidi Okafor, whose third book, "
        "\u201cThe Salt Road\u201d, won last year\u2019s Harbour Prize for Fiction.\n"
        "Mr Okafor, 41, will discuss the novel on the opening night.\n"
    )
    assert people_of(nlp, text) == ["Chidi Okafor"]


def test_an_army_specialists_rank_is_no_person_and_whose_kin_no_title(nlp):
    text = (
        "A few rows up sat Ngozi Okafor, whose son, Spc. Chidi Okafor, 22, is on his first "
        "deployment. She had driven 3 hours with Chidi's sisters."
    )
    people = [e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"]
    assert [(p.name, p.roles) for p in people] == [("Ngozi Okafor", []), ("Chidi Okafor", [])]


def test_a_police_ranks_initials_before_a_surname_are_a_title(nlp):
    text = (
        "Speaking outside court, Detective Inspector Kwame Mensah of Nottinghamshire Police "
        "said the inquiry had involved four forces.\n"
        'DI Mensah said staff had nicknamed the brothers "the Midnight Jewellers".\n'
    )
    assert people_counted(nlp, text) == [("Kwame Mensah", 2)]


def test_a_states_abbreviation_before_who_is_no_person(nlp):
    text = (
        "Rep. Vernon Achterberg, R-Okla., who chairs the House subcommittee that oversees the "
        "agency's budget, said he was open to the request but wanted \"a plan, not a wish "
        'list."'
    )
    assert people_of(nlp, text) == ["Vernon Achterberg"]


def test_a_given_name_then_a_double_barrelled_surname_ending_in_a_place_word(nlp):
    text = (
        "Rovers coach Émile Delacroix-Park said the ban was \u201clight\u201d.\n\n"
        "\u201cEight games is nothing,\u201d Delacroix-Park said."
    )
    assert people_of(nlp, text) == ["Émile Delacroix-Park"]


def test_a_surname_of_a_number_word_and_a_noun_is_part_of_the_name(nlp):
    text = (
        "Raymond Two Bears, president of the Dakota Farmers Union, said the cuts were "
        'unfair. "People have long memories," Two Bears said.'
    )
    assert people_of(nlp, text) == ["Raymond Two Bears"]


def test_a_material_known_as_a_name_is_no_person(nlp):
    text = (
        "The school closed after engineers found panels made of reinforced autoclaved "
        "aerated concrete, known as Raac, above 14 classrooms. The government said 41 "
        "schools had been found to contain Raac."
    )
    assert people_of(nlp, text) == []


def test_a_place_after_in_opening_a_sentence_is_no_person(nlp):
    # 'In Treforgan, a mother of three who has spent 14 months in a single room said ...'
    article = DATA / "synthetic" / "108A" / "articles" / "14-senedd-social-housing-report.txt"
    assert "Treforgan" not in people_of(nlp, article.read_text())


def test_a_surname_after_a_middle_initial_and_before_jr_is_the_same_person(nlp):
    article = DATA / "synthetic" / "108B" / "articles" / "12-trammell-fired.txt"
    people = [p for p in people_counted(nlp, article.read_text()) if "Trammell" in p[0]]
    assert people == [("Hollis B. Trammell Jr", 7)]


def test_a_given_name_then_a_double_barrelled_surname_opening_with_a_place(nlp):
    # 'Tasha Beaumont-Reyes, 34, who has been in recovery ...', "Tasha" alone tagged
    article = DATA / "synthetic" / "108B" / "articles" / "13-opioid-settlement-audit.txt"
    assert "Tasha Beaumont-Reyes" in people_of(nlp, article.read_text())


def test_a_person_a_video_shows_is_still_a_person(nlp):
    article = DATA / "synthetic" / "108B" / "articles" / "14-silver-creek-officer-fired.txt"
    assert "Bradley J. Sorensen" in people_of(nlp, article.read_text())


def test_a_name_set_off_after_a_noun_for_a_person_is_a_person(nlp):
    text = (
        "Another parent, Caleb J. Vorhees, whose three children attend one of the two "
        "schools, said he still did not plan to vaccinate them."
    )
    assert people_of(nlp, text) == ["Caleb J. Vorhees"]


def test_mr_beside_a_doctor_of_the_same_surname_is_her_husband_named_in_full(nlp):
    text = (
        "A van struck Dr Carys Pennant from behind in March.\n\n"
        "Dr Pennant, a consultant and a mother of two, died at the scene.\n\n"
        "In a statement, Dr Pennant's husband, Iwan Pennant, described his wife as kind.\n\n"
        "Speaking outside court, Mr Pennant told reporters the sentence was too short."
    )
    assert people_counted(nlp, text) == [("Carys Pennant", 3), ("Iwan Pennant", 2)]


def test_a_town_given_as_an_example_of_towns_is_no_person(nlp):
    article = DATA / "synthetic" / "108A" / "articles" / "10-pritchard-lloyd-store-closure.txt"
    assert "Aberwennol" not in people_of(nlp, article.read_text())


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Councilmember Tomasz Wróblewski, seen as the swing vote, said he had been undecided.",
            "Tomasz Wróblewski",
        ),
        (
            "State climatologist Nkechi Ogundipe said parts of the region received 8 inches "
            "of rain.",
            "Nkechi Ogundipe",
        ),
        (
            "Chukwuemeka Obi, a forklift operator who helped lead the organizing drive, said "
            "the vote was close.",
            "Chukwuemeka Obi",
        ),
    ],
)
def test_an_occupation_before_a_name_or_one_said_of_a_who_makes_a_person(nlp, text, expected):
    assert people_of(nlp, text) == [expected]


def test_a_part_played_stays_no_person_though_a_who_describes_it(nlp):
    text = (
        "In the film, which opens Friday, she plays Ruth Kessler, a small-town bookkeeper who "
        "quietly steals $3 million from her neighbors."
    )
    assert "Ruth Kessler" not in people_of(nlp, text)
    # 'scenes starring Ciaran O'Shaughnessy as Eamon Quigley, a signalman who refuses ...'
    article = DATA / "synthetic" / "94A" / "articles" / "13-railway-documentary.txt"
    assert "Eamon Quigley" not in people_of(nlp, article.read_text())


def test_an_irish_surname_with_the_article_is_read_whole(nlp):
    text = (
        "Lagan Bank's managing director for retail banking, Ruairí Mac an tSaoi, told BBC "
        "News NI that staff would be offered jobs elsewhere.\n\n"
        "Mr Mac an tSaoi said the bank had made a profit of £118m last year."
    )
    assert people_counted(nlp, text) == [("Ruairí Mac an tSaoi", 2)]


def test_where_a_person_with_an_age_is_from_is_no_person(nlp):
    article = DATA / "synthetic" / "110A" / "articles" / "09-marlowe-sisters-tour-cancelled.txt"
    people = people_of(nlp, article.read_text())
    assert "Leanne Whitcombe" in people
    assert "Hull" not in people


def test_a_name_tagged_whole_with_a_quoted_nickname_keeps_its_double_barrel(nlp):
    text = (
        "Speaking side by side at City Hall, Mayor Celeste Warrington-Oyelowo and Police "
        "Chief Raymond \u201cRay\u201d Castillo-Burke said the pills were stamped to look like "
        "oxycodone.\n\n"
        "\u201cA single pill can kill you,\u201d Castillo-Burke said."
    )
    assert people_counted(nlp, text) == [
        ("Celeste Warrington-Oyelowo", 1),
        ("Raymond \u201cRay\u201d Castillo-Burke", 2),
    ]


def test_a_town_ending_in_falls_is_no_person(nlp):
    article = DATA / "synthetic" / "110B" / "articles" / "09-prairie-hope-births.txt"
    assert "Garnett Falls" not in people_of(nlp, article.read_text())


def test_a_double_barrelled_surname_said_to_be_who_is_a_person(nlp):
    # ('Okafor-Reid, who is 1.93m tall ...', the bare surname tagged a body each time)
    article = DATA / "synthetic" / "110A" / "articles" / "11-high-jump-british-record.txt"
    people = people_of(nlp, article.read_text())
    assert any(name.endswith("Okafor-Reid") for name in people)


def test_a_preposition_opening_the_sentence_is_no_part_of_a_name(nlp):
    text = (
        "Budget passes\n\n"
        "Outside Parliament, Gemma Laidlaw, 31, from Dundee, a staff nurse who had joined a "
        "rally calling for more NHS investment, said she was \u201ccautiously pleased\u201d."
    )
    assert people_of(nlp, text) == ["Gemma Laidlaw"]


def test_names_joined_before_a_plural_building_are_no_people(nlp):
    text = (
        "Board votes to close two schools\n\n"
        "Superintendent Renata Okafor-Lind said the plan would close a deficit. Whitfield and "
        "Maple Run elementary schools will close in June.\n\n"
        "Nearly 70% of the students at Whitfield and Maple Run are students of color."
    )
    assert people_of(nlp, text) == ["Renata Okafor-Lind"]


def test_a_surname_that_is_a_compass_point_stays_a_persons(nlp):
    text = "Britain's Michael East finished fourth in the 1500m final in Athens."
    assert people_of(nlp, text) == ["Michael East"]
