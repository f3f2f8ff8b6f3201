"""Who states a statement (``by``) and whom it is aimed at (``to``), shown and exported."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from briefing.config import Config
from briefing.core.pipeline import Parser, build_briefing
from briefing.export.json import to_json
from briefing.export.markdown import to_markdown
from briefing.model import Article, Statement
from briefing.tui.filters import Filters, side_choices
from briefing.tui.panels import statement_row


def statements(parser: Parser, *paragraphs: str) -> list[Statement]:
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, list(paragraphs),
                      "wire")
    result = parser.analyse(article)
    return [*result.agreed, *result.disputes]


def who(parser: Parser, *paragraphs: str) -> list[tuple[str | None, str | None]]:
    return [(s.by, s.to) for s in statements(parser, *paragraphs)]


@pytest.mark.parametrize(("text", "by", "to"), [
    ("Freedonia demanded that Sylvania scrap its duties on steel.", "Freedonia", "Sylvania"),
    ("Sylvania rejected the Freedonian demand for lower steel quotas.", "Sylvania", "Freedonia"),
    # Two parties joined as the subject of an agreement are both parties, in their order.
    ("Freedonia and Sylvania agreed on Tuesday to cut duties on wheat.", "Freedonia",
     "Sylvania"),
    # A party after a place or target word is aimed at, never the one who states.
    ("Talks in Fredville broke down over steel quotas, Sylvania said.", "Sylvania", None),
    # A cue that judges or binds its subject is the speaker's, aimed at the subject.
    ("Sylvanian Prime Minister Ola Berg said Freedonia's new tariffs were deeply regrettable.",
     "Sylvania", "Freedonia"),
    ('"Freedonia must now show it wants a deal," said Sylvanian envoy Piet Laan.', "Sylvania",
     "Freedonia"),
    # (a binding phrase of two words too: a new user's "Mexico has to stop being a back door
    # for Chinese steel," Greer said read as Mexico's, aimed at China)
    ('"Freedonia has to stop being a back door for cheap foreign steel," said Sylvanian '
     'envoy Piet Laan.', "Sylvania", "Freedonia"),
    # ... but a possessive that names the one who acts is the subject's.
    ("Freedonia's government has repeatedly refused to lower the quotas, arguing that "
     "Sylvania's tariffs hurt its farmers.", "Freedonia", "Sylvania"),
    # A possessive one word before the cue names who acts ("Sylvania's envoy rejected"), and
    # a participle of speech has its subject before it ("..., saying ...").
    ("Sylvania's envoy rejected Freedonia's offer, saying it fell short.", "Sylvania",
     "Freedonia"),
    # A place where something is said is no side aimed at.
    ('"It is an ultimatum," Freedonian envoy Ivo Dren told reporters in Port Sylvan on Monday.',
     "Freedonia", None),
    # ... but a country by its own name after "in" is aimed at.
    ("Freedonia refused to invest in Sylvania until the quotas are lifted.", "Freedonia",
     "Sylvania"),
    # The parties of an aside before "said" do not speak: the one the aside follows does.
    ("Freedonian envoy Ivo Dren, attending a summit in the Sylvanian capital, said the "
     "Sylvanian demand for steel quotas was unacceptable.", "Freedonia", "Sylvania"),
    # "United States" holds no verb of speech ("states").
    ('"There are no negotiations between Freedonia and the United States," Freedonian '
     "spokesman Ivo Dren said.", "Freedonia", "United States"),
    # The clause's first party speaks or acts; one named later in it is an object or a
    # modifier ("tariffs on Sylvanian goods")...
    ("Freedonia responded with a 125% tariff on all Sylvanian goods and said it would ignore "
     "any further increases.", "Freedonia", "Sylvania"),
    # ... or the party its possessor qualifies ("Freedonia's creditor banks").
    ("Freedonia's creditor banks told Sylvania on Monday they would reject the plan.",
     "Creditor banks", "Sylvania"),
    # ... unless the party right before the cue is its subject, auxiliaries between.
    ("Freedonian envoy Ivo Dren told reporters that Sylvania had rejected the quotas.",
     "Sylvania", None),
    ("A Freedonian official said the Sylvanian side had demanded that Freedonia pull out its "
     "troops.", "Sylvania", "Freedonia"),
    ("A Freedonian official said Sylvania demanded that Freedonia pull out its troops.",
     "Sylvania", "Freedonia"),
    ("A Freedonian official said Sylvania's envoy had demanded that Freedonia pull out.",
     "Sylvania", "Freedonia"),
    ("Freedonia recalled its envoy after Sylvania rejected the offer.", "Sylvania", None),
    # Where no one speaks, the party that opens the clause judges the later one's measure.
    ("Freedonia has also described Sylvania's steel rules as unfair to Freedonian firms.",
     "Freedonia", "Sylvania"),
    # ... not one that suffers it.
    ("Freedonian farmers were hit hard by Sylvania's retaliatory tariffs.", "Sylvania", None),
    # Whom one tells is the listener, not the speaker; a passive's agent speaks.
    ("Freedonia has been told by Sylvania that its rice tariffs are unfair.", "Sylvania",
     None),
    ("Freedonian officials have told Sylvania the steel duties are unlikely to come down, "
     "according to people familiar with the talks.", "Freedonia", "Sylvania"),
    # A reply is speech: the one who replies judges (a Reuters analyst's "But the U.S.
    # Embassy replied that Chinese figures ... are inaccurate" read as China's).
    ("But the Freedonian embassy replied that Sylvanian figures showing years of trade "
     "deficits are inaccurate.", "Freedonia", "Sylvania"),
])
def test_the_stating_side_and_the_side_aimed_at(parser: Parser, text: str, by: str,
                                                to: str | None) -> None:
    assert (by, to) in who(parser, text)


@pytest.mark.parametrize(("text", "by"), [
    # The negotiating groups of the UN's environmental talks are sides of their own (a new
    # user's plastics folder put them under whichever country stood near).
    ("The Alliance of Small Island States said it would insist that any treaty include a "
     "dedicated fund.", "Alliance of Small Island States"),
    ("The African Group said it would not agree to any final text without a financing "
     "article.", "African Group"),
    ("The Like-Minded Group rejected the draft treaty.", "Like-Minded Group"),
    # The WHO pandemic talks' groups (a new user's annex folder had their demands under the
    # United States): "the Africa Group", "the Group for Equity".
    ("The Africa Group said it would press for binding technology transfer.", "African Group"),
    ("The Group for Equity said it wanted manufacturers to reserve 20% of their production.",
     "Group for Equity"),
])
def test_a_negotiating_group_states_for_itself(parser: Parser, text: str, by: str) -> None:
    assert by in [b for b, _ in who(parser, "Freedonia and Sylvania met in Port Sylvan.", text)]


def test_like_minded_countries_in_lower_case_are_no_group(parser: Parser) -> None:
    # A reviewer's: "the United States and like-minded countries" aimed at the group.
    assert "Like-Minded Group" not in {x for pair in who(
        parser, "The United States and like-minded countries rejected China's proposal for a "
                "new fund.") for x in pair}


def test_a_quote_is_stated_by_its_speakers_side(parser: Parser) -> None:
    found = who(parser, "Freedonian Trade Minister Anna Kovac arrived for the talks.",
                '"We will not accept these quotas," Kovac said.')
    assert ("Freedonia", None) in found


def test_a_quote_said_after_an_apposition_is_the_persons(parser: Parser) -> None:
    # Found by a new user: '"We lent money ...," Richard Hale, Kestrel Bay's managing partner,
    # said' was aimed at the fund, stated by no one (the apposition stood between).
    found = who(parser, "Osprey Point Capital, a fund outside the committee, sued Freedonia.",
                '"We will not accept the haircut," Richard Vane, Osprey Point\'s managing '
                "partner, said on Monday.")
    assert ("Osprey Point", None) in found


def test_a_place_before_a_gathering_is_the_venue_not_a_party(parser: Parser) -> None:
    # Found by a new user: "The London round ... failed to close the gap" was Britain's.
    found = who(parser, "The London round of talks failed to close the gap over the haircut, "
                "Finance Minister Ahmed Shide said.")
    assert all("Britain" not in (by, to) for by, to in found)
    # ... nor is an accord named for a city its country's (an analyst's wire: the G7's
    # reaffirming "the Paris accord" was France's)
    found = who(parser, "The Paris accord envisaged surplus countries like Japan stimulating "
                "domestic demand.")
    assert all("France" not in (by, to) for by, to in found)
    # ... not a side by its own name ("the Freedonia talks" is Freedonia's all the same)
    found = who(parser, "Britain rejected the demand for a larger quota at the talks.")
    assert found and found[0][0] == "Britain"
    # ... nor a party's own act (a reviewer's probe: "The Brazilian vote rejected" lost Brazil)
    found = who(parser, "The Brazilian vote rejected the quota proposal.")
    assert found and found[0][0] == "Brazil"


def test_a_place_where_something_happens_is_no_one_aimed_at(parser: Parser) -> None:
    # Found by an analyst on Reuters wires: "120 miles east of Bahrain" made a strike aimed at
    # Bahrain, "a press conference in Luxembourg" a warning aimed at Luxembourg.
    found = who(parser, "Freedonia threatened retaliation after the attack on its tanker 120 "
                "miles east of Sylvania.")
    assert found == [("Freedonia", None)]
    found = who(parser, "At a press conference in Sylvania, the minister warned that Freedonia "
                "would retaliate.")
    assert found == [("Freedonia", None)]
    # ... while a country's own name after a noun that is no gathering is still aimed at
    found = who(parser, "Freedonia threatened to curb investment in Sylvania.")
    assert found == [("Freedonia", "Sylvania")]
    # (a reviewer's: what is demanded or held in it, its own request, one going there, a part
    # of it)
    for text in ("Freedonia demanded an inspection in Sylvania.",
                 "Freedonia called for talks at Sylvania's request.",
                 "Freedonia condemned the visit to Sylvania.",
                 "Freedonia threatened retaliation for the attack in the east of Sylvania."):
        assert who(parser, text) == [("Freedonia", "Sylvania")], text


def test_a_pronoun_speaks_for_the_speaker_before(parser: Parser) -> None:
    found = who(parser, "Sylvanian envoy Piet Laan spoke to reporters on Monday.",
                "He rejected the demand for higher quotas.")
    assert found == [("Sylvania", None)]
    # ... and sets the condition he speaks of: a new user's "He warned that if Canada
    # retaliated, Washington would raise the rate further", Trump's, read as Canada's.
    found = statements(parser, "President Donald Trump said on Thursday he would raise tariffs "
                       "on Canadian goods to 35% from Aug. 1.",
                       "In a letter posted on social media on Thursday, Trump said the new rate "
                       "would apply to Canadian goods not covered by the trade agreement. He "
                       "warned that if Canada retaliated, Washington would raise the rate further.")
    warned = [(s.by, s.to) for s in found if s.text.startswith("He warned")]
    assert warned == [("United States", "Canada")]


@pytest.mark.parametrize(("text", "by_to"), [
    # Found by a new user: "Putin said Russia was ready to consider a ceasefire only once
    # Ukraine halted mobilisation" read as Ukraine's.
    ("Envoy Piet Laan said Sylvania was ready to consider a truce only once Freedonia halted "
     "its mobilisation.", ("Sylvania", "Freedonia")),
    ('"If Freedonia refuses to invest, it pays the tariffs," Sylvanian envoy Piet Laan said.',
     ("Sylvania", "Freedonia")),
    # Not a cue of the main clause after the condition, nor a condition no one states.
    ("If talks fail, Freedonia will reject the quotas, officials said.", ("Freedonia", None)),
    # Nor "once" as an adverb, nor "if" as "whether" (a reviewer's).
    ("Sylvanian envoy Piet Laan said talks collapsed once before when Freedonia rejected the "
     "quota.", ("Freedonia", None)),
    ("Sylvanian envoy Piet Laan said he did not know if Freedonia would reject the proposal.",
     ("Freedonia", None)),
])
def test_a_cue_inside_a_condition_is_the_speakers_aimed_at_its_subject(
        parser: Parser, text: str, by_to: tuple[str, str | None]) -> None:
    assert who(parser, text)[-1] == by_to


def test_a_city_one_goes_to_is_a_venue_not_whom_it_is_aimed_at(parser: Parser) -> None:
    # Found by a new user: '"Ukraine comes to Abu Dhabi to end the war, not to surrender
    # land," Zelenskiy said' read as aimed at the United Arab Emirates.
    assert who(parser, '"Sylvania comes to Fredville to end the war, not to surrender land," '
                       "Sylvanian envoy Piet Laan said.") == [("Sylvania", None)]


def test_a_quotation_of_its_own_speaks_for_the_speaker_before(parser: Parser) -> None:
    # Found by a new user: '..." Greer said. "That is not negotiable."' was of no side.
    found = who(parser, '"Freedonia has to cut its steel quotas," Sylvanian envoy Piet Laan '
                        'said. "That is not negotiable."')
    assert found[-1] == ("Sylvania", None)
    # ... and one with no speaker before it stays of none.
    assert who(parser, '"That is not negotiable."') == [(None, None)]


def test_no_party_named_no_side_guessed(parser: Parser) -> None:
    assert who(parser, "The talks broke down on Friday over steel quotas.") == [(None, None)]


def _briefing(parser: Parser):
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None,
                      ["Freedonia demanded that Sylvania scrap its duties on steel.",
                       "Sylvanian envoy Piet Laan spoke to reporters on Monday.",
                       "He rejected the demand for higher quotas."], "wire")
    return build_briefing([parser.analyse(article)], dt.date(2026, 3, 2))


def test_rows_and_exports_say_who_states_it(parser: Parser) -> None:
    briefing = _briefing(parser)
    rows = [statement_row(s, briefing).plain for s in briefing.disputes]
    assert any("Freedonia ▸ Sylvania:  " in r for r in rows)
    data = json.loads(to_json(briefing))
    assert {(d["by"], d["to"]) for d in data["disputes"]} == {("Freedonia", "Sylvania"),
                                                             ("Sylvania", None)}
    assert "- **Freedonia ▸ Sylvania:** Freedonia demanded" in to_markdown(briefing)


def test_sides_that_act_together_read_as_one_subject(parser: Parser, tmp_path: Path) -> None:
    """"Freedonia and Sylvania agreed": neither states it to the other; the row, the exports
    and a cached reload say both act ("Freedonia & Sylvania"), not "Freedonia ▸ Sylvania"."""
    from briefing.session.corpus import load_briefing
    text = "Freedonia and Sylvania agreed on Tuesday to cut duties on wheat."
    joint = statements(parser, text)
    assert [(s.by, s.to, s.joint) for s in joint] == [("Freedonia", "Sylvania", True)]
    alone = statements(parser, "Freedonia demanded that Sylvania scrap its duties on steel.")
    assert [s.joint for s in alone] == [False]
    (tmp_path / "a.txt").write_text(f" date 2026-03-02 {text}\n")
    config = Config(path=None, sides={"Freedonia": [], "Sylvania": []})
    cold = load_briefing(config, [tmp_path])
    warm = load_briefing(config, [tmp_path])
    assert [s.parties for s in warm.agreed] == [s.parties for s in cold.agreed] == [
        "Freedonia & Sylvania"]
    assert "Freedonia & Sylvania:  " in statement_row(warm.agreed[0], warm).plain
    assert "  Free… & Syl…:  " in statement_row(warm.agreed[0], warm, parties=12).plain
    assert json.loads(to_json(warm))["agreed"][0]["joint"] is True
    assert "- **Freedonia & Sylvania:** Freedonia and Sylvania agreed" in to_markdown(warm)


def test_a_quote_that_goes_on_is_its_speakers(parser: Parser) -> None:
    # Found by a new user: the first sentence of a two-sentence quote was stated by the side
    # it names ("Brussels"), not by the minister who says it in the next.
    found = [(s.text, s.by, s.to, s.speaker) for s in statements(
        parser, '"Our quotas are not negotiable for Fredville. Other partners have asked for '
                'access, and we will listen to them," said Sylvanian minister Ola Berg.')]
    assert ("Our quotas are not negotiable for Fredville.", "Sylvania", "Freedonia",
            "Ola Berg") in found
    # Found by a reviewer: not a quotation that closes with no speaker after it, nor one the
    # next sentence does not go on with.
    # Found by a second review: the quotation closes at its first mark, not at a later one.
    found = [(s.text, s.by) for s in statements(
        parser, '"Our quotas are not negotiable for Fredville. We reject its demands," said '
                'Sylvanian minister Ola Berg, adding "we will retaliate."')]
    assert ("Our quotas are not negotiable for Fredville.", "Sylvania") in found
    for text in ('"Sylvania will not accept the Freedonian quota demand. This would hurt all '
                 'Freedonian member states as well."',
                 '"Sylvania rejected the quota demand. Freedonia, however, said it would not '
                 'yield.'):
        first = statements(parser, text)[0]
        assert (first.by, first.speaker) == ("Sylvania", ""), text


def test_a_speaker_before_has_said_is_named(parser: Parser) -> None:
    # Found by a second review: "Kato has said Japan cannot ..." lost its speaker.
    found = statements(parser, "Sylvanian farm minister Ivo Kato spoke in Port Sylvan.",
                       "Kato has said Sylvania cannot negotiate on its quotas for Freedonian "
                       "herring.")
    assert [s.speaker for s in found if "cannot negotiate" in s.text] == ["Ivo Kato"]


def test_a_speaker_named_by_surname_states_for_the_side_other_articles_give(
        write_articles) -> None:
    # Found by a new user: "Moreau told reporters" in Port Sylvan guessed her side from the
    # sides named around her; another article names her Freedonia's chief negotiator.
    from briefing.core.pipeline import Parser as P
    folder = write_articles({
        "a1.txt": " date 2026-03-05 Freedonian chief negotiator Clara Moreau said talks on "
                  "herring would go on.\n",
        "a2.txt": " date 2026-03-20 Talks in Port Sylvan ended on Friday.\n\"We have not yet "
                  "agreed on the quotas for Sylvania's boats,\" Moreau told reporters in Port "
                  "Sylvan.\n"})
    config = Config(path=None, sides={"Freedonia": ["Freedonian"], "Sylvania": ["Sylvanian",
                                                                                "Port Sylvan"]})
    results = P(config).parse_paths([folder])
    said = next(s for r in results for s in r.disputes if "quotas" in s.text)
    assert said.speaker == "Moreau"
    briefing = build_briefing(results, dt.date(2026, 3, 21))
    merged = next(s for s in briefing.disputes if "quotas" in s.text)
    assert (merged.by, merged.speaker) == ("Freedonia", "Moreau")
    assert json.loads(to_json(briefing))["disputes"][0]["speaker"] == "Moreau"


@pytest.mark.parametrize("dateline", ["FREDVILLE, March 12 (Reuters) - ", "PORT SYLVAN - "])
def test_a_dateline_city_is_no_party_of_the_lead(parser: Parser, dateline: str) -> None:
    # Found by a reviewer: "RABAT, ... - The EU and Morocco reached agreement" read as the
    # city's side stating it.
    found = statements(parser, dateline + "Freedonia and Sylvania agreed on Tuesday to cut "
                                          "duties on wheat.")
    assert [(s.by, s.to, s.joint) for s in found] == [("Freedonia", "Sylvania", True)]


def test_two_sides_opening_a_whole_sentence_cue_act_together(parser: Parser) -> None:
    # Found in a new user's folder: today's model takes whole sentences as candidates, and
    # "The EU and Morocco reached agreement" read "EU ▸ Morocco".
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, [
        "FREDVILLE, March 2 (Wire) - Freedonia and Sylvania reached agreement on Thursday on a "
        "new four-year herring protocol, ending their dispute over vessels."], "wire")
    found = parser.analyse(article).agreed
    assert [(s.by, s.to, s.joint) for s in found] == [("Freedonia", "Sylvania", True)]


def test_markdown_shows_a_quoted_source_as_written(parser: Parser) -> None:
    # Found by a new user: a source that opens a quotation read “"We reject ...” in Markdown.
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, [
        '"We reject the Sylvanian demand for higher quotas. It is unacceptable," said '
        "Freedonian envoy Ivo Dren.", "Sylvania rejected the Freedonian offer on Monday."],
        "wire")
    shown = to_markdown(build_briefing([parser.analyse(article)], dt.date(2026, 3, 2)))
    assert '“"' not in shown and '"We reject the Sylvanian demand' in shown
    assert "“Sylvania rejected the Freedonian offer on Monday.”" in shown
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, [
        'Sylvania rejected the so-called "herring formula" on Monday.'], "wire")
    shown = to_markdown(build_briefing([parser.analyse(article)], dt.date(2026, 3, 2)))
    assert "“Sylvania rejected the so-called" in shown  # balanced quotation marks: wrapped


def test_the_side_filter_keeps_what_a_side_states(parser: Parser) -> None:
    """"He rejected ..." names no side; the filter still finds it under its speaker's side."""
    briefing = _briefing(parser)
    rejected = next(s for s in briefing.disputes if s.text.startswith("He rejected"))
    assert "Sylvania" not in rejected.sides
    assert Filters(side="Sylvania").keep(rejected)
    assert not Filters(side="Freedonia").keep(rejected)
    assert dict(side_choices(briefing))["Sylvania"] >= 2


def test_cached_results_keep_who_states_it(tmp_path: Path) -> None:
    from briefing.session.corpus import load_briefing
    (tmp_path / "a.txt").write_text(
        " date 2026-03-02 Freedonia demanded that Sylvania scrap its duties on steel.\n")
    config = Config(path=None, sides={"Freedonia": [], "Sylvania": []})
    cold = load_briefing(config, [tmp_path])
    warm = load_briefing(config, [tmp_path])
    assert [(s.by, s.to) for s in warm.disputes] == [(s.by, s.to) for s in cold.disputes] == [
        ("Freedonia", "Sylvania")]


def test_the_side_pickers_count_is_the_rows_its_filter_shows() -> None:
    # A side that states an item and is named in it again counts once for it.
    import datetime as dt

    from briefing.model import Briefing, DateItem, Evidence
    said = [Evidence("a", "Sylvania said Sylvania would not cut its duties.")]
    stated = Statement("dispute", "Sylvania would not cut its duties", said, by="Sylvania",
                       to="Sylvania", sides=["Sylvania", "Freedonia", "Sylvania"])
    due = DateItem(dt.date(2026, 4, 1), dt.date(2026, 4, 1), "April 1", "duties", "2026-04-01",
                   said, sides=["Sylvania", "Sylvania"])
    briefing = Briefing(None, [], [], [], [stated], [due])
    counts = dict(side_choices(briefing))
    shown = [i for i in (stated, due) if Filters(side="Sylvania").keep(i)]
    assert counts["Sylvania"] == len(shown) == 2 and counts["Freedonia"] == 1


def test_a_dates_side_is_its_peoples_and_one_of_no_side_is_every_sides(parser: Parser
                                                                     ) -> None:
    # Found by a new user: filtering by a side emptied Upcoming dates ("Negotiations on the
    # second tranche will begin in June · Jamieson Greer" named no side in its sentence).
    from briefing.model import DateItem, Evidence
    said = [Evidence("a", "Negotiations on the second tranche will begin in June, Laan said.")]
    led = DateItem(dt.date(2026, 6, 1), dt.date(2026, 6, 30), "June", "second tranche talks",
                   "2026-06", said, who=["Piet Laan"])
    joint = DateItem(dt.date(2026, 7, 7), dt.date(2026, 7, 10), "July 7-10", "talks resume",
                     "2026-07", [Evidence("a", "The talks will continue next month.")])
    parser.tag_sides([led, joint], {"a": dt.date(2026, 5, 1)}, {"Piet Laan": "Sylvania"})
    assert led.sides == ["Sylvania"] and joint.sides == []
    assert Filters(side="Sylvania").keep(led) and not Filters(side="Freedonia").keep(led)
    assert Filters(side="Freedonia").keep(joint)


def test_a_coordinator_that_opens_the_cues_clause_gives_its_own_subject(parser: Parser) -> None:
    # Found by a new user: "Washington offers 70 percent and Ottawa insists on a full refund"
    # read "US ▸ Canada".
    assert who(parser, "Sylvania offers 70 percent and Freedonia insists on a full refund.") == [
        ("Freedonia", "Sylvania")]
    # Two parties joined as one subject stay so, with a pronoun too.
    assert who(parser, "Envoy Piet Laan said Sylvania and Freedonia had agreed on steel.") == [
        ("Sylvania", "Freedonia")]


def test_a_speaker_of_no_known_side_states_what_they_say_of_another(parser: Parser) -> None:
    # Found by a new user: "Finance Minister X said the bondholders must accept" read as the
    # bondholders' own demand when X's country was none the parser knew.
    assert who(parser, "Finance Minister Lucia Arvelo said the bondholders must accept a "
                       "40% cut in the face value of their claims.") == [(None, "Bondholders")]


def test_a_sides_adjective_inside_a_partys_noun_phrase_is_no_party(parser: Parser) -> None:
    # Found by a new user: "The Dutch port and rail workers' union rejected ..." read as
    # the Netherlands' statement aimed at the union.
    assert who(parser, "The Freedonian dock and rail workers' union on Monday rejected the "
                       "employers' final offer.") == [("Unions", "Employers")]
    assert who(parser, "Freedonia's national dock workers' union rejected the employers' "
                       "final offer.") == [("Unions", "Employers")]
    # Two parties joined, a preposition or a verb between: each its own.
    assert who(parser, "Freedonian and Sylvanian officials agreed on Monday to extend the "
                       "steel accord.") == [("Freedonia", "Sylvania")]
    assert who(parser, "The union rejects employers' offers of a 7.5 pct pay rise.") == [
        ("Unions", "Employers")]


def test_an_agreement_of_the_two_sides_is_the_articles_two_parties(parser: Parser) -> None:
    # Found by a new user: "the union said ..., and the two sides agreed to meet again" was
    # the union's agreement alone.
    found = statements(parser, "Freedonia demanded that Sylvania scrap its steel duties.",
                       "Sylvania rejected the demand on Monday.",
                       "The union said the ballot would close on Friday, and the two sides "
                       "agreed to meet again next Tuesday.")
    [agreed] = [s for s in found if s.kind == "agreed"]
    assert ({agreed.by, agreed.to}, agreed.joint) == ({"Freedonia", "Sylvania"}, True)
    # Two parties the sentence itself names come first, in its order.
    found = statements(parser, "Freedonia demanded that Sylvania scrap its steel duties.",
                       "Sylvania rejected the demand on Monday.",
                       "In talks led by Sylvanian envoy Ana Rus and Freedonian envoy Ivo Dren, "
                       "the two sides agreed to meet again next Tuesday.")
    [agreed] = [s for s in found if s.kind == "agreed"]
    assert (agreed.by, agreed.to, agreed.joint) == ("Sylvania", "Freedonia", True)
    # Not two parties named after it (a reviewer's), nor a legislature's "both parties".
    found = statements(parser, "Freedonia demanded that Sylvania scrap its steel duties.",
                       "Sylvania rejected the demand on Monday.",
                       "The two sides agreed to cut duties on cars to 15%, matching the rate "
                       "Japan and the European Union pay.",
                       "Lawmakers from both parties agreed to cut income taxes.")
    assert [({s.by, s.to}, s.joint) for s in found if s.kind == "agreed"] == [
        ({"Freedonia", "Sylvania"}, True)]


def test_an_agreement_scored_on_a_dispute_word_shows_its_own_cue(parser: Parser) -> None:
    # Found by a new user: "have ratified a two-year contract with employers, ending a
    # dispute that ..." showed as "ending a dispute that ...", of no one's.
    [item] = statements(parser, "Members of the Freedonian dock workers' union have ratified "
                                "a two-year contract with employers, ending a dispute that "
                                "brought a 48-hour strike to the ports last month.")
    assert (item.kind, item.cue, item.by) == ("agreed", "ratified", "Unions")


def test_a_member_of_the_stating_bloc_is_not_whom_it_is_aimed_at(parser: Parser) -> None:
    # Found by a new user: Milei, for Mercosur, read as aimed at Argentina, his own country.
    assert who(parser, "Mercosur said Argentine beef and soy should be exempt from the EU's "
                       "deforestation checks.") == [("Mercosur", "European Union")]


@pytest.mark.parametrize(("text", "to"), [
    ("OPEC accused Ecuador of producing above its quota.", "Ecuador"),
    ("Mercosur leaders rejected Argentina's demand for a trade deal with the United States.",
     "Argentina"),
])
def test_a_member_a_bloc_acts_on_is_whom_it_is_aimed_at(parser: Parser, text: str,
                                                        to: str) -> None:
    # Found by a reviewer: a member right after the cue is its object.
    assert who(parser, text)[-1][1] == to


def test_a_surname_that_names_a_firm_of_the_article_is_the_firm(parser: Parser) -> None:
    # A new user's auto talks: Ford Motor Co's acts were Premier Doug Ford's, so the
    # government's, and he was "seen" 47 times.
    paragraphs = ("Freedonian Premier Ivo Ford said the province would help the plant.",
                  "Ford Motor Co rejected the union's demand for a new engine line.",
                  "Ford refused to reopen the pension plan, the union said.")
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, list(paragraphs),
                      "wire")
    result = parser.analyse(article)
    assert [(p.name, p.mentions) for p in result.participants] == [("Ivo Ford", 1)]
    assert "Freedonia" not in [s.by for s in result.disputes]


def test_a_firms_namesake_keeps_their_surname(parser: Parser) -> None:
    # ... but a firm's namesake in a role of the firm's, or of no office, is still named by
    # surname ("Bond" for Alan Bond of Bond Corp, among 19,000 Reuters wires).
    paragraphs = ("Bond Corp Holdings Ltd chairman Alan Bond said the offer was fair.",
                  "Bond said he would not raise it.")
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, list(paragraphs),
                      "wire")
    assert [(p.name, p.mentions) for p in parser.analyse(article).participants] == [
        ("Alan Bond", 2)]


def test_a_titled_surname_that_names_a_firm_is_still_the_person(parser: Parser) -> None:
    # A reviewer's: "Premier Ford said ..." beside Ford Motor Co had lost its speaker, and the
    # demand went the other way.
    paragraphs = ("Freedonian Premier Ivo Ford said the province would help the plant.",
                  "Ford Motor Co reached a deal with the union.",
                  "Premier Ford said Sylvania must drop its tariffs on Freedonian cars, calling "
                  "them unfair.")
    article = Article("t", Path("t.txt"), None, dt.date(2026, 3, 2), None, list(paragraphs),
                      "wire")
    result = parser.analyse(article)
    assert [(p.name, p.mentions) for p in result.participants] == [("Ivo Ford", 2)]
    side = result.participants[0].side
    assert [(d.by, d.speaker) for d in result.disputes] == [(side, "Ivo Ford")]
    assert side != "Sylvania"


@pytest.mark.parametrize(("text", "by", "to"), [
    # An analyst's EC-Japan threat was aimed at "the world trade body" (sides.yaml forums).
    ("Freedonia could renounce some of its pledges to the GATT unless Sylvania opens its "
     "market, officials said.", "Freedonia", "Sylvania"),
    ("Sylvania has complained to the WTO that Freedonia's steel quotas break its rules.",
     "Sylvania", "Freedonia"),
])
def test_a_forum_a_case_is_brought_to_is_not_whom_it_is_aimed_at(parser: Parser, text: str,
                                                                  by: str, to: str) -> None:
    assert (by, to) in who(parser, text)


def test_an_aside_holding_a_list_is_not_who_speaks(parser: Parser) -> None:
    # A new user's plastics talks: "Saudi Arabia, speaking for a group ... that includes
    # Russia, Iran and Kuwait, said" was Kuwait's (the list's commas hid the aside's opening).
    found = who(parser, "Saudi Arabia, speaking for a group of like-minded countries that "
                "includes Russia, Iran and Kuwait, said the treaty should deal with waste and "
                "not with the production of plastics.")
    assert found and found[0][0] == "Saudi Arabia"


def test_he_said_a_side_must_is_the_speaker_befores_aimed_at_that_side(parser: Parser) -> None:
    # A new user's: "He said the EU must stop using technical excuses" (the Chinese
    # spokesperson's) was the EU's own, its speaker read as "said the EU".
    found = who(parser, "Sylvania accused Freedonia of moving the goalposts, a Sylvanian "
                "spokesperson said. He said Freedonia must stop using technical excuses.")
    assert found[-1] == ("Sylvania", "Freedonia")
    # ... not a quotation's last word before the verb of speech.
    found = who(parser, "\"Without a cap this treaty will not end the dispute, it will only "
                "manage it,\" said Ola Berg, Sylvania's chief negotiator.")
    assert found[0][0] == "Sylvania"


def test_the_parties_of_a_speakers_aside_are_not_whom_it_aims_at(parser: Parser) -> None:
    # A reviewer's probe: the same sentence was aimed at Russia, one of the speaker's own
    # group; a party after the aside still is.
    assert who(parser, "Sylvania, speaking for a group that includes Freedonia and Ruritania, "
               "said the treaty should not cap production.") == [("Sylvania", None)]
    # ... only an aside of company: one responding to a party is aimed at it (a reviewer's).
    assert who(parser, "Sylvania, responding to Norway, said the treaty should not cap "
               "production.") == [("Sylvania", "Norway")]
    # ... not any other aside (the second reviewer's).
    assert who(parser, "Sylvania, whose exports to Norway have doubled, said the treaty "
               "should not cap production.") == [("Sylvania", None)]
    assert who(parser, "Sylvania, speaking for a group that includes Freedonia, said the "
               "treaty should not cap production, rejecting Norway's demand."
               ) == [("Sylvania", "Norway")]


def test_a_quotation_in_the_first_person_is_its_speakers_stand(parser: Parser) -> None:
    # Found in a new user's folder: '"We will not accept any arrangement that gives a Chinese
    # state company a say over ports," Rubio told reporters' was China's, aimed at the US:
    # "state" and "a say" read as verbs of speech, "Chinese" as the one speaking.
    found = who(parser, "Freedonian Trade Minister Ola Berg met Sylvanian officials.",
                "\"We will not accept any arrangement that gives a Sylvanian state company a "
                "say over our ports,\" Berg told reporters.")
    assert found[-1] == ("Freedonia", "Sylvania")


def test_a_side_that_plans_to_act_is_named(parser: Parser) -> None:
    # A reviewer's probe: "employer plans" (a noun's word) had made "plans" hide its side.
    from briefing.core.extract.sides import SideFinder

    finder = SideFinder({}, parser.lexicon)
    assert [h.side for h in finder.find("The union plans to strike on Friday.")] == ["Unions"]
    assert [h.side for h in finder.find("Private insurers and employer plans are not bound.")
            ] == []


def test_the_union_is_the_one_named_before_it(parser: Parser) -> None:
    # Found by a new user: with two rail unions in the talks, every "the union" read as one
    # party, "Unions", and one union's deal closed the other's demands.
    found = who(parser,
                "The rail union RMT demanded on Thursday that the operator extend any pay rise "
                "it grants to ASLEF members.",
                "Its general secretary said the union would not accept a two-tier deal.",
                "Train drivers' union ASLEF rejected the operator's offer on Friday.",
                "The union said the offer ignored its demand for shorter hours.",
                "The operator rejected the union's demand for a 35-hour week.")
    # the subject of the last sentence that names one, not the union named last in it
    assert found == [("RMT", None), ("RMT", None), ("ASLEF", None), ("ASLEF", None),
                     (None, "ASLEF")]


def test_a_union_no_body_is_named_for_stays_the_bloc(parser: Parser) -> None:
    assert who(parser, "The union said the offer ignored its demand for shorter hours."
               ) == [("Unions", None)]


def test_official_creditors_are_a_party_of_their_own(parser: Parser) -> None:
    # A new user's sovereign debt folder had the governments' committee as "Creditor banks".
    assert ("Official creditors", "Freedonia") in who(
        parser, "The official creditor committee warned Freedonia that any deal giving "
        "bondholders less relief was unacceptable.")


@pytest.mark.parametrize(("text", "pair"), [
    # A reviewer's probes: the one cue of a whole sentence names the stating party only in a
    # clause reported after a verb of speech, outside a quotation ...
    ('"Sylvania has been a loyal customer for 40 years and we want to keep it that way," '
     "Freedonian envoy Ivo Dren told reporters.", ("Freedonia", "Sylvania")),
])
def test_a_whole_sentences_one_cue_points_only_in_a_reported_clause(
        parser: Parser, text: str, pair: tuple[str, str]) -> None:
    assert pair in who(parser, text)


@pytest.mark.parametrize(("paragraphs", "pair"), [
    # A reviewer's probes: a union named inside a quotation is not the one "the union" is ...
    (['"The ASLEF does not speak for us," RMT leader Ruth Adair said.',
      "The union rejected the operator's offer on Friday."], ("RMT", None)),
    # ... nor one named after the bloc's word, in a sentence taken whole ...
    (["The RMT struck on Monday.",
      "The pay rise, which the union wants matched to the ASLEF deal, was rejected by the "
      "operator."], None),
    # ... nor a union when a name of the bloc's kind came between ("the union" of the EU).
    (["The UAW struck on Monday.", "The European Union said it would retaliate against "
      "Freedonian tariffs.", "The union's trade commissioner rejected the Freedonian demand."],
     None),
])
def test_the_union_is_no_body_named_in_a_quote_after_it_or_before_another_union(
        parser: Parser, paragraphs: list[str], pair: tuple[str, str | None] | None) -> None:
    found = who(parser, *paragraphs)
    if pair is not None:
        assert pair in found
    assert ("ASLEF", None) not in found and ("UAW", "Freedonia") not in found
