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
