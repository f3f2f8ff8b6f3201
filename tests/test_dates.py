"""The Upcoming dates panel: what is kept, and what is due."""

from __future__ import annotations

import datetime as dt

import pytest

from briefing.core.extract.dates import extract_dates
from briefing.core.merge.upcoming import upcoming

PUB = dt.date(2026, 3, 2)


def dates(parser, sentences, text: str):
    return extract_dates(sentences(text), PUB, parser.lexicon)


def test_what_is_due_is_the_event(parser, sentences) -> None:
    found = dates(parser, sentences, "The next ministerial meeting will be held on March 20.")
    assert found[0].what == "next ministerial meeting"


def test_hedged_dates_stay_off(parser, sentences) -> None:
    assert dates(parser, sentences, "A deal is coming, maybe not tomorrow.") == []
    assert dates(parser, sentences, "They discussed a possible cut from next year.") == []
    assert dates(parser, sentences, "A formal signing could take place later this month.") == []
    assert dates(parser, sentences, "Ministers could vote as early as next month.") == []
    found = dates(parser, sentences, "Ministers will vote on the pact next month.")
    assert [d.expression for d in found] == ["next month"]
    assert dates(parser, sentences, "Officials said the study may be released next month.") == []
    found = dates(parser, sentences, "Brazil will open registrations for May shipment next week.")
    assert [d.expression for d in found] == ["next week"]  # the month, not the verb
    assert dates(parser, sentences, "MAYBE THE TALKS WILL RESUME NEXT MONTH.") == []
    found = dates(parser, sentences, "The talks could fail, but ministers meet again on Friday.")
    assert [d.expression for d in found] == ["on Friday"]  # another clause's guess


def test_upcoming_keeps_periods_after_publication_and_as_of(parser, sentences) -> None:
    found = dates(parser, sentences,
                  "Talks ended on Friday. They resume on March 20 and end in April.")
    assert [d.expression for d in found] == ["on Friday", "March 20", "April"]
    assert [d.expression for d in upcoming(found, PUB, PUB)] == ["March 20", "April"]
    assert [d.expression for d in upcoming(found, PUB, dt.date(2026, 3, 25))] == ["April"]


def test_no_publication_date_no_dates(parser, sentences) -> None:
    assert extract_dates(sentences("They meet next week."), None, parser.lexicon) == []


def test_habitual_dates_stay_off(parser, sentences) -> None:
    assert dates(parser, sentences, "Traders noted demand usually fell with the onset of summer.") == []


def test_what_is_due_words_come_from_yaml(sentences) -> None:
    from briefing.config import Config
    from briefing.core.pipeline import Parser
    text = "Farm ministers will meet on March 20 despite the row."
    plain = Parser(Config(path=None))
    assert extract_dates(sentences(text), PUB, plain.lexicon)[0].what == "Farm ministers will meet"
    stopped = Parser(Config(path=None, lexicon={"time": {"what_stop_words": ["meet"]}}))
    assert extract_dates(sentences(text), PUB, stopped.lexicon)[0].what == "Farm ministers"


def test_clause_breaks_come_from_yaml(parser, sentences) -> None:
    from briefing.config import Config
    from briefing.core.pipeline import Parser
    text = "Exports grew whereas officials meet on March 20."
    assert dates(parser, sentences, text)[0].what == "Exports grew whereas officials meet"
    split = Parser(Config(path=None, lexicon={"time": {"clause_breaks": ["whereas"]}}))
    assert extract_dates(sentences(text), PUB, split.lexicon)[0].what == "officials meet"


def test_conditional_and_counterfactual_dates_are_not_due(parser, sentences) -> None:
    assert dates(parser, sentences, "Without the deal, duties were set to rise on August 1.") == []
    assert dates(parser, sentences,
                 "Exporters will pay more in the event the duties take effect in June.") == []
    assert [d.expression for d in dates(parser, sentences,
                                        "The duties take effect on August 1.")] == ["August 1"]
    # "would have to" is a duty, not a counterfactual: its date stands.
    assert dates(parser, sentences, "Any tariff cut would have risen on August 1.") == []
    assert [d.expression for d in dates(
        parser, sentences, "Any tariff cut would have to be paid for in the budget on August 1."
    )] == ["August 1"]


def test_a_date_a_condition_opens_on_is_not_due_unless_an_event_is(parser, sentences) -> None:
    # Found by a new user following Egypt's IMF talks: a union's threat "would strike if the
    # government raised diesel prices again before the summer" listed the summer as due.
    assert dates(parser, sentences, "Workers would strike if the government raised diesel "
                 "prices again before the summer, the union said.") == []
    assert dates(parser, sentences, "Duties rise unless prices fall by April 30.") == []
    # An event between, or right after the date, is due whatever comes of the condition.
    found = dates(parser, sentences, "Japan may retaliate if the United States imposes its "
                  "planned sanctions on April 17.")
    assert [d.expression for d in found] == ["April 17"]
    for text, kept in [
            ("If consumers accept the plan it will go to producers at the September meeting.",
             ["September"]),
            ("OPEC will cut output if prices fall before the June 5 OPEC meeting.", ["June 5"]),
            # an event in the next clause, or well before the date, is not the date's own
            ("The tariffs rise unless prices fall by April 30; talks resume on May 5.",
             ["May 5"]),
            ("Duties rise if Freedonia did not lift its quota by the end of March.", []),
            # ... but a deal's deadline is one: "if no deal is reached by March 31"
            ("Ports close if no deal is reached by March 31.", ["March 31"]),
            # ... not an event as the subject with no deadline's link ("by", "before")
            ("The economy will shrink if sanctions are still in place in 2027.", []),
            ("Investors will sell if the talks drag on into June.", []),
            # not a condition: a set phrase, "even if", a participle, going ahead
            ("What changes if any will be made will be announced on March 20.", ["March 20"]),
            ("The ministers will meet again if necessary in April.", ["April"]),
            ("The vote will go ahead even if the opposition boycotts it on March 20.",
             ["March 20"]),
            ("The budget, if approved by parliament on March 20, takes effect in April.",
             ["March 20", "April"]),
            ("Talks, if they go ahead as planned on March 20, will focus on tariffs.",
             ["March 20"]),
            # "if" as "whether": after a verb of asking or doubt, or of saying refused
            ("He declined to tell reporters if the ceiling would be raised for the third "
             "quarter.", ["third quarter"]),
            ("It is uncertain if OPEC will cut output in April.", ["April"]),
            ("Officials are checking if the shipment will arrive on March 20.", ["March 20"]),
            # ... but "said if" or "said unless" opens a condition
            ("The union said if the company did not improve its offer by Friday, members "
             "would walk out.", []),
            ("The union said unless the company improved its offer by Friday, members would "
             "walk out.", [])]:
        assert [d.expression for d in dates(parser, sentences, text)] == kept, text
    # A date gone by in the condition stays on the timeline: what was done then.
    found = dates(parser, sentences, "Delhi will not cut its tariff on whisky unless Britain "
                  "eases the duties it imposed last year.")
    assert [d.expression for d in found] == ["last year"]
    # The date before the condition is the threat's own.
    found = dates(parser, sentences, "The union will strike on April 5 if prices rise.")
    assert [d.expression for d in found] == ["April 5"]


def test_a_date_that_was_due_before_something_overtook_it_is_not_due(parser, sentences) -> None:
    # The arrangements were extended: the lapse they "had been due" for, or "would otherwise
    # have" had, is no longer ahead.
    assert dates(parser, sentences, "The access rules, which would otherwise have lapsed next "
                                    "year, will run on.") == []
    # A plan overtaken stays in the timeline, called off ("had been due"): never upcoming.
    text = "The deal extends arrangements that had been due to lapse next year."
    found = dates(parser, sentences, text)
    assert [d.called_off for d in found] == [text]
    assert upcoming(found, PUB, PUB) == []
    assert not dates(parser, sentences, "The access rules are due to lapse next year.")[0].called_off


def test_a_clause_that_adds_to_a_noun_names_the_noun(parser, sentences) -> None:
    found = dates(parser, sentences, "They extended the standstill arrangement, expiring "
                                     "June 30, by three years.")
    assert found[0].what == "extended the standstill arrangement, expiring"
    found = dates(parser, sentences, "Talks move to the OECD, which meets in May.")
    assert found[0].what == "move to the OECD, which meets"


def test_a_date_after_said_that_belongs_to_what_was_said(parser, sentences) -> None:
    """"said that from June, ...": the date is of what was said, not the day of saying it,
    so the label is what happens then, not nothing and not the saying."""
    found = dates(parser, sentences, "Rask said that from June, the port would open to "
                                     "Sylvanian ships.")
    assert found[0].what.startswith("the port would open")
    found = dates(parser, sentences, "In a letter, the board stated that through May 31 it "
                                     "will not raise fees.")
    assert found[0].what == "it will not raise fees"


def test_a_date_ahead_is_never_the_day_of_a_report(parser, sentences) -> None:
    """"Rask said by June, the port would ..." is no report dated June: the label is what is
    due then, not nothing."""
    found = dates(parser, sentences, "Rask said by June, the port would handle twice as many "
                                     "ships.")
    assert found[0].what.startswith("the port would handle")


def test_a_quotation_labels_without_its_attribution(parser, sentences) -> None:
    found = dates(parser, sentences, '"By June, maybe, we will open the port," Rask added.')
    assert found[0].what == "we will open the port"
    found = dates(parser, sentences, 'The "A" period runs from May 7 to August 6.')
    assert "period runs" in found[-1].what  # a word in scare quotes ends no quotation


def test_a_clause_that_says_which_takes_its_noun(parser, sentences) -> None:
    # Found by a new user: "a working group on steel and aluminum that will meet for the first
    # time next Tuesday" was labelled "that will meet for the first time".
    found = dates(parser, sentences, "The two sides agreed to set up a working group on steel "
                                     "and aluminium that will meet for the first time next "
                                     "Tuesday in Fredville.")
    assert found[0].what == ("working group on steel and aluminium that will meet for the "
                             "first time")
    # (not "where", which opens no subject's clause)
    found = dates(parser, sentences, "Talks went on in Fredville where a new round began on "
                                     "Tuesday.")
    assert not found[0].what.startswith("Talks went on")


def test_a_deadline_given_says_who_must_do_what(parser, sentences) -> None:
    # Found by a new user: "He said Mexico had until the end of next month to show measurable
    # results on fentanyl seizures" was labelled "Mexico had".
    found = dates(parser, sentences, "He said Freedonia had until the end of next month to "
                                     "show measurable results on border seizures.")
    assert found[0].what == "Freedonia to show measurable results on border seizures"
    found = dates(parser, sentences, "Sylvania has until July 9 to satisfy the conditions or "
                                     "face the higher rate.")
    assert found[0].what == "Sylvania to satisfy the conditions or face"
    # ... given by a verb, the one given it between ("gives Britain until July 9 to show")
    found = dates(parser, sentences, "The proclamation gives Sylvania until July 9 to show it "
                                     "is meeting its obligations.")
    assert found[0].what == "Sylvania to show it is meeting its obligations"
    # ... or a span given ("will have 60 days to respond"): who must act, no auxiliary
    found = dates(parser, sentences, "Market participants will have 60 days to respond to "
                                     "the proposals.")
    assert found[0].what == "Market participants to respond to the proposals"
    found = dates(parser, sentences, "The agreement gave each side 30 days to put together "
                                     "a definitive accord.")
    assert found[0].what == "each side to put together a definitive accord"
    # (not a relative clause's: "The ministers, who had until July 9 to decide")
    found = dates(parser, sentences, "The ministers, who had until July 9 to decide, asked for "
                                     "more time.")
    assert not found[0].what.startswith("who")


def test_a_bare_event_keeps_its_auxiliary_and_subject_not_another_clause(parser, sentences
                                                                         ) -> None:
    # "will also visit Bonn on Thursday" was "also visit"; "will be 12 mln initially and is
    # expected to begin in early 1990" held the clause before "and".
    found = dates(parser, sentences, "Bennett, who leads the soybean delegation, will also "
                                     "visit Fredville on Thursday.")
    assert found[0].what == "Bennett will also visit"
    found = dates(parser, sentences, "The plan ended in 1987 and trade talks will resume "
                                     "next month in Fredville.")
    assert not found[-1].what.startswith("1987")


def test_an_event_in_a_dates_purpose_is_not_what_is_due(parser, sentences) -> None:
    # Found by a new user: "Technical teams ... will meet next week in Ciudad Juarez to work
    # out a delivery schedule" was labelled "delivery".
    found = dates(parser, sentences, "Technical teams of the Boundary Commission will meet next "
                                     "week in Fredville to work out a delivery schedule.")
    assert found[0].what == "teams of the Boundary Commission will meet"
    # ... but one after a word that schedules it is what is due (a reviewer's)
    found = dates(parser, sentences, "The union is expected next week to vote on the offer.")
    assert found[0].what == "vote on the offer"


def test_a_label_that_opens_on_a_preposition_takes_its_noun(parser, sentences) -> None:
    # Among the Reuters corpus's labels: "of 50 mln dlrs in first mortgage bonds", "of
    # withdrawals was likely to speed up" (a fragment) were most of what the label said.
    found = dates(parser, sentences, "Offering of 50 mln dlrs in first mortgage bonds is "
                                     "expected on March 20.")
    assert found[0].what == "Offering of 50 mln dlrs in first mortgage bonds"
    found = dates(parser, sentences, "The pace of withdrawals was likely to speed up in April.")
    assert found[0].what.startswith("The pace of withdrawals")
    # Not over a reporting verb and its subject: what was said keeps its own label.
    found = dates(parser, sentences, "Traders said it bought paper for resale in April.")
    assert not found[0].what.startswith("Traders said")
    # Nor over a figure, a verb or the date itself (a reviewer found "due April with an
    # indicated coupon of 2 3 8 pct", "rose pct in January", "today in a statement").
    for text, label in [
            ("The bank bought 294 mln stg of paper for resale to the market on April 30.",
             "of paper for resale to the market"),
            ("The 35 mln dlr bond, due April 23, 1992 with an indicated coupon of 2-3/8 pct.",
             "with an indicated coupon of 2-3/8 pct"),
            ("Oil output rose 0.5 pct in May after a fall of 0.5 pct in April.",
             "in May after a fall of 0.5 pct")]:
        found = dates(parser, sentences, text)
        assert found[-1].what == label, (text, found[-1].what)


def test_a_label_opens_on_no_particle_cut_off_its_verb(parser, sentences) -> None:
    # An analyst's: "will work out stopgap measures which it will bring in on July 1" was
    # labelled "out stopgap measures which it will bring".
    found = dates(parser, sentences, "The Commission will work out stopgap measures which it "
                                     "will bring in on July 1 if the deadlock persists.")
    assert found[0].what.startswith("stopgap measures"), found[0].what


def test_an_ordinal_is_one_word_of_a_label(parser, sentences) -> None:
    found = dates(parser, sentences, "Rask is due to fly out on Monday for his 10th round of "
                                     "talks and to return on Friday.")
    assert all("10th round of talks" in d.what for d in found), [d.what for d in found]


def test_a_label_holds_no_part_of_its_abbreviated_month(parser, sentences) -> None:
    # Two new users' rows read "strike deadline of Oct" and "... water delivery to Oct".
    found = dates(parser, sentences, "The union set a strike deadline of Oct. 20.")
    assert found[0].what == "strike deadline", found[0].what
    found = dates(parser, sentences, "The union extended the strike deadline to Sept. 30.")
    assert found[0].what == "extended the strike deadline", found[0].what


def test_a_label_keeps_a_name_whole(parser, sentences) -> None:
    found = dates(parser, sentences, "Officials want the first projects in place before Prime "
                                     "Minister Ola Berg visits the Sylvanian capital on March 19.")
    assert found[0].what.startswith("Prime Minister Ola Berg visits"), found[0].what


def test_a_label_keeps_a_name_in_any_script_whole(parser, sentences) -> None:
    found = dates(parser, sentences, "Šefčovič and Lutnick are expected to speak by phone "
                                     "again later this week, a spokeswoman said.")
    assert found[0].what.startswith("Šefčovič and Lutnick"), found[0].what


def test_a_period_of_a_nouns_own_labels_the_noun(parser, sentences) -> None:
    found = dates(parser, sentences, "Ministers will meet at the Sylvanian trade forum in Vale, "
                                     "which runs from May 19 to 23.")
    assert found[0].what.endswith("trade forum in Vale"), found[0].what
    found = dates(parser, sentences, "The council, which meets next month, will discuss steel.")
    assert found[0].what.endswith("which meets")  # a meeting: the verb says what is due
    # Found by a new user: "the Association Council, which has" was the label.
    found = dates(parser, sentences, "Both sides hope to sign at the Association Council, "
                                     "which has been set for April 16 in Fredville.")
    assert found[0].what == "the Association Council", found[0].what


def test_a_label_does_not_end_in_what_a_cut_left_of_a_verb(parser, sentences) -> None:
    found = dates(parser, sentences, "A meeting has been tentatively scheduled for May 21, the "
                                     "council said.")
    assert found[0].what == "A meeting", found[0].what
    found = dates(parser, sentences, "The port opened export registrations for april and may "
                                     "on May 21.")
    assert not found[0].what.endswith(" and")


def test_a_label_does_not_open_with_and(parser, sentences) -> None:
    found = dates(parser, sentences, "Sylvania is weighing the offer, and a decision is "
                                     "expected in early April.")
    assert not found[0].what.startswith("and ")


def test_an_inverted_condition_is_not_due(parser, sentences) -> None:
    assert dates(parser, sentences,
                 "Had talks not resumed, tariffs would have risen on August 1.") == []
    assert dates(parser, sentences, "Should the talks fail, duties rise in June.") == []
    # A plan in the past perfect did not come about.
    assert dates(parser, sentences, "Delegates had hoped to sign a treaty in June.") == []
    assert [d.expression for d in dates(parser, sentences,
                                        "Delegates hope to sign a treaty in June.")] == ["June"]
    assert [d.expression for d in dates(parser, sentences,
                                        "Talks had resumed, and duties fall in June.")] == ["June"]


def test_a_forecast_is_not_due(parser, sentences) -> None:
    assert dates(parser, sentences, "Analysts forecast a surplus in the market by 2028.") == []
    assert dates(parser, sentences, "He predicted the duties would go by June.") == []
    assert [d.expression for d in dates(parser, sentences,
                                        "Ministers will review the forecast in June.")] == ["June"]


def test_a_month_naming_a_deal_is_no_date(parser, sentences) -> None:
    assert dates(parser, sentences, "Both sides stand by the April package.") == []
    assert dates(parser, sentences, "The talks test the cartel's April pricing accord.") == []
    assert dates(parser, sentences, "Ministers revisit April's Fredville Accord.") == []
    assert [d.expression for d in dates(parser, sentences, "They meet in April.")] == ["April"]
    # A day too: the accord made that day; a budget of that day is still due then.
    assert dates(parser, sentences, "Ministers reaffirm the March 22 Fredville accord.") == []
    found = dates(parser, sentences, "Sterling rose ahead of the March 17 budget.")
    assert [d.expression for d in found] == ["March 17"]


def test_what_is_due_keeps_its_figures(lexicon) -> None:
    import datetime as dt

    from briefing.core.extract.dates import extract_dates
    from briefing.model import Sentence

    text = "Freedonia said the 25 pct tariff on Sylvanian cheese would take effect on April 1."
    (item,) = extract_dates([Sentence("a", 0, text)], dt.date(2026, 3, 2), lexicon)
    assert item.what.startswith("25 pct tariff")


def test_a_date_alone_in_its_clause_takes_the_clause_next_to_it(parser, sentences) -> None:
    found = dates(parser, sentences, "Tomorrow, the two delegations are to meet in Fredville.")
    assert "delegations" in found[0].what
    found = dates(parser, sentences, "It said selling offers will be due at noon, March 24.")
    assert "offers" in found[0].what


def test_an_attribution_next_to_a_date_is_no_label(parser, sentences) -> None:
    found = dates(parser, sentences, "Later this month, a ministry official said.")
    assert "official" not in found[0].what


def test_two_days_or_months_joined_by_and_or_or_are_one_period(parser, sentences) -> None:
    # PUB is Monday March 2, 2026.
    found = dates(parser, sentences, "Negotiators will meet on Thursday and Friday in Geneva.")
    assert [(d.expression, d.start, d.end) for d in found] == [
        ("on Thursday and Friday", dt.date(2026, 3, 5), dt.date(2026, 3, 6))]
    found = dates(parser, sentences, "A summit is planned in May or June.")
    assert [(d.start, d.end) for d in found] == [(dt.date(2026, 5, 1), dt.date(2026, 6, 30))]


def test_dates_far_apart_stay_two_items(parser, sentences) -> None:
    found = dates(parser, sentences, "The councils will meet in April and July.")
    assert [d.expression for d in found] == ["April", "July"]


def test_a_year_starting_on_a_day_runs_a_year_from_it(parser, sentences) -> None:
    found = dates(parser, sentences, "The quota will rise in the fiscal year starting April 1.")
    assert [(d.start, d.end) for d in found] == [(dt.date(2026, 4, 1), dt.date(2027, 3, 31))]


def test_a_dotted_abbreviation_stays_whole_in_what_is_due(parser, sentences) -> None:
    found = dates(parser, sentences, "The U.S. Trade Act takes effect on March 20.")
    assert "U.S." in found[0].what and " U S " not in f" {found[0].what} "


def test_a_dotted_abbreviation_stays_whole_after_an_event_link(parser, sentences) -> None:
    found = dates(parser, sentences, "Japan will hold technical talks with U.S. officials on "
                  "March 20.")
    assert found[0].what.endswith("with U.S. officials")


def test_what_an_event_is_about_runs_to_its_clauses_end(parser, sentences) -> None:
    # Not one word after "on" ("tariffs on Canadian"): up to a stop word, a figure or a
    # clause of its own.
    found = dates(parser, sentences, "China cuts its tariffs on Canadian canola seed to about "
                                     "15% by March 20.")
    assert found[0].what.endswith("tariffs on Canadian canola seed")
    found = dates(parser, sentences, "They will resume talks on arms control on March 20.")
    assert found[0].what.endswith("talks on arms control")
    found = dates(parser, sentences, "Retaliatory tariffs on 93 billion euros of goods lapse "
                                     "on March 20.")
    assert found[0].what.endswith("tariffs on 93 billion euros")


def test_a_relative_clause_further_back_names_its_own_noun(parser, sentences) -> None:
    # The label's clause is further back than the date's (a place set off by commas between):
    # its noun is the one before it, not the label again.
    found = dates(parser, sentences, "Ministers will meet at the next conference, which is "
                                     "scheduled for Yaounde, Cameroon, on March 26-29.")
    assert found[0].what.endswith("the next conference, which is scheduled for Yaounde, "
                                  "Cameroon")
    assert found[0].what.count("scheduled") == 1


def test_a_lone_word_that_names_nothing_is_no_label(parser, sentences) -> None:
    # "despite" is the only word before the date in its clause: the words after say more.
    found = dates(parser, sentences, "Officials said despite next month's higher production "
                                     "target, some mills would close.")
    assert found[0].what == "higher production target"
    # A date that opens the sentence: the clause after it says what is due.
    found = dates(parser, sentences, "From April 1, the two sides will cut duties on steel.")
    assert found[0].what.startswith("the two sides will cut duties")
    # A lone event word is a label ("talks"); so is a noun after its determiner.
    found = dates(parser, sentences, "Officials said this week's talks would go on.")
    assert found[0].what == "talks"


def test_a_fallback_label_skips_the_next_clause_of_an_and(parser, sentences) -> None:
    found = dates(parser, sentences, "The panel approved a plan to extend the export program, "
                                     "through fiscal 2028 and urged the Treasury to act.")
    assert found[0].what == "a plan to extend the export program"


def test_the_day_of_a_report_gets_no_fallback_label(parser, sentences) -> None:
    # What was reported, not the clause after the report ("after a call ...").
    found = dates(parser, sentences, "The sides set a deadline, the minister said on Friday, "
                                     "after a call with her counterpart.")
    assert [d.what for d in found if d.expression.endswith("Friday")] == [
        "The sides set a deadline"]


def test_what_is_due_never_ends_on_the_dates_preposition(parser, sentences) -> None:
    found = dates(parser, sentences, "The work on the new terminal will continue through June.")
    assert found[0].what.split()[-1] != "through"
    assert found[0].what.endswith("will continue")
    found = dates(parser, sentences, "Maturing between April 1 and April 15, the bills will be "
                                     "repaid in cash.")
    assert found[0].what != "Maturing"  # trimmed before a label that says nothing is replaced


def _analysed(parser, text: str):
    from pathlib import Path

    from briefing.model import Article
    return parser.analyse(Article("t", Path("t.txt"), None, PUB, None, [text], "wire"))


def test_a_date_names_the_parties_of_its_sentence(parser) -> None:
    result = _analysed(parser, "Freedonian Trade Minister Olga Brandt said the talks with "
                               "Sylvania would resume on March 20, in Fredville.")
    due = result.dates[0]
    assert due.what == "talks with Sylvania"
    # The person, not the title's adjective of her own side; not the place; not Sylvania,
    # which the event names.
    assert due.who == ["Olga Brandt"]
    assert due.label == "talks with Sylvania · Olga Brandt"
    # A surname is the person named in full, once; a name is a whole word of the event.
    later = _analysed(parser, "Freedonian Trade Minister Olga Brandt said Brandt and Sylvania "
                              "would hold ministerial talks on March 20.").dates[0]
    assert later.who == ["Olga Brandt", "Sylvania"]


def test_a_label_names_three_parties_at_most(parser) -> None:
    from briefing.model import DateItem
    item = DateItem(PUB, PUB, "today", "summit", "2026-03-02", [], who=["A", "B", "C", "D"])
    assert item.label == "summit · A, B, C"
    # With no event, the article's words for the date say what the row is about.
    assert DateItem(PUB, PUB, "today", "", "2026-03-02", [], who=["A"]).label == "“today” · A"
    assert DateItem(PUB, PUB, "today", "summit", "2026-03-02", []).label == "summit"


def test_merged_reports_of_a_date_keep_the_first_ones_parties(parser) -> None:
    from briefing.core.merge import merge_dates
    first = _analysed(parser, "Freedonia said the ministerial talks open on March 20.").dates[0]
    second = _analysed(parser, "Sylvania's minister confirmed that the ministerial talks open "
                               "on March 20.").dates[0]
    merged = merge_dates([first, second])
    assert len(merged) == 1 and merged[0].who == ["Freedonia"]
    assert len(merged[0].evidence) == 2 and len(first.evidence) == 1  # the article's own stays


def test_what_is_due_is_written_as_the_sentence_writes_it(parser, sentences) -> None:
    found = dates(parser, sentences, "Japan agreed to buy $750 billion of U.S. energy, and "
                                     "the duties take effect at 12:01 a.m. EST (0501 GMT) on "
                                     "March 20.")
    assert [d.what for d in found] == ["duties take effect at 12:01 a.m. EST (0501 GMT)"]


def test_what_is_due_keeps_the_negation_before_it(parser, sentences) -> None:
    found = dates(parser, sentences, "The envoy said the levy was not negotiable and would apply "
                                     "to all countries from March 20.")
    assert found[0].what.startswith("not negotiable")


def test_the_month_figures_cover_is_no_date(parser, sentences) -> None:
    found = dates(parser, sentences, "February consumer credit numbers are due on Wednesday, "
                                     "with the March producer price data out on Friday.")
    assert [d.expression for d in found] == ["on Wednesday", "on Friday"]
    found = dates(parser, sentences, "Ministers will meet in March to review the data.")
    assert [d.expression for d in found] == ["March"]


def test_a_dateline_names_no_party_of_a_date(parser) -> None:
    due = _analysed(parser, "FREDVILLE, March 2 (Reuters) - Sylvania said the ministerial "
                            "talks open on March 20.").dates[0]
    assert due.who == ["Sylvania"]  # not Freedonia, whose capital the dateline names


@pytest.mark.parametrize(("text", "label", "shown"), [
    ("the duties take effect at 12:01 a.m. EST (0501 GMT) on March 20",
     "take effect at 12:01 a.m. EST 0501 GMT", "take effect at 12:01 a.m. EST (0501 GMT)"),
    ("a $3,200 fee", "3,200 fee", "$3,200 fee"),
    ("talks and talks resume", "talks resume", "talks resume"),  # the words in order, whole
    ("the retalks resume", "talks resume", "talks resume"),  # not inside a word: as given
    ("the talks, resume", "talks resume", "talks, resume"),
    ("the talks-resume plan", "talks resume", "talks-resume"),
    ("the talks resumed", "talks resume", "talks resume"),  # "resume" is not whole: as given
    ("say \"go\" now", "\"go\" now", "\"go\" now"),
    ("", "talks", "talks"),
])
def test_a_label_is_found_as_the_sentence_writes_it(text: str, label: str, shown: str) -> None:
    from briefing.core.extract.dates.literal import literal
    assert literal(text, label) == shown


@pytest.mark.parametrize(("text", "what"), [
    ("The board is due to set next year's rebate rate under the pricing scheme in December.",
     "rebate rate"),
    ("Mills stopped buying, escalating a standoff over next year's supply contracts.",
     "supply contracts"),
    # Up to a function word or an auxiliary; a link keeps what it is about.
    ("Officials expect next year's summit between Freedonia and Sylvania to fail.", "summit"),
    ("Next year's election has added uncertainty to the talks.", "election"),
    ("Officials will watch next year's vote on the tariff package.",
     "vote on the tariff package"),
])
def test_a_possessive_date_labels_the_noun_it_qualifies(parser, sentences, text: str,
                                                         what: str) -> None:
    found = [d for d in dates(parser, sentences, text) if d.expression.lower() == "next year"]
    assert [d.what for d in found] == [what]


@pytest.mark.parametrize(("text", "what"), [
    # The subject of a label that opens with an auxiliary, over an aside before it.
    ("The tariff board, which sets the duties, will meet on March 20.",
     "The tariff board will meet"),
    ("The walkout, the first in a decade, is due to end at 7 a.m. on March 20.",
     "The walkout is due to end at 7 a.m."),
    ("Exports rose, and the steel council, formed by both sides, will gather on March 20.",
     "the steel council will gather"),
    ("Talks that stalled over steel, the envoys said, will resume on March 20.",
     "Talks will resume"),
    # Each part as the sentence writes it, marks and all; a subject of five words.
    ("The S&P 500 index, a benchmark, will be rebalanced on March 20.",
     "The S&P 500 index will be rebalanced"),
    ("The Freedonian Union's trade chief, Ana Lind, will travel to Sylvania on March 20.",
     "The Freedonian Union's trade chief will travel to Sylvania"),
    # A dotted time is one word: the clause's subject still fits in the label.
    ("The strike is scheduled to run until 4 p.m. on March 20.",
     "strike is scheduled to run until 4 p.m."),
    # A phrase of time or manner opens the sentence: the subject follows it ...
    ("Under the accord, the fishing quotas, which were due to lapse, will be extended until "
     "March 20.", "the fishing quotas will be extended"),
    # ... but a subject that opens with "Later" or "Earlier" is one, and a relative clause
    # after the opening phrase is none.
    ("Later rounds, which cover services, will be held on March 20.",
     "Later rounds will be held"),
    ("Under Sylvanian law the quotas, which were due to lapse, will be extended until "
     "March 20.", "Under Sylvanian law the quotas will be extended"),
    # The date is the subject, or the noun a relative word stands for is: left as it was.
    ("March 20 is the last day to object.", "is the last day to object"),
    ("Freedonia cut the quota, which will lapse on March 20.",
     "Freedonia cut the quota, which will lapse"),
])
def test_a_label_without_a_subject_takes_it_from_before(parser, sentences, text: str,
                                                        what: str) -> None:
    assert [d.what for d in dates(parser, sentences, text)] == [what]


@pytest.mark.parametrize(("text", "what"), [
    ("Leaders will meet again at the summit in Freeport, Sylvania, on March 20.",
     "again at the summit in Freeport, Sylvania"),
    ("The talks resume in Freeport, North Sylvania, on March 20.",
     "The talks resume in Freeport, North Sylvania"),
    # Only a place before the place: the clause after the date says what is due.
    ("The talks, in Freeport, Sylvania, on March 20, will cover steel.", "will cover steel"),
])
def test_a_label_looks_past_a_place_set_off_by_commas(parser, sentences, text: str,
                                                      what: str) -> None:
    # "in Freeport, Sylvania, on March 20": the date's label is the clause before the place.
    assert [d.what for d in dates(parser, sentences, text)] == [what]


def test_a_label_of_thousands_of_words_is_found_without_recursion() -> None:
    from briefing.core.extract.dates.literal import literal
    text = "On March 20 " + "5 " * 3000
    assert literal(text, " ".join(["5"] * 2500)) == " ".join(["5"] * 2500)


def test_a_relative_word_alone_leaves_its_noun(parser, sentences) -> None:
    # ", which is expected on March 20": what is due is the noun before the comma, without a
    # dangling "which".
    found = dates(parser, sentences, "The rate falls once Sylvania signs the decree, which is "
                                     "expected on March 20.")
    assert found[0].what == "Sylvania signs the decree"


def test_names_joined_by_and_stay_together_in_a_label(parser, sentences) -> None:
    # Seven words before the date would cut between them ("Lindqvist are expected ...").
    found = dates(parser, sentences, "Pires and Lindqvist are expected to travel to Sylvan on "
                                     "March 20 to brief the council.")
    assert found[0].what.startswith("Pires and Lindqvist are expected to travel")


def test_a_short_word_after_the_link_is_no_word_of_the_date(parser, sentences) -> None:
    # "a" stands inside "March": only the date's own words keep a tail off the label.
    found = dates(parser, sentences, "China cuts its tariffs on a broad range of canola seed to "
                                     "about 15% by March 20.")
    assert found[0].what.endswith("tariffs on a broad range")


def test_a_figure_stays_whole_and_a_verb_ends_what_an_event_is_about(parser, sentences) -> None:
    found = dates(parser, sentences, "They agreed a cut in the tariff to 4.4 pct on March 20.")
    assert found[0].what.endswith("tariff to 4.4 pct")
    found = dates(parser, sentences, "The conference on steel trade resolved differences on "
                                     "March 20.")
    assert found[0].what.endswith("conference on steel trade")


def test_a_subordinate_clause_ends_what_an_event_is_about(parser, sentences) -> None:
    found = dates(parser, sentences, "Sylvania will impose a tariff on whisky after Freedonia "
                                     "lowers its duties on March 20.")
    assert found[0].what.endswith("tariff on whisky")
    # The date before "unless" is the main clause's (after it, the condition's: none due).
    found = dates(parser, sentences, "Sylvania will impose a tariff on whisky on March 20 "
                                     "unless Freedonia lowers its duties.")
    assert found[0].what.endswith("tariff on whisky")


@pytest.mark.parametrize(("text", "kept"), [
    ("Dealers expect the dollar to drop to 148 yen next week.", []),
    ("Sales are expected to rise to about 100 mln dlrs next year from 57 mln.", []),
    ("Turnover rose to 4.48 billion marks in 1985 from 4.29 billion.", []),
    # A measure that moves is a measure taking effect; a forecast beside an event is the event.
    ("Tariffs on Sylvanian steel will rise to 25% on March 20.", ["March 20"]),
    ("Dealers said the dollar will rise above 150 yen toward early April, when the finance "
     "ministers of the Group of Seven hold their meeting.", ["early April"]),
    ("The reciprocal rate on Sylvanian goods will rise to 34% on April 9.", ["April 9"]),
    ("Under the accord, Freedonian output will drop to 15.8 mln bpd from March 20.",
     ["March 20"]),
])
def test_a_forecast_of_a_level_is_no_event(parser, sentences, text: str, kept: list[str]) -> None:
    assert [d.expression for d in dates(parser, sentences, text)] == kept


@pytest.mark.parametrize(("text", "what"), [
    # The condition's event is not what is due then
    ("Sylvania said tariffs on Freedonian goods will rise to 30% on March 20 unless a deal is "
     "reached.", "tariffs on Freedonian goods"),
    ('"We are hopeful of closing the first tranche by the end of March," the minister told '
     "reporters after the meeting.", "first tranche"),
    ("He later pushed the start back to March 20 after the two leaders agreed to speed up "
     "negotiations.", "pushed the start back"),
])
def test_an_event_after_a_condition_is_not_the_dates(parser, sentences, text: str,
                                                      what: str) -> None:
    assert what in dates(parser, sentences, text)[0].what


def test_the_day_of_a_report_is_labelled_with_what_was_reported(parser, sentences) -> None:
    # Not upcoming, but the timeline shows it: an empty label said nothing of that day.
    found = dates(parser, sentences, "Freedonia and Sylvania have agreed to resume steel "
                  "talks, the Freedonian trade ministry said on Monday.")
    assert [(d.expression, d.what) for d in found] == [
        ("on Monday", "Freedonia and Sylvania have agreed to resume")]


@pytest.mark.parametrize(("text", "what"), [
    # The verb that acts on the measure is part of what is due: without it the row says the
    # opposite ("retaliatory tariffs on Sylvanian goods" from April 1).
    ("Freedonia will remove many of its retaliatory tariffs on Sylvanian goods from April 1.",
     "Freedonia will remove many of its retaliatory tariffs on Sylvanian goods"),
    ("Sylvania said it would cut its tariff on Freedonian cheese on April 1.",
     "would cut its tariff on Freedonian cheese"),
    ("Sylvania said it would not cut its tariff on Freedonian cheese on April 1.",
     "would not cut its tariff on Freedonian cheese"),
    # ... but a verb the label holds already keeps the words before it
    ("Freedonia imposed tariffs on Sylvanian wine on March 20.", "imposed tariffs"),
    # ... and "lower" is as often the adjective
    ("Freedonian exporters face lower tariffs from April 1.", "face lower tariffs"),
    # an action of two words, whatever its form
    ("Freedonia will phase out its tariffs on Sylvanian steel from April 1.",
     "Freedonia will phase out its tariffs on Sylvanian steel"),
])
def test_the_action_on_a_measure_is_in_its_label(parser, sentences, text: str,
                                                 what: str) -> None:
    assert what in dates(parser, sentences, text)[0].what


def test_a_quotations_tail_is_no_label_for_the_day_it_was_said(parser, sentences) -> None:
    found = dates(parser, sentences, '"The duties were never justified, and the threat still '
                  'hangs over our workers," Brandt told reporters in Port Sylvan on Monday.')
    assert [d.what for d in found] == ["The duties were never justified"]


@pytest.mark.parametrize("text", [
    "Freedonia won't lift its tariffs on Sylvanian steel on April 1.",
    "Freedonia will never lift its tariffs on Sylvanian steel on April 1.",
    "Freedonia refused to lift its tariffs on Sylvanian steel on April 1.",
    "Unions will fight wage and job cuts in a round of steel talks starting in April.",
])
def test_no_act_is_put_in_a_label_that_the_sentence_denies(parser, sentences, text) -> None:
    # The verb would say the opposite ("lift its tariffs"); "cuts" here is a noun.
    what = dates(parser, sentences, text)[0].what
    assert what.split()[0].lower() not in ("lift", "cuts", "to"), what


@pytest.mark.parametrize(("text", "off"), [
    ("Negotiators meet on April 1 in a bid to avert a strike.", [False]),
    ("He will be replaced by Tom Roach effective April 20.", [False]),
    ("The airline planned to have replaced its whole fleet by 1992.", [False]),
    ("The framework replaced the April 5 deadline for duties.", [True]),
    ("Tariffs that had been due to rise on March 10 will instead rise on March 20.",
     [True, False]),
    ("The previous record, which had been set on February 6, fell.", [False]),
    # Found by a new user: a scheduling aside's event called off after it, and a plan in the
    # simple past that the sentence replaces.
    ("The visit to Dakhla, planned for March 25, had been called off.", [True]),
    ("The visit to Dakhla, planned for March 25, will go ahead.", [False]),
    ("The arrangement, which was due to expire on March 31, will now run until April 30.",
     [True, False]),
    ("He said the team was due in Delhi on March 20.", [False]),
    ("The vote was due on March 31 but has now been moved to April 5.", [True, False]),
    # A new user's: the plan overtaken is the first date's, moved to the second; both dates
    # of one overtaken plan stay off.
    ("The session that had been set for March 25 was postponed to April 3.", [True, False]),
    ("He had been due to fly out on March 19 and to return on March 21, but stayed.",
     [True, True]),
    # Found by a reviewer: "now" elsewhere, and an aside's event that went ahead.
    ("The tariffs were set to take effect on August 1, and exporters are now rushing.",
     [False]),
    ("Payments that were due in January will be made on March 22 now that the accord is "
     "signed.", [False, False]),
    ("Ministers were due to meet on March 15 to discuss rice instead of cars.", [False]),
    ("The summit, planned for March 23, went ahead as the strike was called off.", [False]),
    ("The talks, planned for March 21, were not cancelled.", [False]),
    # Found by a second review: a subject before "now", an adverb after an aside.
    ("The tariffs were due to take effect on March 31, but Washington has now delayed them.",
     [True]),
    ("The tariffs were due to take effect on March 31, but they will now take effect on "
     "April 30.", [True, False]),
    ("Completion was scheduled by mid-April, but this is now being assessed.", [False]),
    ("The summit, scheduled for April 2, was abruptly cancelled.", [True]),
    # A new user's: the date a suspension starts is the act's, still ahead; the date moved
    # from is not.
    ("Under the agreement, the duties will be suspended from October 15.", [False]),
    ("The levy will be suspended with effect from April 1.", [False]),
    ("The meeting was postponed from March 20.", [True]),
    ("The ministerial summit was cancelled from March 20.", [True]),  # a reviewer's
])
def test_what_calls_a_date_off_and_what_only_names_an_aim(parser, sentences, text: str,
                                                          off: list[bool]) -> None:
    assert [bool(d.called_off) for d in dates(parser, sentences, text)] == off


def test_a_report_day_label_of_stop_words_alone_is_what_was_reported(parser, sentences) -> None:
    found = dates(parser, sentences, "Premier Olga Brandt said on Friday that, after a call, "
                  "she would pause the steel levy from Monday.")
    assert [d.what for d in found if d.expression.endswith("Friday")] == ["Premier Olga Brandt"]


def test_this_month_or_week_of_a_past_event_is_not_upcoming(parser, sentences) -> None:
    # A past verb puts "this month" behind: the part of it gone, as "this week" already was.
    for text in ("Japan welcomed this month's decision by the United States.",
                 "The increase announced this month was welcomed by Japan.",
                 # "by" governs the increase, not the possessive date.
                 "The minister said he was surprised by this week's increase in rates."):
        found = dates(parser, sentences, text)
        assert found and upcoming(found, PUB, PUB) == [], text
        assert all(d.end <= PUB for d in found), text
    found = dates(parser, sentences, "Ministers will meet this month.")
    assert [(d.start, d.end) for d in upcoming(found, PUB, PUB)] == [
        (dt.date(2026, 3, 3), dt.date(2026, 3, 31))]


def test_a_schedule_after_a_thing_done_keeps_its_date_ahead(parser, sentences) -> None:
    # "signed" is done, but "takes effect" is the clause's verb: May is ahead, not last May.
    found = dates(parser, sentences, "The deal signed last week takes effect in May.")
    assert [(d.expression, d.start) for d in found if d.expression == "May"] == [
        ("May", dt.date(2026, 5, 1))]
    found = dates(parser, sentences, "The regulation was signed in May.")
    assert [d.start.year for d in found] == [2025]


def test_a_modal_hedges_its_whole_clause(parser, sentences) -> None:
    # "could" eight words before the date: still a guess, not a date to put in a calendar.
    assert dates(parser, sentences, "EU governments could vote on the signature as early as "
                                    "next month, diplomats said.") == []
    assert dates(parser, sentences, "The trade minister might travel to Washington again as "
                                    "soon as later this month.") == []
    # A schedule between the modal and the date: the date is the plan's, not the guess's.
    found = dates(parser, sentences, "Tokyo may retaliate if Washington imposes its planned "
                                     "sanctions on April 17.")
    assert [d.expression for d in found] == ["April 17"]
    # A possessive date is its noun's, whatever the modal says of the verb.
    found = dates(parser, sentences, "The party might face next year's presidential election "
                                     "with its economy tarnished.")
    assert [d.expression for d in found] == ["next year"]
    # A date behind is the timeline's: the modal far back says nothing of it.
    found = dates(parser, sentences, "China argued that it could not be held liable for debts "
                                     "on bonds issued in 1911.")
    assert [d.expression for d in found] == ["1911"]


def test_dates_listed_together_share_what_is_due(parser, sentences) -> None:
    found = dates(parser, sentences, "Colombo expects problems in detailed negotiations due in "
                                     "May, June and August before the loans are finalised.")
    assert [(d.expression, d.what) for d in found] == [
        ("May", "detailed negotiations"), ("June", "detailed negotiations"),
        ("August", "detailed negotiations")]


def test_a_label_looks_past_an_aside_and_who_said_it(parser, sentences) -> None:
    # "one of the largest in the nation" adds to the plant; "said" is the attribution.
    found = dates(parser, sentences, "Delta Foods, a unit of Orbit Corp, said it planned to "
                                     "reopen the plant, one of the largest in the nation, on "
                                     "March 16.")
    assert [d.what for d in found] == ["it planned to reopen the plant"]


def test_an_arrangement_is_what_ends(parser, sentences) -> None:
    found = dates(parser, sentences, "The minister said the new interim debt agreement was a "
                                     "continuation of the standstill arrangement ending in June.")
    assert [d.what for d in found] == ["standstill arrangement"]


def test_a_modal_far_back_stops_at_a_new_clause_or_a_negation(parser, sentences) -> None:
    for text in ("Ministers could not agree on Friday and will meet again on March 20.",
                 "The EU said it could not accept the proposal and that the vote would take "
                 "place on March 20.",
                 "Officials could not say whether the president would attend the summit on "
                 "March 20."):
        found = dates(parser, sentences, text)
        assert "March 20" in [d.expression for d in found], text
    # "may" hedges only near the date, as it always did.
    found = dates(parser, sentences, "The minister may have said that talks resume in Geneva "
                                     "with the other delegations on March 20.")
    assert [d.expression for d in found] == ["March 20"]


def test_this_month_after_a_move_or_a_report_is_not_cut_to_the_part_gone(parser,
                                                                        sentences) -> None:
    # Only a past verb that governs the month itself cuts it at the day of publication.
    for text in ("The EU postponed the vote to this month.",
                 "The talks were moved to this month.",
                 "The tariffs announced in January take effect this month."):
        found = [d for d in dates(parser, sentences, text) if d.expression == "this month"]
        assert [d.end for d in found] == [dt.date(2026, 3, 31)], text


def test_a_by_that_is_no_passives_agent_keeps_its_deadline(parser, sentences) -> None:
    found = dates(parser, sentences, "Ministers want the text finalised by this week's summit.")
    assert upcoming(found, PUB, PUB)


def test_dates_set_against_each_other_keep_their_own_labels(parser, sentences) -> None:
    found = dates(parser, sentences, "The tariffs rise in April, while June brings the vote "
                                     "on quotas.")
    assert [d.what for d in found] == ["The tariffs rise", "vote on quotas"]


def test_only_a_noun_phrase_is_an_aside_a_label_looks_past(parser, sentences) -> None:
    found = dates(parser, sentences, "The deadline passed, the talks failed, on February 20.")
    assert [d.what for d in found] == ["the talks failed"]


def test_a_date_off_the_table_is_called_off(parser, sentences) -> None:
    found = dates(parser, sentences, "The additional 100% tariff from March 20 is off the table, "
                                     "the minister said.")
    assert [d.expression for d in found] == ["March 20"] and found[0].called_off
    assert upcoming(found, PUB, PUB) == []


def test_a_deadline_no_longer_there_is_called_off(parser, sentences) -> None:
    found = dates(parser, sentences, "There is no longer a March 20 deadline, the minister said.")
    assert [d.expression for d in found] == ["March 20"] and found[0].called_off
    # After the date, "no longer" is what the day brings: still due.
    found = dates(parser, sentences, "From March 20, Freedonia will no longer buy our rice.")
    assert [d.expression for d in found] == ["March 20"] and not found[0].called_off


def test_a_deadline_moved_is_called_off(parser, sentences) -> None:
    # A new user's: "the working group, whose Dec. 31 deadline was moved in September, is now
    # due to report on Jan. 31" kept the Dec. 31 upcoming beside the new day.
    found = dates(parser, sentences, "The working group, whose March 31 deadline was moved in "
                                     "February, is now due to report on April 30.")
    assert [(d.expression, bool(d.called_off)) for d in found] == [
        ("March 31", True), ("February", False), ("April 30", False)]
    # The day it was moved to is due.
    found = dates(parser, sentences, "The deadline was moved to March 31, officials said.")
    assert [(d.expression, bool(d.called_off)) for d in found] == [("March 31", False)]


@pytest.mark.parametrize("text", [
    "The council meeting, first planned for March 26, has been pushed back to April 5.",
    "The summit that diplomats had pencilled in for March 20 will not take place then.",
])
def test_a_first_plan_moved_is_called_off(parser, sentences, text: str) -> None:
    # Found by a new user: the old day stayed upcoming beside the new one.
    found = dates(parser, sentences, text)
    assert found[0].called_off == text
    assert all(d.start != found[0].start for d in upcoming(found, PUB, PUB))


@pytest.mark.parametrize("text", [
    # A new user's water-treaty folder kept the deadline extended from as upcoming.
    "The two sides agreed to extend the deadline for the next delivery to April 24, the last "
    "day of the season, from March 30.",
    "The union extended the strike deadline to April 20 from March 30.",
])
def test_a_deadline_extended_from_is_called_off(parser, sentences, text: str) -> None:
    found = dates(parser, sentences, text)
    assert [(d.expression, bool(d.called_off)) for d in found] == [
        ("April 24" if "24" in text else "April 20", False), ("March 30", True)]


@pytest.mark.parametrize("text", [
    # A reviewer's: a clause, not an aside, between the two days; an adjective, not a move.
    "They extended the accord to April 30, and tariffs will be cut from March 20.",
    "Workers took an extended holiday to April 4 from March 24.",
    "The talks, extended to April 20, resume from March 13.",
])
def test_a_day_that_nothing_was_extended_from_stays_due(parser, sentences, text: str) -> None:
    assert not any(d.called_off for d in dates(parser, sentences, text))


def test_what_will_not_go_ahead_is_called_off(parser, sentences) -> None:
    # Found by a new user: "the threatened rise ... would not go ahead" left the day upcoming.
    text = "The strike planned for March 9 will not go ahead, the union said."
    found = dates(parser, sentences, text)
    assert found[0].called_off == text


@pytest.mark.parametrize(("text", "day"), [
    ("Parliament will debate it in the autumn session starting September 7.", dt.date(2026, 9, 7)),
    ("The summer session, which opens on June 1, will take up the bill.", dt.date(2026, 6, 1)),
])
def test_a_season_that_opens_on_a_day_is_that_day(parser, sentences, text: str,
                                                   day: dt.date) -> None:
    # Found by a new user: "the autumn session starting Sept. 7" was two rows, one a season.
    assert [(d.start, d.end) for d in dates(parser, sentences, text)] == [(day, day)]


@pytest.mark.parametrize("text", [
    "There is no reason the summit on March 23 should not go ahead.",
    "The meeting will not take place before April 5.",
])
def test_what_may_still_go_ahead_is_not_called_off(parser, sentences, text: str) -> None:
    # Found by a reviewer: every "not go ahead" and "not take place" called the day off.
    assert not dates(parser, sentences, text)[0].called_off


@pytest.mark.parametrize(("text", "kept"), [
    # An analyst's: a gathering negated before the date is none due.
    ("The company has no contract negotiations scheduled this week with the union.", []),
    ("No talks are scheduled for next week.", []),
    ("There are no plans for a meeting next month.", []),
    # A deal that is not there, or none reached, leaves the gathering's date as it was.
    ("With no deal in sight, ministers meet again next week.", ["next week"]),
    ("The talks produced no agreement, and the next round is next week.", ["next week"]),
])
def test_a_gathering_negated_before_its_date_is_none_due(parser, sentences, text: str,
                                                         kept: list[str]) -> None:
    assert [d.expression for d in dates(parser, sentences, text)] == kept


def test_a_quarter_named_again_without_its_year_takes_the_year_named(parser, sentences) -> None:
    # A new user's OPEC+ report of Nov 30, 2025: "a pause in output increases for the first
    # quarter of 2026", then "Freezing increments in the first quarter is ..." was Q1 2025.
    sents = sentences("OPEC+ approved a pause in output increases for the first "
                      "quarter of 2026. Freezing increments in the first quarter is a "
                      "recognition that the market is oversupplied, the analyst said.")
    found = extract_dates(sents, dt.date(2025, 11, 30), parser.lexicon)
    assert [(d.expression, d.start) for d in found] == [
        ("first quarter of 2026", dt.date(2026, 1, 1)), ("first quarter", dt.date(2026, 1, 1))]
    # Not a period named with a year gone by ("the first quarter of 2024" is no anchor).
    sents = sentences("Output fell in the first quarter of 2024. The group will "
                      "review quotas in the first quarter, the minister said.")
    found = extract_dates(sents, dt.date(2025, 11, 30), parser.lexicon)
    assert found[-1].start == dt.date(2026, 1, 1)


def test_a_long_period_mostly_gone_that_was_said_before_it_began_is_not_ahead() -> None:
    # Found by a new user: in December 2026 a storyline showed ten whole-year rows of 2026
    # ("now"), each a 2025 article's "next year".
    from briefing.core.merge.upcoming import is_upcoming
    from briefing.model import DateItem, Evidence
    said = {"a2025": dt.date(2025, 11, 3), "a2026": dt.date(2026, 1, 20)}
    year = DateItem(dt.date(2026, 1, 1), dt.date(2026, 12, 31), "next year", "new quotas",
                    "2026", [Evidence("a2025", "New quotas will apply next year.")])
    assert is_upcoming(year, dt.date(2026, 8, 20), said.get)  # a third of it still to come
    assert not is_upcoming(year, dt.date(2026, 12, 4), said.get)
    summit = DateItem(year.start, year.end, "next year", "summit in Lisbon", "2026",
                      year.evidence)
    assert is_upcoming(summit, dt.date(2026, 12, 4), said.get)  # a gathering: until it ends
    # reported again once under way, or short: still ahead
    again = DateItem(year.start, year.end, "this year", "new quotas", "2026", [
        *year.evidence, Evidence("a2026", "New quotas apply this year.")])
    assert is_upcoming(again, dt.date(2026, 12, 4), said.get)
    month = DateItem(dt.date(2026, 12, 1), dt.date(2026, 12, 31), "December", "talks",
                     "2026-12", [Evidence("a2025", "Talks resume in December 2026.")])
    assert is_upcoming(month, dt.date(2026, 12, 20), said.get)
