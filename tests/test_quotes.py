"""Quote detection and attribution."""

from __future__ import annotations

from pathlib import Path

import pytest

from factx.document import Quote
from factx.pipeline import extract
from factx.quotes import _vocatives, scan_quotes

DATA = Path(__file__).resolve().parent.parent / "data"


def quotes_of(nlp, text: str) -> list[Quote]:
    return extract(text, nlp=nlp).quotes


def speech(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.kind == "speech"]


def test_example_article_three_quotes_and_speakers(example_document):
    found = speech(example_document.quotes)
    assert len(found) == 3
    assert found[0].text.startswith("There is no Plan B")
    assert "Akiyama" in (found[0].speaker or "")
    assert "Weinstein" in (found[1].speaker or "")
    assert "Kishida" in (found[2].speaker or "")
    assert [q.cue for q in found] == ["affirmed", "outline", "articulated"]


def test_interrupted_quote_gives_two_quotes_one_speaker(nlp):
    text = 'Officials met Shinzo Abe on Monday. "We believe," Mr Abe said, "peace is possible."'
    found = quotes_of(nlp, text)
    assert [q.text for q in found] == ["We believe,", "peace is possible."]
    assert found[0].speaker == found[1].speaker
    assert "Abe" in (found[0].speaker or "")


def test_inverted_said_mr_frost_resolves_to_full_name(nlp):
    text = 'David Frost arrived late. "The deal is done," said Mr Frost.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "David Frost"
    assert quote.cue == "said"


def test_colon_attribution(nlp):
    text = 'Palestinian leader Mahmoud Abbas said: "We are ready to talk."'
    (quote,) = quotes_of(nlp, text)
    assert "Abbas" in (quote.speaker or "")
    assert quote.text == "We are ready to talk."


def test_according_to(nlp):
    text = 'The figures were "the worst in a decade", according to the British Retail Consortium.'
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "speech"
    assert quote.cue == "according to"
    assert "British Retail Consortium" in (quote.speaker or "")


def test_pronoun_he_added_resolves_to_previous_speaker(nlp):
    text = (
        'Treasury minister Paul Boateng said: "Growth is strong." '
        "The figures were published on Friday.\n\n"
        '"We expect more of the same," he added.'
    )
    found = quotes_of(nlp, text)
    assert len(found) == 2
    assert "Boateng" in (found[1].speaker or "")
    assert found[1].cue == "added"


def test_multi_paragraph_quote_without_closing_mark(nlp):
    text = (
        'Steve Radley, of the EEF, said: "These figures are at odds with the facts. '
        '"Whilst firms may struggle, recession is unlikely."'
    )
    found = quotes_of(nlp, text)
    assert [q.text for q in found] == [
        "These figures are at odds with the facts.",
        "Whilst firms may struggle, recession is unlikely.",
    ]
    assert all("Radley" in (q.speaker or "") for q in found)


def test_unclosed_quote_ends_at_line_end():
    text = 'He said "this never closes\nNext line "is fine".'
    found = scan_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["this never closes", "is fine"]


@pytest.mark.parametrize(
    "text",
    [
        'He said "hello and "" " odd "',
        '"',
        '""',
        "”backwards“ marks” and “ stray",
        "",
        "Rock 'n' roll, the 1990s' \"best\" and it’s fine \"",
        "\u201c" * 50 + "x",
    ],
)
def test_unbalanced_marks_never_fail_and_offsets_hold(nlp, text):
    for quote in quotes_of(nlp, text):
        assert text[quote.start : quote.end] == quote.text


def test_apostrophes_and_inner_single_quotes_stay_inside(nlp):
    text = "The chief said: \"It's clear the 'reform' plan isn't working.\""
    (quote,) = quotes_of(nlp, text)
    assert quote.text == "It's clear the 'reform' plan isn't working."


def test_scare_quote_is_other(nlp):
    text = 'The so-called "peace dividend" never arrived, and the plan looked "embattled".'
    found = quotes_of(nlp, text)
    assert [q.kind for q in found] == ["other", "other"]
    assert all(q.speaker is None for q in found)


def test_partial_quote_is_speech_with_speaker(nlp):
    text = 'Nestle said it had enjoyed an "exceptional" year in Asia.'
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "speech"
    assert "Nestle" in (quote.speaker or "")


def test_unnamed_speaker_is_described(nlp):
    text = 'Climate change was an issue he "wanted to progress", said a spokesman for Mr Blair.'
    (quote,) = quotes_of(nlp, text)
    assert "spokesman" in (quote.speaker or "")
    assert quote.speaker_id is None


def test_continuation_inherits_previous_speaker(nlp):
    text = (
        'Jane Smith, the head of the union, said: "We will fight this."\n\n'
        '"Nobody should lose their job over a spreadsheet."'
    )
    found = quotes_of(nlp, text)
    assert len(found) == 2
    assert found[1].speaker == found[0].speaker
    assert "Smith" in (found[1].speaker or "")
    assert found[1].cue is None


def test_title_cased_continuation_after_the_speakers_own_sentence_is_speech(nlp):
    # the sentence between the two quotations has the same speaker as its subject
    text = (
        "Melanie Harper was standing near the front. "
        '"Here comes Big Daddy," she said, clapping. "The Donald. Big Daddy."'
    )
    first, second = quotes_of(nlp, text)
    assert first.speaker == "Melanie Harper"
    assert (second.kind, second.speaker, second.cue) == ("speech", "Melanie Harper", None)


def test_offsets_hold_for_every_quote_in_the_example(example_text, example_document):
    assert example_document.quotes
    for quote in example_document.quotes:
        assert example_text[quote.start : quote.end] == quote.text


def test_speaker_text_keeps_the_appositive(nlp):
    text = (
        '"Emissions keep rising," said Michael Oppenheimer, a professor of geosciences '
        "at Princeton University."
    )
    (quote,) = quotes_of(nlp, text)
    assert "Oppenheimer" in (quote.speaker or "")
    assert "Princeton University" in (quote.speaker_text or "")


def test_attribution_after_a_full_stop(nlp):
    text = (
        "Arthur Hailey wrote novels.\n\n"
        '"I fell to daydreaming on the plane." Hailey later recalled.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Arthur Hailey"
    assert quote.cue == "recalled"


def test_definite_description_resolves_to_the_titled_person(nlp):
    text = (
        "Chief executive Geoff Dixon met the unions on Monday.\n\n"
        '"We are committed to jobs in Australia," the chief executive said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Geoff Dixon"


def test_title_after_a_preposition_is_other(nlp):
    text = 'Speaking on "Meet the Press", the senator said the plan would fail.'
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "other"


def test_epithet_for_a_named_player(nlp):
    text = (
        'Thierry Henry scored twice on Saturday. "I am delighted," said the striker. '
        '"The lads were brilliant."'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == ["Thierry Henry", "Thierry Henry"]
    assert found[0].speaker_text == "the striker"


def test_document_speaks_for_its_author(nlp):
    text = 'The IMF\'s report said: "Growth will slow."'
    (quote,) = quotes_of(nlp, text)
    assert "IMF" in (quote.speaker or "")


def test_dash_signature_after_the_quote(nlp):
    text = (
        "“He makes simple blanket statements.”― Pamela Padilla\n“I am ashamed.” ― Jacklyn Ashley\n"
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == ["Pamela Padilla", "Jacklyn Ashley"]


def test_age_epithet_is_the_salient_person(nlp):
    text = 'James Mole won the race. "I am qualified now," said the 28-year-old.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "James Mole"


def test_object_control_speaker(nlp):
    text = 'A late show led 12 viewers to complain he was "lewd".'
    (quote,) = quotes_of(nlp, text)
    assert "viewers" in (quote.speaker or "")


def test_statement_read_speaks_for_its_owner(nlp):
    text = (
        "The complaints were upheld.\n\n"
        '"The singer had been asked to tone his act down," a BBC statement read.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "BBC"


def test_reflexive_pronoun_is_not_an_inverted_speaker(nlp):
    text = (
        "Ms Cooper also said that Mr Ebbers passed questions to his finance chief, "
        'giving only "brief" answers himself.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Cooper"


def test_quote_goes_on_over_a_short_unquoted_paragraph():
    text = 'He said: "I wanted a\n\nreal\n\nfight," says Mr Major. Then "more" came.'
    found = scan_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["I wanted a\n\nreal\n\nfight,", "more"]


def test_two_apostrophes_are_not_a_quotation_mark():
    # The answer-key format (and PolNeAR, whose NYT copy uses them) reads quotes by double
    # quotation marks only.
    text = "''We gave him a chance,'' said the coach. \"Ready,\" he said."
    found = scan_quotes(text)
    assert [text[q.start : q.end] for q in found] == ["Ready,"]


def test_lead_description_identified_in_the_next_paragraph(nlp):
    text = (
        "Ally denies charges\n\n"
        'A close associate of the oil boss has told a court that the charges are "false".\n\n'
        "Platon Lebedev has been on trial since June. Mr Lebedev said the case was absurd."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Platon Lebedev"
    assert "associate" in (quote.speaker_text or "")


def test_the_leads_described_subject_taken_up_and_quoted_is_the_one_named_next(nlp):
    text = (
        "Weather chief admits agency was not ready\n\n"
        "WASHINGTON — The head of the National Weather Service told senators on Tuesday that "
        "forecasters had been overwhelmed during the storm.\n\n"
        '"We were not ready, and people suffered for it," the administrator told the Senate '
        "Commerce Committee.\n\n"
        "Dr. Halvor Kinsella, a meteorologist who has led the agency since 2022, said staffing "
        "shortages had left offices unmanned.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.speaker_text) == ("Halvor Kinsella", "the administrator")


@pytest.mark.parametrize(
    "text",
    [
        # the lead's subject is indefinite: the judge is someone else
        "A man has been jailed for six years for a string of burglaries in Leeds.\n\n"
        '"You are a menace to your neighbours," the judge told him.\n\n'
        "Darren Oakshott, 34, of Armley, admitted 12 offences at an earlier hearing.\n",
        # a lead's own description: the one introduced next is someone else
        'A coroner has said that delays in sending an ambulance "more probably than '
        'not" contributed to the death of an 84-year-old woman.\n\n'
        "Mabel Trounson, a retired seamstress, fell at her home in Selsey in January.\n",
        # ... also when a relative clause tells more of her
        'A coroner has said that delays in sending an ambulance "more probably than '
        'not" contributed to the death of a woman.\n\n'
        "Mabel Trounson, a retired seamstress, who lived alone, fell at her home in Selsey.\n",
        # an unnamed source who speaks for someone named by office: not the one named next
        "The prime minister's official spokesman has rejected claims that the inquiry was "
        'a whitewash.\n\n"The report speaks for itself," the spokesman told reporters.\n\n'
        "Tory leader Michael Howard, who gave evidence to the inquiry, said the findings "
        "were damning.\n",
        # a lead's thing, not an office: the one named next is someone else
        "A ferry company has apologised after its online booking assistant told a "
        'stranded passenger to "consider swimming" home.\n\nCommuter Radoslaw Kmiecik '
        "was stuck at the terminal on Tuesday evening.\n",
        # the one named next holds an office that faces the one described
        'The head of the port authority told MPs the berths were safe.\n\n"We have checked '
        'every crane," the official said.\n\nDame Leonie Drummond, the committee '
        "chairwoman, said she was not convinced.\n",
        # the one named next is the one who questions
        "The head of the port authority told MPs the berths were safe.\n\n"
        '"We have checked every crane," the manager said.\n\n'
        "The committee's chairman, Leonie Drummond, asked whether the checks were "
        "independent.\n",
    ],
)
def test_a_description_quoted_after_the_lead_is_not_someone_else_named_next(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker in (
        "the judge",
        "A coroner",
        "its online booking assistant",
        "the spokesman",
        "the official",
        "the manager",
    )


def test_cataphoric_pronoun_before_the_first_name(nlp):
    text = 'He called it his "masochism strategy" and now Tony Blair has signed up again.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Tony Blair"


def test_signature_at_line_end_signs_every_quotation_on_the_line(nlp):
    text = (
        "“I’d rather live in what he calls “hell” than see him win.” ― Adriana Rodarte\n"
        "“It is a shame.” ― Veronica Cruz\n"
    )
    found = speech(quotes_of(nlp, text))
    assert found[0].speaker == "Adriana Rodarte"
    assert found[-1].speaker == "Veronica Cruz"


def test_passive_verb_is_not_a_cue(nlp):
    text = (
        "Hillary Clinton spoke out on Tuesday, arguing that the killings should be "
        "recognized as “intolerable.”"
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Hillary Clinton"


def test_issued_statement_speaks_for_the_issuer(nlp):
    text = (
        "After a late meeting, the Security Council issued a statement calling the test "
        '"a clear violation".'
    )
    (quote,) = quotes_of(nlp, text)
    assert "Security Council" in (quote.speaker or "")


def test_footage_of_a_person_speaking(nlp):
    text = "The ad uses footage of Hillary Clinton asking, “Why aren’t I ahead, you might ask?”"
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Hillary Clinton"


def test_name_and_verb_after_a_closed_question_then_a_participle(nlp):
    text = (
        "Melanie Austin watched the rally.\n\n"
        "“Who would have believed we would get here?” Trump said, looking out on the crowd."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Trump"


def test_quoted_noun_modifier_without_cue_is_other(nlp):
    text = (
        "He offered no proof of a role.\n\n"
        "The “sex tape” reference was about footage circulating online."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "other"


def test_passive_cue_alone_keeps_speech_without_speaker(nlp):
    text = "When the checkers examined the statement, it was labeled “Mostly True.”"
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "speech"
    assert quote.speaker is None


def test_previous_sentence_subject_through_an_abbreviation(nlp):
    text = (
        '"We will win," Mike Pence said. On Sunday, Sen. Bernie Sanders (Vt.), who lost the '
        'primaries, identified bigotry as a reason. "Young people are sick of racism."'
    )
    found = quotes_of(nlp, text)
    assert found[-1].speaker == "Bernie Sanders"


def test_previous_sentence_subject_named_in_apposition(nlp):
    text = (
        '"It was fun," Tom Clarke said. His former partner at Lenox, Lawrence B. Cummings, '
        'called him a master. "He showed again and again an ability to do deals."'
    )
    found = quotes_of(nlp, text)
    assert found[-1].speaker == "Lawrence B. Cummings"


def test_earlier_pronoun_subject_passes_over_the_names_it_governs(nlp):
    text = (
        "For Rick Dean, of the company THX, the future is exciting. He has worked on "
        'films such as Finding Nemo and The Incredibles. "It was a time of change," he said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Rick Dean"


def test_adjectival_country_is_not_the_antecedent_of_it(nlp):
    text = (
        "Borussia Dortmund has warned it will go bankrupt. The German club's shares fell "
        'after it said it had "entered a crisis".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Borussia Dortmund"


def test_colon_attached_into_the_quotation_keeps_the_clause_verb(nlp):
    text = 'Judge Anne Marsh spoke at length. She went on: "Giving evidence is hard."'
    (quote,) = quotes_of(nlp, text)
    assert quote.cue == "went"
    assert quote.speaker == "Anne Marsh"


def test_raised_passive_subject_speaks(nlp):
    text = 'Jim Morrison is seen quizzing a teacher. "But what happened?" he is seen asking.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Jim Morrison"


def test_relative_pronoun_of_a_misread_clause_defers_to_the_main_clause(nlp):
    text = (
        "Stephen Ladyman said the plans could deliver savings. He ruled out free care in "
        'England - which is on offer in Wales, saying it was "unsustainable".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Stephen Ladyman"


def test_role_noun_before_an_unrecognised_name(nlp):
    text = (
        "The laptop was chosen as the best gadget by US magazine Mobile PC. The list also "
        'includes the Sony Walkman.\n\n"We included only mobile items," said the magazine.\n\n'
        '"We tried to get to the heart of it," it concluded.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == ["Mobile PC", "Mobile PC"]


def test_who_clause_speaker_is_the_person_in_a_title_list(nlp):
    text = (
        "Her call was backed by Culture, Media and Sport Secretary Tessa Jowell who said: "
        '"You would not let your child watch it."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Tessa Jowell"


def test_quoted_modifier_opening_a_sentence_is_a_label(nlp):
    text = (
        'The study found that users kept many files, making the UK "digitally fat". '
        '"Virtual weight" measurements are based on research by a university.'
    )
    found = quotes_of(nlp, text)
    assert found[-1].kind == "other"


def test_parenthetical_reporting_clause_outranks_an_opinion_verb(nlp):
    text = (
        "During his years in office, Mr. Obama said, a majority of Americans have come to "
        'believe "that climate change is real."'
    )
    (quote,) = quotes_of(nlp, text)
    assert "Obama" in (quote.speaker or "")


def test_epithet_with_a_team_modifier(nlp):
    text = (
        "England player Simon Amor beat team-mate Ben Gollings to win the award. Amor, who "
        "will captain England, was delighted with his award. "
        '"There are so many great players on the circuit," said the Gloucester fly-half.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Simon Amor"


def test_speech_verb_with_an_empty_slot_before_the_quote_is_the_cue(nlp):
    text = (
        "The advert ends with footage of Jane Porter saying during the debate last week, "
        '"That makes me smart," when her rival attacked her.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Jane Porter"
    assert quote.cue == "saying"


def test_told_someone_before_a_colon_takes_the_quote(nlp):
    text = (
        "Gordon Brown spoke in London on Monday. Downing Street cited that comment when "
        "reporters suggested Mr Brown had failed to deny claims he had once told Mr Blair: "
        '"There is nothing you could ever say to me now that I could ever believe".'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Gordon Brown"


def test_the_government_is_not_the_last_organisation_named(nlp):
    text = (
        "Theresa May told BBC Radio 4's Today programme that the plans were weak. "
        'The government says children cannot simply be divided up "like property" when a '
        "marriage collapses."
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "The government"
    assert quote.speaker_id is None


def test_a_definite_role_used_again_still_means_the_named_person(nlp):
    text = (
        "Blair sees greater Bush consensus\n\n"
        "George W Bush will take a new approach, Tony Blair has said.\n\n"
        "The prime minister said Mr Bush had learned a lesson.\n\n"
        "Mr Blair refused to comment on Iran. The prime minister conceded that the US had "
        '"what appears to be a harder position" towards the state.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Tony Blair"


def test_an_unnamed_spokesman_introduced_before_stays_unnamed(nlp):
    text = (
        "Tony Blair visited Leeds. A spokesman for the council said it was pleased. "
        'The spokesman added: "We welcome the visit."'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert "Blair" not in (quote.speaker or "")


def test_a_quoted_term_in_apposition_or_coordination_is_not_speech(nlp):
    text = (
        'Tom Clarke has bought a restaurant in Roanoke - a "philanthropub" that closed in '
        'March. The scheme requires an investment in a rural area or a "targeted employment '
        'area," which is defined by law.'
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["other", "other"]


def test_a_quoted_modifier_after_a_no_break_space_is_a_label(nlp):
    text = "PolitiFact said so.\nHowever, the\u00a0\u201cfact-checking\u201d website has issues."
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "other"


def test_the_owner_of_a_claim_speaks_the_quoted_words(nlp):
    text = (
        "Politifact did a fact-check on Donald Trump's claim that there have been "
        '"thousands of shootings" in Chicago this year alone.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "speech"
    assert quote.speaker == "Donald Trump"
    assert quote.cue == "claim"


def test_a_quoted_transcript_turn_is_spoken_by_its_label(nlp):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"WALLACE: Why would Trump do that?\n\n'
        '"PENCE: Well, look, this is America.\n\n'
        '"(CROSSTALK.)'
    )
    found = quotes_of(nlp, text)
    assert [(q.kind, q.speaker, q.cue) for q in found] == [
        ("speech", "Chris Wallace", "WALLACE:"),
        ("speech", "Mike Pence", "PENCE:"),
        ("other", None, None),
    ]


@pytest.mark.parametrize(
    "text",
    [
        'She will publish a memoir in the fall, titled "Hoosier Grit: A Life in Public Service."',
        'She wrote a column entitled "Why the party must change," which angered colleagues.',
        'Republicans have embraced the term "lawfare" to describe the prosecutions.',
        'The campaign centred around the slogan "Britain is Working" and a bus tour.',
    ],
)
def test_titles_terms_and_songs_cited_as_such_are_not_speech(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("other", None)


def test_a_term_someone_coined_stays_their_words(nlp):
    text = 'The home secretary coined the phrase "liberati" to describe his critics.'
    (quote,) = quotes_of(nlp, text)
    assert quote.kind == "speech"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"We will have the votes."\n\nThat was the promise Rep. Ebele Vasquez made to '
            "her colleagues on Tuesday.",
            "Ebele Vasquez",
            "promise",
        ),
        (
            '"This is a defining moment for the party."\n\nThose were the words of Olamide '
            "Torvik, the chair of the Michigan Republican Party, on Tuesday night.",
            "Olamide Torvik",
            "words",
        ),
    ],
)
def test_a_sentence_pointing_back_at_a_quotation_names_its_speaker(nlp, text, speaker, cue):
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker, quote.cue) == ("speech", speaker, cue)


def test_a_sentence_after_a_quotation_about_something_else_names_nobody(nlp):
    text = 'The crowd fell silent. "We won."\n\nThat was the third time John Brown had scored.'
    assert all(q.speaker != "John Brown" for q in quotes_of(nlp, text))


def test_a_name_before_a_bracketed_party_and_state_is_the_subject_a_pronoun_means(nlp):
    # the parser makes "La." the subject: "she" is the congresswoman, not "D-La"
    text = (
        'Rep. Leocadia Fontaine-Obi (D-La.) appeared on HBO\'s "Real Time" on Friday '
        "night, where she sparred with a conservative guest.\n\n"
        '"You cannot be pro-family and anti-child care," she told him.'
    )
    found = [q for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert [q.speaker for q in found] == ["Leocadia Fontaine-Obi"]


def test_an_office_named_with_of_describes_the_person_holding_it(nlp):
    text = (
        "Former Secretary of State Adaeze Montgomery-Voss criticized the administration on "
        'Sunday.\n\n"You do not announce your red lines on television," the former '
        "secretary of state said."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Adaeze Montgomery-Voss"


def test_a_body_named_with_of_stays_a_description(nlp):
    # "of directors" names the board, not an office a person holds
    article = DATA / "dev3" / "articles" / "business_china-s-shanda-buys-stake-in-sina.txt"
    found = quotes_of(nlp, article.read_text(encoding="utf-8"))
    assert found[0].speaker == "The board of directors"


def test_a_role_of_a_body_stays_a_description(nlp):
    text = (
        "The chairman of the board, Sir Ian Prosser, stepped down. Mr Smith replaced him.\n\n"
        '"It was time," the chairman of the board said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the chairman of the board"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # "entitled" as a right, not a title
        (
            'The public is entitled "to know who is paying for these ads," said Senator '
            "Odessa Kittredge.",
            "Odessa Kittredge",
        ),
        # a word someone uses, not a term cited
        ('In a word, "shambolic," said Reform candidate Dermot Achterberg.', "Dermot Achterberg"),
        (
            'Senator Marta Ruiz, using the phrase "a rigged system" for the third time, said '
            "the vote was unfair.",
            "Marta Ruiz",
        ),
    ],
)
def test_words_said_near_title_or_term_words_stay_speech(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("speech", speaker)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            '"Can the party survive?" That is the question facing new leader Kemi Adeyemo-Hart.',
            "Adeyemo-Hart",
        ),
        (
            '"Enough is enough." That was the verdict of voters in Hartlepool, where Jill '
            "Mortimer-Reeve won.",
            "Mortimer-Reeve",
        ),
    ],
)
def test_a_person_named_elsewhere_in_a_pointing_sentence_did_not_say_it(nlp, text, name):
    (quote,) = quotes_of(nlp, text)
    assert name not in (quote.speaker or "")


def test_a_side_hitting_back_is_no_reporting_cue(nlp):
    text = (
        'Accrington led through a "wonder strike" from Tomasz Wielgus, but Burnley hit back '
        "through Okoro."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker != "Burnley"


def test_a_turn_whose_label_names_nobody_known_is_not_the_previous_speaker_s(nlp):
    text = (
        "The senator defended the bill in a Sunday interview.\n\n"
        '"HALVORSEN: Do you have the votes?\n\n'
        '"OKONJO: We do, and we will pass it.\n\n'
        '"HALVORSEN: When?'
    )
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in found] == [
        ("Halvorsen", "HALVORSEN:"),
        (None, "OKONJO:"),
        ("Halvorsen", "HALVORSEN:"),
    ]


def test_letters_opening_a_quoted_post_are_no_speaker(nlp):
    text = (
        "The White House account posted two messages.\n\n"
        '"ICYMI: The president signed the bill today.\n\n'
        '"PSA: Applications open on Monday.'
    )
    assert all(q.speaker not in ("Icymi", "Psa") for q in quotes_of(nlp, text))


def test_a_retort_fired_back_is_a_cue(nlp):
    text = (
        '"You voted to cut Medicare," Brunhilde Ngata said.\n\n'
        '"That is false," Sen. Caspar Olufemi responded.\n\n'
        '"It is in the record," Ngata fired back.'
    )
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in found][2] == ("Brunhilde Ngata", "fired")


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            'Traders expect more. "You can call it a peace dividend," smiles one broker.',
            "one broker",
            "smiles",
        ),
        (
            'Tariq Lodhi, a dealer, agreed. "It will not last," he grinned.',
            "Tariq Lodhi",
            "grinned",
        ),
    ],
)
def test_a_smile_or_grin_after_the_words_is_their_cue(nlp, text, speaker, cue):
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_double_barrelled_name_no_model_found_speaks_whole(nlp):
    text = '"We did nothing wrong," Brennan-Oduya insisted on Tuesday.'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Brennan-Oduya"


def test_a_hyphened_firm_is_not_taken_for_a_double_barrelled_speaker(nlp):
    # 'T-Mobile has launched its latest "pocket office" ... device': "Mobile" alone is no
    # one's name, and "T-Mobile" is a firm, not a double-barrelled person
    article = DATA / "dev88" / "articles" / "tech_t-mobile-bets-on-pocket-office.txt"
    found = quotes_of(nlp, article.read_text(encoding="utf-8"))
    assert (found[0].text, found[0].kind, found[0].speaker) == ("pocket office", "other", None)


def test_a_transcript_turn_left_open_goes_on_in_its_speakers_voice(nlp):
    text = (
        "Mike Pence spoke to Chris Wallace on Sunday.\n\n"
        '"WALLACE: Do you really see those two as equivalent?\n\n'
        '"PENCE: Well, look, Mark Cuban has been saying some pretty tough stuff.\n\n'
        '"But the truth is that Donald Trump has a unique way of communicating.\n\n'
        '"WALLACE: Governor, I want to try to get one more in.'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == [
        "Chris Wallace",
        "Mike Pence",
        "Mike Pence",
        "Chris Wallace",
    ]


def test_a_transcript_label_named_nowhere_else_is_the_speaker(nlp):
    text = (
        "Mike Pence was interviewed on Sunday. Partial transcript as follows:\n\n"
        '"HOLLOWAY: Let\u2019s start with the debate. Will she be there?\n\n'
        '"PENCE: She will not be attending the debate tomorrow night.\n\n'
        '"HOLLOWAY: But, Governor, I have to ask you again.\n\n'
        '"UPDATE: This story has been corrected.'
    )
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in found[:3]] == [
        ("Holloway", "HOLLOWAY:"),
        ("Mike Pence", "PENCE:"),
        ("Holloway", "HOLLOWAY:"),
    ]
    assert found[3].speaker != "Update"


def test_person_opening_the_words_after_the_quote_outranks_a_nearer_organisation(nlp):
    text = (
        "The Consumer Electronics Association (CEA) runs the show in Las Vegas.\n\n"
        '"The story this year remains all about digital and how that is completely '
        'transforming products and the way people interact with them," Jeff Joseph, from the '
        "Consumer Electronics Association (CEA) told the BBC News website."
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Jeff Joseph"


def test_a_cueless_paragraph_quote_keeps_the_one_voice_of_a_feature(nlp):
    text = (
        'Nick Donofrio of IBM sees change ahead. "We must think faster," Mr Donofrio said.\n\n'
        "We are in a different phase now, argues Mr Donofrio. The hype is over and now "
        "technology leaders have to show that things work.\n\n"
        '"In the dotcom era, there was something new jumping up in your face every five '
        'minutes."'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Nick Donofrio", "Nick Donofrio"]


def test_a_cueless_paragraph_quote_after_another_person_is_named_stays_open(nlp):
    text = (
        'Nick Donofrio of IBM sees change ahead. "We must think faster," Mr Donofrio said.\n\n'
        "Rival Sam Palmer disagrees with him on most things.\n\n"
        '"In the dotcom era, there was something new jumping up in your face every five '
        'minutes."'
    )
    found = speech(quotes_of(nlp, text))
    assert found[1].speaker != "Nick Donofrio"


def test_a_participle_after_an_inanimate_subject_takes_the_named_person(nlp):
    text = (
        "Tony Blair faced the voters. The trouble began on the Wright Stuff show, with Maria "
        'Hutchings marching up to him, saying "Tony, that\'s rubbish" as she tried to '
        "complain about her son."
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Maria Hutchings"


def test_a_description_matches_the_one_role_holder_despite_a_club_nickname(nlp):
    text = (
        "Tottenham sporting director Frank Arnesen has denied a rift with coach Jacques "
        "Santini. Arnesen denied reports that Santini had been paid off. "
        '"That is absolute nonsense," said the Spurs sporting director.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Frank Arnesen"


def test_going_on_about_a_quotation_is_talking_and_outranks_a_later_said(nlp):
    text = (
        'Kevin was drifting off again, and as Trump went on about "how the system is '
        'rigged," Melanie said yes, yes, yes.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Trump"


@pytest.mark.parametrize(
    "text",
    [
        '"UPDATE: prices rose sharply in March," the company said.',
        '"LONDON: Shares fell on Monday," the agency reported.',
        'John Smith spoke to reporters.\n\n"BREAKING: The minister has resigned."',
    ],
)
def test_a_capitalised_label_that_names_no_person_is_not_a_transcript_turn(nlp, text):
    for quote in quotes_of(nlp, text):
        assert quote.speaker not in ("Update", "London", "Breaking")


@pytest.mark.parametrize(
    "text",
    [
        'Apple\'s threat to the "walled garden" model worried rivals.',
        'Google\'s demand for "top engineers" has soared this year.',
    ],
)
def test_a_term_after_a_speech_noun_outside_its_content_is_not_the_owners_speech(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker not in ("Apple", "Google")


def test_a_named_object_before_a_participle_is_not_its_subject(nlp):
    text = 'Ministers attacked Google saying "the firm has too much power".'
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker != "Google"


def test_a_parenthetical_participle_does_not_take_the_cue(nlp):
    text = 'The singer, laughing, "I love this town," told the crowd.'
    (quote,) = quotes_of(nlp, text)
    assert quote.cue == "told the crowd"


def test_a_named_speaker_before_a_colon_keeps_a_trailing_he_said(nlp):
    text = (
        'Ed Balls said it was fine. He added: "I do not accept it."\n\n'
        'For the Lib Dems, David Laws said: "The chancellor will be doing it," he said.'
    )
    found = speech(quotes_of(nlp, text))
    assert "Laws" in (found[1].speaker or "")


def test_a_new_referent_introduced_later_breaks_the_definite_chain(nlp):
    text = (
        "Tony Blair visited Leeds.\n\nThe prime minister said the city was thriving.\n\n"
        "A prime minister from Asia was also there. The prime minister said: "
        '"We love Leeds."'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker != "Tony Blair"


def test_the_one_voice_of_a_feature_does_not_reach_across_many_paragraphs(nlp):
    text = (
        'Smith said: "We will fight on."\n\nLocal people disagree.\n\nMany have already left '
        "the town.\n\nThose who remain are angry.\n\n"
        '"We have been abandoned by everyone."'
    )
    found = speech(quotes_of(nlp, text))
    assert found[-1].speaker is None


def test_a_pronoun_after_an_epithet_subject_follows_the_epithet(nlp):
    text = (
        "Mark Lewis-Francis says his Olympic success has made him determined.\n\n"
        "The 22-year-old pipped Maurice Greene on the last leg of the relay in Athens. "
        '"The gold medal has made me realise that I can get to the top level," he said.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Mark Lewis-Francis"


def test_she_after_a_quoted_spokeswoman_is_the_spokeswoman(nlp):
    text = (
        "Johnny Vaughan and Denise Van Outen will not return to the show.\n\n"
        '"There are currently no plans for another series," a spokeswoman said. She added '
        'the pair "brought a real warmth to Saturday night".'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["a spokeswoman", "a spokeswoman"]


def test_the_alliance_is_the_organisation_named_before(nlp):
    text = (
        "The Countryside Alliance backed the men, and Speaker Michael Martin stayed silent.\n\n"
        'The alliance said the case was "impossibly difficult to determine".'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Countryside Alliance"


def test_a_name_in_apposition_to_the_subject_counts_as_the_subject(nlp):
    # 'Ninth seed Nalbandian had never come back ... as Hewitt dominated ...  The Argentine
    # had stoked up the temperature ... by saying ... "not very good for the sport"'
    article = DATA / "dev2" / "articles" / "sport_hewitt-survives-nalbandian-epic.txt"
    found = quotes_of(nlp, article.read_text(encoding="utf-8"))
    (quote,) = [q for q in found if q.text == "not very good for the sport"]
    assert "Nalbandian" in (quote.speaker or "")


def test_he_said_is_not_a_name_inside_what_he_reports(nlp):
    # binding principle C: 'he' cannot be 'Labour', which sits inside his own report
    text = (
        "Voters face a clear choice, said Charles Kennedy.\n\n"
        'The Tories "are fading away" and the Lib Dems will challenge Labour in its '
        "heartlands, he said.\n\n"
        'Mr Blair\'s government was "bossy and interfering", he added.'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Charles Kennedy", "Charles Kennedy"]


def test_a_name_framing_a_quote_before_a_colon_can_still_be_she(nlp):
    text = (
        "Democratic Senator Claire McCaskill scolded him: "
        '"The scientific community is against you," she said.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Claire McCaskill"


def test_a_given_name_tells_he_from_she(nlp):
    text = (
        'Kevin Jones watched as Melanie Smith spoke to the crowd.\n\n"It was wonderful," she said.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Melanie Smith"


def test_a_given_name_is_only_a_preference(nlp):
    # 'Robin' or 'Kim' may be either: when the name's usual sex leaves nobody, it is set aside
    text = 'Nancy Rothwell spoke first.\n\n"It is a worrying time," he said.'
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Nancy Rothwell"


def test_an_open_quotation_running_on_takes_the_attribution_that_ends_it(nlp):
    text = (
        "Winger Saulius Mikoliunas barged linesman Andy Davis. "
        '"He was sent off for violent conduct in the 90th minute. "We do not know how many '
        'red cards he was shown," said a Scottish Football Association statement.'
    )
    first, second = speech(quotes_of(nlp, text))
    assert second.speaker is not None and "Scottish Football Association" in second.speaker
    assert (first.speaker, first.cue) == (second.speaker, second.cue)


def test_the_dutchman_is_an_epithet_even_when_tagged_an_organisation(nlp):
    article = DATA / "dev4" / "articles" / "sport_jol-joy-at-professional-cup-win.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    assert [q.speaker for q in found[:2]] == ["Martin Jol", "Martin Jol"]


def test_an_epithet_passes_over_names_in_a_sentence_about_he(nlp):
    text = (
        'Robbie Keane echoed his manager. "We are confident," he said.\n\n'
        "He conceded the win, which included goals from Noe Pamarot and Mido, was not "
        'pretty. "It was not the best display," the Irishman said.'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Robbie Keane", "Robbie Keane"]


def test_a_described_actor_with_a_comma_clause_is_the_actor_in_view(nlp):
    # '... whose films include ... Star Wars: The Phantom Menace, said:' - neither the
    # film in the clause nor the 'Oscar' of 'Oscar-nominated' speaks
    article = DATA / "dev4" / "articles" / "entertainment_neeson-in-bid-to-revive-theatre.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("The Lyric is too important")]
    assert quote.speaker == "Liam Neeson"


def test_a_pronoun_takes_up_an_unnamed_person_introduced_as_a_subject(nlp):
    text = (
        'Liberal Democrat spokesman Mark Oaten said the plan was "dangerous". '
        "A Labour Party spokesman criticised Michael Howard's record. "
        'He said: "Today the Tories are making more extravagant promises."'
    )
    found = speech(quotes_of(nlp, text))
    assert found[-1].speaker == "A Labour Party spokesman"


def test_a_lead_description_is_the_person_speaking_in_the_next_paragraph(nlp):
    article = DATA / "dev4" / "articles" / "politics_mcconnell-in-drunk-remark-row.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    assert found[0].text == "once in a while" and found[0].speaker == "Jack McConnell"
    (quote,) = [q for q in found if q.text.startswith("He was talking in the context")]
    assert quote.speaker == "an executive spokeswoman"


@pytest.mark.parametrize(
    ("text", "speaker", "cue"),
    [
        (
            '"The electorate are keener on the government than some members," is the dry '
            "assessment of Graham Lane, leader of the Labour group on Newham Council.",
            "Graham Lane",
            "assessment",
        ),
        (
            '"Welcome to CeBit 2005" was the message from the pilot as we landed.',
            "the pilot",
            "message",
        ),
    ],
)
def test_quoted_words_equated_with_a_verdict_noun_belong_to_its_owner(nlp, text, speaker, cue):
    (quote,) = speech(quotes_of(nlp, text))
    assert (quote.speaker, quote.cue) == (speaker, cue)


def test_a_person_named_with_a_possessive_group_speaks_not_the_group(nlp):
    text = (
        "Campaign groups including War on Want said policy was a barrier. War on Want's "
        'John Hilary said: "Compassionate rhetoric cannot disguise the reality."'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "John Hilary"


def test_a_headline_noun_does_not_count_as_the_first_use_of_a_role(nlp):
    text = (
        "Wales coach elated with win\n\n"
        "Mike Ruddock paid tribute to his Wales side after they beat France.\n\n"
        '"We had to show character," said the national team coach.'
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Mike Ruddock"


def test_he_in_what_a_named_subject_reports_is_that_subject(nlp):
    article = DATA / "dev10" / "articles" / "politics_research-fears-over-kelly-s-views.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("If someone as senior as Ruth Kelly")]
    assert quote.speaker == "Robin Lovell-Badge"


def test_he_in_a_sentence_about_someone_earlier_passes_over_names_in_it(nlp):
    article = DATA / "dev8" / "articles" / "politics_chancellor-rallies-labour-voters.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("I give you this promise")]
    assert quote.speaker == "Gordon Brown"


def test_an_epithet_main_subject_outranks_a_name_deeper_in_its_sentence(nlp):
    article = DATA / "dev9" / "articles" / "politics_tory-leader-quits-legal-position.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    assert found[0].text.startswith("I have tendered my resignation")
    assert found[0].speaker == "David McLetchie"


def test_an_age_epithet_the_parser_took_into_a_longer_phrase_is_the_person(nlp):
    article = DATA / "dev10" / "articles" / "sport_umaga-ready-for-lions.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("the biggest thing to hit")]
    assert quote.speaker == "Tama Umaga"


def test_a_quoted_predicate_belongs_to_its_subject_and_a_quoted_adverb_to_the_reporter(nlp):
    text = (
        "David McLetchie had received advice about what he needed to declare. Labour said "
        'he had "cleverly" not asked about paid advocacy. A Tory spokesman "totally refuted" '
        "any wrongdoing."
    )
    found = speech(quotes_of(nlp, text))
    assert [(q.text, q.speaker) for q in found] == [
        ("cleverly", "Labour"),
        ("totally refuted", "A Tory spokesman"),
    ]


def test_names_inside_what_an_earlier_he_reported_are_not_the_next_he(nlp):
    # 'He conceded Kuznetsova might have taken a medicine ... "We have simply stated a
    # fact," he said.'
    article = DATA / "dev9" / "articles" / "sport_kuznetsova-failed-a-drugs-test.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("We have simply stated a fact")]
    assert quote.speaker == "Claude Eerdekens"


def test_the_object_of_a_fronted_preposition_is_not_the_pronoun_subject(nlp):
    article = DATA / "dev10" / "articles" / "entertainment_eastwood-s-baby-scoops-top-oscars.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("The longevity of her career")]
    assert quote.speaker == "Cate Blanchett"


def test_a_described_speaker_named_by_title_in_the_next_sentence(nlp):
    text = (
        "December's confidence level was below that seen in September, the Bank of Japan "
        'said. "The economy is at a pause," the economy minister said. "Growth may be a bit '
        'more gentle," said economy minister Heizo Takenaka.'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Heizo Takenaka", "Heizo Takenaka"]


def test_an_executive_introduced_as_unnamed_stays_unnamed(nlp):
    text = (
        "A report had quoted an unnamed executive at Euronext as saying the group would bid. "
        '"The savings are far greater," the newspaper quoted the executive as saying. '
        "Euronext chief executive Jean-Francois Theodore is reported to have held talks."
    )
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker != "Jean-Francois Theodore"


def test_a_he_who_said_something_speaks_the_quotation_that_follows(nlp):
    article = DATA / "dev3" / "articles" / "politics_kilroy-silk-attacked-with-slurry.txt"
    found = speech(quotes_of(nlp, article.read_text(encoding="utf-8")))
    (quote,) = [q for q in found if q.text.startswith("I think that is sufficient time")]
    assert quote.speaker == "Robert Kilroy-Silk"


def test_quotations_joined_by_and_share_the_cue_before_the_first(nlp):
    text = (
        'As Donald Trump went on about "how the system is rigged," and "wounded American '
        'families" and "our own struggling citizens," Melanie Austin said yes.'
    )
    quotes = extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Donald Trump"] * 3


def test_words_spoken_or_talked_of_are_the_speakers(nlp):
    text = (
        "Concerns have been voiced, with Professor Alan Whitcombe talking darkly of a "
        '"river of unrest".\n\nMaria Costa spoke of a "new dawn" for the region.'
    )
    quotes = extract(text, nlp=nlp).quotes
    assert [(q.kind, q.speaker, q.cue) for q in quotes] == [
        ("speech", "Alan Whitcombe", "talking"),
        ("speech", "Maria Costa", "spoke"),
    ]


def test_a_new_voice_reported_in_the_paragraph_takes_its_uncued_quotes(nlp):
    text = (
        'Rhodri Vance, who runs the station, said: "It is a good move for the show." He added: "It '
        'will grow."\n\nA spokeswoman for the station said Tam Ellory would stay on as '
        "producer. She said that the exact format was still to be decided. The show will "
        "have close links with the chart show, which suggests it may go out at 1900. "
        '"Hopefully the audience will find it."'
    )
    quotes = extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == [
        "Rhodri Vance",
        "Rhodri Vance",
        "A spokeswoman for the station",
    ]


def test_words_set_against_a_noun_are_not_a_new_name_for_it(nlp):
    text = (
        "Britain could not afford the tax cutting spree planned by the Tories, Mr Cable "
        "said. Instead, what was needed was simple and fair taxation rather than the "
        '"complete mess" produced by endless tinkering.'
    )
    (quote,) = extract(text, nlp=nlp).quotes
    assert (quote.kind, quote.speaker) == ("speech", "Cable")


def test_a_show_named_before_a_role_noun_is_not_the_speaker(nlp):
    text = (
        "And last week Only Fools and Horses star David Jason criticised British TV for being "
        '"too safe and too cheap".'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == ["David Jason"]
    assert [e.name for e in document.entities if e.label == "PERSON"] == ["David Jason"]


def test_a_participle_modifying_a_noun_is_not_the_cue(nlp):
    text = (
        "In an interview published in the Radio Times in January, Victoria Wood slated "
        'comedian Sacha Baron Cohen for his character\'s "horrible" brand of humour.'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Victoria Wood"]


def test_a_host_name_in_the_speakers_appositive_stays_one_token(nlp):
    text = (
        'Claude Errera, editor of fansite Halo.Bungie.Org, said: "Bungie got everything right. '
        'They were really careful."'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == ["Claude Errera"]
    assert "Halo.Bungie.Org" in [t.text for t in nlp(text)]


def test_a_name_deep_inside_the_previous_subject_does_not_speak_the_next_quotation(nlp):
    text = (
        '"It has much larger address space," said Dr Brian Carpenter. The difference this next '
        "generation standard, IPv6, will make to the average net user is almost invisible. "
        '"Our first goal is that it should make no difference at all."'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Brian Carpenter"] * 2


def test_the_committee_is_the_body_named_with_that_head_noun(nlp):
    text = (
        'There was an "absolute crisis" in recruitment, the Commons science and technology '
        "committee added. The committee was reporting on the work of the Economic Social "
        'Research Council. In its report the committee said: "We are deeply concerned."'
    )
    quotes = extract(text, nlp=nlp).quotes
    assert [q.speaker for q in quotes] == ["Commons science and technology committee"] * 2


def test_a_name_right_before_a_subjectless_past_verb_is_its_subject(nlp):
    text = (
        "Actress Sandra Bullock has donated $1m (£525,000) to The American Red Cross and actor "
        'Leonardo DiCaprio pledged a "sizable" aid contribution to Unicef.'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Leonardo DiCaprio"]


def test_a_body_in_a_clause_inside_what_a_person_speaks_of_does_not_speak(nlp):
    text = (
        "Labour held a rally in London. But it was Mr Alan Milburn who took centre stage, "
        'speaking of the "positive campaign" the party hoped to stage in the "coming weeks '
        'and months".'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Alan Milburn"] * 2


def test_a_participle_misparsed_as_modifying_the_speaker_is_still_the_cue(nlp):
    text = (
        'Writer Neil Coppendale, from West Sussex, asked of the Iraq war: "Tens of thousands '
        'died - how do you manage to sleep at night?"'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Neil Coppendale"]


def test_the_body_a_speaker_works_for_does_not_take_over_their_next_quotation(nlp):
    text = (
        'Ian Pearson, BT\'s futurologist, told the BBC that the closure was a "real shame". BT '
        'was just one of the companies that had worked with the Labs. "There were a lot of '
        'very talented, creative people there."'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Ian Pearson"] * 2


def test_what_a_passive_cue_describes_does_not_speak(nlp):
    text = (
        'Q Magazine said: "It captured the country\'s imagination." Q Magazine also had praise '
        "for the runners-up in the poll. Keane's Hopes and Fears was described as a "
        '"revelatory debut".'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Q Magazine"] * 2


def test_a_passive_cue_in_a_sentence_naming_a_report_gives_the_report_body(nlp):
    text = (
        "The government will audit its payrolls. In a report compiled by anti-corruption body "
        'Transparency International in 2003, graft was said to be "pervasive" in Cameroon.'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Transparency International"]


def test_an_acronym_the_model_missed_is_still_the_body(nlp):
    text = (
        "Greek sprinters suspended by IAAF\n\nAthletics' ruling body the IAAF said "
        'explanations from the pair were "unacceptable". "There will be a final right of '
        'appeal from the decision," the IAAF said.'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["IAAF", "IAAF"]


def test_a_cue_before_a_colon_announces_the_next_quotation_not_the_last(nlp):
    text = (
        'Shani Rhys James added: "It would be devastating to the arts. "If the assembly takes '
        'control, we go back to the choirs.\n\n"Wales has moved on. It is international now." '
        'Responding to the criticism, Alun Pugh said: "The structure is under review."'
    )
    speakers = [q.speaker for q in extract(text, nlp=nlp).quotes]
    assert speakers == ["Shani Rhys James"] * 3 + ["Alun Pugh"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Grokster's lawyer argued that the company should be judged by its behaviour. But "
            'this argument was dismissed as "ridiculous" by Justice David Souter.',
            "David Souter",
        ),
        (
            "On the BBC's Breakfast with Frost it was put to Mr Neil Kinnock that he had once "
            'referred to Lords members as "brigands, muggers, bribers and gangsters".',
            "Neil Kinnock",
        ),
    ],
)
def test_a_passive_cue_with_an_agent_or_an_expletive_subject_keeps_its_speaker(nlp, text, speaker):
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == [speaker]


def test_a_title_tagged_as_a_name_describes_the_person_in_view(nlp):
    text = (
        "Mr Howard Flight says he will not stand down as a candidate. The MP, who is "
        'consulting his lawyers, told BBC News: "They selected me and they dispose of me."'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Howard Flight"]


def test_words_inside_what_someone_agreed_to_do_are_the_reporters(nlp):
    text = (
        'Mr Jack Straw said the US had agreed to release the four after "intensive and complex '
        'discussions" over security.'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Jack Straw"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Mr Jack McConnell spoke in the Highlands. But the Scottish Executive has insisted "
            'Mr McConnell was speaking about adults and his comments were "a recognition that '
            'people will get drunk".',
            "Scottish Executive",
        ),
    ],
)
def test_a_body_named_with_a_title_word_is_not_a_description(nlp, text, speaker):
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == [speaker]


def test_a_real_name_joins_the_stage_name_right_before_it(nlp):
    text = (
        'The rapper\'s lawyer Ron Rakosky said: "We did nothing wrong." Mr Rakosky said it '
        'was better than C-Murder, real name Corey Miller, "just sitting there, wasting away". '
        '"Here\'s a guy in jail," he said.'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == ["Ron Rakosky"] * 3
    rapper = next(e for e in document.entities if "Corey Miller" in [e.name, *e.aliases])
    assert (rapper.name, rapper.label) == ("C-Murder", "PERSON")


def test_a_name_modifying_a_noun_after_an_article_is_no_referent(nlp):
    text = (
        "Manager Gary Megson felt his side were never in danger.\n\n"
        "An early own goal followed by a Kevin Phillips strike earned them a win. "
        '"It gave us a great advantage," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Gary Megson"]


def test_the_name_right_after_an_inverted_verb_speaks_when_sentences_run_on(nlp):
    text = (
        "Steve Jobs unveiled the machine on Tuesday. Interest after Mr Jobs' speech was "
        "strong.\n\n"
        "\"I think fundamentally it's a good idea because it's cheap even for a PC,\" said "
        "Nick Ross, deputy labs editor at PC Pro. Apple's work on making things easy to use "
        "would also help the Mac mini win fans, he said."
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.speaker_text) == (
        "Nick Ross",
        "Nick Ross, deputy labs editor at PC Pro",
    )


@pytest.mark.parametrize(
    ("text", "quoted"),
    [
        # the closing mark dropped before the attribution: the words end at the comma
        (
            "Rates will stay low. \"In view of the fragility of growth, policy is likely to 'wait "
            "and see', the organisation said in its report. Growth will slow.",
            "In view of the fragility of growth, policy is likely to 'wait and see',",
        ),
        # the speaker's own 'as I have said' and a later appositive are no attribution
        (
            '"Quite genuinely, and as I have said, it was late in the day. The sponsor, '
            "Mercedes, said it would help.",
            "Quite genuinely, and as I have said, it was late in the day. The sponsor, "
            "Mercedes, said it would help.",
        ),
    ],
)
def test_an_unclosed_quotation_ends_where_its_attribution_begins(text, quoted):
    (raw,) = scan_quotes(text)
    assert text[raw.start : raw.end] == quoted


def test_a_dropped_closing_mark_leaves_the_attribution_to_its_quotation(nlp):
    text = (
        'The Bundesbank warned of "huge risks" this year. Separately, the UNECE published '
        "its survey on Monday.\n\n"
        "\"In view of the fragility of growth, policy is likely to 'wait and see', the "
        "organisation said in its report. The UNECE warned that the deficit could cause "
        'difficulties. "The orderly reversal of the deficit is a major challenge," it noted.'
    )
    found = [(q.text[-15:], q.speaker) for q in quotes_of(nlp, text)]
    assert found[1:] == [("'wait and see',", "UNECE"), ("ajor challenge,", "UNECE")]


def test_a_document_quoted_as_saying_leaves_the_words_to_who_quoted_it(nlp):
    text = (
        "Immigration minister Des Browne quoted its five-year plan for immigration as saying: "
        '"We are implementing our existing powers by targeted health screening."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Des Browne"]


def test_a_name_alone_after_the_quotation_speaks_when_the_verb_is_dropped(nlp):
    text = (
        "Deloitte's chief economic advisor Roger Bootle spoke on Monday. The firm expects a "
        'series of "aggressive" rate cuts, it said. "Although 2005 may not be the year when '
        'things go wrong, it will mark the start of a difficult period," Mr Bootle.'
    )
    assert quotes_of(nlp, text)[-1].speaker == "Roger Bootle"


def test_a_sentence_split_without_punctuation_goes_on(nlp):
    text = (
        "Tory leader Michael Howard has accused Tony Blair of U-turns. On Thursday, Mr Howard "
        "told BBC Radio 4's Today programme Mr Blair had initially refused the law change, "
        "then had come round to the idea and was now backtracking again. He said: \"We've "
        'had three policy positions in three months."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Michael Howard"]


def test_a_quoted_nickname_inside_a_name_keeps_the_name_whole(nlp):
    text = (
        'Antonio "LA" Reid, chairman of The Island Def Jam Music Group, said: "I can think of '
        'no-one more relevant." He hoped Jay-Z would "move the company on", he added.'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert speakers == ['Antonio "LA" Reid', 'Antonio "LA" Reid']


def test_a_quoted_nickname_does_not_cut_a_speaker_off_after_the_quotation(nlp):
    # the nickname's marks are no quotation to stop at; the bracketed district after the
    # name does not take the speaker's place when the parser heads the phrase with it
    text = (
        '"We are going to win this seat!" The mayor\'s sister, state Sen. Laura "Lulu" '
        'Bennett (D-Fairfax), shouted to the crowd. "The whole country is watching us."'
    )
    found = [(q.kind, q.speaker) for q in quotes_of(nlp, text)]
    assert found == [
        ("speech", 'Laura "Lulu" Bennett'),
        ("other", None),
        ("speech", 'Laura "Lulu" Bennett'),
    ]


def test_a_fronted_participle_says_what_the_main_clause_subject_said(nlp):
    # the main verb is itself quoted and passive: its subject still did the saying
    text = (
        "In her memoir, Maria Lindqvist described the injury.\n\n"
        'After saying her knee was "so swollen I could not walk," she was "rushed off to '
        'hospital" for tests.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Maria Lindqvist", "Maria Lindqvist"]


@pytest.mark.parametrize(
    "text",
    [
        'A spokeswoman for Gazprom, Yulia Tkachenko, said: "The price will rise."',
        '"It will rise," a spokeswoman for Gazprom, Yulia Tkachenko, said.',
        "A spokeswoman for Gazprom, Yulia Tkachenko, said the price would rise. "
        '"It will rise," she said.',
    ],
)
def test_a_name_the_parser_hangs_on_the_body_a_spokeswoman_speaks_for_is_hers(nlp, text):
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Yulia Tkachenko"]


def test_a_name_for_a_chairman_is_not_the_spokesman_s(nlp):
    text = 'A spokesman for the chairman, John Smith, said: "We are pleased."'
    assert [q.speaker for q in quotes_of(nlp, text)] != ["John Smith"]


def test_a_second_subject_naming_the_first_is_the_speaker(nlp):
    # 'His collaborator, the actress Ingrid Solberg,' parsed as two subjects of 'said'
    text = 'His long-time collaborator, the actress Ingrid Solberg, said: "He was a genius."'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ingrid Solberg"]


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ('Julio Arancibia, nicknamed "El Tigre", will defend his title.', "other"),
        ('Bogdan Marinescu, known online as "Dracula", stole £2m from banks.', "other"),
        # a nickname inside reported words is the reporter's: they are said to use it
        ('Ms Ruiz says the Ohio native nicknamed "King Leo" is a loyal friend.', "speech"),
        ('Joseph Otieno has published his memoir, "Walking to Kampala".', "other"),
        ('The band release their new album "Blue Skies" in May.', "other"),
        ('Ferguson called him "a disgrace" on Friday.', "speech"),
    ],
)
def test_a_name_or_title_the_text_gives_is_no_one_s_words(nlp, text, kind):
    assert [q.kind for q in quotes_of(nlp, text)] == [kind]


def test_a_fronted_participle_is_said_by_the_owner_of_a_thing_subject(nlp):
    text = (
        'Tony Smith arrived late. After telling reporters the result was "unacceptable", '
        "Mr Smith's car was driven away."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tony Smith"]


def test_a_title_case_headline_s_work_noun_does_not_make_a_title(nlp):
    assert [q.kind for q in quotes_of(nlp, 'Adele Says Album "Saved My Life"')] == ["speech"]


def test_a_nickname_outside_any_name_found_stays_a_quotation_to_step_over(nlp):
    # 'Will' is a word: no name joins the nickname, whose marks then still part the words
    text = 'Will "Billy" Price said: "I have no regrets."'
    assert [q.speaker for q in quotes_of(nlp, text)] == [None, "Price"]


def test_a_described_spokesman_is_he_in_the_next_quotation(nlp):
    text = (
        "The film is directed by Hayao Miyazaki. A spokesman for distributor Toho said the film "
        '"has received strong interest". "We have a good feeling about this film," he added.'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["A spokesman for distributor Toho"] * 2


def test_an_earlier_he_of_the_same_sentence_passes_over_the_names_it_governs(nlp):
    text = (
        "Lord Callaghan became a clerk at the Inland Revenue.\n\n"
        'When he refused to support prime minister Harold Wilson in 1968, he said: "I am not '
        'going to resign."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Callaghan"]


def test_a_role_for_a_portfolio_ending_in_a_name_is_that_persons_title(nlp):
    text = (
        "Labour's deputy minister for women Jacqui Smith accused the Lib Dems of offering "
        '"false promises" to women.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jacqui Smith"]


def test_a_titled_name_before_a_colon_with_no_verb_speaks(nlp):
    text = (
        "Saints are missing their first-choice midfield.\n\n"
        "- Brentford boss Martin Allen: \"I have to admit I'm not very confident. \"There's "
        "no doubt we're the underdogs.\"\n"
        '- Southampton boss Harry Redknapp: "We know they can give us problems."\n'
        '- This is the preview: "Stay tuned."'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[:3] == ["Martin Allen", "Martin Allen", "Harry Redknapp"]
    assert speakers[3] != "Harry Redknapp"


def test_a_bulleted_name_right_before_the_quotation_speaks(nlp):
    text = (
        "Newcastle came from behind to win.\n\n"
        '- Bolton boss Sam Allardyce "I am bitterly disappointed with the result. "We '
        'allowed them to heap too much pressure on us."\n'
        ' - Newcastle boss Graeme Souness "We deserved the win."'
    )
    quotes = quotes_of(nlp, text)
    assert [q.speaker for q in quotes[:3]] == ["Sam Allardyce", "Sam Allardyce", "Graeme Souness"]
    assert quotes[0].cue is None


def test_a_nationality_in_a_description_passes_over_a_title_without_it(nlp):
    text = (
        "Mr Blair said President Bush was there for four years. His words about President "
        "Bush met a cool reception from Jacques Chirac. The French president told reporters: "
        '"Europe today has more than ever the need to reinforce itself."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jacques Chirac"]


def test_an_epithet_passes_over_a_name_of_its_own_sentence(nlp):
    text = (
        "World number one Lindsay Davenport has criticised Wimbledon over prize money.\n\n"
        "Reacting to a disputed comment by All England Club chairman Tim Phillips, the "
        'American said: "I think it is highly insulting."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Lindsay Davenport"]


def test_a_described_reporter_of_the_sentence_before_speaks_the_next_words(nlp):
    text = (
        'IHRC chairman Massoud Shadjareh accused her of "playing an Islamophobia card". '
        '"She is demonising our community," he said. Later, the prime minister\'s official '
        "spokesman urged people to put her comments into context. The minister had said "
        "stop and search was not aimed at one community, the spokesman said.\n\n"
        '"What is happening is that those powers are aimed at suspects."'
    )
    quote = quotes_of(nlp, text)[-1]
    assert quote.speaker is not None and "spokesman" in quote.speaker


def test_a_person_between_as_and_its_verb_is_the_subject_the_parser_missed(nlp):
    text = (
        "Mr Blair spoke at length.\n\nHis comments come as the co-chairman of the "
        'Conservative Party, Liam Fox, on Saturday called him "a disappointment of historic '
        'proportions" as a prime minister.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Liam Fox"]


def test_a_subordinate_clause_after_a_quotation_is_no_attribution(nlp):
    text = (
        '"The cake will be bigger for everybody," said Deputy Prime Minister Abdullatif Sener '
        'on Monday. "Turkey will not be a burden for the EU budget." If admitted into the EU, '
        "Turkey would pay almost 6bn euros to its budget."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Abdullatif Sener"] * 2


def test_a_name_after_an_opening_participle_is_the_subject(nlp):
    text = (
        "The judges ruled on Thursday.\n\nWelcoming the ruling, Maeve Sherlock, chief "
        'executive of the Refugee Council, said: "Abuses against the Roma are well '
        'documented."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Maeve Sherlock"]


def test_it_goes_on_quoting_the_statement_of_the_sentence_before(nlp):
    text = (
        "The strategist helped Australia's PM, John Howard, win four elections. Mr Crosby's "
        'statement said: "The party has been making an impact." It added: "Labour will want '
        'to distract attention."'
    )
    found = quotes_of(nlp, text)
    assert len(found) == 2
    assert found[0].speaker == found[1].speaker
    assert "Crosby" in (found[1].speaker or "")


def test_the_report_is_one_document_all_through_an_article(nlp):
    path = DATA / "dev30/articles/politics_more-to-do-on-adult-literacy.txt"
    found = {q.text: q for q in quotes_of(nlp, path.read_text())}
    assert found["at frequent intervals"].speaker == "National Audit Office"


def test_a_participle_hung_from_a_passive_report_is_the_reporters(nlp):
    text = (
        'Sir John Bourn spoke on Monday. Sir John said "substantial progress" had been made '
        'since, adding that this was "only the beginning".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["John Bourn", "John Bourn"]


def test_she_is_the_spokeswoman_the_parser_hid_inside_her_department(nlp):
    path = DATA / "dev30/articles/politics_top-judge-clashes-with-ministers.txt"
    found = [q for q in quotes_of(nlp, path.read_text()) if q.text.startswith("Their disagree")]
    assert found and "spokeswoman" in (found[0].speaker or "")


def _speaker_of(nlp, path: str, start: str) -> str | None:
    found = [q for q in quotes_of(nlp, (DATA / path).read_text()) if q.text.startswith(start)]
    assert found, start
    return found[0].speaker


def test_adding_after_a_reported_clause_is_the_reporters(nlp):
    path = "dev32/articles/politics_pm-apology-over-jailings.txt"
    assert _speaker_of(nlp, path, "He went beyond") == "Gerry Conlon"


def test_an_epithet_that_adds_goes_on_with_the_last_speaker(nlp):
    path = "dev32/articles/sport_strachan-turns-down-pompey.txt"
    assert _speaker_of(nlp, path, "It's got everything") == "Gordon Strachan"


def test_a_body_doing_something_does_not_take_the_word_from_a_speaker(nlp):
    path = "dev33/articles/tech_gadget-market-to-grow-in-2005.txt"
    assert _speaker_of(nlp, path, "Consumers are controlling") == "Kirsten Pfeifer"


def test_the_top_seed_is_not_a_seventh_seed_named_before(nlp):
    path = "dev34/articles/sport_federer-breezes-into-semi-finals.txt"
    assert _speaker_of(nlp, path, "I think I played") == "Roger Federer"


def test_an_epithet_with_a_relative_clause_takes_the_name_before_it(nlp):
    path = "dev32/articles/sport_henman-to-face-saulnier-test.txt"
    assert _speaker_of(nlp, path, "He's tough player") == "Tim Henman"


def test_the_club_is_the_body_a_later_sentence_is_about(nlp):
    path = "dev31/articles/business_man-utd-to-open-books-to-glazer.txt"
    assert _speaker_of(nlp, path, "Any board has") == "Manchester United"


def test_a_motion_speaks_as_a_document_not_as_the_mp_named_before(nlp):
    path = "dev31/articles/business_man-utd-to-open-books-to-glazer.txt"
    assert _speaker_of(nlp, path, "any takeover designed") != "Tony Lloyd"


def test_a_reporting_conjunct_hung_from_the_report_is_the_reporters(nlp):
    path = "dev31/articles/politics_howard-denies-split-over-id-cards.txt"
    assert _speaker_of(nlp, path, "not an easy issue") == "Michael Howard"


def test_the_prime_minister_is_not_the_deputy_prime_minister(nlp):
    path = "dev6/articles/politics_blair-dismisses-quit-claim-report.txt"
    assert _speaker_of(nlp, path, "Help me to get through") == "Tony Blair"
    assert _speaker_of(nlp, path, "load of nonsense") == "Tony Blair"


def test_the_report_after_a_separate_report_is_the_new_one(nlp):
    text = (
        "The IMF published a report on Monday. The World Bank issued a separate report on "
        'Tuesday. "Poverty is falling," the report said. The report added: "Growth is strong."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["World Bank", "World Bank"]


def test_an_epithet_that_is_someones_own_title_adds_for_that_person(nlp):
    text = (
        'Chelsea manager Jose Mourinho said: "We won." Arsenal manager Arsene Wenger was '
        "furious. The Arsenal manager added that the referee was poor. "
        '"It was a disgrace," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jose Mourinho", "Arsene Wenger"]


def test_a_restrictive_description_only_one_named_person_holds_is_them(nlp):
    path = "dev29/articles/entertainment_box-office-blow-for-alexander.txt"
    assert _speaker_of(nlp, path, "One of the reasons") == "Oliver Stone"


def test_of_two_subjects_the_parser_gives_a_verb_the_named_one_speaks(nlp):
    path = "dev31/articles/politics_howard-denies-split-over-id-cards.txt"
    assert _speaker_of(nlp, path, "margins of society") == "Guy Mansfield QC"


def test_his_sales_pitch_speaks_for_him(nlp):
    path = "dev34/articles/tech_man-auctions-ad-space-on-forehead.txt"
    assert _speaker_of(nlp, path, "Take advantage") == "Andrew Fisher"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "John Smith, 42, died in hospital on Friday after the crash. His post-mortem "
            'report said: "The cause of death was a head injury."',
            "His post-mortem report",
        ),
        (
            "President George Bush visited London on Monday. Scientists met the next day. "
            '"Science is badly underfunded," said the president of the Royal Society.',
            "the president of the Royal Society",
        ),
        (
            'The Commons health select committee said: "It is bad." The Lords science '
            "committee also met on Tuesday. "
            '"The evidence on stem cells is clear," the committee said.',
            "Lords science committee",
        ),
    ],
)
def test_descriptions_that_name_another_document_or_body_keep_it(nlp, text, speaker):
    assert quotes_of(nlp, text)[-1].speaker == speaker


def test_subject_after_a_coordinated_clause_the_parser_hung_on_the_verb(nlp):
    # "Sale host Bath ..., but the Frenchman has endured": the Frenchman's own verb
    text = (
        "Sale director of rugby Philippe Saint-Andre has re-opened the club-versus-country "
        "debate.\n\nSale host Bath in the cup on Friday, but the Frenchman has endured a "
        '"difficult week" with six players away. "We have just the one full session," '
        "he told BBC Sport."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Philippe Saint-Andre"] * 2


def test_reported_words_inside_an_unclosed_quotation_do_not_end_it(nlp):
    # "people said 'you are dreaming'" is what the quotation itself reports
    text = (
        '"I feel great," said Jonah Lomu. "I train three times a day.\n\n'
        "\"Mohammed Ali has always been my ideal. Coming back to rugby, people said 'you are "
        "dreaming' but it always starts off with a dream. \"It's up to you whether you make it.\""
    )
    found = quotes_of(nlp, text)
    assert [q.text[:15] for q in found] == [
        "I feel great,",
        "I train three t",
        "Mohammed Ali ha",
        "It's up to you ",
    ]
    assert found[2].text.endswith("starts off with a dream.")
    assert {q.speaker for q in found} == {"Jonah Lomu"}


def test_predicative_role_noun_introduces_nobody(nlp):
    # "He wanted to be a writer" says what Hailey was: "the writer" is still him, and a
    # novelist is a writer; the actor named since is not
    text = (
        "Novelist Arthur Hailey has died at the age of 84. He wanted to be a writer from an "
        "early age. The book was adapted into a film, starring Burt Lancaster as the airport "
        "manager. The writer was known for his painstaking research. "
        '"I have never been able to write quickly," he once said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Arthur Hailey"]


def test_closed_sentence_before_another_quotation_keeps_the_previous_speaker(nlp):
    # '"...?" "This is the day," said X': the question is not X's
    text = (
        '"It is a significant opportunity," said Paul LeClerc, president of the library. '
        '"It could solve an old problem: how can we get to them?" "This is the day the world '
        'changes," said John Wilkin, a librarian.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Paul LeClerc",
        "Paul LeClerc",
        "John Wilkin",
    ]


def test_a_jury_is_a_body_not_the_last_person_named(nlp):
    text = (
        "The American Film Institute also cited the death of actor Marlon Brando. "
        'The 13-strong AFI jury concluded "the art of screen acting has two chapters."'
    )
    found = quotes_of(nlp, text)
    assert "Brando" not in (found[0].speaker or "")
    assert "jury" in (found[0].speaker or "") or "Institute" in (found[0].speaker or "")


def test_a_person_given_another_office_is_not_the_prime_minister(nlp):
    text = (
        "London Mayor Ken Livingstone says he is standing by his remarks. Mr Livingstone said "
        "he would not apologise even if Mr Blair asked. Later the prime minister said: "
        '"Yes, he should apologise."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Blair"]


def test_a_body_introduced_as_speaking_stays_unnamed(nlp):
    # 'said a panel of experts ... said the panel': not the firms named in between
    text = (
        'Gaming is not just about "hardcore" gamers, said a panel of experts. The panel also '
        "insisted that casual gamers were not just women.\n\nGreg Mills, program director at "
        "AOL, said its figures suggested that sports games attracted young males. Casual gaming "
        "is shaping up to be big business, according to the panel.\n\nPortal sites which offer "
        "casual games, like AOL, Yahoo, and RealArcade, allow people to build up buddy lists. "
        'This aspect of "community" is crucial for gamers who want quick access, said the panel.'
    )
    found = [q for q in quotes_of(nlp, text) if q.text == "community"]
    assert found[0].speaker == "the panel"


def test_inverted_subject_the_parser_broke_still_names_its_person(nlp):
    # "trades" taken for a verb: the person named after the cue is still the speaker
    text = (
        '"We see plants at risk," said Electrolux chief executive Hans Straberg. "It looks '
        'pretty grim," said Swedish trades union official Ulf Carlsson. "What are we going to '
        'end up producing in Sweden?"'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Hans Straberg",
        "Ulf Carlsson",
        "Ulf Carlsson",
    ]


def test_an_office_tagged_as_a_body_gives_way_to_its_holder_in_apposition(nlp):
    text = (
        "The Roman Catholic Archbishop of Cardiff, the Most Reverend Peter Smith, told BBC "
        'Radio 4 that the church wanted people to "reflect on issues" before voting.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Peter Smith"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a predicate about a new referent introduces it
        (
            "Prime Minister Tony Blair visited the region on Monday. The only survivor was a "
            'fisherman from the village. "I prayed all night," the fisherman told reporters.',
            "the fisherman",
        ),
        # the founder inside an appositive is not the company
        ('Microsoft, the company founded by Bill Gates, said: "We are pleased."', "Microsoft"),
        # a company introduced as the subject of another verb is still the one named
        (
            "Vodafone shares rose on Monday. Analysts said a company of its size could not "
            'ignore the market. "We are confident," the company said.',
            "Vodafone",
        ),
        # a former office is no office held now
        (
            "Former Tehran mayor Mahmoud Ahmadinejad won Iran's presidential election. "
            '"We will build a modern state," the president said.',
            "Mahmoud Ahmadinejad",
        ),
    ],
)
def test_review_probes_keep_their_speakers(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_body_described_as_the_subject_passes_over_the_names_it_governs(nlp):
    text = (
        "Strong exports helped Kestrel Motors raise its profits by a third last year.\n\n"
        'Kestrel Motors said demand in Asia had been "remarkable". The firm will benefit from '
        "the launch of a new Fabia model in the spring and the roll-out of the Octavia in "
        'India. "We expect margins to stay under pressure," the company said.'
    )
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.speaker_text) for q in found] == [
        ("Kestrel Motors", "Kestrel Motors"),
        ("Kestrel Motors", "the company"),
    ]


def test_a_person_in_a_relative_clause_after_the_cue_does_not_speak(nlp):
    text = '"He is a changed man," said those who know Prince Charles well.'
    assert "Charles" not in (quotes_of(nlp, text)[0].speaker or "")


def test_a_bodys_spokeswoman_is_not_another_bodys_named_spokesman(nlp):
    text = (
        'Postal workers went on strike. "We have no plans to return," said Xavier Jones, a '
        'spokesman for the Postal Workers Union. The Royal Mail spokeswoman said: "There is '
        'nothing to add."'
    )
    first, second = extract(text, nlp=nlp).quotes
    assert first.speaker == "Xavier Jones"
    assert second.speaker == "The Royal Mail spokeswoman"
    assert second.speaker_id is None


def test_letters_after_a_speakers_name_are_no_speaker(nlp):
    text = (
        'Scottish Finance Minister, Tom Harris MSP, said: "Last week I announced an extra sum '
        'for councils."'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == ["Tom Harris"]
    assert "MSP" not in [e.name for e in document.entities]


def test_it_said_after_an_unnamed_body_as_subject_is_that_body(nlp):
    text = (
        "And Home Secretary Charles Clarke said he would not comment. The US government denied "
        'the claims, saying it condemned torture. In a statement, it said: "The Department of '
        'Defense has no doubt that he was properly detained."'
    )
    (quote,) = extract(text, nlp=nlp).quotes
    assert quote.speaker == "The US government"


@pytest.mark.parametrize(
    ("text", "role"),
    [
        (
            'The Lord Chief Justice, Lord Barker, said it was his "pioneering work" that '
            'mattered. "He was a great judge," he added.',
            "Lord Chief Justice",
        ),
        (
            "The bill failed. The Lord Chancellor, Lord Hale, agreed it was unfair but added "
            'that "its effects are limited".',
            "Lord Chancellor",
        ),
    ],
)
def test_an_office_led_by_lord_is_a_title_not_a_speaker(nlp, text, role):
    document = extract(text, nlp=nlp)
    (person,) = [e for e in document.entities if e.label == "PERSON"]
    assert person.roles == [role]
    assert {q.speaker for q in document.quotes} == {person.name}


def test_he_said_after_a_clause_opened_by_but_is_its_subject(nlp):
    text = (
        "Andy Murray said he was tired of asking for a faster surface, but the club's chairman "
        'Peter Lowe rejected his comments. "We did ask for it to be made faster," he said.'
    )
    (quote,) = extract(text, nlp=nlp).quotes
    assert quote.speaker == "Peter Lowe"


def test_a_name_inside_a_participle_the_pronoun_governs_is_not_the_pronoun(nlp):
    text = (
        'Speaking in Paris on Monday, President Chirac said the deal was "on course". But '
        'standing next to Mr Schroeder he added that it was "far from done".'
    )
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == ["Chirac", "Chirac"]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a "but" clause that answers nobody leaves the speaker where he was
        (
            "Jose Mourinho said his side had been unlucky, but referee Mike Riley had a good "
            'game. "We created many chances," he said.',
            ["Jose Mourinho"],
        ),
        (
            "Tony Blair said the war had been justified, but Robin Cook resigned in protest. "
            '"I have no regrets," he said.',
            ["Tony Blair"],
        ),
        # a named spokesperson of that body is the one described again
        (
            "Dixons spokesman Andrew Long said sales were strong. The Dixons spokesman said: "
            '"We are pleased."',
            ["Andrew Long"],
        ),
        (
            "Jane Smith, a spokeswoman for Tesco, said sales were up. The Tesco spokeswoman "
            'said: "We are pleased."',
            ["Jane Smith"],
        ),
        # 'it' goes on with the named body a recent sentence was about
        (
            "BA has apologised to passengers. The airline cancelled 40 flights. The government "
            'has ordered an inquiry. "We are very sorry for the inconvenience," it said.',
            ["BA"],
        ),
        # a club and a hyphened position the parser split: the player in view
        (
            'And skipper Jason Robbins believes the mood is good. "There is no lack of '
            'confidence in the team," said the Sale full-back.',
            ["Jason Robbins"],
        ),
    ],
)
def test_review_probes_of_the_tenth_session(nlp, text, speakers):
    assert [q.speaker for q in extract(text, nlp=nlp).quotes] == speakers


def test_a_kinship_noun_gives_the_sex_of_a_lone_given_name(nlp):
    text = (
        "When Joy Rainey started racing in 1974 she was continuing the family tradition - "
        "her father, Murray, is a former champion.\n\n"
        "She uses an ordinary road car with extensions on the pedals. "
        '"In a competition car you have to have everything right," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Joy Rainey"]


def test_a_firm_the_model_called_a_nationality_is_the_company(nlp):
    text = (
        "In a statement detailing the bans Valve said this system helped identify who had "
        'pirated copies. "The method used was easy for Valve to trace," read the statement. '
        "Valve spokesman Doug Lombardi said sales were good."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Valve"]
    text = (
        "Game maker Valve shut down the online accounts of the players because it had "
        "evidence that their copy of the game had been obtained illegally. In its statement "
        "Valve also said that rumours that it distributed fake keys were false."
    )
    assert [(e.name, e.label) for e in extract(text, nlp=nlp).entities] == [("Valve", "ORG")]


def test_a_partys_full_name_after_the_article(nlp):
    text = (
        "The Liberal Democrats want to scrap the council tax. They say it puts a "
        '"ceiling" on what the richest pay.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Liberal Democrats"]


def test_a_persons_spokesman_introduced_as_subject_is_the_he_who_speaks(nlp):
    text = (
        "On Monday, Tony Blair's official spokesman declined to say whether the prime "
        "minister backed the plans. He said: \"What's important is that there's a process "
        'going on."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tony Blair's official spokesman"]


def test_a_partys_spokesman_after_a_named_man_is_that_man(nlp):
    text = (
        "Vincent Cable says one in eight households already struggle with debt. The Lib "
        "Dems' Treasury spokesman is unveiling a policy aimed at the issue. He wants to see "
        '"proper health checks" when loans are marketed.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Vincent Cable"]


def test_the_owner_of_a_message_before_a_colon_speaks(nlp):
    text = (
        "Sir Digby Jones said stability was all important. His message to the chancellor "
        'was: "Please don\'t give it away in any form of electioneering."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Digby Jones"]


def test_a_name_that_says_he_is_a_person_and_speaks(nlp):
    text = (
        "Ferdinand casts doubt over Glazer\n\n"
        "Rio Ferdinand has said he is unsure whether Malcolm Glazer will take over the club. "
        '"We will have to wait and see what Glazer does," he added.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rio Ferdinand"]


def test_an_age_adjective_after_a_place_is_not_the_places_age(nlp):
    text = (
        "On the outskirts of Kyoto, 83-year-old Yuji Shimizu contemplates this phenomenon "
        'during a round of golf.\n\n"I think this is because the food has improved," he remarks.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Yuji Shimizu"]


def test_a_bulleted_name_before_a_title_is_no_speaker(nlp):
    text = 'Best films\n\n- Steven Spielberg "Jaws" (1975)\n- Ian McEwan "Amsterdam"\n'
    assert [q.speaker for q in quotes_of(nlp, text)] == [None, None]


def test_an_unresolved_owner_of_a_response_is_no_speaker(nlp):
    text = 'Mr Howard met the farmers. Their response to his plan was: "Too little, too late."'
    assert [q.speaker for q in quotes_of(nlp, text)] != ["Their"]


def test_a_partial_quotation_under_an_unresolved_he_is_still_speech(nlp):
    text = (
        "Mrs Clinton's health plan was discussed at length on Tuesday.\n\n"
        'He made the criticism while showing support for Mrs Clinton\'s "public option", '
        "which would allow individuals to buy into Medicare."
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["speech"]


def test_a_scare_quoted_subject_under_a_he_stays_other(nlp):
    text = (
        'The robot leaps and lands without slipping. The "run" he is now capable of is '
        "perhaps not quite up to Olympic standards."
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["other"]


@pytest.mark.parametrize("epithet", ["the ex-Wallaby added", "the ex-international added"])
def test_an_ex_epithet_stands_for_the_person_in_view(nlp, epithet):
    text = (
        'Matt Kendrick has attacked England. "They are whingeing," said Kendrick. '
        f'And {epithet}: "If England lost that, they would be in turmoil."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Matt Kendrick", "Matt Kendrick"]


def test_a_pronoun_in_a_relative_clause_is_not_the_name_it_describes(nlp):
    text = (
        'Matt Kendrick has attacked England. "They are whingeing," said Kendrick. '
        "Kendrick, though, defended coach Andy Robinson, who he believes was the "
        '"only choice" after the resignation.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Matt Kendrick", "Matt Kendrick"]


def test_who_they_say_they_are_reports_nothing(nlp):
    text = (
        'Barry Neal said: "The threat is real." Banks are adding new checks.\n\n'
        "Sam Ostrow, from Keycard, told the BBC there are two parts to the process. The "
        "hardest is to ascertain whether an individual is who they say they are online.\n\n"
        '"The end solution is to combine something you know with something you have."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Barry Neal", "Sam Ostrow"]


def test_a_name_set_off_by_commas_before_a_subjectless_verb_is_its_subject(nlp):
    text = (
        "US Customs claimed Mr Ruddock was one of the group's leaders but his lawyer, "
        'Antony Ferrall, told the BBC it was a laughable suggestion and added: "He was '
        'living on welfare."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Antony Ferrall"]


def test_a_name_that_says_he_did_something_is_a_he(nlp):
    text = (
        'Soul singer Beverley Mayall said she sang on the single after being "haunted" by '
        "the shooting.\n\nMayall and drum 'n' bass star Roni Dale have released the song in a "
        'bid to reduce gun crime. She said she was "horrified" by the deaths.\n\n'
        "Dale said he had seen a lot of young people die."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Beverley Mayall", "Beverley Mayall"]


def test_the_name_before_a_whose_clause_the_parser_fronted_speaks(nlp):
    text = (
        "Singer Ann Hale and rapper Roni Dale have released a single.\n\n"
        "Dale, whose New Forms album won the 1997 Mercury Music Prize, said gun use was "
        '"nothing to be glamorised".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Roni Dale"]


def test_the_owner_of_advice_that_was_to_do_something_said_it(nlp):
    text = (
        "But the real star of the show is Ken Marsh. The former editor dispensed a stream of "
        'one-liners. His advice for one young contestant was to "get a haircut and a brain '
        'transplant".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ken Marsh"]


def test_comments_defended_as_something_stay_the_defenders_words(nlp):
    text = (
        "The comedian Chris Rock labelled awards ceremonies idiotic. The show's producers "
        'defended Rock, saying his comments were "humorous digs".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] != ["Chris Rock"]


def test_the_name_after_an_inverted_said_speaks_though_the_parser_took_another_subject(nlp):
    text = (
        "But the government department responsible for implementing the change suffered "
        'from an "unusually high turnover" of staff, said the Home Affairs Select Committee.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Home Affairs Select Committee"]


@pytest.mark.parametrize(
    "text",
    [
        # someone else is the subject of the sentence between
        "Tony Blair told MPs the plan was sound. Critics were not convinced at all.\n\n"
        '"It is an illiberal and costly scheme."',
        "Tony Blair told MPs the plan was sound. The opposition has long been hostile to "
        'the cards.\n\n"It is an illiberal and costly scheme."',
    ],
)
def test_a_report_two_sentences_back_does_not_pass_over_another_subject(nlp, text):
    assert [q.speaker for q in quotes_of(nlp, text)] == [None]


def test_what_he_told_mps_introduces_the_next_quotation(nlp):
    text = (
        "Tony Blair spoke in the Commons on Monday. This is what he told MPs.\n\n"
        '"We will not retreat in the face of terror."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tony Blair"]


def test_said_she_after_a_tribute_to_a_woman_is_not_the_speakers_sex(nlp):
    text = (
        "Chris Evans has paid tribute to Zoe Ball. Evans said she was the best presenter he "
        'had worked with.\n\n"I loved working with her," he said. "She was a natural."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Chris Evans", "Chris Evans"]


def test_an_ex_epithet_that_adds_goes_on_with_the_last_speaker(nlp):
    text = (
        'David Kirk has attacked England. "They are whingeing," said Kirk. England coach '
        "Andy Robinson named his side on Monday.\n\n"
        'And the ex-Wallaby added: "If England lost that, they would be in turmoil."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["David Kirk", "David Kirk"]


def test_our_correspondent_is_the_correspondent_named_before(nlp):
    text = (
        'BBC correspondent Tom Merrow said the unions were "a formidable force". Deputy '
        "Prime Minister John Prescott held a private meeting with union leaders on Thursday. "
        "Our correspondent said that he understood no deal had been offered. There was "
        '"some possibility" of a strike being avoided, he added.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tom Merrow", "Tom Merrow"]


def test_a_pronoun_prefers_someone_the_quotation_does_not_name(nlp):
    # a speaker seldom names themself: 'I said to Harry' is not Harry's
    text = (
        'Harry Redknapp has quit Portsmouth. "I am surprised," chairman Milan Mandaric said. '
        "According to Mandaric, Redknapp vowed he would not join Southampton when he left. "
        "\"I said to Harry 'I hope you don't go', and he told me 'absolutely not',\" he said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Milan Mandaric"] * 2


def test_a_pronoun_still_finds_a_speaker_the_quotation_names(nlp):
    # only a preference: with nobody else in view, the named person still speaks
    text = 'Harry Redknapp was asked about his future. "Harry is staying," he said.'
    (quote,) = speech(quotes_of(nlp, text))
    assert quote.speaker == "Harry Redknapp"


def test_a_rank_opening_the_sentence_before_stands_for_the_person_in_view(nlp):
    text = (
        "Roger Federer was not unduly worried. The world number one was forced to go the "
        'distance against Ivan Ljubicic in the Rotterdam final. "I had a slow start again," '
        "he said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Roger Federer"]


def test_people_subject_of_a_participle_speaks_not_the_person_they_name(nlp):
    text = (
        "Church ministers are trying to prevent rapper Nelly performing in Arkansas, saying "
        'they do not want his "vile and filthy lyrics" in their town.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Church ministers"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a poster is a thing: the named person it shows speaks
        (
            "The poster shows Mr Howard hypnotising people, saying: "
            '"I can spend the same money twice."',
            "Howard",
        ),
        # 'John Obi Mikel' is another John than John Terry
        (
            "Chelsea captain John Terry met manager Jose Mourinho. Terry was in good spirits. "
            '"John Obi Mikel will be a great signing," he said.',
            "John Terry",
        ),
    ],
)
def test_review_misfires_of_the_thirteenth_session_stay_mended(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is not None and speaker in quote.speaker


def test_number_10_is_no_rank_for_the_person_in_view(nlp):
    text = (
        "Tony Blair has denied the claims. Number 10 said ministers were interested in "
        'governing and not a "soap opera".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker != "Tony Blair"


def test_a_conjunct_after_a_dashed_aside_belongs_to_the_main_clause(nlp):
    text = (
        "Tony Wilson has twice tried to resurrect Factory - which lasted for 14 years before "
        'folding - but conceded these efforts had been "despondent and dismal experiences".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Tony Wilson"


def test_an_epithet_passes_over_a_name_in_a_sentence_about_his_doings(nlp):
    # 'His times' opens the sentence: it is about the person in view, not Maurice Greene
    text = (
        "Jason Gardener won the 60m in Glasgow. His times were well short of American "
        "Maurice Greene's world record. \"It's a very hard record to break,\" said the "
        "world indoor champion."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Jason Gardener"


def test_a_run_of_open_paragraphs_stays_with_the_speaker_who_began_it(nlp):
    # the last paragraph is left open and runs into narrative naming someone else
    text = (
        'Mido added: "It is not my right to give orders. "I feel the players have a new '
        'spirit. "So I am used to it now. Meanwhile, spokesman Methat Shalaby welcomed the '
        'apology. "It makes him a bigger star," Shalaby said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Mido"] * 3 + ["Methat Shalaby"]


def test_she_in_what_a_named_persons_who_clause_reports_is_that_person(nlp):
    text = (
        "It is the first nomination for actress Sophie Okonedo. It is also a debut nomination "
        "for Imelda Staunton, 49, who told BBC News 24 she had not thought the film would "
        'appeal to voters. "It was an extraordinary time," she said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Imelda Staunton"


def test_a_surname_the_tagger_took_for_a_modal_still_speaks(nlp):
    text = (
        "Guitarist Brian May has said he expects to be on the road from April. "
        '"We were both so amazed at the chemistry," May wrote on his website.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Brian May"


def test_a_named_persons_surname_speaks_though_the_tagger_made_a_title_of_the_name(nlp):
    text = (
        "In its report, the IPPR also asks if ID cards could help. "
        '"What we are proposing is a civic commons," Will Davies, senior research fellow at '
        'the IPPR told the BBC News website. "Government already plays a critical role," '
        "said Mr Davies."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Davies", "Davies"]


def test_he_after_an_office_holders_spokesman_is_that_spokesman(nlp):
    text = (
        "Lord Butler said Mr Blair bypassed the Cabinet. The prime minister's official "
        "spokesman said the Cabinet was still used to achieve a consensus. But he added: "
        '"You cannot take every decision in Cabinet."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "The prime minister's official spokesman"


def test_the_committee_is_the_body_a_description_named_before_not_the_last_organisation(nlp):
    text = (
        "Ministers would not rule out scrapping the Child Support Agency. A report by the "
        "Commons work and pensions committee called for the agency to be wound up. The "
        "committee reached its conclusions after it found that 250,000 cases are waiting. "
        'It warned that it could be five years before the CSA was "fit for purpose".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the Commons work and pensions committee"


def test_the_report_is_its_authors_named_with_it_before(nlp):
    text = (
        "Ministers would not rule out scrapping the Child Support Agency. A report by the "
        "Commons work and pensions committee called for the agency to be wound up. The "
        'report urged the CSA to draw up plans, including the "abandonment option".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the Commons work and pensions committee"


def test_a_reporting_participle_after_a_subordinate_clause_is_the_reporters(nlp):
    text = (
        "Ministers would not rule out scrapping the Child Support Agency. A report by the "
        "Commons work and pensions committee called for the agency to be wound up. The "
        "committee reached its conclusions after it found that 250,000 cases are waiting. "
        'It warned that it could be five years before the CSA was "fit for purpose", '
        'describing it as "a failing organisation".'
    )
    speakers = {q.text: q.speaker for q in quotes_of(nlp, text)}
    assert speakers["a failing organisation"] == speakers["fit for purpose"]
    assert speakers["fit for purpose"] != "CSA"


def test_a_person_an_owned_subject_is_stays_in_view(nlp):
    # 'His successor was Steve McClaren' introduces the one the epithet means
    text = (
        "Sven-Goran Eriksson left the England job. His successor was Steve McClaren. "
        '"It is a great honour," said the 45-year-old coach.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Steve McClaren"


def test_a_participle_hung_on_an_unnamed_noun_is_the_attacking_subjects(nlp):
    text = (
        "UK Independence Party leader Roger Knapman attacked the plans for pensioners saying "
        'they needed "more money", not "free bus rides".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Roger Knapman", "Roger Knapman"]


def test_a_bodys_spokesman_is_not_its_head_named_before(nlp):
    text = (
        "Stuart Rose, head of M&S, said last year its prices were too high. "
        '"We have brought in new clothing as part of Stuart Rose\'s strategy," said the M&S '
        "spokesman."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the M&S spokesman"


def test_a_name_parsed_in_apposition_to_a_paper_before_the_verb_speaks(nlp):
    text = (
        "Critics include Labour backbencher Gwyneth Dunwoody. In an article for the Times "
        "newspaper, Ms Dunwoody, who chairs the Transport Select Committee, says: "
        '"Slight increases to low car speeds increase hugely the risks to pedestrians."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Gwyneth Dunwoody"


@pytest.mark.parametrize(
    "reporter",
    [
        "Director of Public Prosecutions, Ken Macdonald, said",
        "Director of Public Prosecutions Ken Macdonald said",
    ],
)
def test_a_title_with_a_name_reporting_before_the_quotation_speaks_it(nlp, reporter):
    text = (
        'Lord Woolf said it was fair. "I am confident," he said. '
        f"{reporter} the principle is set down by parliament. "
        '"What the guideline does is increase the chances. "It represents a tougher regime," '
        "he said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Woolf", "Ken Macdonald", "Ken Macdonald"]


def test_a_teller_inside_a_papers_report_says_what_follows_the_colon(nlp):
    text = (
        "Striker Nicolas Anelka wants to leave. The News of the World reports that Anelka told "
        'a French magazine: "I either decide to win titles or to have an easy life."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Nicolas Anelka"


def test_the_subject_of_an_auxiliary_parsed_apart_from_its_participle_speaks(nlp):
    text = (
        "Michael Howard did not comment. Instead, he pointed to how Tony Blair had in 1997 "
        'complained about "personalised abusive campaigning".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Tony Blair"


def test_he_after_an_unnamed_dealer_is_the_dealer(nlp):
    text = (
        '"It\'s a result," said Nick Bubb, an analyst at Evolution Securities. However, one '
        'dealer, who asked not to be named, told Reuters the sales were "not what people '
        'had hoped for". "Christmas has been tough for the whole sector," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Nick Bubb", "one dealer", "one dealer"]


def test_an_untagged_department_before_its_spokeswoman_does_not_speak(nlp):
    text = (
        "Sir John was made permanent secretary in 2001. A Department for Work and Pensions "
        'spokeswoman said of his honour: "The award reflects all that he has achieved."'
    )
    (quote,) = quotes_of(nlp, text)
    assert "spokeswoman" in quote.speaker


def test_words_after_a_thought_or_a_participle_on_an_abstract_noun_are_the_leaders(nlp):
    text = (
        "Michael Howard is to make a pitch for Britain's ethnic vote urging people who feel "
        '"taken for granted" to vote Tory. But the Tory leader will argue against positive '
        'discrimination saying it is "outdated and unjust".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Michael Howard", "Michael Howard"]


def test_a_participle_after_a_name_in_apposition_is_the_main_subjects(nlp):
    text = (
        "Cate Blanchett won. Blanchett also paid tribute to the film's director Martin "
        'Scorsese, telling him: "I hope my son will marry your daughter."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Cate Blanchett"


@pytest.mark.parametrize(
    "text",
    [
        "The report was a rebuke. Chairman of the Environmental Audit Committee Peter "
        'Ainsworth MP, said: "The policy is an alarming example of disjointed thinking."',
        "The US said it is looking at other ways. \"The US is not convinced that's the way to "
        'do it," said Treasury Under Secretary Peter Ainsworth.',
    ],
)
def test_a_title_or_a_body_before_a_persons_name_does_not_speak(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Peter Ainsworth"


def test_a_survey_whose_finding_is_quoted_speaks(nlp):
    text = (
        'Sam Younger said: "We know that." The survey of 500 people "showed Britain\'s young '
        'people are far from apathetic".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Sam Younger", "The survey of 500 people"]


def test_the_bishop_is_the_bishop_named_before_and_speaks_on_after_according_to(nlp):
    text = (
        "The Bishop of Durham, the Rt Rev Dr Tom Wright, described the novel as a thriller. "
        'Writing in the Northern Echo, the Bishop said: "Conspiracy theories are always fun." '
        "A great deal of evidence proves the Biblical version of Jesus' life was true, "
        'according to the Bishop. "The evidence for Jesus is astonishingly good," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tom Wright", "Tom Wright"]


def test_a_title_coordinated_with_another_is_not_resolved_alone(nlp):
    text = (
        'Prince Charles said he was "absolutely delighted". The Queen and Duke of Edinburgh '
        'said the news had made them "very happy".'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert "Charles" in speakers[0]
    assert "Charles" not in (speakers[1] or "")


def test_what_the_owner_of_a_description_called_someone_is_theirs(nlp):
    text = (
        "Michael Howard had already broken away from the text of his speech to deliver a "
        'rebuff to Peter Hain\'s description of him as an "attack mongrel", claiming Labour '
        'was "rattled".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Peter Hain", "Michael Howard"]


def test_a_bodys_unnamed_person_stays_unnamed(nlp):
    text = (
        "Howard's unfinished business\n\n"
        '"He\'s not finished yet," whispered the Conservative Party person as your reporter '
        "left the hall. And indeed he wasn't. Michael Howard had broken away from his text."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the Conservative Party person"


@pytest.mark.parametrize(
    ("text", "not_speaker"),
    [
        ('Tony Blair spoke in Leeds on Monday. The Chancellor said: "We will win."', "Blair"),
        ('Prince Charles visited Camilla. The Queen said: "We are delighted."', "Charles"),
        ('The Minister for Tony Blair\'s Cabinet Office said: "We will win."', "Blair"),
        ('The Secretary of the Tony Blair fan club said: "We love him."', "Blair"),
    ],
)
def test_review_misfires_of_the_fifteenth_session_stay_mended(nlp, text, not_speaker):
    # a bare office is someone the text gave that title; a name inside a body's name is
    # not the title holder
    (quote,) = quotes_of(nlp, text)
    assert not_speaker not in (quote.speaker or "")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'The Chairman of Tony Blair\'s Labour Party, Ian McCartney, said: "We will win."',
            "Ian McCartney",
        ),
        (
            "Jane Smith, head of press at Tesco, spoke first. The Tesco spokeswoman added: "
            '"Prices will fall."',
            "Jane Smith",
        ),
    ],
)
def test_a_title_holder_in_apposition_and_a_press_head_speak(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker


def test_a_stage_managed_event_says_no_scare_quote(nlp):
    text = (
        "It was left to Mr Prescott to pay tribute to the chancellor's record. The event was "
        "carefully stage-managed to underline Cabinet unity. And, more specifically, to "
        'demonstrate the "central role" Mr Brown will play in the election campaign.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is None


def test_a_speaker_does_not_name_themself_by_given_name(nlp):
    text = (
        "Ferguson's own goalscoring talisman Ruud van Nistelrooy is fit again, but the Scot "
        "admitted he was unsure whether to start the Dutchman.\n\n"
        '"Ruud is the best striker in Europe. What I have to judge is whether he will '
        'struggle," he said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker != "Ruud van Nistelrooy"


def test_a_run_on_that_names_the_next_speaker_is_not_theirs(nlp):
    text = (
        'Paul Bosvelt is out of contract in the summer. "I told the club I would like to stay '
        'for one more year," he said. "The main concern is my age but I think I have proved '
        "I am fit enough. Bosvelt joined City in 2003 and impressed manager Kevin Keegan. "
        '"He is an unsung hero," said Keegan.'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[1] != "Kevin Keegan" and speakers[2] == "Kevin Keegan"


def test_it_after_the_firm_is_the_firm_named_before(nlp):
    text = (
        "Contrack International heads a coalition of firms. Contrack said the work could not "
        "be done at a sensible cost. But the firm denied reports it was withdrawing completely "
        'from Iraq. "Members of the joint venture are committed to the reconstruction '
        'efforts," it said in a statement.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Contrack International"


def test_pressed_after_a_question_is_a_cue(nlp):
    text = (
        'Defence lawyer Reid Weingarten questioned David Myers. "Not that I am aware of," '
        'Mr Myers replied. "Did you ever know Mr Ebbers to make an accounting entry?" Mr '
        "Weingarten pressed."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["David Myers", "Reid Weingarten"]


def test_he_spoken_of_after_a_report_about_him_is_not_the_speaker(nlp):
    text = (
        "After the match, Barbarians coach Bob Dwyer warned that South African flanker "
        "Schalk Burger needed a proper off-season break. Burger, 21, was recently crowned "
        'player of the year. "It\'s his first year at that level and he was phenomenal," he '
        "said."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Bob Dwyer"


def test_a_possessive_in_a_relative_clause_is_not_the_he_who_speaks(nlp):
    text = (
        "O'Leary has rapped skipper Olof Mellberg for his comments.\n\n"
        "Mellberg spoke of his dislike of the rivals ahead of the match, which Steve Bruce's "
        'side won 2-1. "I\'ve had more than a quiet word with Olof," he told the club website.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "O'Leary"


def test_an_age_epithet_parsed_as_an_object_after_a_quotation_speaks(nlp):
    text = (
        '"It is just more bitter and personal against United," Sol Campbell told The Guardian.'
        "\n\nLast October, Arsenal lost 2-0 at Old Trafford, which ended a record 49-match "
        'unbeaten league run.\n\n"It had a psychological impact on us," added the 30-year-old, '
        "referring to a controversial penalty."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Sol Campbell", "Sol Campbell"]


def test_a_person_with_a_participle_after_with_speaks(nlp):
    text = (
        "It is understood that Blackburn accepted an offer for Barry Ferguson. Ferguson did not "
        "play in the FA Cup win over Colchester on Saturday despite recovering from a groin "
        'injury with Rovers boss Mark Hughes claiming it had been an "emotional and difficult '
        'time" for the player.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Mark Hughes"


def test_an_attribution_inside_a_quotation_left_open_speaks_for_the_next(nlp):
    text = (
        "Cole added: \"I've done it before. \"Of course he'll learn. I've been sent off a "
        "couple of times now. Freddie Ljungberg is likely to be used in an emergency striking "
        'role. Gunners boss Arsene Wenger said: "Freddie is an option but we need a second '
        'striker."'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[-1] == "Arsene Wenger" and speakers[-2] != "Arsene Wenger"


def test_an_epithet_with_an_adverb_before_its_verb_carries_the_person(nlp):
    text = (
        "Everton manager David Moyes will discipline striker James Beattie for his headbutt on "
        "Chelsea defender William Gallas.\n\nThe Scot initially defended Beattie, saying Gallas "
        "overreacted. But he has had a rethink after looking over the video evidence again. He "
        'said: "I believe that I should set the record straight."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "David Moyes"


def test_it_after_an_office_owned_by_an_office_holder_is_that_office(nlp):
    text = (
        "Prime Minister Ephraim Inoni vowed to tackle corruption. The prime minister's office "
        'said auditors had found "irregularities". It added that the staff "appear to have '
        'received unearned salaries".'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[-1].lower() == "the prime minister's office"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Wenger pressed for the "away goals" rule to be scrapped.', None),
        (
            "Arsene Wenger said that Thierry Henry was tired. Henry, 27, has played every game "
            'this season. "I need a rest and he\'s right," he said.',
            "Thierry Henry",
        ),
        (
            "United won the game, which Wayne Rooney's late goal settled. \"It was a great "
            'feeling," he said.',
            "Wayne Rooney",
        ),
    ],
)
def test_the_reviewers_probes_keep_their_speakers(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker


def test_a_later_quotation_without_a_cue_keeps_its_sentences_voice(nlp):
    # not the subject of the report in the sentence before
    text = (
        "Trump accused Holt of being a Democrat, though a review of records indicate he "
        "has been a registered Republican since 2003.\n\n"
        "Aaron Kall, the director of debate at the University of Michigan, compared Trump "
        'to a coach at a basketball game who is "working the referees" in hopes that '
        '"they\'ll go easier" on him.'
    )
    found = speech(quotes_of(nlp, text))
    assert [(q.text, q.speaker) for q in found] == [
        ("working the referees", "Aaron Kall"),
        ("they'll go easier", "Aaron Kall"),
    ]


def test_a_described_speaker_in_the_sentence_after_an_exclamation_speaks(nlp):
    text = (
        '"We will win this!" The party\'s new chairman, Tim Smith, told reporters. '
        '"The nation is watching."'
    )
    found = speech(quotes_of(nlp, text))
    assert [(q.speaker, q.cue) for q in found] == [
        ("Tim Smith", "told reporters"),
        ("Tim Smith", None),
    ]


def test_a_sentence_after_an_exclamation_that_says_its_own_words_is_not_its_cue(nlp):
    text = (
        '"We will win this!" The party\'s new chairman, Tim Smith, told reporters the vote '
        "was lost."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker is None


def test_a_passage_quoted_again_keeps_its_speaker_over_a_nearer_pronoun(nlp):
    text = (
        '"United made a mistake in selling me," Jaap Stam told a magazine. "I was settled at '
        'Manchester United, but they wanted to sell me." Sir Alex Ferguson sold the Dutchman '
        "to Lazio in 2001. But Ferguson insisted he sold the defender because the fee was "
        "too good to refuse. The affair still rankles with the Dutchman.\n\n"
        '"I was settled at Manchester United, I had even just ordered a new kitchen, but they '
        'wanted to sell me," he said. "Of course, you can refuse to go."'
    )
    speakers = [q.speaker for q in speech(quotes_of(nlp, text))]
    assert speakers == ["Jaap Stam"] * 4


def test_words_quoted_inside_a_quotation_are_not_its_speakers_passage(nlp):
    text = (
        'Danny Kruger was quoted saying: "We plan to introduce a period of creative destruction '
        'in the public services." Labour\'s Alan Milburn said: "He is not some unknown '
        'hopeful." He added: "His claim that the Tories were planning \'a period of creative '
        "destruction in the public services' is shocking.\""
    )
    speakers = [q.speaker for q in speech(quotes_of(nlp, text))]
    assert speakers == ["Danny Kruger", "Alan Milburn", "Alan Milburn"]


def test_a_players_position_does_not_describe_a_manager(nlp):
    text = (
        "Richard Dunne is ready to commit his future to Manchester City.\n\n"
        "He was once threatened with the sack by City boss Kevin Keegan but has since "
        "responded with impressive performances. Early talks have taken place and the "
        'defender said: "Hopefully something will be sorted out soon."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Richard Dunne"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'Defender John Terry said: "We just need to keep winning our games." Team-mate '
            'Frank Lampard agreed. He said: "We just need to keep winning our games and the '
            'title will come."',
            ["John Terry", "Frank Lampard"],
        ),
        (
            'Mr Prescott told the BBC: "I have never met the man in my life." When the '
            "interviewer read back his earlier comment, Mr Humphrys said it contradicted him. "
            'He said: "You said you have never met the man in my life - but you were '
            'photographed with him."',
            ["Prescott", "Humphrys"],
        ),
        (
            'Chelsea boss Jose Mourinho said: "We were the better team." "The referee was a '
            "disgrace!\" Barcelona's coach, Frank Rijkaard, disagreed.",
            ["Jose Mourinho", "Jose Mourinho"],
        ),
        (
            'Mr Blair told MPs: "This is a budget for hard-working families." "We will not put '
            'stability at risk." The Conservative leader, Michael Howard, responded.',
            ["Blair", "Blair"],
        ),
        (
            '"We are delighted with the results." The firm\'s chief executive, John Smith, told '
            "reporters.\n",
            ["John Smith"],
        ),
    ],
)
def test_the_reviewers_probes_of_the_eighteenth_session(nlp, text, speakers):
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == speakers


def test_a_writers_own_word_after_an_uncued_quote_is_not_carried_on(nlp):
    text = (
        "Franz Ferdinand must be paying serious amounts of tax on their record sales, so the "
        "Treasury would be making far more than it paid out. However, the government has "
        'better things to spend its money on. The government shouldn\'t "fund" music - it '
        'should "invest" in music and those investments should be treated like any other.'
    )
    invest = next(q for q in quotes_of(nlp, text) if q.text == "invest")
    assert invest.kind == "other"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            "Sen. Dorothea Valenko (R-Ohio) opposed the bill. Her colleague, Sen. Marcus "
            'Whitcombe (D-Calif.), backed it.\n\n"It is a giveaway," the Ohio Republican '
            'said.\n\n"It is nothing of the kind," the California Democrat shot back.',
            ["Dorothea Valenko", "Marcus Whitcombe"],
        ),
        (
            "Rep. Lionel Abernathy, R-Texas, spoke first. Rep. Ann Coyle, a Democrat from New "
            'York, answered him. "We will not fold," the Texas Republican said. "Nor will '
            'we," the New York Democrat said.',
            ["Lionel Abernathy", "Ann Coyle"],
        ),
        (
            "Ohio Republican Sen. Dorothea Valenko and Sen. Marcus Whitcombe of California "
            'met. "No deal," the Republican said.',
            ["Dorothea Valenko"],
        ),
        (
            "Sen. Dorothea Valenko (D-Ohio) and Sen. Marcus Whitcombe (D-Calif.) spoke.\n\n"
            '"It is a giveaway," the Ohio Republican said.',
            ["the Ohio Republican"],
        ),
        (
            "Liberal Democrat MP Sarah Teather and Tory MP John Redwood spoke. "
            '"It is wrong," the Liberal Democrat said.',
            ["Sarah Teather"],
        ),
    ],
)
def test_an_epithet_of_party_and_state_is_the_member_so_described(nlp, text, speakers):
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Secretary of State Halvard Brenn met the delegation. "We are ready," the '
            "secretary of state said.",
            "Halvard Brenn",
        ),
        (
            "Secretary of State Halvard Brenn met Defence Secretary Ola Mbeki. "
            '"We are ready," the secretary of state said.',
            "Halvard Brenn",
        ),
        ('"We are ready," the secretary of state said.', "the secretary of state"),
    ],
)
def test_a_lower_case_office_tagged_as_a_name_is_a_description(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker


def test_the_spokesman_is_the_one_introduced_before_as_described_there(nlp):
    text = (
        "A spokesman for Sen. Ifeoma Chukwu said the senator would vote no. "
        '"She has made up her mind," the spokesman said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "a spokesman for Sen. Ifeoma Chukwu"


def test_a_member_whose_bracket_the_parser_made_the_subject_speaks(nlp):
    text = (
        "Rep. Ignatius Moreno-Tate (D-Colo.) defended the nominee, calling him "
        '"a decorated combat veteran."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Ignatius Moreno-Tate"


def test_a_title_tagged_alone_before_a_named_person_does_not_speak(nlp):
    text = (
        "The scheme was backed by the council leader, Councillor Parminder Gill, who said it "
        'was overdue. "If there are problems, we will pause it," she said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Parminder Gill"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Sen. Hollis Banerjee asked TransitAir chief executive Gideon Oyelaran-Price to "
            'commit to paying all claims. "We will make every effort," the CEO said.',
            "Gideon Oyelaran-Price",
        ),
        (
            "Gov. Augusta Linwood of Colorado and Gov. Percival Drummond-Yates of Utah held a "
            'news conference. "I hope so," the Utah governor said.',
            "Percival Drummond-Yates",
        ),
        (
            "Gov. Augusta Linwood of Colorado and Gov. Percival Drummond-Yates of Utah held a "
            'news conference. "I hope so," the governor of Utah said.',
            "Percival Drummond-Yates",
        ),
        (
            "Sen. Dorothea Valenko (R-Ohio) and Sen. Marcus Whitcombe (D-Calif.) met. "
            '"No deal," the senator from California said.',
            "Marcus Whitcombe",
        ),
        (
            'Sen. Ruth Okafor met Treasury Secretary Dan Pryce. "It is not enough," the '
            "lawmaker said.",
            "Ruth Okafor",
        ),
        ('Jacques Chirac met Tony Blair. "No," the president of France said.', None),
    ],
)
def test_an_office_described_by_its_place_or_short_form_is_its_holder(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == (speaker or "the president of France")


def test_a_participle_the_parser_made_the_main_verb_leaves_its_subject_speaking(nlp):
    text = (
        "Deputy press secretary Sterling Mayhew, asked about the standoff at the daily "
        'briefing, said only that the president "believes this bill will pass."'
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("speech", "Sterling Mayhew")


def test_a_clause_the_parser_made_the_main_verb_leaves_the_person_set_off_speaking(nlp):
    text = (
        "Dr Halvard Ostrom, on his first day in the post after Lydia Penhallow was sacked, "
        'admitted "serious problems" remained.'
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker, quote.cue) == ("speech", "Halvard Ostrom", "admitted")


@pytest.mark.parametrize(
    "text",
    [
        'A criminal group calling itself "NightHarvest" has claimed responsibility.',
        'Regulator head Tom Quinlan said the practice of so-called "finfluencers" was a worry.',
    ],
)
def test_a_so_called_term_or_a_self_given_name_is_no_speech(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("other", None)


def test_one_of_a_group_speaks_though_tagged_a_number(nlp):
    text = (
        "Campaign aides were told to stand down, according to two administration officials. "
        'One of them described the letter as "a hostage note."'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "One of them"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a party alone says too little to pick its member: the salient person
        (
            "Sen. Harlan Voss (R-Ohio) criticised the plan. Speaker Gail Hendry, also a "
            'Republican, defended it. "It is a good deal," the Republican said.',
            "Gail Hendry",
        ),
        # someone new of the kind introduced after the holder named before
        (
            "Sen. Harlan Voss said the vote would be close. A Democratic lawmaker, who asked "
            'not to be named, disagreed. "He does not have the votes," the lawmaker said.',
            "A Democratic lawmaker",
        ),
        (
            "Gen. Mark Tolliver leads the army. A general who asked not to be named said "
            'morale was low. "The troops are exhausted," the general said.',
            "the general",
        ),
        # another spokesman came between the one introduced and 'the spokesman'
        (
            "A spokesman for the council said repairs would start soon. The club's spokesman "
            'said fans were angry. "We have been ignored," the spokesman said.',
            "the spokesman",
        ),
        # the holder's own appositive introduces nobody new
        (
            "A spokesman for the council said repairs would start soon. Tom Hale, a "
            'spokesman for the club, said fans were angry. "We have been ignored," the '
            "spokesman said.",
            "Tom Hale",
        ),
    ],
)
def test_the_reviewers_probes_of_the_twenty_first_session(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker


def test_what_someone_calls_themself_in_lower_case_is_their_word(nlp):
    (quote,) = quotes_of(nlp, 'The striker Tom Reed called himself "lucky to be alive".')
    assert (quote.kind, quote.speaker) == ("speech", "Tom Reed")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Gov. Beatrix Kallstrom thanked the crowd. As she left the stage, a reporter asked "
            'whether she would remain in the race. "I will be in this race until the last '
            'vote is counted," she said.',
            "Beatrix Kallstrom",
        ),
        (
            "Gov. Beatrix Kallstrom thanked the crowd. A reporter asked whether she would "
            'remain in the race. "Will you?" she asked.',
            "A reporter",
        ),
    ],
)
def test_an_unnamed_questioner_asks_but_does_not_answer(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker


@pytest.mark.parametrize(
    "text",
    [
        'The ad ends with Colton Hazelwood looking at the camera: "I will not be shouted down."',
        'The video shows Colton Hazelwood at a rally saying he would do "whatever it takes."',
        "The spot features a clip of Colton Hazelwood at a 2022 event saying he would "
        'support "whatever it takes."',
    ],
)
def test_the_person_a_recording_shows_speaks_not_the_recording(nlp, text):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Colton Hazelwood"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # "one of" with a name in apposition: the name speaks
        (
            "The sprinters face a hearing. One of their lawyers, Michalis Dimitrakopoulos, "
            'said: "A decision is expected by March."',
            ["Michalis Dimitrakopoulos"],
        ),
        # 'the spokesman' again between the introduction and a later use
        (
            "A spokesman for the Home Office said the plan was sound. The spokesman said it "
            'was "fair". "It is about focus," the spokesman added.',
            ["a spokesman for the Home Office"] * 2,
        ),
    ],
)
def test_later_probes_of_the_twenty_first_session_keep_their_speakers(nlp, text, speakers):
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a piece of writing speaks as itself, not as the last person named
        (
            'Donald Trump filed his taxes. "Leaders honored him yesterday," the article read.',
            ["the article"],
        ),
        (
            'Donald Trump filed his taxes. "Leaders honored him yesterday," the editorial said.',
            ["the editorial"],
        ),
    ],
)
def test_probes_of_the_twenty_second_session_keep_their_speakers(nlp, text, speakers):
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


def test_a_bare_report_after_the_closing_comma_names_the_writer(nlp):
    # even where the quotation completes a clause begun before it, and a verb in a relative
    # clause before it looks like its cue
    text = (
        "Bernie Sanders spoke in Ohio. The four “loopholes” he cited are “the ability to use "
        "real estate losses to offset other income, to claim losses on real estate investments "
        "beyond what was invested,” The Hill reported."
    )
    found = [q for q in quotes_of(nlp, text) if q.text.startswith("the ability")]
    assert [(q.speaker, q.cue) for q in found] == [("Hill", "reported")]


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # a titled office whose phrase the parser let swallow the name
        (
            "The plan was launched on Monday. Chief Secretary to the Treasury Paul Broadbent "
            'said the plan was "the politics of envy". "Successful people create jobs," he '
            "said.",
            ["Paul Broadbent", "Paul Broadbent"],
        ),
        # a body's name, a role and a person, parsed with the body as the subject
        (
            'Federation of Small Businesses spokesman Stephen Alambritis said it was "a disgrace".',
            ["Stephen Alambritis"],
        ),
        (
            'Confederation of British Industry director general Digby Jones said it was "a '
            'disgrace".',
            ["Digby Jones"],
        ),
        # ... but not someone the subject only relates to
        (
            'A spokesman for Tony Blair said it was "a disgrace".',
            ["A spokesman for Tony Blair"],
        ),
        # 'boss' re-describes a manager
        (
            "Arsenal manager Laurent Moreau was frustrated. Blackburn defender Sean Cattermole "
            "was sent off, and goalkeeper Piotr Zielinski made a string of saves. "
            '"We had enough chances," said the Arsenal boss.',
            ["Laurent Moreau"],
        ),
        # a subjectless report (the name parsed into a misread opening) still binds 'she'
        (
            "The British Medical Association welcomed the vote. Dr Bashir Qureshi, chairman of "
            'the BMA in Scotland, said: "Doctors see the consequences every day."\n\n'
            "Bar worker Kirsty Findlay, 24, from Dundee, said she was delighted. "
            '"I smoke, but I go home every night smelling like an ashtray," she told BBC '
            "Scotland.",
            ["Bashir Qureshi", "Kirsty Findlay"],
        ),
        # a surname the tagger took for an adverb is still the teller, not the one told
        (
            "Park's coach, the former Australian Davis Cup player Warren Tully, said his "
            "player's fitness had been the difference. \"We did a lot of work in December in "
            'Seoul, and tonight you saw why," Tully told BBC Sport.',
            ["Warren Tully"],
        ),
    ],
)
def test_probes_of_the_twenty_second_session_name_the_right_person(nlp, text, speakers):
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


def test_she_is_never_a_country_and_a_first_surname_alone_is_its_person(nlp):
    text = (
        "WASHINGTON — President Adriana Solís Montero of Mexico told President Harlan Beckett "
        'on Thursday that her country would "not negotiate under threat."\n\n'
        "Solís, speaking in Spanish through an interpreter, said Mexico had deployed 15,000 "
        "National Guard troops to its northern and southern borders and had seized more "
        "fentanyl in the past six months than in the previous two years combined.\n\n"
        "\"We are doing our part, and we will continue to do it, because it is in Mexico's "
        'interest," she said.'
    )
    doc = extract(text, nlp=nlp)
    assert [q.speaker for q in doc.quotes] == ["Adriana Solís Montero"] * 2
    (person,) = [e for e in doc.entities if e.name == "Adriana Solís Montero"]
    assert [m.text for m in person.mentions] == ["Adriana Solís Montero", "Solís"]


def test_a_country_is_no_last_resort_for_she(nlp):
    text = (
        "The talks ended on Friday. Officials said Mexico had deployed 15,000 troops to its "
        'borders.\n\n"We are doing our part," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [None]


def test_a_dateline_is_where_the_report_comes_from_not_who_speaks(nlp):
    text = (
        "Kansas governor vetoes voucher bill\n\n"
        "TOPEKA, Kan. — Gov. Amy Lincoln on Friday vetoed a bill that would have created the "
        "state's first private school voucher program, calling it “a blank check drawn on the "
        "accounts of every public school in Kansas.”\n\n"
        "NEW YORK — A former accountant testified on Tuesday that the former president once "
        'told her to "make the numbers bigger" before a meeting with lenders.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Amy Lincoln", "the former president"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "A spokeswoman, Vivian Tran, said in a statement that the company had not been "
            'served.\n\n"We will defend ourselves vigorously," the statement said.',
            "Vivian Tran",
        ),
        (
            "Acme Corp said in a statement that sales fell. "
            '"This was a hard year," the statement said.',
            "Acme Corp",
        ),
        # an unnamed issuer leaves the statement as described
        (
            'The club issued a statement on Monday. "We are disappointed," the statement said.',
            "the statement",
        ),
    ],
)
def test_the_statement_speaks_for_whoever_spoke_in_it(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_spokeswoman_named_in_apposition_is_she(nlp):
    text = (
        "Senator Luc St. Pierre demanded an inquiry. The governor’s spokeswoman, Lorna Jenks, "
        "dismissed the demand as political. “Senator St. Pierre has been running for governor "
        "since the day he was sworn in,” she said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Lorna Jenks"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a question about someone else: the asker may go on
        (
            "Manager Tom Hill asked whether striker Jack Reed was fit. "
            '"We will assess him tomorrow," he said.',
            "Tom Hill",
        ),
        (
            "Senator Ruth Okoye used her time to ask Catherine Ashby whether a president could "
            'legally fire her. "The law says for cause," she said.',
            "Catherine Ashby",
        ),
        # the one asked in the passive answers too
        ('Mr Blair was asked by John Humphrys whether he would resign. "No," he said.', "Blair"),
        # an asker with nobody asked goes on speaking
        ('Mr Smith asked whether the plan would work. "I doubt it," he said.', "Smith"),
    ],
)
def test_the_one_asked_answers_not_the_asker(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_an_abbreviated_rank_after_the_quotation_does_not_end_its_sentence(nlp):
    text = (
        "The Pentagon has ordered a review of aid.\n\n"
        '"This is a capability review, not a pause," Pentagon press secretary Air Force Brig. '
        "Gen. Patrick Ryland told reporters."
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [
        ("Patrick Ryland", "told reporters")
    ]


def test_a_second_verb_parsed_inside_the_report_goes_with_its_reporter(nlp):
    text = (
        "Foreign Ministry spokesman Farid Nouri said Monday that Iran “will respond decisively "
        "to any aggression” and dismissed the reports as “psychological warfare.”"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Farid Nouri", "Farid Nouri"]


def test_a_lone_untagged_name_with_a_role_in_apposition_is_she(nlp):
    text = (
        "Superintendent Tina Cobb said the books would be removed by the end of the week. "
        "Asked whether teachers could still use them in class, she said: “Not at this time.”"
        "\n\nMarsh, the author of “The Long Quiet,” wrote on social media Wednesday morning that "
        "she was “heartbroken but not surprised.”\n\n“To any kid in Brevard who needed that "
        "book,” she wrote, “it’ll still be there when you’re ready.”"
    )
    speech = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert speech == ["Tina Cobb", "Marsh", "Marsh", "Marsh"]


def test_a_bare_surname_the_model_missed_joins_the_one_its_other_uses_went_to(nlp):
    # an invented article (written for this test): Walter Haines and his wife Ruth Haines;
    # an untagged "Haines writes that she urged him" is his, so is the "he writes" after it
    text = (DATA.parent / "tests" / "data" / "memoir_review_synthetic.txt").read_text()
    (quote,) = [q for q in quotes_of(nlp, text) if q.text.startswith("Ruth never liked him")]
    assert quote.speaker == "Walter Haines"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        # people who relate to a person at the end of the subject are not that person
        (
            'Supporters of Labour leader Jeremy Corbyn said: "The vote was rigged."',
            ["Supporters of Labour leader Jeremy Corbyn"],
        ),
        (
            'Neighbours of Coronation Street actor Bill Roache said: "He is a lovely man."',
            ["Neighbours"],
        ),
        # a body in capitals with an aside is no dateline
        (
            "NASA — which has run the programme since 2004 — said the launch was "
            '"a complete success."',
            ["NASA"],
        ),
        # another party spoke between the statement and "the statement said"
        (
            "Harry Kane said in a statement that he was leaving Spurs. The club thanked him. "
            '"Harry will always be part of our history," the statement said.',
            ["the statement"],
        ),
        # a record label is a company
        (
            'Columbia Records confirmed the delay. "We are working hard to get it out," the '
            "label said.",
            ["Columbia Records"],
        ),
        # 'boss' re-describes a title before a name, not an office given after one
        (
            'Ford boss Jim Farley announced job cuts. "It is painful," the manager of the '
            'Dagenham plant, Kevin Hall, said. "Staff are worried," the boss added.',
            ["Kevin Hall", "Jim Farley"],
        ),
    ],
)
def test_review_probes_of_the_twenty_second_session_keep_their_speakers(nlp, text, speakers):
    assert [q.speaker for q in quotes_of(nlp, text)] == speakers


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # asked by someone (the question quoted) or asked whether: the one asked answers
        (
            "Graham Sutcliffe was asked by presenter Tom Riordan: "
            '"Do you deserve to lose votes?" "I think people will judge the record," he said.',
            "Graham Sutcliffe",
        ),
        (
            'The judges favoured what one former judge called "books about sad people", and '
            "Prof Anthony Greaves was asked whether the winner fitted the pattern. "
            '"It is set on an island, so I suppose it is cold," he said.',
            "Anthony Greaves",
        ),
    ],
)
def test_the_one_asked_in_the_passive_answers_the_next_quotation(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


def test_a_question_put_to_him_is_answered_by_him_not_the_asker(nlp):
    # the presenter's given name tells no sex: "asked him" does
    text = (
        "Actor Derek Mallory is leaving the soap after 20 years.\n\n"
        'Presenter Gill Harte asked him: "Is it true you have fallen out with the producers?"'
        '\n\n"Absolutely not," he replied.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Gill Harte", "Derek Mallory"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "British director Ruth Akinola, 34, has won the top prize. The jury president, "
            'French actor Lucien Marchetti, praised the film.\n\n"I did not prepare a '
            'speech," the 34-year-old said as she collected the award.',
            "Ruth Akinola",
        ),
        (
            "Derek Mallory, aged 51, is leaving the soap. Presenter Tom Hale interviewed him."
            '\n\n"Never say never," said the 51-year-old.',
            "Derek Mallory",
        ),
    ],
)
def test_an_age_epithet_is_the_person_given_that_age(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


def test_an_age_epithet_before_a_misparsed_verb_gives_the_next_name_no_age(nlp):
    # "pipped" tagged a noun: the age is the subject's, not Maurice Greene's
    text = (
        "Mark Lewis-Francis wants world gold.\n\nThe 22-year-old pipped Maurice Greene on the "
        'last leg of the relay in Athens. "The gold medal has made me realise I can get to '
        'the top," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Mark Lewis-Francis"]


def test_a_sentence_of_adverbs_after_a_colon_is_an_answer_not_a_manner(nlp):
    text = (
        '"The chancellor and the prime minister are as one," the spokesman said. Asked '
        'whether Mr Hallam had read the proposals, he replied: "Of course."'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)][-1] == ("the spokesman", "replied")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "In a letter to party leader Alistair Grange, Andrew Carnforth wrote: "
            '"I can no longer support this party." The letter said he had "agonised for '
            'months".',
            "Andrew Carnforth",
        ),
        (
            "Senator Marsh later read from a letter sent to his office by Ann Kowalski, a "
            'Dayton mother. "My son was not a bad person. He was sick," the letter said.',
            "Ann Kowalski",
        ),
        (
            'In a memo to staff, Elena Santamaria wrote that the campaign would be "leaner". '
            '"We will not win this race by being polite," the memo said.',
            "Elena Santamaria",
        ),
        # the one who obtained it is no writer
        (
            "In a memo to staff obtained by this newspaper, Elena Santamaria wrote that the "
            'campaign would be "leaner". "We will not win this race by being polite," the memo '
            "said.",
            "Elena Santamaria",
        ),
        # no writer named with it: the letter speaks as itself
        (
            "The council has received hundreds of complaints. "
            '"We are being ignored," the letter said.',
            "the letter",
        ),
    ],
)
def test_a_writing_speaks_for_the_writer_named_with_it(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Fashion chain Parade has issued a profit warning. "Trading has been poor," the '
            "company said.",
            "Parade",
        ),
        (
            "Supermarket chain Marchbank has rejected a takeover, saying the offer "
            '"significantly undervalues" the business.',
            "Marchbank",
        ),
    ],
)
def test_a_name_the_model_missed_after_a_kind_of_firm_is_the_firm(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_paper_speaks_through_the_editorial_it_wrote(nlp):
    text = (
        "The day before the debate, the Silver State Gazette, the state's largest newspaper, "
        "endorsed Maddox in an "
        'editorial that called Hewitt "a decent man who will not answer questions". '
        '"Nevadans deserve a senator who will tell them where she stands," the editorial said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Silver State Gazette"] * 2


def test_a_firm_named_right_after_its_kind_is_the_subject_not_the_kind(nlp):
    # parsed with two subjects, "chain" and "Marchbank"
    text = (
        "Marchbank rejects £2.1bn approach\n\nSupermarket chain Marchbank has rejected a "
        "£2.1bn takeover approach from US private equity firm Stamford Ridge Partners, saying "
        'the offer "significantly undervalues" the business.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Marchbank"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "First in line was 19-year-old student Kieran Barnes from Watford, who said he had "
            'brought "enough batteries to power a small town".',
            "Kieran Barnes",
        ),
        (
            '"The chain is trying to be everything at once," said Matthew Baker, retail analyst '
            'at Bryce Weston, who said he was "no relation, sadly".',
            "Matthew Baker",
        ),
    ],
)
def test_who_after_a_place_or_a_firm_is_the_person_it_belongs_to(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


def test_the_second_half_of_an_interrupted_quotation_keeps_a_lower_case_epithet_speaker(nlp):
    # "the first minister" is tagged a proper noun: no name of its own
    text = (
        "SNP leader Morag Kinloch said Donald McCallum had misled parliament.\n\n"
        'Mr McCallum denied misleading anyone. "I gave parliament the information I had at '
        'the time," the first minister said. "When the position changed, I said so."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Donald McCallum"] * 2


def test_of_two_holders_of_a_title_the_one_mentioned_last_is_described(nlp):
    text = (
        "The finalists are Indiana Gov. Arthur Lindell, New Mexico Gov. Samantha Reyes and "
        "former senator Walt Brubaker.\n\nLindell was more guarded when asked about the vice "
        'presidency by reporters. "I\'m honored to be mentioned," the governor said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Arthur Lindell"]


# Cases a review of this session's rules found worse, each mended.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title-case quotation that is the subject of its own sentence stays a title
        (
            '"It is the best thing I have ever done," Ms Reid said of the album. "Hopes And '
            'Fears" went straight to number one.',
            [("speech", "Reid"), ("other", None)],
        ),
        # the age given another way too ('who is also 22'): the age names no one for sure
        (
            "Andy Murray beat Spaniard Tommy Robredo, 22, on Monday. Murray, who is also 22, "
            'was delighted. "I played really well today," the 22-year-old said.',
            [("speech", "Andy Murray")],
        ),
        # 'asked him' with nobody named whom 'him' can mean: the asker goes on
        (
            'John Humphrys asked him: "Will you stand down?" He went on: "Because that is '
            'what your party wants."',
            [("speech", "John Humphrys"), ("speech", "John Humphrys")],
        ),
        # a date or a count with the same number is no other age
        (
            'Tom Reid, 23, signed for the club on 23 March. Manager Gary Lowe praised him. "I am '
            'delighted," the 23-year-old said.',
            [("speech", "Tom Reid")],
        ),
        # asked him, nobody named whom 'him' can mean, and an answer: no one known answers
        (
            'Jeremy Paxman asked him: "Did you threaten to overrule him?" He said: "I did not."',
            [("speech", "Jeremy Paxman"), ("speech", None)],
        ),
        # an owner in the report may be the describer himself
        (
            "Gordon Brown delivered his budget. The chancellor said Mr Brown's own plan was "
            '"prudent".',
            [("speech", "Gordon Brown")],
        ),
        # a manner adverb with the full stop inside the marks is still a manner adverb
        (
            'Critics said the minister had replied "dismissively."',
            [("speech", "Critics")],
        ),
        # a writing that someone only reads, appears in or publishes is not theirs
        (
            "Mr Jones read the threat in a letter pushed through his door. "
            '"You will pay for this," the letter said.',
            [("speech", "the letter")],
        ),
        (
            'Mr Dean featured in a column that called him "unelectable".',
            [("speech", "a column")],
        ),
        (
            'The Times published a letter from 50 bishops. "The war is wrong," the letter said.',
            [("speech", "the letter")],
        ),
    ],
)
def test_this_session_s_rules_leave_their_near_misses_alone(nlp, text, expected):
    found = [(q.kind, q.speaker) for q in quotes_of(nlp, text)]
    assert [(kind, speaker and speaker.split()[-1]) for kind, speaker in found] == [
        (kind, speaker and speaker.split()[-1]) for kind, speaker in expected
    ]


# Twenty-fourth session: attribution cases a synthetic set of US political stories found.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a gathering speaks as itself, not as the last person named
        (
            '"We will win," Mayor Ellen Price said. The crowd responded with chants of '
            '"Four more years!"',
            "The crowd",
        ),
        (
            "Senator Hal Rourke left the stage. The audience began chanting "
            '"Stay! Stay!" as he waved.',
            "The audience",
        ),
        # the subject of the reported clause after 'X, said' is not who said it
        (
            "One Democratic consultant working on two Senate races, who spoke on condition of "
            'anonymity, said Tom Garvey was trailing "by double digits" among suburban men.',
            "One Democratic consultant",
        ),
        # 'as X put it': the clause says whose words follow
        (
            'The vote was close. As Sen. Ilse Varga put it in a floor speech, "Nobody won '
            'tonight."',
            "Ilse Varga",
        ),
        # 'X, asked whether ..., said': the participle's subject is the speaker
        (
            "Mr. Okafor, asked on Monday whether he would endorse Ms. Lind, said he would "
            '"think about it."',
            "Okafor",
        ),
        # 'a worker named X told me': the name the description is given
        (
            "At a rally in Toledo, a retired steelworker named Dale Henning told me, "
            '"Nobody ever asks what we think."',
            "Dale Henning",
        ),
        # an officer's own office is not the last body named
        (
            "The Tribune first reported the payments. The state attorney general's office "
            'said it was reviewing whether the charity was "fully compliant."',
            "The state attorney general's office",
        ),
        # the one called names, not the caller
        (
            'Mr. Voss says he has nothing to apologize for after calling Ramos "biased."',
            "Voss",
        ),
        # an anonymous source after an inverted verb, parsed as another clause's subject
        (
            '"It is chaos," said one campaign adviser, who like others spoke on condition of '
            "anonymity to discuss internal deliberations.",
            "one campaign adviser",
        ),
    ],
)
def test_twenty_fourth_session_attribution_cases(nlp, text, speaker):
    found = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert found[-1] is not None
    assert found[-1].split()[-1] == speaker.split()[-1]
    assert speaker in found[-1] or found[-1] in speaker


def test_a_word_opening_a_chant_is_no_part_of_the_name_in_it(nlp):
    doc = extract(
        "Rep. Carla Dunne spoke first. Supporters chanted "
        '"Elect Dunne! Elect Dunne!" and "Save Dunne!" as she left.',
        nlp=nlp,
    )
    people = [e.name for e in doc.entities if e.label == "PERSON"]
    assert people == ["Carla Dunne"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quotation closing a 'When X said' clause is X's, not the main clause's laugh
        (
            'When Senator Rhoda Quist said "I never lose," her rival Tom Bale laughed.',
            [("speech", "Rhoda Quist")],
        ),
        # a name spoken to inside an inner quotation is no one the speaker speaks of
        (
            "Director Ian Holt said the shoot was hard. Actor Sam Reyes, who starred in the "
            'series "Dockside", said he nearly quit. "My wife said to me, \'Sam, finish it.\' '
            'So I did," he recalled.',
            [("other", None), ("speech", "Sam Reyes")],
        ),
        # an unnamed giver of a statement speaks through 'the statement'
        (
            "The singer toured with the BBC orchestra for years. His family said in a "
            'statement that he died at home. "He was a kind man," the statement said.',
            [("speech", "His family")],
        ),
        # 'it' inside what a report says is the report's body
        (
            "A study by the Lowther Institute says rents have risen 30% since Labour came to "
            'power. The study said much of the rise came from what it described as "hidden" '
            "charges.",
            [("speech", "Lowther Institute")],
        ),
        # what a describing verb describes is a title; the description is speech
        (
            'The judges, chaired by critic Ann Wray, described "Harbour Lights" as "a quiet '
            'masterpiece".',
            [("other", None), ("speech", "The judges")],
        ),
    ],
)
def test_twenty_fourth_session_kinds_and_speakers(nlp, text, expected):
    found = [(q.kind, q.speaker) for q in quotes_of(nlp, text)]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        # a name given with words between 'known' and 'as'
        'Dale Kruger, known in South Africa as "the Karoo Express", said he was ready.',
        # a nickname that is an ordinary word is still a name
        'Terrell Hayes, nicknamed "Hurricane", pushed his rival, the referee said.',
        # a title after the kind of work it is, whatever verb the sentence has
        'Daniel Royce, best known for the ITV drama "Cold Harbour", admitted he was nervous.',
        'Nadia Pearce, who writes the blog "Hold Music", said the firm was wrong.',
        'Pearce posts under the pen name "Operator 7", she said.',
    ],
)
def test_names_and_titles_given_in_a_sentence_with_a_cue_are_not_speech(nlp, text):
    assert [q.kind for q in quotes_of(nlp, text)][0] == "other"


def test_a_request_put_to_someone_is_not_a_question_he_answers(nlp):
    # 'X had been asked to explain': asked for something, not asked a question
    text = (
        "Graham Leckie quit the Independence Alliance on Monday. The party's leader, Roger "
        'Pembridge, said Mr Leckie had been asked to "explain some irregularities" but had '
        'chosen to resign instead. "We cannot turn a blind eye," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Roger Pembridge", "Roger Pembridge"]


def test_one_of_a_group_described_in_apposition_is_the_he_that_follows(nlp):
    text = (
        'Mr Lyall rejected the criticism. "There is no excuse," he said.\n\n'
        "One of those facing action, a 34-year-old IT manager from Bristol who did not want "
        "to be named, told the BBC he had not realised. "
        '"I only wanted one album," he said.'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers[0] == "Lyall" or speakers[0].endswith("Lyall")
    assert "IT manager" in speakers[1]


# Cases a review of this session's rules found worse, each mended.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # 'it' is the nearer body when one is the subject of the clause that holds it
        ('The watchdog said BT had apologised for what it described as "a technical fault."', "BT"),
        # the one body above it, when there is only one
        (
            'The survey found that most people backed what it called "a sensible compromise".',
            "The survey",
        ),
        # a department of an office holder may be the body named just before
        (
            "The Treasury published its forecasts on Thursday. The chancellor's department "
            'said growth would be "robust."',
            "Treasury",
        ),
        # 'the statement' of a body named just before is that body's
        (
            "Harvard University admitted the error. The university said in a statement that it "
            'would review admissions. "We take this very seriously," the statement said.',
            "Harvard University",
        ),
        # a description in apposition that goes on to give a name
        ('His father, a miner named Dai Evans, said: "The pit was everything to us."', "Dai Evans"),
        # the name an appositive gives, whatever the tagger made of 'called'
        (
            "Tory MP Nicholas Soames was defeated. Labour's candidate, a local GP called Dr "
            'Anna Price, said: "This is a victory for the NHS."',
            "Anna Price",
        ),
        # a description in apposition with no name leaves the subject
        (
            "My late father, a Marine, used to tell me, "
            '"The hardest votes are the ones that cost you something."',
            "My late father",
        ),
    ],
)
def test_twenty_fourth_session_rules_leave_their_near_misses_alone(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an owner in the reported clause right after the verb is not the speaker
        (
            "Donald Kessler spoke in Ohio. Hollister's running mate, Sen. Paul Keddington of "
            "Virginia, says Kessler's tax plan is \"a giveaway to people who already have "
            'everything."',
            "Paul Keddington",
        ),
        # 'some in the industry': the description keeps where the some are
        (
            'The trend is one that some in the industry have described as "debut fever".',
            "some in the industry",
        ),
        # 'with X doing ... and Y accusing': the name right before the participle
        (
            "Wrenfield and Keddington clashed over the returns, with Keddington pressing the "
            "Indiana governor to defend his running mate and Wrenfield accusing the Democrat "
            'of running an "insult-driven campaign."',
            "Wrenfield",
        ),
    ],
)
def test_twenty_fourth_session_subjects_found_past_the_parser(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a kind of work ending a phrase before a comma gives no title: the words are his
        (
            'Asked what he thought of the soap, "Total Rubbish," said Labour MP Dave Harker.',
            [("speech", "Dave Harker")],
        ),
        (
            'Writing on his blog, "Shame On You All," the MP attacked his own party.',
            [("speech", "MP")],
        ),
        # one opening its phrase gives a title
        (
            'Her podcast, "Nasty Women", has become a rallying point, the host said.',
            [("other", None)],
        ),
        # 'The winner, a Briton,': the subject as described, not the last person named
        (
            'Paula Radcliffe dropped out after 20 miles. The winner, a Briton, said: "I '
            "can't believe it.\"",
            [("speech", "The winner")],
        ),
        # 'a Mr Jones' is a name
        (
            'Tony Blair arrived at noon. His lawyer, a Mr Jones, said: "There is no case."',
            [("speech", "Jones")],
        ),
        # a body described in apposition is still the body named before
        (
            "Shares in Navision fell 5% on Monday. The company, a Microsoft subsidiary, said: "
            '"We are reviewing the findings."',
            [("speech", "Navision")],
        ),
        # two bodies only described above 'it': either may have called it so
        (
            'The union said the company had made what it called "a derisory offer".',
            [("speech", None)],
        ),
    ],
)
def test_second_review_of_the_twenty_fourth_session(nlp, text, expected):
    found = [(q.kind, q.speaker) for q in quotes_of(nlp, text)]
    assert [(kind, speaker and speaker.split()[-1]) for kind, speaker in found] == [
        (kind, speaker and speaker.split()[-1]) for kind, speaker in expected
    ]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'The crowd chanted "Newt Gingrich! Newt Gingrich!" as he took the stage.',
            "Newt Gingrich",
        ),
        ('A woman shouted "Sugar Ray Leonard!" as the boxer passed.', "Sugar Ray Leonard"),
    ],
)
def test_a_chanted_name_keeps_a_first_word_that_is_no_call_to_act(nlp, text, name):
    doc = extract(text, nlp=nlp)
    assert name in [e.name for e in doc.entities if e.label == "PERSON"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an infinitive of saying right before the colon takes the quotation
        (
            "I would ask them what one of our greatest governors, Clement Mowbry, used to say "
            'at party dinners: "The team you are on is the team that takes the field."',
            "Clement Mowbry",
        ),
        # 'lowering her voice:' with no subject: whoever 'her' is
        (
            'Donna Szabo has voted Democratic all her life. "My husband would kill me," she '
            'said. Then, lowering her voice: "But I\'m voting for him."',
            "Donna Szabo",
        ),
    ],
)
def test_twenty_fourth_session_colon_introductions(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


def test_a_statement_calling_someone_something_is_not_that_someone(nlp):
    text = (
        "Actor Ossie Davis has died aged 87. The Actors' Guild issued a statement calling "
        'Davis "an icon in the American theatre".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] != ["Ossie Davis"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Rep. Ted Lim spoke later. "Never," the California Democrat said.', "Ted Lim"),
        ('Ann Lane was asked if she would stand. "Maybe," said Ms Lane.', "Ann Lane"),
        ('Joe Kerr was asked again. "Absolutely!" he replied.', "Joe Kerr"),
    ],
)
def test_a_one_word_answer_before_its_attribution_is_speech(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert (quote.kind, quote.speaker) == ("speech", speaker)


def test_a_quoted_manner_adverb_inside_a_clause_is_not_answered_by_its_verb(nlp):
    (quote,) = quotes_of(nlp, 'He had "cleverly" not asked the minister.')
    assert quote.cue is None


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"Output will rise," the Lorvik news agency Tessar quoted several lawmakers as '
            "saying in a statement.",
            "several lawmakers",
        ),
        ('"Talks have stalled," Reuters reports a union source as saying.', "a union source"),
        # the subject quoting its own document still speaks
        (
            "Minister Des Arlow quoted his five-year plan for the railways as saying: "
            '"We will act."',
            "Des Arlow",
        ),
    ],
)
def test_a_teller_quoting_or_reporting_someone_as_saying_gives_that_someone(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Vexa chief Jean-Paul Moreau met Anna Brill the day after rival Kestrel Boerse put "
            'forward its bid. The German exchange said it had held "friendly" talks.',
            "Kestrel Boerse",
        ),
        (
            'Insurer Norvane, led by Richard Hale, cut jobs. "This is hard," the insurer said.',
            "Norvane",
        ),
    ],
)
def test_a_body_described_by_its_trade_is_that_body_not_its_chief(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Councillor Rhian Pryce said: "Mill Lane floods every winter." One resident, who has '
            "lived on Mill Lane for 40 years, told the committee the water had reached her door. "
            '"I have seen three floods," she said.',
            "One resident",
        ),
        (
            'Sgt Kerry Blane said: "We know the road is busy." One motorist who stopped to help '
            'said the cyclist was talking. "He kept asking about his bike," she said.',
            "One motorist",
        ),
        (
            'Landlady Sue Kettle said: "Our bills tripled." Her husband said the hardest part had '
            'been telling the regulars. "Some of them have been coming here for years," he said.',
            "Her husband",
        ),
    ],
)
def test_a_pronoun_after_an_unnamed_person_introduced_as_speaker_is_that_person(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == speaker


def test_a_given_name_used_alone_has_the_sex_of_that_name(nlp):
    text = (
        'Mr Pound met Lucy in March. Lucy, 36, had written to his office. "I was stunned," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Pound"]


def test_what_someone_was_told_is_not_said_by_the_subject_of_the_report(nlp):
    text = (
        "Lucy found Mr Pound after her birth mother told her about him. Despite being told he "
        'was a "nutter who died at sea" she found a reference to Mr Pound online.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker not in ("Pound", "Lucy")


def test_a_name_before_a_verb_read_as_a_noun_is_the_subject(nlp):
    text = (
        "Bronwen Tegid runs a restaurant.\n\nGareth Lloyd-Price, who runs the steakhouse, "
        'calls foraged food "a fashion".\n\n"Give it ten years," he says.\n\nTegid shrugs '
        'when she hears this. "Gareth\'s chips are excellent," she says.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Bronwen Tegid"


def test_she_never_falls_back_on_a_man_a_he_was_resolved_to(nlp):
    text = (
        'Councillor Desmond Frye called her plan "short on arithmetic". "I like her," he '
        'says.\n\nIt was a long night. "Desmond thinks in spreadsheets," she says. "He is '
        'useful."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == [None, None]


def test_a_wire_dateline_is_neither_speaker_nor_antecedent(nlp):
    text = (
        "KASTOR, March 3 (Reuters) - Veldoria's foreign minister said on Tuesday that a deal "
        'was "within reach". In a joint statement, the two governments said they had agreed '
        'to "a structured dialogue".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Veldoria's foreign minister",
        "the two governments",
    ]


def test_they_reporting_inside_a_plural_subjects_report_is_that_subject(nlp):
    text = 'Ministers said they had warned that it was "a disaster".'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ministers"]


def test_a_role_joined_to_the_role_before_a_name_is_not_a_person(nlp):
    text = (
        "Farmer and parish councillor Bethan Rowse, from the village of Cold Ashwell, said "
        'she had to drive to a lay-by. "It will change my life," she said.'
    )
    doc = extract(text, nlp=nlp)
    assert [e.name for e in doc.entities if e.label == "PERSON"] == ["Bethan Rowse"]
    assert [q.speaker for q in doc.quotes] == ["Bethan Rowse"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('The MPs found the £456m system was "nowhere near being fully functional".', "The MPs"),
        ('Inspectors found pupils were "not safe" during lunchtimes.', "Inspectors"),
        ('He found the door was "locked".', None),
    ],
)
def test_found_reports_what_a_body_or_investigators_concluded(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_writers_message_that_reads_gives_the_writer(nlp):
    text = (
        'Rohit Gupta runs the site. "She was being swept away," Morquendi\'s message read. '
        '"She grabbed a tree."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Morquendi", "Morquendi"]


@pytest.mark.parametrize(
    "text",
    [
        'Referred to in the Netherlands as "the General", Michels led the Dutch side.',
        'The Committee has deemed Tuesday "Free Mojtaba and Arash Day" as part of its campaign.',
    ],
)
def test_a_name_given_by_referring_or_deeming_is_no_speech(nlp, text):
    assert [q.kind for q in quotes_of(nlp, text)] == ["other"]


def test_a_body_is_not_its_chairman(nlp):
    text = (
        'Committee chairman Jean Corston said: "It is shocking." The committee also '
        'highlighted "deeply worrying" cases.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][1] != "Jean Corston"


def test_a_pronoun_with_nobody_of_its_sex_near_is_the_latest_speaker_of_that_sex(nlp):
    text = (
        "Leah Brandstetter read from a prepared statement.\n\n"
        '"I have never spoken publicly about my work before today," she began.\n\n'
        '"The contracts were discussed with two companies before the storm.\n\n'
        '"When I put my concerns in writing, I was removed from the file."\n\n'
        "Rep. James Corliss, the committee's chairman, pressed her on who had been involved."
        '\n\n"Did anyone instruct you to keep quiet?" Corliss asked.\n\n"Yes," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Leah Brandstetter"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "TOPEKA, Kan. (AP) — Kansas Gov. Lorraine Fitch on Thursday vetoed a Republican bill "
            "that would have replaced the state's three income tax brackets with a single flat "
            'rate, calling it "a giveaway to the wealthiest Kansans."',
            "Lorraine Fitch",
        ),
        # a relative clause with a subject of its own keeps the participle
        (
            "The most heated exchange came when Wade Thurman referred to his opponent as "
            '"Congresswoman Wall Street," a nickname his campaign has used in ads, citing her '
            "past work as a bond lawyer.",
            "Wade Thurman",
        ),
    ],
)
def test_a_participle_after_a_relative_clause_goes_with_the_main_clause(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_quotation_after_an_unnamed_spokesmans_report_is_the_spokesmans(nlp):
    text = (
        'Derek Wyatt praised the Tory campaign. "It is slick," he said.\n\nA Labour party '
        "spokesman played down differences with Mr Wyatt and said Mr Brown already had a "
        'prominent role. "This election is a choice between Labour and the Conservatives."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "A Labour party spokesman"


def test_a_partial_quotation_in_a_sentence_going_on_with_a_report_is_the_reporters(nlp):
    text = (
        "Mr Straw spoke in Beijing.\n\nBut he said many objections were based on a "
        '"lack of information" of how the guidelines worked. And "intense discussions" were '
        "taking place with US officials."
    )
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [
        ("speech", "Straw"),
        ("speech", "Straw"),
    ]


def test_she_goes_to_a_woman_known_only_from_earlier_she_cues(nlp):
    # her given name tells no sex; the 'she' resolved to her before does
    text = (
        "For eleven years, Adaeze Pennington drove the number 4 bus between Ashby Cross and "
        "the Wells estate. Now she runs the city it crosses.\n\n"
        "Elected mayor of Dunholm in May with 51% of the vote, the 47-year-old former bus "
        "driver says she still sees the city through a windscreen.\n\n"
        '"You learn everything about a place from the driver\'s seat," she says. "You see who '
        "gets on at six in the morning.\n\n"
        '"So when people ask me what my qualifications are, I tell them: eleven years of '
        'paying attention."\n\n'
        "Her opponents were less impressed. Councillor Desmond Fry, who led the Progressive "
        'group until May, called her campaign "long on anecdote".\n\n'
        'Fry, a former accountant, has not changed his view. "I like her," he says. "But the '
        'city has a hole in its budget."\n\n'
        'The mayor shrugs at the criticism. "Desmond thinks in spreadsheets," she says.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Adaeze Pennington"


@pytest.mark.parametrize(
    "text",
    [
        '"There is no doubt in the squad," said the Kendal full-back. "We have trained well '
        "all week.",
        '"It was a happy ending," said the Morland East MP. "I blame nobody for it."',
    ],
)
def test_a_quotation_after_a_split_off_attribution_keeps_the_resolved_speaker(nlp, text):
    # the attribution the parser split into a sentence of its own is not re-read: its
    # description was already resolved to the person
    lead = (
        "Skipper Dale Whitcombe thinks the mood is good. "
        if "full-back" in text
        else "Labour MP Oliver Brent has met his daughter. "
    )
    found = speech(quotes_of(nlp, lead + text))
    assert len({q.speaker for q in found}) == 1
    assert found[0].speaker in ("Dale Whitcombe", "Oliver Brent")


def test_a_capitalised_role_after_a_fronted_adjunct_carries_the_person(nlp):
    text = (
        "Cardinal Ambrose Kellerman criticised the cost of the war. Bishop Neil Rowntree "
        "has since criticised the government over its case for war.\n\n"
        "On Friday, the Cardinal will ask the congregation to search for peace. "
        '"It is possible, it is real," he will say.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Ambrose Kellerman"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The archbishop used an Easter sermon to denounce the plan as a "
            '"shameful" waste of money.',
            "The archbishop",
        ),
        ('Ms Tarrow took the opportunity to call the scheme "a shambles".', "Tarrow"),
    ],
)
def test_the_means_or_occasion_of_a_report_is_not_its_speaker(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


@pytest.mark.parametrize(
    "text",
    [
        '"We regret the ruling," a statement issued by Colin Marwick, the trade envoy, said.',
        '"We regret the ruling," a statement issued on behalf of Colin Marwick said.',
        '"We regret the ruling," a statement on behalf of Colin Marwick said.',
    ],
)
def test_a_statement_speaks_for_whoever_issued_it(nlp, text):
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Colin Marwick"]


def test_a_name_opening_its_sentence_before_a_comma_is_its_subject(nlp):
    # 'Okonjo, seeking a third term, said', the name parsed as an adjunct: the 'he' after
    # it is his, not the woman named inside the quotation
    text = (
        "BELLHAVEN - Mayor Thomas Okonjo and council member Renata Sullivan-Price clashed over "
        "housing costs on Tuesday night.\n\n"
        'Sullivan-Price opened with rents. "Rents in this city have gone up 38 percent," she '
        "said.\n\n"
        "Okonjo, seeking a third term, said the increase reflected a regional trend and pointed "
        "to 1,100 affordable units he said had been approved during his tenure.\n\n"
        '"Councilwoman Sullivan-Price voted against four of the six projects," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Renata Sullivan-Price",
        "Thomas Okonjo",
    ]


def test_a_transcript_label_before_the_marks_names_the_speaker(nlp):
    text = (
        "Pete Santangelo and Corinne Achebe-Lund met in the debate, moderated by Gil Hatcher.\n\n"
        "The exchange that followed was the most heated of the night:\n\n"
        'SANTANGELO: "Corinne voted against it twice."\n\n'
        'ACHEBE-LUND: "I voted for the bill that actually passed."\n\n'
        'HATCHER: "Let her finish, please."'
    )
    assert [(q.speaker, q.cue) for q in speech(quotes_of(nlp, text))] == [
        ("Pete Santangelo", ":"),
        ("Corinne Achebe-Lund", ":"),
        ("Gil Hatcher", ":"),
    ]


def test_who_was_just_asked_answers_whoever_an_earlier_report_was_about(nlp):
    text = (
        "Gwendolyn Asare and Rosalind Treece are running for the seat.\n\n"
        'Ms. Treece has accused Ms. Asare of "voting with her party 98 percent of the time."\n\n'
        'Asked about the line, Ms. Asare laughed. "She\'s got the number right," she said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Gwendolyn Asare"


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            'A deal to save the Porthcoed steelworks is "within reach", the Welsh Secretary has '
            "said. David Hale, who visited the site on Monday, said the government would help.\n\n"
            '"We are looking at every option," the Welsh Secretary said.',
            ["David Hale", "David Hale"],
        ),
        (
            "The club's chairman had told supporters that no player would leave "
            '"on the cheap".\n\n"If someone wants him, they will pay," said Derek Pole, who '
            "has owned the club since 2016.",
            ["Derek Pole", "Derek Pole"],
        ),
        # a title that makes the person named next someone else
        (
            'The plan is "a disgrace", the Welsh Secretary has said. Shadow Welsh Secretary '
            "Carys Pugh said the plan would cost jobs.",
            ["Welsh Secretary"],
        ),
    ],
)
def test_a_described_speaker_named_in_the_next_sentence_is_that_person(nlp, text, speakers):
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == speakers


@pytest.mark.parametrize("noun", ["brewery", "hospital", "trust", "festival", "force"])
def test_the_kind_of_a_body_named_before_is_that_body(nlp, noun):
    name = {
        "brewery": "Hartsford Brewery",
        "hospital": "Kingsmere General Hospital",
        "trust": "Wyebridge Hospitals Trust",
        "festival": "Carrow Film Festival",
        "force": "Westshire Police",
    }[noun]
    text = (
        f"Colin Beck, the association's chief executive, said pubs were closing.\n\n"
        f"The Mellors deal with {name}, which has agreed to cut costs by 20% this year.\n\n"
        f'"We value everyone enormously," the {noun} said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == name


def test_a_role_described_before_its_holder_was_named_describes_that_holder_again(nlp):
    text = (
        "The creator of the drama has defended its final episode.\n\n"
        "The series' writer and executive producer told BBC News she stood by every "
        "decision she had made.\n\n"
        '"I understand that people were shocked," said Grace Sutherland, who also wrote '
        '"Blackwater".\n\n'
        'Sutherland said she had not yet decided on a second series. "I\'ve got some ideas," '
        "the writer said."
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Grace Sutherland"


def test_a_person_mentioned_only_in_a_concession_is_not_the_next_he(nlp):
    text = (
        "Wales, despite having Owen Pritchard still out injured, have been boosted by the "
        "return of captain Gethin Morgan, who missed the Scotland game with a hamstring "
        'injury. "The knowledge that the England game was coming up really helped," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Gethin Morgan"]


def test_the_writer_of_a_writing_that_is_the_subject_is_the_next_he(nlp):
    text = (
        "Mr Hartley's e-mail, which was apparently intended for a party official, suggested "
        "they should get Colin Marsh, the agency's boss, to issue a statement. In it, he said: "
        '"Just spoke to Colin."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Hartley"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'According to Okafor\'s agent, Ray Lindqvist, the player is "flattered" by the '
            "interest.",
            "Ray Lindqvist",
        ),
        # a name the clause goes on with is its subject, not the source
        ('According to police, John Smith, 45, was "very drunk".', "police"),
    ],
)
def test_a_name_set_off_after_the_source_of_according_to_is_the_source(nlp, text, speaker):
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_body_left_behind_is_not_the_one_saying(nlp):
    text = (
        'Mr Hockney also left UKIP saying Mr Kilroy-Silk would "deliver better" as the '
        "leader of a Eurosceptic party."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Hockney"]


def test_an_award_category_does_not_make_a_role_noun_someone_new(nlp):
    # 'best director' names a category, not a person: 'the director' re-describes Kale
    text = (
        "The film was directed by Benedict Kale, who is nominated for best director.\n\n"
        'Kale said he had written the role with her in mind. "There was never anyone else," '
        "the director said."
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Benedict Kale"


def test_a_noun_of_one_sex_describes_a_person_of_that_sex(nlp):
    text = (
        "Lord Patrick Hume met Lady Sarah Wren at the gala. Lord Hume spoke first.\n\n"
        '"I am absolutely thrilled," the Oscar-winning actress told BBC News.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Sarah Wren"


def test_a_further_question_after_an_answer_is_the_askers(nlp):
    text = (
        "Rep. Harriet Quarles questioned Leonard Voss at the hearing.\n\n"
        '"Did you ever ask to see the inspection reports?" Quarles asked.\n\n'
        '"Not personally, no," Voss replied.\n\n'
        '"Not once? In three years?"'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Harriet Quarles",
        "Leonard Voss",
        "Harriet Quarles",
    ]


def test_coordinated_quoted_adverbs_are_no_report_of_the_verb_they_modify(nlp):
    text = (
        'Doing what you "honestly and instinctively" believed was necessary would be the '
        "strongest evidence of acting lawfully, the guidance said."
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [("the guidance", "said")]


def test_an_epithet_subject_with_a_participle_clause_carries_its_person(nlp):
    text = (
        "Sam Brereton hit an unbeaten 142 as Wessex built a lead over Northumbria.\n\n"
        'The all-rounder, known to team-mates as "Big Sam", came to the crease with his side '
        "struggling and shared a stand of 156 with wicketkeeper Kamran Osmani.\n\n"
        '"When I walked out there, I just wanted to get through to tea," said the '
        "34-year-old, who was dropped for the opening two matches of the season."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Sam Brereton"]


def test_his_wife_and_her_husband_are_the_spouse_the_text_names(nlp):
    text = (
        "Tom and Jenny Clegg, who live in Harwick, face a big jump in payments.\n\n"
        '"We are looking at about 320 pounds a month extra," said Mr Clegg, 41, a driving '
        "instructor.\n\n"
        "His wife, a teaching assistant, said the couple had considered selling their home.\n\n"
        '"We love this house," she said.\n\n'
        'Mrs Clegg said the latest cuts had given them "a bit of hope".\n\n'
        '"Every little bit helps," her husband added.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Tom Clegg",
        "Jenny Clegg",
        "Jenny Clegg",
        "Tom Clegg",
    ]


def test_an_unnamed_spouse_stays_described(nlp):
    text = (
        "Mary Hollis, 52, has run the shop for 20 years.\n\n"
        '"It has been the hardest winter we have had," her husband said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["her husband"]


@pytest.mark.parametrize(
    "text",
    [
        "Adam Curry said the community grew up around iPodder, a small computer program, "
        'known as an "aggregator".',
        "They must deliver the knockout blow in what has been dubbed \"rugby's version of "
        'Rocky II".',
        'The protocol will establish what are called "qualified industrial zones" in Egypt.',
        'UKIP, which campaigned on a slogan of "Say no to Europe", spent the most.',
        "Ms Delaney pointed to the innocuous power adaptor, nicknamed "
        '"energy vampires", as the biggest culprit.',
    ],
)
def test_a_term_given_with_nobody_said_to_give_it_is_no_speech(nlp, text):
    assert [q.kind for q in quotes_of(nlp, text)] == ["other"]


def test_a_nickname_inside_reported_words_stays_the_speakers(nlp):
    text = (
        'Clinton says the Ohio native nicknamed "king of the court" is a longtime advocate '
        "for children."
    )
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("speech", "Clinton")]


def test_a_fronted_time_phrase_does_not_hide_the_epithet_subject_after_it(nlp):
    text = (
        "Justine Henin-Hardenne lost 6-2 5-7 6-2 to Elena Dementieva on Tuesday. The previous "
        "day, the Olympic champion went down 6-2 7-5 to France's Nathalie Dechy. "
        '"I have to be positive, I still have a few weeks," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Justine Henin-Hardenne"]


def test_a_demonym_of_two_words_is_an_epithet_for_the_person_in_view(nlp):
    text = (
        "Peter Jackson has said a film of The Hobbit is four years away. The Oscar winner "
        'said on a visit to Sydney there was a "desire" to make it. "It will be a lot of '
        'lawyers sitting in a room," said the New Zealander.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Peter Jackson"] * 2


def test_the_subject_of_a_copula_says_what_its_adjective_governs(nlp):
    text = (
        'Mr Howard said Britain should take its share of "genuine refugees". "The '
        'anniversary has reminded all of us of our duty," he was due to say.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Howard", "Howard"]


def test_a_name_the_parser_joined_to_an_object_is_the_subject_of_the_verb_after_it(nlp):
    text = (
        "Robbie Fowler scored twice for Kevin Keegan's side.\n\n"
        "Fowler's double strike helped City come back from two goals down to clinch a "
        "dramatic win at Carrow Road and Keegan sympathised with Norwich boss Nigel "
        'Worthington afterwards. "His team have got great character," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Kevin Keegan"]


def test_the_congressman_is_the_representative_named_before(nlp):
    text = (
        "PHOENIX - Rep. Magnus Escobedo won the Republican nomination for Senate on Tuesday, "
        "beating state Treasurer Kit Olmstead.\n\n"
        "In a debate last month, Olmstead had called Escobedo a carpetbagger.\n\n"
        '"Kit ran a tough race, and I respect her," the congressman told reporters.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Magnus Escobedo"


def test_a_role_subject_with_a_described_apposition_carries_its_person(nlp):
    text = (
        "BATON ROUGE, La. - Gov. Leland Arceneaux signed a bail overhaul on Thursday.\n\n"
        '"We arrest the same people over and over," Sheriff Leroy Bocanegra told the station.'
        "\n\nThe governor, a Republican who won a second term last fall, brushed aside the "
        'criticism.\n\n"Some of them are going to be mad at me for a while," he said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Leland Arceneaux"


def test_a_role_named_as_the_voice_of_the_next_quotation_is_that_person(nlp):
    text = (
        "WASHINGTON - President Augustin Ollivant's nominee to lead the Energy Department "
        "told senators Thursday that she would keep issuing federal loans.\n\n"
        '"I don\'t think we can get where we need to go without nuclear," Florence Quigley, '
        "a former utility executive from Illinois, told the committee.\n\n"
        'Sen. Lucius Garibay asked about coal. "What do you say to a miner?" he asked.\n\n'
        '"I\'d say that I want to be honest with him," the nominee said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Florence Quigley"


def test_an_answer_addressed_to_the_asker_is_the_one_asked(nlp):
    text = (
        "Sen. Mae Jernigan asked Florence Quigley about the weatherization program.\n\n"
        '"Yes," Quigley said.\n\n'
        '"Without conditions?" Jernigan asked.\n\n'
        '"Without conditions, senator."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Florence Quigley",
        "Mae Jernigan",
        "Florence Quigley",
    ]


@pytest.mark.parametrize(
    "answer",
    ['"None of them has finished the work. Two are close."', '"Every one of them has."'],
)
def test_a_bare_paragraph_after_a_second_question_answers_it(nlp, answer):
    text = (
        "Sen. Colm Brereton asked the director, Amara Osei, whether any county had "
        "finished its survey.\n\n"
        '"Not yet, senator," Ms. Osei replied.\n\n'
        '"Not a single county?" Mr. Brereton asked.\n\n'
        f"{answer}\n\n"
        "The committee adjourned at noon."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Amara Osei",
        "Colm Brereton",
        "Amara Osei",
    ]


def test_a_reporters_question_is_answered_by_the_one_questioned(nlp):
    text = (
        "Press secretary Nadine Ferrante said the president had promised to "
        '"never let a sawmill close".\n\n'
        '"He has heard from the mills," Ferrante said.\n\n'
        '"Is he backing away from that?" the reporter asked.\n\n'
        '"Not at all. Nothing has changed."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-2:] == [
        "the reporter",
        "Nadine Ferrante",
    ]


def test_a_reported_question_is_answered_by_the_one_it_was_put_to(nlp):
    text = (
        "Gov. Dashiell Coppola declared an emergency. Fire chief Weldon Laughlin said the "
        "winds would get worse.\n\n"
        "A reporter asked the governor whether the state had enough firefighters.\n\n"
        '"We have asked for help from Washington and Idaho."\n\n'
        '"And if it does not come?"\n\n'
        '"It will come," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Dashiell Coppola",
        "A reporter",
        "Dashiell Coppola",
    ]


def test_an_answer_addressing_someone_is_not_theirs(nlp):
    text = (
        'Cosmo Brister testified on Tuesday. "I paid him every month," Brister said.\n\n'
        '"You would say anything to stay out of prison, would you not?" Ismael Reavis '
        "asked.\n\n"
        '"No, sir. I would tell the truth."\n\n'
        '"That is a lie," Reavis said.\n\n'
        '"It is in the bank records, Ismael. Page after page."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Cosmo Brister",
        "Ismael Reavis",
        "Cosmo Brister",
        "Ismael Reavis",
        "Cosmo Brister",
    ]


def test_a_described_subject_set_off_by_a_parenthesis_carries_on(nlp):
    text = (
        "Speaker Royce Bankhead relied on Democratic votes. Senate Majority Leader Cleon "
        'Ragsdale said he expected it to pass "with a big vote".\n\n'
        "The speaker, for his part, insisted his hold on the gavel was secure.\n\n"
        '"I have got the support of this conference," he said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Royce Bankhead"


def test_a_players_epithet_after_the_managers_words_is_the_player_he_named(nlp):
    text = (
        '"That is what this club is about," said Castlebeck boss Dean Clatworthy.\n\n'
        'Clatworthy singled out Jordan Ellacott. "He is the best finisher," he said.\n\n'
        'The midfielder said he had "just hit it and hoped".'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Jordan Ellacott"


def test_a_nationality_noun_is_an_epithet_for_a_person(nlp):
    text = (
        "Holly Pennycook reached the final on Friday. The Briton, who beat the top seed, "
        'said she was "feeling great".'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Holly Pennycook"


def test_a_relative_named_before_is_the_subject_her_kin_noun_describes(nlp):
    text = (
        "Pat Hollinrake, 74, has lived in Wexmouth all her life. Her daughter, Leanne "
        'Hollinrake, runs a cafe.\n\n"It has been sold off like an old sofa," said Pat.\n\n'
        'Her daughter was more hopeful. "Mum is right," she said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Leanne Hollinrake"


def test_his_wife_is_the_one_he_was_named_as_the_husband_of(nlp):
    text = (
        "Kirsty Fernihough started the business with her husband, Dan, in their garage.\n\n"
        '"Every week," says Dan.\n\n"Not seriously," says his wife.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Dan", "Kirsty Fernihough"]


def test_a_shadow_office_is_not_the_office(nlp):
    text = (
        "Gordon Brown spoke today. The chancellor hailed the growth figures.\n\n"
        "But Oliver Letwin, for the Tories, attacked government debt. The shadow chancellor "
        'said the rule had "turned to dross".'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Oliver Letwin"


def test_an_unnamed_source_is_not_the_person_spoken_of(nlp):
    text = (
        "Sources told the BBC Michael Howard has always been in favour of ID cards. The "
        'party has been "agnostic" on the issue until now, the Tory source said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "the Tory source"


def test_a_party_statement_is_not_the_newspapers(nlp):
    text = (
        'Danny Kruger was quoted in the Guardian newspaper saying: "We will cut."\n\n'
        "In a statement, the party said the comment had been taken out of context. "
        '"He fully supports the policies," said the statement.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "the party"


def test_a_capitalised_title_of_office_words_is_its_holder(nlp):
    text = (
        "Foreign Secretary Jack Straw met his counterpart on Monday.\n\n"
        'The Foreign Secretary told MPs: "There is more to do."'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Jack Straw"


def test_a_constituency_mp_is_the_mp_named_before(nlp):
    text = (
        "Hazel Blears said innocent Muslims would be targeted.\n\n"
        '"The threat is most likely to come from extremists," the Salford MP told the '
        "committee."
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Hazel Blears"


def test_the_name_before_a_closing_report_is_its_subject(nlp):
    text = (
        "Others targeted include Oliver Letwin, David Davis and Theresa May, Lib Dem's "
        'elections chief Lord Rennard said. He said it was "nothing personal".'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Rennard"


def test_they_closing_a_report_is_the_plural_subject_of_what_they_report(nlp):
    text = (
        '"It is important," said Phil Laven of the EBU. The TV display manufacturers want '
        'us to watch HD on large screens, to get the "true impact" of HD, they say.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "The TV display manufacturers"


def test_the_office_is_its_former_holder_when_no_one_holds_it_now(nlp):
    text = (
        "A lobbyist testified that former state Sen. Myron Stackhouse demanded payments.\n\n"
        "Cosmo Brister told jurors he paid Stackhouse every month. He said the senator told "
        'him during a dinner in 2019, "You want a seat at the table, you pay for the chair."'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Myron Stackhouse"


def test_a_conjunct_in_the_reports_tense_telling_the_reporter_is_not_the_reporters(nlp):
    text = (
        "Regina Mallory said Josiah Dewberry had called to concede and had told her, "
        '"Go win this thing, and call me if you need me."'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Josiah Dewberry"


def test_a_document_speaks_for_whoever_a_participle_names_as_its_maker(nlp):
    text = (
        "A memo circulated Thursday by Umstead's office to Republican senators described "
        'the override as "the single most important vote of this session."\n\n'
        "The lawsuit, led by Missouri Attorney General Tillie Crowder and filed in federal "
        'court, says the department "ignored the realities of rural health care."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Umstead", "Tillie Crowder"]


def test_a_question_word_put_to_someone_makes_them_the_one_who_answers(nlp):
    text = (
        "Gaston Whaley defended the rise. The committee's top Democrat, Rep. Isaiah Nabors "
        "of Georgia, asked Whaley how much he had been paid last year.\n\n"
        '"I\'d have to check the exact figure," he replied.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Gaston Whaley"


def test_a_report_set_off_with_its_author_is_the_authors(nlp):
    text = (
        "The report, by retired judge Sir Gordon Elstob, said the Northern Rivers "
        'Authority had "failed in its most basic duty".\n\n'
        '"The warning system existed," the report said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gordon Elstob"] * 2


def test_a_role_reporting_what_a_body_would_do_is_the_speaker(nlp):
    text = (
        "Edward Thirlby spoke in the Commons. The prime minister said the government would "
        'publish its rail plan "before the summer".'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Edward Thirlby"


def test_a_motion_by_someones_lawyers_is_the_lawyers_not_their_client(nlp):
    text = (
        "Michael Jackson is on trial.\n\n"
        '"The release of the questionnaires serves no purpose," a motion by Mr Jackson\'s '
        "lawyers stated."
    )
    assert speech(quotes_of(nlp, text))[-1].speaker != "Michael Jackson"


def test_it_is_not_the_employer_in_a_persons_title(nlp):
    text = (
        "Manchester United revealed on Sunday that it had received a detailed proposal from "
        "Malcolm Glazer.\n\nDavid Cummings, head of UK equities for Standard Life "
        "Investments, said the offer was too low. The US tycoon has approached the United "
        'board with "detailed proposals", it has confirmed.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Manchester United"


def test_words_describing_a_verbs_subject_are_not_what_it_reports(nlp):
    text = (
        'According to the documents released at the National Archives, the "friendly and '
        'easy" first meeting indicated that both men thought they had a deal.\n\n'
        'A "very reliable" source said the deal was off.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "the documents",
        'A "very reliable" source',
    ]


def test_an_unnamed_judge_is_not_the_defendant(nlp):
    text = (
        "A distributor of pirated DVDs has been sent to prison.\n\nJayanti Amarishi Buhecha "
        "from Cambridge was sentenced at Harrow Crown Court on Tuesday. Buhecha, who made "
        '£26,000 a month, was called "one of the biggest pirates in the UK" by the sentencing '
        "judge.\n\n"
        'Judge Peter Smith heard the appeal. "It was enormous," the judge said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "the sentencing judge",
        "Peter Smith",
    ]


def test_the_one_quoted_goes_on_not_the_one_quoting(nlp):
    text = (
        "Madagascar has completed its currency switch.\n\n"
        '"It is above all a question of sovereignty," Reuters quoted a central bank official '
        'as saying. "It is symbolic of our independence."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["a central bank official"] * 2


def test_a_report_is_not_the_body_it_is_about(nlp):
    text = (
        "The Public Accounts Committee called for more scrutiny. The call was made in a "
        "report into the BBC's Freeview service.\n\n"
        'A BBC spokeswoman said: "We share the interest." The report said the service had '
        'had an "impressive" take up.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker != "BBC"


def test_a_campaign_statement_is_the_campaigns(nlp):
    text = (
        "The Kowalczyk campaign said in a statement that its candidate had won.\n\n"
        'The Achterberg campaign released its own statement. "Tonight Wisconsin saw who '
        'is ready to lead," the statement read.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "The Achterberg campaign"


def test_a_pronoun_in_a_question_put_to_someone_is_the_one_asked(nlp):
    text = (
        '"Then why the burden on everyone else?" Abner Culpepper asked.\n\n'
        "Justice Bianca Frazier drew laughter when she asked Elliott Imhoff whether he had "
        'brought his own birth certificate to court. "I have not," he said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Elliott Imhoff"


def test_a_split_hyphened_role_keeps_the_name_in_apposition_to_it(nlp):
    text = (
        "Quillon makes headphones.\n\n"
        '"Battery life is the number one complaint we hear from customers, by a distance," '
        "said Quillon's co-founder and chief executive, Arjun Seetharam."
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Arjun Seetharam"
    assert quote.speaker_text == "Quillon's co-founder and chief executive, Arjun Seetharam"


def test_a_participle_hung_on_a_point_in_time_is_said_by_the_clause_subject(nlp):
    text = (
        "The Speaker, Sir Anthony Blaydon, intervened twice to call for order, at one point "
        'telling MPs: "The public are watching, and they are not impressed."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Anthony Blaydon"]


def test_the_regulator_is_not_the_firm_the_text_gave_another_kind(nlp):
    text = (
        "Building society Calder Mutual has been fined 14.2m pounds by the Financial Conduct "
        "Board for failing to treat customers in arrears fairly.\n\n"
        '"Customers in financial difficulty are among the most vulnerable people a firm will '
        'deal with," the regulator said in its final notice.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Financial Conduct Board"]


def test_his_son_is_the_son_named_before_as_such(nlp):
    text = (
        "The tapes include banter between Presley and engineer Thorne Nogar.\n\n"
        "\"We've had them for a lot of years,\" Nogar's son Stephen, 57, said. Nogar, who "
        'died in 1994, always made two tapes of sessions. "He called them his ass-saver '
        'tapes," his son said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Stephen", "Stephen"]


def test_a_description_used_first_as_an_owner_means_the_same_person_again(nlp):
    text = (
        "Brando rejected Godfather role\n\n"
        "Late film star Marlon Brando initially turned down the role of Don Corleone.\n\n"
        "The actor's friend Budd Schulberg told Vanity Fair magazine that Brando's assistant "
        "suggested he read the novel. The actor repeatedly refused, throwing the book at her "
        'and saying: "For the last time, I won\'t glorify the mafia".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Marlon Brando"]


def test_a_name_set_off_by_commas_after_a_role_is_who_it_describes(nlp):
    text = (
        "Sen. Harlan Weatherby has not said whether he will run again.\n\n"
        "Weatherby's campaign chair, Penelope Toliver, said the senator would \"make the "
        'decision himself, in his own time."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Penelope Toliver"]


def test_an_adverb_answer_of_its_own_is_reported_by_the_verb_before_it(nlp):
    text = (
        "Sylvia Nowak trailed by 212 votes.\n\n"
        "Asked whether she would concede if the recount confirmed the result, Nowak said, "
        '"Of course."'
    )
    assert [(q.speaker, q.cue, q.speaker_text) for q in quotes_of(nlp, text)] == [
        ("Sylvia Nowak", "said", "Nowak")
    ]


def test_the_speaker_text_of_a_title_naming_its_holder_is_the_whole_name(nlp):
    text = 'The Speaker, Sir Anthony Blaydon, told MPs: "The public are watching."'
    assert [(q.speaker, q.speaker_text) for q in quotes_of(nlp, text)] == [
        ("Anthony Blaydon", "Sir Anthony Blaydon")
    ]


def test_a_body_a_place_owns_is_not_the_body_last_talked_about(nlp):
    text = (
        "A former trader has won £1.4m after an employment tribunal found she was harassed.\n\n"
        "Funmi Adebanjo worked on the commodities desk at Quenby Capital until 2023.\n\n"
        'In its judgment, the tribunal said the desk had been run as a "boys\' club".\n\n'
        'The UK\'s data watchdog said it was "making enquiries".\n\n'
        "CBS was fined by the country's TV regulatory agency. The agency said it was \"a "
        'disgrace".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "the tribunal",
        "The UK's data watchdog",
        "the country's TV regulatory agency",  # as the text first described it
    ]


def test_the_country_s_biggest_firm_is_still_the_firm_named(nlp):
    text = 'Tesco was fined. The country\'s biggest retailer said it was "sorry".'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tesco"]


def test_a_sentence_opening_with_a_question_put_carries_on_its_epithet_subject(nlp):
    text = (
        '"I just told him to enjoy himself," said Ebbridge manager Callum Strathie.\n\n'
        "Threapwood manager Neil Dorrington was furious.\n\n"
        '"We\'ve been robbed," he said.\n\n'
        "Asked about Dorrington's comments, the Ebbridge manager shrugged. \"He would say "
        "that, wouldn't he?\" he said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Callum Strathie",
        "Neil Dorrington",
        "Callum Strathie",
    ]


def test_a_nationality_noun_is_not_someone_the_text_gives_another_nation(nlp):
    text = (
        "Britain's Ellie Marchant beat top seed Katarina Vukovic, the Croatian world number "
        "three.\n\n"
        '"I lost," said the Croatian.\n\n'
        '"I won," the Briton said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Katarina Vukovic", "Ellie Marchant"]


def test_what_someone_would_do_or_felt_is_in_the_words_of_the_reporter(nlp):
    text = (
        "Tony Blair spoke in Edinburgh.\n\n"
        'Mr Blair said that Labour would publish "a rich agenda for future policy".\n\n'
        'Vukovic was beaten. Katarina Vukovic said she had felt "a little pain".\n\n'
        'Ministers say the treaty would help, but critics fear creating a "super state".'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [
        ("Tony Blair", "said"),
        ("Katarina Vukovic", "said"),
        ("critics", "fear"),
    ]


def test_a_piece_speaks_for_the_paper_that_ran_it_or_the_body_it_came_from(nlp):
    text = (
        "OneTel said its adverts had appeared on file-sharing sites.\n\n"
        '"We have investigated this matter," read a statement from the discount phone firm.\n\n'
        '"Just Do It" implored the front page headline on Saturday\'s Western Mail newspaper.\n\n'
        'A milder review in the New York Times dubbed it "unabashedly trivial".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "OneTel",
        "Western Mail",
        "New York Times",
    ]


def test_the_watchdog_is_the_body_called_a_regulator_not_the_one_it_oversees(nlp):
    text = (
        "ITV has been criticised by media regulator Ofcom over the show.\n\n"
        '"We are assessing the complaints," the watchdog said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ofcom"]


def test_a_body_s_spokeswoman_or_a_source_one_is_according_to_is_who_goes_on(nlp):
    text = (
        "Shoppers flocked to Regent Street, the Regent Street Association said.\n\n"
        'The Trafford Centre spokeswoman said 8,500 vehicles had arrived by noon. "We '
        'predict the next week will continue the same trend," she added.\n\n'
        "Cable firms are, according to an ntl spokesman, in a better position than BT. "
        '"BT\'s network is limited," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "The Trafford Centre spokeswoman",
        "an ntl spokesman",
    ]


def test_a_person_of_a_body_speaks_however_the_parser_hung_them(nlp):
    text = 'Brett Lock of gay group OutRage! said they were "wiping the slate clean".'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Brett Lock"]


def test_it_goes_on_with_the_body_the_main_clause_reports_not_one_inside_the_report(nlp):
    text = (
        "The Commons work and pensions committee published its report on Monday.\n\n"
        "The committee said the National Audit Office should investigate why the system "
        "had failed. It blamed the agency's senior management for a \"multitude of "
        'problems".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["The Commons work and pensions committee"]


def test_the_one_keen_to_point_out_is_who_points_out(nlp):
    text = (
        "The EU said a tax would only come after consultation. It was keen to point out "
        'that a new tax should not hurt the "competitiveness of the airlines".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["EU"]


def test_a_quoted_verb_inside_what_a_statement_says_is_the_statement_giver_s(nlp):
    text = (
        "The Freight Rail Council, the industry's main lobbying group, said in a statement "
        'that the bill would "add paperwork without adding safety".'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [("Freight Rail Council", "said")]


def test_a_message_speaks_for_the_one_described_as_writing_in_it(nlp):
    text = (
        "Gov. Leota Hardcastle vetoed the property tax cap on Friday.\n\n"
        'In her veto message, the Democratic governor called the measure "a tax cut for the '
        'biggest houses".\n\n'
        '"I will not sign a bill that makes a 911 call take longer," the message said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Leota Hardcastle", "Leota Hardcastle"]


def test_a_named_person_s_relative_is_the_one_named_as_such_next(nlp):
    text = (
        'Michael Jackson\'s mother has said she is "100% certain" her son is innocent.\n\n'
        "His mother Katherine Jackson told Fox News on Sunday that he was innocent."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Katherine Jackson"]
    alone = 'Wayne Rooney\'s father said his son was "a good lad".'
    assert [q.speaker for q in quotes_of(nlp, alone)] == ["Wayne Rooney's father"]


def test_what_someone_else_did_inside_a_report_is_in_the_reporter_s_words(nlp):
    text = (
        'The executive spokeswoman said the leave was agreed by a psychiatric adviser "in '
        'conjunction with officials".\n\n'
        'Mr Smith said the plan was described by Ms Jones as "a disaster".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["The executive spokeswoman", "Jones"]


def test_a_participle_after_a_thing_backed_is_said_by_who_backed_it(nlp):
    text = (
        'Telecoms firm Vodafone also backed the proposals saying "we will be entirely happy '
        'if Ofcom accepts them".\n\n'
        'Amnesty International issued a statement saying it was "appalled".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Vodafone", "Amnesty International"]


def test_the_one_a_pronoun_put_a_question_to_answers(nlp):
    text = (
        "Sen. Marisol Nieves pressed the nominee on the backlog. She asked Dana Choi whether "
        "the agency would meet its deadline.\n\n"
        '"We will meet it," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dana Choi"]


def test_a_writing_that_says_is_not_what_it_is_written_on(nlp):
    text = (
        'One judge carried around a note written on a napkin that said: "I would hope that '
        'quality wins."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a note"]


def test_an_answer_addressing_the_last_speaker_is_the_one_he_told(nlp):
    text = (
        "Lawyer Upton Barfield argued for the companies. Justice Marcellus Dobbins was not "
        "convinced.\n\n"
        '"Why can\'t they figure out her age?" he told Barfield.\n\n'
        '"They can estimate it, Justice Dobbins. Estimating is not what the statute demands."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Marcellus Dobbins", "Upton Barfield"]


def test_a_party_opening_a_sentence_is_no_epithet_for_he(nlp):
    text = (
        'The Liberal Democrat candidate, Graham Pettifer, is a local doctor. "People here feel '
        'taken for granted," he said.\n\n'
        "The Conservatives have picked Stuart Kedward, a former Army officer who runs a farm "
        'shop in Marden. He said the contest was "a straight choice".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Graham Pettifer", "Stuart Kedward"]


def test_an_unnamed_man_introduced_as_a_subject_goes_on(nlp):
    text = (
        'Managing director Alistair Pennefather said the gas bill had "more than tripled".\n\n'
        "Staff were told on Tuesday. One drayman, who has delivered beer to pubs for 31 years, "
        'said the news had "come out of nowhere".\n\n'
        '"We knew things were tight," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Alistair Pennefather",
        "One drayman",
        "One drayman",
    ]


def test_one_or_another_is_one_of_the_people_just_talked_about(nlp):
    text = (
        'Fans flooded the comments under the clip. "Team Tamsin. Always," one wrote.\n\n'
        'Shoppers were unimpressed. "It is a rip-off," said one. Another was more forgiving: '
        '"Take your time."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "one fan",
        "one shopper",
        "Another shopper",
    ]


def test_an_age_epithet_beyond_the_window_is_the_one_person_named_and_no_venue(nlp):
    text = (
        "Three venues have cancelled shows by the comedian Rob Nuttall after a clip of a joke "
        "was shared online.\n\n"
        "The Apollo in Leeds and a club in Manchester pulled his dates on Monday.\n\n"
        'The Granary Theatre in Stockport said it had "listened to our audiences".\n\n'
        'In a video posted on Sunday, the 52-year-old said he was "not going to apologise".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Granary Theatre", "Rob Nuttall"]


def test_he_with_nobody_near_is_the_one_person_named_not_a_firm(nlp):
    text = (
        "Crime novelist Alasdair Brogan has announced that his 14th book will be his last.\n\n"
        "The series has been adapted for television twice.\n\n"
        'His publisher, Lightowler Books, said the novel had sold "more than 60,000 '
        'copies".\n\n'
        '"I might write about gardening," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Lightowler Books", "Alasdair Brogan"]


def test_a_player_epithet_the_manager_cannot_hold_reaches_back_to_the_player(nlp):
    text = (
        "Nineteen-year-old Kwame Boakye scored twice as Ebbridge City beat Threapwood.\n\n"
        "Boakye came off the bench with his side trailing to Jamie Lusted's header.\n\n"
        '"I just told him to go and enjoy himself," said Ebbridge manager Callum Strathie. '
        '"He\'s got no fear, that boy. None at all. Sometimes that worries me."\n\n'
        "The teenager equalised with a low shot in the 81st minute.\n\n"
        '"I\'ve been dreaming about this since I was six," the striker told BBC Radio.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Callum Strathie",
        "Callum Strathie",
        "Kwame Boakye",
    ]


def test_her_husband_is_the_man_named_with_her_as_a_couple(nlp):
    text = (
        "Among those waiting for answers are Priya and Tom Sandercock, who paid a £25,000 "
        "deposit on a three-bedroom house in Selby in 2023.\n\n"
        '"We\'ve got a slab of concrete and a fence," said Priya.\n\n'
        'Her husband said they had been told the house would be finished "by Christmas".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Priya", "Tom Sandercock"]


def test_the_one_a_question_names_answers_and_the_two_take_turns(nlp):
    text = (
        'Commissioner Lavinia Quarrie told the committee the backlog had fallen. "We cleared '
        '40,000 cases," Quarrie said.\n\n'
        "The committee's chairman, Rep. Anselm Durward, said he had heard otherwise.\n\n"
        '"Ms. Quarrie, how many are still waiting?"\n\n'
        '"About 12,000, Mr. Chairman."\n\n'
        '"That is far too many."\n\n'
        '"It is half of what it was."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Lavinia Quarrie",
        "Anselm Durward",
        "Lavinia Quarrie",
        "Anselm Durward",
        "Lavinia Quarrie",
    ]


def test_a_question_a_named_person_reports_is_answered_by_the_last_speaker(nlp):
    text = (
        '"We will not reopen the plant," Governor Ottilie Braddock said.\n\n'
        "State Sen. Caspian Wheelock asked why the workers had not been told sooner.\n\n"
        '"We told them the day we knew."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ottilie Braddock", "Ottilie Braddock"]


def test_a_question_in_a_second_verb_is_answered_by_the_last_speaker(nlp):
    text = (
        '"The governor is focused on the workers," press secretary Harriet Pembury said.\n\n'
        'A reporter noted that Gov. Ottilie Braddock had promised to "never close a plant" '
        "and asked whether that promise still held.\n\n"
        '"She has kept every promise she could keep."\n\n'
        '"Is she angry?" a reporter asked.\n\n'
        '"She is disappointed," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Harriet Pembury",
        "Ottilie Braddock",
        "Harriet Pembury",
        "a reporter",
        "Harriet Pembury",
    ]


def test_a_name_set_off_after_the_subjects_role_is_the_speaker(nlp):
    text = (
        "Dr. Philippa Rusk, the agency's chief scientist, said it was \"weighing the "
        'evidence".\n\n'
        "The committee's chairwoman, Sen. Harriet Colquitt, R-Neb., opened by reading a letter "
        'from a farmer.\n\n"Doctor, how many more of these must I read?" she asked.\n\n'
        "The chairman of the House panel on rural broadband, Rep. Thaddeus Orrick, R-Iowa, said "
        'his office had received 500 complaints.\n\n"How many of those are fixed?"\n\n'
        "The committee's ranking Democrat, Sen. Ebenezer Platt of Vermont, opened with the "
        'cost. "Why does it cost so much?"'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Philippa Rusk",
        "Harriet Colquitt",
        "Thaddeus Orrick",
        "Ebenezer Platt",
    ]


def test_he_after_words_quoted_from_another_is_the_sentences_epithet_subject(nlp):
    text = (
        'Prime Minister Tony Blair told reporters the matter was closed. "We have moved on," he '
        "said. The prime "
        "minister brushed aside claims from Tory leader Michael Howard that he ran a "
        '"shabby government". He said the inquiry had cleared Mr Quilliam: "He asked for this '
        'inquiry himself."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Tony Blair",
        "Michael Howard",
        "Tony Blair",
    ]


def test_an_unnamed_official_taking_up_the_leads_subject_is_the_one_introduced_next(nlp):
    text = (
        "ATLANTA (AP) — The nation's top disease-control official urged parents on Friday to "
        "vaccinate their children against measles.\n\n"
        '"This is the most preventable death there is," the official said at a briefing.\n\n'
        "Dr. Oswin Maratos, director of the Centers for Disease Control and Prevention, said "
        "two children had died.\n"
    )
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.speaker_text) == ("Oswin Maratos", "the official")


def test_a_definite_leads_description_then_a_bare_name_is_that_person_and_their_role(nlp):
    text = (
        "Scotland's transport minister has insisted that closing the ferry route will "
        '"save money, not lives".\n\nAilsa Gilchrist faced angry exchanges at Holyrood on '
        'Tuesday.\n\nThe minister said the new route was faster.\n\n"It is the evidence," '
        "she said.\n"
    )
    found = quotes_of(nlp, text)
    assert [(q.speaker, q.speaker_text) for q in found] == [
        ("Ailsa Gilchrist", "Scotland's transport minister"),
        ("Ailsa Gilchrist", "she"),
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The State Department closed its embassy in Port-au-Prince on Friday. According "
            "to a travel advisory the department reissued on Sunday, Americans should not "
            'travel to Haiti "for any reason".',
            "State Department",
        ),
        (
            "Hana Lindqvist, the former senator's wife, did not attend the hearing. According "
            'to a letter she filed with the court, she has been "living with the shame of '
            'this every day".',
            "Hana Lindqvist",
        ),
    ],
)
def test_a_document_speaks_for_the_subject_of_its_relative_clause_of_issuing(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert (quote.speaker, quote.cue) == (speaker, "according to")


def test_a_with_phrase_of_the_clause_before_is_no_absolute_subject(nlp):
    text = (
        "Mr Howard attacked the Budget. He ended his response with an election challenge to "
        'Labour, saying "bring it on".'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "Howard"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the participle taken for the modifier of "parliament"
        (
            "However Paris was more subdued, with finance minister Herve Gaymard telling "
            'parliament: "We must continue along this path of saving money."',
            "Herve Gaymard",
        ),
        # the participle hung from the main clause, the name set beside the role
        (
            "But the Conservatives said the government had still not explained how much the "
            "scheme would cost, with the shadow home secretary, Peregrine Oxley, telling MPs: "
            '"The minister cannot tell us what his cards will cost."',
            "Peregrine Oxley",
        ),
    ],
)
def test_the_subject_of_an_absolute_with_clause_speaks(nlp, text, speaker):
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == speaker
    assert (quote.cue or "").startswith("telling")


def test_a_bare_one_word_answer_to_a_reported_question_is_the_last_speakers(nlp):
    text = (
        "Dr. Ottoline Vasko, the agency's director, defended her staff.\n\n"
        '"We moved as fast as the law allowed," Vasko told the subcommittee.\n\n'
        "The subcommittee's chairman, Rep. Wendell Pyke, asked whether anyone at the agency "
        'had been disciplined.\n\n"No."\n\n"Why not?"\n\n'
        '"Because the failure was in our systems, not in our people."\n'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == [
        "Ottoline Vasko",
        "Ottoline Vasko",
        "Wendell Pyke",
        "Ottoline Vasko",
    ]


def test_his_brother_is_the_one_whose_brother_he_was_named_as(nlp):
    text = (
        "Singer Ronan Costigan, 31, was taken to hospital after the fight.\n\n"
        "Ronan’s older brother, Fiachra, the band’s guitarist, posted an apology on Sunday. "
        "“I’m not proud of last night,” he wrote.\n\n"
        "But his brother appeared less ready to move on. Speaking to reporters outside his "
        "hotel, he said the fight had been “a long time coming”.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Fiachra", "Ronan Costigan"]


@pytest.mark.parametrize(
    ("text", "answerer"),
    [
        # the last one who spoke before the question, past the asker's own words
        (
            "Sen. Noemi Tredwell, the committee's top Democrat, said the agency had cut 300 "
            'jobs. "You fired the people who test chickens," she said.\n\nDr. Cicely '
            'Grayling, the agency chief, said the cuts had "not touched frontline testing." '
            "Tredwell asked whether she would provide the committee with a list of the "
            'positions.\n\n"Yes, Senator."\n',
            "Cicely Grayling",
        ),
        # the one asked in a verb after a preposition
        (
            "Ines Marwood, the agency's administrator, said the backlog had fallen by half. "
            '"We are not done," she said.\n\nThe chairman ended the hearing by asking '
            "Marwood whether she would return in six months with new numbers.\n\n"
            '"Yes, Mr. Chairman."\n',
            "Ines Marwood",
        ),
    ],
)
def test_an_answer_addressing_the_asker_after_a_reported_question_is_speech(nlp, text, answerer):
    answer = quotes_of(nlp, text)[-1]
    assert (answer.kind, answer.speaker) == ("speech", answerer)


def test_bare_questions_after_under_questioning_by_are_the_examiners(nlp):
    text = (
        "Maribel Ostrander, 34, testified at the trial of the former chief of staff.\n\n"
        "Under questioning by Assistant Attorney General Kwame Otieno-Barros, Ostrander said "
        "she had worked on the campaign as a volunteer.\n\n"
        '"After the election, did the defendant offer you a job?"\n\n"Yes."\n\n'
        '"What did he say it would involve?"\n\n'
        '"He said it was a thank-you, not a job."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Kwame Otieno-Barros",
        "Maribel Ostrander",
        "Kwame Otieno-Barros",
        "Maribel Ostrander",
    ]


def test_a_bare_question_after_during_questioning_is_the_subjects_and_answered_by_the_object(
    nlp,
):
    text = (
        "Maribel Ostrander, 34, testified at the trial on Tuesday.\n\n"
        "During questioning, defense lawyer Carmelita Fogarty showed Ostrander a stack of "
        'timesheets bearing her signature.\n\n"Is that your signature?"\n\n'
        '"It is. He told me to sign them."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Carmelita Fogarty", "Maribel Ostrander"]


def test_brother_and_sister_named_together_give_each_name_its_sex(nlp):
    text = (
        "Irish folk duo the Keaveneys - brother and sister Tadhg and Roisin Keaveney - are "
        "to split after 15 years.\n\n"
        'Roisin, 38, said the decision had been hers. "I want to make a record of my own," '
        "she told reporters.\n\n"
        'Their agent, Owen Pritchard, said the pair had "kept a tradition alive".\n\n'
        "Her brother was less cheerful. Speaking at his home in Sligo, he admitted he had "
        'been "blindsided".\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Roisin Keaveney",
        "Owen Pritchard",
        "Tadhg Keaveney",
    ]


@pytest.mark.parametrize(
    ("lead", "introduced", "speaker"),
    [
        (
            "A federal judge on Friday ordered the administration to restore grants it froze "
            'at Bramwell College, saying the government had offered "nothing but a press '
            'release" to justify the move.',
            "U.S. District Judge Orsolya Fenwick issued a temporary restraining order after a "
            "two-hour hearing.",
            "Orsolya Fenwick",
        ),
        (
            "A four-term Republican congressman from Ohio who was arrested last month announced "
            'Monday that he would not run again, saying he needed to "get healthy for my '
            'family."',
            "Rep. Lazarus Quimby, 58, made the announcement in a video posted online.",
            "Lazarus Quimby",
        ),
        (
            "The Army's top civilian official told senators Tuesday that delays in building "
            'new helicopters were "unacceptable."',
            "Army Secretary Benedetta Ruskin testified before the Senate Armed Services Committee.",
            "Benedetta Ruskin",
        ),
        (
            "The chief executive of the bus company whose coach overturned told senators "
            'Wednesday that staffing "played no role whatsoever" in the crash.',
            "Thaddeus Okafor, who has led the Prairie Coach Line since 2019, faced three hours of "
            "questions.",
            "Thaddeus Okafor",
        ),
    ],
)
def test_a_lead_description_is_the_person_the_next_paragraph_introduces_as_such(
    nlp, lead, introduced, speaker
):
    text = f"WASHINGTON (AP) — {lead}\n\n{introduced}\n\nThe hearing lasted into the evening.\n"
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_lead_description_is_not_someone_else_the_next_paragraph_introduces(nlp):
    text = (
        "WASHINGTON (AP) — A federal judge on Friday ordered the administration to restore "
        'grants it froze, saying the government had offered "nothing but a press release."\n\n'
        "Attorney General Rosalind Achterberg said the department would appeal.\n\n"
        "The hearing lasted two hours.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] != ["Rosalind Achterberg"]


@pytest.mark.parametrize(
    ("lead", "introduced", "speaker"),
    [
        (
            "A 68-year-old actress who made her name in a comedy in the 1960s has said "
            'returning to it is "like reading an old diary".',
            "Winifred Ashdown, who played the maid in the first production in 1963, will now "
            "play the housekeeper in a revival.",
            "Winifred Ashdown",
        ),
        (
            "A Department of Health minister has admitted that a target for hospital waiting "
            'times is "probably not" going to be met.',
            "Oswin Tregarthen made the admission in an interview on Radio 5 Live on Thursday.",
            "Oswin Tregarthen",
        ),
    ],
)
def test_a_lead_person_is_the_one_the_next_paragraph_opens_on(nlp, lead, introduced, speaker):
    text = f"Headline here\n\n{lead}\n\n{introduced}\n\nThe show opens in May.\n"
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_after_a_tagged_answer_to_a_reported_question_the_asker_follows_up(nlp):
    text = (
        "At Tuesday's hearing, the chairman of the licensing committee, Councillor Tobias "
        "Wrenfield, asked how many people had come last year.\n\n"
        '"About 4,000 a day," Mr Hollingrake said.\n\n"And you want 6,000."\n\n"Yes."\n\n'
        '"Where will the extra cars go?"\n\n"Into a second field."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Hollingrake",
        "Tobias Wrenfield",
        "Hollingrake",
        "Tobias Wrenfield",
        "Hollingrake",
    ]


def test_after_a_tagged_answer_to_a_reported_question_a_statement_goes_on_answering(nlp):
    text = (
        "At Tuesday's hearing, Councillor Tobias Wrenfield asked how many people had come "
        'last year.\n\n"About 4,000 a day," Mr Hollingrake said.\n\n'
        '"We have never had a single complaint from the police."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Hollingrake", "Hollingrake"]


def test_a_document_speaks_for_whom_it_came_from_not_whoever_obtained_it(nlp):
    text = (
        "An internal memo from the Okonkwo-Reyes campaign, obtained by The Associated Press, "
        'told donors that the race would turn on "water, water and water."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Okonkwo-Reyes"]


def test_a_wire_credit_in_a_dateline_is_not_the_subject_that_speaks(nlp):
    text = (
        "Pentagon denies plan\n\nWASHINGTON (AP) — The Pentagon's top spokesman said Monday "
        'that the defense secretary "has no plan on his desk" to withdraw troops.\n\n'
        "The statement came a day after a leaked document suggested otherwise.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["The Pentagon's top spokesman"]


def test_a_dateline_place_is_never_a_speaker(nlp):
    text = (
        "Shutdown nears as House leader says bill 'has the votes'\n\n"
        "WASHINGTON (AP) — The No. 2 House Republican said Friday that a "
        'spending bill "has the votes, or it will by Tuesday," even as conservatives vowed to '
        "oppose it.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] != ["WASHINGTON"]


def test_the_demonym_the_model_tags_a_person_is_an_epithet_for_the_one_in_view(nlp):
    text = (
        "Scarrowby lost 3-0 on Saturday.\n\nCaptain Rhodri Pengelly said the players felt "
        "responsible. The Welshman, who has been at the club for seven seasons, said: "
        '"We lost that game, not him."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rhodri Pengelly"]


def test_a_hearing_exchange_after_a_lead_description(nlp):
    text = (
        "Rail boss admits failings\n\n"
        'The head of a train company has told MPs that her firm "let passengers down badly" '
        "during the winter.\n\n"
        "Philippa Marchbank, chief executive of Ravensworth Trains, was questioned by the "
        "Commons transport committee on Tuesday.\n\n"
        "The committee's chairman, Ambrose Kettlewell, asked how many drivers the company had "
        'been short.\n\n"About 40," Ms Marchbank said.\n\n"Out of?"\n\n"Out of 310."\n\n'
        "Conservative MP Tudwal Heyes said the recovery plan was thin.\n\n"
        'The 51-year-old chief executive said she accepted the criticism. "I am not going '
        'to make excuses," she said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Philippa Marchbank",
        "Philippa Marchbank",
        "Ambrose Kettlewell",
        "Philippa Marchbank",
        "Philippa Marchbank",
    ]


def test_an_office_the_tagger_took_for_a_name_leads_to_the_one_introduced_next(nlp):
    text = (
        "MP defects\n\nA Labour MP who voted against the government over the war has "
        'defected, saying the party he joined in 1979 "no longer exists".\n\n'
        "Tudur Stobbart, who has represented Cleveland Vale since 1992, made the announcement "
        "in Westminster.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tudur Stobbart"]


def test_her_business_partner_is_the_one_named_with_her(nlp):
    text = (
        "The website was started two years ago by Halldora Sveinsdottir, 23, and Rajesh "
        "Venkataraman, 24, from a shared flat.\n\n"
        "She grew up in Akureyri. Her business partner, who is from Madurai, said the pair "
        'had turned down two offers.\n\n"The first one was too small," he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rajesh Venkataraman"]


def test_a_quotation_that_addresses_someone_by_name_is_not_theirs(nlp):
    text = (
        '"The statute says notice and a hearing," Judge Sahlin said.\n\n'
        "Justice Department lawyer Biagio Satriani argued that the university could seek "
        'damages later.\n\n"And in the meantime, Mr. Satriani, what happens to the trials?"\n\n'
        '"Your Honor, the university has an endowment."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Sahlin",
        "Sahlin",
        "Biagio Satriani",
    ]


@pytest.mark.parametrize(
    ("quoted", "addressed"),
    [
        ("And in the meantime, Mr. Satriani, what happens to the trials?", ["Mr Satriani"]),
        ("Thank you, Mr. Chairman.", ["Mr Chairman"]),
        # an honorific's full stop is no sentence's end
        ("I spoke to Mr. Satriani about it, and to nobody else.", []),
    ],
)
def test_vocatives_are_the_names_a_quotation_addresses(quoted, addressed):
    assert _vocatives(quoted) == addressed


def test_a_bodys_spokesman_described_again_is_that_bodys_not_the_last_spokeswoman(nlp):
    text = (
        'A spokesman for Harrowgate Council said: "We sent the papers out on time."\n\n'
        'A spokeswoman for Royal Mail said: "We are looking into the delivery route."\n\n'
        'The Harrowgate Council spokesman added: "Residents first complained on Monday."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "A spokesman for Harrowgate Council",
        "A spokeswoman for Royal Mail",
        "A spokesman for Harrowgate Council",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rosalind Teague has announced plans to limit casinos, in a move branded a "
        '"humiliating retreat" by the Tories.\n',
        # the participle parsed as an adverbial clause of the main verb
        "Rosalind Teague has announced plans to limit the number of new casinos in the UK to "
        '24, in a move branded a "humiliating retreat" by the Tories.\n',
    ],
)
def test_the_agent_of_a_naming_participle_speaks_however_the_by_was_hung(nlp, text):
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tories"]


def test_words_going_on_in_the_same_paragraph_are_no_address_to_their_speaker(nlp):
    text = (
        "Leatherwood asked Rohini Sturdivant whether she would visit.\n\n"
        '"Then I will see you there in June," she said.\n\n'
        "Sen. Zhen Nivens, R-Wyo., said the interruption proved the point. "
        '"People in Washington think this land is a painting," he said. "In Wyoming, '
        "it's a paycheck.\"\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == ["Zhen Nivens", "Zhen Nivens"]


def test_a_lead_office_identified_by_the_next_paragraph_is_that_person_again_later(nlp):
    text = (
        "Steelworks deal near\n\n"
        'A deal to save the Porthcoed steelworks is "within reach", the Welsh Secretary has '
        "said.\n\nEifion Prothero, who visited the site on Monday, said the government would "
        "help.\n\nAsked about a stake, the Welsh Secretary said nothing had been ruled out. "
        '"We are looking at every option," the Welsh Secretary said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Eifion Prothero", "Eifion Prothero"]


def test_a_name_owning_the_subject_is_not_the_subject_whatever_the_parse(nlp):
    text = (
        "Brothers’ band cancel tour after fight\n\n"
        "Irish rock band Corrib Lane have cancelled the rest of their British tour after the "
        "group’s two brothers were involved in a fight backstage in Glasgow.\n\n"
        "Singer Donal Brennock, 31, was taken to hospital with a cut to his head after the "
        "incident at the Barrowland Ballroom on Saturday night. He was released the following "
        "morning.\n\n"
        "The band’s management said in a statement that the remaining 11 dates had been "
        "called off “to give everyone some breathing space”.\n\n"
        "Donal’s older brother, Padraic, the band’s guitarist and songwriter, posted an "
        "apology on the group’s website on Sunday. “I’m not proud of last night. Nobody is,” "
        "he wrote.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Padraic"


def test_a_participle_after_a_subordinate_clause_with_no_speaker_goes_with_the_main_clause(
    nlp,
):
    text = (
        "Patient records lost\n\n"
        "The head of an NHS trust has apologised after a laptop was stolen from a car, "
        'calling the loss "completely unacceptable".\n\n'
        "Ottilie Penhallow, chief executive of the trust, said the data had not been "
        "encrypted.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ottilie Penhallow"]


def test_mrs_is_the_wife_when_her_husband_is_named_beside_her_kin_noun(nlp):
    text = (
        "Parents hand in petition\n\n"
        "The petition was organised by Ifeoma Chukwuma, a former midwife. She and her "
        "husband, Obinna Chukwuma, took it to the hospital on Tuesday.\n\n"
        '"Nobody who drew up this plan has driven the road in winter," Mrs Chukwuma said.\n\n'
        "Her husband said their son had arrived quickly. "
        '"We had about 20 minutes to spare," he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ifeoma Chukwuma", "Obinna Chukwuma"]


def test_her_father_is_the_one_she_was_named_as_the_daughter_of(nlp):
    text = (
        "Bakery turns 100\n\n"
        "The bakery is run by Declan Fahy, 44, and his uncle, Seamus Fahy, 71.\n\n"
        "Declan's daughter, Niamh, 17, has begun working there at weekends.\n\n"
        '"She is better at the pastry than I am already," her father said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Declan Fahy"]


def test_a_relative_described_as_the_subject_before_the_words_speaks_them(nlp):
    text = (
        "Farm\n\n"
        "Walt Brandvold grows corn. Brandvold's daughter, Greta Brandvold, 31, returned to "
        "the farm.\n\n"
        '"Dad keeps saying next year will be better," Greta Brandvold said.\n\n'
        'Her father shrugged. "She is right. She usually is."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Greta Brandvold", "Walt Brandvold"]


@pytest.mark.parametrize(
    "after",
    [
        "So says Agnieszka Wrona, a 29-year-old from Lublin who packs vegetables.",
        "The warning came from Dr Agnieszka Wrona, a microbiologist in Norwich.",
        "That was the insistence of the state's commissioner for information, Agnieszka "
        "Wrona, who spoke on Monday.",
    ],
)
def test_the_sentence_after_a_quotation_standing_alone_names_its_speaker(nlp, after):
    text = f'Workers\n\nDr Ilse Brandt runs the clinic.\n\n"We came here to work."\n\n{after}\n'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Agnieszka Wrona"]


def test_a_name_known_to_some_people_as_quoted_words_is_a_nickname(nlp):
    text = (
        'Deshmukh, known to his team-mates as "the Professor", said he still hoped to play again.'
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["other"]


@pytest.mark.parametrize(
    ("introduced", "described", "speaker"),
    [
        ("India off-spinner Rohan Deshmukh", "the off-spinner", "Rohan Deshmukh"),
        ("Mr Justice Harrowby", "the judge", "Harrowby"),
        (
            "The president's nominee to be ambassador to Brazil, Rohan Deshmukh,",
            "the nominee",
            "Rohan Deshmukh",
        ),
    ],
)
def test_a_description_names_whoever_was_introduced_with_that_office(
    nlp, introduced, described, speaker
):
    text = (
        f"Hearing\n\n{introduced} spoke on Monday, and coach Tim Hollins said he was "
        f'pleased.\n\n"I am not finished," {described} said.\n'
    )
    assert quotes_of(nlp, text)[0].speaker == speaker


def test_an_unnamed_spokesman_of_a_body_with_of_in_its_name_is_he(nlp):
    text = (
        "Costs rise\n\n"
        "Ron Stebbing, whose mother was ill, said the family had learned about it late.\n\n"
        '"Nobody told us anything," he said.\n\n'
        "A Department of Health spokesman said targets had been set.\n\n"
        '"Good progress is being made," he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Ron Stebbing",
        "A Department of Health spokesman",
    ]


def test_the_report_that_was_quoted_last_says_the_next_words(nlp):
    text = (
        "School transformed\n\n"
        "Highbury Community College was placed in special measures in 2004.\n\n"
        'The Ofsted report published on Friday praised the school\'s "calm atmosphere".\n\n'
        '"Pupils now behave well in lessons," the report said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["The Ofsted report"] * 2


def test_a_questioner_putting_words_to_him_is_not_him_and_he_replies(nlp):
    text = (
        "Prices cut\n\n"
        "Andrzej Kowal, Fairway's chief executive, said the cuts were paid for by savings.\n\n"
        "Asked on BBC Radio 4's Today programme whether the chain was buying market share, "
        'Mr Kowal said: "No. We have taken costs out."\n\n'
        '"Your rivals will say you are selling at a loss," the presenter put to him.\n\n'
        '"They can say what they like," he replied.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Andrzej Kowal",
        "the presenter",
        "Andrzej Kowal",
    ]


def test_a_group_calling_itself_by_a_name_speaks_as_that_name(nlp):
    text = (
        "Hostages freed\n\n"
        "A previously unknown group calling itself the Delta Freedom Brigade said it had "
        'freed the men "as a gesture of goodwill".\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Delta Freedom Brigade"]


def test_the_owner_of_words_a_sentence_is_about_is_who_he_is_later(nlp):
    text = (
        "Kayaker rescued\n\n"
        "Omar Halabi, 41, from Bristol, was paddling near the shore when the wind capsized "
        "his kayak.\n\n"
        '"By the time we got to him he was very cold," said coxswain Tony Pendarves, who has '
        "crewed the boat for 22 years.\n\n"
        "Crew member Kerensa Polwhele, 26, swam to the ledge with a line. "
        '"He kept apologising to me," she said.\n\n'
        "Mr Halabi's first words to the crew once he was on board were simple: "
        '"I am so sorry."\n\n'
        "He was taken to the Royal Cornwall Hospital in Truro, where he was treated for "
        "hypothermia.\n\n"
        'Speaking from his hospital bed on Monday, he said: "I checked the forecast."\n'
    )
    assert quotes_of(nlp, text)[-1].speaker == "Omar Halabi"


def test_words_asked_for_are_no_speech_of_the_asker(nlp):
    text = (
        "Talks\n\n"
        "Minister Le Van Khoa said Hanoi was committed to the talks.\n\n"
        "A Vietnamese diplomat, who was not authorized to speak, was more pointed, saying "
        'the American side had asked for "rights that no country would accept."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["A Vietnamese diplomat"]


def test_an_unnamed_officer_of_a_body_wrote_the_review_that_found_the_words(nlp):
    text = (
        "Primary turns negative\n\n"
        "Dimitra Sotiris, a former county commissioner, responded within hours.\n\n"
        "A 2019 review by the county's internal auditor found \"no evidence of improper "
        'influence" in the award.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["the county's internal auditor"]


def test_work_begun_is_no_speech_when_a_report_governs_the_words(nlp):
    text = (
        "Ships late\n\n"
        "The Government Accountability Office reported in June that the Navy had begun "
        'construction on the lead ship "before key design elements were complete."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Government Accountability Office"]


def test_a_person_a_sentence_identifies_is_who_she_is_next(nlp):
    text = (
        "Backlog grows\n\n"
        "Judge Marisol Echeverri, who leads the judges' union, said many colleagues carried "
        "4,000 cases.\n\n"
        '"Something has to give," she said.\n\n'
        "Kofi Asamoah, a lawyer in Newark, said some clients had hearing dates in 2031.\n\n"
        '"I have clients whose children will be in high school first," Mr. Asamoah said.\n\n'
        "One of them is Mariam, a 29-year-old woman who fled Afghanistan in 2021 and asked "
        "that her surname not be published because she fears for relatives who remain there. "
        "She has a work permit and a job in a hospital laundry in Elizabeth, N.J., but "
        'described the uncertainty as "like living in a waiting room."\n\n'
        '"Every night I think, maybe this is the year," she said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == ["Mariam", "Mariam"]


def test_the_union_is_the_one_body_named_as_an_association(nlp):
    text = (
        "Strike goes on\n\n"
        "The Oakland Teachers Association is seeking a 22% raise. Oakland Unified has "
        "offered 10%.\n\n"
        "The union disputed the district's numbers. In a statement, it accused administrators "
        'of "crying poverty".\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Oakland Teachers Association"]


def test_the_official_is_the_one_introduced_as_a_senior_official(nlp):
    text = (
        "Threats\n\n"
        '"We have seen no evidence," a senior CISA official told reporters on a call. The '
        "agency protects elections.\n\n"
        "The official said the agency was concerned.\n\n"
        '"What we are seeing is a steady effort."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a senior CISA official"] * 2


def test_a_rank_the_model_tagged_as_a_person_is_nobody(nlp):
    text = (
        "Navy late\n\n"
        "Pentagon press secretary Col. Jin-ho Park told reporters the ships were late.\n\n"
        "Pressed on whether anyone had been held accountable, Park declined to comment.\n\n"
        '"I am not going to get into personnel matters," he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jin-ho Park"]


def test_his_father_is_the_man_of_his_surname_who_has_spoken(nlp):
    text = (
        "Bakery turns 100\n\n"
        "The bakery was founded in 1906 by Patrick Devlin. Today it is run by his grandson "
        "Brendan Devlin, 71, and great-grandson Ciaran Devlin, 44.\n\n"
        '"We have never changed the recipe," said Brendan.\n\n'
        '"People tell me their granny bought one every Saturday," Ciaran said.\n\n'
        "His father, who still serves behind the counter, said he had no intention of "
        'retiring. "What would I do?" he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Brendan Devlin",
        "Ciaran Devlin",
        "Brendan Devlin",
    ]


def test_a_participle_past_a_clause_with_only_a_pronoun_goes_with_the_main_clause(nlp):
    text = (
        "Pennsylvania Governor Vetoes Budget, Citing School Funding Gap\n\n"
        "HARRISBURG, Pa. — Gov. Siobhan Kilbride of Pennsylvania on Friday vetoed the $46 "
        "billion budget passed by the Republican-controlled State Senate, saying it "
        "shortchanged the state’s poorest school districts and setting up a standoff that "
        "could delay payments to counties, hospitals and nonprofit groups.\n\n"
        "“I will not sign a budget that tells a child in Reading that she is worth less "
        "than a child in Lower Merion,” Ms. Kilbride said at a news conference in the "
        "Capitol rotunda, flanked by teachers and school board members.\n\n"
        "The veto had been expected for days. Senate Republicans passed the plan on a "
        "party-line vote late Thursday, and their leader, Senator Emeka Okonta of Chester "
        "County, dismissed the governor’s objections before she had formally announced "
        "them, calling the veto threat “a press release, not a plan.”\n\n"
        "“The governor has known our number since March,” Mr. Okonta said in a statement "
        "after the veto. “If she wants to spend more, she should tell taxpayers where the "
        "money is coming from.”\n"
    )
    assert quotes_of(nlp, text)[1].speaker == "Emeka Okonta"


def test_an_age_epithet_before_a_verb_the_parser_made_a_modifier_speaks(nlp):
    text = (
        "Farm bill talks stall\n\n"
        "Sen. Harlan Eckersby, the Iowa Republican who chairs the committee, said the two "
        "sides remained far apart.\n\n"
        '"I have been doing this long enough to know when a deal is close and when it is '
        'not," the 67-year-old told reporters outside the committee room.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Harlan Eckersby"]


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        (
            "A report last year by the Environmental Protection Agency's inspector general "
            'found that many water systems "lack basic cybersecurity protections".',
            "the Environmental Protection Agency's inspector general",
        ),
        (
            'Inspectors rated Irwell Vale Academy "inadequate" in four of the five areas.',
            "Inspectors",
        ),
        (
            'The Evening Standard called it "a shipwreck with songs", while another reviewer '
            'said it had "all the drama of a tide table".',
            "another reviewer",
        ),
    ],
)
def test_the_body_officer_or_critic_a_sentence_gives_speaks(nlp, sentence, speaker):
    text = f"Report\n\nEleni Stavrou, who chairs the committee, opened the hearing.\n\n{sentence}\n"
    assert quotes_of(nlp, text)[-1].speaker == speaker


def test_a_confession_came_from_the_one_it_names(nlp):
    text = (
        "Novel wins prize\n\n"
        "The chairman of the judges, Professor Dermot Keane, said the decision was "
        'unanimous. "It is a book about leaving," he said.\n\n'
        '"We printed 1,500 copies and were worried."\n\n'
        "The confession came from Miriam Osei, whose company published the novel.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dermot Keane", "Miriam Osei"]


def test_the_report_is_the_study_by_the_one_body_named_as_its_author(nlp):
    text = (
        "Villages still waiting for broadband\n\n"
        "Thousands of homes in rural Cumbria still cannot get broadband, a report has "
        "found.\n\n"
        "The study by the Countryside Agency found that 14 exchanges had not been "
        "upgraded.\n\n"
        '"Rural communities are in danger of being left behind," the report said.\n\n'
        "Cumbria County Council is drawing up plans for wireless links.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Countryside Agency"]


def test_her_feeling_set_before_a_colon_is_her_words(nlp):
    text = (
        "Villages wait\n\n"
        "A spokesman for BT said the company had upgraded most exchanges.\n\n"
        "That is little comfort to Siobhan Gallagher, who runs a bed and breakfast in "
        'Eskdale. Her frustration is plain: "I have guests who cannot check their e-mail."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Siobhan Gallagher"]


def test_a_term_known_in_an_industry_as_quoted_words_is_a_name(nlp):
    text = (
        "Broadband\n\n"
        'Farmers "are being asked to do the impossible", according to the report.\n\n'
        'The areas, known in the industry as "not-spots", are mostly in remote valleys.\n'
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["speech", "other"]


def test_a_bare_plural_introduces_nobody_so_the_farmer_is_the_one_named(nlp):
    text = (
        "Bird flu cull\n\n"
        "For farmers, the cull is a heavy blow. Pham Van Tuan, 47, lost all 3,000 of his "
        "ducks on Monday.\n\n"
        '"Who will pay for my ducks?" the farmer said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Pham Van Tuan"]


def test_a_firm_the_model_took_for_a_place_is_the_carrier_described(nlp):
    text = (
        "Fuel costs hit profits\n\n"
        "Scottish budget airline JetAlba has reported a 38% fall in half-year profits.\n\n"
        "Passenger numbers rose by 11% to 3.1 million.\n\n"
        "The Edinburgh-based carrier said its fuel bill had risen, and warned that trading "
        'conditions would remain "extremely challenging".\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["JetAlba"]


def test_its_report_is_the_report_of_the_body_it_stands_for(nlp):
    text = (
        "Council tax cap\n\n"
        "Ministers said councils would get a 4% rise in funding. But the Local Government "
        "Association, which represents 400 authorities, said the settlement fell short.\n\n"
        'Its report, published on Wednesday, said services faced "a funding gap of '
        'unprecedented size".\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Local Government Association"]


def test_a_pronoun_carrying_on_the_last_speaker_keeps_the_voice_for_words_after(nlp):
    text = (
        "Tavares wins in London\n\n"
        '"I have been thinking about this race every day for a year," Rogerio Tavares '
        "said.\n\n"
        "He dedicated the victory to his former coach, Jose Carlos Amaral, who died in a car "
        "crash in January.\n\n"
        '"He always told me that London was the race. Today I hope he is proud."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rogerio Tavares"] * 2


def test_answers_to_bare_questions_are_the_interviewees(nlp):
    text = (
        "Director's debut\n\n"
        'Nasrin Farahani\'s first feature film, "The Salt House", opens in UK cinemas on '
        "Friday after winning the audience award at the Edinburgh festival.\n\n"
        "Farahani, who was born in Shiraz and came to Britain with her parents at the age of "
        "nine, wrote the script while working nights. BBC News spoke to her ahead of the "
        "premiere.\n\n"
        "Is the story based on your own family?\n\n"
        '"People always ask that, and my mother asks me not to answer."\n\n'
        "Was it hard to raise the money?\n\n"
        '"Incredibly hard. One producer told me nobody wants to watch three sisters argue."\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][1:] == ["Farahani", "Farahani"]


def test_a_kin_noun_opening_quoted_words_is_no_epithet_of_the_sentence_before(nlp):
    text = (
        "Teenager stuns seed\n\n"
        "Indian qualifier Vikram Raghunath produced the shock of the first round.\n\n"
        '"I have dreamed about this since I was six," Raghunath said.\n\n'
        "Raghunath is coached by his father, Suresh, a former Davis Cup player.\n\n"
        'Suresh Raghunath, 51, said the family had made "a lot of sacrifices" to get his son '
        "this far.\n\n"
        '"His mother has not seen him for four months. She stayed up to watch," he said.\n'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == ["Suresh Raghunath"] * 2


def test_a_body_speaks_in_full_when_the_model_cuts_its_head_off(nlp):
    text = (
        "Steel tariffs anger farm-state senators\n\n"
        "WASHINGTON — Senators from farm states on Wednesday criticized new tariffs on "
        "imported steel, warning that retaliation could again fall on soybean growers.\n\n"
        "The Office of the U.S. Trade Representative defended the tariffs as a response to "
        'a surge of imports. In a statement, the office said the measures were "narrowly '
        'targeted."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Office of the U.S. Trade Representative"
    ]


def test_a_body_speaks_with_the_place_it_is_named_after_left_untagged(nlp):
    text = (
        "Paper mill saved\n\n"
        "More than 300 jobs have been saved at a paper mill in Glenrothes after a Finnish "
        "firm agreed to buy it.\n\n"
        'Fife Council said the news was "the best Christmas present the area could have had".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Fife Council"]


def test_the_head_teacher_is_the_one_introduced_as_the_head_teacher(nlp):
    text = (
        "School in special measures\n\n"
        "A Leicester college has been placed in special measures by inspectors.\n\n"
        "The head teacher, Graham Oyelaran, 54, said he was disappointed by the verdict.\n\n"
        'In a letter to parents, the head teacher wrote: "I accept that we have not moved '
        'quickly enough."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Graham Oyelaran"]


def test_an_office_the_text_gave_one_person_opens_a_sentence_for_her_pronoun(nlp):
    text = (
        "Council pay-off criticised\n\n"
        "In a report published on Thursday, the district auditor, Anne-Marie Lockwood, "
        "said councillors had approved the deal without proper advice.\n\n"
        "Unison's branch secretary, Marie Thwaite, said staff were being offered far less.\n\n"
        "The district auditor recommended that the council take legal advice.\n\n"
        '"The council must now consider that question carefully," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Anne-Marie Lockwood"]


def test_the_body_a_noun_heads_the_name_of_speaks_for_it(nlp):
    text = (
        "Maternity unit to close at night\n\n"
        "North Cumbria Acute Hospitals NHS Trust says it can no longer staff the unit "
        "at night.\n\n"
        "Councillor Tom Brannock said he would ask the Secretary of State for Health to "
        "intervene.\n\n"
        'In a statement, the trust said the "overwhelming majority" of births would still '
        "take place in Whitehaven."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "North Cumbria Acute Hospitals NHS Trust"
    ]


def test_as_someone_put_it_after_the_words_gives_their_speaker(nlp):
    text = (
        "Brothers split over supermarket\n\n"
        "Richard and Alan Tudor own the field where the store would be built.\n\n"
        'The brothers say they are still on speaking terms - "just about", as Alan put it.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Alan Tudor"]


def test_a_pronoun_the_name_reports_outweighs_the_given_names_list(nlp):
    text = (
        "Congresswoman to retire\n\n"
        "Rep. Wanjiru Castell, a California Democrat, announced Tuesday that she would "
        "not run for reelection.\n\n"
        "Castell, 74, made the announcement in a video from her district office.\n\n"
        '"It has been the honor of my life," she said in the video.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Wanjiru Castell"]


def test_a_body_led_by_named_people_is_the_body_named_before(nlp):
    text = (
        "Ethics panel opens inquiry\n\n"
        "WASHINGTON — The House Ethics Committee said Thursday that it would investigate "
        "Rep. Rafael Aldama over his travel.\n\n"
        "The committee, led by its chairman, Rep. Harlan Voss of Mississippi, and its "
        "ranking Democrat, Rep. Ngozi Ferreira of Washington, stressed in its announcement "
        'that the decision "does not itself indicate that any violation has occurred."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["House Ethics Committee"]


def test_a_person_set_beside_a_place_in_the_subjects_phrase_is_the_subject(nlp):
    text = (
        "Clerks split over absentee ballots\n\n"
        '"Nothing in the statute changed," said the clerk, Bridget Nakano, a Democrat.\n\n'
        "Her counterpart in Greene County, Republican clerk Stanley Oduya, was more "
        'measured but said he had "real concerns" about issuing new instructions.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Bridget Nakano", "Stanley Oduya"]


def test_one_of_them_speaks_as_the_role_set_beside_it(nlp):
    text = (
        "Campaign manager quits\n\n"
        "Two people close to the campaign, who spoke on the condition of anonymity, said "
        "Ms. Pham had clashed with the candidate's business partner.\n\n"
        '"He thinks a campaign is a company," said one of them, a senior adviser to the '
        "campaign."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["a senior adviser to the campaign"]


def test_a_pronoun_inside_the_words_a_name_reports_says_nothing_of_its_sex(nlp):
    text = (
        "GB select Holmes\n\n"
        "Kelly Holmes has been chosen for the 1500m. UK Athletics chief Max Jones believes "
        'she will race. Jones added: "She was pleased with her run in Birmingham."\n\n'
        'And he admitted her presence would be a boost. "She is a very good team member," '
        "he added."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Max Jones", "Max Jones"]


def test_the_body_that_reported_last_keeps_a_description_another_name_ends_in(nlp):
    text = (
        "Bank apologises for slavery links\n\n"
        "JP Morgan has admitted that two of its predecessor banks, Citizens Bank and Canal "
        "Bank, accepted slaves as collateral.\n\n"
        "JP Morgan said that it was setting up a scholarship programme. The bank said that "
        'it is a "very different company than the banks of the 1800s".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["JP Morgan"]


def test_she_who_answers_a_question_is_not_the_woman_who_asked_it(nlp):
    text = (
        "Justices weigh maps\n\n"
        "Anjali Raman, a lawyer for the voters, argued that the question was not close.\n\n"
        '"A district that is not in one piece is not in one piece," she said.\n\n'
        "Chief Justice Margaret Ellison pressed her on what would come next.\n\n"
        '"And who draws the new maps? This court?" the chief justice asked.\n\n'
        '"If the Legislature and the governor cannot agree, yes," she answered.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Anjali Raman",
        "Margaret Ellison",
        "Anjali Raman",
    ]


def test_a_body_named_by_its_owner_and_a_word_of_its_own_speaks_through_its_report(nlp):
    text = (
        "Rural broadband gaps\n\n"
        "Thousands of homes in mid Wales still cannot get broadband, according to a report "
        "by Assembly members.\n\n"
        "The Welsh Assembly's economy committee said the gaps were holding back the rural "
        "economy.\n\n"
        '"The digital divide is real and growing," the committee\'s report said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "The Welsh Assembly's economy committee"
    ]


def test_she_who_replies_after_her_own_question_is_still_herself(nlp):
    text = (
        "Care homes to close\n\n"
        "Councillor Janice Orr defended the decision. Asked whether the council was trying "
        'to save money, she said: "No. This is about giving older people better homes.\n\n'
        '"Would you want your mother living like that?"\n\n'
        'Asked what she would say to families, she replied: "I understand how upsetting '
        'this is."'
    )
    assert {q.speaker for q in speech(quotes_of(nlp, text))} == {"Janice Orr"}


def test_a_description_identified_as_a_name_speaks_as_that_name(nlp):
    text = (
        "Super PAC ad\n\n"
        'The 60-second spot opens on a kitchen table. "I gave them my savings," says a '
        "woman identified as Rosalind Okafor, a retired postal worker from Tampa."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Rosalind Okafor"]


def test_the_commission_is_the_commission_on_something_named_before(nlp):
    text = (
        "Third-party candidate shut out\n\n"
        "Under rules set by the Commission on Presidential Debates, a candidate must "
        "average 15 percent in five polls.\n\n"
        "His running mate, Beatriz Aranha, a former Navy lawyer, has spent the summer on "
        "campuses.\n\n"
        '"The threshold has been applied consistently since 2000," the commission said in a '
        "statement."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Commission on Presidential Debates"
    ]


def test_a_description_set_before_the_name_is_no_one_new_for_his_pronoun(nlp):
    text = (
        "Candidate's husband on the trail\n\n"
        "A former ambassador to Denmark who taught for many years at the University of "
        "Wisconsin-Madison, Mr. Stavrou has spent most of October in Wisconsin.\n\n"
        'His speeches are short and personal. "She\'ll kill me for telling you this," he '
        "said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Stavrou"]


def test_who_after_a_description_in_apposition_is_the_name_it_describes(nlp):
    text = (
        "Inquest into soldier's death\n\n"
        "L/Cpl Kofi Mensa, 24, died when his Land Rover was hit by a roadside bomb.\n\n"
        "The inquest heard from Major Richard Denham, L/Cpl Mensa's company commander, who "
        'said patrols had been ordered to use "whatever we had".\n\n'
        'Asked whether he had raised the shortage, Maj Denham said: "Repeatedly."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Richard Denham",
        "Richard Denham",
    ]


def test_scare_quotes_in_a_clause_about_a_described_relative_stay_unspoken(nlp):
    text = (
        "Comic returns with sitcom\n\n"
        "The story will also feature Dan Ashby, a columnist, and his sister Clara, a "
        'film-maker who hates the "cool" scene.'
    )
    assert [q.kind for q in quotes_of(nlp, text)] == ["other"]


def test_a_name_the_parser_made_the_root_is_the_subject_before_uncued_words(nlp):
    text = (
        "Running mates clash\n\n"
        '"Our allies need to pay their fair share," Mr. Lindgren replied.\n\n'
        "Mr. Figueroa, a Democrat from New Mexico, cut in before the governor could "
        'continue. "That\'s not what he said. Those are his words, Governor, not mine."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Lindgren", "Figueroa"]


def test_a_name_set_off_after_an_inverted_role_may_end_the_sentence(nlp):
    text = (
        "Music body wins damages\n\n"
        '"People who share music illegally are not anonymous, and they are not '
        'invisible," said the BPI\'s general counsel, Roisin Fennelly. "We will '
        'find them."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Roisin Fennelly"] * 2


def test_a_body_set_off_after_its_description_speaks_and_its_statement_too(nlp):
    text = (
        "Cheaper malaria drug works as well\n\n"
        "Researchers said the generic tablets cured as many patients.\n\n"
        "The maker of the branded drug, Corvane Pharma, said in a statement that it welcomed "
        'the research but that quality "must never be compromised".\n\n'
        '"Patients need to know that every tablet contains what the label says," the '
        "statement said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Corvane Pharma"] * 2


def test_one_of_a_group_named_in_apposition_is_the_subject_his_pronoun_takes_up(nlp):
    text = (
        "Appeals court reinstates Ohio’s limit on ballot drop boxes\n\n"
        "“We’re disappointed, but this fight isn’t over,” said Farah Haddad, a "
        "senior staff attorney at the ACLU of Ohio, which represents the "
        "groups. “Voters in Cleveland shouldn’t have to take a half day off "
        "work to return a ballot that voters in rural counties can drop off on "
        "the way to the grocery store.”\n\n"
        "One of the individual plaintiffs, Tremaine Whitfield, a 71-year-old "
        "retired bus driver from Columbus, said he had not decided whether he "
        "would vote in person or by mail in November.\n\n"
        "“I’ll vote,” he said. “They can’t stop that. They can just make it "
        "harder.”"
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-2:] == ["Tremaine Whitfield"] * 2


def test_a_plural_party_is_no_mislabelled_name_for_she(nlp):
    text = (
        "Senator weighs run for governor\n\n"
        "Sen. Joanna Marsh, a Republican in her second term, said she was "
        "considering a run.\n\n"
        "Asked whether she had spoken with Paul Rasmussen about the race, "
        'Marsh said the two had talked "a couple of times."\n\n'
        'Rasmussen, reached by phone, was more direct. "She would be a '
        'terrific governor," he said.\n\n'
        "Does she worry about giving up a Senate seat when Republicans hold "
        "the chamber by two votes?\n\n"
        '"Of course I do," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Joanna Marsh"


def test_a_pronoun_the_last_voice_cannot_be_opens_a_new_turn(nlp):
    text = (
        "Governor candidates clash\n\n"
        'Carter Blakemore, the Republican nominee, said: "I am proud of the law we have."\n\n'
        'Ms. Adaora Eze turned to face him. "That\'s a yes," she said.\n\n'
        'He shook his head. "She\'s putting words in my mouth."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Carter Blakemore",
        "Adaora Eze",
        "Carter Blakemore",
    ]


def test_a_pronoun_in_a_who_clause_is_the_person_the_clause_describes(nlp):
    text = (
        "A Connolly is on the ballot again in South Boston\n\n"
        "BOSTON — For 22 years, Francis X. Connolly represented the "
        "congressional district that takes in South Boston, Dorchester and "
        "Quincy, a blunt-spoken Democrat who was known on Capitol Hill for his "
        "union ties and his refusal to fly anywhere he could reach by train. "
        "He retired in 2012.\n\n"
        "Now his daughter wants the job.\n\n"
        "State Sen. Maeve Connolly, 44, formally opened her campaign on Sunday "
        "at the same Dorchester union hall where her father announced his "
        'first run in 1990, promising to be "a fighter for the three-decker, '
        'not the three-car garage."\n\n'
        "Her father, now 81 and walking with a cane, sat in the front row. "
        "Asked afterward whether he had encouraged her to run, Mr. Connolly "
        "laughed.\n\n"
        '"Encouraged her? I told her not to," he said. "It\'s a terrible job. '
        'The pay is lousy and you spend half your life on the Acela."\n\n'
        '"He\'s been saying that since I was 12," Maeve Connolly said. "He '
        'never meant it then either."\n\n'
        "The seat opened in June when Rep. Dominic Santangelo, the Democrat "
        "who succeeded Francis Connolly, announced that he would not seek "
        "re-election.\n\n"
        "Ms. Connolly's chief rival in the September primary is likely to be "
        "Boston City Councilor Kwabena Asante, a former public defender who "
        'has made what he calls "the family business" of Boston politics a '
        "theme of his campaign."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1].endswith("Kwabena Asante")


def test_she_after_a_question_is_the_last_speaker_whose_sex_nothing_shows(nlp):
    text = (
        "At raucous town hall, Cardoso defends vote on Medicaid cuts\n\n"
        "OCALA, Fla. — Rep. Ines Cardoso had barely finished her opening "
        "remarks on Saturday when the first shout came from the back of the "
        "library auditorium.\n\n"
        "“Why did you vote to cut my mother’s nursing home care?” a woman "
        "yelled, holding a handwritten sign above her head.\n\n"
        "“Ma’am, I’m going to answer every question tonight, but I’d ask you "
        "to let me finish,” Cardoso said. “Nobody’s mother is losing her "
        "nursing home bed because of this bill.”\n\n"
        "The crowd of about 300 people booed. Several held up printouts of a "
        "Congressional Budget Office estimate showing that the House-passed "
        "budget bill would reduce federal Medicaid spending by hundreds of "
        "billions of dollars over a decade.\n\n"
        "Cardoso, a second-term Republican whose parents emigrated from Brazil "
        "when she was a child, has held more than a dozen town halls since "
        "taking office, a rarity among members of Congress in either party.\n\n"
        "Bill Garvey, 70, a retired postal worker from Belleview, was among "
        "the first to reach the microphone.\n\n"
        "“You told us two years ago you’d never touch Medicaid,” Garvey said. "
        "“What changed?”\n\n"
        "“What changed is that the program is growing faster than the economy, "
        "and if we don’t slow it down there won’t be anything left to "
        "protect,” she replied."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Ines Cardoso"


def test_a_name_the_parser_made_the_root_is_the_subject_of_a_joined_said(nlp):
    text = (
        "25 states sue EPA over power plant emissions rule\n\n"
        "CHARLESTON, W.Va. — A coalition of 25 Republican-led states sued the "
        "Environmental Protection Agency on Thursday over a new rule that "
        "would require coal and gas-fired power plants to capture most of "
        "their carbon emissions by 2035.\n\n"
        "West Virginia Attorney General Blaine Whitlock, a Republican who is "
        "leading the coalition, called the rule, which the industry has dubbed "
        '"Clean Power Plan 2.0," "a backdoor ban on coal" and said it relied '
        'on carbon-capture technology that "does not exist at scale anywhere '
        'in the world."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Blaine Whitlock"


def test_the_one_speaking_to_the_bbc_answers_the_interviews_questions(nlp):
    text = (
        "Aid worker freed\n\n"
        "Niamh Keane, 31, was seized by armed men while travelling to a clinic.\n\n"
        "Speaking to the BBC by telephone from the regional capital, Ms Keane said she had "
        "been well treated.\n\n"
        "Were you frightened?\n\n"
        '"Of course. The first night I did not sleep at all."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Niamh Keane"]


def test_the_official_never_introduced_as_someone_new_is_the_named_official(nlp):
    text = (
        "Bird flu death confirmed\n\n"
        "According to the ministry's head of disease control, Dr Bambang Susilo, the girl "
        "had touched dead chickens.\n\n"
        "Farmers complained that compensation was slow. Dr Susilo denied that the system was "
        'failing.\n\n"We have paid compensation in every district," the official said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Bambang Susilo"]


def test_the_deputy_prime_minister_is_not_the_prime_minister(nlp):
    text = (
        "Coalition row deepens\n\n"
        "The governing coalition was thrown into turmoil after the deputy prime minister "
        "threatened to take his party out of government.\n\n"
        "Jerzy Wrona, who leads the Peasants' Alliance, said his party would not back the "
        "budget.\n\n"
        "Prime Minister Andrzej Kowal tried to calm the dispute. Mr Kowal told reporters: "
        '"There is room for discussion."\n\n'
        "But the deputy prime minister was unmoved. Asked whether he was bluffing, he "
        'replied: "Ask me again in October."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Andrzej Kowal", "Jerzy Wrona"]


def test_a_sentence_opening_with_an_asker_after_a_question_attributes_it(nlp):
    text = (
        "Appeals Court Judges Skeptical of Labor Board's Power to Order "
        "Damages\n\n"
        "NEW ORLEANS — A federal appeals court panel on Tuesday appeared "
        "skeptical of the National Labor Relations Board's authority to order "
        "employers to pay workers for medical bills, credit card late fees and "
        "other costs they incur after being illegally fired.\n\n"
        "The case, before a three-judge panel of the U.S. Court of Appeals for "
        "the Fifth Circuit, involves Gulf Cartage, a trucking company in Baton "
        "Rouge that the board found had fired six drivers for trying to form a "
        "union. The board ordered the company to reinstate the drivers and to "
        'compensate them for "direct or foreseeable pecuniary harms" caused by '
        "the firings.\n\n"
        '"Where in the statute does Congress say the board can award '
        "consequential damages?\" Judge Adeline Morvan asked the board's lawyer "
        "early in the argument. \"Because I've read it, and I can't find it.\""
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][1:] == ["Adeline Morvan"] * 2


def test_the_company_is_not_the_public_body_named_last(nlp):
    text = (
        "Automaker Recalls 180,000 Electric SUVs Over Battery Fire Risk\n\n"
        "Halvard Motors is recalling about 180,000 of its electric sport "
        "utility vehicles because a manufacturing defect in their battery "
        "cells could cause fires, even when the vehicles are parked and turned "
        "off, federal safety regulators said on Wednesday.\n\n"
        "The recall covers Halvard Ridgeline SUVs from the 2022 through 2024 "
        "model years. In a filing with the National Highway Traffic Safety "
        'Administration, the company said it had identified "a small number of '
        'cells with a manufacturing defect" that could short-circuit. It said '
        "it was aware of 11 fires and no injuries.\n\n"
        '"Owners should park these vehicles outside," the agency said in a consumer advisory.'
    )
    document = extract(text, nlp=nlp)
    # (an untagged name ending in a firm's head word is a firm)
    assert {e.name: e.label for e in document.entities}["Halvard Motors"] == "ORG"
    assert [q.speaker for q in speech(document.quotes)] == [
        "Halvard Motors",
        "National Highway Traffic Safety Administration",  # and 'the agency' is no firm
    ]


def test_a_rank_in_a_role_in_apposition_is_part_of_the_office(nlp):
    text = (
        "Commerce Department Imposes Steep Duties on Imported Electrical "
        "Steel\n\n"
        '"When foreign producers dump steel into our market, American mills '
        "close, and they don't reopen,\" Kavita Sundar, the department's "
        "assistant secretary for enforcement and compliance, said in a "
        "statement.\n\n"
        "The petition was brought by Monongahela Electrical Steel, which "
        'employs about 1,300 people at a mill near Pittsburgh. "This is about '
        "whether America will still make the steel that goes into its own "
        "power grid,\" said Renata Castro, the company's chief executive.\n\n"
        "Trade economists said the decision illustrated a recurring tension in "
        "industrial policy. \"It's a classic trade-off: you protect a few "
        "hundred jobs at one mill, and every utility customer in the country "
        'pays a little more," said Hamid Farouk, a senior fellow at the '
        "Peterson Institute for International Economics.\n\n"
        "The assistant secretary rejected that argument in her statement, "
        'saying that relying on imports for a critical grid component was "a '
        'national security risk we cannot afford."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Kavita Sundar"


def test_a_headlines_title_case_words_before_a_colon_name_no_one(nlp):
    text = (
        "Pennsylvania Attorney General Defends Suit Against Drug Middlemen: "
        '"We Followed the Money"\n\n'
        "Pennsylvania's attorney general, Noor Al-Rashid, said on Sunday that "
        "her office's lawsuit against three of the country's largest pharmacy "
        "benefit managers was aimed at the least visible part of the drug "
        "supply chain, and she brushed aside suggestions that the case was a "
        "prelude to a run for governor."
    )
    document = extract(text, nlp=nlp)
    assert [(q.speaker, q.kind, q.cue) for q in document.quotes] == [(None, "speech", ":")]
    assert [e.name for e in document.entities if e.label == "PERSON"] == ["Noor Al-Rashid"]


def test_the_mayor_is_the_unnamed_mayor_a_subject_described_before(nlp):
    text = (
        "Typhoon aid slow to arrive\n\n"
        "The president's spokesman, Ramon Castillo, said the government had released "
        "emergency funds.\n\n"
        "But some local officials complained that help had been slow. The mayor of one "
        "coastal town, who asked not to be named, said his people had waited two days for "
        'rice.\n\n"We are grateful for what comes. But it comes late," the mayor said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The mayor of one coastal town"]


def test_a_bodys_bare_noun_takes_the_description_it_was_first_given(nlp):
    text = (
        "Ancient wreck found off Crete\n\n"
        "Divers have discovered the wreck of a merchant ship that sank off the coast of Crete "
        "more than 2,000 years ago, the culture ministry has announced.\n\n"
        'In a statement, the ministry said the find was "one of the most significant of its '
        'kind".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["the culture ministry"]


def test_an_epithet_replying_to_a_question_is_who_spoke_before_it(nlp):
    text = (
        "VA nominee pledges to fix community care backlog as senators press on "
        "wait times\n\n"
        "WASHINGTON — The president's pick for the No. 2 job at the Department "
        "of Veterans Affairs promised senators on Thursday that she would make "
        "cutting wait times for outside medical care her first priority, as "
        "members of both parties described constituents waiting months for "
        "referrals.\n\n"
        "Kavita Ramaswamy-Holt, a retired Army colonel who ran the VA medical "
        "center in Durham, N.C., before leaving government in 2021, told the "
        "Senate Veterans' Affairs Committee that the department's community "
        "care program had grown faster than the systems built to manage it.\n\n"
        '"The program works when it works," Ramaswamy-Holt said. "The problem '
        "is that a veteran in rural Montana and a veteran in downtown Phoenix "
        "are having two completely different experiences, and neither of them "
        'should have to wait ninety days for a cardiology appointment."\n\n'
        "Sen. Ambrose Kittredge, a Montana Republican, said he had heard from "
        "veterans who drove four hours to a VA clinic only to be told their "
        "referral paperwork had been lost.\n\n"
        "\"I've got a fellow in Glasgow who has been trying to get a knee "
        'replacement since Easter. Since Easter, Colonel. What do I tell him?" '
        "he asked.\n\n"
        '"You tell him that if I\'m confirmed, I want his name," the nominee '
        "replied, drawing laughter from the dais. \"I mean that. I'd rather fix "
        "one case and learn why it broke than read another inspector general "
        'report about it."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-2:] == ["Kavita Ramaswamy-Holt"] * 2


def test_a_nationality_the_model_tagged_as_a_body_does_not_speak(nlp):
    text = (
        "Worcester part company with coach\n\n"
        "That was the parting verdict of Grant McKechnie after the New "
        "Zealander left his post on Monday.\n\n"
        'In a statement, the club said McKechnie had left "by mutual consent".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["the club"]


def test_a_judge_finding_that_reports_the_words_inside(nlp):
    text = (
        "Presenter wins libel damages\n\n"
        "The 41-year-old sued over an article about his private life.\n\n"
        "At the High Court in London, Mr Justice Hargreaves found that the "
        'newspaper had failed to produce "a single credible witness" to '
        "support its story."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Hargreaves"]


def test_mrs_and_ms_with_one_surname_are_the_mother_and_the_daughter(nlp):
    text = (
        "Aid worker freed\n\n"
        "Niamh Keane, 31, from Sligo, was seized by armed men while travelling to a clinic.\n\n"
        "Speaking to the BBC by telephone, Ms Keane said she had been well treated.\n\n"
        "In Sligo, Ms Keane's mother, Bridget Keane, said the family had been \"on our knees "
        'praying".\n\n'
        '"When the phone rang and I heard her voice, I just sat down and cried," Mrs Keane '
        "said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Bridget Keane"] * 2


def test_the_person_is_the_unnamed_source_introduced_before(nlp):
    text = (
        "Nominee withdraws\n\n"
        "The nominee withdrew on Thursday after two senators said they would oppose him.\n\n"
        "A person familiar with the decision, who spoke on the condition of anonymity, said "
        "aides had told him on Wednesday that he did not have the votes.\n\n"
        '"It was a math conversation, not a loyalty conversation," the person said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "A person familiar with the decision"
    ]


def test_it_after_a_body_a_place_owns_is_that_body_not_the_place(nlp):
    text = (
        "Brazil's cane farmers ride ethanol boom\n\n"
        '"Ten years ago the banks would not lend to us. Now the bankers drive '
        'out to the farm and ask us what we need."\n\n'
        'The crop, nicknamed "green gold" in the region, has pushed up land '
        "prices by as much as 40% in two years.\n\n"
        "But the rush has alarmed environmental groups, who fear that cattle "
        "ranchers displaced by cane will move north into the Amazon "
        "rainforest.\n\n"
        '"The cane itself is not planted in the Amazon, that is true. But the '
        'cattle have to go somewhere, and they are going to the forest," said '
        "Marina Albuquerque of the campaign group Amigos da Terra.\n\n"
        "Brazil's agriculture ministry rejected the claim. In a statement, it "
        'said there was "more than enough degraded pasture" to allow cane '
        "production to double without a single tree being cut down."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Brazil's agriculture ministry"


def test_a_club_the_model_cut_to_its_town_is_the_club(nlp):
    text = (
        "Striker back in first team\n\n"
        "Nigeria striker Chidi Obi has vowed to repay the faith of Ipswich Town after the "
        "club ended his four-month exile from the first team.\n\n"
        "The 24-year-old was dropped by manager Alan Bright in November after missing "
        'training for what the club described as "personal reasons".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ipswich Town"]


def test_the_one_report_is_its_writers_after_sentences_on_what_it_found(nlp):
    text = (
        "Watchdog finds VA understated wait times\n\n"
        "The Department of Veterans Affairs has been understating how long veterans wait for "
        "outside care, the Government Accountability Office said in a report released "
        "Monday.\n\n"
        "Auditors reviewed 2,400 referrals at eight VA medical centers and found that the "
        "department's scheduling data left out the days before a scheduler first called.\n\n"
        '"Without accurate wait-time data, VA cannot know whether veterans are receiving '
        'timely care," the report said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Government Accountability Office"]


def test_a_filing_no_maker_is_named_with_speaks_as_itself(nlp):
    text = (
        "Fired captain sues city\n\n"
        "TACOMA, Wash. — A former fire captain who was fired this year has sued the city, "
        "claiming he was pushed out for warning superiors about faulty equipment.\n\n"
        "The lawsuit, filed Monday in Pierce County Superior Court, says Declan Furlong, a "
        '22-year veteran of the department, was subjected to "a campaign of retaliation" '
        "after he sent an email."
    )
    # (and the name after "says" is what it says, no inverted speaker)
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The lawsuit"]


def test_an_office_of_something_before_a_name_the_model_took_as_a_title(nlp):
    text = (
        "Recount confirms result\n\n"
        '"Every eligible ballot has been counted, and every one of them was counted the same '
        "way,\" Registrar of Voters Tomás Villalobos told reporters at the county's elections "
        "warehouse.\n\n"
        'Garrett Hale, the losing candidate, called the count "a mess from start to '
        'finish."\n\n'
        '"We cured 164. The other 48 were not counted," the registrar said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Tomás Villalobos",
        "Garrett Hale",
        "Tomás Villalobos",  # the registrar
    ]


def test_the_same_description_again_is_whoever_its_first_use_in_a_main_clause_meant(nlp):
    text = (
        "New police chief sworn in\n\n"
        "TOWSON, Md. — Gareth Llewellyn spent 26 years in the Pittsburgh "
        "Bureau of Police before he was sworn in Monday as Baltimore County's "
        "police chief.\n\n"
        "\"I'm coming in to listen for 90 days, and then I'll tell you what I "
        'heard," the 52-year-old said.\n\n'
        "The county's police force has about 200 vacant officer positions, "
        "according to county figures.\n\n"
        "Asked how he would recruit, the chief pointed to pay, which the "
        "county executive has promised to raise.\n\n"
        "Community leaders said they would judge the new chief by what he "
        "does. Imam Abdullahi Warsame, who sits on the department's advisory "
        "board, met with Llewellyn on Tuesday and asked for monthly meetings.\n\n"
        '"Done. He can hold me to that," the chief said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gareth Llewellyn"] * 2


def test_a_given_name_set_off_after_a_kin_noun_is_that_relative(nlp):
    text = (
        "Premature twins go home\n\n"
        "Their mother, Folake Adeyemi, 31, said she had been told to prepare for the worst.\n\n"
        "Her husband, Tunde, a bus driver, said the family had spent more than £2,000 on car "
        "parking.\n\n\"I'm not complaining, because what they did for us you can't put a price "
        'on," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Tunde"]


def test_mr_x_is_the_father_named_as_the_kin_of_a_daughter_named_in_full(nlp):
    text = (
        "Talent show jibe draws complaints\n\n"
        "Record producer Vincent Kaye, 46, made the remark after Sofia Papadakis, a "
        "schoolgirl from Enfield, sang a Greek folk song.\n\n"
        "Sofia's father, Nikos, who runs a taxi firm in Southgate, said the family had been "
        '"overwhelmed" by messages of support.\n\n'
        "\"She's a strong girl, she'll get over it,\" Mr Papadakis said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Nikos Papadakis",
        "Nikos Papadakis",
    ]


def test_the_statement_of_a_body_the_model_left_untagged_is_that_bodys(nlp):
    text = (
        "Sprinter to appeal ban\n\n"
        "Okafor tested positive for a banned stimulant in June.\n\n"
        "The IAAF, athletics' world governing body, said in a statement that athletes were "
        '"solely responsible" for any substance found in their bodies.\n\n'
        '"The rules are clear and they apply equally to every athlete," the statement added.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "IAAF"


def test_a_description_cut_at_its_start_does_not_open_inside_a_hyphenated_word(nlp):
    text = (
        "Man sues over TV stunt\n\n"
        "Austin Baker is taking action against NBC over its programme Fear Factor.\n\n"
        'The hand-written, four-page lawsuit said: "To have the individuals on the show eat '
        'dead rats was crazy."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["four-page lawsuit"]


def test_the_office_the_lead_gave_someone_named_next_is_theirs_later(nlp):
    text = (
        "Road charges 'fair', says minister\n\n"
        "Plans for national road pricing are fair to drivers, a transport minister has "
        "insisted.\n\n"
        "Helen Okafor told a conference in Birmingham the scheme would replace fuel duty.\n\n"
        '"Nobody will pay twice for the same journey," the minister said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Helen Okafor"]


def test_a_brother_set_off_by_an_aside_is_who_speaks_next(nlp):
    text = (
        "Opener Ravi Mehta made 140 and his younger brother Arjun Mehta took five wickets.\n\n"
        '"It was the best day of my career," Ravi said.\n\n'
        "His brother, two years younger, was more understated.\n\n"
        '"I just tried to bowl straight," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ravi Mehta", "Arjun Mehta"]


def test_one_of_a_group_named_in_a_long_apposition_speaks(nlp):
    text = (
        "Two climbers were rescued from Ben Nevis on Sunday.\n\n"
        "One of the climbers, Pawel Zielinski, 24, from Krakow in Poland, said that it had "
        'been "really foolish" to set off so late.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Pawel Zielinski"]


def test_one_of_them_is_one_of_the_people_who_spoke_before(nlp):
    text = (
        "Three nurses interviewed for this article, who asked not to be named, said the "
        "order had come from managers.\n\n"
        '"Everyone knew the rota was unsafe," one of them said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["one of the nurses"]


def test_a_person_after_a_bodys_office_in_an_inverted_cue_speaks(nlp):
    text = (
        "LINCOLN, Neb. - Nebraska lawmakers on Wednesday overrode the governor's veto of a "
        "tax bill.\n\n"
        "The House voted 34 to 15 to override.\n\n"
        '"This is the biggest tax cut in the history of Nebraska," said House Speaker Gareth '
        "Munroe, a Republican from Omaha, moments after the vote was gaveled."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gareth Munroe"]


def test_a_description_with_an_aside_set_off_by_commas_still_refers_back(nlp):
    text = (
        "MADISON, Wis. - Gov. Martin Ellery used his budget address on Tuesday night to call "
        "for new road money, setting up a fight with the Legislature.\n\n"
        "Speaking to a joint session in the Assembly chamber, the Republican governor, now in "
        'his third term, described the state\'s bridges as "a danger to every driver."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Martin Ellery"]


def test_it_after_an_officers_office_that_wrote_is_that_office(nlp):
    text = (
        "WASHINGTON - Veterans at clinics in Denver waited far longer than the Department of "
        "Veterans Affairs reported, according to a report released Monday by the department's "
        "inspector general.\n\n"
        "The report, which examined 2,000 requests, found that the average wait was 41 days."
        "\n\n"
        '"These practices had the effect of making waits appear shorter," the inspector '
        'general\'s office wrote. It found "no evidence" that managers had directed the '
        'practice, but said they "knew or should have known" that the data were unreliable.'
    )
    quotes = speech(quotes_of(nlp, text))
    assert [q.speaker for q in quotes] == ["the inspector general's office"] * 3


def test_a_family_statement_read_out_is_the_familys_and_it_goes_on_saying_it(nlp):
    text = (
        "Outside court, a statement from Mr Kowalczyk's family was read by their solicitor, "
        "Adam Bukowski.\n\n"
        'It said: "Marek loved his work and he was always careful on the road."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Mr Kowalczyk's family"]


def test_an_opening_phrase_the_parser_made_a_subject_is_not_the_speaker(nlp):
    text = 'Outside court, a statement from the family said: "He was a gentle man."'
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["the family"]


def test_a_manager_set_off_after_an_opening_phrase_speaks(nlp):
    text = (
        "The singer Yara Haddad was not in court.\n\n"
        'Outside court, Ms Haddad\'s manager, Jerome Quaye, said the singer was "relieved" '
        "and would be back in the studio next month."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Jerome Quaye"]


def test_fences_put_up_are_no_cue_for_the_coroners_words(nlp):
    text = (
        "The North Yorkshire coroner, Dr Alan Pritchett, recorded a verdict of accidental "
        "death.\n\n"
        "Recording his verdict, the coroner said the quarry's owners had put up fences and "
        'warning signs, but these had been "repeatedly vandalised".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Alan Pritchett"]


def test_a_qc_is_the_barrister(nlp):
    text = (
        "Lan Nguyen, 52, denies theft.\n\n"
        "Prosecuting, Rajiv Menon QC said she had treated the charity's bank account \"like "
        'a personal cash machine".\n\n'
        'During cross-examination on Tuesday, Mr Menon asked her: "Did you ever think about '
        'the children?"\n\n'
        '"Every day," Nguyen replied. "I am not a monster. I was ill."\n\n'
        '"Ill enough to forge the signatures of two other trustees?" the barrister asked.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Rajiv Menon QC"


def test_it_added_after_a_report_described_goes_on_with_the_report(nlp):
    text = (
        "The soldier died when his vehicle hit a roadside bomb.\n\n"
        "An Army board of inquiry report, read to the hearing, concluded that the unit had "
        'been "operating at the limit of its resources".\n\n'
        'It added: "The decision to use soft-skinned vehicles was taken in good faith."'
    )
    quotes = speech(quotes_of(nlp, text))
    assert quotes[1].speaker == quotes[0].speaker == "An Army board of inquiry report"


def test_the_maker_of_a_thing_nobody_named_is_no_body_named_before(nlp):
    text = (
        "A teenager has been convicted of stealing items in an online game, a court in Seoul "
        "heard, the BBC has learned.\n\n"
        "The game's publisher, which was not named in court, said it took the security of "
        'its customers "extremely seriously".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The game's publisher"]


def test_an_inquiry_report_is_the_inquirys_not_the_last_body_named(nlp):
    text = (
        "An independent inquiry has found that mental health staff in Nottingham missed "
        "chances to intervene.\n\n"
        "He was ordered to be detained indefinitely at Rampton secure hospital in 2005.\n\n"
        "The inquiry report, commissioned by the East Midlands Strategic Health Authority, "
        'said: "These warnings were recorded but not acted upon."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The inquiry report"]


def test_the_innermost_name_before_the_verb_speaks_not_the_reader(nlp):
    text = (
        "In a statement read by the family's solicitor, Helen Marsh, Mrs Okafor's son, "
        'Tunde Okafor, said: "My mother spent her life helping other people."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Tunde Okafor"]


def test_one_party_member_unnamed_is_described(nlp):
    text = (
        "Budget talks in Harrisburg stalled again on Friday.\n\n"
        "One Senate Republican, who spoke on condition of anonymity, said the two sides were "
        '"not even arguing about the same numbers yet."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["One Senate Republican"]


def test_a_bodys_advisory_speaks_for_the_body(nlp):
    text = (
        '"This storm will test the whole system," said Ngozi Eze, a FEMA regional chief.\n\n'
        "The National Hurricane Center's afternoon advisory warned of \"life-threatening "
        'storm surge" along the coast.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "National Hurricane Center"


def test_the_younger_brother_who_paused_answers(nlp):
    text = (
        "Nikos Demas, 41, and his younger brother, Andreas Demas, 36, are both running.\n\n"
        '"I announced first," Nikos said.\n\n'
        "Asked whether the race had strained their relationship, the younger brother paused "
        "for a long moment.\n\n"
        '"Ask me in September," he said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Andreas Demas"


def test_the_member_asked_to_yield_answers(nlp):
    text = (
        "Rep. Wade Pennock, R-Lubbock, defended the bill on the House floor.\n\n"
        '"West Texas has been living on borrowed water for 40 years," Pennock said.\n\n'
        "Rep. Amara Sy, D-Houston, returned to the front microphone.\n\n"
        '"Will the gentleman yield for a question?" Sy asked.\n\n'
        '"I yield."'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Wade Pennock"


def test_the_questioner_an_answer_addressed_takes_the_next_turn(nlp):
    text = (
        'Sen. Tobias Mensa, D-Ill., read from an article by the nominee. "Do you still '
        'believe that?" Mr. Mensa asked.\n\n'
        '"Senator, I wrote that as a law professor," Judge Omar Haddad said. "As a judge, my '
        'views are irrelevant."\n\n'
        '"That\'s not an answer to my question."\n\n'
        '"With respect, senator, it\'s the only answer a nominee can give."'
    )
    quotes = speech(quotes_of(nlp, text))
    assert [q.speaker for q in quotes[-2:]] == ["Tobias Mensa", "Omar Haddad"]


def test_a_complaint_a_party_filed_speaks_for_the_party(nlp):
    text = (
        "The Michigan Democratic Party filed a complaint with the Federal Election Commission "
        "on Monday.\n\n"
        'The complaint alleges that the ads used video "that could only have come from the '
        'campaign."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Michigan Democratic Party"]


def test_an_audit_released_by_an_auditor_is_the_auditors(nlp):
    text = (
        "An audit released last month by State Auditor Ingrid Solvang found that the office "
        'had "bypassed competitive bidding on three occasions."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ingrid Solvang"]


def test_an_answer_after_a_full_stop_is_no_nickname(nlp):
    text = (
        "The moderator asked both candidates whether they would sign the bill, which is law "
        "in Illinois but not in Wisconsin.\n\n"
        '"Yes," Holloway said.'
    )
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("speech", "Holloway")]


def test_the_moderator_hands_the_question_over_by_name(nlp):
    text = (
        "Lt. Gov. Nkechi Holmes and former Speaker Lars Engstrom met in their only debate.\n\n"
        "The moderator, Priya Bhatt of WTMJ-TV, asked both candidates whether they would "
        "sign a bill legalizing marijuana.\n\n"
        '"Yes," Holmes said.\n\n'
        '"Mr. Engstrom?"\n\n'
        '"Not in its current form."'
    )
    quotes = speech(quotes_of(nlp, text))
    assert [q.speaker for q in quotes] == ["Nkechi Holmes", "Priya Bhatt", "Lars Engstrom"]


def test_the_judge_of_a_lead_is_the_judge_named_after_it(nlp):
    text = (
        "Senator jailed for bribery\n\n"
        "CHICAGO - A former state senator was sentenced on Tuesday to four years in prison, "
        'with the judge telling him that he had "sold the one thing that was never his to '
        'sell."\n\n'
        "Dimitris Vlahos, 63, pleaded guilty in March to one count of bribery.\n\n"
        '"Public office is a trust," U.S. District Judge Harriet Nwachukwu said.'
    )
    quotes = speech(quotes_of(nlp, text))
    assert [q.speaker for q in quotes] == ["Harriet Nwachukwu"] * 2


def test_she_is_the_woman_described_not_the_man_named(nlp):
    text = (
        "Rep. Gideon Ashworth faced an angry crowd at a town hall in Ohio.\n\n"
        "A woman who identified herself as a retired nurse asked how he would explain the "
        "vote.\n\n"
        '"What do I tell my neighbors?" she asked.\n\n'
        '"No nursing home is going to close," Mr. Ashworth replied.\n\n'
        '"You voted for it," she shot back.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "A woman"


def test_a_nickname_after_a_middle_initial_is_still_a_nickname(nlp):
    text = 'Rep. Robert C. "Bobby" Scott is running for a 13th term.'
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("other", None)]


def test_the_host_follows_up_an_answer_of_two_quotations(nlp):
    text = (
        "Rep. Marisol Quintero spoke to Declan Fairfax, a former Senate aide who hosts a "
        "weekly politics podcast.\n\n"
        '"Did anyone in leadership threaten you?" he asked.\n\n'
        '"Threaten is a strong word," she said. "Someone told me people would remember."\n\n'
        '"So you think the Democratic bill was a sham?"'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Declan Fairfax"


def test_a_title_set_off_before_its_kind_of_work_is_no_ones_words(nlp):
    text = (
        'Ms. Quintero made her remarks on "The Cloakroom," a weekly politics podcast hosted '
        "by Declan Fairfax."
    )
    assert [(q.kind, q.speaker) for q in quotes_of(nlp, text)] == [("other", None)]


def test_a_judge_with_an_indian_given_name_is_not_he(nlp):
    text = (
        "Preston Achterberg argued that the board had failed to verify addresses.\n\n"
        'Justice Anjali Raghavan interrupted him. "Counsel, where were your clients two '
        'years ago?"\n\n'
        '"Your Honor, the harm became clear only after the last elections," he said.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Preston Achterberg"


def test_the_body_of_a_lead_is_the_one_named_in_the_next_paragraphs(nlp):
    text = (
        "Boy sent home over haircut\n\n"
        "A 14-year-old boy has been sent home from school in Northampton because of a haircut "
        'which the school says is "extreme".\n\n'
        "Kyle Dunn, who has a zigzag shaved into the side of his head, has missed three days "
        "of lessons.\n\n"
        "The head teacher of Abington Park School, Vikram Sethi, said the uniform policy had "
        "been sent to every parent."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Abington Park School"]


def test_he_wrote_is_the_father_whose_statement_his_daughter_read(nlp):
    text = (
        "Berlin festival defies visa ban\n\n"
        "The Iranian director Reza Tabrizi has been refused a visa to attend the Berlin film "
        "festival.\n\n"
        "The festival's director, Ulrike Behrens, said the film would be shown.\n\n"
        '"We will show Reza Tabrizi\'s film, and we will leave his seat empty," she told '
        "reporters.\n\n"
        "The director's daughter, Shirin Tabrizi, who lives in Paris, read out a statement "
        "from her father at the premiere.\n\n"
        '"I made this film about people who are not allowed to cross lines on a map. Now I '
        'am one of them," he wrote.'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Reza Tabrizi"


def test_the_report_an_office_released_is_that_offices(nlp):
    text = (
        "Erie County lawmakers approved a budget that drains the reserve fund.\n\n"
        "The fiscal picture is grim, according to a report released last month by the state "
        "comptroller's office, which found that the county's share of Medicaid costs had "
        'grown by 31 percent. "Counties face structural imbalances," the report said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["the state comptroller's office"]


def test_a_gerund_after_a_place_or_a_time_is_the_clause_subjects(nlp):
    text = (
        'Delegates from Colorado and Utah rose from their seats chanting "Roll call vote!" '
        "as the chair called the vote.\n"
        "====\n"
        "Javier Montoya, a spokesman for the campaign, issued a statement during the debate "
        'mocking the Democrats as "three candidates auditioning for one job."'
    )
    first, second = text.split("\n====\n")
    assert [q.speaker for q in speech(quotes_of(nlp, first))] == [
        "Delegates from Colorado and Utah"
    ]
    assert [q.speaker for q in speech(quotes_of(nlp, second))] == ["Javier Montoya"]


def test_a_memos_writer_described_is_the_one_named_later_so(nlp):
    text = (
        "The council voted on Tuesday to censure a member for leaking a legal memo.\n\n"
        "The memo, written by the city's corporation counsel, warned that the city faced "
        '"seven-figure exposure" in the lawsuit.\n\n'
        "The city's corporation counsel, Beatriz Amaral, told the council that the leak could "
        "complicate settlement talks."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Beatriz Amaral"]


def test_the_journal_is_the_journal_named(nlp):
    text = (
        "The results were published in The Lancet.\n\n"
        'The Lancet, in an editorial, described the results as "genuinely encouraging".\n\n'
        '"The history of malaria control is littered with wonder drugs," the journal said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Lancet", "Lancet"]


def test_she_is_the_staff_member_just_introduced_not_the_official_before(nlp):
    text = (
        "Administrator Joyce Thibodeaux said the parish would cooperate.\n\n"
        "A staff member at the center, who spoke on condition of anonymity for fear of losing "
        "her job, said the facility had been understaffed.\n\n"
        '"When there is two of us for 30 kids, the room is the only tool," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["A staff member at the center"]


def test_the_name_a_subject_gives_in_its_relative_clause_speaks(nlp):
    text = (
        "A neighbor of the councilwoman's, who gave only his first name, Lionel, said he was "
        'stunned. "She fixed our streetlights," he said.\n'
        "====\n"
        "A neighbour, who gave her name only as Maria, said she was shocked. "
        '"It is terrible," she said.'
    )
    first, second = text.split("\n====\n")
    assert [q.speaker for q in speech(quotes_of(nlp, first))] == ["Lionel"]
    third = (
        "A 29-year-old office worker who took part in a three-month trial, and who gave her "
        "name only as Min-ji, said she had quickly forgotten how she used to pay. "
        '"I left my purse at home," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, third))] == ["Min-ji"]
    assert [q.speaker for q in speech(quotes_of(nlp, second))] == ["Maria"]


def test_an_unnamed_subject_a_sentence_reports_he_of_is_a_person(nlp):
    text = (
        "Judge Mark Siddiqui questioned prospective jurors for most of the day.\n\n"
        '"Some of you may have strong feelings," Siddiqui told the panel.\n\n'
        "A juror said he was not sure he could. "
        '"I worked with sheriffs my whole career," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Mark Siddiqui", "A juror"]


def test_one_or_another_in_apposition_to_a_role_is_that_role(nlp):
    text = (
        "U.S. District Judge Farah Siddiqui questioned prospective jurors.\n\n"
        '"That is not disqualifying," Siddiqui told the panel.\n\n'
        "One prospective juror, a retired Border Patrol agent, said he was not sure he could. "
        '"I worked with sheriffs my whole career," he said.\n\n'
        "Another, a teacher from Mesa, said she had followed the case in the news. "
        '"I\'ve formed an impression," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Farah Siddiqui",
        "One prospective juror, a retired Border Patrol agent",
        "a teacher from Mesa",
    ]


def test_a_leads_office_is_the_one_introduced_so_two_paragraphs_on(nlp):
    text = (
        "Charity director jailed\n\n"
        "BOSTON — A federal judge on Monday sentenced the former director of a Boston charity "
        'to eight years in prison, calling the crime "a betrayal of the most vulnerable '
        'people in this city."\n\n'
        "Marco Ferreira, 52, pleaded guilty in February to wire fraud.\n\n"
        "U.S. District Judge Catherine Walsh said she had received more than 40 letters."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Catherine Walsh"]


def test_a_hyphened_role_is_not_the_word_after_an_earlier_hyphen(nlp):
    text = (
        "Hartlepool had led through a first-half header from captain Ryan Scullion.\n\n"
        "The referee ruled that defender Lukasz Wojcik had handled on the line.\n\n"
        'Wojcik, who was booked for his protests, said the dressing room was "in bits".\n\n'
        '"I am not a cheat," the centre-half told BBC Radio Tees.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Lukasz Wojcik"] * 2


def test_a_name_under_a_subject_the_tagger_took_for_a_verb_speaks(nlp):
    text = (
        "At the close Leicestershire were 98 for two in their second innings, a lead of 309, "
        "with opener Sam Oduya unbeaten on 54.\n\n"
        'Derbyshire coach Martin Greaves said his side would need "something special" to save '
        "the game over the remaining two days."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Martin Greaves"]


def test_the_south_african_is_the_one_described_so(nlp):
    text = (
        "Leicestershire spinner Vikram Deshpande took seven for 48.\n\n"
        '"Hit the same spot," Deshpande said.\n\n'
        "Deshpande removed their South African overseas player, Jaco van Rensburg, who "
        "top-scored with 61.\n\n"
        '"We gave him too much respect," the South African said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Vikram Deshpande",
        "Jaco van Rensburg",
    ]


def test_a_question_put_to_someone_is_answered_by_them(nlp):
    text = (
        "South Korean qualifier Chae Woo-sung beat 14th seed Alvaro Castaneda of Spain.\n\n"
        '"He played better in the important moments," the Spaniard said.\n\n'
        'At the post-match news conference, one reporter asked Chae: "Will you go out in '
        'London tonight?"\n\n'
        'Chae laughed. "No, no. I will eat noodles and sleep," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Alvaro Castaneda",
        "one reporter",
        "Chae Woo-sung",
    ]


def test_an_age_epithet_after_an_opening_participle_goes_on_with_the_story(nlp):
    text = (
        "South Korean qualifier Chae Woo-sung beat 14th seed Alvaro Castaneda of Spain.\n\n"
        "The world number 187, playing in only his second Grand Slam, won in five sets.\n\n"
        "Speaking through an interpreter, the 22-year-old said he had been shaking.\n\n"
        '"I have watched Wimbledon on television since I was a child," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Chae Woo-sung"]


def test_a_role_word_the_tagger_took_for_a_name_is_a_description(nlp):
    text = (
        "Coventry have signed striker Leandro Bittencourt.\n\n"
        '"In Brazil everybody tells me football is fighting," the forward said through a '
        "translator."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Leandro Bittencourt"]


def test_their_father_is_the_one_named_as_their_father(nlp):
    text = (
        "Both are trained by their father, Gerry Devlin, a former Irish amateur champion.\n\n"
        "Their father admitted the night would be an ordeal.\n\n"
        '"Watching one of your sons get punched is bad enough," the 56-year-old said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gerry Devlin"]


def test_vietnamese_names_go_with_their_family_names(nlp):
    text = (
        "Vu Thi Hoa, who runs a restaurant with her husband, said the water had risen fast.\n\n"
        "Her husband, Tran Van Duc, said the couple were not insured.\n\n"
        '"We came here with nothing in 1989," Mr Tran said.\n\n'
        '"Everything is gone," Ms Vu said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Tran Van Duc", "Vu Thi Hoa"]


def test_the_health_system_is_the_body_just_named(nlp):
    text = (
        "VCU Health said its hospitals had activated contingency plans. "
        '"Patient care has not been affected," the health system said in a statement.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["VCU Health"]


def test_a_nationality_the_salient_person_is_given_later_rules_them_out(nlp):
    text = (
        'Qualifier Shane "The Hammer" Maguire caused the biggest upset of the championship so '
        "far by beating defending champion Piet Vermeulen 3-2 at Lakeside.\n\n"
        "Vermeulen had led 2-1 before Maguire, 27, levelled and took the decider.\n\n"
        '"I\'ve been watching Lakeside on the telly since I was a nipper," the Irishman said.\n\n'
        "Vermeulen, the 45-year-old Dutchman who has won the title twice, was gracious."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ['Shane "The Hammer" Maguire']


def test_a_role_the_tagger_took_for_a_verb_leaves_the_name_the_subject(nlp):
    text = (
        "The squad has been criticised for its lack of experience. Former Wales lock Bryn "
        "Tudor-Evans, writing in the Western Mail, described the selection as "
        '"brave but risky".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Bryn Tudor-Evans"]


def test_a_role_set_off_before_a_name_parsed_as_a_second_subject_is_theirs(nlp):
    text = (
        "Sudan's ambassador in Washington, Ibrahim al-Nour, said in a statement that the army "
        '"remains committed to every humanitarian obligation".\n\n'
        '"The world knows who fired first," the ambassador said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ibrahim al-Nour"] * 2


def test_a_bare_question_after_an_answer_addressed_by_title_is_the_addressees(nlp):
    text = (
        '"That gap is not a rounding error," said Sen. Harlan Whitcombe, a Republican from '
        "Ohio.\n\n"
        "Anjali Mehra, the assistant secretary of the Navy, acknowledged the shortfall.\n\n"
        "The exchange grew testy when Mr. Whitcombe asked when the Navy would return to a "
        "pace of two boats a year.\n\n"
        '"Give me a year. Not a range, a year," he said.\n\n'
        "\"Senator, I'm not going to give you a date I can't defend,\" Ms. Mehra replied.\n\n"
        '"Then what am I supposed to tell the people of Ohio?"'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Harlan Whitcombe",
        "Harlan Whitcombe",
        "Anjali Mehra",
        "Harlan Whitcombe",
    ]


def test_a_countrys_military_is_a_body(nlp):
    text = (
        '"We want Nigeria to have the tools it needs," said Ambassador Joanna Whitlock.\n\n'
        "The package has been held up by concerns over an airstrike. The Nigerian military "
        'has described the strike as an "operational error".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Joanna Whitlock",
        "The Nigerian military",
    ]


def test_a_departments_inspector_general_finds_as_described(nlp):
    text = (
        "Rep. Yasmin Haddad said cutting aid now would reward Moscow. "
        '"Ukraine is not a charity case," she said.\n\n'
        "The department's inspector general, in a report released last month, found that "
        'oversight of security assistance was "generally effective" but flagged delays.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Yasmin Haddad",
        "The department's inspector general",
    ]


def test_who_just_did_something_in_the_answers_paragraph_answers(nlp):
    text = (
        '"China has provided more debt relief than any other country," said Yaw Sarpong, '
        "an economist.\n\n"
        "The IMF's first deputy managing director, Hiroshi Matsuda, told reporters that the "
        "framework was working, but not fast enough.\n\n"
        '"How slowly is too slowly?" a reporter asked.\n\n'
        'Mr. Matsuda smiled. "Two years for one country is too slowly," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Yaw Sarpong",
        "a reporter",
        "Hiroshi Matsuda",
    ]


def test_the_foreign_minister_is_not_the_defence_minister(nlp):
    text = (
        '"This is a provocation," Foreign Minister Dimitris Karalis told reporters.\n\n'
        "Turkey's defense minister, Selim Aydogan, went further. "
        '"Nobody can confine Turkey to its shores," he said.\n\n'
        'The foreign minister said later that Greece was "not looking for a fight".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Dimitris Karalis",
        "Selim Aydogan",
        "Dimitris Karalis",
    ]


def test_a_name_before_a_verb_the_parser_left_without_a_subject_speaks(nlp):
    text = (
        "PITTSBURGH — Standing in front of a shuttered glass plant in Jeannette, Pa., the "
        "Republican Senate candidate Brendan Kilgallon on Monday called for a 100 percent "
        "tariff on Chinese-made electric vehicles and accused his Democratic opponent of being "
        '"soft on Beijing."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Brendan Kilgallon"]


def test_a_statement_from_a_spokesman_is_the_spokesmans(nlp):
    text = (
        "Within an hour, the campaign of his opponent, Rep. Adaeze Nwosu, responded with a "
        "statement from its spokesman, Jordan Feeney:\n\n"
        '"Brendan Kilgallon spent 15 years as a consultant helping companies move factories '
        'overseas."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Jordan Feeney"]


def test_who_asked_rejects_an_answer_given_in_two_parts(nlp):
    text = (
        "Bernadette Kilbane, the union's general secretary, and the Cabinet Office minister, "
        "Adrian Thackeray, debated the dispute on the radio.\n\n"
        '"Will you sit down with us this week, yes or no?" she asked him.\n\n'
        '"My door has always been open," the minister replied, "and it remains open today."\n\n'
        '"That is not an answer."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Bernadette Kilbane",
        "Adrian Thackeray",
        "Adrian Thackeray",
        "Bernadette Kilbane",
    ]


def test_a_countrys_military_is_no_body_named_before(nlp):
    text = (
        "The State Department approved the package two years ago.\n\n"
        'The Nigerian military has described the strike as an "operational error".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The Nigerian military"]


def test_a_title_of_a_field_before_a_name_introduces_the_next_paragraphs_words(nlp):
    text = (
        "The Board of Control for Cricket in India has agreed to release the player, but its "
        'letter to the county makes clear that he will be available only "subject to national '
        "commitments\", raising the possibility of an early recall if India's selectors come "
        "calling.\n\n"
        "Director of cricket Neil Pennock, who first saw Raghunathan bowl in the nets at Old "
        "Trafford during India's tour two summers ago, was more blunt about the decision.\n\n"
        '"He made our batsmen look like schoolboys. When I asked who he was, nobody in the '
        'dressing room knew. Everybody knows now."'
    )
    assert speech(quotes_of(nlp, text))[-1].speaker == "Neil Pennock"


def test_who_tells_the_reporter_something_in_her_report_speaks(nlp):
    text = (
        "Among those waiting outside on Tuesday was Yelitza Marquina, 29, who left Venezuela "
        "with her two daughters in March. She said that when she was released, a Border "
        'Patrol agent handed her a stack of papers and told her, "Somebody will call you."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["a Border Patrol agent"]


def test_the_one_replied_to_denies_the_reply(nlp):
    text = (
        "Lt. Gov. Harlan Pryce and state Sen. Marisol Quintero met in their only debate.\n\n"
        '"We have a $4 billion surplus," the lieutenant governor said.\n\n'
        '"That surplus exists because you\'ve underfunded schools," Quintero replied.\n\n'
        '"That’s just not accurate."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Harlan Pryce",
        "Marisol Quintero",
        "Harlan Pryce",
    ]


def test_a_lower_case_body_noun_the_tagger_took_for_a_name_is_a_description(nlp):
    text = (
        "Russia's foreign ministry said in a statement that any solution \"must respect the "
        'principle of territorial integrity", according to the Interfax news agency.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Russia's foreign ministry"]


def test_a_municipal_counselor_is_an_office_before_a_name(nlp):
    text = (
        "The attorney, Kaveh Ghorbani, said the amount reflected how strong the evidence was. "
        '"The city looked at that video and did the math," he said.\n\n'
        "In an email to the newspaper, Municipal Counselor Theresa Van Buren said the "
        'settlement was "in the best interest of the city".\n\n'
        '"Jury verdicts in cases like this are unpredictable," the municipal counselor wrote.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Kaveh Ghorbani",
        "Theresa Van Buren",
        "Theresa Van Buren",
    ]


def test_an_unnamed_moderator_is_no_candidate(nlp):
    text = (
        'Sheriff Brendan Carrick defended his record. "If she saw a problem, she had a duty '
        'to report it," he said.\n\n'
        "Near the end of the hour, the moderator asked both candidates about oversight.\n\n"
        '"Yes or no: Would you support a civilian review board?" the moderator asked.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Brendan Carrick",
        "the moderator",
    ]


def test_one_of_the_people_counted_before_is_described_as_they_were(nlp):
    text = (
        "According to two people briefed on the meeting, who spoke on the condition of "
        "anonymity, the White House offered to freeze spending. One of the people described "
        'the session as "cordial but not productive."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "One of the people briefed on the meeting"
    ]


def test_an_epithet_object_used_again_by_who_goes_on_speaking_is_who_spoke_last(nlp):
    text = (
        "Pritchard shoved the Ghanaian-born champion after the pair went head to head.\n\n"
        '"He put his hand on my face," said Pritchard, 24.\n\n'
        "Kwabena Owusu-Ansah laughed off the incident.\n\n"
        '"Lewis is a nice boy, but he talks too much," the 30-year-old said.\n\n'
        "The champion, who moved to London at the age of 12, added: "
        '"A noisy crowd in Cardiff does not frighten me."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Pritchard",
        "Kwabena Owusu-Ansah",
        "Kwabena Owusu-Ansah",
    ]


def test_a_colleague_named_in_apposition_before_a_colon_speaks(nlp):
    text = (
        '"It is a bit like a thermostat," explained Dr Eleanor Pryce, who led the work.\n\n'
        "Her Indian colleague, Professor Gurpreet Sandhu, was clear about what was at stake: "
        '"In Punjab the water table is falling by nearly a metre every year."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Eleanor Pryce",
        "Gurpreet Sandhu",
    ]


def test_a_noun_a_verb_follows_is_no_apposition_and_the_witness_answers_the_question(nlp):
    text = (
        'Giving evidence, Ms Raghunathan said: "I checked his blood sugar."\n\n'
        "Under cross-examination by Ms Quinlan's barrister, Fiona Tarrant, the witness "
        "accepted that the ward had been short-staffed that night.\n\n"
        '"Isn\'t it the case that four people had access to that drip?" Miss Tarrant asked.'
        '\n\n"That\'s possible, yes," the witness replied.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Raghunathan",
        "Fiona Tarrant",
        "Raghunathan",
    ]


def test_the_defendant_is_the_one_who_denies_the_charge(nlp):
    text = (
        "A nurse deliberately added insulin to an elderly patient's drip at a Lancashire "
        'hospital because she was "fed up" with his complaints, a prosecutor has told a jury.'
        "\n\nBernadette Quinlan, 41, of Preston, denies attempting to murder 83-year-old "
        "Harold Birtwistle at the Royal Preston Hospital in March last year.\n\n"
        "Opening the case at Preston Crown Court, prosecutor Simon Okonkwo-Hale QC told the "
        "jury the defendant had injected a large dose of insulin into a saline bag.\n\n"
        '"I have never harmed a patient in 19 years," the defendant told police.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Simon Okonkwo-Hale QC",
        "Bernadette Quinlan",
    ]


def test_one_of_them_described_then_named_is_the_name(nlp):
    text = (
        "Three former officials were also jailed. One of them, a former deputy minister, Yoon "
        'Sang-ho, had told the court he regarded the money as "gifts between old friends".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Yoon Sang-ho"]


def test_a_korean_name_the_model_took_for_a_nationality_speaks(nlp):
    text = (
        "The judge, Lee Su-jin, sentenced him to four years.\n\n"
        "Campaigners welcomed the decision. Han Mi-rae, of the anti-corruption group "
        "Citizens for Clean Government, said the ruling marked a change.\n\n"
        '"For years the heads of the big conglomerates have been treated as too important to '
        'punish," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Han Mi-rae"]


def test_the_one_who_gave_a_titled_name_speaks(nlp):
    text = (
        "Her mother, who gave her name only as Mrs Sung, told the BBC outside the court: "
        '"My daughter has two small children."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Sung"]


def test_a_family_named_for_its_surname_speaks_as_the_family(nlp):
    text = (
        "Declan Moynihan was found guilty of murdering Gavin Tierney.\n\n"
        "In a statement read outside the court by Det Insp Siobhan Murtagh, the Tierney "
        'family said: "Gavin was no angel, and we have never pretended otherwise."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["the Tierney family"]


def test_senior_counsel_letters_end_a_name(nlp):
    text = (
        "His counsel, Brian Hegarty SC, had argued that Ms Kinsella's identification was "
        '"unreliable" because it was made in darkness.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Brian Hegarty"]


def test_a_report_by_a_body_described_then_named_is_that_bodys(nlp):
    text = (
        "The report by France's land transport accident investigation bureau, the BEA-TT, "
        'said the driver had "very probably" fallen asleep.\n\n'
        '"No braking marks were found before the point at which the vehicle left the '
        'carriageway," the report said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["BEA-TT", "BEA-TT"]


def test_the_author_of_a_quoted_title_named_after_it_speaks(nlp):
    text = (
        'The author of "Two Mothers, One Kitchen," Min-seo Kang, wrote on social media that '
        'she was "heartbroken but not surprised."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Min-seo Kang"]


def test_a_campaign_group_is_named_with_its_cause(nlp):
    text = (
        "Clay County Parents for Open Libraries, a group formed last year to fight book "
        'removals, said in a statement that it was "reviewing all legal options."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Clay County Parents for Open Libraries"
    ]


def test_an_unnamed_bodys_report_speaks_for_that_body(nlp):
    text = (
        "The Missouri House voted to censure Rep. Curtis Pemberton after a bipartisan ethics "
        'committee concluded that he had created "a hostile and intimidating environment".'
        "\n\nThe committee's 23-page report, released Monday, found that he had sent "
        'messages to an intern.\n\n"Witnesses consistently described a pattern of conduct," '
        "the report said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "a bipartisan ethics committee",
        "a bipartisan ethics committee",
    ]


def test_someone_picked_out_by_what_they_did_is_her_of_the_next_sentence(nlp):
    text = (
        "Rep. Ji-yeon Kwak, who chairs the ethics committee, said she had taken no pleasure "
        'in the investigation. "The witnesses were credible," she said.\n\n'
        "The clerk who filed the original complaint has since left her job at the Capitol. "
        'In a statement released through her lawyer, Tariq Nassar, she said she was "grateful '
        'to the members who listened." Mr. Nassar said his client was weighing a civil suit.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ji-yeon Kwak", "The clerk"]


def test_a_verb_left_with_no_subject_under_a_named_writer_is_the_writers(nlp):
    text = (
        "In a 17-page order, Judge Gabriela Nogueira wrote that the city's notices, posted 24 "
        "hours before crews arrived, had told residents that shelter was available when "
        '"the city\'s own records show that not a single bed was open."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gabriela Nogueira"]


def test_a_courts_order_speaks_for_the_court(nlp):
    text = (
        "The New Mexico Supreme Court ordered the commission to certify the results. "
        "Commissioners Wade Dunaway and Clifford Ames voted to certify.\n\n"
        "The court's one-page order, issued Thursday, said the commission had \"a mandatory, "
        'nondiscretionary duty" to certify results.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["New Mexico Supreme Court"]


def test_a_persons_office_in_a_relative_clause_speaks_for_itself(nlp):
    text = (
        "State House Majority Leader Hal Brubaker said lawmakers would consider withholding "
        "revenue from cities, a proposal that Ms. Khoury's office called \"a threat dressed "
        'up as policy."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ms. Khoury's office"]


def test_an_office_set_off_before_a_name_hung_from_its_preposition_is_the_names(nlp):
    text = (
        "Northern Star's managing director for retail, Olumide Bankole, blamed the cost of "
        'gas.\n\n"We know this hurts," the managing director said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Olumide Bankole"]


def test_a_message_from_someone_speaks_for_them(nlp):
    text = (
        'The message from its chief executive, Helen Ferreira, was blunt: "Every time prices '
        'go up, more people are forced to choose between heating and eating."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Helen Ferreira"]


def test_a_firms_boss_in_the_lead_is_its_chief_executive_named_later(nlp):
    text = (
        "Harcombe profits rise\n\n"
        "Supermarket group Harcombe has reported a 9% rise in annual profits, despite what its "
        'boss called "the toughest trading year in a generation".\n\n'
        "Pre-tax profit at the Leeds-based chain rose to £412m in the year to 25 February.\n\n"
        "Chief executive Gareth Pryce said price cuts had drawn shoppers back to its stores."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Gareth Pryce"]


def test_a_body_whose_officer_a_relative_clause_names_speaks_for_itself(nlp):
    text = (
        "Brennard rejects German bid\n\n"
        "British engineering group Brennard has rejected a takeover approach from its German "
        "rival Klausmann Industrie.\n\n"
        '"Not one of our investors has told us to engage at 540p," Sir Malcolm told the BBC.'
        "\n\nKlausmann, whose chief executive Tomasz Wierzbicki has made no secret of his "
        'ambition to build a European leader in industrial pumps, said it was "considering its '
        'position". Under UK takeover rules, it has until 14 April to make a firm offer.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == "Klausmann Industrie"


def test_someone_who_asked_not_to_be_named_is_the_she_that_follows(nlp):
    text = (
        'Ms Haddad defended the airline. "Our crew are well paid," she said.\n\n'
        "A stewardess with seven years' service, who asked not to be named, said morale was "
        'the lowest she could remember. "We used to be proud of working here," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Haddad",
        "A stewardess with seven years' service",
    ]


def test_another_after_one_of_a_kind_is_another_of_that_kind(nlp):
    text = (
        'One games magazine called it "the most beautiful thing on the PlayStation 2 this '
        'year", while another described Ms Nwachukwu as "the poet laureate of the puzzle game".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "One games magazine",
        "another games magazine",
    ]


def test_mr_and_mrs_of_a_couple_named_together_go_by_sex(nlp):
    text = (
        "Her parents, Claire and Nikos Andreou, had been through three cycles of IVF.\n\n"
        '"We had more or less given up," said Mrs Andreou, 38, a primary school teacher.\n\n'
        'Her husband said the couple had spent £15,000. "It was worth every penny," Mr Andreou '
        "said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Claire Andreou",
        "Nikos Andreou",
    ]


def test_the_witness_is_who_testified_last(nlp):
    text = (
        "Sen. Trent Ballard called the grant program wasteful.\n\n"
        "Caroline Ashby-Grant, a senior fellow at the Election Integrity Institute, testified "
        "that public confidence would improve.\n\n"
        "Sen. Nora Kealoha asked Ashby-Grant whether she knew of any case.\n\n"
        '"Not an outcome, no," the witness said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Caroline Ashby-Grant"]


def test_a_participle_quoted_after_its_subject_is_no_speech_of_the_subject(nlp):
    text = (
        "The National Republican Congressional Committee said in a statement that the result "
        'showed voters "rejecting the Democrats\' extreme agenda."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "National Republican Congressional Committee"
    ]


def test_a_vice_admiral_is_the_admiral(nlp):
    text = (
        '"The program is not where it needs to be," Vice Adm. Ramon Dizon told the '
        "subcommittee.\n\nRep. Lucas Pettigrew, who leads the subcommittee, asked Dizon when "
        'the first ship would reach the fleet.\n\n"Our current estimate is the fall of 2029, '
        'sir," the admiral said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ramon Dizon", "Ramon Dizon"]


def test_the_one_questioned_answers_a_reporter_not_a_spokeswoman_of_the_other_sex(nlp):
    text = (
        "Gov. Samir Khoury has narrowed his search for a running mate.\n\n"
        '"The governor has not made a decision," Fiona Gallagher, a campaign spokeswoman, said.'
        "\n\nKhoury himself was coy when reporters shouted questions at him on Monday.\n\n"
        '"Have you made up your mind?" one reporter asked.\n\n'
        '"I\'ve made up my mind about pie," he said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Fiona Gallagher",
        "one reporter",
        "Samir Khoury",
    ]


def test_a_statement_a_body_responded_with_or_its_board_gave_speaks_for_them(nlp):
    text = (
        "The campaign said that he would not take part in debates run by the Commission on "
        "Presidential Debates unless the group agreed to move the first debate earlier.\n\n"
        'The commission responded with a brief statement defending its choices. "Its mission '
        'has not changed," the statement said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Commission on Presidential Debates"
    ]
    text = (
        "British engineering group Brennard has rejected a takeover approach.\n\n"
        "Its board said in a statement to the stock exchange that it had rejected the approach."
        '\n\n"The board is confident in its strategy as an independent company," the statement '
        "said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Its board"]


def test_a_finding_body_calls_what_it_found(nlp):
    text = (
        "The Wisconsin Fact Desk, a nonpartisan project run by several of the state's "
        "newspapers, found that the shares were held in a managed retirement account belonging "
        'to her husband, and called the ad\'s central claim "misleading at best."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Wisconsin Fact Desk"]


def test_of_two_sharing_a_korean_family_name_mr_is_the_man_and_the_bare_name_the_other(nlp):
    text = (
        "Teenager reaches final\n\n"
        "South Korean teenager Park Ji-yeon reached the final in Birmingham on Friday.\n\n"
        '"I only thought about the next point," Park said.\n\n'
        "Her father, Park Sung-ho, a former national coach, was more cautious.\n\n"
        '"She still has a lot to learn on grass," Mr Park said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Park Ji-yeon", "Park Sung-ho"]


def test_mr_x_is_the_father_named_as_kin_of_a_daughter_named_by_given_name(nlp):
    text = (
        "Mother and daughter swim the Channel\n\n"
        "Grace Okonjo, 51, and her daughter Adaeze, 24, swam the Channel as a relay.\n\n"
        '"We promised we would do it together," said Mrs Okonjo.\n\n'
        "Adaeze's father, Chidi, who followed the pair in a boat, said he had been nervous.\n\n"
        '"I was seasick for nine hours," Mr Okonjo said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Grace Okonjo", "Chidi Okonjo"]


def test_the_elder_x_is_the_parent_named_by_given_name_beside_a_kin_noun(nlp):
    text = (
        "Boxer stays unbeaten\n\n"
        "Welterweight Kofi Mensah stopped his opponent in the third round on Saturday.\n\n"
        '"I felt strong from the first bell," Mensah said.\n\n'
        "Mensah is trained by his father, Kwame, a former amateur champion.\n\n"
        '"He listens to me sometimes," the elder Mensah said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Kofi Mensah", "Kwame Mensah"]


def test_a_verb_hung_on_the_last_noun_of_a_long_apposition_is_the_named_persons(nlp):
    text = (
        "Rep. Dolores Whitcombe, a Minnesota Democrat whose district includes the former "
        "Twin Cities Army Ammunition Plant, where solvents seeped into wells, called the rule "
        '"a long time coming."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Dolores Whitcombe"]


def test_a_quotation_after_a_dateline_starts_its_sentence(nlp):
    text = (
        "Clinic to close\n\n"
        'HAILEY, Idaho — "We will have to drive two hours to see a doctor."\n\n'
        "That is how Marisol Ortega, a mother of three, described the closure of the town's "
        "only clinic."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Marisol Ortega"]


def test_asked_by_someone_the_one_asked_answers(nlp):
    text = (
        "Band splits\n\n"
        "Singer Tomasz Wrobel said the split was amicable.\n\n"
        "Asked by NME whether the band might one day re-form, Wrobel was "
        'non-committal: "Never say never."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Tomasz Wrobel"]


@pytest.mark.parametrize(
    ("lead", "club"),
    [
        (
            "Sri Lankan batsman Dev Anand hit an unbeaten 121 against Kent at Bristol on "
            "Friday.\n\nBy the close, Gloucestershire had reached 298-6.",
            "Gloucestershire",
        ),
        ("Bristol City striker Dev Anand was fined two weeks' wages on Monday.", "Bristol City"),
    ],
)
def test_the_club_is_the_side_named_like_a_place(nlp, lead, club):
    text = (
        "Anand in the news\n\n"
        f"{lead}\n\n"
        '"It was a good day for the team," Anand said.\n\n'
        'In a statement, the club said Anand had "settled in remarkably quickly".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Dev Anand", club]


def test_they_after_a_sentence_about_people_of_a_plural_noun_is_those_people(nlp):
    text = (
        "Driver cleared after crash\n\n"
        "Rafael Moura and Tom Cheadle collided at the first corner on Sunday.\n\n"
        "The marshals reviewed the footage but took no action. In a statement, they said the "
        'collision was "a racing incident".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The marshals"]


def test_a_question_quoted_right_after_asked_by_someone_is_the_askers(nlp):
    text = (
        "Mr. Wrobel, 41, said he had expected that response.\n\n"
        'Asked by a reporter, "Do you think you were fair to them?" he paused.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["a reporter"]


def test_a_definite_role_of_somewhere_unnamed_who_would_not_be_named_is_the_she_after_it(nlp):
    text = (
        "Nurse ratios bill advances\n\n"
        "Adaeze Obi, a nurse in Pittsburgh, said many of her colleagues had left.\n\n"
        '"They left hospitals," she said.\n\n'
        "The director of a small clinic in the north of the state, who asked not to be "
        "identified, said the rules would force her to close on weekends. "
        '"I would have no choice," she said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Adaeze Obi",
        "The director of a small clinic in the north of the state",
    ]


def test_a_body_the_model_left_untagged_set_before_a_group_speaks_as_itself(nlp):
    text = (
        "Ads attacked\n\n"
        "Montana Families First, a group that has raised about $400,000 to fight the measure, "
        'called the new ads "dishonest" in a statement.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Montana Families First"]


def test_the_prime_ministers_spokesman_is_not_a_spokesman_for_something_else(nlp):
    text = (
        "Schools bill passes\n\n"
        "For the Conservatives, education spokesman Nicholas Whitley mocked the divisions: "
        '"The minister says this is about choice."\n\n'
        "After the vote, the prime minister's official spokesman said the result was "
        '"a clear endorsement" of the bill.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Nicholas Whitley",
        "the prime minister's official spokesman",
    ]


def test_the_prime_minister_is_not_a_transport_minister_the_lead_introduced(nlp):
    text = (
        "Transport minister quits\n\n"
        "A transport minister has resigned after e-mails about a safety report were leaked.\n\n"
        "Marian Holloway, the minister responsible for rail safety, said in a letter to the "
        'prime minister that she had become "a distraction".\n\n'
        'In his reply, the prime minister said she had served "with energy and distinction".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Marian Holloway",
        "the prime minister",
    ]


def test_an_age_epithet_after_a_bodys_words_is_the_person_who_spoke_last(nlp):
    text = (
        "Polish coalition on brink\n\n"
        "Poland's governing coalition was close to collapse on Friday after the prime "
        "minister sacked his deputy over a land sale scandal.\n\n"
        "Prime Minister Tadeusz Wrona said he had dismissed Zbigniew Kowalczyk, who was also "
        'agriculture minister, because he had "lost the trust" of the cabinet.\n\n'
        "Mr Kowalczyk, whose party holds 28 seats in the Sejm, denied any wrongdoing and said "
        "his party would now consider leaving the coalition.\n\n"
        '"This is a political execution," he told reporters in Warsaw.\n\n'
        "Prosecutors in Lublin are investigating claims that state-owned farmland was sold "
        'cheaply. According to the prosecutors, one plot was sold for "a tenth of its market '
        'value".\n\n'
        "Later on Friday, the 58-year-old, a pig farmer who has led his party since 1999, "
        'appeared on television and said he had "nothing to hide".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Tadeusz Wrona",
        "Zbigniew Kowalczyk",
        "the prosecutors",
        "Zbigniew Kowalczyk",
    ]


def test_it_after_a_sentence_about_a_report_by_a_body_is_that_body(nlp):
    text = (
        "Drug price study\n\n"
        "WASHINGTON — Allowing Medicare to negotiate prices could save billions, a new report "
        "concluded on Wednesday.\n\n"
        "The report, by the Whitcombe Center for Health Policy, a research group in "
        "Washington, found that Medicare pays twice what other countries pay. Negotiation, it "
        'said, "would not require price controls."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Whitcombe Center for Health Policy"
    ]


def test_the_group_is_the_body_the_parser_made_a_conjunct_of_group(nlp):
    text = (
        "Drug price study\n\n"
        "Allowing Medicare to negotiate prices could save billions, a report concluded.\n\n"
        "The pharmaceutical industry's main lobbying group, the Pharmaceutical Research and "
        "Manufacturers of America, or PhRMA, dismissed the findings. In a statement, the group "
        'said the study "ignores the cost of the cures that will never be developed".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Pharmaceutical Research and Manufacturers of America"
    ]


def test_a_posting_verb_hung_on_the_last_noun_of_a_long_apposition_cues_the_named_person(nlp):
    text = (
        "Shutdown drags on\n\n"
        "Some rank-and-file Republicans are growing restless. Rep. Mai Nguyen, a Republican "
        "from California whose district includes thousands of civilian workers at military "
        'installations, posted on Twitter that it was "past time to open the government."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Mai Nguyen"]


def test_she_replied_after_a_reporters_remark_is_the_one_questioned(nlp):
    text = (
        "Freshman keeps her distance\n\n"
        "Rep. Chiamaka Bell said: \"I'll make that decision when there's a vote to make it "
        'on."\n\n'
        '"That\'s not a no," a reporter pointed out.\n\n'
        '"It\'s not a yes either," she replied, laughing.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Chiamaka Bell",
        "a reporter",
        "Chiamaka Bell",
    ]


def test_who_asked_after_a_place_is_the_person_named_before_it(nlp):
    text = (
        "Generals questioned\n\n"
        "Gen. Raymond Okereke, commander of United States Central Command, testified on "
        "Tuesday.\n\n"
        "The sharpest questioning came from Sen. Nikolaos Demetriou, a Republican from Oklahoma "
        "and a former Army officer who served two tours in Kandahar, who asked whether the "
        "Taliban had severed their ties with Al Qaeda.\n\n"
        '"General, have they broken with Al Qaeda? Yes or no."\n\n'
        '"Not to my satisfaction, Senator," General Okereke said.\n\n'
        '"Then why on earth would we leave?"'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Nikolaos Demetriou",
        "Raymond Okereke",
        "Nikolaos Demetriou",
    ]
    people = {e.name: e.roles for e in extract(text, nlp=nlp).entities if e.label == "PERSON"}
    assert people["Nikolaos Demetriou"] == ["Sen.", "Republican from Oklahoma"]
    assert "Al Qaeda" not in people


def test_her_husband_is_the_man_of_the_couple_when_a_child_shares_the_surname(nlp):
    text = (
        "Missing girl found\n\n"
        "Chloe Pritchard was found at a flat in Lewisham on Saturday evening.\n\n"
        "Her parents, Neil and Lisa Pritchard, had made an emotional appeal for her return.\n\n"
        'Speaking outside the family home, Mrs Pritchard said: "We just want to say thank '
        'you."\n\n'
        'Her husband added: "We\'d ask people to give us some space now."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Lisa Pritchard",
        "Neil Pritchard",
    ]


def test_a_definite_person_picked_out_by_a_deed_who_would_not_be_named_is_the_she(nlp):
    text = (
        "Missing girl found\n\n"
        "Chloe Pritchard was found at a flat in Lewisham on Saturday evening.\n\n"
        "The woman who alerted police, a 52-year-old shop worker who did not want to be "
        "named, said Chloe had come into the newsagent's where she works.\n\n"
        '"I\'d seen her face in the paper that morning," she told BBC News.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The woman"]


def test_a_statement_an_unnamed_ministry_gave_is_the_ministrys(nlp):
    text = (
        "Protest broken up\n\n"
        "The interior ministry said in a statement carried by the official news agency that "
        "police had acted only after protesters attacked them.\n\n"
        '"The ministry affirms its respect for the right of citizens," the statement said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["The interior ministry"]


def test_an_agency_quoting_an_official_named_after_a_comma_quotes_that_person(nlp):
    text = (
        "Briton held in Dubai\n\n"
        "The state news agency, Wam, quoted a senior official at the Dubai public "
        "prosecutor's office, Counsellor Khalid al-Mansouri, as saying the case was "
        '"a purely commercial matter".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Khalid al-Mansouri"]


def test_a_claim_a_candidates_campaign_called_something_is_the_campaigns_word(nlp):
    text = (
        "Runoff turns bitter\n\n"
        "Javier Salcedo, a county commissioner, faces Yasmin Haddadin in the runoff.\n\n"
        'On Sunday, Ms. Haddadin wrote on Twitter that her opponent had "taken more money '
        'from lobbyists than any candidate in South Texas," a claim the Salcedo campaign '
        'called "recycled garbage."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Yasmin Haddadin",
        "the Salcedo campaign",
    ]


def test_words_telling_the_last_speaker_what_they_are_are_the_other_partys(nlp):
    text = (
        "Postal chief grilled\n\n"
        "Gregory Stavros, the Postal Service's chief operating officer, testified for four "
        "hours.\n\n"
        "Rep. Anthony Kowalczyk, a Democrat from Illinois, asked the witness how many sorting "
        "machines had been taken offline.\n\n"
        '"How many, sir? Just a number."\n\n'
        '"I don\'t have that figure in front of me," Mr. Stavros replied.\n\n'
        "\"You're the chief operating officer. You don't know how many machines you've "
        'removed?"'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Anthony Kowalczyk",
        "Gregory Stavros",
        "Anthony Kowalczyk",
    ]


def test_a_group_speaks_by_the_name_it_calls_itself(nlp):
    text = (
        "Hostages freed\n\n"
        "The group that claimed responsibility for the abduction, which calls itself the "
        '"Niger Delta Freedom Front", said in an e-mail to journalists that the release was a '
        '"gesture of goodwill".'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Niger Delta Freedom Front"]


def test_a_person_set_off_after_a_party_word_is_the_subject(nlp):
    text = (
        "Subpoenas approved\n\n"
        "The House Oversight Committee voted to subpoena the Treasury on Thursday.\n\n"
        "The panel's top Republican, Rep. Dwight Harkness of Texas, accused Democrats of "
        '"weaponizing" the committee\'s oversight powers in an election year.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Dwight Harkness"]


def test_words_with_no_speaker_quoted_again_later_as_a_named_persons_are_theirs(nlp):
    text = (
        "Minister under fire\n\n"
        'The government has been accused of "closing hospitals by stealth" after a health '
        "minister refused to rule out further cuts.\n\n"
        'Shadow health secretary Andrew Pelham, who first used the phrase "closing hospitals '
        'by stealth" in a speech last week, said the minister was hiding behind managers.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Andrew Pelham", "Andrew Pelham"]


def test_a_name_right_after_a_title_is_the_subject_whatever_the_parser_made_of_it(nlp):
    text = (
        "Villagers cut off by bus cuts\n\n"
        "Pensioners in rural Gwynedd say they will be left stranded after a bus company "
        "announced it was scrapping services to a dozen villages.\n\n"
        "Lleyn Coaches said the routes lost money every week.\n\n"
        'Managing director Ifor Wyn Roberts said: "We have carried on as long as we could."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Ifor Wyn Roberts"]


def test_a_welsh_name_with_ap_after_a_title_is_one_person(nlp):
    text = (
        "Parking charges row\n\n"
        "Councillor Dyfrig ap Rhys, the cabinet member responsible for highways, told the "
        'Cambrian News: "Nobody likes paying to park."'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == ["Dyfrig ap Rhys"]


def test_the_cooperative_is_the_cooperative_the_model_left_untagged(nlp):
    text = (
        "Storm knocks out power\n\n"
        "Her son, Minh Tran, who drove down from Baton Rouge to help, said the family would "
        'salvage what it could.\n\n"She is not going to leave this place," he said.\n\n'
        "Bayou Electric Cooperative, which serves much of the lower parish, said crews could "
        'not begin restoring service until the winds dropped. Customers should "prepare for '
        'extended outages," the cooperative said in a statement.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Minh Tran",
        "Bayou Electric Cooperative",
    ]


def test_the_elder_mr_x_is_the_parent_of_the_son_named_with_him(nlp):
    text = (
        "River rises\n\n"
        "A few miles north, Dale Sorensen and his son Kyle spent the evening moving grain "
        "trucks to higher ground.\n\n"
        '"Half of what we planted is going to be underwater," Kyle Sorensen said.\n\n'
        "His father, who farmed through the 2011 floods, said he had stopped trying to "
        'predict the river. "It does what it wants," the elder Mr. Sorensen said.'
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Kyle Sorensen",
        "Dale Sorensen",
    ]


def test_the_post_is_whoever_posted_it(nlp):
    text = (
        "Floods hit eastern Kentucky\n\n"
        '"We have places we simply can\'t get to yet," Mr. Haddad said at a briefing.\n\n'
        "The Vicco Volunteer Fire Department posted a photo on Facebook of a firefighter "
        'carrying a child through chest-deep water. "Our guys have been going since 2 a.m.," '
        "the post said."
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))][-1] == (
        "Vicco Volunteer Fire Department"
    )


def test_a_relative_set_beside_a_name_is_that_named_person(nlp):
    text = (
        "Pastor Emmanuel Adebanjo has died at the age of 61.\n\n"
        "His widow, Folake Adebanjo, said the family had been overwhelmed by messages.\n\n"
        '"Emmanuel always said the church was the people," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Folake Adebanjo"]


def test_a_basketball_position_before_a_name_is_a_role(nlp):
    text = (
        "Denver center Tomasz Wrobel had 27 points and 12 rebounds.\n\n"
        '"We stopped moving the ball," the center said.'
    )
    document = extract(text, nlp=nlp)
    assert [(e.name, e.roles) for e in document.entities if e.label == "PERSON"] == [
        ("Tomasz Wrobel", ["Denver center"])
    ]
    assert [q.speaker for q in document.quotes] == ["Tomasz Wrobel"]


def test_a_name_tagged_as_a_place_with_an_age_is_a_person(nlp):
    text = (
        "NEW YORK (AP) \u2014 Eleni Vlachou beat her older sister, Sofia, 6-4, 3-6, 6-2 on "
        "Wednesday night to reach the semifinals of the U.S. Open.\n\n"
        "Eleni, 21, is unseeded. Sofia, 25, was seeded 12th.\n\n"
        '"It\'s the worst feeling, beating her," Eleni said.'
    )
    document = extract(text, nlp=nlp)
    assert "Eleni Vlachou" in [e.name for e in document.entities if e.label == "PERSON"]
    assert [q.speaker for q in document.quotes] == ["Eleni Vlachou"]


def test_a_pronoun_the_sentence_before_is_about_goes_on(nlp):
    text = (
        "Brewers rookie Adam Kowalczyk threw a no-hitter while his father, Stan Kowalczyk, "
        "watched.\n\n"
        "After the final out, the younger Kowalczyk climbed the netting to find his father. "
        "Asked later what his father had told him, he laughed.\n\n"
        "\"He said, 'Don't let it go to your head,'\" he said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Adam Kowalczyk"]


def test_in_an_exchange_the_one_who_answered_answers_the_next_question(nlp):
    text = (
        "Under questioning from Ruth Abramowitz, a lawyer for the Justice Department, Priya "
        "Balasubramanian walked through the finances.\n\n"
        '"How much of your revenue went to Trellis last year?" Ms. Abramowitz asked.\n\n'
        '"About $11 million," Ms. Balasubramanian said.\n\n'
        '"And what did you get for that?"\n\n'
        '"Access to customers we couldn\'t reach any other way," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Ruth Abramowitz",
        "Priya Balasubramanian",
        "Ruth Abramowitz",
        "Priya Balasubramanian",
    ]


def test_an_age_epithet_ends_before_its_verb(nlp):
    text = (
        "Brian Atkinson, 65, has driven the bus since 1961. His wife Pat said she was "
        "looking forward to having him at home.\n\n"
        "Asked whether he had ever considered a different career, the 65-year-old shook "
        "his head.\n\n"
        '"Not once. You get to see the Dales every morning."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Brian Atkinson"]


def test_an_age_epithet_before_a_relative_clause_speaks(nlp):
    text = (
        "Brazilian-born singer Luana Ferraz has said she came close to quitting music.\n\n"
        'In an interview with Q magazine, the 27-year-old, whose debut album "Saudade '
        'Street" sold more than two million copies, said she had been "terrified every '
        'single night".'
    )
    found = speech(quotes_of(nlp, text))
    assert [(q.text, q.speaker) for q in found] == [
        ("terrified every single night", "Luana Ferraz")
    ]


def test_a_participle_after_an_infinitive_goes_with_the_one_who_asked(nlp):
    text = (
        'Niamh Delaney, one of the stars of the drama "Harbor Lights," said this week that '
        "she asked the show's producers to kill off her character after the third season, "
        'describing the final months of filming as "the loneliest stretch of my career."'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Niamh Delaney"]


def test_a_description_taking_up_the_lead_s_is_the_person_named_after_it(nlp):
    text = (
        "Comic wins Fringe award\n\n"
        "A Belfast comedian whose show about growing up above her father's chip shop has "
        "won the main comedy award at the Edinburgh Festival Fringe.\n\n"
        "Caoimhe Tohill, 31, beat four other nominees with a show that sold out its run.\n\n"
        "Her father, Seamus Tohill, flew over for the ceremony.\n\n"
        'Asked whether she would move to London, the Belfast comedian said: "Why would I?"'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Caoimhe Tohill"]


def test_a_place_s_own_document_is_no_body_named_before(nlp):
    text = (
        "The city of Marshall will test its wells for PFAS chemicals.\n\n"
        "PFAS is used in firefighting foam, said the Environmental Working Group.\n\n"
        'The two wells were last tested in 2021, when PFAS levels were "well below any '
        "level of concern,\" according to the city's annual water quality report."
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["the city's annual water quality report"]


def test_the_agency_is_the_commission_however_its_short_form_was_tagged(nlp):
    text = (
        "F.T.C. sues to block $19 billion chip deal\n\n"
        "WASHINGTON \u2014 The Federal Trade Commission on Tuesday sued to block Haldane "
        "Semiconductor's $19 billion acquisition of Pellucid Microsystems.\n\n"
        'In its complaint, the agency said the merger would "eliminate the head-to-head '
        'competition that has driven prices down."\n\n'
        "Haldane had offered to license some of Pellucid's designs to rivals to win approval, "
        "an offer the F.T.C. complaint described as inadequate."
    )
    document = extract(text, nlp=nlp)
    labels = {e.name: e.label for e in document.entities}
    assert labels["Federal Trade Commission"] == "ORG"
    assert [q.speaker for q in speech(document.quotes)] == ["Federal Trade Commission"]


def test_a_thing_in_the_lead_is_taken_up_by_no_person(nlp):
    text = (
        "Labour poster row\n\n"
        "A Labour poster showing Michael Howard has been branded tasteless.\n\n"
        "Andrew Mennear, 40, said he was shocked by it.\n\n"
        'The poster says "the day the Tory sums add up".'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["The poster"]


def test_the_youngster_is_the_young_person_last_named_with_an_age(nlp):
    text = (
        'Wales lock Gethin Prosser has been ruled out. "It\'s a blow," a Welsh Rugby Union '
        "spokesman said.\n\n"
        "His place is expected to go to the uncapped Scarlets lock Dewi Pugh-Evans, 21.\n\n"
        'The youngster said: "Nobody wants to get a chance like this."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "a Welsh Rugby Union spokesman",
        "Dewi Pugh-Evans",
    ]


def test_what_a_country_announced_as_a_person_reports_it_is_that_person_s(nlp):
    text = (
        "Charles Kennedy has called for an exit plan from Iraq. Mr Kennedy pointed out that "
        "the Netherlands, Portugal and the Czech Republic have announced their imminent "
        'withdrawal "regardless of the situation on the ground".'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Charles Kennedy"]


def test_what_a_thing_indicated_as_a_person_reports_it_is_that_person_s(nlp):
    text = (
        "Charles Kennedy criticised the chancellor on Wednesday. He said the recent "
        "experience of Wales indicated seven million households would pay more after "
        "revaluation. The chancellor's rebate paid by pensioner households was merely a "
        '"sticking plaster" to a much bigger problem.'
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Charles Kennedy"]


def test_a_person_introduced_after_a_role_at_the_end_of_a_sentence_speaks_next(nlp):
    text = (
        '"It can go on a small consumer device like a mobile phone," said Mr Monteith.\n\n'
        "The technology grew out of medical research done by the company's research "
        'director Dr Alastair Sibbald. "We are basically trying to fool your ears."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Monteith", "Alastair Sibbald"]


def test_the_teenager_is_the_one_child_named(nlp):
    text = (
        "A Belfast mother says she was left shaking after a £4,312 bill, run up by her "
        "15-year-old son on a school trip.\n\n"
        "Bernadette Quinn's son Ciaran used his phone to watch football clips.\n\n"
        'Consumer adviser Rohan Desai said: "Such bills are common."\n\n'
        "The teenager said he had no idea he was running up such charges.\n\n"
        '"Nobody told me it was different abroad," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rohan Desai", "Ciaran"]


def test_the_lead_s_union_is_the_guild_named_further_on(nlp):
    text = (
        "TOLEDO, Ohio \u2014 The family of a man fatally shot by a Toledo police officer "
        "during a traffic stop on Saturday night demanded on Monday that the city release "
        "body camera footage of the encounter, as the officers' union urged residents not "
        'to "rush to judgment."\n\n'
        "The man, 34, was stopped on Saturday night.\n\n"
        "His mother said he was on his way home.\n\n"
        "The police chief said the officer was on leave.\n\n"
        "The mayor said the footage would be released.\n\n"
        "In a statement, the Toledo Police Officers' Guild said the officer had acted "
        "within his training."
    )
    found = speech(quotes_of(nlp, text))
    assert [q.speaker for q in found] == ["Toledo Police Officers' Guild"]


def test_the_relative_of_someone_unnamed_who_would_not_be_named_is_the_she(nlp):
    text = (
        "Dr Tariq Al-Mansouri, the trust's medical director, said the ward was closed.\n\n"
        "The daughter of one patient, who asked not to be named, said her family had been "
        "told very little.\n\n"
        '"Nobody has told us how she caught it," she said.'
    )
    found = quotes_of(nlp, text)
    assert found[0].speaker.startswith("The daughter of one patient")


def test_words_relayed_are_theirs_whose_words_they_are(nlp):
    text = (
        "His sister, Grace Kim, said her brother was standing still when he was shot, with "
        "her father, Sung-ho Kim, beside her.\n\n"
        "The family's lawyer, Lucia Montenegro of Atlanta, put it bluntly: \"They sent a gun "
        'to a mental health emergency."\n\n'
        "Ms. Montenegro said the family was considering a civil lawsuit. Her client's "
        "father, she said, had immigrated from Busan in 1992.\n\n"
        "Sung-ho Kim spoke briefly, in Korean, with his daughter translating. "
        '"He was a gentle son," she said, relaying his words. "He loved to fish with me."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == ["Sung-ho Kim", "Sung-ho Kim"]


def test_a_statement_read_on_someone_s_behalf_is_theirs(nlp):
    text = (
        "Mr. Dorvil's widow, Marie-Claire Dorvil, sat in the front row. She left without "
        "speaking to reporters, but a family spokesman read a statement on her behalf.\n\n"
        '"We do not accept that, and we will keep fighting," the statement said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Marie-Claire Dorvil"]


def test_her_brother_is_the_twin_named_with_her(nlp):
    text = (
        "Among those celebrating were twins Mhairi and Fraser Gunn from Thurso.\n\n"
        '"We were both too nervous to open the envelopes," said Mhairi.\n\n'
        'Her brother, who wants to become an engineer, said: "She did better than me."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Mhairi Gunn", "Fraser Gunn"]


@pytest.mark.parametrize(
    ("epithet", "expected"),
    [
        ("the father-of-two", "Stephen Armstrong"),
        ("the father of two", "Stephen Armstrong"),
    ],
)
def test_a_parent_counted_by_children_is_the_person_in_view(nlp, epithet, expected):
    text = (
        "Stephen Armstrong, a team leader who has worked at the centre since it opened, said "
        "he had found out from a text message.\n\n"
        f'"I\'ve got a mortgage and two kids at school," {epithet} said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [expected]


def test_a_grandmother_of_seven_with_a_clause_is_the_woman_just_quoted(nlp):
    text = (
        "Iris Beattie was watching television with her husband Sam when the man forced the "
        "back door.\n\n"
        '"I just saw him standing over Sam and something snapped," Mrs Beattie said.\n\n'
        "The grandmother of seven, who had a hip replacement last year, added: "
        '"I\'d do it again."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Iris Beattie", "Iris Beattie"]


def test_the_mother_of_two_of_the_victims_is_no_parents_epithet(nlp):
    text = (
        "Stephen Armstrong said the inquiry had been too slow.\n\n"
        '"We want answers," the mother of two of the victims said.'
    )
    (quote,) = quotes_of(nlp, text)
    assert quote.speaker == "the mother of two of the victims"


def test_the_lead_s_cook_is_who_the_lead_turned_out_to_be(nlp):
    text = (
        "A school cook who swapped turkey twizzlers for jollof rice has been named school "
        "caterer of the year.\n\n"
        "Adebisi Okafor, who runs the kitchen at Elmwood Primary School, received the award "
        "on Wednesday.\n\n"
        "Inspector Martin Gillespie said the menu had changed.\n\n"
        '"You cannot force a child to eat broccoli," the cook added.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Adebisi Okafor"


def test_the_doctor_is_the_one_titled_dr(nlp):
    text = (
        "Dr Suresh Iyer, 58, was working for an out-of-hours service in Devon.\n\n"
        'Its chairman, Ewa Lisowska, said: "Dr Iyer did not call an ambulance."\n\n'
        "She said the panel had stopped short of striking Dr Iyer off.\n\n"
        "Giving evidence earlier in the week, the doctor said he had been working his fifth "
        "night shift in a row.\n\n"
        '"I accept that I got it wrong," he told the panel.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ewa Lisowska", "Suresh Iyer"]


def test_the_one_a_questioner_pressed_answers_the_question(nlp):
    text = (
        "Henrik Solberg, chief executive of Corvane Therapeutics, told the committee that "
        "list prices did not reflect what patients pay.\n\n"
        "Sen. Dwight Hollis of Kansas said he shared concerns about prices.\n\n"
        '"If we want to know where the money goes, we should ask the middlemen," he said.\n\n'
        "The sharpest exchange came from Sen. Soo-jin Han, a Washington Democrat, who pressed "
        "Solberg on why the inhaler costs $49 in Germany.\n\n"
        '"Is the inhaler you sell in Hamburg a different product?" Han asked.\n\n'
        '"It is the same molecule, senator, but it is a different market."\n\n'
        '"Is it a different product?"\n\n'
        '"No," Solberg said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Dwight Hollis",
        "Soo-jin Han",
        "Henrik Solberg",
        "Soo-jin Han",
        "Henrik Solberg",
    ]


@pytest.mark.parametrize(
    ("before", "expected"),
    [
        ("", "The players' union"),
        ("The NFL Players Association has filed a grievance. ", "NFL Players Association"),
    ],
)
def test_a_union_named_for_its_members_is_no_other_body(nlp, before, expected):
    text = (
        "An arbitrator cut the linebacker's suspension on Wednesday.\n\n"
        f"{before}The National Football League said it \"respects the arbitrator's "
        'decision". The players\' union said the ruling "vindicates" its argument.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == expected


def test_a_quoted_footer_after_a_transcript_is_nobody_s_words(nlp):
    text = (
        "Mike Pence was interviewed on Sunday. Partial transcript as follows:\n\n"
        '"WALLACE: Will she be there?\n\n'
        '"PENCE: She will not be attending the debate tomorrow night.\n\n'
        '"WALLACE: Why would Trump do that?\n\n'
        '"PENCE: Donald Trump is on his way to the White House.\n\n'
        '"Follow Pam Key on Twitter @pamkeyNEN."'
    )
    last = quotes_of(nlp, text)[-1]
    assert (last.text, last.kind, last.speaker) == (
        "Follow Pam Key on Twitter @pamkeyNEN.",
        "other",
        None,
    )


def test_who_after_a_body_the_parser_hung_on_an_earlier_noun_is_the_body(nlp):
    text = (
        'The posters were labelled a "big misjudgement" by the Conservatives who said '
        'Labour\'s "first shot in the election has badly backfired".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Conservatives", "Conservatives"]


def test_the_forward_tagged_as_an_adverb_is_the_striker_signed(nlp):
    text = (
        "Charlton Athletic have completed the signing of Nigeria striker Babatunde Adeyemi.\n\n"
        '"Babatunde is exactly the type of player we wanted," Charlton manager Rhys Pritchard '
        "said.\n\n"
        "Adeyemi said he had been attracted by the chance to play in the Premiership.\n\n"
        '"It has always been my dream to play in England," said the forward.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rhys Pritchard", "Babatunde Adeyemi"]


def test_a_description_set_in_a_place_is_no_holder_never_placed_there(nlp):
    text = (
        "Greek sprinter Dimitris Karalis has lost his appeal against a two-year ban.\n\n"
        "Britain's Marcus Oyelaran, who finished behind Karalis two years ago, welcomed the "
        "verdict.\n\n"
        '"I\'ve got nothing against him personally," the Birmingham-based sprinter said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Marcus Oyelaran"]


def test_a_manager_may_be_described_as_the_player_he_was(nlp):
    text = (
        "Coventry City have sacked manager Alasdair Brodie after a run of one win in 12 "
        "matches.\n\n"
        "Brodie, 48, was philosophical when contacted by BBC Coventry and Warwickshire.\n\n"
        '"I\'m not going to throw my toys out of the pram," the former Aberdeen midfielder '
        "said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Alasdair Brodie"]


def test_the_club_is_the_untagged_club_named_by_town_and_city(nlp):
    text = (
        "Coventry part company with Brodie\n\n"
        "Coventry City have sacked manager Alasdair Brodie after a bad run.\n\n"
        'In a statement, the club said: "The board would like to thank Alasdair."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Coventry City"]


def test_a_subject_after_a_fronted_place_and_a_participle_aside_goes_on(nlp):
    text = (
        "Television presenter Gavin Threlfall has been banned from driving.\n\n"
        "His solicitor, Anand Mehta, said his client was ashamed.\n\n"
        '"He has not driven since that night," Mr Mehta said.\n\n'
        "Outside court, the presenter, wearing a dark suit and accompanied by his wife, read "
        "a short statement to waiting reporters.\n\n"
        '"I made a stupid mistake," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Anand Mehta", "Gavin Threlfall"]


def test_the_elder_of_a_surname_is_the_one_named_as_a_parent(nlp):
    text = (
        "Meredith Ashworth would like to keep the seat.\n\n"
        "Ms. Ashworth, 44, is one of four Republicans competing to succeed her father, "
        "Representative Calvin Ashworth, who announced his retirement in January.\n\n"
        'Her rival, Wade Pickens, said: "This is a seat in Congress, not an heirloom."\n\n'
        "The elder Ashworth, 73, said he planned to spend primary night at home. \"I've done "
        'enough victory parties," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Wade Pickens", "Calvin Ashworth"]


@pytest.mark.parametrize("inner", ["the speaker", "the House speaker"])
def test_an_office_named_with_its_holder_speaks_inside_a_report(nlp, inner):
    text = (
        "House Speaker Douglas Armitage spent Wednesday trying to contain a revolt.\n\n"
        '"This is the same deal," said Rep. Joaquim Barros of Florida.\n\n'
        f'Barros said {inner} had urged members to "take the win and move on."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Joaquim Barros", "Douglas Armitage"]


def test_a_thing_inside_a_report_still_leaves_the_words_to_the_reporter(nlp):
    text = (
        "Sen. Ruth Kaminski spoke on Thursday.\n\n"
        'Kaminski said the report had highlighted "serious failings" at the agency.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ruth Kaminski"]


def test_an_office_given_by_its_initials_in_the_lead_is_the_member_named_later(nlp):
    text = (
        'Crofters "left behind" by broadband plan, MSP tells Holyrood\n\n'
        "A Highland MSP has told the Scottish Parliament that crofters have been "
        '"left behind" by a broadband scheme.\n\n'
        "The scheme was meant to reach every home by 2024.\n\n"
        "Morag Sinclair, the Scottish Green MSP for Skye North, said the gap was growing.\n\n"
        '"People here pay the same taxes," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Morag Sinclair"] * 3


def test_a_headline_quote_goes_to_whoever_says_the_same_words_below(nlp):
    text = (
        'Parking plan "unfair and unworkable", say traders\n\n'
        "Shopkeepers in Ardlow have called a council parking plan "
        '"unfair and unworkable".\n\n'
        'Traders\' association chairman Dilip Rana said: "Nobody asked us."'
    )
    found = quotes_of(nlp, text)
    assert found[0].speaker == found[1].speaker != "Parking plan"


def test_the_one_pressed_with_a_question_replies(nlp):
    text = (
        'Sen. Everard Tolliver (R-Ohio) appeared on "Weekend Desk" with anchor Robin '
        "Castellane-Moore.\n\n"
        '"I have said what I think," Tolliver said.\n\n'
        'Castellane-Moore pressed him: "Senator, your leaders back this bill. Are they wrong?"\n\n'
        '"They are wrong about this bill," he replied.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Everard Tolliver"


def test_a_pronoun_after_someone_unnamed_brought_in_is_that_person(nlp):
    text = (
        "The evening's host, radio presenter Dwight Marlowe-Keane, tried to restore order. "
        '"We will get to questions," he said.\n'
        "An older man in a tractor-dealer cap was next. "
        '"What do you actually know about farming?" he asked.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dwight Marlowe-Keane", "An older man"]


def test_who_identified_himself_by_name_speaks_as_that_person(nlp):
    text = (
        "Town hall\n\n"
        "The moderator, local radio host Dwight Marlowe-Keane, tried to restore order. "
        '"We will get to questions," he said.\n'
        "The heckler kept going. He was eventually escorted out.\n"
        "Outside, he identified himself to reporters as Garth Pilsudski, a retired machinist. "
        '"Nobody listens unless you yell," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dwight Marlowe-Keane", "Garth Pilsudski"]


def test_the_presenter_who_put_the_question_asks_it(nlp):
    text = (
        "Director Obinna Ekwueme has won the festival's top prize.\n\n"
        "Speaking to BBC Radio 4 after the ceremony, Ekwueme was asked by presenter Tessa "
        "Wynford whether he had expected to win.\n\n"
        '"Did you think this could happen?" she asked.\n\n'
        '"Honestly? No. We made this film with friends," he replied. '
        '"I thought we would be lucky to get it shown."\n\n'
        '"And what happens now?"\n\n'
        '"Now I sleep. Then I ring my mother."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Tessa Wynford",
        "Obinna Ekwueme",
        "Obinna Ekwueme",
        "Tessa Wynford",
        "Obinna Ekwueme",
    ]


def test_a_headline_ending_in_quotation_marks_gives_its_words_to_the_speaker_below(nlp):
    text = (
        "Hurricane Inez leaves 300,000 without power as Louisiana governor warns of "
        "\u201ca long week\u201d\n\n"
        "LAKE CHARLES, La. \u2014 Hurricane Inez roared ashore near Cameron early Thursday as a "
        "Category 3 storm, knocking out power to more than 300,000 homes.\n"
        "Gov. Beaumont Thibodaux-Vo said at an afternoon briefing that at least four people "
        "had died.\n"
        "\u201cThis is going to be a long week, and for some families it\u2019s going to be a "
        "long year,\u201d he said.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Beaumont Thibodaux-Vo"] * 2


def test_one_headline_word_goes_to_the_speaker_who_used_it_below(nlp):
    text = (
        'Federal judge halts voter purge, citing "sloppy" matching\n\n'
        "A federal judge on Friday blocked a county board from removing voters.\n\n"
        "U.S. District Judge Miriam Castell-Rios wrote that the matching was "
        '"sloppy at best and discriminatory at worst."'
    )
    found = quotes_of(nlp, text)
    assert [q.speaker for q in found] == ["Miriam Castell-Rios"] * 2


def test_a_pointer_after_a_quotation_names_the_one_set_beside_its_role(nlp):
    text = (
        'McAllister said the crew had battled rain. "I would do it all again," he said.\n\n'
        "\u201cIt is a film about silence, and tonight it roared.\u201d Those were the words of "
        "the jury president, the French director Isabelle Faure-Marchand, who described the "
        "performance as \u201ca masterclass\u201d."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "McAllister",
        "Isabelle Faure-Marchand",
        "Isabelle Faure-Marchand",
    ]


def test_a_lead_woman_is_the_woman_named_bare_as_the_next_paragraph_opens(nlp):
    text = (
        '"I thought I was going to die," says dog attack pensioner\n\n'
        "A 72-year-old woman who was mauled by a bulldog while walking to church has told a "
        'court she "thought I was going to die".\n\n'
        "Bernadette Quigley needed 14 stitches and spent five days in hospital.\n\n"
        "The dog's owner, Darren Westbrook, 45, admitted the offence."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Bernadette Quigley"] * 2


def test_a_lead_office_is_the_holder_whose_words_open_the_next_line(nlp):
    text = (
        "Police chief defends response to mall shooting\n\n"
        "BROOKHAVEN, Ohio \u2014 The police chief here on Monday defended her department's "
        'response to a shooting at a mall, saying officers were inside "within four minutes" '
        "of the first call.\n"
        '"Our officers ran toward the gunfire. That is what they are trained to do," Chief '
        "Gwendolyn Achterberg said at a news conference.\n"
        "The gunman was shot by officers in the food court, Achterberg said.\n"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Gwendolyn Achterberg"] * 2


def test_the_one_a_subject_spoke_to_puts_the_bare_questions(nlp):
    text = (
        "Hurdler Amara Odili broke the British record on Sunday.\n\n"
        "Odili spoke to BBC Sport's Marisol Vega shortly after her lap of honour.\n\n"
        '"What is different about you this year?"\n\n'
        '"Honestly, I stopped trying to be perfect," Odili said.\n\n'
        '"And working with your dad - is that ever difficult?"\n\n'
        '"All the time!"'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Marisol Vega",
        "Amara Odili",
        "Marisol Vega",
        "Amara Odili",
    ]


def test_a_body_named_with_and_keeps_its_whole_name(nlp):
    text = 'West Pennine Fire and Rescue Service said: "Crews worked all night."'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["West Pennine Fire and Rescue Service"]


def test_the_role_named_beside_a_phrase_the_parser_split_is_that_person(nlp):
    text = (
        "The coach of Rovers Women, Amara Nwosu, who led the side to promotion last season, "
        'said she hoped the new owners would "invest in both teams equally".\n\n'
        '"We train on a pitch we share with an under-12s team," the coach added.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Amara Nwosu"] * 2


def test_another_with_a_name_beside_it_is_that_person(nlp):
    text = (
        'Workers were angry. One worker said: "Where am I to go?"\n'
        'Another, Donna Whelan, 29, said: "My dad worked here, my uncle worked here."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["One worker", "Donna Whelan"]


@pytest.mark.parametrize("title", ["Sgt.", "Det.", "Lt.", "Capt."])
def test_a_title_with_a_stop_does_not_end_the_sentence_before_the_name(nlp, title):
    text = f'"He did everything right," said {title} Tomas Aguilar-Beck, a spokesman.'
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tomas Aguilar-Beck"]


def test_who_answers_a_reported_question_is_not_the_asker(nlp):
    text = (
        "DA defends policy\n\n"
        "District Attorney Gabriela Montoya-Reyes made the comments on a Sunday program.\n\n"
        "Host Susan Whitcombe opened by reading from a letter.\n\n"
        '"Are you telling shop owners that stealing is legal?" Whitcombe asked.\n\n'
        '"No. We will spend our resources on the people who do the most harm," Montoya-Reyes '
        "said.\n\n"
        "Near the end of the interview, Whitcombe asked whether Montoya-Reyes regretted "
        "anything about the policy.\n\n"
        '"I regret that we didn\'t explain it better at the start," she answered.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Gabriela Montoya-Reyes"


def test_the_remark_from_someone_right_after_the_words_names_their_speaker(nlp):
    text = (
        "The report counted 187 deaths. Investigators found that checks had not been done.\n\n"
        '"We are asking teachers and nurses to guard inmates. It is a prayer." The remark, '
        "from Sen. Curtis Hargrove (R-Okla.), drew nods from Democrats on the panel."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Curtis Hargrove"]


def test_the_office_a_vicar_bears_as_his_surname_speaks_for_its_holder(nlp):
    text = (
        "The Bishop of Wendbury has opened a food bank in a former church hall.\n\n"
        "The Rt Rev Margaret Oyelaran said families were queuing for food parcels.\n\n"
        '"This is what faith looks like," Bishop Oyelaran told BBC Radio Wendbury.\n\n'
        "Canon Peter Bishop, the vicar of St Aidan's, said the hall had been popular.\n\n"
        '"Some people had been married in that hall," he said.\n\n'
        "Among the volunteers is retired teacher Gwen Pryce-Morgan, 71.\n\n"
        '"I taught some of the parents who now come in here," Mrs Pryce-Morgan said.\n\n'
        "The Bishop said she would be writing to the area's two MPs, and Canon Bishop said "
        'he would join her. "Charity can fill the gap for a while," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Margaret Oyelaran",
        "Peter Bishop",
        "Gwen Pryce-Morgan",
        "Margaret Oyelaran",
    ]


def test_those_words_from_testimony_someone_gave_are_theirs(nlp):
    text = (
        "Advocates packed the gallery for the vote.\n\n"
        '"I lost my coverage when my daughter was nine weeks old. Nobody should have to '
        'choose between rent and a doctor."\n\n'
        "Those words, from testimony Tamika Rhodes gave to the Senate Health Committee in "
        "February, were read aloud on the floor by Sen. Lena Achebe before the vote."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tamika Rhodes"]


def test_who_said_it_right_after_the_words_is_their_speaker(nlp):
    text = (
        "District Attorney Renee Obi-Castellano is running for governor against Lyle "
        "Prentiss.\n\n"
        "A Prentiss campaign ad accuses her office of failing to oppose a release.\n\n"
        '"It is a lie, and he knows it is a lie." Obi-Castellano said it again and again at '
        "a campaign stop in Macon on Tuesday."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Renee Obi-Castellano"]


def test_one_of_them_is_one_of_those_who_spoke_not_of_those_they_spoke_of(nlp):
    text = (
        "Inside the company, the mood was grim. Two employees, who asked not to be named, said "
        "the plan had been discussed for months, but that managers had repeatedly denied "
        "layoffs were coming.\n\n"
        '"They told us in March there was no plan for cuts," one of them said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["one of the employees"]


# Forty-third session: cases new synthetic sets found.
def test_his_brother_is_the_one_of_his_sex_named_with_him_and_their_surname(nlp):
    text = (
        "Twins walk 250 miles\n\n"
        "Oisín and Cathal Mulvaney, from Llanfaredd, set off from Holyhead on 2 August.\n\n"
        '"The nurses kept her alive," said Oisín.\n\n'
        "His brother said the hardest part had been the hills.\n\n"
        '"My legs were on fire for about three days," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Oisín Mulvaney", "Cathal Mulvaney"]


def test_her_father_is_the_one_she_was_named_the_daughter_of_with_her_title(nlp):
    text = (
        "Family GP surgery to close\n\n"
        "Dr Wei Lin opened the surgery in 1973 and was joined by his daughter, Dr Mei Lin, in "
        "2004.\n\n"
        'In a letter to patients, Dr Mei Lin said: "Nobody wants to take on the risk."\n\n'
        "Her father, who still lives above the surgery, said he was "
        '"heartbroken but not surprised".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Mei Lin", "Wei Lin"]


def test_bare_paragraphs_take_turns_after_an_answer_in_several_quotations(nlp):
    text = (
        "Feldstein was pressed by host Marcus Oyelaran about reports she met donors.\n\n"
        '"Senator, did you tell donors you were thinking about running?" Oyelaran asked.\n\n'
        '"I talk to a lot of people, Marcus," Feldstein said. "Minnesota deserves better."\n\n'
        '"That sounds like a yes."\n\n'
        '"It sounds like what it is."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-2:] == ["Marcus Oyelaran", "Feldstein"]


def test_the_chief_is_the_one_named_after_the_office_inside_a_body_s_name(nlp):
    text = (
        "Fire guts warehouse\n\n"
        "The fire took six hours to bring under control, according to Hartwell Fire Chief "
        "Dolores Castellano-Price.\n\n"
        "One firefighter, a 52-year-old lieutenant, broke his wrist.\n\n"
        '"We were managing a collapse," the chief said at a briefing.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Dolores Castellano-Price"]


def test_who_a_passive_is_about_does_the_describing_after_it_not_its_agent(nlp):
    text = (
        "Manager charged\n\n"
        "Dunmore Thistle manager Kenny McAllister has been charged by the Scottish FA after "
        'describing the referee\'s performance as "a disgrace to the game".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Kenny McAllister"]


def test_a_clause_joined_by_but_with_its_own_subject_reports_its_own_words(nlp):
    text = (
        "Referee row\n\n"
        "Referee Aoife Brennan became the first woman to referee a Premiership match. She did "
        "not comment, but the referees' association, Scottish Referees United, said it was "
        '"sick and tired" of officials being singled out.'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Scottish Referees United", "said")]


def test_a_batter_named_after_her_nationality_is_a_person_who_answers(nlp):
    text = (
        "Deshmukh hits record 124\n\n"
        "Indian batter Ananya Deshmukh hit an unbeaten 124 from 61 balls as Wessex Vipers "
        "won.\n\n"
        "Stags coach Mark Fielding said he was proud. His daughter, Ellie Fielding, 19, is the "
        "side's wicketkeeper.\n\n"
        'Deshmukh was asked whether she would return next summer. "If they\'ll have me," she '
        "said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Ananya Deshmukh"]


def test_the_company_is_the_firm_named_after_its_kind_not_the_town(nlp):
    text = (
        "Drone maker Skyvane to cut 400 jobs in Swindon\n\n"
        "Delivery drone maker Skyvane is to cut 400 jobs at its factory in Swindon.\n\n"
        '"This is a painful decision," the company said. "We remain committed to Swindon."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Skyvane", "Skyvane"]


def test_a_nationality_noun_is_the_one_person_given_that_nation(nlp):
    text = (
        "Title fight\n\n"
        "Conor McGovern set up a world title fight after stopping Mexico's Alejandro "
        "Villaseñor in the ninth round in Belfast on Saturday night.\n\n"
        "Official figures showed McGovern landed 212 punches, against 118 for the Mexican.\n\n"
        '"He hits harder than he looks," the Mexican told reporters through an interpreter.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Alejandro Villaseñor"]


def test_the_director_is_who_the_film_was_directed_by(nlp):
    text = (
        "Festival opens\n\n"
        '"The River King", directed by Adaeze Nwosu, opened the festival.\n\n'
        "Its British co-star, Rosalind Ashby-Cole, plays a business rival.\n\n"
        "Asked about the review, the director laughed. "
        '"Vincent said the same thing about my first film," she said.'
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert [q.speaker for q in quotes] == ["Adaeze Nwosu"]


def test_a_name_right_before_the_verb_inside_a_long_subject_calls_it_so(nlp):
    text = (
        "Band back\n\n"
        "The four-piece, whose 2009 debut sold more than 600,000 copies, split in 2015 after "
        "a row during the recording of what singer Niamh O'Sullivan has called their "
        '"cursed" third record.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Niamh O'Sullivan"]


def test_a_title_of_several_words_before_the_name_of_an_inverted_speaker(nlp):
    text = (
        "Hospital hacked\n\n"
        'The FBI is investigating. "We are working with Tri-County," said Special Agent in '
        'Charge Deborah Kwiatkowski. "Paying does not help."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Deborah Kwiatkowski"] * 2


def test_the_former_coach_is_the_one_set_beside_the_office_called_former(nlp):
    text = (
        "Plant stalls\n\n"
        "Lincoln Ward, president of the county development authority, spent four years on "
        "the project. Ward, a former high school football coach, recruited the firm.\n\n"
        '"The whole industry planned for a demand curve that didn\'t show up," said Sunil '
        "Kapoor, an auto analyst at Eastbridge.\n\n"
        'The former coach still drives past the site. "It\'s about 30% done," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Sunil Kapoor", "Lincoln Ward"]


def test_that_is_the_forecast_of_someone_names_the_speaker_of_the_words_before(nlp):
    text = (
        "River cuts\n\n"
        "Farmers in the Yuma area grow most of the nation's winter lettuce.\n\n"
        '"If they cut the river again, I\'m done farming."\n\n'
        "That is the blunt forecast of Refugio Álvarez, 58, who grows alfalfa near Yuma."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Refugio Álvarez"]


def test_a_headline_s_bare_office_is_who_holds_it_in_the_lead(nlp):
    text = (
        'Commerce secretary defends chip tariffs, says price increases will be "modest"\n\n'
        "WASHINGTON — Commerce Secretary Elena Marchetti on Sunday defended the new tariff on "
        "imported semiconductors, saying any increase in consumer prices would be limited."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Elena Marchetti"]


def test_the_american_is_the_player_spoken_of_not_the_us_coach(nlp):
    text = (
        "Spain win Davis Cup\n\n"
        "US coach Patrick McEnroe wants his team to play more tennis on clay.\n\n"
        "Andy Roddick was left frustrated after losing both his singles. "
        '"It\'s just tough because I felt like I was in it," said the American.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Andy Roddick"]


def test_she_in_what_someone_new_and_unnamed_says_is_that_person(nlp):
    text = (
        "Warehouse fire\n\n"
        '"We have been trying to get the owner\'s attention for three years," said '
        "Councilwoman Aisha Rahmani.\n\n"
        "Another neighbor, who declined to give her name because she works for the city, said "
        'she had called to report teenagers inside the building "at least a dozen times".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Aisha Rahmani", "Another neighbor"]


def test_the_statement_is_its_sender_s_after_sentences_on_what_it_covers(nlp):
    text = (
        "Officer not charged\n\n"
        "The department's own review is still under way, according to a statement from Police "
        "Chief Marisol Ferreira. The review will examine whether the officer followed the "
        "manual.\n\n"
        '"We owe the public and our officers a complete answer," the statement said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Marisol Ferreira"]


def test_a_passive_inside_what_is_rejected_does_not_say_the_words_after_it(nlp):
    text = (
        "Rule intact\n\n"
        "Mr Balls rejected the allegation that Mr Brown had been sidelined in the campaign, "
        'saying he was playing a "different" role.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Balls"]


def test_it_after_a_sentence_about_an_ad_is_the_ad_not_a_place_it_ran_in(nlp):
    text = (
        "Campaign demands stations pull attack ad\n\n"
        "PHOENIX — The Democratic nominee for Arizona governor on Monday demanded that "
        'stations stop airing an attack ad, calling its claim "a number pulled out of thin '
        'air."\n\n'
        'The 30-second spot, titled "Broken Promises," began running over the weekend in '
        'Phoenix and Tucson. It says prosecutions "fell 40 percent" under the attorney '
        "general."
    )
    speakers = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert speakers == ["The Democratic nominee for Arizona governor", "The 30-second spot"]


def test_a_question_the_reporter_pressed_is_the_reporter_s(nlp):
    text = (
        "Briefing\n\n"
        "The press secretary, Lakshmi Raghunathan, took questions.\n\n"
        '"Does the governor still have confidence in him?" one reporter asked.\n\n'
        '"He does," Raghunathan said.\n\n'
        '"For how long?" the reporter pressed.'
    )
    quotes = quotes_of(nlp, text)
    assert (quotes[-1].speaker, quotes[-1].cue) == ("the reporter", "pressed")


def test_he_asked_after_another_reporter_noted_something_is_that_reporter(nlp):
    text = (
        "Briefing\n\n"
        "The press secretary, Lakshmi Raghunathan, took questions. Superintendent Gerald "
        "Ashworth has said the overtime was driven by staffing shortages.\n\n"
        "Another reporter noted that the comptroller has been mentioned as a possible "
        "challenger to the governor.\n\n"
        '"Is the governor suggesting the audit is political?" he asked.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Another reporter"]


def test_the_person_is_the_source_according_to_whom_something_was_said(nlp):
    text = (
        "Hospital hacked\n\n"
        "The attackers have demanded $4.5 million, according to a person familiar with the "
        "investigation, who spoke on condition of anonymity. "
        '"They gave a deadline of 72 hours," the person said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a person familiar with the investigation"]


def test_yes_after_a_question_a_lawyer_asked_is_the_witness_s(nlp):
    text = (
        "Executive testifies\n\n"
        "Ming Huang was questioned by prosecutor Naomi Feldstein.\n\n"
        '"What did you understand him to mean?" Feldstein asked.\n\n'
        '"That customers would never know," Huang said.\n\n'
        "On cross-examination, the defense lawyer, Bart Quigley, sought to portray Huang as "
        "a man who would say anything.\n\n"
        '"You\'ve pleaded guilty to two counts of wire fraud, correct?" Quigley asked.\n\n'
        '"Yes."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Ming Huang"


def test_a_headline_says_then_urges_the_first_verb_reports_the_words(nlp):
    text = (
        'Treasury secretary says shutdown would cost economy "real money," urges quick deal\n\n'
        "WASHINGTON — Treasury Secretary Alicia Benavides-Trent warned Sunday that a shutdown "
        "would cost the economy about $6 billion a week."
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Alicia Benavides-Trent", "says")]


def test_a_name_before_its_party_bracket_is_the_subject_the_parser_lost(nlp):
    text = (
        "Whip race\n\n"
        "WASHINGTON — The race to become the No. 3 House Republican turned openly hostile on "
        'Thursday, as Rep. Dallas Fairweather (R-Texas) accused his rival of running a "whisper '
        'campaign" about his fundraising and Rep. Shannon Kowalczyk (R-Pa.) said her '
        'opponent\'s allies were "inventing grievances to distract from his record."'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["Dallas Fairweather", "Shannon Kowalczyk"]


def test_a_rule_that_posed_a_threat_put_no_question(nlp):
    text = (
        "Hearing\n\n"
        "Sen. Janelle Whitford opened by reading from a 2021 memo in which Okafor-Hayes warned "
        "a client, the delivery app QuickCart, that a proposed federal rule posed "
        '"an existential threat to the flexible model."'
    )
    quotes = quotes_of(nlp, text)
    assert [(q.speaker, q.cue) for q in quotes] == [("Okafor-Hayes", "warned")]


def test_a_firm_of_several_words_after_its_kind_and_a_forecaster_parsed_as_a_subject(nlp):
    text = (
        "Hurricane nears\n\n"
        "\u201cThis is a life-threatening surge event,\u201d said the center\u2019s lead "
        "forecaster, Dr. Mei-Ling Castro.\n\n"
        "The utility Gulf Meridian Power said it had staged 5,200 line workers and warned that "
        "outages could last \u201cdays, not hours\u201d in the hardest-hit areas.\n\n"
        "The forecaster said the greatest danger would come overnight. \u201cPeople die in the "
        "water, not the wind,\u201d she said."
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["Mei-Ling Castro", "Gulf Meridian Power", "Mei-Ling Castro"]


def test_the_words_someone_said_are_not_the_quoter_s_who_says_he_is_quoting(nlp):
    text = (
        "Briefing\n\n"
        "The White House declined to say whether President Howard Kessling would postpone "
        "the tariff.\n\n"
        "Q: The president said at a rally last Friday, and I'm quoting here, \"There will be "
        'no delays, no exceptions." Is that still his position?'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Howard Kessling"]


def test_the_union_that_described_an_offer_so_is_who_called_it_that(nlp):
    text = (
        "Cabin crew strike\n\n"
        "Members of the Transport and Aviation Workers' Union voted to strike.\n\n"
        "The presenter, Rachel Oduya, put it to him that the union had described the "
        'company\'s offer as "an insult".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Transport and Aviation Workers' Union"]


def test_the_report_is_the_committee_s_that_said_things_in_it_before(nlp):
    text = (
        "Records system 'a costly mess', say MPs\n\n"
        'In a report titled "Connected Care", the Public Accounts Committee said the scheme '
        'had been undermined by "weak leadership".\n\n'
        "The report says that 61 of the 206 NHS trusts in England are fully connected.\n\n"
        "It also found that one contractor, Lattice Health Systems, had been paid £740m.\n\n"
        '"The department consistently failed to hold suppliers to account," the report says.'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert speakers == ["Public Accounts Committee", "Public Accounts Committee"]


def test_his_brother_is_the_one_named_as_whose_brother_he_is(nlp):
    text = (
        "Rovers sack manager\n\n"
        "Captain Ryan Kavanagh, whose younger brother Luke also plays in the Rovers midfield, "
        "thanked the manager.\n\n"
        'Luke Kavanagh, 19, was handed his debut last season. "He gave me my chance," the '
        "teenager said.\n\n"
        'His brother, 26, said the players had let the manager down. "We have to look in the '
        'mirror," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Luke Kavanagh", "Ryan Kavanagh"]


def test_who_put_it_to_her_before_a_colon_says_the_words(nlp):
    text = (
        "Ferry delays\n\n"
        "Kirsty Drummond, the Liberal Democrat MSP for Argyll West, said a fish farmer in her "
        "constituency had put it to her simply: \"We're not asking for a miracle, we're asking "
        'for a boat."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a fish farmer"]


def test_the_operator_is_the_body_named_as_operating_it_not_the_last_one(nlp):
    text = (
        "Ferry delays\n\n"
        "The MV Saltire broke down again on Monday.\n\n"
        "Caledonian MacBrayne, which operates the route, said in a statement that reliability "
        "had been 86%.\n\n"
        'The engine maker Rolls-Royce said it was "working hard" on the problem.\n\n'
        'The operator said it had chartered a catamaran to provide "additional resilience".'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["Rolls-Royce", "Caledonian MacBrayne"]


def test_the_society_is_the_one_body_whose_name_it_heads(nlp):
    text = (
        "Northway Building Society data breach hits 1.3 million members\n\n"
        "The personal details of about 1.3 million Northway Building Society members may have "
        "been stolen in a cyber-attack.\n\n"
        'The supplier, Castellan Data Services, said it was "co-operating fully" with the '
        "investigation.\n\n"
        "The society is offering affected members free credit monitoring and said it would "
        'reimburse anyone who lost money "in full".'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text)]
    assert speakers == ["Castellan Data Services", "Northway Building Society"]


def test_a_spokesperson_saying_after_a_colon_speaks_for_the_body_above(nlp):
    text = (
        "Honours row\n\n"
        "Downing Street defended the decision to honour both men, with a spokesperson saying: "
        '"You have to look at their whole career."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Downing Street"]


def test_his_mother_is_the_woman_of_the_pair_whose_son_he_was_named(nlp):
    text = (
        "Bakery expands\n\n"
        "Kowalczyk Family Bakery was founded by Halina Kowalczyk, now 71, and her late husband, "
        "Zbigniew Kowalczyk. It is run today by their son, Tomasz Kowalczyk, 45.\n\n"
        '"My mother still comes in at 4 in the morning," Tomasz Kowalczyk said.\n\n'
        "His mother, standing beside a rack of rye loaves, did not dispute it.\n\n"
        '"He is a good boy, but the poppy seed filling is mine," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tomasz Kowalczyk", "Halina Kowalczyk"]


def test_the_team_is_the_side_a_player_was_named_as_playing_for(nlp):
    text = (
        "Linebacker arrested\n\n"
        "CINCINNATI — A starting linebacker for the Cincinnati Ironhawks was arrested early "
        "Sunday, police said.\n\n"
        "The Cincinnati Police Department said officers clocked his car at 104 mph.\n\n"
        'The team said in a statement that it was "aware of the incident".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Cincinnati Ironhawks"]


def test_a_neighbor_identified_only_by_his_first_name_is_that_name(nlp):
    text = (
        "Water\n\n"
        'Residents were angry. "My granddaughter is 2," said Deloris Whitlock-Avery, 68.\n\n'
        "Her neighbor, who asked to be identified only by his first name, Kwame, because he "
        'works for the city, said residents had complained for years. "They told us it was '
        'rust," he recalled.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Deloris Whitlock-Avery", "Kwame"]


def test_he_passes_over_a_woman_whose_name_is_rare_in_the_us(nlp):
    text = (
        "The developer Tom Vickery was questioned by council leader Gemma Ralston "
        "on Monday.\n\nRalston asked whether the scheme was finished and whether "
        'the tower was dead.\n\n"Not yet," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Tom Vickery"]


def test_he_said_set_inside_a_sentence_carries_on_over_a_name_it_reports(nlp):
    text = (
        "Senator Naomi Price was pressed by host Marcus Dale about the reports.\n\n"
        "Governor Lars Holm, speaking to reporters a few hours later, brushed off the "
        "interview. Dale's question had been fair, he said, and so had the senator's "
        'answer.\n\n"Naomi is a friend," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Lars Holm"]


def test_an_epithet_subject_with_an_emphatic_reflexive_carries_on(nlp):
    text = (
        "Mayor Colleen Dwyer's lead has narrowed, a poll found. \"This race is a coin "
        'flip now," said Hollis Brandt, director of the polling centre.\n\n'
        "The mayor herself was more guarded when she was asked about the survey on "
        'Wednesday.\n\n"Polls don\'t vote. People vote," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Colleen Dwyer"


def test_a_partial_quote_in_what_a_poster_said_of_him_is_the_posters(nlp):
    text = (
        "Tyrone Bassey collapsed on Saturday.\n\nBassey's partner, Chantelle Brooks, "
        'posted on social media on Sunday that he was "awake, talking and asking about '
        'the score".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Chantelle Brooks"]


def test_a_named_host_s_question_is_answered_by_the_one_questioned(nlp):
    text = (
        "The district attorney defended her policy.\nHost Dana Whitcombe opened by "
        'reading from a letter.\n\n"Are you telling shop owners that stealing is legal?" '
        'Whitcombe asked.\n\n"No. I am telling them we will spend our resources well," '
        'Montoya-Reyes said. "A teenager is not the same as a crew."\nWhitcombe pressed '
        "her on the analysis. \"Isn't it true that your numbers look different over two "
        'years?"\n\n"Every number looks different if you pick the time frame," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Dana Whitcombe",
        "Montoya-Reyes",
        "Montoya-Reyes",
        "Dana Whitcombe",
        "Montoya-Reyes",
    ]


def test_a_body_parsed_as_a_subject_before_its_officer_s_name_yields_to_the_name(nlp):
    text = (
        "Northern Borders Rail staff to strike over pay\n"
        "\n"
        "Train drivers and conductors at Northern Borders Rail are to stage three "
        "24-hour strikes this month in a dispute over pay and working conditions.\n"
        "\n"
        "Members of the Rail and Transit Workers’ Union (RTWU) voted by 84% in favour of "
        "walkouts, on a turnout of 71%.\n"
        "\n"
        "The operator, which runs services between Newcastle, Carlisle and the Scottish "
        "Borders, said the strikes would cause “significant disruption” and urged "
        "passengers to travel only if absolutely necessary.\n"
        "\n"
        "RTWU general secretary Brendan O’Hare said members had been offered a 3% pay "
        "rise, well below inflation, alongside changes to rostering that would see some "
        "staff working “six days out of seven” during the summer.\n"
        "In a message to members published on the union’s website, Mr O’Hare wrote: “Our "
        "members kept this railway running through floods, through storms and through a "
        "pandemic. They were called heroes then."
    )
    speakers = {q.text: q.speaker for q in quotes_of(nlp, text)}
    assert speakers["six days out of seven"] == "Brendan O’Hare"


def test_the_operator_is_not_the_union_named_last(nlp):
    text = (
        "Rail staff to strike\n\n"
        "Train drivers at Northern Borders Rail are to stage three strikes this month.\n\n"
        "Members of the Rail and Transit Workers' Union (RTWU) voted by 84% in favour of "
        "walkouts.\n\nThe operator, which runs services between Newcastle and Carlisle, "
        'said the strikes would cause "significant disruption".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Northern Borders Rail"]


def test_a_question_put_to_him_is_answered_by_the_one_he_stands_for(nlp):
    text = (
        "Manager charged\n\n"
        '"Aoife is one of the best referees in the country," said Malcolm Drysdale of the '
        "referees' association.\n\nOn Monday, McAllister appeared to soften his stance in "
        "an interview with Thistle TV. The channel's presenter, Gemma Lowry, put it to him "
        'directly: "Do you regret what you said about the referee?"\n\nHe paused for '
        'several seconds. "I regret how I said it. I don\'t regret what I said."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Malcolm Drysdale",
        "Gemma Lowry",
        "McAllister",
    ]


def test_the_second_of_two_offices_set_beside_a_name_describes_them(nlp):
    text = (
        "Poll shows a tight race\n\n"
        '"Nobody has picked it up," said Anjali Venkataraman, director of the poll and a '
        "professor of political science at the college.\n\n"
        '"Ask me in October," said Devon Tran, a warehouse supervisor in Scranton.\n\n'
        '"That is the number I would be losing sleep over," the professor said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Anjali Venkataraman",
        "Devon Tran",
        "Anjali Venkataraman",
    ]


def test_that_was_how_x_summed_up_names_the_speaker_of_the_words_before(nlp):
    text = (
        "Voters weary of the race\n\n"
        "In interviews across the state, voters described a sense of fatigue.\n\n"
        '"I\'m tired of both of them." That was how Jerome Battle, 45, a bus mechanic from '
        "Brackenridge Falls, summed up the race while waiting for his shift."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jerome Battle"]


def test_x_spoke_those_words_after_a_quotation_names_its_speaker(nlp):
    text = (
        "Jury convicts man of murder\n\n"
        "The mother of a nursing student wept as the jury found the man accused of killing "
        'her guilty.\n\n"Today my daughter got her voice back."\n\n'
        "Rosa Morales spoke those words on the courthouse steps moments after the verdict."
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [("Rosa Morales", "spoke")]


def test_a_speaker_set_beside_his_role_repeated_those_words(nlp):
    text = (
        "No charges over police shooting\n\n"
        "The family's lawyers have disputed whether Ellery was reaching for the gun.\n"
        '"He was reaching for his phone. He told them he was reaching for his phone."\n'
        "Curtis Ellery, DeShawn's father, repeated those words again and again to a crowd "
        "on the steps of City Hall."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Curtis Ellery"]


def test_words_read_from_a_letter_are_its_writer_s(nlp):
    text = (
        "Finance chief jailed\n\n"
        "Defence attorney Rachel Goldfarb asked for leniency. She read from a letter "
        "written by his wife, Maureen Kavanagh, who was in the courtroom but did not speak."
        '\n\n"He is not the man the newspapers describe," Goldfarb read from the letter. '
        '"He is also not the man I thought I married."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Maureen Kavanagh"] * 2


def test_the_statement_goes_on_for_its_giver_past_the_giver_s_own_sentence(nlp):
    text = (
        "Nurses vote to strike\n\nThe union wants limits written into the contract.\n\n"
        "Prairie Health Partners, the Nashville-based chain that bought St. Brendan's in "
        '2021 for $310 million, said in a statement that fixed ratios were "unworkable" and '
        "would force it to close beds. The company said it had hired 140 nurses this year "
        "and raised starting pay by 11%.\n\n"
        '"We share our nurses\' commitment to safe care," the statement said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Prairie Health Partners"] * 2


def test_a_party_s_group_on_a_council_speaks_as_described_not_as_the_council(nlp):
    text = (
        "Council tax to rise by 4.99% as Harnley cuts library hours\n\n"
        "As part of the savings, opening hours at eight of the borough's 13 libraries will "
        "be cut, and the council's grant to the Harnley Arts Festival will be reduced from "
        "£80,000 to £40,000.\nCouncil leader Joanne Ashcroft-Bello said the authority had "
        'been left with "no good options".\nThe Conservative opposition group called the '
        'plans "reckless and unfunded" and accused the ruling Labour group of relying on '
        '"one-off fixes" to balance the books.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Joanne Ashcroft-Bello",
        "The Conservative opposition group",
        "The Conservative opposition group",
    ]


def test_an_epithet_after_a_participle_tagged_as_a_name_carries_on(nlp):
    text = (
        "Council tax to rise\n\n"
        'Council leader Joanne Ashcroft-Bello said the authority had no "good options".\n'
        "Liberal Democrat councillor Nasreen Chowdhury said children relied on the library.\n"
        '"For some of these kids, it is the only warm place," she said.\n'
        "Responding, the council leader said the authority would look at using volunteers. "
        '"We are not closing a single library," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)][-1] == "Joanne Ashcroft-Bello"


def test_a_lead_s_witness_is_the_one_named_beside_the_witness_later(nlp):
    text = (
        "Murder trial: Witness describes fight\n\n"
        "A witness in the trial of two brothers accused of murder has told Belfast Crown "
        'Court she saw one of them "swinging something shiny".\n'
        "Liam Doherty, 24, and his brother Connor Doherty, 21, deny murdering Sami Haddad.\n"
        "Mr Haddad, a catering student, died in hospital.\n"
        "The witness, Bronagh Quinn, 32, told the jury she had been waiting for a taxi."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Bronagh Quinn"]


def test_the_family_speaks_as_a_family_after_two_of_them_are_named(nlp):
    text = (
        "Trial continues\n\n"
        "Mr Haddad's mother, Rania Haddad, and his father, Youssef Haddad, have attended "
        "every day of the trial.\nIn a statement released through police shortly after his "
        'death, the family said Sami had been "the light of our home".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["the family"]


def test_a_verb_parsed_as_a_participle_of_the_subject_before_a_colon_is_the_cue(nlp):
    text = (
        "Darragh O'Loughlin was banned.\n\n"
        "O'Loughlin's father, Seamus O'Loughlin, a former League of Ireland goalkeeper, "
        'posted on Instagram: "Proud of how you\'ve faced up to this, son."'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [("Seamus O'Loughlin", "posted")]


def test_her_brother_is_the_boy_named_with_her_when_both_are_children(nlp):
    text = (
        "Hedgehog count\n\n"
        "Among them were Zofia and Kacper Lewandowski, aged 10 and seven, from Greyhaven, "
        'who built a "hedgehog highway" under their back fence.\n'
        '"We saw one on the camera on the first night," said Zofia.\n'
        'Her brother said: "I want to be a hedgehog scientist when I\'m big."'
    )
    speakers = [q.speaker for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert speakers[-2:] == ["Zofia Lewandowski", "Kacper Lewandowski"]


def test_she_after_a_clock_time_is_the_spokeswoman_of_that_sentence(nlp):
    text = (
        "Measles outbreak\n\n"
        '"They were very professional," Bethany Crowder said.\n'
        "A spokeswoman for the Tolliver County Health Department said free clinics would run "
        'every Saturday from 9 a.m. to 3 p.m. She said: "We will vaccinate anybody."'
    )
    assert quotes_of(nlp, text)[-1].speaker.startswith("A spokeswoman for the Tolliver")


def test_an_unnamed_teller_inside_a_report_speaks_the_words_told(nlp):
    text = (
        "Teachers strike\n\n"
        "Union president Kimberly Yazzie disputed the district's cost estimate. She said a "
        'state auditor had told the board last spring that its reserves were "well above '
        'what is prudent," a claim the district did not directly address.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a state auditor"]


def test_his_client_is_the_one_whose_solicitor_he_was_named(nlp):
    text = (
        "PC Nathan Hollis, 36, admitted sending 17 offensive messages.\n\n"
        "Hollis did not attend the hearing. His solicitor, Declan Fairbrother, told the "
        'panel his client had said he was "deeply ashamed" and had been going through a '
        "difficult divorce."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Nathan Hollis"]


def test_the_agency_is_the_one_body_named_an_agency_however_parsed(nlp):
    text = (
        "State Department clears $3.6 billion drone and missile sale to India over "
        "objections from two senators\n"
        "\n"
        "WASHINGTON — The State Department has approved a $3.6 billion sale of armed "
        "drones, air-to-ground missiles and radar equipment to India, the Pentagon's "
        "Defense Security Cooperation Agency said Friday, moving ahead with one of the "
        "largest U.S. arms deals with New Delhi despite objections from two senators "
        "over human rights.\n"
        "The package includes 31 long-endurance drones, 170 Hellfire missiles, 310 "
        "small-diameter bombs and maintenance and training for 5 years, according to "
        "the formal notification sent to Congress. Congress has 30 days to block the "
        "sale, though it has never done so for a major deal of this kind.\n"
        'Inside the Pentagon, the program has been nicknamed "Project Garuda," after '
        "the mythical bird that appears on Indonesia's national emblem and in Hindu "
        "scripture.\n"
        '"This proposed sale will support the foreign policy and national security of '
        "the United States by helping to strengthen the strategic relationship with a "
        'major defense partner," the agency said in its notice, using language that '
        "appears in nearly every such announcement.\n"
    )
    quotes = [q for q in quotes_of(nlp, text) if q.kind == "speech"]
    assert [q.speaker for q in quotes] == ["Defense Security Cooperation Agency"]


def test_the_one_a_question_split_off_after_it_was_asked_of_answers_it(nlp):
    text = (
        "Ambulance delays\n\n"
        'His brother, Neil Marsh, said the family wanted answers. "She never complained," '
        "he said.\n\n"
        "In an interview, Dr Yusuf Rahman was asked why ambulances could not reach "
        "patients sooner.\n\n"
        '"Is it acceptable to wait nine hours?" presenter Kate Ferris asked him.\n\n'
        '"No, it is not," he replied.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Neil Marsh",
        "Kate Ferris",
        "Yusuf Rahman",
    ]


def test_a_named_father_s_son_is_his_daughter_s_brother(nlp):
    text = (
        "Inquest\n\n"
        "Raymond Quinlan, 78, a retired bus driver, died in February.\n\n"
        "His daughter, Karen Quinlan, told the hearing she had raised concerns.\n\n"
        "Her brother, Patrick Quinlan, said he had phoned the ward that night.\n\n"
        "Outside the court, Mr Quinlan's son read a statement on behalf of the family.\n\n"
        '"Dad deserved better than this," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Patrick Quinlan"]


def test_his_mother_is_the_one_named_as_his_sister_s_mother(nlp):
    text = (
        "Verdict\n\n"
        "Rosa Morales spoke on the courthouse steps beside a photograph of her daughter, "
        "Angela Morales.\n\n"
        "Angela's brother, Eddie Morales, 26, said the family had sat through the trial.\n\n"
        '"My sister wanted to be a nurse," he said.\n\n'
        "His mother said she had not decided whether she would speak at sentencing.\n\n"
        '"I don\'t know if I can look at him," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Eddie Morales", "Rosa Morales"]


def test_one_who_sat_until_another_asked_is_no_asker_but_the_one_replying(nlp):
    text = (
        "Fight week\n\n"
        "Michael Flanagan has promised to ruin the party when he faces Tobi Adewale.\n\n"
        '"Everyone in this room thinks I\'m here to lose," Flanagan said.\n\n'
        "Adewale, who moved to the West Midlands from Lagos with his mother, sat in silence "
        "until one reporter asked whether he was rattled.\n\n"
        '"Do I look rattled?" he replied.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Michael Flanagan", "Tobi Adewale"]


def test_one_who_made_the_plea_after_the_quotation_spoke_it(nlp):
    text = (
        "Tornado\n\n"
        "A tornado tore through Marlow Springs on Sunday night, killing three people.\n\n"
        "A neighbor, who asked not to be named because she had not yet told her employer "
        'she would miss work, said she heard "a sound like a freight train that never '
        'ended".\n\n'
        '"People keep asking me what they can do. Let the crews work." Mayor Connie '
        "Whitlock, standing in front of what had been the town library, made the plea at a "
        "short briefing."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["A neighbor", "Connie Whitlock"]


def test_a_headline_s_bare_kin_noun_is_the_one_named_so_later(nlp):
    article = DATA / "synthetic" / "75B" / "articles" / "07-granite-peak-hiker.txt"
    found = quotes_of(nlp, article.read_text())
    assert (found[0].text, found[0].speaker) == ("the stubborn one", "Patrick Doyle")


def test_one_who_declined_to_give_his_name_speaks_as_described(nlp):
    text = (
        "Wildfire\n\n"
        "Gurpreet Sandhu said a sheriff's deputy knocked on her door at 2 a.m.\n\n"
        "Another evacuee, a retired firefighter who declined to give his name, said the "
        'conditions reminded him of the 1990s. "It\'s the same canyon," he said.'
    )
    assert quotes_of(nlp, text)[-1].speaker.startswith("Another evacuee")


def test_the_district_is_the_school_district_not_the_trooper_before(nlp):
    text = (
        "Bus crash\n\n"
        '"Right now there\'s nothing to suggest impairment," Trooper Aaliyah Grant said.\n\n'
        "The Harmon Ridge School District said in a statement that it was heartbroken. "
        '"Our focus right now is on our students," the district said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Aaliyah Grant",
        "Harmon Ridge School District",
    ]


def test_the_company_is_the_one_firm_named_so_paragraphs_before(nlp):
    text = (
        "Ice storm\n\n"
        "Bluegrass Energy said it had brought in 1,600 line workers from nine states.\n\n"
        "The National Weather Service said temperatures would stay below freezing.\n\n"
        "The Kentucky National Guard said soldiers had delivered water to the shelter.\n\n"
        "Volunteers served hot meals to 300 people at the shelter.\n\n"
        "The utility said customers should call to report downed lines. "
        '"If you see a line on the ground, treat it as live," the company said.'
    )
    assert quotes_of(nlp, text)[-1].speaker == "Bluegrass Energy"


def test_the_one_a_question_addresses_by_given_name_replies(nlp):
    text = (
        "Chipmaker earnings\n\n"
        "Analysts pressed Chief Executive Daniel O'Rourke and Chief Financial Officer "
        "Mei-Lin Zhou on the outlook.\n\n"
        "Zhou said gross margin would fall to about 54%.\n\n"
        'Rahul Venkataraman, an analyst, followed up: "Mei-Lin, should we think of 54 as a '
        'floor?"\n\n'
        '"I wouldn\'t call anything a floor," she replied.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rahul Venkataraman", "Mei-Lin Zhou"]


def test_the_message_to_some_from_someone_after_a_quotation_is_theirs(nlp):
    text = (
        "Nurses strike\n\n"
        "Carolyn Dietz, who has run North Star since 2021, said she shared the nurses' "
        'concerns. "We\'ve recruited 350 nurses this year," she said.\n\n'
        '"We have hired a staffing agency to provide replacement nurses." That was the '
        "message to patients from Renee Castellano, a spokeswoman for Mercy Ridge, who said "
        "the hospital would not cancel appointments."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Carolyn Dietz", "Renee Castellano"]


def test_the_ceo_is_the_one_the_lead_s_chief_executive_was_named_as(nlp):
    text = (
        "Senators grill Loopr CEO\n\n"
        "WASHINGTON (AP) — The chief executive of the video app Loopr faced bipartisan "
        "anger on Capitol Hill on Tuesday.\n\n"
        "Vivian Sato-Mercer, who has run Loopr since 2021, told the committee that the "
        "company had removed 41 million videos.\n\n"
        "Sen. Rosalind Achebe (D-Ore.) held up internal company documents.\n\n"
        '"Ms. Sato-Mercer, what did you do?" Achebe asked.\n\n'
        '"Senator, we took that research very seriously," the CEO said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rosalind Achebe", "Vivian Sato-Mercer"]


def test_they_said_goodbye_inside_an_unclosed_quotation_is_no_attribution(nlp):
    text = (
        "Cathedral appeal\n\n"
        "The bishop, Miriam Achterberg-Lowe, said she was confident.\n"
        '"People love this place," she told BBC Radio Bristol. "They were christened here, '
        "they got married here, they said goodbye to their parents here.\n"
        '"It belongs to them."'
    )
    found = [(q.text, q.speaker) for q in quotes_of(nlp, text)]
    assert found[1] == (
        "They were christened here, they got married here, they said goodbye to their "
        "parents here.",
        "Miriam Achterberg-Lowe",
    )


def test_the_club_is_the_club_that_takes_a_plural_not_the_academy_after_it(nlp):
    text = (
        "Dominguez sacked\n\n"
        "Championship strugglers Castlebrook City have sacked manager Rafael Domínguez "
        "after 11 league games without a win.\n"
        "The Spaniard leaves 17 months after arriving from Real Oviedo’s academy.\n"
        '"The board would like to thank Rafael for his hard work," the club said in a '
        "statement."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Castlebrook City"]


def test_the_words_were_those_of_someone_after_a_quotation(nlp):
    text = (
        "Wildfire lawsuit\n\n"
        "A state investigation released in April concluded that the pole had been marked "
        "for replacement.\n\n"
        '"My husband built that house with his own hands." The words were those of '
        "Margaret Oyelowo-Finch, 71, who lost her home in Pine Hollow."
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [
        ("Margaret Oyelowo-Finch", "words")
    ]


# Forty-sixth session: cases new synthetic sets found.


def test_the_local_mla_named_in_apposition_speaks(nlp):
    text = (
        "Bakery faces closure\n\nThe bakery has been open since 1979. The local MLA, Kevin "
        "O’Hare, has described Kavanagh’s as “the beating heart of the town”."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Kevin O’Hare"]


def test_a_newcomer_introduced_right_after_a_quotation_said_it(nlp):
    text = (
        "Storm flattens town\n\n"
        "The Rev. Jerome Applewhite, pastor of the church, said 23 people rode out the storm.\n"
        "“We heard it coming,” Applewhite said.\n"
        "“My granddaddy built that house in 1952. It took the storm about 10 seconds.” "
        "Darlene Haskins, 58, stood in what had been her front yard on Monday.\n"
        "Crews worked all day."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jerome Applewhite", "Darlene Haskins"]


def test_a_newcomer_with_a_quotation_of_their_own_does_not_take_the_one_before(nlp):
    text = (
        "Hunt ban\n\n"
        "Tory MP Peter Luff said the legislation was poorly drafted.\n\n"
        '"It is no wonder the government wants to move on." Mike Hobday, of the League '
        'Against Cruel Sports, said: "There is no confusion."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Peter Luff", "Mike Hobday"]


def test_a_question_put_by_the_host_who_asked_in_the_passive(nlp):
    text = (
        "Tornado hits town\n\n"
        "“We have searched every structure,” Sheriff Ray O’Connell said.\n"
        "Gov. Marguerite Tillman faced questions about why the sirens did not sound. "
        "Appearing on “Arkansas Today” on KQWX-TV, she was asked about it directly by host "
        "Brandon Ferreira-Lutz.\n"
        "“Governor, the sirens in Dalton Springs didn’t sound. Why not?”\n"
        "“That’s the question I asked at 6 o’clock this morning,” Tillman said.\n"
        "“Will there be consequences if it isn’t?”\n"
        "“If somebody failed these people, yes.”"
    )
    assert [q.speaker for q in speech(quotes_of(nlp, text))] == [
        "Ray O’Connell",
        "Brandon Ferreira-Lutz",
        "Marguerite Tillman",
        "Brandon Ferreira-Lutz",
        "Marguerite Tillman",
    ]


def test_she_after_a_name_joined_to_an_opening_place_phrase(nlp):
    text = (
        "Storm leaves thousands without power\n\n"
        "Anjali Raghunathan, a spokeswoman for the utility, said 38% of its customers were "
        "in the dark.\n"
        "“We have poles snapped like matchsticks,” she said.\n"
        "In Bayou Clement, Rosalind Thibodeaux, 71, sat on her porch steps beside a pile of "
        "soaked carpet and a box of family photographs she had spread out to dry.\n"
        "“My mama used to tell me about the big storms,” she said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Anjali Raghunathan",
        "Rosalind Thibodeaux",
    ]


def test_called_it_with_quoted_words_of_its_own_is_no_pointer_to_the_quotation_before(nlp):
    text = (
        "Senate passes relief bill\n\nThe Senate on Thursday passed the package.\n"
        '"We do not ask a family to wait," said Sen. Graciela Montoya (D-N.M.). "That is not '
        'who we are."\n'
        'Sen. Wendell Ashby called it "a blank check" and said Congress should offset the cost.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Graciela Montoya",
        "Graciela Montoya",
        "Wendell Ashby",
    ]


def test_one_identified_by_a_first_name_in_an_apposition_to_the_subject(nlp):
    text = (
        "Students protest cuts\n\nStudents walked out of Harlow High on Friday.\n"
        "Another student, a senior who asked to be identified only by his first name, "
        'Jordan, because he worried about how teachers would react, said: "Everyone keeps '
        'saying this is about the future."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Jordan"]


def test_begin_doing_something_is_no_cue(nlp):
    text = (
        "Rookie shines\n\nThe rookie will stay in the rotation while left-hander Hiroshi "
        'Tanabe recovers. The Pioneers said in a statement that Tanabe was "progressing well" '
        'and would begin throwing "in the next 10 days."'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [
        ("Pioneers", "said"),
        ("Pioneers", "said"),
    ]


def test_the_letter_said_is_its_writer_who_set_out_the_measures_in_it(nlp):
    text = (
        "Savings ordered\n\nEvery department has been told to find savings.\n"
        "Finance Minister Caoimhe Nic Aodha set out the measures in a letter to executive "
        "colleagues, which has been seen by BBC News NI.\n"
        "In it, she warned that “the choices in front of us are stark” and said no department "
        "could expect to be protected.\n"
        "“I do not underestimate how difficult this will be,” the letter said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Caoimhe Nic Aodha"] * 2


def test_an_opening_participle_taken_for_the_subject(nlp):
    text = (
        "Savings ordered\n\nEvery department has been told to find savings.\n"
        "Writing on X, the Ulster Unionist Party’s finance spokesman, Philip McIlwaine, said "
        "the executive had “sleepwalked into this”."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Philip McIlwaine"]


def test_she_is_not_one_resident_described_as_a_postman(nlp):
    text = (
        "Council tax rise\n\n"
        "Council leader Shazia Rahman told the meeting the authority had no good options.\n\n"
        '"They keep telling us it\'s about tough decisions," said one resident, a retired '
        "postman who has lived in the borough for 60 years.\n\n"
        '"If my local library was closing, I\'d be angry too," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "one resident, a retired postman",
        "Shazia Rahman",
    ]


def test_the_leader_who_said_she_is_the_leader_of_that_sex(nlp):
    text = (
        "Council tax rise\n\n"
        "Council leader Shazia Rahman told the meeting the authority had no good options.\n"
        "Conservative group leader Brendan O'Connell-Hayes called the budget a disaster.\n"
        "A mother of two who uses the library said she had brought her children there.\n"
        "After the vote, the leader said she understood residents' anger. \"If my local "
        "library was closing, I'd be angry too,\" she said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Shazia Rahman"]


def test_said_it_again_before_adding_quoted_words_still_points_back(nlp):
    # ('"It is a lie ..." Obi-Castellano said it again and again ..., before adding that
    # she would not "stoop to his level."')
    article = DATA / "synthetic" / "67B" / "articles" / "11-georgia-governor-race-poll.txt"
    said = {q.text: q.speaker for q in quotes_of(nlp, article.read_text())}
    assert said["It is a lie, and he knows it is a lie."] == "Renee Obi-Castellano"


def test_a_dateline_with_a_dotted_state_is_no_speaker(nlp):
    # ('EAST MARLOW, N.J. — A former chief of staff to ... testified ..., describing the
    # handoffs as so routine that "nobody in the office even looked up."')
    article = DATA / "synthetic" / "78B" / "articles" / "11-asante-mbeki-bribery-trial.txt"
    said = {q.text: q.speaker for q in quotes_of(nlp, article.read_text())}
    assert said["nobody in the office even looked up."].startswith("A former chief of staff")


def test_a_question_put_to_you_is_answered_by_the_one_asked(nlp):
    text = (
        "Bribery trial\n\n"
        "The witness, Paloma Reyes-Whitman, 34, worked for the councilman for six years.\n"
        "On cross-examination, defense attorney Rajiv Malhotra suggested that Reyes-Whitman "
        "had her own reasons to implicate her former boss.\n"
        '"You were angry when he fired you, weren\'t you?" Malhotra asked.\n'
        '"I was angry. I\'m not lying because I was angry," she said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Rajiv Malhotra", "Paloma Reyes-Whitman"]


def test_question_and_answer_turns_are_the_interviewers_and_the_interviewees(nlp):
    # ('In an interview on ..., Achebe-Larkin told host Sam Kuznetsov that ...¶Q: "..."¶
    # A: "..."')
    article = DATA / "synthetic" / "78B" / "articles" / "09-achebe-larkin-radio-interview.txt"
    said = {q.text[:20]: q.speaker for q in quotes_of(nlp, article.read_text())}
    assert said["Senator Hollister sa"] == "Sam Kuznetsov"
    assert said["No. And I’d invite S"] == "Naomi Achebe-Larkin"
    assert said["Counties say they’re"] == "Sam Kuznetsov"


@pytest.mark.parametrize(
    ("intro", "asker", "answerer"),
    [
        (
            "Senator Maria Lopez was interviewed by reporter James Whitaker on Monday.",
            "James Whitaker",
            "Maria Lopez",
        ),
        (
            "The governor, Dan Ortiz, spoke to Channel 5 reporter Helen Park after the vote.",
            "Helen Park",
            "Dan Ortiz",
        ),
        ("The mayor faced questions on Monday.", None, None),
        ("BBC Radio Wales spoke to Jane Morgan, a nurse, after the vote.", None, "Jane Morgan"),
    ],
)
def test_question_and_answer_turns_follow_the_interview_reported(nlp, intro, asker, answerer):
    text = f'Vote\n\n{intro}\nQ: "Are you disappointed?"\nA: "Of course I am."'
    assert [q.speaker for q in quotes_of(nlp, text)] == [asker, answerer]


def test_a_bare_question_after_the_answer_is_the_askers_named_in_a_passive(nlp):
    text = (
        "Prize\n\n"
        "Adaeze Obi, 38, has won the Harwell Prize for fiction.\n"
        "Speaking to BBC Radio 4 the following morning, she was asked by presenter Rachel "
        "Devereux whether she had expected to win.\n"
        '"Not for a second," she replied. "I had written a speech for losing."\n'
        '"Will you go back to the pharmacy?"\n'
        '"I have promised my manager I will do my Saturday shifts."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Adaeze Obi",
        "Adaeze Obi",
        "Rachel Devereux",
        "Adaeze Obi",
    ]


def test_the_next_paragraph_takes_up_the_leads_subject_not_its_subordinate_clauses(nlp):
    text = (
        "Festival chief defends all-female cast\n\n"
        "The director of the Bellwood Festival has defended his decision to stage a comedy "
        'with an all-female cast, after a critic described the production as "a pantomime '
        'with pretensions".\n\n'
        "Marek Kowalczyk, who has run the festival since 2015, said the casting was "
        '"the most exciting thing we have done".\n\n'
        "Hugh Pendry, theatre critic for the Border Clarion, wrote that the cast "
        '"never quite decide".'
    )
    said = {q.text: q.speaker for q in quotes_of(nlp, text)}
    assert said["a pantomime with pretensions"] == "Hugh Pendry"


def test_qualified_as_a_nurse_introduces_no_other_nurse(nlp):
    text = (
        "Nurses strike\n\n"
        "Joy Mensah, a 52-year-old staff nurse at the infirmary, said she had taken on extra "
        "shifts. Her daughter, Abena Mensah, qualified as a nurse last year but has since "
        "moved to Australia.\n\n"
        '"I love this job. I don\'t love what it is doing to me," the nurse said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Joy Mensah"]


def test_the_health_board_is_the_body_whose_name_ends_so(nlp):
    # ('Cwm Teifi University Health Board had proposed ... said the Welsh Government should
    # intervene ... In a statement, the health board said: "..."')
    article = DATA / "synthetic" / "80A" / "articles" / "02-glanmor-maternity-downgrade.txt"
    said = {q.text[:24]: q.speaker for q in quotes_of(nlp, article.read_text())}
    assert said["No decision has been tak"] == "Cwm Teifi University Health Board"


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        (
            "Darragh Fitzgerald was speaking at the launch of the series in London.",
            "Darragh Fitzgerald",
        ),
        ("Darragh Fitzgerald spoke at the launch of the series in London.", None),
    ],
)
def test_a_quotation_paragraph_is_the_one_said_to_be_speaking_next(nlp, after, speaker):
    text = (
        "Irish actor cast as detective\n\n"
        "An Irish actor best known for playing a priest has been cast as the lead in a new "
        "drama.\n\n"
        '"I read the book when I was 14 and I fell in love with it."\n\n'
        f"{after}"
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [speaker]


def test_a_role_read_as_a_verb_leaves_the_name_the_subject(nlp):
    text = (
        "Bridge closure\n\n"
        'Opposition councillor Tom Hartley-Venn said the council had "sat on a ticking time '
        'bomb" for years.\n'
        "Her neighbour, butcher Ray Fairweather, said he had already lost two regular "
        'wholesale customers. "I\'ve got three staff to pay," he said.'
    )
    said = {q.text: q.speaker for q in quotes_of(nlp, text)}
    assert said["I've got three staff to pay,"] == "Ray Fairweather"


def test_the_one_who_asked_before_asks_again_and_is_answered(nlp):
    text = (
        "Police cuts\n\n"
        "Chief Constable Sandra Kowalczyk said the force's budget had fallen by 11%.\n\n"
        "Speaking on BBC Radio Stoke, she was pressed by presenter Joanne Ellery on "
        "whether the cuts would mean fewer officers.\n\n"
        '"Will people in Hanley actually notice a difference?" Ms Ellery asked.\n\n'
        '"They will, and I\'m not going to pretend otherwise," the chief constable replied.\n\n'
        '"How much longer?" she asked.\n\n'
        '"I can\'t give you a number today."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Joanne Ellery",
        "Sandra Kowalczyk",
        "Joanne Ellery",
        "Sandra Kowalczyk",
    ]


def test_earl_is_a_given_name_beside_a_relative_of_that_surname(nlp):
    text = (
        "Clinic closure\n\n"
        "Earl Dempsey, 71, a Marine who served two tours in Vietnam, said he drives 14 "
        "miles each way. His wife, Loretta Dempsey, keeps track of his appointments.\n\n"
        '"He won\'t do a video call," she said.\n\n'
        'Dempsey himself was blunter. "I went where they sent me in 1968," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Loretta Dempsey", "Earl Dempsey"]


def test_as_a_judge_wrote_after_the_words_says_whose_they_are(nlp):
    text = (
        "Citizenship ruling\n\n"
        "A divided three-judge panel of the 10th U.S. Circuit Court of Appeals found that the "
        'state had a legitimate interest in "ensuring that only citizens choose the officials '
        'who govern," as Judge Lydia Fenwick wrote for the majority.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Lydia Fenwick"]


def test_one_who_rejected_the_words_after_them_did_not_say_them(nlp):
    text = (
        "Bus routes\n\n"
        "But Chloe Nakamura, who organised a petition against the cuts, said the figures were "
        "misleading.\n\n"
        '"Of course passengers went elsewhere," Ms Nakamura said. "It\'s a self-fulfilling '
        'prophecy."\n\n'
        "Councillor Margaret Ibbotson rejected that. She said passenger numbers had been "
        "falling for a decade."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Chloe Nakamura", "Chloe Nakamura"]


def test_one_who_said_in_a_relative_clause_is_the_he_that_follows(nlp):
    text = (
        "Police drama returns\n\n"
        'Her co-star Olumide Bakare said filming in February had been "brutal".\n\n'
        "The series was written by Gethin Pryor-Lloyd, a former crime reporter, who said much "
        'of the story had been inspired by cases he covered. He said he had been "wary" of '
        "making the police look too heroic."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Olumide Bakare", "Gethin Pryor-Lloyd"]


def test_a_question_right_after_asked_by_someone_is_the_askers(nlp):
    text = (
        "Recount\n\n"
        "Denise Whitlock, 61, who has been clerk since 2009, is up for re-election next year. "
        "Asked by a reporter, “Are you running again?” she laughed. “Ask me after I’ve slept "
        "for a week,” she said."
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["a reporter", "Denise Whitlock"]


def test_the_relative_given_an_age_is_the_mr_who_speaks_not_a_forebear(nlp):
    text = (
        "Family bakery closes after 90 years\n\n"
        "Brannigan's Bakery in Drumcarrow will bake its last loaf on Saturday.\n\n"
        "The bakery was opened in 1934 by Patrick Brannigan and is now run by his grandson, "
        "Eamon Brannigan, 58, and Eamon's daughter, Siobhan Brannigan, 31.\n\n"
        '"My grandfather kept this place going through the war," Mr Brannigan said.\n\n'
        "His daughter said she had spent months trying to find a way to keep going. "
        '"I went through every line of the accounts," she said.\n\n'
        "Siobhan said she had not decided what to do next. "
        '"Dad says I should go back to accountancy," she said.'
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == [
        "Eamon Brannigan",
        "Siobhan Brannigan",
        "Siobhan Brannigan",
    ]
    # ("Dad" is what she calls him, no name)
    people = [e.name for e in document.entities if e.label == "PERSON"]
    assert people == ["Eamon Brannigan", "Patrick Brannigan", "Siobhan Brannigan"]


def test_it_after_a_letter_from_someone_is_the_letters_writer(nlp):
    text = (
        "A factory in Wexley is to close with the loss of 340 jobs.\n\n"
        "Staff were told of the decision in a letter from the firm's European chief "
        "executive, Chen Weiming, which was handed out on Thursday.\n\n"
        '"Dear colleague," it began. "It is with real sadness that I write to tell you that '
        'we intend to close the bakery."'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == ["Chen Weiming", "Chen Weiming"]


def test_the_leader_is_not_the_opposition_leader(nlp):
    text = (
        'Council leader Harpreet Sandhu-Clarke said the authority had "no good options '
        'left".\n\n'
        "The Conservative opposition leader, Councillor Michael O'Hanlon, called the plan "
        '"reckless".\n\n'
        '"The leader talks about hard choices," he said.\n\n'
        'The leader said afterwards that the figure "includes statutory work".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Harpreet Sandhu-Clarke",
        "Michael O'Hanlon",
        "Michael O'Hanlon",
        "Harpreet Sandhu-Clarke",
    ]


def test_a_body_that_asked_someone_puts_the_questions_they_answer(nlp):
    text = (
        "Anjali Mehra-Lawson started Tillwise, a payments app for market traders, from her "
        "flat in Leicester in 2017.\n\n"
        "The BBC asked Mrs Mehra-Lawson about the hardest moments.\n\n"
        '"Was there a point when you thought it was over?"\n\n'
        '"In 2020, when the markets shut. Our revenue disappeared overnight."\n\n'
        '"What saved you?"\n\n'
        '"A bank loan, a lot of begging and the traders themselves."\n\n'
        '"It\'s not unusual for a British fintech to be bought by an American one." That was '
        "the view of another investor, Claire Donnelly of Greenbank Ventures, who turned down "
        "the chance to invest in 2022."
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == [
        "BBC",
        "Anjali Mehra-Lawson",
        "BBC",
        "Anjali Mehra-Lawson",
        "Claire Donnelly",
    ]
    people = [(e.name, e.roles) for e in document.entities if e.label == "PERSON"]
    assert people == [
        ("Anjali Mehra-Lawson", []),
        ("Claire Donnelly", ["of Greenbank Ventures"]),
    ]


def test_he_after_a_host_of_no_known_sex_is_the_guest_who_answered(nlp):
    text = (
        "The hospital's chief executive, Graham McKinnon, defended the decision on a "
        "regional television programme.\n\n"
        '"Are you abandoning this community?" host Dana Whitlock asked.\n\n'
        '"No. We\'re making sure there is still a hospital here in five years," McKinnon '
        "said.\n\n"
        '"People will die on that highway. You know that," Whitlock said.\n\n'
        '"I understand the fear," he said.'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Dana Whitlock",
        "Graham McKinnon",
        "Dana Whitlock",
        "Graham McKinnon",
    ]


def test_the_one_speaking_named_after_a_quotation_and_a_name_read_as_a_root(nlp):
    text = (
        "Attorney General Denise Faulkner-Ruiz holds a narrow lead over businessman Brock "
        "Tillerman in the race for governor.\n\n"
        "At a rally in Carver Falls on Tuesday night, Tillerman told about 700 supporters "
        'that the poll "doesn\'t scare me at all".\n\n'
        "\"I watched my paycheck shrink for three straight years. I'm voting for the guy who "
        "says he'll let me keep my money.\"\n\n"
        "The woman speaking was Linda Sorensen, 58, of Carver Falls, who drove 30 miles to "
        "attend with her teenage son.\n\n"
        "Faulkner-Ruiz, 51, spent Tuesday in Lindell County touring a shuttered textile mill, "
        "where she promised to expand a job-training tax credit. Asked about the poll, she "
        'said she had "never taken a lead for granted".'
    )
    assert [q.speaker for q in quotes_of(nlp, text)] == [
        "Brock Tillerman",
        "Linda Sorensen",
        "Denise Faulkner-Ruiz",
    ]


def test_an_honorific_of_no_known_sex_moves_no_one_to_an_aged_relative(nlp):
    text = (DATA / "synthetic" / "64A" / "articles" / "09-dog-attack-court.txt").read_text()
    people = {e.name: e for e in extract(text, nlp=nlp).entities if e.label == "PERSON"}
    assert [m.text for m in people["Bernadette Quigley"].mentions][:2] == [
        "Bernadette Quigley",
        "Quigley £",
    ]
    assert "Quigley" not in people


def test_he_going_on_in_the_same_paragraph_is_no_turn_of_the_other_party(nlp):
    path = DATA / "synthetic" / "70B" / "articles" / "01-kestrel-earnings.txt"
    quotes = {q.text: q.speaker for q in quotes_of(nlp, path.read_text())}
    assert quotes["They build some things themselves,"] == "Rajiv Malhotra"


def test_a_given_name_taken_for_a_body_and_an_estimate_pointing_back(nlp):
    text = (
        "OKLAHOMA CITY - On Thursday night, Kenzie and Brynn Albrecht finished the job "
        "together, and Bellmont State won its first national championship.\n\n"
        "Kenzie Albrecht, a senior right-hander, struck out 11 and allowed four hits.\n\n"
        "Her younger sister, Brynn, a sophomore catcher, drove in two runs. \"I've caught her "
        'since I was 8," Brynn said.\n\n'
        "Kenzie finished the season with 34 wins and was named the most outstanding player "
        "of the tournament.\n\n"
        '"She knows what I\'m going to throw before I do," she said of her sister.\n\n'
        "The Albrechts' parents watched from behind the dugout, with Kenzie's No. 22 on the "
        "left.\n\n"
        '"I\'d have to let go of four people, maybe five." That was the estimate of Giovanni '
        "Russo, who owns two diners in Grand Rapids."
    )
    document = extract(text, nlp=nlp)
    assert [q.speaker for q in document.quotes] == [
        "Brynn Albrecht",
        "Kenzie Albrecht",
        "Giovanni Russo",
    ]
    kenzie = next(e for e in document.entities if e.name == "Kenzie Albrecht")
    assert [m.text for m in kenzie.mentions] == ["Kenzie", "Kenzie Albrecht", "Kenzie", "Kenzie"]


def test_a_paragraph_going_on_from_a_cued_speakers_open_quotation_stays_theirs(nlp):
    path = DATA / "synthetic" / "84B" / "articles" / "10-senate-bank-hearing.txt"
    quotes = {q.text[:22]: q.speaker for q in quotes_of(nlp, path.read_text())}
    assert quotes["So my question to you,"] == "Thomas Greer"


def _speakers(nlp, text: str) -> list[str | None]:
    return [q.speaker for q in speech(quotes_of(nlp, text))]


def test_words_a_question_puts_back_to_a_minister_stay_their_first_speakers(nlp):
    text = (
        "Its secretary, Tom Beales, said the consent was \u201ca land grab at sea, plain and "
        "simple\u201d.\n\n"
        "Asked whether she accepted the fishermen\u2019s claim that the scheme was \u201ca land "
        "grab at sea\u201d, Ms Okonjo told BBC Radio Norfolk: \u201cNo, I don\u2019t.\u201d"
    )
    assert _speakers(nlp, text) == ["Tom Beales", "Tom Beales", "Okonjo"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Reports had suggested she had fallen out with co-presenter Jamie Kowalczyk.\n\n"
            "The show's executive producer said the team had known since the spring. "
            '"Sarah told us in April, and asked us to keep it quiet," she said.\n\n'
            "Sarah Mensah, who has been the show's executive producer since 2016, said Ms "
            'Whitlock had "set the tone".',
            "Sarah Mensah",
        ),
        (
            "Energy minister Harriet Okonjo said the decision was welcome.\n\n"
            "The project's lead engineer said the first foundations could be laid by 2027. "
            '"We have learned an awful lot from the earlier wind farms," she said.\n\n'
            "Sinéad Clarke, who has led the engineering team since 2019, said the turbines "
            "would be spaced apart.",
            "Sinéad Clarke",
        ),
    ],
)
def test_a_role_described_then_restated_beside_a_name_is_that_persons(nlp, text, expected):
    assert _speakers(nlp, text)[0] == expected


def _said_by(nlp, article: Path, words: str) -> str | None:
    """The speaker factx gives the quotation of ``article`` that opens with ``words``."""
    return next(q.speaker for q in quotes_of(nlp, article.read_text()) if q.text.startswith(words))


def test_a_constituency_parsed_as_the_subject_gives_way_to_its_member(nlp):
    article = DATA / "synthetic" / "86A" / "articles" / "06-kestrel-house-rent-strike.txt"
    assert _said_by(nlp, article, "a national disgrace") == "Hannah Obi-Walters"


def test_the_association_is_the_body_set_beside_that_noun_not_the_last_one_named(nlp):
    text = (
        "The 18-storey block is owned by Brightwell Homes, a housing association which "
        "manages about 14,000 properties.\n\n"
        "Brightwell Homes' director of property said the association had heard the "
        "residents.\n\n"
        "Gillian Ferris, who moved from Manchester City Council in January, said about "
        "£1.2m would be spent.\n\n"
        'In a letter sent to every household, the association said: "Rent arrears are a '
        'breach of your tenancy agreement."'
    )
    assert _speakers(nlp, text)[-1] == "Brightwell Homes"


def test_one_resident_set_beside_a_description_keeps_both(nlp):
    text = (
        "The block is owned by Brightwell Homes, a housing association.\n"
        "One resident, a mother of three who asked not to be named, said her youngest "
        "child had spent four nights in hospital with a chest infection this winter.\n"
        '"The walls in the baby\'s room go black every few weeks," she said.'
    )
    assert _speakers(nlp, text) == ["One resident, a mother of three"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tidal lagoon plan revived\n\n"
            "\u201cThis is the single biggest opportunity the Welsh coast has had in my "
            "lifetime.\u201d\n"
            "That was how Rhodri ap Dafydd, the Welsh Government\u2019s economy minister, "
            "described a revived plan for a tidal lagoon.",
            "Rhodri ap Dafydd",
        ),
        (
            "Councillors back demolition of mill\n\n"
            '"We have looked at every option for saving the whole building and none of them '
            'stacks up."\n\n'
            "That was the case put to the planning committee by the firm's planning "
            "consultant, Daniel Szymanski.",
            "Daniel Szymanski",
        ),
        (
            "School merger backed\n\n"
            '"We understand how strongly families feel about their local school."\n\n'
            "That was Dr Kwame Mensah-Boateng, the trust's chief executive, speaking at a "
            "packed public meeting on Tuesday evening.",
            "Kwame Mensah-Boateng",
        ),
    ],
)
def test_a_sentence_pointing_back_at_the_words_names_their_speaker(nlp, text, expected):
    assert _speakers(nlp, text) == [expected]


def test_words_someone_was_told_by_a_body_are_the_bodys(nlp):
    text = (
        "Developer Kestrel Quay Living wants to keep the mill's chimney.\n\n"
        "Ms Pennington said her family had offered to help, but had been told by the "
        'developer that the building was "beyond saving".'
    )
    assert _speakers(nlp, text) == ["Kestrel Quay Living"]


def test_he_after_a_passive_sentence_about_him_is_still_him(nlp):
    text = (
        "Bernard McCluskey, who served with the Scots Guards, arrived at Edinburgh Castle "
        "on Saturday. He was joined on the final leg by his granddaughter, Kirsty "
        "McCluskey, and his son, Alan.\n\n"
        "\u201cI kept telling myself it was just the next hill,\u201d he said."
    )
    assert _speakers(nlp, text) == ["Bernard McCluskey"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Welsh Government said the levy was modest.\n\n"
            "A visitor from Birmingham, sitting on the harbour wall with an ice cream, was "
            "unconcerned. \u201cTwo quid? I spend more than that on chips,\u201d he said.",
            "A visitor from Birmingham",
        ),
        (
            "The jury convicted him on Friday.\n\n"
            "Another juror said deliberations nearly deadlocked on the conspiracy charge "
            "against Michael Castellano.\n\n"
            '"There were three of us who wanted to convict him on that count," she said.',
            "Another juror",
        ),
    ],
)
def test_someone_unnamed_the_sentence_before_is_about_speaks_next(nlp, text, expected):
    assert _speakers(nlp, text) == [expected]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Brightwater Hotels, which owns 86 hotels across the UK and Ireland, has "
            "reported a 23% rise in annual profits.\n"
            "Pre-tax profit rose to £212.4m in the year to February.\n"
            "Average occupancy across the group was 81%.\n"
            'The firm said in a statement that demand had been "exceptionally strong".',
            "Brightwater Hotels",
        ),
        (
            "He is seeking damages from the podcast's host and its distributor, Lanternfish "
            "Audio.\n\n"
            "Lanternfish Audio has argued that the podcast is protected opinion. In a court "
            'filing last year, the company said the show "plainly signals to listeners that '
            'its host is speculating."',
            "Lanternfish Audio",
        ),
    ],
)
def test_the_company_is_the_body_a_recent_sentence_was_about(nlp, text, expected):
    assert _speakers(nlp, text)[-1] == expected


def test_the_company_is_a_body_the_model_missed_named_with_which(nlp):
    article = DATA / "synthetic" / "86A" / "articles" / "10-rivers-microplastics-study.txt"
    assert _said_by(nlp, article, "The most effective way") == "Northern Dales Water"


def test_a_firm_named_long_before_is_not_the_council(nlp):
    text = (
        "The Lyric Playhouse could close within a year after the local council voted to cut "
        "its grant, the theatre's artistic director has warned.\n"
        "Lucy Park said the grant made up 62% of the venue's funding.\n"
        "Pontgarreg County Borough Council approved the cut on Wednesday night.\n"
        "Council leader Graham Street said no councillor had wanted to reduce support.\n"
        '"We are being asked to choose between the theatre and social care," Mr Street said.\n'
        'In a statement, the council said it would "continue to work with the Playhouse".'
    )
    assert _speakers(nlp, text)[-1] != "Lyric Playhouse"


def test_i_in_a_transcripts_turn_is_the_one_whose_turn_it_is(nlp):
    text = (
        "Oona Delahunt spoke to our reviewer.\n\n"
        "ABERNATHY-KWAN: Ruth is not a nice person. Was that the appeal?\n\n"
        "DELAHUNT: Completely. I read it on a plane and called my agent from the gate and "
        "said, \u201cIf someone else gets this, I'm leaving the business.\u201d"
    )
    assert _speakers(nlp, text) == ["Oona Delahunt"]


def test_someone_who_read_a_novel_reports_nothing(nlp):
    text = (
        "Another parent, Lakshmi Iyer-Donovan, said her son had read the novel last year "
        'and that it had prompted "the best conversation we\'ve ever had about consent."'
    )
    assert _speakers(nlp, text) == ["Lakshmi Iyer-Donovan"]


def test_a_headlines_words_go_to_the_first_to_say_them_below(nlp):
    text = (
        'Arts council cuts funding to theatre, citing "divisive" season\n\n'
        "The council's grants committee wrote in a letter that the season was "
        '"divisive", according to a copy reviewed by the Ledger.\n\n'
        '"They didn\'t tell us which part was divisive," Kwabena Asante-Whitcombe said.'
    )
    assert _speakers(nlp, text)[0] == "The council's grants committee"


def test_a_titled_name_set_off_after_any_noun_is_its_subject(nlp):
    text = (
        "A relief package has been stuck in the Senate since early June. Its chief "
        "sponsor, Sen. Ruth Andersen-Maki (D-Minn.), said Tuesday that the delay was "
        '"costing families their farms."'
    )
    assert _speakers(nlp, text) == ["Ruth Andersen-Maki"]


def test_a_reporter_who_asked_follows_the_answer_up(nlp):
    article = DATA / "synthetic" / "87B" / "articles" / "02-state-department-envoy.txt"
    assert _said_by(nlp, article, "Is that a yes?") == "one reporter"


def test_a_coach_who_called_a_player_something_is_not_named_so(nlp):
    text = (
        "Head coach Earl Whitlock said he spoke with the quarterback on Sunday.\n\n"
        "The Condors now turn to Jake Moritz, a 24-year-old backup.\n\n"
        'The coach called Moritz "a gamer" and said the room would be open to competition.'
    )
    assert _speakers(nlp, text) == ["Earl Whitlock"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Journalist Omar Siddiqui is a correspondent for the Chicago-based Lakeshore News "
            "Service.\n\n"
            '"Hannah has been patient for 211 days," her father, Jonathan Weiss, said.\n\n'
            'Lakeshore News Service said it was grateful. "We are thankful for everything the '
            'administration has done," the news service said in a statement.',
            "Lakeshore News Service",
        ),
        (
            "Organisers cancelled the festival's last day.\n\n"
            "The band due to headline on Sunday night, The Lantern Keepers, said they were "
            '"heartbroken" not to play.',
            "Lantern Keepers",
        ),
    ],
)
def test_a_body_described_by_the_last_words_of_its_name_or_set_after_its_kind_speaks(
    nlp, text, expected
):
    assert _speakers(nlp, text)[-1] == expected


def test_a_presenter_turning_an_answer_back_takes_turns_with_the_minister(nlp):
    article = DATA / "synthetic" / "68A" / "articles" / "06-minister-gp-pledge.txt"
    found = [(q.text[:20], q.speaker) for q in speech(quotes_of(nlp, article.read_text()))]
    assert found[3:7] == [
        ("That's not the same ", "Martin Haldane"),
        ("It is a commitment, ", "Sunita Dhillon"),
        ("So it's not a promis", "Martin Haldane"),
        ("It is a commitment b", "Sunita Dhillon"),
    ]


def test_the_second_of_two_unnamed_aides_speaks_as_described(nlp):
    text = (
        "Two Republican aides who support neither candidate, speaking on the condition of "
        "anonymity, said the race was close. One of them said Kowalczyk had commitments "
        'from "somewhere north of 100" members.\n\n'
        "Rep. Shannon Kowalczyk has led the whip count for weeks.\n\n"
        '"It\'s going to come down to the freshmen," the second aide said.'
    )
    assert _speakers(nlp, text)[-1] == "the second aide"


def test_a_nationality_before_a_bodys_letters_names_the_body(nlp):
    text = (
        "Dunmore Thistle manager Kenny McAllister has been charged by the Scottish FA after "
        "describing a referee's performance as a disgrace.\n\n"
        'The Scottish FA said in a statement that his comments had "called into question '
        'the integrity of a match official".'
    )
    assert _speakers(nlp, text) == ["Scottish FA"]


def test_a_role_the_tagger_took_for_a_verb_still_titles_the_name_after_it(nlp):
    article = DATA / "synthetic" / "75A" / "articles" / "01-ravensmoor-trophy-exit.txt"
    assert _said_by(nlp, article, "He would have loved tonight") == "Emeka Adeyemi-Cole"


def test_the_firm_is_not_a_town_the_model_took_for_a_body(nlp):
    article = DATA / "synthetic" / "81A" / "articles" / "02-marches-rail-cuts.txt"
    assert _said_by(nlp, article, "We have 37 drivers in training") == "Western Borders Trains"


def test_a_member_after_a_party_is_no_national_body(nlp):
    text = (
        'A senior Tory MP has criticised agriculture department Defra\'s "lackadaisical" '
        "approach to planning for a future outbreak."
    )
    assert _speakers(nlp, text) == ["A senior Tory MP"]


def test_a_reply_received_is_from_whoever_was_texted(nlp):
    text = (
        "Coach Gene Castellano was fired on Saturday.\n\n"
        "Darnell Winter, the point guard, said he had texted the elder Castellano on Sunday "
        'morning and received a one-word reply: "Compete."'
    )
    assert _speakers(nlp, text) == ["Gene Castellano"]


def test_a_reply_received_from_someone_is_theirs(nlp):
    text = (
        "Coach Gene Castellano was fired on Saturday. Darnell Winter, the point guard, said "
        'he received a one-word reply from Castellano: "Compete."'
    )
    assert _speakers(nlp, text) == ["Gene Castellano"]


def test_a_reply_from_no_one_named_stays_with_the_reporter(nlp):
    text = 'Coach Gene Castellano was fired. Darnell Winter said he got a reply: "Compete."'
    assert _speakers(nlp, text) == ["Darnell Winter"]


def test_a_word_a_source_says_someone_felt_is_the_sources(nlp):
    text = (
        "Devonte Ashby-Grant, 29, is the quarterback. A source close to the player said "
        'Ashby-Grant had felt "disrespected" by the opening offer.'
    )
    assert _speakers(nlp, text) == ["A source close to the player"]


def test_a_word_an_agent_says_his_client_felt_is_the_agents(nlp):
    text = (
        "Devonte Ashby-Grant, 29, is the quarterback. His agent, Mark Stone, said "
        'Ashby-Grant had felt "disrespected" by the opening offer.'
    )
    assert _speakers(nlp, text) == ["Mark Stone"]


def test_the_mayor_is_not_the_police_chief_a_question_is_put_to(nlp):
    text = (
        "Police chief Ada Adebayo-Lowry held a briefing.\n\n"
        'Q: Chief, the mayor said last month that the park was "the safest it has been in '
        'a decade." Do you stand by that?\n\n'
        "ADEBAYO-LOWRY: Mayor Greenleaf and I looked at the same numbers."
    )
    assert _speakers(nlp, text) == ["the mayor"]


def test_the_mayor_is_not_a_witness_quoted_before(nlp):
    text = (
        "Police chief Ada Adebayo-Lowry held a briefing.\n\n"
        'McALLISTER: One witness told our detectives, "somebody said it, and then it just '
        'started."\n\n'
        'Q: Chief, the mayor said last month that the park was "the safest it has been in '
        'a decade." Do you stand by that?'
    )
    assert _speakers(nlp, text) == ["One witness", "the mayor"]


def test_the_club_is_the_side_the_story_opens_with_not_its_opponent(nlp):
    text = (
        "Kilbrannan Athletic have sacked manager Gerry Doyle after Saturday's 4-1 home defeat "
        "by local rivals Portmore Rovers left them second from bottom of the Championship.\n\n"
        '"The board has decided that a change is needed," the club said in a statement.'
    )
    assert _speakers(nlp, text) == ["Kilbrannan Athletic"]


def test_the_club_is_the_one_last_named_as_the_sentences_subject(nlp):
    text = (
        "Kilbrannan Athletic lost 4-1 at home on Saturday.\n\n"
        "Portmore Rovers have since sacked their manager, Gerry Doyle.\n\n"
        '"The board has decided that a change is needed," the club said in a statement.'
    )
    assert _speakers(nlp, text) == ["Portmore Rovers"]


def test_he_after_a_question_a_japanese_woman_asked_is_the_man_it_asked(nlp):
    text = (
        "Keiko Hamada, a partner at Lindell & Shaw, said the board acted after Arjun Raman "
        "missed four safety reviews.\n\n"
        "Arjun Raman took the stand in the afternoon.\n\n"
        "Under cross-examination, Hamada asked whether he had skipped the safety reviews. "
        '"I skipped meetings," he said.'
    )
    assert _speakers(nlp, text) == ["Arjun Raman"]


def test_words_after_her_reply_came_are_hers(nlp):
    text = (
        "Secretary of State Bernadette O'Rourke ordered an audit. Pryce forwarded the message "
        "to O'Rourke within minutes. Her reply came just after 11 p.m.\n"
        '"Wendell, I hear you. Find me a version you can live with."'
    )
    assert _speakers(nlp, text) == ["Bernadette O'Rourke"]


def test_a_quoted_paragraph_is_the_newcomer_the_next_one_reports_speaking(nlp):
    text = (
        "Roughly 600 evacuees slept on cots.\n\n"
        '"I heard the wind screaming like a freight train, and then the windows just '
        'went."\n\n'
        "Delphine Abernathy-Cole, 58, spent the night in the hallway of her brick house "
        "with her husband, Marcus Cole. By then water had reached the porch, she said."
    )
    assert _speakers(nlp, text) == ["Delphine Abernathy-Cole"]


def test_a_quoted_paragraph_is_not_a_newcomer_the_next_one_only_describes(nlp):
    text = (
        "Roughly 600 evacuees slept on cots.\n\n"
        '"I heard the wind screaming like a freight train, and then the windows just '
        'went."\n\n'
        "Delphine Abernathy-Cole, 58, spent the night in the hallway of her brick house "
        "with her husband, Marcus Cole."
    )
    assert _speakers(nlp, text) == [None]


def test_a_quoted_paragraph_is_the_owner_the_next_one_introduces_and_reports(nlp):
    text = (
        "Sen. Bradley Fenwick called the report \u201ca flashing red light\u201d.\n\n"
        "\u201cI put a \u2018Now Hiring\u2019 sign in the window in March, and I got 40 "
        "applications in a week.\u201d\n\n"
        "Tom\u00e1s Ibarra owns two taquerias in Phoenix and employs 23 people. He said he had "
        "not laid anyone off."
    )
    assert _speakers(nlp, text) == ["Bradley Fenwick", "Tom\u00e1s Ibarra"]


def test_a_role_given_in_a_who_clause_names_its_holder_later(nlp):
    text = (
        "Eilidh Chisholm, who has been headteacher at Dalnaglas Primary for nine years, said "
        'the school was "the beating heart" of the glen. A spokeswoman for North Glens '
        "Council said no decision had been taken. The headteacher said she would not "
        'comment. "This is about the children," she said.'
    )
    assert _speakers(nlp, text) == ["Eilidh Chisholm", "Eilidh Chisholm"]


def test_words_an_unnamed_official_told_parents_are_the_officials(nlp):
    text = (
        "Yusuf Rahman chairs the parent council. He said a council official had told a "
        'meeting of parents in January that closure was "a done deal", a claim the council '
        "denies."
    )
    assert _speakers(nlp, text) == ["a council official"]


def test_the_teenager_is_the_one_young_person_named_far_back(nlp):
    article = DATA / "synthetic" / "89A" / "articles" / "09-teenage-striker-move.txt"
    assert _said_by(nlp, article, "I'll miss the boys") == "Jamie Cowie"


def test_the_force_is_the_one_police_body_named_paragraphs_before(nlp):
    article = DATA / "synthetic" / "90A" / "articles" / "06-wessex-vale-knife-crime.txt"
    assert _said_by(nlp, article, "This is simply not good enough") == "Wessex Vale Police"


def test_a_question_before_a_reply_is_the_named_asker_s(nlp):
    text = (
        "Funmilayo Adeyinka-Shaw won the prize. Her crewmate, Dorothy Kilbride, was in the "
        "audience.\n\n"
        "Asked on stage by the evening\u2019s host, the comedian Jess Ferreira, \u201cIs Dot in "
        "the book?\u201d, the winner replied: \u201cEvery good line in it is hers.\u201d"
    )
    assert _speakers(nlp, text)[0] == "Jess Ferreira"


def test_the_speaker_named_in_the_next_paragraph_owns_a_quoted_paragraph(nlp):
    text = (
        "The office said the recount found no discrepancies.\n\n"
        "\u201cI counted my own precinct\u2019s ballots on election night.\u201d\n\n"
        "The speaker, Eugene Park, 71, is a retired letter carrier."
    )
    assert _speakers(nlp, text) == ["Eugene Park"]


def test_the_older_of_two_of_one_surname_is_the_uncle(nlp):
    text = (
        "Michael Flanagan, 36, faces Tobi Adewale on Saturday. Flanagan said he was ready.\n\n"
        "Flanagan's trainer is his uncle, Seamus Flanagan.\n\n"
        '"Michael has had two hard fights in the last year," the older Flanagan told RTE '
        "Sport."
    )
    assert _speakers(nlp, text) == ["Seamus Flanagan"]


def test_a_bare_surname_used_before_a_relative_came_in_stays_with_the_first_named(nlp):
    article = DATA / "synthetic" / "70A" / "articles" / "02-okafor-castleford-move.txt"
    assert _said_by(nlp, article, "This is a dream for me") == "Chidi Okafor"
    assert _said_by(nlp, article, "When he was 12") == "Emeka Okafor"


def test_she_answering_a_question_is_the_woman_it_was_put_to(nlp):
    text = (
        "CDC Director Evelyn Nakamura-Price testified on Tuesday.\n\n"
        "Sen. Teresa Villanueva, who chaired the hearing, said her state had waited.\n\n"
        '"I want to know who is accountable," Villanueva said.\n\n'
        "Nakamura-Price acknowledged the delays.\n\n"
        "In a tense exchange, Sen. Brock Hadley pressed her on whether anyone had been "
        "disciplined.\n\n"
        '"Has a single person lost their job over this?" he asked.\n\n'
        '"Senator, personnel matters are handled under federal rules," she said.'
    )
    assert _speakers(nlp, text)[-1] == "Evelyn Nakamura-Price"


def test_a_question_shot_back_in_a_sentence_of_its_own_is_the_questioners(nlp):
    text = (
        "Sen. Thomas McAllister pressed Vivian Sato-Mercer on the company's ties.\n\n"
        '"No employee has access to user data," she told him.\n\n'
        '"Will you say that under oath?" McAllister shot back.\n\n'
        '"I am under oath, Senator."'
    )
    assert _speakers(nlp, text) == ["Vivian Sato-Mercer", "Thomas McAllister", "Vivian Sato-Mercer"]


def test_a_bare_question_after_a_paraphrased_answer_is_the_askers(nlp):
    text = (
        "Commissioner Ren\u00e9e Ostrowski-Grant appeared on the show.\n"
        "Host Everett Mbeki opened with the thefts.\n"
        '"Commissioner, what do I care about your shooting numbers?" Mbeki asked.\n'
        '"You should care a great deal," Ostrowski-Grant said. "But I hear you."\n'
        "She said the department had made 412 arrests since May.\n"
        '"And how many of those 412 are back on the street?"\n'
        '"Most of them," she said.'
    )
    assert _speakers(nlp, text)[-2:] == ["Everett Mbeki", "Ren\u00e9e Ostrowski-Grant"]


def test_a_town_club_that_has_sacked_its_manager_is_the_club_that_speaks(nlp):
    text = (
        "Kelsworth Town sack manager Dunne after eight straight defeats\n\n"
        "League One side Kelsworth Town have sacked manager Ciaran Dunne after a run of "
        "eight consecutive league defeats.\n\n"
        "The 44-year-old Irishman was appointed in May 2023.\n\n"
        'In a statement, the club said: "The board would like to thank Ciaran for his hard '
        'work."'
    )
    assert _speakers(nlp, text) == ["Kelsworth Town"]


def test_the_minister_far_down_is_the_one_the_lead_described_and_named_next(nlp):
    article = DATA / "synthetic" / "92A" / "articles" / "04-treasury-minister-today.txt"
    assert _said_by(nlp, article, "We have made our commitments") == "Oliver Penhallow"


def test_the_opposition_is_no_person_named_before(nlp):
    text = (
        "Economic Secretary to the Treasury Oliver Penhallow told the programme that the "
        'savings were small.\n\nBut the opposition said the plans were "austerity in all but '
        'name".'
    )
    assert _speakers(nlp, text) == ["the opposition"]


def test_a_verdict_pointed_to_is_the_player_named_after_his_role(nlp):
    text = (
        "Lee Ashworth said the squad was to blame.\n\n"
        '"He was let down by people above him and people around him."\n\n'
        "That was the verdict of the club's longest-serving player, defender Kwabena Asante, "
        "who has made more than 300 appearances."
    )
    assert _speakers(nlp, text) == ["Kwabena Asante"]


def test_words_the_defendant_told_someone_are_the_defendants(nlp):
    text = (
        "Desmond Fairclough-Reid, 61, admitted fraud by abuse of position at Castlebury "
        "Crown Court.\n\n"
        "Prosecuting, Simon Achebe-Lowry said the money had paid for a villa.\n\n"
        "He said that when a club accountant, Priya Desai, raised concerns, the defendant had "
        'told her the figures were "a rounding error".'
    )
    assert _speakers(nlp, text) == ["Desmond Fairclough-Reid"]


def test_words_someone_was_prompted_to_warn_are_theirs(nlp):
    text = (
        "Health officials in Tolland County confirmed seven new measles cases on Monday, "
        "prompting the county\u2019s top doctor to warn that the virus was \u201cmoving faster "
        "than we are.\u201d\n\n"
        "Dr. Oluwaseun Adeyemi, the county health authority, said 19 of the 23 patients were "
        "children."
    )
    assert _speakers(nlp, text) == ["Oluwaseun Adeyemi"]


def test_who_after_a_senators_bracketed_state_is_the_senator(nlp):
    text = (
        "Among the committee's opponents was Sen. Lyle Dunmore (R-Wyo.), who called the "
        'price-justification provision "price controls by another name."'
    )
    assert _speakers(nlp, text) == ["Lyle Dunmore"]


def test_a_body_tagged_a_building_in_the_body_is_still_the_carrier_that_spoke(nlp):
    article = DATA / "synthetic" / "64B" / "articles" / "04-airline-meltdown.txt"
    assert _said_by(nlp, article, "We are deeply sorry") == "Skyway Air"


def test_a_clause_before_a_semicolon_keeps_its_own_subject(nlp):
    text = (
        "Yusuf Haddad made the film. A group of local pastors called the film \u201cmocking "
        "and cruel\u201d in a letter to the festival\u2019s board; its director, Yusuf Haddad, "
        "has said the film was made with the congregation\u2019s full cooperation."
    )
    assert _speakers(nlp, text) == ["A group of local pastors"]


def test_she_after_one_resident_paused_is_that_resident(nlp):
    text = (
        'His wife, Marisol Carrasco, held their son on her hip. She said: "We lost the '
        'house."\n\n'
        "Outside the church, one resident paused while sweeping glass from the parking lot."
        '\n\n"This town has been here since 1902. We will be here after this, too," she said.'
    )
    assert _speakers(nlp, text)[-1] == "one resident"


def test_a_participle_after_an_object_relative_clause_goes_with_the_main_clause(nlp):
    text = (
        "On trade, Novak defended the 25% tariff on imported steel that Marchetti voted "
        "against, calling it \u201cthe best thing to happen to the Mon Valley since the "
        "1970s.\u201d"
    )
    assert _speakers(nlp, text) == ["Novak"]


def test_she_after_someone_told_her_something_is_the_one_told(nlp):
    text = (
        "Ms Wells said voters had repeatedly raised the floods.\n"
        "She said one voter had told her on the doorstep that \u201cnobody from Westminster "
        "has been here since the water went down\u201d.\n"
        "\u201cThat stayed with me,\u201d she said."
    )
    assert _speakers(nlp, text) == ["one voter", "Wells"]


def test_words_a_documents_relative_clause_says_are_its_owners_not_the_critics(nlp):
    text = (
        "The Eastbrook Police Department released the footage on Monday. Lawyer Ade Bankole "
        "called the department\u2019s initial statement, which said the officer had "
        "\u201cperceived a threat,\u201d a \u201cfiction.\u201d"
    )
    assert _speakers(nlp, text) == ["Eastbrook Police Department", "Ade Bankole"]


def test_a_sentence_saying_that_was_how_someone_described_it_names_the_speaker(nlp):
    text = (
        '"We found out from a press release like everyone else."\n\n'
        "That was how Delphine Arceneaux, a courts reporter who chairs the Ledger's "
        "newsroom guild, described learning of the cuts. Arceneaux, 34, has worked at the "
        "paper for nine years."
    )
    assert _speakers(nlp, text) == ["Delphine Arceneaux"]


def test_which_after_a_quoted_title_is_the_thing_titled(nlp):
    text = (
        'Staffing fell, according to a report by the Carrow Institute titled "Harvest '
        'Season," which described the strategy as "buy, strip and sell."'
    )
    assert _speakers(nlp, text) == ["Carrow Institute"]


def test_what_an_investigation_found_in_a_letter_is_the_letters_writers(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "05-coach-suspended-son.txt"
    assert _said_by(nlp, article, "showed clear signs") == "Lorraine Abernathy-Cole"


def test_what_an_investigation_found_in_a_bodys_statement_is_the_bodys(nlp):
    text = (
        "The Central Hockey Federation on Monday suspended forward Cian O'Driscoll. The "
        "league said in a statement that the post was baseless and that an investigation "
        'had found "no evidence whatsoever" to support it.'
    )
    assert _speakers(nlp, text) == ["Central Hockey Federation"]


def test_adding_after_a_relative_clause_of_writing_is_the_writers(nlp):
    text = (
        "The complaint quotes an internal message in which a product manager at the company "
        "wrote that a redesign of the cancellation flow had reduced cancellations by 23%, "
        'adding: "Friction is our friend." The complaint does not name the product manager.'
    )
    assert _speakers(nlp, text) == ["a product manager at the company"]


def test_that_was_a_named_person_after_a_quotation_is_its_speaker(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "10-bello-twins-title.txt"
    assert _said_by(nlp, article, "We had a plan for Zainab") == "Dariusz Nowicki"
    assert _said_by(nlp, article, "Every time we doubled") == "Dariusz Nowicki"


def test_the_statement_of_the_city_is_the_citys_not_the_last_body_named(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "11-eastbrook-armory-shelter.txt"
    assert _said_by(nlp, article, "No one will be housed") == "The city"


def test_a_post_on_someones_account_is_theirs(nlp):
    article = DATA / "synthetic" / "94B" / "articles" / "13-ironmen-suspension.txt"
    assert _said_by(nlp, article, "Ref had money") == "Cian O'Driscoll"


def test_he_after_a_named_reporter_is_not_a_topic_of_an_earlier_report(nlp):
    text = (
        "The Ironmen are four points out of a playoff spot. Zielinski said he would move "
        "Padraig O'Driscoll to the wing for some shifts.\n"
        "Padraig O'Driscoll said his brother would spend the suspension working out.\n"
        '"He\'ll be in the gym every day," he said.'
    )
    assert _speakers(nlp, text) == ["Padraig O'Driscoll"]
    article = DATA / "synthetic" / "94B" / "articles" / "13-ironmen-suspension.txt"
    assert _said_by(nlp, article, "When he comes back") == "Padraig O'Driscoll"


def test_a_passive_description_with_by_hung_from_the_words_has_its_describer(nlp):
    text = (
        "Plans to introduce household water charges in Northern Ireland have been branded "
        "\u201ca tax on the kitchen tap\u201d by opposition MLAs, as the Stormont executive "
        "prepares to publish its draft budget."
    )
    assert _speakers(nlp, text) == ["opposition MLAs"]


def test_a_charge_the_next_sentence_says_someone_made_is_theirs(nlp):
    article = DATA / "synthetic" / "94A" / "articles" / "02-holyrood-ferries.txt"
    assert _said_by(nlp, article, "sailing blind") == "Ewan Strand"
    assert _said_by(nlp, article, "let down again") == "Ewan Strand"


def test_the_words_were_those_of_a_role_set_beside_a_name(nlp):
    article = DATA / "synthetic" / "94A" / "articles" / "03-rail-strike.txt"
    assert _said_by(nlp, article, "There is no safety case") == "Morven Gallacher"


def test_he_added_goes_on_from_the_last_named_reporter_past_people_only_told_of(nlp):
    article = DATA / "synthetic" / "94A" / "articles" / "12-fermanagh-flooding.txt"
    assert _said_by(nlp, article, "He keeps telling me") == "Seamus McGurn-Maguire"


def test_according_to_a_report_set_off_with_its_publication_date_is_the_cue(nlp):
    text = (
        "Millbrook Academy was inspected over two days in January by Ofsted.\n\n"
        'According to the report, published on Tuesday, leaders had "not acted quickly '
        'enough" to tackle disruption.'
    )
    assert [q.cue for q in speech(quotes_of(nlp, text))] == ["according to"]


def test_what_people_felt_in_what_inspectors_found_is_the_inspectors_words(nlp):
    text = (
        "A secondary school has been rated inadequate by Ofsted after inspectors found some "
        'pupils felt "unsafe" in corridors and at lunchtime.'
    )
    assert _speakers(nlp, text) == ["inspectors"]


def test_a_role_parsed_as_a_second_subject_still_describes_the_name(nlp):
    article = DATA / "synthetic" / "96A" / "articles" / "09-village-schools.txt"
    assert _said_by(nlp, article, "We're not a failing school") == "Rebecca Thornhill"


def test_a_bare_surname_owning_a_relatives_noun_is_not_that_relative(nlp):
    article = DATA / "synthetic" / "96A" / "articles" / "14-big-stage-final.txt"
    assert _said_by(nlp, article, "Honestly? A new boiler") == "Shauna Devlin"


def test_a_bodys_name_with_a_plural_owner_inside_is_whole(nlp):
    text = (
        "Not everyone is convinced. The Scottish Tenant Farmers' Forum said in a statement "
        'that tenants could lose access to grazing "without a penny of compensation".'
    )
    assert _speakers(nlp, text) == ["Scottish Tenant Farmers' Forum"]


def test_what_a_thing_is_said_to_call_people_is_in_their_words(nlp):
    text = (
        "Residents of a housing estate in Coldharbour Bridge have condemned a documentary "
        'series about their community, saying it portrays them as "scroungers and criminals".'
    )
    assert _speakers(nlp, text) == ["Residents of a housing estate in Coldharbour Bridge"]


def test_a_verb_after_a_long_apposition_left_hanging_has_the_named_subject(nlp):
    text = (
        "The Holloway campaign seized on the numbers. Its manager, Brendan McAteer, a former "
        "aide to two Arizona governors who ran the state Republican Party's field operation in "
        'the last midterm cycle and now oversees a staff of about 90, called the poll "the '
        "best news we've had all summer\" and said the campaign would add 40 paid organizers."
    )
    assert _speakers(nlp, text) == ["Brendan McAteer"]


def test_bare_turns_after_an_announced_exchange_alternate_from_the_questioner(nlp):
    article = DATA / "synthetic" / "88A" / "articles" / "07-inchmurran-ferries.txt"
    assert _said_by(nlp, article, "Minister, islanders were told") == "Morag Lindsay"
    assert _said_by(nlp, article, "I understand the frustration") == "Kevin Chua"
    assert _said_by(nlp, article, "So you can't guarantee") == "Morag Lindsay"
    # the lead's minister is the one the exchange then questions
    assert _said_by(nlp, article, "unacceptable") == "Kevin Chua"


def test_mr_and_mrs_with_one_surname_are_the_couple(nlp):
    text = (
        "Leah's mother, Deborah Ashworth, and her father, Martin Ashworth, attended.\n\n"
        "In a statement read outside court by the family's solicitor, Mr and Mrs Ashworth "
        'said:\n\n"No family should ever have to go through this."'
    )
    assert _speakers(nlp, text) == ["Mr and Mrs Ashworth"]


def test_words_quoted_inside_an_unquoted_transcript_turn_are_the_turns(nlp):
    text = (
        "Dwayne McAllister spoke to Ron Colquitt on KMOV.\n\n"
        "COLQUITT: So is that a yes or a no?\n\n"
        'McALLISTER: It is a "let\'s see the numbers." I am not going to promise anything.\n'
    )
    quote = speech(quotes_of(nlp, text))[0]
    assert (quote.speaker, quote.cue) == ("Dwayne McAllister", "McALLISTER:")


def test_a_name_after_the_datelines_dash_is_no_part_of_it(nlp):
    text = (
        "PITTSBURGH \u2014 Sen. Evelyn Marchetti (D-Pa.) and her Republican challenger, former "
        'steel executive Grant Novak, sparred over tariffs. "That is wrong," the senator said.'
    )
    assert _speakers(nlp, text) == ["Evelyn Marchetti"]


def test_the_one_given_time_to_respond_answers(nlp):
    article = DATA / "synthetic" / "89B" / "articles" / "06-pennsylvania-senate-debate.txt"
    assert _said_by(nlp, article, "Somebody on his team") == "Evelyn Marchetti"


def test_a_unions_name_of_two_plural_owners_is_whole(nlp):
    text = (
        "The Bakers' and Allied Workers' Union said it would \"fight this closure every step "
        'of the way" and demanded that the company open its books.'
    )
    assert _speakers(nlp, text) == ["Bakers' and Allied Workers' Union"]


def test_people_described_in_the_plural_say_their_own_words(nlp):
    text = (
        "Ms Obi put it to him that several council leaders had described that flexibility "
        'as "a tax rise by the back door".'
    )
    assert _speakers(nlp, text) == ["several council leaders"]


def test_he_said_after_his_report_of_an_unnamed_teller_is_the_reporter(nlp):
    article = DATA / "synthetic" / "89A" / "articles" / "06-dalnaglas-school-closure.txt"
    assert _said_by(nlp, article, "One of the officers actually") == "Yusuf Rahman"


def test_she_said_after_an_interviewer_asked_about_something_is_the_guest(nlp):
    article = DATA / "synthetic" / "79B" / "articles" / "10-castillo-sunday-interview.txt"
    assert _said_by(nlp, article, "Dwight and I") == "Rosa Castillo"


def test_he_said_after_a_hosts_remark_about_someone_is_that_person(nlp):
    text = (
        "Sen. Everett Whitcombe appeared on the show with anchor Dana Kowalski-Reid.\n\n"
        "The anchor noted that Whitcombe had voted for a similar measure during his first "
        'term. "Things change," he said with a shrug.'
    )
    assert _speakers(nlp, text) == ["Everett Whitcombe"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tory leader Michael Howard, asked about Mr Livingstone's remark by reporters, said "
            'it was important to be civil. "It\'s particularly important," he said.',
            "Michael Howard",
        ),
        (
            "McGuinness said students planned to charter buses. Salgado, asked about the plan "
            "after the vote, said she supported it.\n\n\u201cIf they fill a bus, I\u2019ll be "
            "on it,\u201d she said.",
            "Salgado",
        ),
    ],
)
def test_one_asked_about_something_is_no_asker_passed_over(nlp, text, expected):
    assert _speakers(nlp, text)[-1] == expected


def test_he_said_after_a_named_report_of_his_own_sentence_is_that_reporter(nlp):
    article = DATA / "synthetic" / "80B" / "articles" / "09-church-shelter-appeal.txt"
    assert _said_by(nlp, article, "roughly what it would cost") == "Imran Siddiqui"


def test_he_said_after_a_named_subjects_non_report_is_not_bound_to_that_name(nlp):
    text = (
        "Sculthorpe also called on the authorities to look at the number of games. Sean Long, "
        "Sculthorpe's Saints and Lions team-mate, has expressed doubts about his international "
        "future \"I think Sean's situation is to do with the sheer number of games we're "
        'playing," he said.'
    )
    assert _speakers(nlp, text)[-1] == "Sculthorpe"


def test_a_passive_whose_agent_is_the_quoted_words_gives_way_to_the_report(nlp):
    text = (
        "Oduya then played a clip of Sen. Franklin Osei (R-Ohio), who said on the Senate floor "
        'last week that the rules had been written "by people who have never been inside a '
        'factory."'
    )
    assert _speakers(nlp, text) == ["Franklin Osei"]


def test_a_question_put_while_speaking_to_a_reporter_is_the_reporters(nlp):
    text = (
        "Speaking to BBC Two's touchline reporter Leah Osei at the final whistle, Rosa Delgado "
        'was asked: "What did you say to them at half-time?"\n\n'
        '"Honestly, not much," she replied.'
    )
    assert _speakers(nlp, text) == ["Leah Osei", "Rosa Delgado"]


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The National Dairy Producers Federation, which represents farm owners, said in a "
            'statement after the broadcast that its members "have cooperated at every step" '
            "with public health "
            'officials and called for "federal dollars, not federal mandates."',
            "National Dairy Producers Federation",
        ),
        (
            "The Eastbrook Police Benevolent Association, which represents the city\u2019s "
            "officers, said in a statement that the officer \u201cfollowed his training\u201d "
            "and urged the public \u201cnot to rush to judgment based on a few seconds of "
            "video.\u201d",
            "Eastbrook Police Benevolent Association",
        ),
    ],
)
def test_an_appeal_joined_to_a_quoted_report_is_the_reporters(nlp, text, expected):
    assert _speakers(nlp, text)[-1] == expected


def test_a_describers_by_hung_from_a_time_phrase_is_the_agent(nlp):
    text = (
        "The pair fell out in 2010, midway through a tour of North America, after what was "
        'described at the time by the band\'s record label as "creative differences".'
    )
    assert _speakers(nlp, text) == ["the band's record label"]


def test_a_quoted_paragraph_after_a_cued_one_runs_on_past_a_newcomer_after_it(nlp):
    article = DATA / "synthetic" / "97A" / "articles" / "10-culverton-solar-farm-appeal.txt"
    assert _said_by(nlp, article, "This is a good scheme") == "Faisal Al-Mansouri"


def test_she_after_an_office_as_the_subject_just_before_is_its_holder(nlp):
    article = DATA / "synthetic" / "97B" / "articles" / "01-medicaid-budget-standoff.txt"
    assert _said_by(nlp, article, "I'll keep them here") == "Elena Marquez-Whitfield"


def test_the_statement_said_is_whoever_issued_the_statement_just_before(nlp):
    text = (
        "Nurses at Hillcrest Medical Center voted to authorize a strike. The union must "
        "give the 420-bed hospital 10 days\u2019 notice before striking.\n\n"
        "In a statement issued through spokeswoman Dana Ruiz, the hospital said "
        "it was \u201cdisappointed\u201d by the result.\n\n"
        "\u201cWe share our nurses\u2019 commitment to patient safety,\u201d the statement "
        "said.\n"
    )
    speakers = _speakers(nlp, text)
    assert speakers[-1] == speakers[-2] != "the statement"


def test_a_headlines_state_office_is_the_bodys_titled_holder(nlp):
    text = (
        'Missouri governor says measles outbreak "not yet contained"\n\n'
        "Gov. Ruth Miller said Monday that a measles outbreak had grown to 47 cases, and she "
        "urged parents to check their children's records.\n"
    )
    assert _speakers(nlp, text) == ["Ruth Miller"]


def test_a_name_parsed_as_a_modifier_of_its_verb_is_the_subject_that_introduces_words(nlp):
    article = DATA / "synthetic" / "99B" / "articles" / "11-tolliver-water-interview.txt"
    assert _said_by(nlp, article, "If the Legislature") == "Bryce Tolliver"
    assert _said_by(nlp, article, "But nobody has sent me") == "Bryce Tolliver"


def test_an_appositive_whose_closing_comma_the_parser_took_in_still_gives_the_role(nlp):
    text = (
        "Kwame Asante-Boateng, a meteorologist at the National Weather Service office in "
        "Lake Charles, La., told reporters the storm was slow.\n\n"
        "Many people were leaving. Some were not.\n\n"
        "Asante-Boateng urged people to reconsider. \u201cPeople who say they\u2019ll be fine "
        "are the people we end up pulling off roofs,\u201d the meteorologist said.\n"
    )
    assert _speakers(nlp, text) == ["Kwame Asante-Boateng"]


def test_words_someone_refers_to_a_thing_as_are_theirs_inside_a_report(nlp):
    text = (
        "Prosecutors said recorded calls showed Anthony Scarpelli referring to the payments "
        'as "the tax."'
    )
    assert _speakers(nlp, text) == ["Anthony Scarpelli"]


def test_a_headlines_office_initials_are_the_bodys_office_holder(nlp):
    text = (
        'PM says Britain "will not blink"\n\n'
        "Prime Minister Tony Blair said on Monday that Britain would not blink.\n"
    )
    assert _speakers(nlp, text) == ["Tony Blair"]


def test_turns_of_an_announced_exchange_alternate_past_cued_ones(nlp):
    text = (
        "Anil Banerjee, the policing minister, was questioned about the figures by presenter "
        "Rachel Ambrose on BBC Radio 4's Today programme.\n\n"
        "The exchange continued:\n\n"
        '"Minister, three minutes longer. How is that winning?" Ms Ambrose asked.\n\n'
        '"Because the trend in the last six months is down," Mr Banerjee replied.\n\n'
        '"But 31 out of 43 forces are slower than they were in 2019."\n\n'
        '"Some forces cover huge rural areas."\n'
    )
    assert _speakers(nlp, text) == [
        "Rachel Ambrose",
        "Anil Banerjee",
        "Rachel Ambrose",
        "Anil Banerjee",
    ]


def test_words_someone_estimated_are_theirs(nlp):
    text = (
        "Lt. Gen. Robert Szymanski said the brigade would be replaced by a smaller task force "
        "including a Patriot detachment. He estimated the new force would be \u201ctwo to three "
        "times\u201d more capable."
    )
    assert _speakers(nlp, text) == ["Robert Szymanski"]


def test_he_said_as_an_aside_is_the_unnamed_subject_of_its_sentence(nlp):
    text = (
        "Another speaker, who identified herself only as a grandmother, drew the loudest "
        "applause. \u201cThese schools hold the neighborhoods together,\u201d she said.\n"
        "One father, holding a toddler on his hip, asked why the board had paid a consultant "
        "$85,000 for a study that, he said, \u201ctold us what we already knew.\u201d\n"
    )
    assert _speakers(nlp, text)[-1] == "One father"


def test_a_quoted_phrase_of_manner_after_an_inner_verbs_object_is_the_reporters(nlp):
    article = DATA / "synthetic" / "100B" / "articles" / "07-burn-pit-claims-ruling.txt"
    assert _said_by(nlp, article, "with an eye on") == "Rachel Nakamura-Stone"


def test_a_quoted_phrase_of_manner_under_the_speakers_own_verb_keeps_its_cue(nlp):
    text = (
        "Analysts expect cuts at the brokerage unit. Looking ahead, Mr Cherkasky forecast "
        'profitable growth for the year ahead "with an operating margin in the upper-teens, '
        'and with the opportunity for further margin expansion". Meanwhile, shares rose.'
    )
    assert [(q.speaker, q.cue) for q in quotes_of(nlp, text)] == [("Cherkasky", "forecast")]


def test_a_stand_in_speaker_is_described_by_what_they_gave_themselves_as(nlp):
    article = DATA / "synthetic" / "100B" / "articles" / "02-dunmore-school-closings.txt"
    assert _said_by(nlp, article, "These schools are the last") == (
        "a grandmother of four Ridgeview students"
    )


def test_a_finance_secretary_is_not_the_first_minister(nlp):
    text = (
        "Tax rise defended\n\n"
        "Finance Secretary Kenneth Murdoch told MSPs the change would raise about £140m.\n\n"
        '"This is a budget built for the long term," Mr Murdoch said.\n\n'
        "Speaking at first minister's questions the following day, the first minister said "
        'she made "no apology" for asking those on higher incomes to pay more.\n'
    )
    assert _speakers(nlp, text) == ["Kenneth Murdoch", "the first minister"]


def test_the_first_minister_is_the_name_opening_the_paragraph_after_her_words(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "02-holyrood-budget-tax-rise.txt"
    assert _said_by(nlp, article, "no apology") == "Morag Keir"


def test_one_brought_in_unnamed_who_describes_something_speaks_the_words_after(nlp):
    text = (
        "Ambulance staff vote for strike\n\n"
        "Paramedics have voted to strike, the union said. Its organiser Iain Corstorphine "
        'said: "We\'ve had meetings."\n\n'
        '"Mr Dunsmore knows you can\'t guarantee a break," he said.\n\n'
        "The service handled more than 780,000 emergency calls last year.\n\n"
        "One paramedic in Glasgow, who asked not to be named, described a typical week.\n\n"
        '"Last week I did a 12-hour shift that turned into 15. I got home and came back in.'
        "\n\n"
        '"I love this job. But I\'ve got two kids I barely see."\n'
    )
    assert _speakers(nlp, text)[-2:] == ["One paramedic", "One paramedic"]


def test_he_said_after_one_brought_in_unnamed_who_said_something_is_that_one(nlp):
    text = (
        "Invercarron sack manager Lawrie\n\n"
        "Invercarron Athletic have sacked manager Derek Lawrie after 11 games without a "
        "win.\n\n"
        'Lawrie told reporters: "I\'ve never quit anything in my life."\n\n'
        "One season-ticket holder, speaking outside the club shop on Sunday, said the "
        'sacking was "overdue".\n\n'
        '"We\'ve been watching the same mistakes since August," he said.\n\n'
        'One of her former clubmates at Strathcairn Harriers said the mood was "grim".\n\n'
        '"Everybody\'s in shock," she said.\n'
    )
    assert _speakers(nlp, text)[1:] == [
        "One season-ticket holder",
        "One season-ticket holder",
        "One of her former clubmates at Strathcairn Harriers",
        "One of her former clubmates at Strathcairn Harriers",
    ]


def test_a_role_is_the_one_an_appositive_later_gives_it_not_the_last_person_named(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "10-ardmhor-hospital-beds.txt"
    assert _said_by(nlp, article, "a death sentence") == "Eilidh MacRae"


def test_a_described_speaker_is_the_name_opening_the_paragraph_after_their_words(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "08-pentrefelin-administration.txt"
    assert _said_by(nlp, article, "They’re young lads") == "Dylan Pritchard"


def test_one_of_them_is_described_by_what_picks_them_out(nlp):
    text = (
        "Two people familiar with the committee's work, who spoke on condition of anonymity, "
        "said the panel had issued subpoenas. One of them said the committee was "
        '"moving faster than usual."'
    )
    assert _speakers(nlp, text) == ["One of the people familiar with the committee's work"]


def test_she_said_after_someones_daughter_brought_in_unnamed_is_that_daughter(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "01-glan-morfa-ambulance-waits.txt"
    assert _said_by(nlp, article, "The crew were wonderful") == "One patient's daughter"


def test_the_club_is_the_side_its_lead_opens_with_past_words_before_the_name(nlp):
    text = (
        "Invercarron sack manager Lawrie after 5-0 home defeat\n\n"
        "Scottish Premiership side Invercarron Athletic have sacked manager Derek Lawrie "
        "after a run of 11 league games without a win.\n\n"
        "The 47-year-old, who led the club to promotion in 2023, left on Sunday, a day after "
        "a 5-0 home defeat by Kilbride Rovers left them bottom of the table.\n\n"
        'In a statement, the club said: "The board would like to thank Derek for his hard '
        'work."\n'
    )
    assert _speakers(nlp, text) == ["Invercarron Athletic"]


def test_he_said_after_a_role_described_unnamed_is_the_one_named_after_his_words(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "13-maciver-quits-snp-ferries.txt"
    assert _said_by(nlp, article, "Some of our vessels") == "Robert Findlater"


def test_she_said_after_a_role_is_not_the_last_woman_named_whom_the_text_never_called_it(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "05-dyffryn-tawel-special-measures.txt"
    assert _said_by(nlp, article, "I am deeply sorry") == "Helen Marsh-Aubrey"


def test_a_judge_named_after_a_prosecutors_words_is_not_that_prosecutor(nlp):
    article = DATA / "synthetic" / "86B" / "articles" / "11-hit-and-run-sentencing.txt"
    assert _said_by(nlp, article, "This was not a mistake") in (
        "the prosecutor",
        "Alisha Greenwood-Nair",
    )


def test_he_said_after_the_consultant_is_the_doctor_named_after_his_words(nlp):
    article = DATA / "synthetic" / "102A" / "articles" / "06-glenburn-ae-38-hour-wait.txt"
    assert _said_by(nlp, article, "I have never seen it like this") == "Alasdair Munro"


def test_a_name_in_a_phrase_put_before_the_pronoun_is_not_the_pronoun(nlp):
    text = (
        "Giving evidence in February, Mr Castell, 56, denied that the process had been "
        "linked to Ms Odum's report.\n\n"
        "But under questioning from Ms Odum's barrister, Paul Emeka, he accepted he had told "
        'a deputy head that the teacher was "not a team player".'
    )
    assert _speakers(nlp, text) == ["Castell"]


def test_words_told_in_an_email_from_someone_are_theirs(nlp):
    text = (
        "The University of Harrowfield is to cut 300 jobs.\n\n"
        "Staff were told in an email from Miriam Castellane on Wednesday that the university "
        'faced "the most serious financial challenge in its history".'
    )
    assert _speakers(nlp, text) == ["Miriam Castellane"]


def test_the_report_after_a_review_of_a_body_s_finances_is_not_that_body(nlp):
    text = (
        "The University of Harrowfield is to cut 300 jobs.\n\n"
        "A review of the university's finances, carried out by an external firm, found that "
        "staff costs were high.\n\n"
        '"Without decisive action, the cash will run out," the report said.'
    )
    assert _speakers(nlp, text) == ["the report"]


def test_a_body_named_right_after_its_kind_speaks_however_parsed(nlp):
    text = (
        "The opposition Independent group voted against the cuts.\n\n"
        'The services are "a lifeline for people who have nothing else", according to the '
        "campaign group Keep Ashdene Moving, which will present the petition."
    )
    assert _speakers(nlp, text) == ["Keep Ashdene Moving"]


def test_he_after_the_coach_bristled_is_the_coach_named_before(nlp):
    # 'Redtails coach Rudy Castellano ... General manager Tobias Wrenfield ... Asked
    # whether the change was about saving his job, the coach bristled. "...," he said.'
    article = DATA / "synthetic" / "104B" / "articles" / "03-redtails-bench-halvorsen.txt"
    assert _said_by(nlp, article, "This isn't about me") == "Rudy Castellano"
    # the same for a woman described by her role, with a spokesperson quoted in between
    article = DATA / "synthetic" / "104B" / "articles" / "05-hepatitis-a-outbreak.txt"
    assert _said_by(nlp, article, "Food handlers in this state") == "Helen Markowitz-Abara"
    # not a holder of the other sex ('The head judge, Dominic Achebe ... His fellow judge,
    # Marisol Vega ... The judge also defended ... "...," she added'), nor a relative
    # ('Her sister said ...')
    article = DATA / "synthetic" / "86A" / "articles" / "14-star-search-live-final.txt"
    assert _said_by(nlp, article, "People at home have better taste") == "Marisol Vega"
    article = DATA / "synthetic" / "94B" / "articles" / "10-bello-twins-title.txt"
    assert _said_by(nlp, article, "We text each other") == "Amara Bello"


def test_words_put_somewhere_are_not_cued_by_put(nlp):
    text = (
        "On a call with analysts, Anand Raghavan-Stokes said the company had "
        '"waited too long" and would put "every dollar we can find" into data centers.'
    )
    assert _speakers(nlp, text) == ["Anand Raghavan-Stokes", "Anand Raghavan-Stokes"]


def test_a_name_set_off_after_an_opening_participle_s_object_speaks(nlp):
    text = (
        "Giving evidence by video link, Maureen Pilling, whose mother was one of the "
        'customers, said her mother had been "too embarrassed to tell anyone" what had '
        "happened."
    )
    assert _speakers(nlp, text) == ["Maureen Pilling"]


def test_she_after_one_whose_description_gives_her_sex_is_that_one(nlp):
    text = (
        "Quorvant chief executive Anand Raghavan-Stokes said the cuts were necessary.\n\n"
        "One technician, who has worked at the plant for 26 years and asked that her name "
        "not be used because she had not yet received her severance papers, said the news "
        "still hit hard.\n\n"
        '"You hear it and you hear it, and then it\'s real," she said.'
    )
    assert _speakers(nlp, text) == ["One technician"]


def test_a_name_set_off_before_a_verb_parsed_as_describing_a_statement_speaks(nlp):
    text = (
        "In a statement posted on social media, Lindahl's agent, Birgitta Holmqvist, called "
        'the deal "fair for both sides".'
    )
    assert _speakers(nlp, text) == ["Birgitta Holmqvist"]


def test_she_after_one_brought_in_as_a_passive_s_doer_is_that_one(nlp):
    text = (
        '"We are building higher walls in the town," Liam O\'Shaughnessy told the meeting.'
        "\n\n"
        "His concerns were shared by one resident of nearby Brackenfold, who asked not to be "
        'named. "Walls in Carrowby just send the water our way," she said.'
    )
    speakers = _speakers(nlp, text)
    assert speakers[0] == "Liam O'Shaughnessy"
    assert speakers[1].startswith("one resident of nearby Brackenfold")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sister of crash victim urges driver to come forward\n\n"
            "The sister of a motorcyclist who died after a collision on a country lane has "
            'urged the driver to "come forward now".\n\n'
            "Piotr Nowak, 41, was hit near the village of Elmbridge on 3 May.\n\n"
            "Speaking at a police press conference, his sister, Agata Nowak-Reid, said the "
            "family had been devastated.",
            "Agata Nowak-Reid",
        ),
        (
            "Son of shot farmer appeals for witnesses\n\n"
            "The son of a farmer who was shot dead in his yard 20 years ago has appealed for "
            'anyone who knows the killer to "do the decent thing".\n\n'
            "Martin Cole, 58, was killed at his farm near Ballyraine in 2005.\n\n"
            "His son, Declan Cole, heard the shots from the house.",
            "Declan Cole",
        ),
    ],
)
def test_a_lead_s_kin_subject_is_the_one_named_later_beside_that_kin_noun(nlp, text, expected):
    assert _speakers(nlp, text)[0] == expected


def test_her_husband_beside_a_couple_named_together_is_the_other_of_the_two(nlp):
    text = (
        "Among the plaintiffs are Tomasz and Ilse Brandvold, who lost their cabin. Ilse "
        'Brandvold said: "We had an hour of warning."\n\n'
        'Her husband, 71, said he was relieved. "They pay, fine," he said.'
    )
    assert _speakers(nlp, text) == ["Ilse Brandvold", "Tomasz Brandvold"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Waiting lists rose again in the autumn.\n\n"
            'The chief executive of the charity Joint Care NI said the figures were "not a '
            'blip".\n\n'
            "Siobhan Greer said the charity's helpline had taken 3,900 calls.",
            "Siobhan Greer",
        ),
        (
            "Waiting lists rose again in the autumn.\n\n"
            'The health minister said the figures made for "deeply uncomfortable reading".\n\n'
            'Speaking to BBC News NI on Thursday, Declan Harkin said: "I am not going to '
            'pretend this is acceptable."',
            "Declan Harkin",
        ),
        (
            "Vale won 27-24 at home.\n\n"
            'Vale\'s director of rugby said he had "never been prouder" of his players.\n\n'
            '"We were poor for an hour. I won\'t dress it up. Our discipline was awful," said '
            "Gareth Price-Morgan.",
            "Gareth Price-Morgan",
        ),
    ],
)
def test_a_role_that_speaks_is_the_one_named_bare_as_the_next_paragraph_opens(nlp, text, expected):
    assert _speakers(nlp, text)[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # the words of one brought in as "a ..." and unnamed are not the next name's
        "Shares rose 6%.\n\n"
        "A senior engineer on the data team, who spoke on condition of anonymity, said "
        'whole teams had gone. "My whole pod is gone," the engineer said.\n\n'
        "Jia Hui Tan, who ran product for the firm, confirmed in a post that she had left.",
        # nor those of a role inside a clause about someone else
        "Kamil Nowak was jailed for five years. Tomasz Nowak, who his barrister said had "
        'been "led astray" by his brother, was given three years.\n\n'
        "Adebayo Ogun, prosecuting, told the court the brothers had made 23 visits.",
    ],
)
def test_a_name_opening_the_next_paragraph_is_not_an_unnamed_one_or_a_clause_s_role(nlp, text):
    assert "Jia Hui Tan" not in _speakers(nlp, text)
    assert "Adebayo Ogun" not in _speakers(nlp, text)


def test_a_role_the_next_quotation_s_voice_names_stays_its_own_within_a_paragraph(nlp):
    text = (
        'Manchester City\'s Paul Bosvelt will find out "within a month" whether he is to be '
        "offered a new deal.\n\n"
        'The 34-year-old Dutch midfielder is out of contract in the summer. "I told the club '
        'I would like to stay," he said. "The main concern is my age. Bosvelt joined City '
        'in 2003 and impressed manager Kevin Keegan. "He is an unsung hero," said Keegan.'
    )
    assert _speakers(nlp, text)[1] == "Paul Bosvelt"


def test_a_detective_picked_out_by_a_phrase_is_the_one_named_with_abbreviated_ranks(nlp):
    text = (
        "No-one has ever been charged.\n\n"
        'The senior detective now in charge of the case said she had "fresh lines of '
        'inquiry".\n\n'
        '"Forensic science has moved on," said Det Ch Insp Louise McGurk, of the PSNI\'s '
        "legacy branch."
    )
    assert _speakers(nlp, text) == ["Louise McGurk", "Louise McGurk"]


def test_he_of_a_clause_reported_by_one_brought_in_unnamed_is_that_one_named_next(nlp):
    text = (
        "Kyle Brannan, from Holmebridge, got into difficulty in the reservoir.\n\n"
        "A ranger employed by the reservoir's owner, Pennine Water, told the court he had "
        'asked "between 30 and 40" groups of swimmers to leave the water.\n\n'
        "Stuart Kealy said he had been the only ranger on duty that day."
    )
    assert _speakers(nlp, text) == ["Stuart Kealy"]


def test_a_lead_s_office_is_the_one_its_title_introduces_even_after_a_stray_sentence_cut(nlp):
    text = (
        "Reservoir death was accident, coroner rules\n\n"
        'A 16-year-old boy who drowned in a reservoir died as the result of a "tragic '
        'accident", a coroner has concluded.\n\n'
        "Kyle Brannan, from Holmebridge, got into difficulty on 19 July.\n\n"
        "The inquest heard that the water temperature was 11C, even though the air "
        "temperature reached 31C.\n\n"
        'Area coroner Dr Helen Matthews said Kyle had "no way of knowing" how cold it was.'
    )
    assert _speakers(nlp, text)[-2:] == ["Helen Matthews", "Helen Matthews"]


def test_he_after_one_brought_in_anonymous_by_request_anywhere_in_a_sentence_is_that_one(
    nlp,
):
    text = (
        "The museum raised the money in six weeks, with help from Olusegun Bankole's "
        "foundation.\n\n"
        "A single gift of £50,000 came from a retired farmer who asked to remain anonymous. "
        'In a note sent to the museum, he said he had "looked at that moor for 70 years".'
    )
    assert _speakers(nlp, text)[0].startswith("a retired farmer")


def test_the_interim_office_holder_is_the_one_named_as_such_not_the_one_who_left_it(nlp):
    text = (
        "The chancellor of Big Sky State University, Dr. Reginald Osei-Whitmore, resigned "
        "Friday.\n\n"
        "Regents chair Ann Lowry said the board had named Provost Hye-jin Castellanos-Park "
        "as interim chancellor.\n\n"
        "Castellanos-Park told The Associated Press that her first priority would be to repay "
        "the housing fund.\n\n"
        '"Students were living with broken heaters," the interim chancellor said.'
    )
    assert _speakers(nlp, text) == ["Hye-jin Castellanos-Park"]


def test_she_after_one_brought_in_who_only_reported_is_that_one(nlp):
    text = (
        "Its policy director, Dr Kamala Reddy, said the closure was a symptom of a care "
        'system "running on empty".\n\n'
        "Staff at Larchwood House have also been left facing an uncertain future.\n\n"
        "A senior carer, who has worked at the home for 17 years, said the 52 members of "
        "staff had been offered jobs at other homes.\n\n"
        '"A lot of the girls don\'t drive. They walk here," she said.'
    )
    assert _speakers(nlp, text) == ["Kamala Reddy", "A senior carer"]


def test_her_sister_is_the_other_of_sisters_named_together_whatever_their_names_mean(nlp):
    text = (
        "Sisters Blessing and Favour Adeyinka, who study pharmacy and law, share a room to "
        "keep their costs down.\n\n"
        '"We pay £450 each for a room that was built as a single bedroom," said Favour, 21.'
        "\n\n"
        'Her sister, 19, said their parents had sent money "when they could".'
    )
    assert _speakers(nlp, text) == ["Favour Adeyinka", "Blessing Adeyinka"]


def test_a_headline_s_closing_verb_tagged_a_noun_still_reports_its_quotation(nlp):
    text = (
        'Reservoir death of 16-year-old was "tragic accident", coroner rules\n\n'
        'A boy who drowned in a reservoir died as the result of a "tragic accident", a '
        "coroner has concluded."
    )
    quotes = quotes_of(nlp, text)
    assert [(q.kind, q.cue) for q in quotes] == [("speech", "rules"), ("speech", "has concluded")]


def test_a_bare_answer_to_a_question_its_cue_put_to_someone_is_theirs(nlp):
    text = (
        "Moderator Dana Whitcombe-Hale asked each candidate whether they would accept the "
        "result.\n\n"
        '"Of course," Obiora-Reyes said.\n\n'
        '"The people will decide," Gov. Terrence Lindqvist-Moore said.\n\n'
        'Whitcombe-Hale pressed him: "Is that a yes?"\n\n'
        '"It is a yes."'
    )
    assert _speakers(nlp, text)[-1] == "Terrence Lindqvist-Moore"


def test_the_unions_leader_is_the_one_person_named_in_its_top_office(nlp):
    text = (
        "Bus drivers will strike for two days next month, their union has said.\n\n"
        "Its general secretary, Fergus McAllister, said the company had ignored its members.\n\n"
        'Passengers were divided. "I\'ve got to get to work," said one commuter, who '
        "travels in every day.\n\n"
        "The union's leader, who drove buses for 20 years, said he understood why passengers "
        'were angry. Drivers will lose £300 each. "Nobody takes this step lightly," he added.'
    )
    assert _speakers(nlp, text) == ["one commuter", "Fergus McAllister"]


def test_a_cabinet_member_described_then_named_with_the_title_her_sentence_gave(nlp):
    text = (
        "Four bus routes will be withdrawn in April, the council has confirmed.\n\n"
        'The cabinet member for transport said the decision was "one of the hardest" she '
        "had taken in ten years as a councillor.\n\n"
        'Councillor Margery Tollbridge said: "I know these buses are a lifeline."'
    )
    assert _speakers(nlp, text) == ["Margery Tollbridge", "Margery Tollbridge"]


def test_a_role_named_in_apposition_two_paragraphs_on_is_the_one_described(nlp):
    text = (
        "Glenburn Primary School closed after engineers found cracked roof panels.\n\n"
        'In a letter to parents, the head teacher said the decision had been "the hardest '
        'call I have made".\n\n'
        '"I know how unsettling this is," she wrote. "But safety comes first."\n\n'
        "The head teacher, Isla Rennick, told BBC Scotland the pupils would be split by age."
    )
    assert _speakers(nlp, text) == ["Isla Rennick"] * 3


def test_an_unnamed_official_later_named_as_the_official_speaks_throughout(nlp):
    text = (
        "About 400 drivers walked out at dawn.\n\n"
        "A union official on the picket line told the BBC that drivers had \u201crun out of "
        "patience\u201d.\n\n"
        "\u201cWe have been talking since October,\u201d he said.\n\n"
        "The official, Dylan Prothero, is the regional organiser for the drivers\u2019 union."
    )
    assert _speakers(nlp, text) == ["Dylan Prothero", "Dylan Prothero"]


def test_the_judge_is_the_one_who_passed_sentence(nlp):
    text = (
        "A former treasurer who stole £310,000 from a community fund has been jailed.\n\n"
        "Sentencing him on Tuesday, Lord Ardcraig told Robertson that he had betrayed "
        "\u201ca whole community\u201d.\n\n"
        "\u201cThis fund existed to keep a school bus running,\u201d the judge said."
    )
    assert _speakers(nlp, text) == ["Ardcraig", "Ardcraig"]


def test_she_after_a_passenger_who_gave_only_her_first_name_is_that_name(nlp):
    text = (
        "One regular passenger, a retired teacher who gave her name only as Carys, said she "
        "had waited 95 minutes for a bus.\n\n"
        "\u201cThe timetable says one thing and the bus does another,\u201d she said."
    )
    assert _speakers(nlp, text) == ["Carys"]


def test_a_person_parsed_beside_the_place_opening_the_sentence_is_its_subject(nlp):
    # 'In Treforgan, a mother of three who has spent 14 months ... said she had ...'
    article = DATA / "synthetic" / "108A" / "articles" / "14-senedd-social-housing-report.txt"
    assert _said_by(nlp, article, "They told me") == "a mother of three"


def test_a_day_after_a_statement_is_no_name_of_who_issued_it(nlp):
    text = (
        "The Open Shelves Coalition, a group formed last year by librarians, said in a "
        'statement Wednesday that it was "reviewing the decision closely".\n\n'
        '"Removing a book because some people object to it is a problem," the statement said.'
    )
    assert _speakers(nlp, text) == ["Open Shelves Coalition"] * 2


def test_another_bodys_spokesman_named_after_is_not_the_unnamed_one(nlp):
    text = (
        "Council tax bills in Scotland are set to rise by about 4% next year.\n\n"
        'Councils warned of a struggle to keep services going. "Most of the increase is '
        'for new initiatives," a Cosla spokesman said.\n\n'
        "The Tory finance spokesman, Brian Mowbray MSP, said the tax was a disguise."
    )
    assert _speakers(nlp, text) == ["a Cosla spokesman"]


def test_one_unnamed_person_a_report_says_told_something_speaks_the_words(nlp):
    text = (
        "The inspection report, reviewed by reporters, says one aide told inspectors she had "
        'been "running all night" and had not checked the rooms.'
    )
    assert _speakers(nlp, text) == ["one aide"]


def test_a_passive_of_hearing_joined_to_a_clause_shares_its_subject(nlp):
    text = (
        "Elijah T. Marsh, 24, is standing about 25 feet away and can be heard saying, "
        "\u201cI just want to go inside.\u201d"
    )
    assert _speakers(nlp, text) == ["Elijah T. Marsh"]


def test_a_name_parsed_as_the_subject_of_a_verb_in_its_apposition_still_speaks(nlp):
    text = (
        "Campaigners on both sides stepped up their efforts on Wednesday. Graham Robb, "
        "spokesman for North East Says No, said the Yes campaign's decision to get personal "
        'dragged the campaign "into the gutter" and showed they were "rattled".'
    )
    assert _speakers(nlp, text) == ["Graham Robb", "Graham Robb"]


def test_participles_going_on_from_a_passive_are_said_by_its_subject(nlp):
    text = (
        "Usher won three awards at the ceremony in Rome. Britney Spears was named best "
        "female, sending a message of thanks on video saying the award "
        '"means so much to me".'
    )
    assert _speakers(nlp, text) == ["Britney Spears"]


def test_a_described_speaker_named_bare_in_the_next_sentence_is_that_person(nlp):
    text = (
        "Energy bills will rise by 6% in April, the regulator said on Friday.\n\n"
        "The chief executive of Brightwell Energy, one of the country's largest suppliers, "
        'said the industry was "not the villain here". Speaking to BBC Radio 4\'s Today '
        'programme, Marcus Delahaye-Reid said suppliers made a margin of "about 2p in every '
        'pound".'
    )
    assert _speakers(nlp, text) == ["Marcus Delahaye-Reid", "Marcus Delahaye-Reid"]


def test_a_syndicate_speaks_as_a_body(nlp):
    text = (
        "Copper Lane won the Gold Cup on Saturday. The horse is owned by a syndicate of 12 "
        "friends from the village of Ballinamona.\n\n"
        "The trainer, Desmond Arkwright, said the horse would now be aimed at a race in "
        "France.\n\n"
        "In a statement posted on Facebook, the Copper Lane syndicate said: \u201cTwelve "
        "friends, one horse and a dream.\u201d"
    )
    assert _speakers(nlp, text) == ["the Copper Lane syndicate"]


def test_the_office_set_off_before_a_titled_name_parsed_as_a_conjunct_is_theirs(nlp):
    text = (
        "The subcommittee's chairwoman, Rep. Dolores Abernathy-Quinn, R-Ohio, was not "
        "persuaded. She held up a chart.\n\n"
        "Abernathy-Quinn asked Vellacott-Hayes whether the company would support "
        'legislation. He said Trimarch would "work with the committee on the details," an '
        'answer the chairwoman called "a very long way of saying maybe."'
    )
    assert _speakers(nlp, text) == ["Vellacott-Hayes", "Dolores Abernathy-Quinn"]


def test_a_participle_after_a_comparative_clause_goes_with_the_report(nlp):
    text = (
        "WASHINGTON (AP) \u2014 A senior Federal Emergency Management Agency official "
        "acknowledged Wednesday that more than 2,000 tornado survivors in Arkansas waited "
        "months longer than they should have for housing aid, telling a Senate committee "
        'that the agency\'s systems were "not built for the year we had."'
    )
    assert _speakers(nlp, text) == ["A senior Federal Emergency Management Agency official"]


def test_one_identified_later_as_a_name_is_that_person(nlp):
    text = (
        "The village votes on its future next month.\n\n"
        "\u201cOnce the sign comes down, it doesn\u2019t go back up,\u201d said one woman at a "
        "public hearing last week at the village hall. She was later identified as "
        "Marguerite Oyelowo-Benning, 83, a retired postmistress."
    )
    assert _speakers(nlp, text) == ["Marguerite Oyelowo-Benning"]


def test_an_assistant_brought_in_leaves_the_coach_the_head_coach(nlp):
    text = (
        "INDIANAPOLIS (AP) \u2014 Bellhaven State men's basketball coach Terrence "
        "Adeyemi-Clarke knew that a booster was paying the mother of a top recruit, "
        "according to an NCAA notice released on Tuesday.\n\n"
        "The notice quotes emails obtained from university accounts. In a text sent in "
        "October 2021, Adeyemi-Clarke told an assistant coach that the booster was handling "
        "it. In an email the following spring, the coach wrote to the same man: "
        '"Compliance is asking about the apartment."'
    )
    assert _speakers(nlp, text) == ["Terrence Adeyemi-Clarke"]


def test_a_name_opening_the_next_sentence_bare_is_someone_else(nlp):
    text = (
        "Prince Charles is to marry Camilla Parker Bowles in April.\n\n"
        'The Archbishop of Canterbury said: "I am pleased that they have decided to take '
        'this important step." Tony Blair said he was "delighted" for the couple.'
    )
    assert _speakers(nlp, text)[0] != "Tony Blair"


def test_he_after_an_unnamed_man_who_said_he_would_stay_in_his_home_is_that_man(nlp):
    text = (
        'Arlette Fontenot hung up and shook her head. "The house is insured," she said.\n\n'
        "Not everyone was leaving. A man filling gas cans at the next pump, who declined to "
        "give his name, said he planned to stay in his home 2 miles from the water.\n\n"
        '"I\'ve got a generator, 40 gallons of water and a boat," he said.'
    )
    assert _speakers(nlp, text) == ["Arlette Fontenot", "A man"]


def test_a_name_beside_the_client_of_a_lawyer_is_the_lawyers(nlp):
    text = (
        "Shane Ruckert, 19, and his brother Dillon were arrested on Friday.\n\n"
        'A lawyer for Shane Ruckert, Oluwaseun Adebayo, said his client was "a teenager '
        'who followed his big brother" and would plead not guilty.'
    )
    assert _speakers(nlp, text) == ["Oluwaseun Adebayo"]


@pytest.mark.parametrize(
    "article, words, expected",
    [
        pytest.param(
            "dev51/articles/politics_thousands-join-strike-in-wales.txt",
            "The majority of people",
            "Piers Freelove",
            id="a name said to hold an office, whatever its first word ('Piers')",
        ),
        pytest.param(
            "synthetic/110A/articles/03-penningtons-price-cuts.txt",
            "check the small print",
            "Jess Moorcroft",
            id="two descriptions under one article, the second ending in the name",
        ),
        pytest.param(
            "synthetic/110A/articles/12-moorland-wildfire-evacuation.txt",
            "This fire was almost certainly",
            "Westmoor Fire and Rescue Service",
            id="'the service': the one body named with that head, found untagged",
        ),
        pytest.param(
            "synthetic/66A/articles/12-scarcross-moor-fire.txt",
            "Crews have worked",
            "West Pennine Fire and Rescue Service",
            id="'the service': a body no model tagged, found by its words",
        ),
        pytest.param(
            "synthetic/110B/articles/06-pharmacist-fentanyl-texts.txt",
            "overhauled",
            "St. Brendan's Regional Medical Center",
            id="an institution named for its saint, by its short name",
        ),
        pytest.param(
            "synthetic/110B/articles/06-pharmacist-fentanyl-texts.txt",
            "We failed",
            "St. Brendan's Regional Medical Center",
            id="the statement of an institution named for its saint",
        ),
        pytest.param(
            "synthetic/110B/articles/08-hollis-landing-flood.txt",
            "for good this time",
            "Roberta Lindell",
            id="'One woman loading ... said', named after as 'The woman, X,'",
        ),
        pytest.param(
            "synthetic/110B/articles/10-fema-tornado-aid-hearing.txt",
            "not built for the year",
            "Harlan Beecroft-Nwosu",
            id="a lead's unnamed official named with an office of the same body",
        ),
        pytest.param(
            "synthetic/99B/articles/14-rovalo-founders-lawsuit.txt",
            "We all knew the test runs",
            "A former Rovalo engineer",
            id="a former one brought in is no lesser office: 'the engineer' is them",
        ),
        pytest.param(
            "synthetic/75B/articles/14-ruckert-brothers-robberies.txt",
            "I hear that bell",
            "One teller at the First Prairie Bank branch in Dodge City",
            id="'she' after one teller whose report is the root's conjunct",
        ),
    ],
)
def test_speakers_of_data_articles_rules_were_fixed_on(nlp, article, words, expected):
    assert _said_by(nlp, DATA / article, words) == expected


def test_a_first_person_piece_with_no_cues_is_the_voice_of_the_one_who_looks_back(nlp):
    text = (
        "Ten years on: my years with Dana Brook\n\n"
        "To mark a decade since the singer died, Colin Mayhew - her manager for 20 years - "
        "remembers the woman behind the records.\n\n"
        '"I met Dana in 1989 at a club in Leeds. She was already writing songs that stopped '
        'you dead."\n\n'
        'The first album came out in 1991. "We sold 40,000 copies in a month. Nobody could '
        'believe it."\n\n'
        'Dana hated touring. "She would ring me from hotel rooms at 3am. I never minded."\n'
    )
    assert _speakers(nlp, text) == ["Colin Mayhew"] * 3


def test_a_piece_recalling_with_cues_keeps_its_cues(nlp):
    text = (
        "Old rivals\n\n"
        "Former Wales captain Gareth Penrose recalls the day he faced the All Blacks.\n\n"
        '"It was the hardest game of my life," he said.\n\n'
        'The coach, Alun Rees, was furious. "Get back out there and win it."\n'
    )
    assert _speakers(nlp, text) == ["Gareth Penrose", "Alun Rees"]


def test_a_headline_giving_someones_words_names_the_voice_of_its_bare_quotations(nlp):
    text = (
        "Margaret Oduya in her own words\n\n"
        "Margaret Oduya stepped down as health secretary on Monday after a row over funding "
        "with the chancellor.\n\n"
        " I was told the money was there and then it was not. "
        '"I have never believed that waiting lists are a fact of life."\n\n'
        '"Nurses are the backbone of this service and they deserve a proper pay rise."\n'
    )
    assert _speakers(nlp, text) == ["Margaret Oduya"] * 2


def test_it_after_a_quotation_is_the_family_whose_statement_was_read(nlp):
    text = (
        "Cyclist death inquest hears of unlit junction\n\n"
        "A coroner has ruled that the death of a cyclist was an accident.\n\n"
        "Outside court, a statement from Mr Pellow's family was read by their solicitor, "
        "Anita Grewal.\n\n"
        "\u201cTom was kind and funny,\u201d it said. \u201cWe have waited a year for "
        "answers.\u201d"
    )
    assert _speakers(nlp, text) == ["Mr Pellow's family"] * 2


def test_an_indefinite_description_with_another_beside_it_gives_both(nlp):
    text = (
        "Ticket fraudster jailed\n\n"
        "Another victim, a 19-year-old student from Leeds, wrote in a post on Instagram at "
        'the time: "Lost \u00a3150 and my faith in humanity."'
    )
    assert _speakers(nlp, text) == ["Another victim, a 19-year-old student from Leeds"]


def test_a_participle_hung_on_the_role_noun_before_a_colon_is_the_named_ones_cue(nlp):
    text = (
        "Housing plan approved\n\n"
        "Campaign group Keep Tregaron Green has said it will ask the Welsh government to call "
        "in the decision. Its chairwoman, Eirlys Pugh, 58, a retired nurse, posted on X "
        "shortly after the vote: \u201cFive people in a room have decided the future of a "
        "town of 4,000. We are not finished.\u201d"
    )
    assert _speakers(nlp, text) == ["Eirlys Pugh"]


def test_a_relative_clause_restating_the_role_names_it_past_a_paragraph_of_its_words(nlp):
    text = (
        "School closed after ceiling collapse\n\n"
        "A primary school has been closed after part of a classroom ceiling fell in.\n\n"
        "In a letter to parents on Tuesday, the head teacher said she understood the news "
        'would come as "a real blow".\n\n'
        '"I know many of you will be worried," she wrote. "I share that worry. But I will '
        'not put a child in a room that is not safe."\n\n'
        "The council said pupils would move to a nearby school while repairs were carried "
        "out.\n\n"
        "Morag Tulloch, who has been head teacher at the school for six years, told BBC "
        "Scotland that staff had spent the weekend packing."
    )
    assert _speakers(nlp, text) == ["Morag Tulloch"] * 3


def test_the_report_is_not_the_place_where_things_happened(nlp):
    text = (
        "Patients left in hospital corridors for hours, inspectors find\n\n"
        "Patients at Northfield General Hospital were left on trolleys in corridors for up "
        "to 30 hours, an inspection report has found.\n\n"
        "The Care Quality Commission (CQC) rated the hospital's emergency care "
        '"inadequate" after a visit in March, downgrading it from "good".\n\n'
        "Inspectors counted 22 patients being cared for in corridors. They found that one in "
        "five patients waited more than 12 hours in A&E from the time they arrived.\n\n"
        '"Patients\' dignity was routinely compromised," the report said.'
    )
    assert _speakers(nlp, text)[-1] == "Care Quality Commission"


def test_the_office_of_somewhere_left_unnamed_is_someone_new_for_she(nlp):
    text = (
        "Bus strike hits city\n\n"
        'Nurse Anna Kowalski, 52, said she had walked to work. "I set off at six," she '
        "said.\n\n"
        "Schools across the city reported lower attendance. The head teacher of one primary "
        "school in the north of the city said that attendance had dropped to 80% on "
        "Monday.\n\n"
        '"We have told families to keep children at home if they cannot get here safely," '
        "she said."
    )
    assert _speakers(nlp, text) == [
        "Anna Kowalski",
        "The head teacher of one primary school in the north of the city",
    ]


def test_one_steward_tagged_an_adverb_is_still_described(nlp):
    text = (
        "Festival called off\n\n"
        "The band, whose second album \u201cLow Tide Radio\u201d was released in the spring, "
        "later said in an Instagram story that they would play a free show in Carlisle.\n\n"
        "One steward, who asked not to be named, said some campers had been \u201cvery "
        "reluctant\u201d to leave on Sunday morning. \u201cA lot of people had nowhere to "
        "go,\u201d he said."
    )
    assert _speakers(nlp, text) == ["One steward"] * 2


def test_a_title_word_tagged_a_verb_inside_the_title_still_counts(nlp):
    text = (
        "Striker signs\n\n"
        "At a press conference on Friday, Rovers head coach Mikkel Sandvad, a former Denmark "
        "international, was asked about the size of the fee.\n\n"
        "\u201cIs \u00a328m a lot of pressure to put on a 23-year-old?\u201d one reporter "
        "asked him.\n\n"
        "\u201cPressure is what you make it,\u201d the head coach replied."
    )
    assert _speakers(nlp, text) == ["one reporter", "Mikkel Sandvad"]


def test_his_father_is_the_one_named_his_father_when_only_one_was(nlp):
    text = (
        "Bowler retires after 19 seasons\n\n"
        "Seamer Tom Bratley has announced his retirement. Bratley made his debut in 2006 and "
        "spent all 19 seasons at the club, where his father, Alan Bratley, had also played "
        "in the 1980s.\n\n"
        'Wessex captain Joe Anstey-Kerr, 31, posted on X: "A legend. The first pint is on '
        'me."\n\n'
        'His father, now 68, told BBC Radio Wessex he had been "the proudest dad in the '
        'county" for almost two decades.'
    )
    assert _speakers(nlp, text) == ["Joe Anstey-Kerr", "Alan Bratley"]


def test_a_partys_portfolio_spokesman_is_an_office_named_after_its_words(nlp):
    text = (
        "Minister survives vote\n\n"
        "The motion, tabled by the Scottish Liberal Democrats, followed figures on ferry "
        "delays.\n\n"
        "Opening the debate, the Liberal Democrats' transport spokesman said the figures were "
        '"a national embarrassment".\n\n'
        '"Every one of these cancellations is a family stranded," he told MSPs. "How long are '
        'they supposed to wait?"\n\n'
        "Alasdair Munro-Keith, a former ferry captain who represents the Highlands, later told "
        'reporters the result showed the government was "out of ideas".'
    )
    assert _speakers(nlp, text) == ["Alasdair Munro-Keith"] * 4


def test_the_democrat_in_a_race_is_the_one_democrat_the_text_names(nlp):
    text = (
        "Candidates clash over jail\n\n"
        "DENVER (AP) \u2014 The two candidates for an open county seat clashed Tuesday over a "
        'campaign mailer that the Democrat in the race called "a lie with a postage stamp on '
        'it."\n\n'
        "Democrat Elena Whitford-Ames, 52, a retired nurse, and Republican Carl Lindqvist, "
        "60, a rancher, are running for the seat."
    )
    assert _speakers(nlp, text) == ["Elena Whitford-Ames"]


def test_words_a_teller_relays_are_the_texters_named_next_as_the_accused(nlp):
    text = (
        "Treasurer's messages read to jury in fraud trial\n\n"
        "AKRON, Ohio \u2014 A former school treasurer accused of stealing $400,000 from a "
        "district texted a friend that the reserve fund was \u201cbasically free money,\u201d "
        "a prosecutor told jurors Tuesday.\n\n"
        "Darla Kingsbury-Holt, 49, is charged with theft and forgery in Summit County Common "
        "Pleas Court."
    )
    assert _speakers(nlp, text) == ["Darla Kingsbury-Holt"]


def test_the_aide_identified_as_someone_far_on_is_that_person(nlp):
    text = (
        "Campaign aide discussed fake accounts, messages show\n\n"
        "RENO, Nev. (AP) \u2014 A senior aide to a state Senate candidate discussed creating "
        "anonymous accounts to attack a rival, according to messages obtained by The "
        "Associated Press.\n\n"
        '"Nobody traces these," the aide wrote in one message.\n\n'
        "The candidate, Curtis Ardmore, said he had never approved any such plan.\n\n"
        "Ardmore's campaign raised $310,000 in the first quarter.\n\n"
        "The race is one of the most expensive in the state.\n\n"
        "Early voting begins in October.\n\n"
        "The aide, identified in the messages and by two people familiar with the campaign "
        "as Brent Mulcahy, 36, is the campaign's deputy manager."
    )
    assert _speakers(nlp, text) == ["Brent Mulcahy"]


def test_the_statement_she_said_things_in_is_hers(nlp):
    text = (
        "Superintendent delayed report\n\n"
        "The Associated Press obtained the emails through a public records request.\n\n"
        "Harrowgate, who has led the district since 2019, declined an interview request. In a "
        "written statement, she said the report had needed \u201cadditional validation\u201d "
        "before release.\n\n"
        "\u201cEvery number in that report was checked,\u201d the statement said."
    )
    assert _speakers(nlp, text) == ["Harrowgate"] * 2


def test_called_into_an_office_is_no_cue(nlp):
    text = (
        "Rivermen land Renfrow\n\n"
        "The Rivermen acquired outfielder Beau Renfrow on Tuesday. General manager Ian "
        "Haverstock said the team would take on the $6.3 million remaining on his salary.\n\n"
        "Renfrow learned of the deal in the clubhouse before their game against Seattle. In an "
        "interview with the team's radio network, he said Albuquerque manager Felix Amundsen "
        'had called him into his office and "told me to go win a ring."'
    )
    assert _speakers(nlp, text) == ["Beau Renfrow"]


def test_a_relative_clause_quoted_inside_a_report_is_the_reporters(nlp):
    text = (
        "Arson trial\n\n"
        "Hammond-Birch\u2019s mother, Darlene Hammond-Birch, who has attended every day of the "
        "trial, told reporters outside the courthouse that her son was \u201ca big talker\u201d "
        "who \u201csays stuff to look tough.\u201d"
    )
    assert _speakers(nlp, text) == ["Darlene Hammond-Birch"] * 2


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Tariff pause\n\nThe briefing grew tense when a reporter asked about comments from "
            'Sen. Thomas Whitcombe (R-Ind.), who on Monday called the pause "a gift to Beijing."',
            [("Thomas Whitcombe", "speech")],
        ),
        (
            "Legal job\n\nShadow attorney general Dominic Grieve criticised the plans. The "
            'government had initially proposed to take this institution and "smash it to '
            'pieces," Mr Grieve said.',
            [("Dominic Grieve", "speech")],
        ),
        (
            "Text records\n\nMobile owners have also been given the chance to donate to the "
            'flood fund by texting "Donate" to a short code number.',
            [(None, "other")],
        ),
    ],
    ids=[
        "called-with-to-is-still-naming",
        "a-deed-proposed-is-no-relayed-report",
        "texted-keyword",
    ],
)
def test_near_misses_of_the_relayed_report_and_summoning_rules(nlp, text, expected):
    assert [(q.speaker, q.kind) for q in quotes_of(nlp, text)] == expected


def test_a_flyer_paid_for_by_a_committee_called_so_speaks_for_it(nlp):
    text = (
        "Mailer row\n\n"
        "GREELEY, Colo. (AP) \u2014 The race for the county seat turned bitter this week.\n\n"
        "The flyer, paid for by a political action committee called Safer Weld County, claims "
        'that Ortega "wants to let criminals walk free" because she opposes the jail plan.'
    )
    assert _speakers(nlp, text) == ["Safer Weld County"]


def test_a_hyphenated_description_is_given_whole(nlp):
    text = (
        "Witness tells jury of fire boast\n\n"
        "REDDING, Calif. \u2014 A former co-worker of the man accused of starting last "
        "summer\u2019s Cinder Creek Fire testified Wednesday that he heard the defendant boast, "
        "days after the blaze began, that he had \u201clit up the whole mountain.\u201d"
    )
    assert _speakers(nlp, text) == ["A former co-worker"]


def test_the_man_who_is_described_at_length_is_the_one_the_story_is_about(nlp):
    text = (
        "Coach retires after 38 years\n\n"
        "Ray Donnelly, who has coached the Falcons since 1987, will retire at the end of the "
        "season, the school said Tuesday.\n\n"
        'Donnelly won 612 games. "I never thought about leaving," Donnelly said. Donnelly\'s '
        "wife, Carol, said he had missed only two practices.\n\n"
        "Athletic director Sam Okoro said the school would rename its gym Donnelly Court.\n\n"
        "Asked what he would miss most, the man who has spent nearly four decades on the same "
        "sideline did not hesitate.\n\n"
        '"The bus rides," he said.'
    )
    assert _speakers(nlp, text) == ["Ray Donnelly", "Ray Donnelly"]


def test_a_bare_surname_speaking_right_after_the_relative_who_spoke_is_the_relative(nlp):
    text = (
        "Judge blocks online safety law\n\n"
        "A federal judge on Tuesday blocked a state law requiring age checks on social media "
        "sites.\n\n"
        "The measure was named for Kayla Brennan, a 15-year-old who was targeted by an online "
        "extortion scheme in 2022.\n\n"
        "Her mother, Denise Brennan, who testified at four hearings in support of the bill, "
        "said she was \u201cheartbroken but not surprised.\u201d\n\n"
        "\u201cI\u2019m not a lawyer. I\u2019m a mother,\u201d Brennan told reporters outside "
        "the courthouse."
    )
    assert _speakers(nlp, text) == ["Denise Brennan", "Denise Brennan"]


def test_she_is_not_a_man_whose_given_name_the_census_lacks(nlp):
    text = (
        "Tariff pause\n\n"
        "Press secretary Danielle Okonkwo-Barnes said the president would travel to "
        "Pittsburgh on Thursday. Commerce Secretary Rajiv Malhotra, who grew up outside the "
        "city, is expected to join him. Asked whether the trip was aimed at union voters, she "
        "laughed.\n\n"
        '"He goes where the work is," she said.'
    )
    assert _speakers(nlp, text) == ["Danielle Okonkwo-Barnes"]


def test_an_untagged_ferry_operator_is_the_company_that_speaks(nlp):
    text = (
        "Island ferry delays\n\n"
        "Scottish Conservative transport spokeswoman Joanna Wisniewska called the project "
        '"a national embarrassment".\n\n'
        'She said: "Every month of delay costs islanders money and costs the taxpayer money. '
        'The minister should come to Holyrood and explain himself."\n\n'
        "Operator Minch Island Ferries said it had chartered the MV Dunvegan Star, a "
        "38-year-old vessel, to provide 14 extra sailings a week from June.\n\n"
        '"We are grateful to islanders for their patience," the company said.'
    )
    assert _speakers(nlp, text)[-1] == "Minch Island Ferries"


def test_mr_and_the_surname_after_the_father_came_in_is_the_father(nlp):
    text = (
        "Patel hits record 203\n\n"
        "Sanjay Patel struck the highest score in the history of the One-Day Cup at the "
        "Ridgeway Ground.\n\n"
        '"I didn\'t know anything about the record," Patel said.\n\n'
        "Patel's father, Ramesh Patel, who played club cricket in Gujarat, was in the crowd "
        "with his wife.\n\n"
        '"My son hated batting when he was small," Mr Patel said.'
    )
    assert _speakers(nlp, text) == ["Sanjay Patel", "Ramesh Patel"]


def test_his_mother_is_the_woman_who_watched_her_son(nlp):
    text = (
        "Shortstop hits two homers with his mother in the stands\n\n"
        "KANSAS CITY, Mo. (AP) \u2014 The last time Marisela Ortega watched her son play "
        "baseball in person, he was 17.\n\n"
        "On Tuesday night, Luis Ortega-Vidal hit two home runs for the Kansas City Clippers.\n\n"
        '"I didn\'t cry at the first home run," Ortega-Vidal, 26, said after the game.\n\n'
        "His mother, speaking through a team interpreter, said she had followed nearly all of "
        "his games on her phone.\n\n"
        '"For nine years I watched him on a screen," she said.'
    )
    assert _speakers(nlp, text) == ["Luis Ortega-Vidal", "Marisela Ortega"]
