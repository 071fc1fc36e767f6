"""Line segmentation: headings, list items and page furniture."""

from __future__ import annotations

from factx.segment import segment_lines


def kinds(text):
    return [(text[line.start : line.end], line.kind) for line in segment_lines(text)]


def test_example_structure(example_text):
    found = dict(kinds(example_text))
    assert found["Article Subheadings"] == "heading"
    assert found["1) U.S.-Japan Security Alliance: Status and Concerns"] == "list"
    assert found["Rising Tensions with China: A Growing Threat?"] == "heading"
    assert found["No. Key Points"] == "heading"
    assert found["Share."] == "boilerplate"
    assert found["Exit mobile version"] == "boilerplate"
    bio = next(t for t in found if t.startswith("As the News Editor"))
    assert found[bio] == "boilerplate"
    first_paragraph = next(t for t in found if t.startswith("In recent statements"))
    assert found[first_paragraph] == "body"


def test_numbered_lines_need_a_sequence_to_be_a_list():
    text = "Intro sentence here.\n\n5 people died in the crash, police said.\n\nMore text follows."
    assert [k for _, k in kinds(text)] == ["body", "body", "body"]


def test_offsets_exclude_newlines_and_indentation():
    text = "Title Line\r\n\r\n   Body text of the article.  \nSecond line."
    lines = segment_lines(text)
    assert [text[line.start : line.end] for line in lines] == [
        "Title Line",
        "Body text of the article.",
        "Second line.",
    ]
    assert lines[0].kind == "title"


def test_empty_and_blank_texts():
    assert segment_lines("") == []
    assert segment_lines(" \n\n\t\n") == []


def test_footer_cue_in_the_first_half_is_ordinary_text():
    text = "Share.\n\n" + "\n\n".join(f"Paragraph {i} of the story." for i in range(6))
    assert all(k != "boilerplate" for _, k in kinds(text))


def test_a_sentence_case_first_line_set_apart_is_a_title():
    text = "Classy Henman makes winning start\n\nTim Henman opened his season with a win."
    assert [line.kind for line in segment_lines(text)] == ["title", "body"]


def test_a_first_line_running_on_in_its_paragraph_is_body():
    text = "Tim Henman opened his season with a win\nHe beat Ivan Ljubicic.\n\nMore."
    assert segment_lines(text)[0].kind == "body"


def test_story_paragraph_that_opens_with_a_footer_word_is_body():
    # "Subscribers" is not the footer's "Subscribe"; a long paragraph is never furniture
    text = (
        "Phone firm backs net calls\n\nThe firm said so on Monday.\n\nIt is growing fast.\n\n"
        "Subscribers to the broadband service will be able to make free calls, "
        "Eric Abensur, the chief executive, said.\n\n"
        "Follow us closely on this, he added, because the whole industry is about to change.\n\n"
        "Subscribe to our newsletter\n\nTags: phones, broadband"
    )
    assert [k for _, k in kinds(text)] == [
        "title",
        "body",
        "body",
        "body",
        "body",
        "boilerplate",
        "boilerplate",
    ]


def test_a_long_tags_line_is_still_footer():
    text = (
        "Title line here\n\nThe story itself, told at length.\n\nMore of the story.\n\n"
        "Tags: politics, labour party, elections, campaign, tax, health, schools, crime, "
        "transport, europe, defence, housing, pensions\n\nThe author writes about politics."
    )
    assert [k for _, k in kinds(text)][-2:] == ["boilerplate", "boilerplate"]


def test_bulleted_lines_in_a_row_are_a_list():
    text = "Winners:\n\n- Best actor - Tom Jones for Hamlet\n- Best actress - Ann Lee for Medea\n"
    assert [k for _, k in kinds(text)] == ["title", "list", "list"]
    lone = "The Heading\n\n- A single dashed line\n\nMore text follows here."
    assert [k for _, k in kinds(lone)][1] == "heading"


def test_a_first_line_ending_in_a_quotation_without_a_stop_is_a_title():
    text = 'Mayor Defends Budget: "We Kept Our Promise"\n\nThe mayor said on Monday that ...'
    assert kinds(text)[0] == ('Mayor Defends Budget: "We Kept Our Promise"', "title")
    # a quoted sentence with its own stop is a paragraph of the body
    text = '"We kept our promise."\n\nThe mayor said on Monday that ...'
    assert kinds(text)[0] == ('"We kept our promise."', "body")


def test_a_writer_s_follow_line_ends_the_story_even_in_quotation_marks():
    text = (
        "Pence on the debate\n\nHe spoke on Sunday.\n\nHe said more.\n\n"
        '"PENCE: We will win.\n\n"Follow Pam Key on Twitter @pamkeyNEN."'
    )
    assert [k for _, k in kinds(text)][-2:] == ["body", "boilerplate"]


def test_a_clock_time_s_stop_ends_the_sentence_before_a_pronoun(nlp):
    doc = nlp(
        "Clinics will run from 9 a.m. to 3 p.m. She said: they are free. It opens at 3 p.m. ET."
    )
    starts = [t.text for t in doc if t.is_sent_start]
    assert starts == ["Clinics", "She", "It"]
