"""Articles written for the storyline tests: two negotiations and some company news."""

from __future__ import annotations

STEEL = {
    "steel-1.txt": " date 2024-03-04 Canada and Mexico failed to agree on steel tariffs on "
                   "Monday, trade officials said.\nMexico rejected the Canadian demand to cut "
                   "its steel duties, Mexican Economy Minister Ana Ruiz said.\n",
    "steel-2.txt": " date 2024-03-11 Canadian Trade Minister Paul Grant said Canada would not "
                   "lift its steel tariffs until Mexico cuts its own duties.\nMexico objected "
                   "to the Canadian steel quotas, Ruiz said.\n",
    "steel-3.txt": " date 2024-04-02 Canada and Mexico agreed on Tuesday to cut steel tariffs "
                   "by half, ending a month-long dispute, Grant said.\nMexican officials said "
                   "Mexico and Canada settled the steel quarrel.\n",
}
COCOA = {
    "cocoa-1.txt": " date 2024-03-05 Cocoa producers and consumers at the International Cocoa "
                   "Organization failed to agree on buffer stock rules, ICCO delegates said.\n"
                   "Producers rejected the consumers' demand for lower cocoa prices.\n",
    "cocoa-2.txt": " date 2024-03-19 ICCO producers demanded that consumers accept a higher "
                   "cocoa price range, delegates said.\nConsumers refused the cocoa producers' "
                   "demand, the ICCO chairman said.\n",
    "cocoa-3.txt": " date 2024-03-26 ICCO producers and consumers agreed on new cocoa buffer "
                   "stock rules, delegates said.\n",
}
OTHER = {
    "acme.txt": " date 2024-03-07 Acme Corp said its first quarter profit rose 10 pct on "
                "higher sales.\nThe company will report full results in May.\n",
    "gold.txt": " date 2024-03-08 Gold prices rose in quiet trading on Friday, dealers said.\n",
}
ALL = {**STEEL, **COCOA, **OTHER}
# More company news and market reports: with these, the steel talks are a few articles
# among many that belong to no negotiation.
MORE_OTHER = {
    "bolt.txt": " date 2024-03-12 Bolt Industries said it agreed to buy a 20 pct stake in "
                "a Texas tool maker for 40 mln dlrs.\n",
    "copper.txt": " date 2024-03-14 Copper prices fell in London trading on Thursday as "
                  "stocks rose, dealers said.\n",
    "lumen.txt": " date 2024-03-15 Lumen Corp said its board rejected a takeover offer from "
                 "Orbit Holdings as too low.\n",
    "wheat.txt": " date 2024-03-18 Wheat futures closed higher on Monday on export demand, "
                 "traders said.\n",
}

# One negotiation told in six articles, each with words of its own (textiles, visas, dairy,
# coal) beside the ones they share (tariffs, wine): a small folder of one storyline.
TRADE = {
    "trade-1.txt": " date 2024-09-02 Chile and Peru failed to agree on wine tariffs on "
                   "Monday, trade officials said.\nPeru rejected the Chilean demand to cut its "
                   "wine duties, Peruvian Trade Minister Rosa Quispe said.\n",
    "trade-2.txt": " date 2024-09-09 Chilean Trade Minister Luis Vidal said Chile would not "
                   "lower its tariffs on Peruvian textiles and garments until Peru cuts its "
                   "wine duties.\nPeru objected to the Chilean clothing quotas, Quispe said.\n",
    "trade-3.txt": " date 2024-09-16 Peru demanded that Chile scrap visa fees for Peruvian "
                   "professionals before any deal on wine tariffs, Quispe said.\nChile refused "
                   "the Peruvian demand on qualifications and insurance, Vidal said.\n",
    "trade-4.txt": " date 2024-09-23 Chile and Peru agreed on Monday to set up a joint "
                   "panel on dairy tariffs, Vidal said.\nPeru still rejects the Chilean "
                   "levy on cheese and milk powder, Peruvian officials said.\n",
    "trade-5.txt": " date 2024-09-30 Peru accused Chile of breaking the coal accord by taxing "
                   "Peruvian coal, Quispe said.\nChile denied the Peruvian charge and demanded "
                   "new rules for electricity exports before the wine tariff talks end, Vidal "
                   "said.\n",
    "trade-6.txt": " date 2024-10-07 Chile and Peru agreed on Monday to cut wine tariffs by "
                   "half, ending a month-long trade dispute, Vidal said.\nPeruvian officials "
                   "said Peru and Chile settled the wine quarrel.\n",
}

# One agreement and one refusal, each reported by three articles in their own words, then a
# fourth article with another agreement and another refusal told in the same frame.
REPORTS = {
    "pact-1.txt": " date 2024-05-06 Chile and Peru agreed on Monday to cut wine tariffs by half "
                  "from July, Chilean Trade Minister Luis Vidal said.\nPeru rejected the Chilean "
                  "demand for lower textile duties, Peruvian Trade Minister Rosa Quispe said.\n",
    "pact-2.txt": " date 2024-05-07 Chile and Peru agreed to cut their wine tariffs by half from "
                  "July, Vidal said on Tuesday.\nQuispe said Peru still rejected the Chilean "
                  "demand for lower textile duties.\n",
    "pact-3.txt": " date 2024-05-08 Peru and Chile agreed this week to halve wine tariffs from "
                  "July, Peruvian officials said.\nPeru rejected a Chilean demand to lower its "
                  "textile duties, Quispe told reporters.\n",
    "pact-4.txt": " date 2024-05-10 Chile and Peru agreed on Friday to set up a joint panel on "
                  "textile duties, Vidal said.\nPeru rejected the Chilean demand for lower dairy "
                  "quotas, Quispe said.\n",
}


def tariff_talks() -> dict[str, str]:
    """Three reports each of 22 tariff talks held in one month, told in the same words
    ("tariffs" and nothing else): only the parties tell the talks apart. Sixty articles
    and more make a word in all of them too common to start a comparison."""
    pairs = [(c, "the United States") for c in (
        "Norway", "Chile", "Peru", "Sweden", "Finland", "Denmark", "Austria", "Poland",
        "Greece", "Turkey", "Portugal", "Ireland", "Colombia", "Ecuador", "Bolivia",
        "Argentina", "Venezuela", "Mexico", "Canada", "Japan", "India", "Brazil")]
    files = {}
    for n, (one, other) in enumerate(pairs):
        for day in (3, 10, 17):
            files[f"talks-{n:02d}-{day}.txt"] = (
                f" date 2025-03-{day:02d} {one} and {other} failed to agree on tariffs on "
                f"Monday, officials said.\n{one} rejected the demand of {other} to cut its "
                "tariffs, a negotiator said.\n")
    return files


def korea_talks(month: int, words: str, days: tuple[int, ...], tag: str,
                year: int = 2025, country: str = "South Korea") -> dict[str, str]:
    """Three reports of US-South Korea talks (or another country's) in one month, on the
    words given."""
    return {f"korea-{tag}-{day}.txt": (
        f" date {year}-{month:02d}-{day:02d} {country} and the United States failed to agree "
        f"on {words} on Monday, officials said.\n{country} rejected the U.S. demand on "
        f"{words}, a negotiator said.\n") for day in days}


KOREA_JULY = "tariffs, cars, chips, steel, rice and beef"
KOREA_LATER = "tariffs, cars, currency, investment, ships and pharmaceuticals"
KOREA_APART = "fisheries, whaling, pensions, visas and airports"
